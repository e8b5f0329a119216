"""Reading order of a page: top to bottom, columns one after the other, a heading beside
its text before the text, table rows kept whole.

The content stream's order is not the page's: a budget volume writes its agency header
last, and ``1. วิสัยทัศน์`` and ``2. พันธกิจ`` before the text they head. Rows
(:func:`~.lines.rows_of`) are read by their baselines, top to bottom; where a band of
consecutive rows keeps a vertical gutter free (no segment crosses it) — a gutter inside
its first row, or between its first row and one of the next two that stands wholly on
the other side (the boxes of a diagram start at different heights) — the band is read
by its layout:

* two columns of text (three rows or more on each side, the lines filling their
  column): the left column, then the right;
* a heading beside its text (one or two short rows on the left, more on the right):
  the heading, then the text;
* anything else — a table — row by row, each row one line of cells.

A ruled table's row (:mod:`.tables`) is read as one line, in no band.

A band does not reach down into the bottom margin to a row that stands apart there (a
running footer, read with the furniture, not as the last line of a column).

>>> from .lines import Row, Segment
>>> def row(y, *parts):
...     return Row(y, [Segment(t, x0, x1, 12, False) for t, x0, x1 in parts])
>>> rows = [row(100, ("วิสัยทัศน์", 50, 110), ("องค์กรแห่งคุณภาพ", 160, 500)),
...         row(116, ("มุ่งมั่นพัฒนาผู้เรียน", 160, 480)),
...         row(132, ("สู่มาตรฐานสากล", 160, 300))]
>>> [line.text for line in reading_order(rows, 1)]
['วิสัยทัศน์', 'องค์กรแห่งคุณภาพ', 'มุ่งมั่นพัฒนาผู้เรียน', 'สู่มาตรฐานสากล']
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from .lines import Line, Row, Segment

__all__ = ["BOTTOM_MARGIN", "reading_order"]

_MIN_GUTTER = 6.0  # points: a narrower gap is no gutter
_COLUMN_ROWS = 3  # rows on each side, at least, for two columns of text
_FULL = 0.6  # a column's lines fill at least this share of its width (median)
_TEXT_WIDTH = 8.0  # font sizes: a column of text is at least this wide
_LOOK_AHEAD = 2  # rows below a band's first row that may show its gutter
BOTTOM_MARGIN = 0.88  # the bottom margin starts here, as a share of the page height
_APART = 2.0  # font sizes: a footer's distance from the row above it, at least


@dataclass(slots=True)
class _Band:
    """Rows ``start`` to ``stop - 1`` that keep the gutter ``(left, right)`` free."""

    start: int
    stop: int
    left: float
    right: float


def reading_order(rows: list[Row], page: int, height: float = 0.0) -> list[Line]:
    """The lines of a page in reading order (see the module); ``rows`` top to bottom,
    ``height`` the page's (``0``: no bottom margin is known)."""
    lines: list[Line] = []
    i = 0
    while i < len(rows):
        band = (None if rows[i].ruled else
                _band_at(rows, i, BOTTOM_MARGIN * height if height else float("inf")))
        if band is None:
            lines.append(Line(rows[i].segments, rows[i].baseline, page, cells=rows[i].cells))
            i += 1
            continue
        lines += _read_band(rows[band.start:band.stop], band, page)
        i = band.stop
    return lines


def _band_at(rows: list[Row], i: int, margin: float) -> _Band | None:
    """The longest band starting at row ``i`` that keeps one of its gutters free
    (:func:`_gutters`), not reaching down to a footer below ``margin``."""
    best: _Band | None = None
    for left, right in _gutters(rows, i):
        band = _Band(i, i + 1, left, right)
        for k in range(i + 1, len(rows)):
            if rows[k].ruled or (rows[k].baseline > margin and rows[k].baseline
                                 - rows[k - 1].baseline > _APART * rows[k].size):
                break
            narrowed = _keeps(rows[k].segments, band.left, band.right)
            if narrowed is None:
                break
            band.left, band.right = narrowed
            band.stop = k + 1
        if band.stop - band.start >= 2 and (best is None or band.stop > best.stop):
            best = band
    return best


