"""Short display labels for offices, shared by the plots and the HTML report.

Office names are long (``สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐``); axis
ticks and table headers need the abbreviations Thai readers already use
(``สพม. เขต ๒๐``). The abbreviations live in
``resources/office_abbreviations.tsv`` (:func:`~thaiplan.parse.owners.standard_abbreviations`).

>>> short_label("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐")
'สพม. เขต ๒๐'
>>> short_label("โรงเรียนบ้านหนองน้ำใส", width=8)
'รร.บ้านห…'
"""

from __future__ import annotations

import re
import unicodedata

from ..parse.owners import standard_abbreviations

__all__ = ["display_width", "pad", "short_label", "truncate"]

_SPACES = re.compile(r"\s+")


def _cells(text: str) -> list[str]:
    """Split into display cells: a base character with its combining marks."""
    cells: list[str] = []
    for char in text:
        if cells and unicodedata.category(char).startswith("M"):
            cells[-1] += char
        else:
            cells.append(char)
    return cells


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: its characters but the vowels and tone
    marks written above or below a consonant (East Asian wide characters count 2).

    >>> display_width("ผู้เรียน"), len("ผู้เรียน")
    (5, 8)
    """
    return sum(2 if unicodedata.east_asian_width(c[0]) in "WF" else 1 for c in _cells(text))


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` display columns (left-aligned).

    >>> pad("ผู้เรียน", 8) + "|"
    'ผู้เรียน   |'
    """
    return text + " " * max(width - display_width(text), 0)


def truncate(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` display cells, ending with ``…`` when cut.

    Tone marks and vowels above or below a consonant stay with it, so a cut
    never leaves a floating mark.

    Args:
        text: any text.
        width: the most display cells to keep (``…`` counts as one), at least 1.

    Returns:
        ``text`` unchanged when it fits, else its start and ``…``.

    >>> truncate("ที่น้ำ", 2)
    'ที่…'
    """
    cells = _cells(text)
    if len(cells) <= width:
        return text
    return "".join(cells[: max(width - 1, 0)]).rstrip() + "…"


def short_label(name: str, *, width: int | None = None) -> str:
    """A short display form of an office name.

    Known long words become their abbreviations (สำนักงานเขตพื้นที่การศึกษา
    มัธยมศึกษา → สพม.), whitespace runs become one space, and the result is cut
    to ``width`` display cells when given.

    Args:
        name: an office name or label.
        width: the most display cells to keep, or ``None`` for no limit.

    Returns:
        The shortened label.

    >>> short_label("องค์การบริหารส่วนตำบล  นาดี")
    'อบต. นาดี'
    """
    label = _SPACES.sub(" ", name).strip()
    for full, short in standard_abbreviations():
        label = label.replace(full, short)
    return truncate(label, width) if width is not None else label
