"""Tables whose header row names sections (thaiplan.parse.tables): a row per item, the
other cells the item's own sections — from blocks with cells, and from real exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from thaiplan.layout import Block, Document
from thaiplan.model import WarningCode
from thaiplan.parse import parse_document
from thaiplan.parse.tables import header_of

HEADER = ("ประเด็นกลยุทธ์", "เป้าประสงค์", "ตัวชี้วัด")


def _parse(rows: list[tuple[str, ...] | str], page_of: list[int] | None = None) -> Any:
    """Parse lines given as rows of cells (a tuple) or plain text (a string)."""
    blocks = []
    for n, row in enumerate(rows, start=1):
        cells = row if isinstance(row, tuple) else ()
        text = "\t".join(c for c in cells if c) if cells else str(row)
        blocks.append(Block(text, line=n, cells=cells, block=n,
                            page=page_of[n - 1] if page_of else None))
    return parse_document(Document(tuple(blocks), format="docx"))


def _tree(plan: Any) -> list[tuple[str, str, list[tuple[str, str, list[str], str]]]]:
    """Each section's kind and heading; each item's marker and text with its own
    sections (kind, heading, items, text)."""
    return [(s.kind.value, s.heading,
             [(i.marker, i.text, [(n.kind.value, n.heading, [x.text for x in n.items], n.text)
                                  for n in i.sections]) for i in s.items])
            for s in plan.sections]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a numbered strategy per row, its goal and indicators beside it
        ([HEADER, ("๑. พัฒนาคุณภาพผู้เรียน", "ผู้เรียนมีผลสัมฤทธิ์สูงขึ้น",
                   "1. ร้อยละของผู้เรียน 2. จำนวนโรงเรียน"),
          ("๒. พัฒนาครู", "ครูมีสมรรถนะ", "ร้อยละของครู")],
         [("strategies", "ประเด็นกลยุทธ์", [
             ("๑.", "พัฒนาคุณภาพผู้เรียน",
              [("goals", "เป้าประสงค์", [], "ผู้เรียนมีผลสัมฤทธิ์สูงขึ้น"),
               ("indicators", "ตัวชี้วัด", ["ร้อยละของผู้เรียน", "จำนวนโรงเรียน"], "")]),
             ("๒.", "พัฒนาครู", [("goals", "เป้าประสงค์", [], "ครูมีสมรรถนะ"),
                                ("indicators", "ตัวชี้วัด", [], "ร้อยละของครู")])])]),
        # rows without numbers are items all the same; an empty cell makes no section
        ([("ยุทธศาสตร์", "กลยุทธ์"), ("พัฒนาคุณภาพผู้เรียน", "ส่งเสริมการอ่าน"),
          ("พัฒนาครู", "")],
         [("strategies", "ยุทธศาสตร์", [
             ("", "พัฒนาคุณภาพผู้เรียน", [("strategies", "กลยุทธ์", [], "ส่งเสริมการอ่าน")]),
             ("", "พัฒนาครู", [])])]),
        # a row with an empty first cell goes on with the row above
        ([HEADER, ("๑. พัฒนาคุณภาพผู้เรียน", "ผู้เรียนมีผลสัมฤทธิ์", "1. ร้อยละของผู้เรียน"),
          ("", "", "2. จำนวนโรงเรียน")],
         [("strategies", "ประเด็นกลยุทธ์", [
             ("๑.", "พัฒนาคุณภาพผู้เรียน",
              [("goals", "เป้าประสงค์", [], "ผู้เรียนมีผลสัมฤทธิ์"),
               ("indicators", "ตัวชี้วัด", ["ร้อยละของผู้เรียน", "จำนวนโรงเรียน"], "")])])]),
        # a paragraph ends the table: a row of cells after it is no item of it
        ([HEADER, ("๑. พัฒนาคุณภาพผู้เรียน", "ผู้เรียนมีผลสัมฤทธิ์", "ร้อยละของผู้เรียน"),
          "พันธกิจ", "1. จัดการศึกษาให้ทั่วถึง"],
         [("strategies", "ประเด็นกลยุทธ์", [
             ("๑.", "พัฒนาคุณภาพผู้เรียน",
              [("goals", "เป้าประสงค์", [], "ผู้เรียนมีผลสัมฤทธิ์"),
               ("indicators", "ตัวชี้วัด", [], "ร้อยละของผู้เรียน")])]),
          ("mission", "พันธกิจ", [("1.", "จัดการศึกษาให้ทั่วถึง", [])])]),
    ],
)
def test_a_table_of_sections_gives_items_with_their_own_sections(
        rows: list[tuple[str, ...] | str], expected: list[Any]) -> None:
    plan = _parse(rows)
    assert _tree(plan) == expected
    assert not [w for w in plan.warnings if w.code is WarningCode.NUMERAL_MISSING]


def test_the_header_repeated_on_the_next_page_is_skipped() -> None:
    rows: list[tuple[str, ...] | str] = [
        HEADER, ("๑. พัฒนาคุณภาพผู้เรียน", "ผู้เรียนมีผลสัมฤทธิ์", "ร้อยละของผู้เรียน"),
        HEADER, ("๒. พัฒนาครู", "ครูมีสมรรถนะ", "ร้อยละของครู")]
    plan = _parse(rows, page_of=[1, 1, 2, 2])
    [section] = plan.sections
    assert [(i.marker, i.page) for i in section.items] == [("๑.", 1), ("๒.", 2)]


@pytest.mark.parametrize(
    "cells",
    [
        ("ที่", "โครงการ", "งบประมาณ"),  # cells that are no headings
        ("ประเด็นกลยุทธ์",),  # one cell
        ("", "เป้าประสงค์", "ตัวชี้วัด"),  # the first cell empty
        ("ยุทธศาสตร์ที่ 1 พัฒนาผู้เรียน", "เป้าประสงค์"),  # a heading with its content
    ],
)
def test_rows_that_are_no_header(cells: tuple[str, ...]) -> None:
    assert header_of(cells) is None


@pytest.mark.parametrize("name", ["libreoffice_table.pdf", "chrome_table.pdf"])
def test_a_strategy_table_in_a_real_export_nests_its_sections(name: str) -> None:
    # tests/data/pdf/README.md: the same table exported by LibreOffice and printed by Chrome
    pytest.importorskip("pypdfium2")
    from thaiplan import parse_file

    plan = parse_file(Path(__file__).parent / "data" / "pdf" / name)
    strategies = [s for s in plan.sections if s.kind.value == "strategies"]
    assert [s.heading for s in strategies] == ["ประเด็นกลยุทธ์"]
    items = strategies[0].items
    assert [i.marker for i in items] == ["๑.", "๒."]
    assert [[n.kind.value for n in i.sections] for i in items] == [["goals", "indicators"]] * 2
    assert items[1].sections[0].text.replace(" ", "") == "ครูมีสมรรถนะตามมาตรฐานวิชาชีพ"
