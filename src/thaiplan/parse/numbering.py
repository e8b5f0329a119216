"""Numbering checks: what is odd about a list's numbers, as warnings (never fixed).

A list numbered 1, 2, 3… in order has nothing to report. A missing numeral, a list
that starts above 1, a gap, a repeated number or a number out of order is reported at
its line. A list that restarts at 1 after a group label (``ด้านครู``) is a new group,
not out of order. Nested lists are checked on their own (``1.1, 1.2`` under ``1.``).

>>> from thaiplan.parse.blocks import Line
>>> from thaiplan.parse.markers import match_marker
>>> from thaiplan.parse.state import ItemDraft
>>> items = [ItemDraft(match_marker(t), Line(n, t, t), [], []) for n, t in
...          enumerate(["1. ก", "3. ข", "3. ค"], start=1)]
>>> warnings = Warnings(None)
>>> check_numbering(items, warnings)
>>> [(w.code.value, w.line) for w in warnings.in_order()]
[('number_gap', 2), ('duplicate_number', 3)]
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import WarningCode
from .markers import Style
from .state import ItemDraft
from .warnings import Warnings

__all__ = ["check_numbering"]


Path = tuple[int, ...]
Problem = tuple[WarningCode, str]
_NO_NUMERAL = "item has no numeral (marker missing or lost)"


def check_numbering(items: Sequence[ItemDraft], warnings: Warnings) -> None:
    """Report what is odd about the numbers of one list (not its children's)."""
    prev: Path | None = None
    for item in items:
        problem, prev = _problem(item, prev)
        if problem is not None:
            warnings.warn(*problem, line=item.line.number, page=item.line.page)


def _problem(item: ItemDraft, prev: Path | None) -> tuple[Problem | None, Path | None]:
    """What is odd about ``item``'s number after ``prev`` (the number before it), and
    the number the next item is compared with."""
    marker = item.marker
    path = marker.path
    if marker.style is Style.CELL:  # a table's row: no number to have
        return None, prev
    if marker.style is Style.MISSING or (marker.marker == "" and marker.number is None):
        counted = (prev[0] + 1,) if prev else (1,)  # as the number it lost
        return (WarningCode.NUMERAL_MISSING, _NO_NUMERAL), counted
    if not path:  # a bullet, a letter: no number to check
        return None, prev
    if prev is None:
        if len(path) == 1 and path[0] > 1:
            return (WarningCode.NUMBER_GAP, f"list starts at {path[0]}"), path
    elif path == prev:
        return (WarningCode.DUPLICATE_NUMBER, f"number {marker.marker!r} repeats"), path
    elif path < prev and not (item.after_group_label and path == (1,)):
        # (a list restarting at 1 after its group's label is a new group)
        after = ".".join(map(str, prev))
        return (WarningCode.OUT_OF_ORDER, f"{marker.marker!r} comes after {after}"), path
    elif len(path) == 1 and len(prev) == 1 and path[0] > prev[0] + 1:
        return (WarningCode.NUMBER_GAP, f"numbering jumps from {prev[0]} to {path[0]}"), path
    return None, path
