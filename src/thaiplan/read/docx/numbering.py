"""Word's automatic paragraph numbering, replayed: the numbers Word shows and
``paragraph.text`` leaves out.

A numbered paragraph names a list (``w:numId``) and a level (``w:ilvl``), in its own
properties or its style's; the list's levels (``w:abstractNum``, with the list's
``w:lvlOverride``) give each level's start, number format and text (``%1.%2``).
:class:`Numbering` counts the paragraphs of each list in document order and writes what
Word shows before each (``"1. "``, ``"๑.๑ "``, ``"• "``).

>>> [_format_number(n, "thaiNumbers") for n in (1, 12)], _format_number(2, "thaiLetters")
(['๑', '๑๒'], 'ข')
>>> _format_number(4, "upperRoman"), _format_number(28, "lowerLetter")
('IV', 'bb')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...normalize import arabic_to_thai_digits
from .tags import PPR, VAL, W

__all__ = ["Numbering"]

_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผพฟภมยรลวศษสหอฮ"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = []
    for value, digits in _ROMAN:
        count, n = divmod(n, value)
        out.append(digits * count)
    return "".join(out)


def _letters(n: int, alphabet: str) -> str:
    """1 → a, 26 → z, 27 → aa (Word's letter numbering repeats the letter)."""
    size = len(alphabet)
    return alphabet[(n - 1) % size] * ((n - 1) // size + 1)


def _format_number(n: int, fmt: str) -> str:
    """A list counter in a Word number format (``decimal``, ``thaiNumbers``...)."""
    formats: dict[str, Callable[[int], str]] = {
        "decimal": str,
        "decimalZero": lambda k: f"{k:02d}",
        "thaiNumbers": lambda k: arabic_to_thai_digits(str(k)),
        "thaiLetters": lambda k: _letters(k, _THAI_LETTERS),
        "lowerLetter": lambda k: _letters(k, "abcdefghijklmnopqrstuvwxyz"),
        "upperLetter": lambda k: _letters(k, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        "lowerRoman": _roman,
        "upperRoman": lambda k: _roman(k).upper(),
    }
    return formats.get(fmt, str)(n)


@dataclass(frozen=True, slots=True)
class _Level:
    start: int
    fmt: str
    text: str


class Numbering:
    """Word's automatic paragraph numbering, replayed (``paragraph.text`` drops it)."""

    def __init__(self, document: Any, styles: dict[str, Any]) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._counters: dict[str, list[int]] = {}
        self._styles = styles
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, _Level]] = {}
        for node in numbering.iterchildren(W + "abstractNum"):
            abstract[node.get(W + "abstractNumId")] = {
                int(lvl.get(W + "ilvl", "0")): self._level(lvl)
                for lvl in node.iterchildren(W + "lvl")
            }
        for num in numbering.iterchildren(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(VAL), {}))
            for override in num.iterchildren(W + "lvlOverride"):
                ilvl = int(override.get(W + "ilvl", "0"))
                start = override.find(W + "startOverride")
                if ilvl in levels and start is not None:
                    old = levels[ilvl]
                    levels[ilvl] = _Level(int(start.get(VAL, "1")), old.fmt, old.text)
            self._levels[num.get(W + "numId")] = levels

    @staticmethod
    def _level(lvl: Any) -> _Level:
        def val(tag: str, default: str) -> str:
            node = lvl.find(W + tag)
            return default if node is None else str(node.get(VAL, default))

        return _Level(int(val("start", "1")), val("numFmt", "decimal"), val("lvlText", "%1."))

    def _num_pr(self, ppr: Any, style_id: str | None) -> tuple[str, int] | None:
        """``(numId, ilvl)`` from the paragraph, else from its style chain."""
        num_pr = None if ppr is None else ppr.find(W + "numPr")
        seen: set[str] = set()
        while num_pr is None and style_id and style_id not in seen:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            sppr = style.find(PPR)
            num_pr = None if sppr is None else sppr.find(W + "numPr")
            based = style.find(W + "basedOn")
            style_id = None if based is None else based.get(VAL)
        if num_pr is None:
            return None
        num_id = num_pr.find(W + "numId")
        ilvl = num_pr.find(W + "ilvl")
        if num_id is None:
            return None
        level = int(ilvl.get(VAL, "0")) if ilvl is not None else 0
        return num_id.get(VAL, "0"), level

    def prefix(self, ppr: Any, style_id: str | None) -> tuple[str, int] | None:
        """What Word shows before a paragraph (``"1. "``, ``"• "``, or ``""`` for a level
        without number) and its level (``ilvl``); ``None`` for a paragraph not in a list.
        Counts the paragraph: call once per paragraph, in order."""
        found = self._num_pr(ppr, style_id)
        if found is None or found[0] == "0" or found[0] not in self._levels:
            return None
        num_id, ilvl = found
        levels = self._levels[num_id]
        if ilvl not in levels:
            return None
        counters = self._counters.setdefault(num_id, [0] * 10)
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = 0
        for upper in range(ilvl):  # a level used before its parent starts at its start
            if counters[upper] == 0 and upper in levels:
                counters[upper] = levels[upper].start
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else levels[ilvl].start
        level = levels[ilvl]
        if level.fmt == "none":
            return "", ilvl
        if level.fmt == "bullet":
            bullet = level.text.strip()
            # Symbol/Wingdings bullets are private-use characters: show a plain bullet.
            if not bullet or any("\ue000" <= ch <= "\uf8ff" for ch in bullet):
                bullet = "•"
            return f"{bullet} ", ilvl

        def sub(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lvl = levels.get(k)
            return _format_number(counters[k] or 1, lvl.fmt if lvl else "decimal")

        return re.sub(r"%([1-9])", sub, level.text) + " ", ilvl
