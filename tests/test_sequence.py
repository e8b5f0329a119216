"""Numbered headings in sequence (``parse/sequence.py``): the numbering a heading opens
with, the heading that may come next, chapter lines, and the kind of a heading found by
its number. (The rule that opens such headings is tested in ``test_sections.py``.)"""

from __future__ import annotations

import pytest

from thaiplan.layout import Block
from thaiplan.model import SectionKind
from thaiplan.parse.sequence import (
    chapter_numbering,
    heading_numbering,
    kind_of_numbered_heading,
    looks_like_heading,
    next_in_sequence,
)


@pytest.mark.parametrize(("previous", "path", "expected"), [
    ((3, 6), (3, 7), True),  # next sibling
    ((2, 2, 3, 5), (2, 3), True),  # an ancestor's next sibling
    ((3, 9), (4,), True),
    ((2, 2), (2, 2, 1), True),  # first child
    ((2, 0), (2, 1), True),  # a chapter's first heading (after บทที่ ๒)
    ((2,), (2, 2), False),  # a second child without the first
    ((3, 6), (3, 8), False),  # a gap
    ((1,), (1,), False),
    ((3, 6), (), False),
])
def test_next_in_sequence(previous: tuple[int, ...], path: tuple[int, ...],
                          expected: bool) -> None:
    assert next_in_sequence(previous, path) is expected


@pytest.mark.parametrize(("heading", "numbering"), [
    ("๒.๒.๓.๔ ยุทธศาสตร์ชาติว่าด้วยการป้องกัน", (2, 2, 3, 4)),
    ("3. ผลสัมฤทธิ์และประโยชน์", (3,)),
    ("1.วิสัยทัศน์", None),  # no space: a marker glued to its text, not a heading number
    ("วิสัยทัศน์", None),
])
def test_heading_numbering(heading: str, numbering: tuple[int, ...] | None) -> None:
    assert heading_numbering(heading) == numbering


def test_chapter_lines_leave_the_heading_sequence() -> None:
    assert chapter_numbering("บทที่ ๓ ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม") == (3, 0)
    assert chapter_numbering("ส่วนที่ 2") == (2, 0)


@pytest.mark.parametrize(("heading", "kind"), [
    ("๓.๕ ตัวชี้วัดตามเป้าหมาย (Key Performance Indicators)", SectionKind.INDICATORS),
    ("๒. ปัจจัยและแนวโน้มที่คาดว่าจะส่งผลต่อการพัฒนาประเทศ", SectionKind.BACKGROUND),
    ("๓.๗ ประเด็นท้าทายเชิงกลยุทธ์ (Strategic Challenge)", SectionKind.OTHER),
    ("3. ผลสัมฤทธิ์และประโยชน์ที่คาดว่าจะได้รับ", SectionKind.OTHER),
])
def test_kind_of_a_heading_found_by_its_number(heading: str, kind: SectionKind) -> None:
    assert kind_of_numbered_heading(heading) is kind


@pytest.mark.parametrize(("line", "expected"), [
    # a budget table's row, numbered and set in bold like the headings around it
    ("7. แผนงานบูรณาการพัฒนาด้านคมนาคม\t- - - 230.5000 - 230.5000", False),
    ("3. งบประมาณรายจ่ายบูรณาการ 1,344.6098 2,829.8486 1,640.6630", False),
    # headings that end with a year range or one amount stay headings
    ("7. รายละเอียดงบประมาณจำแนกตามแผนงาน และ ผลผลิต/โครงการ", True),
    ("1. แผนยุทธศาสตร์ พ.ศ. 2566 - 2570", True),
    ("7.2 แผนงานพื้นฐานด้านการสร้างความสามารถในการแข่งขัน 178,021,200 บาท", True),
    ("7.1 แผนงานบุคลากรภาครัฐ 123,666,900", True),
])
def test_a_row_of_a_table_of_figures_is_no_heading(line: str, expected: bool) -> None:
    bold = Block(text=line, line=1, page=1, bold=True)
    assert looks_like_heading(line, bold) is expected
