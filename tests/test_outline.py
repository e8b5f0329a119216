"""The outline of long documents (``parse/outline.py``): a book's cover, tables of
contents and front matter are no content."""

from __future__ import annotations

from thaiplan.layout import Block, Document
from thaiplan.parse import parse_document, parse_text
from thaiplan.parse.outline import is_contents_title, is_front_matter_title


def _layout(rows: list[tuple[int, str, bool]]) -> Document:
    """A laid-out document: ``(page, text, bold)`` rows, a body block each."""
    return Document(tuple(Block(text, line=n, page=page, bold=bold, size=16.0,
                                bbox=(72.0, 100.0 + 20 * n, 400.0, 116.0 + 20 * n), block=n)
                          for n, (page, text, bold) in enumerate(rows, 1)))


def test_titles_of_contents_and_front_matter() -> None:
    assert all(map(is_contents_title, ["สารบัญ", "สารบัญตาราง", "สารบัญ (ต่อ)", "Contents"]))
    assert not is_contents_title("สารบัญของโรงเรียนมีดังนี้")
    assert all(map(is_front_matter_title, ["คำนำ", "บทสรุปผู้บริหาร", "Executive Summary"]))
    assert not is_front_matter_title("คำนำของแผนฉบับนี้ระบุว่า")


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


def test_a_books_cover_is_no_content() -> None:
    rows = [(1, "ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม", True), (1, "สำนักงานคณะกรรมการข้าราชการพลเรือน", True),
            *((page, f"เนื้อหาหน้า {page}", False) for page in range(2, 6)),
            (6, "วิสัยทัศน์", True), (6, "เจ้าหน้าที่ของรัฐเป็นที่เชื่อถือ", False)]
    doc = parse_document(_layout(rows))
    assert [s.heading for s in doc.sections] == ["วิสัยทัศน์"]
    assert [t.text for t in doc.preamble][:2] == [rows[0][1], rows[1][1]]
    short = parse_document(_layout(rows[:2] + rows[-2:]))  # two pages: no cover
    assert [s.heading for s in short.sections][-1] == "วิสัยทัศน์"
