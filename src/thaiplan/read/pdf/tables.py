"""Ruled tables: a row whose cells wrap over several lines, read as one row of cells.

A table drawn with its grid (Word's and LibreOffice's "Table Grid", most tables of a
plan: ``ประเด็นกลยุทธ์ | เป้าประสงค์ | ตัวชี้วัด``) sets each cell's text in lines of
their own, so the page's lines interleave the cells (``๑. พัฒนาคุณภาพผู้ | ผู้เรียนมี
ผลสัมฤทธิ์ | ร้อยละของผู้เรียนที่มี``, then ``เรียนให้มีทักษะใน | ...``). Where the lines
between two rules across the table are cut by rules down it into two cells or more, they
are one row: each cell's lines joined top to bottom, as a Word table row is read —
one row for each item of a list that the first cell holds (``1.``, ``- ตัวชี้วัด : …``,
each with the figures beside it); a row's ``cells`` name every cell of the grid, an
empty one ``""`` (a table of sections puts each in its column's section). Lines with one
filled cell, or crossing a rule down, are left as they are; so is everything outside a
grid (a page frame has no rule down inside it).

>>> from .extract import Rules
>>> from .lines import LIST_START, Row, Segment
>>> def row(y, *parts):
...     return Row(y, [Segment(t, x0, x1, 12, False) for t, x0, x1 in parts])
>>> rules = Rules(across=[(90.0, 50.0, 400.0), (140.0, 50.0, 400.0)],
...               down=[(50.0, 90.0, 140.0), (200.0, 90.0, 140.0), (400.0, 90.0, 140.0)])
>>> rows = [row(105, ("๑. พัฒนาคุณภาพ", 55, 150), ("ร้อยละของผู้เรียน", 205, 330)),
...         row(121, ("ผู้เรียน", 55, 100), ("ที่มีผลการทดสอบ", 205, 320))]
>>> [[s.text for s in r.segments] for r in ruled_rows(rows, rules)]
[['๑. พัฒนาคุณภาพ ผู้เรียน', 'ร้อยละของผู้เรียน ที่มีผลการทดสอบ']]
"""

from __future__ import annotations

import bisect
from itertools import groupby

from .extract import Rules
from .lines import LIST_START, Row, Segment

__all__ = ["ruled_rows"]

_SAME_RULE = 1.5  # points: rules closer than this are one (a double border)
_ASCENT = 0.7  # font sizes: a line's ink reaches this far above its baseline
_SLACK = 2.0  # points: a rule down may stop this short of the rules across


def ruled_rows(rows: list[Row], rules: Rules) -> list[Row]:
    """``rows`` (top to bottom) with the lines of each ruled table cell joined into one
    row of cells (see the module)."""
    across = _merged([y for y, _, _ in rules.across])
    if len(across) < 2 or not rules.down:
        return rows
    out: list[Row] = []
    for band, group in groupby(rows, key=lambda row: _band(row, across)):
        lines = list(group)
        edges = _columns(band, lines, rules) if band is not None else None
        if edges is None:
            out += lines
        else:
            out += [_joined(entry, edges) for entry in _entries(lines, edges)]
    return out


def _cell(edges: list[float], segment: Segment) -> int:
    """The cell (1 for the first) that a segment's middle is in."""
    return bisect.bisect_right(edges, (segment.x0 + segment.x1) / 2)


def _entries(lines: list[Row], edges: list[float]) -> list[list[Row]]:
    """The lines between two rules across, cut where the first cell starts a list's
    item (``(1) ผลสัมฤทธิ์ …``, ``- ตัวชี้วัด …``, each with its figures in the next
    cells): a row of the table each; the lines of other cells go with the line above
    (a first cell centred down its row starts below the others' first lines)."""
    first = min(_cell(edges, line.segments[0]) for line in lines)
    entries: list[list[Row]] = []
    opened = False  # whether the last entry has text in the first cell yet
    for line in lines:
        lead = line.segments[0]
        in_first = _cell(edges, lead) == first
        if not entries or (in_first and opened and LIST_START.match(lead.text)):
            entries.append([line])
            opened = in_first
        else:
            entries[-1].append(line)
            opened = opened or in_first
    return entries


def _merged(places: list[float]) -> list[float]:
    """Where rules run (heights across, or places down), sorted, those closer than a
    double border's one (two cells' borders drawn side by side)."""
    merged: list[float] = []
    for place in sorted(places):
        if not merged or place - merged[-1] > _SAME_RULE:
            merged.append(place)
    return merged


def _band(row: Row, across: list[float]) -> tuple[float, float] | None:
    """The rules across just above and just below a row's line, if both exist."""
    top = row.baseline - _ASCENT * row.size
    k = bisect.bisect_left(across, top)
    if k == 0 or k == len(across) or across[k] < row.baseline:
        return None
    return across[k - 1], across[k]


def _columns(band: tuple[float, float], lines: list[Row], rules: Rules) -> list[float] | None:
    """The edges of the cells between the rules ``band``, from the rules down that run
    from one to the other; ``None`` unless they cut the lines into two filled cells or
    more, no line crossing an edge."""
    above, below = band
    edges = _merged([x for x, top, bottom in rules.down
                     if top <= above + _SLACK and bottom >= below - _SLACK])
    if len(edges) < 3:
        return None
    filled: set[int] = set()
    for line in lines:
        for s in line.segments:
            k = _cell(edges, s)
            if not 0 < k < len(edges) or s.x0 < edges[k - 1] - _SLACK or s.x1 > edges[k] + _SLACK:
                return None  # (outside the grid, or across a rule down)
            filled.add(k)
    return edges if len(filled) >= 2 else None


def _joined(lines: list[Row], edges: list[float]) -> Row:
    """The lines of one table row as one row: a segment per filled cell, its lines
    joined top to bottom."""
    cells: dict[int, list[Segment]] = {}
    for line in lines:
        for s in line.segments:
            cells.setdefault(_cell(edges, s), []).append(s)
    segments = []
    for k in sorted(cells):
        parts = cells[k]
        longest = max(parts, key=lambda s: s.chars or len(s.text))  # (sets size, weight)
        segments.append(Segment(" ".join(s.text for s in parts), min(s.x0 for s in parts),
                                max(s.x1 for s in parts), longest.size, longest.bold,
                                sum(s.chars or len(s.text) for s in parts)))
    texts = {_cell(edges, s): s.text for s in segments}
    return Row(lines[0].baseline, segments, ruled=True,
               cells=tuple(texts.get(k, "") for k in range(1, len(edges))))

