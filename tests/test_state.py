"""The rules' shared state (``parse/state.py``): items nested under their parent,
items run together on a line split, group labels, the next number of a list."""

from __future__ import annotations

import pytest

from thaiplan.model import SectionKind, WarningCode
from thaiplan.parse.blocks import Line
from thaiplan.parse.markers import match_marker
from thaiplan.parse.state import ItemDraft, SectionDraft, State
from thaiplan.parse.warnings import Warnings


def _fill(lines: list[str]) -> tuple[State, SectionDraft]:
    """A state with one section, each line an item (or, without a marker, its text)."""
    state = State([], Warnings(None))
    section = state.open_section(SectionKind.STRATEGIES, "กลยุทธ์", Line(1, "กลยุทธ์", "กลยุทธ์"))
    for number, text in enumerate(lines, start=2):
        line = Line(number, text, text)
        marker = match_marker(text)
        if marker is None:
            section.continue_item(text, text)
        else:
            state.add_item(section, marker, line, text)
    return state, section


def _tree(items: list[ItemDraft]) -> list[object]:
    return [(i.marker.marker, i.depth, _tree(i.children)) for i in items]


@pytest.mark.parametrize(("lines", "tree"), [
    (["1. ก", "1.1 ข", "1.2 ค", "1.2.1 ง", "2. จ", "2.1 ฉ"],
     [("1.", 1, [("1.1", 2, []), ("1.2", 2, [("1.2.1", 3, [])])]), ("2.", 1, [("2.1", 2, [])])]),
    (["1.1 ข", "1.2 ค", "2.1 ง"], [("1.1", 1, []), ("1.2", 1, []), ("2.1", 1, [])]),  # no parent
    (["1. ก", "2.1 ข"], [("1.", 1, []), ("2.1", 1, [])]),  # not its parent
    (["กลยุทธ์ที่ 1 ก", "๑.๑ ข"], [("กลยุทธ์ที่ 1", 1, [("๑.๑", 2, [])])]),
])
def test_nested_items_go_under_their_open_parent(lines: list[str], tree: list[object]) -> None:
    _, section = _fill(lines)
    assert _tree(section.items) == tree


def test_items_run_together_on_one_line_are_split_with_a_warning_each() -> None:
    state, section = _fill(["1. อ่านออก  2. เขียนได้  3. คิดเลขเป็น"])
    assert [(i.marker.marker, i.pieces, i.raw) for i in section.items] == [
        ("1.", ["อ่านออก  "], ["1. อ่านออก  2. เขียนได้  3. คิดเลขเป็น"]),
        ("2.", ["เขียนได้  "], [""]), ("3.", ["คิดเลขเป็น"], [""])]
    assert [w.code for w in state.warnings.in_order()] == [WarningCode.ITEMS_SPLIT] * 2


@pytest.mark.parametrize(("label", "taken"), [
    ("ด้านครู", True),
    ("และส่งเสริมการเรียนรู้ของ", False),  # ends like a clause: the item's wrapped text
    ("ครูมีความรู้ความสามารถในการจัดการเรียนรู้อย่างมีประสิทธิภาพ", False),  # too long
])
def test_a_short_line_before_a_list_restarting_at_one_labels_the_group(label: str,
                                                                      taken: bool) -> None:
    _, section = _fill(["1. ผู้เรียนมีวินัย", label, "1. ครูจัดการเรียนรู้"])
    assert section.labels == ([label] if taken else [])
    assert section.items[1].after_group_label is taken
    assert section.items[0].pieces == (["ผู้เรียนมีวินัย"] if taken else ["ผู้เรียนมีวินัย", label])


@pytest.mark.parametrize(("lines", "number"), [
    ([], 1), (["1. ก", "2. ข"], 3), (["๓) ก"], 4), (["- ก", "- ข"], 3), (["1. ก", "1.1 ข"], 2),
])
def test_the_next_number_of_a_list(lines: list[str], number: int) -> None:
    _, section = _fill(lines)
    assert section.next_number() == number
