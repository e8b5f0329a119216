"""Heading lines (``parse/headings.py``): decoration, numbering, glosses, the
qualifier grammar, organisations' names and years after the heading word; content on
the heading's line; and the lines that stay sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thaiplan.parse.headings import is_bracket_only, match_heading, starts_with_keyword

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


@pytest.mark.parametrize(("line", "opens"), [
    ("วิสัยทัศน์", True), ("1. วิสัยทัศน์ของโรงเรียนคือ", True), ("[VISION] วิสัยทัศน์", True),
    ("📌 พันธกิจ", True), ("Our Mission", True), ("ยุทธศำสตร์", True),
    ("ผู้เรียนมีคุณภาพ", False), ("ที่ตั้ง", False), ("1.1 ผู้เรียน", False), ("Visionary", False),
])
def test_a_line_opens_with_a_heading_word(line: str, opens: bool) -> None:
    assert starts_with_keyword(line) is opens


@pytest.mark.parametrize(("line", "alone"), [
    ("(Vision)", True), ("[Goals]", True), ("(Missions)", True),
    ("(ผู้เรียน) มีคุณภาพ", False), ("Vision", False), ("(" + "ก" * 41 + ")", False),
])
def test_a_gloss_alone_on_its_line(line: str, alone: bool) -> None:
    assert is_bracket_only(line) is alone


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "ของ", "ประจำ", "เพื่อ", "การพัฒนา", "ท้องถิ่น", "โรงเรียน", "นักเรียน", "สพป.ลำปาง", " ",
    "(Vision)", "ปีงบประมาณ 2567", "มี", "ที่", "และ", "ให้", ":", "รวม"]), max_size=6)
       .map("".join))
def test_a_sentence_word_after_the_qualifiers_leaves_no_heading(tail: str) -> None:
    h = match_heading("วิสัยทัศน์" + tail)
    if h is not None and not h.rest and ":" not in tail:
        assert not any(w in tail for w in ("มี", "ที่", "และ", "ให้"))
