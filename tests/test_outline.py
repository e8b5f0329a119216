"""The outline of long documents (thaiplan.parse.outline and the rules that use it):
tables of contents, front matter, numbered heading sequences, chapter lines."""

from __future__ import annotations

import pytest

from thaiplan.layout import Block, Document
from thaiplan.model import SectionKind
from thaiplan.parse import parse_document, parse_text
from thaiplan.parse.outline import (
    chapter_numbering,
    heading_numbering,
    is_contents_title,
    is_front_matter_title,
    kind_of_numbered_heading,
    next_in_sequence,
)


def _layout(rows: list[tuple[int, str, bool]]) -> Document:
    """A laid-out document: ``(page, text, bold)`` rows, a body block each."""
    return Document(tuple(Block(text, line=n, page=page, bold=bold, size=16.0,
                                bbox=(72.0, 100.0 + 20 * n, 400.0, 116.0 + 20 * n), block=n)
                          for n, (page, text, bold) in enumerate(rows, 1)))


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


def test_titles_of_contents_front_matter_and_chapters() -> None:
    assert all(map(is_contents_title, ["สารบัญ", "สารบัญตาราง", "สารบัญ (ต่อ)", "Contents"]))
    assert not is_contents_title("สารบัญของโรงเรียนมีดังนี้")
    assert all(map(is_front_matter_title, ["คำนำ", "บทสรุปผู้บริหาร", "Executive Summary"]))
    assert not is_front_matter_title("คำนำของแผนฉบับนี้ระบุว่า")
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


def test_a_table_of_contents_is_no_section() -> None:
    doc = parse_text("สารบัญ\nหน้า\nบทที่ ๑ บทนำ\t๑\n๑. วิสัยทัศน์\t๕\n๒. พันธกิจ\t๕\n"
                     "๓. ผลสัมฤทธิ์และประโยชน์ที่คาดว่า\nจะได้รับจากการใช้จ่ายงบประมาณ\t๖\n"
                     "วิสัยทัศน์\nผู้เรียนมีคุณภาพ")
    assert [(s.kind.value, s.text) for s in doc.sections] == [("vision", "ผู้เรียนมีคุณภาพ")]
    assert [t.text for t in doc.preamble][:3] == ["สารบัญ", "หน้า", "บทที่ ๑ บทนำ\t๑"]
    assert len(doc.preamble) == 7


def test_front_matter_restating_the_plan_is_no_section() -> None:
    doc = parse_text("บทสรุปผู้บริหาร\nวิสัยทัศน์ เจ้าหน้าที่ของรัฐเป็นที่เชื่อถือ\n"
                     "พันธกิจ สร้างสังคมจริยธรรม\nบทที่ ๑ บทนำ\n"
                     "๓.๑ วิสัยทัศน์ (Vision)\nเจ้าหน้าที่ของรัฐเป็นที่เชื่อถือ")
    assert [s.heading for s in doc.sections] == ["๓.๑ วิสัยทัศน์ (Vision)"]


def test_a_foreword_without_chapters_ends_at_the_first_numbered_heading() -> None:
    doc = parse_text("คำนำ\nแผนฉบับนี้จัดทำขึ้นเพื่อ\n๑. วิสัยทัศน์\nผู้เรียนมีคุณภาพ")
    assert [(s.heading, s.text) for s in doc.sections] == [("๑. วิสัยทัศน์", "ผู้เรียนมีคุณภาพ")]


def test_a_bold_numbered_line_after_the_list_is_the_next_heading() -> None:
    doc = parse_document(_layout([
        (1, "1. วิสัยทัศน์", True), (1, "เป็นองค์กรกำกับดูแลการแข่งขัน", False),
        (1, "2. พันธกิจ", True), (1, "1. กำกับดูแลการแข่งขัน", False),
        (1, "2. พัฒนากลไก", False),
        (2, "3. ผลสัมฤทธิ์และประโยชน์ที่คาดว่าจะได้รับ", True), (2, "1. การบังคับใช้กฎหมาย", False),
    ]))
    assert [(s.kind.value, s.heading, len(s.items)) for s in doc.sections] == [
        ("vision", "1. วิสัยทัศน์", 0), ("mission", "2. พันธกิจ", 2),
        ("other", "3. ผลสัมฤทธิ์และประโยชน์ที่คาดว่าจะได้รับ", 1)]


def test_a_numbered_line_the_list_expects_stays_an_item_without_layout() -> None:
    doc = parse_text("1. วิสัยทัศน์\nผู้เรียนมีคุณภาพ\n2. พันธกิจ\n1. จัดการศึกษา\n2. พัฒนาครู\n"
                     "3. ส่งเสริมการมีส่วนร่วม\n4. สถานศึกษามีระบบบริหารจัดการที่เข้มแข็ง")
    assert [len(s.items) for s in doc.sections] == [0, 4]


def test_numbered_children_of_an_analysis_are_headings_of_a_goal_list_items() -> None:
    doc = parse_document(_layout([
        (1, "บทที่ ๒ กระบวนการจัดทำยุทธศาสตร์", True),
        (1, "๒.๑ ความหมายและแนวคิดเกี่ยวกับจริยธรรม", True), (1, "จริยธรรม คือ", False),
        (1, "๒.๒ การวิเคราะห์ยุทธศาสตร์ภาครัฐ", True),
        (1, "๒.๒.๑ กฎหมายและแนวนโยบายภาครัฐ", True), (1, "รัฐธรรมนูญบัญญัติ", False),
        (2, "๒. เป้าหมาย", True), (2, "๒.๑ ประชาชนอยู่ดี กินดี", True),
        (2, "๒.๒ บ้านเมืองมีความมั่นคง", True),
    ]))
    assert [(s.heading, len(s.items)) for s in doc.sections] == [
        ("๒.๑ ความหมายและแนวคิดเกี่ยวกับจริยธรรม", 0), ("๒.๒ การวิเคราะห์ยุทธศาสตร์ภาครัฐ", 0),
        ("๒.๒.๑ กฎหมายและแนวนโยบายภาครัฐ", 0), ("๒. เป้าหมาย", 2)]
    assert not [w for w in doc.warnings if w.code.value == "empty_section"]


def test_a_books_cover_is_no_content() -> None:
    rows = [(1, "ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม", True), (1, "สำนักงานคณะกรรมการข้าราชการพลเรือน", True),
            *((page, f"เนื้อหาหน้า {page}", False) for page in range(2, 6)),
            (6, "วิสัยทัศน์", True), (6, "เจ้าหน้าที่ของรัฐเป็นที่เชื่อถือ", False)]
    doc = parse_document(_layout(rows))
    assert [s.heading for s in doc.sections] == ["วิสัยทัศน์"]
    assert [t.text for t in doc.preamble][:2] == [rows[0][1], rows[1][1]]
    short = parse_document(_layout(rows[:2] + rows[-2:]))  # two pages: no cover
    assert [s.heading for s in short.sections][-1] == "วิสัยทัศน์"
