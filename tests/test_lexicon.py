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
