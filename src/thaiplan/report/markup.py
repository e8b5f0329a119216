"""The small pieces every part of the report uses: escaping, the colour ramp, cell values."""

from __future__ import annotations

import html
import math
import re
from typing import Any

__all__ = ["score_colour"]


# ColorBrewer YlGnBu, the same ramp the plots use: 0 = pale yellow, 1 = dark blue.
_RAMP = ("#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8",
         "#253494", "#081d58")
_KIND_TH = {
    "vision": "วิสัยทัศน์", "mission": "พันธกิจ", "goals": "เป้าประสงค์",
    "strategies": "ยุทธศาสตร์", "values": "ค่านิยม", "culture": "วัฒนธรรมองค์กร",
    "identity": "อัตลักษณ์", "indicators": "ตัวชี้วัด", "philosophy": "ปรัชญา",
    "motto": "คำขวัญ", "background": "ความเป็นมา", "other": "อื่น ๆ",
}
_KIND_EN = {
    "vision": "Vision", "mission": "Mission", "goals": "Goal", "strategies": "Strategy",
    "values": "Values", "culture": "Culture", "identity": "Identity",
    "indicators": "Indicator", "philosophy": "Philosophy", "motto": "Motto",
    "background": "Background", "other": "Section",
}


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _hex(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def score_colour(score: float) -> tuple[str, str]:
    """Background and text colour of a heatmap cell.

    Args:
        score: a similarity in [0, 1] (clipped), higher = more similar; NaN
            gives a neutral grey.

    Returns:
        ``(background, text)`` as ``#rrggbb``; the text is white on dark cells.

    >>> score_colour(0.0)
    ('#ffffd9', '#000000')
    >>> score_colour(1.0)
    ('#081d58', '#ffffff')
    """
    if math.isnan(score):
        return "#eeeeee", "#000000"
    position = min(max(score, 0.0), 1.0) * (len(_RAMP) - 1)
    low = min(int(position), len(_RAMP) - 2)
    frac = position - low
    a, b = _hex(_RAMP[low]), _hex(_RAMP[low + 1])
    rgb = tuple(round(x + (y - x) * frac) for x, y in zip(a, b, strict=True))
    luminance = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255
    return "#{:02x}{:02x}{:02x}".format(*rgb), "#ffffff" if luminance < 0.5 else "#000000"


def _terms(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        return [t for t in re.split(r"[,;|]\s*", value) if t]
    return [str(t) for t in value]


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _position(value: Any) -> str:
    try:
        if math.isnan(float(value)):
            return ""
        return f"{int(value)}."
    except (TypeError, ValueError):
        return ""


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan
