"""Blocks to prepared lines (``parse/blocks.py``): what preparing does to a line, that
it is local to each line, and that every line keeps its provenance."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thaiplan.layout import Block, Document, Role
from thaiplan.parse import prepare_text
from thaiplan.parse.blocks import read_body


@pytest.mark.parametrize(("text", "prepared"), [
    ("วิสัยทัศน์", "วิสัยทัศน์"),
    ("\u00a0\u00a0๑.\u00a0จัดการศึกษา", "  ๑. จัดการศึกษา"),  # indentation kept, as spaces
    ("พันธกิจ\r\n๑จัด\u200bการ\u200c\r\n", "พันธกิจ\n๑จัดการ\n"),
    ("ก\rข\u2028ค\u2029ง\x85จ", "ก\nข\nค\nง\nจ"),  # every line end is one
    ("M\tMastery\tเป็นนายตัวเอง", "M\tMastery\tเป็นนายตัวเอง"),  # tabs kept
    ("ผู้เรียน\u3000มีคุณภาพ\u2003ทั่วถึง", "ผู้เรียน มีคุณภาพ ทั่วถึง"),
    ("ส\u0e4d\u0e32นักงาน ที่่ตั้ง", "สำนักงาน ที่ตั้ง"),  # sara am composed, mark fixed
    ("  ส ำนักงานเขตพื้นที่กำรศึกษำ  ", "  สำนักงานเขตพื้นที่การศึกษา  "),  # PDF damage
    ("ผู้ป่ วยได้รับบริกำร", "ผู้ป่วยได้รับบริการ"),
    ("\ufeffเป้าประสงค์", "เป้าประสงค์"),  # BOM
])
def test_prepared_lines(text: str, prepared: str) -> None:
    assert prepare_text(text) == prepared


_PIECES = st.sampled_from([
    "ก", "สำนักงาน", "การศึกษา", "ที่", "เป็น", "ผู้เรียน", "ส ำนัก", "กำร", "ศึกษำ", "เป็ น",
    "ผู้ป่ วย", "ที่ ได้", "ก็ ได้", "\u0e48", "\u0e34", "\u0e4d\u0e32", "เเ", "าา", "ๅ", "๑.",
    "1)", " ", "  ", "\u00a0", "\u00a0\u00a0", "\t", "\u200b", "\u3000", "\u2003", "x",
])
_LINE = st.lists(_PIECES, max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=6))
def test_each_line_is_prepared_as_if_it_were_alone(lines: list[str]) -> None:
    """Preparing is local to a line, so a document's lines can be prepared together and
    a block gives the same lines wherever it stands."""
    assert prepare_text("\n".join(lines)) == "\n".join(map(prepare_text, lines))


def test_lines_keep_their_number_page_and_block() -> None:
    title = Block("พันธกิจ", line=1, page=3, heading_level=2, bold=True)
    items = Block("๑. จัดการศึกษา\nให้ทั่วถึง", line=2, page=3, list_label="๑.")
    body = read_body(Document(blocks=(Block("หน้า ๓", page=3, role=Role.PAGE_NUMBER),
                                      title, items, Block("ส ำนักงาน", line=4, page=4))))
    assert [(line.number, line.text, line.page) for line in body.lines] == [
        (1, "พันธกิจ", 3), (2, "๑. จัดการศึกษา", 3), (3, "ให้ทั่วถึง", 3), (4, "สำนักงาน", 4)]
    assert body.lines[0].block is title and body.lines[2].block is items
    assert body.lines[0].block.heading_level == 2  # layout reachable from the line
    assert [b.text for b in body.furniture] == ["หน้า ๓"]  # kept apart, not a line
    assert body.damaged is body.lines[3] and body.damaged.damaged


def test_a_document_without_damage_or_text() -> None:
    assert read_body(Document.from_text("วิสัยทัศน์\nผู้เรียนมีคุณภาพ")).damaged is None
    assert read_body(Document()).lines == ()
    (line,) = read_body(Document.from_text("\u00a0\u200b ")).lines
    assert (line.raw, line.text) == ("  ", "")
