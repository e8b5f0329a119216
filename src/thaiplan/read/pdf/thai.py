"""Thai clusters from glyph positions: which mark sits on which letter, and in what order.

A Thai letter carries its marks above or below it: a vowel (``ั ิ ี ึ ื ็`` above,
``ุ ู ฺ`` below), then a tone mark (``่ ้ ๊ ๋``), then ``์`` or ``ํ``. PDF text layers lose
this in several ways, each undone here from what the page draws:

* a mark comes out after the wrong letter or after a space (pdfium's character order
  is the content stream's, and some producers draw a line's marks in a second pass):
  :func:`best_base` finds the letter a mark's ink box sits on;
* a cluster's marks come out in the wrong order, or twice (a glyph mapped to its whole
  cluster, then the mark glyph again): :func:`cluster` writes them once, in order;
* ``ำ`` is drawn as ``ํ`` + ``า``: :func:`compose_sara_am`;
* fonts map their shifted marks (the tone marks moved left over ``ป ฝ ฟ``, lowered
  where there is no upper vowel...) to the private-use area U+F700–U+F71A:
  :data:`PUA_MARKS`;
* a space between two letters of one word (a narrow gap that pdfium took for a word
  space): :func:`joins_word`.

>>> cluster("ท", ["\\u0e48", "\\u0e35"])   # tone before vowel, as a second pass draws them
'ที่'
>>> compose_sara_am("น\\u0e49\\u0e4d\\u0e32")
'น้ำ'
>>> "\\uf70b\\uf705".translate(PUA_MARKS)
'\\u0e49\\u0e48'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .extract import Box

__all__ = [
    "CONSONANTS",
    "DISPLACED_MARK",
    "MARKS",
    "MARK_CLASS",
    "NO_START",
    "PUA_MARKS",
    "best_base",
    "cluster",
    "compose_sara_am",
    "consonant_before",
    "inside_word",
    "is_above",
    "joins_word",
    "tidy",
]

CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
"""Letters that carry marks (ก to ฮ, with ฤ and ฦ)."""
_ABOVE_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47"
_BELOW_VOWELS = "\u0e38\u0e39\u0e3a"
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"
_SIGNS = "\u0e4c\u0e4d\u0e4e"
MARKS = frozenset(_ABOVE_VOWELS + _BELOW_VOWELS + _TONES + _SIGNS)
"""Combining marks: vowels above and below, tone marks, ``์ ํ ๎``."""
MARK_CLASS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # the marks, as a regular expression class
DISPLACED_MARK = re.compile(f"(?:^|[^\u0e01-\u0e2e{MARK_CLASS}])[{MARK_CLASS}]", re.M)
"""A mark with no letter right before it (after a space, a line start, a vowel...)."""
NO_START = frozenset(_ABOVE_VOWELS + _BELOW_VOWELS + _TONES + _SIGNS + "\u0e30\u0e32\u0e33\u0e45")
"""Characters no Thai word starts with: the marks, ``ะ า ำ ๅ``."""
_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"  # เ แ โ ใ ไ: no word ends with one
# Canonical order in a cluster: vowel, tone mark, then ์ / ํ (``น้ำ`` is น ้ ํ า).
_RANK = {**dict.fromkeys(_ABOVE_VOWELS + _BELOW_VOWELS, 0), **dict.fromkeys(_TONES, 1),
         **dict.fromkeys(_SIGNS, 2)}

PUA_MARKS = str.maketrans({
    0xF700: "\u0e10", 0xF701: "\u0e34", 0xF702: "\u0e35", 0xF703: "\u0e36", 0xF704: "\u0e37",
    0xF705: "\u0e48", 0xF706: "\u0e49", 0xF707: "\u0e4a", 0xF708: "\u0e4b", 0xF709: "\u0e4c",
    0xF70A: "\u0e48", 0xF70B: "\u0e49", 0xF70C: "\u0e4a", 0xF70D: "\u0e4b", 0xF70E: "\u0e4c",
    0xF70F: "\u0e0d", 0xF710: "\u0e31", 0xF711: "\u0e4d", 0xF712: "\u0e47", 0xF713: "\u0e48",
    0xF714: "\u0e49", 0xF715: "\u0e4a", 0xF716: "\u0e4b", 0xF717: "\u0e4c", 0xF718: "\u0e38",
    0xF719: "\u0e39", 0xF71A: "\u0e3a",
})
"""The private-use shifted glyphs of Thai fonts (U+F700–U+F71A, the Microsoft/Monotype
layout: ``ฐ`` and ``ญ`` without descender, marks moved left or lowered) to the
characters they draw."""
PUA_RANGE = re.compile("[\uf700-\uf71a]")

_NIKHAHIT_AA = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_MARK_RUN = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{2,}")


def is_above(mark: str) -> bool:
    """Whether ``mark`` is drawn above its letter (all but ``ุ ู ฺ``)."""
    return mark not in _BELOW_VOWELS


def consonant_before(text: str, i: int, start: int = 0, *, within: int = 3) -> int | None:
    """The consonant that mark ``i`` of ``text`` sits on: at most ``within`` characters
    before it (its other marks between), not before ``start``; ``None`` if none.

    >>> consonant_before("ที่นี่", 2), consonant_before("ที่นี่", 2, start=1)
    (0, None)
    """
    return next((k for k in range(i - 1, max(start, i - within) - 1, -1)
                 if text[k] in CONSONANTS), None)


def cluster(base: str, marks: Iterable[str]) -> str:
    """A letter and its marks in canonical order, each mark once.

    >>> cluster("ร", ["\\u0e31", "\\u0e31"])
    'รั'
    """
    seen: list[str] = []
    for mark in marks:
        if mark not in seen:
            seen.append(mark)
    seen.sort(key=lambda m: _RANK.get(m, 3))  # (stable: marks of one rank keep their order)
    return base + "".join(seen)


def compose_sara_am(text: str) -> str:
    """``ํ`` + ``า`` (a tone mark between them or before) to ``ำ``; ``ำา`` and ``ำำ`` (fonts
    that map a part of ``ำ`` to ``ำ``) too.

    >>> compose_sara_am("ส\\u0e4d\\u0e32นัก"), compose_sara_am("ประจำาปี")
    ('สำนัก', 'ประจำปี')
    """
    if "\u0e4d" in text:
        text = _NIKHAHIT_AA.sub("\\1\u0e33", text)
    if "\u0e33" in text:  # (a glyph of ``ำ`` mapped to ``ำ``, then its ``า`` or itself again)
        text = text.replace("\u0e33\u0e32", "\u0e33").replace("\u0e33\u0e33", "\u0e33")
    return text


def tidy(text: str) -> str:
    """Each run of marks in canonical order, each mark once; ``ำ`` composed.

    >>> tidy("ท\\u0e48\\u0e35 ร\\u0e31\\u0e31ฐ")
    'ที่ รัฐ'
    """
    if _MARK_RUN.search(text):
        text = _MARK_RUN.sub(lambda m: cluster("", m.group()), text)
    return compose_sara_am(text)


def overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    """The length of the overlap of two intervals (``0`` when apart)."""
    return max(0.0, min(a1, b1) - max(a0, b0))


def best_base(mark: Box, bases: Sequence[Box], slack: float) -> tuple[int, int] | None:
    """The index in ``bases`` of the letter whose box ``mark`` sits on, and how sure
    that is (``0``: under the mark's middle, ``1``: left of it, ``2``: right of it); or
    ``None``.

    The letter under (or over) the mark's middle wins, the one overlapping the mark
    most if several do. A middle between two letters belongs to the letter on its left
    (a tone mark overhangs its letter to the right: ``ได้`` drawn ``ด`` + ``้`` reaching
    over the start of the next letter), within ``slack`` points; failing that to the
    letter on its right.

    >>> best_base((10.5, 0, 12.5, 2), [(0, 5, 6, 12), (7, 5, 13, 12), (13, 5, 18, 12)], 2)
    (1, 0)
    >>> best_base((6.5, 0, 9.5, 2), [(2, 5, 7.5, 12), (8.5, 5, 13, 12)], 2)
    (0, 1)
    """
    middle = (mark[0] + mark[2]) / 2
    found, most = None, -1.0
    left, left_gap, right, right_gap = None, slack, None, slack
    for i, box in enumerate(bases):
        if box[0] <= middle <= box[2]:
            score = overlap(mark[0], mark[2], box[0], box[2])
            if score > most:
                found, most = i, score
        elif box[2] < middle and middle - box[2] <= left_gap:
            left, left_gap = i, middle - box[2]
        elif box[0] > middle and box[0] - middle <= right_gap:
            right, right_gap = i, box[0] - middle
    if found is not None:
        return found, 0
    if left is not None:
        return left, 1
    return (right, 2) if right is not None else None


_WINDOW = 12


def inside_word(left: str, right: str) -> bool:
    """Whether a gap between the text ``left`` and the text ``right`` is inside a Thai
    word, however wide (a line spread over its width): ``right`` starts with a mark or
    ``ะ า ำ ๅ``, or ``left`` ends with a leading vowel before a letter; ``left`` ending
    with Thai.

    >>> inside_word("ไป ใ", "ช้"), inside_word("กลยุทธ์ท", "ี่"), inside_word("ครอบ", "คลุม")
    (True, True, False)
    """
    if not left or not "\u0e01" <= left[-1] <= "\u0e4e":
        return False
    first = right[:1]
    return first in NO_START or (left[-1] in _LEADING_VOWELS and "\u0e01" <= first <= "\u0e2e")


def joins_word(left: str, right: str) -> bool:
    """Whether a space between the Thai runs ``left`` and ``right`` cuts a word.

    Asked only of a narrow gap that pdfium took for a word space: the space goes when
    the words of the dictionary read the joined text with fewer characters left out,
    or as many in fewer words (``กา รสรรหา`` → ``การสรรหา``; ``พัฒนา นโยบาย`` stays).

    >>> joins_word("เจ้าหน้า", "ที่"), joins_word("พัฒนา", "นโยบาย"), joins_word("ผ\u0e49\u0e39", "เรียน")
    (True, False, True)
    """
    from ...repair import segmentation_cost

    # A word across the space lies within a few letters of it: judge a window (the
    # ends cut off cost the same joined or apart), not the whole runs, their marks in
    # the dictionary's order (a text layer may give ``ผู้``).
    left, right = tidy(left[-_WINDOW:]), tidy(right[:_WINDOW])
    joined = segmentation_cost(left + right)
    apart_left, apart_right = segmentation_cost(left), segmentation_cost(right)
    apart = (apart_left[0] + apart_right[0], apart_left[1] + apart_right[1])
    return joined < apart


# What no Thai text is made of: control codes, symbols (brackets, commas, full stops,
# hyphens, slashes and asterisks aside: figures, dates, ticks and notes use them),
# Latin-1 letters (a legacy Thai font's codes read as Latin-1: ``Êӹѡ§Ò¹``), and marks
# with no letter before them.
_UNREADABLE = re.compile(
    f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f!-'+:-@\\[-`{{-~\u00a1-\u00ff]"
    f"|(?<![\u0e01-\u0e2e{MARK_CLASS}])[{MARK_CLASS}]")
_BLANK = re.compile(r"\s+")


def unreadable_share(text: str) -> tuple[float, int]:
    """The share of ``text``'s characters (spaces aside) that no Thai text is made of,
    and how many characters it has: a text layer whose fonts do not say which letters
    they draw (Ghostscript's re-distilled subsets, glyphs named ``uniF001``…) reads as
    symbols and loose marks — half of its characters; a real page's, a few in a hundred.

    >>> unreadable_share("วิสัยทัศน์ (Vision) 1,262.5000 - ร้อยละ ๘๐")
    (0.0, 37)
    >>> round(unreadable_share('!"#$!%&\\'่()ีู้!ี)!$ู!%&ู่)ิ*+ิี่')[0], 2)
    0.69
    """
    text = _BLANK.sub("", text)
    return len(_UNREADABLE.findall(text)) / max(len(text), 1), len(text)
