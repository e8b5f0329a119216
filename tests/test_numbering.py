"""Numbering checks (``parse/numbering.py``): oddities are reported at their line,
never renumbered."""

from __future__ import annotations

import pytest

from thaiplan.model import WarningCode
from thaiplan.parse import parse_text
from thaiplan.parse.blocks import Line
from thaiplan.parse.markers import match_marker
from thaiplan.parse.numbering import check_numbering
from thaiplan.parse.state import ItemDraft
from thaiplan.parse.warnings import Warnings


@pytest.mark.parametrize(("body", "codes"), [
    ("1. ก\n2. ข\n4. ง", [WarningCode.NUMBER_GAP]),
    ("3. ค\n4. ง", [WarningCode.NUMBER_GAP]),  # starts mid-way
    ("1. ก\n2. ข\n2. ข", [WarningCode.DUPLICATE_NUMBER]),
    ("1. ก\n3. ค\n2. ข", [WarningCode.NUMBER_GAP, WarningCode.OUT_OF_ORDER]),
    ("1. ก\n2.\n3. ค", [WarningCode.EMPTY_ITEM]),
])
def test_numbering_oddities_are_reported_never_renumbered(body: str, codes: list) -> None:
    doc = parse_text(f"เป้าประสงค์\n{body}")
    assert [w.code for w in doc.warnings] == codes
    numbers = [i.number for i in doc.sections[0].items]
    assert numbers == [int(line.split(".")[0]) for line in body.split("\n")]


def _drafts(lines: list[str]) -> list[ItemDraft]:
    drafts = []
    for number, text in enumerate(lines, start=1):
        marker = match_marker(text)
        assert marker is not None, text
        drafts.append(ItemDraft(marker, Line(number, text, text), [marker.text], [text]))
    return drafts


@pytest.mark.parametrize(("lines", "found"), [
    (["1. ก", "2. ข", "3. ค"], []),
    (["๑. ก", "๒. ข", "๔. ง"], [("number_gap", 3, "numbering jumps from 2 to 4")]),
    ([". ประชากรวัยเรียน", "2. ผู้เรียน"], [("numeral_missing", 1, None)]),  # counted as 1
    (["- ก", "- ข", "• ค"], []),  # bullets have no numbers
    (["2. ข", "1. ก"], [("number_gap", 1, "list starts at 2"),
                        ("out_of_order", 2, "'1.' comes after 2")]),
    (["1.1 ก", "1.3 ค"], []),  # gaps are checked between top-level numbers only
    (["1.2 ข", "1.1 ก"], [("out_of_order", 2, "'1.1' comes after 1.2")]),
    (["ข้อ 1 ก", "ข้อ 1 ก"], [("duplicate_number", 2, "number 'ข้อ 1' repeats")]),
])
def test_numbering_problems_of_one_list(lines: list[str],
                                        found: list[tuple[str, int, str | None]]) -> None:
    warnings = Warnings("x.txt")
    check_numbering(_drafts(lines), warnings)
    got = [(w.code.value, w.line, w.message) for w in warnings.in_order()]
    assert [(code, line) for code, line, _ in got] == [(code, line) for code, line, _ in found]
    for (_, _, message), (_, _, want) in zip(got, found, strict=True):
        assert want is None or message == f"x.txt: {want}"


def test_a_list_restarting_at_one_after_a_group_label_is_in_order() -> None:
    drafts = _drafts(["1. ก", "2. ข", "1. ค"])
    warnings = Warnings(None)
    check_numbering(drafts, warnings)
    assert [w.code for w in warnings.in_order()] == [WarningCode.OUT_OF_ORDER]
    drafts[2].after_group_label = True
    warnings = Warnings(None)
    check_numbering(drafts, warnings)
    assert warnings.in_order() == []
