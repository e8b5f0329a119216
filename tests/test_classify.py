"""What each line is (``parse/classify.py``): on its own, and on its page (running
headers)."""

from __future__ import annotations

import pytest

from thaiplan.layout import Block, Document
from thaiplan.parse.blocks import Line, read_body
from thaiplan.parse.classify import Classified, classify, classify_text, running_headers
from thaiplan.parse.junk import Furniture


def _one(text: str) -> Classified:
    return classify_text(Line(1, text, text.strip()))


@pytest.mark.parametrize(("text", "kind"), [
    ("", "blank"),
    ("   ", "blank"),
    ("วิสัยทัศน์ / พันธกิจ / เป้าประสงค์", "title"),
    ("Vision / Mission / Goals", "title"),
    ("วิสัยทัศน์ (Vision)", "heading"),
    ("พันธกิจ :   ๑. จัดการศึกษา", "heading"),
    ("ยุทธศาสตร์ที่ 1 การพัฒนาผู้เรียน", "item"),
    ("๑จัดการศึกษาให้ทั่วถึง", "item"),
    ("• ส่งเสริมการอ่าน", "item"),
    ("S : Service mind > มีจิตบริการ", "item"),
    ("- ๑๒ -", "furniture"),
    ("หน้า 13 จาก 45", "furniture"),
    ("ส่วนที่ 2 สาระสำคัญของแผน", "furniture"),
    ("14 แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568", "furniture"),  # a bare number, then a header
    ("12", "furniture"),
    ("(12)", "furniture"),
    ("ผู้เรียนมีคุณภาพตามมาตรฐาน", "text"),
    ("ผู้เข้าชม 1,254 ครั้ง", "text"),  # junk is a rule's call: it depends on the section
])
def test_what_a_line_is_on_its_own(text: str, kind: str) -> None:
    assert _one(text).kind == kind


@pytest.mark.parametrize(("text", "furniture"), [
    ("12", Furniture.LONE_NUMBER),
    ("(12)", Furniture.LONE_NUMBER),
    ("๑๒๓", Furniture.PAGE),  # three digits: a page number, never an item's
    ("- ๑๒ -", Furniture.PAGE),
    ("บทที่ 3", Furniture.CHAPTER),
    ("1. จัดการศึกษา", None),  # an item's marker is never furniture
    ("ข้อ ๑ ผู้เรียนมีคุณภาพ", None),
])
def test_page_break_furniture(text: str, furniture: Furniture | None) -> None:
    assert _one(text).furniture is furniture


@pytest.mark.parametrize(("text", "key"), [
    ("สพป.ตาก เขต ๑ แผนปฏิบัติราชการ ๒๕๖๗", "สพป.ตากเขตแผนปฏิบัติราชการ"),
    ("ให้ทันสมัยในศตวรรษที่ ๒๑", "ให้ทันสมัยในศตวรรษที่"),  # maybe a header: the page decides
    ("ผู้เรียนมีคุณภาพตามมาตรฐาน", None),  # no digit
    ("ปี 2567", None),  # too short to be a header
    ("1. จัดการศึกษาให้ทั่วถึงในปี 2567", None),  # an item
    ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", None),  # a header on its own: furniture already
])
def test_running_header_candidates(text: str, key: str | None) -> None:
    assert _one(text).header_key == key


def _page(text: str) -> list[Classified]:
    return classify(read_body(Document.from_text(text)).lines)


def test_a_line_repeated_at_page_breaks_is_a_running_header() -> None:
    header = "สพป.ตาก เขต ๑ แผนปฏิบัติราชการ ๒๕๖๗"
    lines = _page(f"{header}\nพันธกิจ\n๑. จัดการศึกษา\n{header}\n- ๒ -\nทางการศึกษา")
    assert [c.running_header for c in lines] == [True, False, False, True, False, False]
    assert running_headers(lines) == {"สพป.ตากเขตแผนปฏิบัติราชการ"}


def test_a_wrapped_line_that_repeats_away_from_page_breaks_is_no_header() -> None:
    lines = _page("พันธกิจ\n๑. พัฒนาการศึกษา\nให้ทันสมัยในศตวรรษที่ ๒๑\n๒. พัฒนาครู\n"
                  "ให้ทันสมัยในศตวรรษที่ ๒๑\n๓. บริหารจัดการ")
    assert not any(c.running_header for c in lines)


def test_the_classified_line_keeps_its_layout_block() -> None:
    block = Block("พันธกิจ", line=1, page=2, heading_level=2, bold=True, size=18.0)
    (c,) = classify(read_body(Document(blocks=(block,))).lines)
    assert c.heading is not None and c.line.block is block and c.line.page == 2
