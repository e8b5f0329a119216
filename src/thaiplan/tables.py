"""Tables: parsed documents as pandas DataFrames.

One row per item, children and the items of nested sections included (a strategy's own
goals, indicators and tactics), each with the unit it belongs to and its path in the
plan's tree:

>>> from thaiplan import parse_text
>>> doc = parse_text("เป้าประสงค์\\n1. ผู้เรียนมีคุณภาพ\\n1.1 อ่านออกเขียนได้", source="a.txt")
>>> to_frame([doc])[["section_kind", "marker", "number", "depth", "text"]].values.tolist()
[['goals', '1.', 1, 1, 'ผู้เรียนมีคุณภาพ'], ['goals', '1.1', 1, 2, 'อ่านออกเขียนได้']]
>>> to_frame(doc)["tree_path"].tolist()
['เป้าประสงค์ 1', 'เป้าประสงค์ 1 › 1.1']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .model import Item, PlanDocument, Section, Unit

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ITEM_COLUMNS", "to_frame"]

ITEM_COLUMNS = (
    "source", "unit", "owner", "quoted", "office", "office_kind", "area", "section_index",
    "section_kind", "heading", "position", "path", "tree_path", "number", "marker", "text",
    "depth", "line", "page",
)
"""Columns of :func:`to_frame`, in order."""

# What a heading says before its keyword: numbering (``๓.๖``, ``2.``) and decoration.
_HEADING_NUMBER = re.compile(r"^[\s\d๐-๙.)(:-]+")
_HEADING_TAIL = re.compile(r"\s*[:：]\s*$|\s*\(.*$")
_SEP = " › "


def _heading_label(heading: str) -> str:
    """A section's heading without its numbering and gloss: ``"๓.๖ ยุทธศาสตร์ (Strategy) :"``
    → ``"ยุทธศาสตร์"``."""
    label = _HEADING_TAIL.sub("", _HEADING_NUMBER.sub("", heading)).strip()
    return label or heading.strip()


def _number(item: Item) -> str:
    """An item's number as written (``"1.1"``, ``"๒"``), else its position."""
    marker = item.marker.strip().strip(".)(").strip()
    return marker if any(ch.isdigit() for ch in marker) else str(item.position)


def _node(section_label: str, item: Item) -> str:
    """How a top-level item is named in a path: its marker when it is a phrase
    (``ยุทธศาสตร์ที่ 1``), else its section's heading and its number (``เป้าประสงค์ 2``)."""
    if any("\u0e01" <= ch <= "\u0e2e" for ch in item.marker):
        return item.marker.strip()
    return f"{section_label} {_number(item)}"


def _rows(section: Section, prefix: str) -> Iterator[tuple[Item, str, str, Section]]:
    """``(item, path, tree_path, section)`` for every item of ``section``, depth-first:
    the item, its nested sections, then its children."""
    label = _heading_label(section.heading)
    stack = [(item, str(item.position), prefix + _node(label, item))
             for item in reversed(section.items)]
    while stack:
        item, path, tree = stack.pop()
        yield item, path, tree, section
        for nested in item.sections:
            yield from _rows(nested, tree + _SEP)
        stack.extend((c, f"{path}.{c.position}", f"{tree}{_SEP}{_number(c)}")
                     for c in reversed(item.children))


def _unit_of(doc: PlanDocument) -> dict[tuple[int, int | None, str], tuple[int, Unit]]:
    """Each section's unit, keyed by the section's line, page and heading (documents read
    back from JSON hold equal sections, not the same objects)."""
    return {(s.line, s.page, s.heading): (k, unit)
            for k, unit in enumerate(doc.units) for s in unit.sections}


def to_frame(docs: PlanDocument | Iterable[PlanDocument]) -> pd.DataFrame:
    """One row per item (children and nested sections included, depth-first).

    Args:
        docs: a :class:`~thaiplan.model.PlanDocument` or an iterable of them.

    Returns:
        A DataFrame with :data:`ITEM_COLUMNS`: ``source``; ``unit`` (0-based index of the
        item's :class:`~thaiplan.model.Unit` in ``doc.units``, nullable), its ``owner``
        (the unit owner's name, else the document's office) and ``quoted``;
        ``office`` (name or label), ``office_kind``, ``area`` (nullable int);
        ``section_index`` (0-based in ``doc.sections``; a nested section's items carry
        the index of the top-level section they are nested in), ``section_kind``,
        ``heading``; ``position`` (1-based in its list), ``path`` (positions from the
        top of its list, ``"2.1"``), ``tree_path`` (the item's place in the plan:
        ``"ยุทธศาสตร์ที่ 1 › เป้าประสงค์ 2"``), ``number`` (nullable int, as written),
        ``marker``, ``text``, ``depth``, ``line``, ``page`` (nullable int).
    """
    import pandas as pd

    if isinstance(docs, PlanDocument):
        docs = [docs]
    rows: list[dict[str, Any]] = []
    for doc in docs:
        units = _unit_of(doc)
        for s_index, top in enumerate(doc.sections):
            unit_index, unit = units.get((top.line, top.page, top.heading), (None, None))
            base = {"source": doc.source, "unit": unit_index,
                    "owner": unit.owner.label if unit is not None else doc.office.label,
                    "quoted": unit.quoted if unit is not None else False,
                    "office": doc.office.label, "office_kind": doc.office.kind.value,
                    "area": doc.office.area, "section_index": s_index}
            for item, path, tree, section in _rows(top, ""):
                rows.append({**base, "section_kind": section.kind.value,
                             "heading": section.heading, "position": item.position,
                             "path": path, "tree_path": tree, "number": item.number,
                             "marker": item.marker, "text": item.text, "depth": item.depth,
                             "line": item.line, "page": item.page})
    frame = pd.DataFrame(rows, columns=list(ITEM_COLUMNS))
    for column in ("unit", "area", "number", "page"):
        frame[column] = frame[column].astype("Int64")
    return frame
