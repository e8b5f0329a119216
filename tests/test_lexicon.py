"""Heading lexicon: the first-character pre-test and the single match of
:func:`read_heading` agree with running the heading pattern itself."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thaiplan.model import SectionKind
from thaiplan.parse.lexicon import (
    _NOT_HEADING_START,
    _kind_of,
    _patterns,
    match_heading,
    read_heading,
    starts_with_keyword,
)

_THAI_BLOCK = [chr(c) for c in range(0x0E00, 0x0E80)]


def test_no_heading_word_starts_with_a_character_of_the_pre_test() -> None:
    heading, _, _ = _patterns()
    assert _NOT_HEADING_START  # built with the patterns
    for word in ["วิสัยทัศน์", "พันธกิจ", "เป้าประสงค์", "ยุทธศาสตร์", "กลยุทธ์", "ค่านิยม",
                 "อัตลักษณ์", "ตัวชี้วัด", "ปรัชญา", "บทนำ", "จุดเน้น", "สมรรถนะหลัก",
                 "นโยบาย", "ภารกิจหลัก", "มาตรการ", "แนวทางการพัฒนา", "ดอกไม้ประจำโรงเรียน"]:
        assert heading.match(word) is not None
        assert word[0] not in _NOT_HEADING_START
    assert set("๐๑๒๓๔๕๖๗๘๙").isdisjoint(_NOT_HEADING_START)  # "๑. วิสัยทัศน์"
    assert {"ผ", "ท", "ข", "ะ", "า", "ๆ"} <= _NOT_HEADING_START


@pytest.mark.parametrize(("word", "kind"), [
    ("วิสัยทัศน์", "vision"), ("ยุทธศำสตร์", "strategies"), ("Our  Vision", "vision"),
    ("KPI", "indicators"), ("ประวัติ", "background"), ("ปณิธาน", "philosophy"),
])
def test_kind_of_a_heading_word(word: str, kind: str) -> None:
    assert _kind_of(word) is SectionKind(kind)


_PIECES = st.sampled_from([
    "วิสัยทัศน์", "พันธกิจ", "เป้ำประสงค์", "ยุทธศาสตร์", "กลยุทธ์ที่", "ค่านิยม", "Vision", "MISSION",
    "ſtrategy", "goals", "[", "]", "(", ")", " ", "  ", "\t", ":", "1.", "๒)", "1.1", "*", "■ ",
    "ของโรงเรียน", "องค์กร", "ประกอบด้วย", "CARE", "ปีงบประมาณ 2567", "สพป.ลำปาง เขต 1",
    "ผู้เรียน", "ครู", "และ", "ต่อ", "“", "”",
])


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["", *_THAI_BLOCK, "1", "(", "[", "*", "V", "m", "ſ", "K", " "]),
       st.lists(_PIECES, max_size=6).map("".join))
def test_read_heading_equals_the_pattern_then_match_heading(first: str, rest: str) -> None:
    line = first + rest
    opens = _patterns()[0].match(line) is not None
    assert starts_with_keyword(line) == opens
    assert read_heading(line) == ((match_heading(line), True) if opens else (None, False))
    if not opens:
        assert match_heading(line) is None


# -- headings seen on real pages (red-team sets): qualifiers, glosses, decoration ---------

@pytest.mark.parametrize(("line", "kind", "heading", "rest"), [
    # heading word + a qualifier grammar: ของ/ประจำ + owner, audience, การพัฒนา + place,
    # an organisation's name (after ของ, with a year), English in brackets, year ranges
    ("วิสัยทัศน์ของสำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๑", "vision", None, ""),
    ("พันธกิจของเทศบาล", "mission", None, ""),
    ("เป้าประสงค์ของการพัฒนา", "goals", None, ""),
    ("วิสัยทัศน์ของเทศบาลเมืองกาฬสินธุ์", "vision", None, ""),
    ("อัตลักษณ์ของผู้เรียน", "identity", None, ""),
    ("คำขวัญประจำโรงเรียน", "motto", None, ""),
    ("ปรัชญาประจำโรงเรียน", "philosophy", None, ""),
    ("คติพจน์ประจำโรงเรียน", "motto", None, ""),
    ("อัตลักษณ์นักเรียน : กิริยางาม ภาษาเด่น", "identity", "อัตลักษณ์นักเรียน :", "กิริยางาม ภาษาเด่น"),
    ("กลยุทธ์ สพฐ. ปีงบประมาณ พ.ศ. 2567", "strategies", None, ""),
    ("พันธกิจ สพป.สุโขทัย เขต ๑ ปีงบประมาณ พ.ศ. ๒๕๖๗", "mission", None, ""),
    ("พันธกิจ (Mission) ของ สพม.พิษณุโลก อุตรดิตถ์", "mission", None, ""),
    ("เป้าหมาย (Goals) ของโรงเรียน", "goals", None, ""),
    ("วิสัยทัศน์ (พ.ศ. 2566 - 2570)", "vision", None, ""),
    ("วิสัยทัศน์การพัฒนาท้องถิ่น", "vision", None, ""),
    ("ยุทธศาสตร์การพัฒนาจังหวัด", "strategies", None, ""),
    ("๑. วิสัยทัศน์การพัฒนาท้องถิ่น", "vision", None, ""),
    ("พันธกิจของโรงเรียนวัดป่าประดู่", "mission", None, ""),
    # bilingual glosses, English words in front
    ("วิสัยทัศน์ / Vision", "vision", None, ""),
    ("พันธกิจ - Mission", "mission", None, ""),
    ("เป้าประสงค์ | Goals", "goals", None, ""),
    ("SCHOOL MOTTO", "motto", None, ""),
    ("OUR VISION", "vision", None, ""),
    ("VISION", "vision", None, ""),
    ("Our Mission", "mission", None, ""),
    # decoration on both sides or one, kept as written
    ("📌 วิสัยทัศน์ 📌", "vision", None, ""),
    ("★ วิสัยทัศน์ ★", "vision", None, ""),
    ("✨พันธกิจ✨", "mission", None, ""),
    ("“วิสัยทัศน์”", "vision", None, ""),
    ("★ พันธกิจ", "mission", None, ""),
    ("**วิสัยทัศน์**", "vision", None, ""),
    # acronym tails
    ("ค่านิยม I AM READY", "values", None, ""),
    ("ค่านิยมองค์กร “I AM READY”", "values", None, ""),
    ("ค่านิยม : SMART", "values", None, ""),
    # more heading words; a repeated heading marked as continued
    ("ประเด็นการพัฒนา", "strategies", None, ""),
    ("จุดมุ่งหมายเพื่อการพัฒนา", "goals", None, ""),
    ("แนวทางการพัฒนา", "strategies", None, ""),
    ("ค่านิยมองค์กร", "values", None, ""),
    ("วัฒนธรรมองค์กร", "culture", None, ""),
    ("ยุทธศาสตร์ (ต่อ)", "strategies", None, ""),
    # content after the heading on the same line is still cut off
    ('วิสัยทัศน์ "มุ่งพัฒนาผู้เรียน"', "vision", "วิสัยทัศน์", '"มุ่งพัฒนาผู้เรียน"'),
    ("วิสัยทัศน์ “มุ่งพัฒนาผู้เรียน”", "vision", "วิสัยทัศน์", "“มุ่งพัฒนาผู้เรียน”"),
])
def test_heading_lines_of_real_pages(line: str, kind: str, heading: str | None, rest: str) -> None:
    h = match_heading(line)
    assert h is not None, line
    assert (h.kind.value, h.heading, h.rest) == (kind, heading or line, rest)


@pytest.mark.parametrize("line", [
    # continuation lines of items or text that open with a heading word
    "ยุทธศาสตร์ชาติ ๒๐ ปี และแผนแม่บทภายใต้ยุทธศาสตร์ชาติ",
    "เป้าหมายการพัฒนาที่ยั่งยืน (SDGs)",
    "ค่านิยมที่ดีงามของสังคมไทย",
    "วัฒนธรรมท้องถิ่นไทยภูเขา",
    "วัฒนธรรมท้องถิ่น",
    "ปรัชญาของเศรษฐกิจพอเพียง",
    "พันธกิจที่ได้รับมอบหมาย",
    "เป้าหมายของการจัดการศึกษา",
    "นโยบายของกระทรวงศึกษาธิการ",  # "…ตาม / นโยบายของ…": no grammar for the other kinds
    "ยุทธศาสตร์การพัฒนาจังหวัดและกลุ่มจังหวัด",
    "อัตลักษณ์นักเรียนมีจิตอาสา",
    "พันธกิจของโรงเรียนมีดังนี้",
    "วิสัยทัศน์ของโรงเรียนคือการพัฒนาผู้เรียน",
    "วิสัยทัศน์ของโรงเรียนบ้านนาดี มุ่งพัฒนาผู้เรียนให้มีคุณภาพ",
    "ประเด็นการพัฒนาที่ ๑ ส่งเสริมการผลิตสินค้าเกษตรปลอดภัย",
    # decorated lines with text: bullet items
    "“วิสัยทัศน์ของโรงเรียนคือ มุ่งพัฒนา”",
    "★ วิสัยทัศน์ของโรงเรียนมุ่งพัฒนา",
    # two kinds: a page title, not a heading with a gloss
    "วิสัยทัศน์ - พันธกิจ",
    # too long to be a heading
    "วิสัยทัศน์ของโรงเรียน" * 7,
])
def test_lines_that_stay_no_heading(line: str) -> None:
    assert match_heading(line) is None


def test_item_prefix_of_a_new_heading_word() -> None:
    from thaiplan.parse.markers import match_marker

    m = match_marker("ประเด็นการพัฒนาที่ ๒ พัฒนาการท่องเที่ยววิถีธรรม")
    assert m is not None and (m.marker, m.number) == ("ประเด็นการพัฒนาที่ ๒", 2)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "ของ", "ประจำ", "เพื่อ", "การพัฒนา", "ท้องถิ่น", "โรงเรียน", "นักเรียน", "สพป.ลำปาง", " ",
    "(Vision)", "ปีงบประมาณ 2567", "มี", "ที่", "และ", "ให้", ":", "รวม"]), max_size=6)
       .map("".join))
def test_a_sentence_word_after_the_qualifiers_leaves_no_heading(tail: str) -> None:
    h = match_heading("วิสัยทัศน์" + tail)
    if h is not None and not h.rest and ":" not in tail:
        assert not any(w in tail for w in ("มี", "ที่", "และ", "ให้"))