def _gutters(rows: list[Row], i: int) -> list[tuple[float, float]]:
    """The gutters a band starting at row ``i`` may keep: the gaps between its segments,
    and the gap between it and a row of the next two wholly left or right of it."""
    segments = rows[i].segments
    found = [(a.x1, b.x0) for a, b in pairwise(segments) if b.x0 - a.x1 >= _MIN_GUTTER]
    x0, x1 = segments[0].x0, segments[-1].x1
    for row in rows[i + 1:i + 1 + _LOOK_AHEAD]:
        if row.segments[-1].x1 + _MIN_GUTTER <= x0:
            found.append((row.segments[-1].x1, x0))
        elif x1 + _MIN_GUTTER <= row.segments[0].x0:
            found.append((x1, row.segments[0].x0))
    return found


def _keeps(segments: list[Segment], left: float, right: float) -> tuple[float, float] | None:
    """The gutter narrowed by a row whose segments do not cross it, else ``None``."""
    for s in segments:
        if s.x1 <= left or s.x0 >= right:
            continue
        if s.x0 <= left and s.x1 >= right:
            return None  # crosses it
        if s.x0 <= left or (s.x1 < right and right - s.x1 >= s.x0 - left):
            left = s.x1
        else:
            right = s.x0
    return (left, right) if right - left >= _MIN_GUTTER else None


def _read_band(rows: list[Row], band: _Band, page: int) -> list[Line]:
    lefts = [(r, [s for s in r.segments if s.x1 <= band.left]) for r in rows]
    rights = [(r, [s for s in r.segments if s.x0 >= band.right]) for r in rows]
    left_rows = [(r, s) for r, s in lefts if s]
    right_rows = [(r, s) for r, s in rights if s]
    if not left_rows or not right_rows:
        return [Line(r.segments, r.baseline, page) for r in rows]
    columns = (len(left_rows) >= _COLUMN_ROWS and len(right_rows) >= _COLUMN_ROWS
               and _fills(left_rows, band.left) and _fills(right_rows, None)
               and _words(left_rows) and _words(right_rows))
    beside = (len(left_rows) <= 2 and len(right_rows) > len(left_rows)
              and left_rows[0][0] is rows[0] and all(len(s) == 1 for _, s in left_rows))
    if not (columns or beside):
        return [Line(r.segments, r.baseline, page) for r in rows]
    return ([Line(s, r.baseline, page) for r, s in left_rows]
            + [Line(s, r.baseline, page) for r, s in right_rows])


def _words(parts: list[tuple[Row, list[Segment]]]) -> bool:
    """Whether a column holds words, not a table's figures: fewer than a quarter of its
    lines are figures (``- - 12.5000``: no more letters than digits)."""
    figures = 0
    for _, segments in parts:
        text = "".join(x.text for x in segments)
        figures += sum(c.isalpha() for c in text) <= sum(c.isdigit() for c in text)
    return figures < 0.25 * len(parts)


def _fills(parts: list[tuple[Row, list[Segment]]], edge: float | None) -> bool:
    """Whether the lines of a column mostly fill it, one segment each, and it is wide
    enough for text (not a table's short cells, not the markers of a list whose text
    starts at a tab: ``๑.`` | ``ส่งเสริม…``)."""
    if sum(len(s) > 1 for _, s in parts) > 0.2 * len(parts):
        return False
    x0 = min(s[0].x0 for _, s in parts)
    x1 = edge if edge is not None else max(s[-1].x1 for _, s in parts)
    width = x1 - x0
    sizes = sorted(s[0].size for _, s in parts)
    if width < _TEXT_WIDTH * sizes[len(sizes) // 2]:
        return False
    shares = sorted((s[-1].x1 - s[0].x0) / width for _, s in parts)
    return shares[len(shares) // 2] >= _FULL
