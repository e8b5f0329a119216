"""A glyph's shape as a few numbers, to tell which mark an unnamed glyph is.

The moments of the filled outline — area, centroid, spread, correlation — measured
relative to its bounding box, with the number of contours and the box's proportions: a
smaller or shifted copy of a mark (the high tone marks of a budget volume's DilleniaUPC
are 0.9× copies of the low ones) has the numbers of the mark. fontTools' pens measure
outlines from the font program; :func:`pdfium_outline` measures the glyph pdfium draws
for a character, through the font's ``ToUnicode`` map.

>>> square = polygon_outline([[(0, 0), (0, 10), (2, 10), (2, 0)]])
>>> round(descriptor_distance(square, polygon_outline([[(5, 5), (5, 25), (9, 25), (9, 5)]])), 6)
0.0
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .extract import api

__all__ = ["Outline", "descriptor_distance", "measure", "pdfium_outline", "polygon_outline"]


@dataclass(frozen=True, slots=True)
class Outline:
    """A glyph's shape, independent of its size and place: contours, the proportions of
    its bounding box, how much of the box it fills, the centroid and spread of its ink
    relative to the box; and the box itself in em (for size comparisons)."""

    contours: int
    aspect: float
    fill: float
    centre: tuple[float, float]
    spread: tuple[float, float]
    correlation: float
    size: tuple[float, float]


def descriptor_distance(a: Outline, b: Outline) -> float:
    """How different two shapes are (``0`` for scaled or shifted copies)."""
    return (abs(a.aspect - b.aspect) + abs(a.fill - b.fill)
            + abs(a.centre[0] - b.centre[0]) + abs(a.centre[1] - b.centre[1])
            + abs(a.spread[0] - b.spread[0]) + abs(a.spread[1] - b.spread[1])
            + 0.5 * abs(a.correlation - b.correlation) + 0.3 * abs(a.contours - b.contours))


Draw = Callable[[Any], None]
"""Draws an outline on a fontTools pen."""


def measure(draw: Draw, em: float, glyphset: Any = None) -> Outline | None:
    """The :class:`Outline` of what ``draw`` draws (``em``: units per em)."""
    from fontTools.pens.basePen import BasePen
    from fontTools.pens.boundsPen import BoundsPen
    from fontTools.pens.statisticsPen import StatisticsPen

    class Contours(BasePen):  # type: ignore[misc]  # (fontTools is untyped)
        count = 0

        def _moveTo(self, p: tuple[float, float]) -> None:  # noqa: N802 (fontTools' names)
            self.count += 1

        def _lineTo(self, p: tuple[float, float]) -> None:  # noqa: N802
            pass

        def _curveToOne(self, *points: tuple[float, float]) -> None:  # noqa: N802
            pass

    stats = StatisticsPen(glyphset=glyphset)
    bounds, contours = BoundsPen(glyphset), Contours(glyphset)
    for pen in (stats, bounds, contours):
        draw(pen)
    box = bounds.bounds
    if box is None or not contours.count:
        return None
    width, height = box[2] - box[0], box[3] - box[1]
    area = abs(stats.area)
    if width <= 0 or height <= 0 or area == 0:
        return None
    return Outline(
        contours=contours.count, aspect=math.log(width / height), fill=area / (width * height),
        centre=((stats.meanX - box[0]) / width, (stats.meanY - box[1]) / height),
        spread=(stats.stddevX / width, stats.stddevY / height),
        correlation=stats.correlation, size=(width / em, height / em))


def polygon_outline(contours: list[list[tuple[float, float]]], em: float = 1.0) -> Outline | None:
    """The shape of polygons (for tests and doctests)."""
    def draw(pen: Any) -> None:
        for points in contours:
            pen.moveTo(points[0])
            for p in points[1:]:
                pen.lineTo(p)
            pen.closePath()
    return measure(draw, em)


def pdfium_outline(font: int, char: int) -> Outline | None:
    """The shape of the glyph pdfium draws for ``char`` in ``font`` (at 1 pt: em units)."""
    lib = api().lib
    path = lib.FPDFFont_GetGlyphPath(ctypes.c_void_p(font), char, ctypes.c_float(1.0))
    if not path:
        return None
    segments = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for k in range(lib.FPDFGlyphPath_CountGlyphSegments(ctypes.c_void_p(path))):
        segment = ctypes.c_void_p(lib.FPDFGlyphPath_GetGlyphPathSegment(ctypes.c_void_p(path), k))
        lib.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        segments.append((lib.FPDFPathSegment_GetType(segment), (x.value, y.value),
                         bool(lib.FPDFPathSegment_GetClose(segment))))

    def draw(pen: Any) -> None:
        curve: list[tuple[float, float]] = []
        is_open = False
        for kind, point, close in segments:
            if kind == 2:  # FPDF_SEGMENT_MOVETO
                if is_open:
                    pen.closePath()
                pen.moveTo(point)
                is_open = True
            elif kind == 0:  # LINETO
                pen.lineTo(point)
            elif kind == 1:  # BEZIERTO: three points a curve
                curve.append(point)
                if len(curve) == 3:
                    pen.curveTo(*curve)
                    curve = []
            if close and is_open:
                pen.closePath()
                is_open = False
        if is_open:
            pen.closePath()
    return measure(draw, 1.0)
