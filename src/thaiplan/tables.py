"""Tables: parsed documents as pandas DataFrames.

>>> from thaiplan import parse_text
>>> doc = parse_text("เป้าประสงค์\\n1. ผู้เรียนมีคุณภาพ\\n1.1 อ่านออกเขียนได้", source="a.txt")
>>> to_frame([doc])[["section_kind", "marker", "number", "depth", "text"]].values.tolist()
[['goals', '1.', 1, 1, 'ผู้เรียนมีคุณภาพ'], ['goals', '1.1', 1, 2, 'อ่านออกเขียนได้']]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .model import PlanDocument

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ITEM_COLUMNS", "to_frame"]

ITEM_COLUMNS = (
    "source", "office", "office_kind", "area", "section_index", "section_kind", "heading",
    "position", "path", "number", "marker", "text", "depth", "line",
)
"""Columns of :func:`to_frame`, in order."""


def to_frame(docs: PlanDocument | Iterable[PlanDocument]) -> pd.DataFrame:
    """One row per item (children included, depth-first) of one or many documents.

    Args:
        docs: a :class:`~thaiplan.model.PlanDocument` or an iterable of them.

    Returns:
        A DataFrame with :data:`ITEM_COLUMNS`: ``source``, ``office`` (name or
        label), ``office_kind``, ``area`` (nullable int), ``section_index``
        (0-based), ``section_kind``, ``heading``, ``position`` (1-based in its
        list), ``path`` (positions from the top, ``"2.1"``), ``number``
        (nullable int, as written), ``marker``, ``text``, ``depth``, ``line``.
    """
    import pandas as pd

    if isinstance(docs, PlanDocument):
        docs = [docs]
    rows: list[dict[str, Any]] = []
    for doc in docs:
        base = {"source": doc.source, "office": doc.office.label,
                "office_kind": doc.office.kind.value, "area": doc.office.area}
        for s_index, section in enumerate(doc.sections):
            stack = [(item, str(item.position)) for item in reversed(section.items)]
            while stack:
                item, path = stack.pop()
                rows.append({**base, "section_index": s_index, "section_kind": section.kind.value,
                             "heading": section.heading, "position": item.position,
                             "path": path, "number": item.number, "marker": item.marker,
                             "text": item.text, "depth": item.depth, "line": item.line})
                stack.extend((c, f"{path}.{c.position}") for c in reversed(item.children))
    frame = pd.DataFrame(rows, columns=list(ITEM_COLUMNS))
    for column in ("area", "number"):
        frame[column] = frame[column].astype("Int64")
    return frame
