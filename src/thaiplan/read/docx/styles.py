"""Word's formatting, resolved: a paragraph's heading level, a run's weight and size.

What a run looks like is stated at several levels — the run's own properties, its
character style, the paragraph's style and the styles it is based on (``w:basedOn``),
then the document's defaults — and the nearest level that states a property wins
(:func:`resolve`). For Thai characters Word uses the complex-script properties
(``w:bCs``, ``w:szCs``) where they are stated. A paragraph's heading level is its style
chain's outline level (``w:outlineLvl`` + 1), else the style's name (``Heading 1``…
``Heading 9``, ``Title``, Thai ``หัวเรื่อง 1``…).

A run of ``วิสัยทัศน์`` whose style says bold and 16 points for Thai (``w:bCs``, ``w:szCs``
in half-points), in a document whose defaults say 14 points:

>>> from lxml import etree
>>> rpr = etree.fromstring(f'<w:rPr xmlns:w="{W[1:-1]}"><w:bCs/><w:szCs w:val="32"/></w:rPr>')
>>> props(rpr)
(None, True, None, 16.0)
>>> resolve((props(rpr), (None, None, 14.0, None)))
(False, True, 14.0, 16.0)
"""

from __future__ import annotations

import re
from typing import Any

from .tags import PPR, RPR, VAL, W

__all__ = ["Props", "Styles", "outline_level", "props", "resolve"]

_OFF = frozenset(["0", "false", "off"])
_HEADING_NAME = re.compile(r"(?i)(?:heading|หัวเรื่อง)\s*([1-9])")
_TITLE_NAMES = frozenset(["title", "ชื่อเรื่อง"])
_DEFAULT_SIZE = 10.0  # points, when no size is stated anywhere (ECMA-376)

# What one level of formatting states: (bold, complex-script bold, size, cs size).
Props = tuple[bool | None, bool | None, float | None, float | None]
_NOTHING: Props = (None, None, None, None)


def props(rpr: Any) -> Props:
    """What a ``w:rPr`` states of weight and size."""
    if rpr is None:
        return _NOTHING

    def toggle(tag: str) -> bool | None:
        node = rpr.find(W + tag)
        return None if node is None else node.get(VAL, "1").lower() not in _OFF

    def half_points(tag: str) -> float | None:
        node = rpr.find(W + tag)
        try:
            return None if node is None else int(node.get(VAL, "")) / 2
        except ValueError:
            return None

    return toggle("b"), toggle("bCs"), half_points("sz"), half_points("szCs")


def resolve(levels: tuple[Props, ...]) -> tuple[bool, bool, float, float]:
    """Effective ``(bold, Thai bold, size, Thai size)`` from the nearest level stating
    them; for Thai, a level's ``bCs``/``szCs``, else its ``b``/``sz``."""
    bold = next((lv[0] for lv in levels if lv[0] is not None), False)
    size = next((lv[2] for lv in levels if lv[2] is not None), _DEFAULT_SIZE)
    thai_bold = next((lv[1] if lv[1] is not None else lv[0] for lv in levels
                      if lv[1] is not None or lv[0] is not None), False)
    thai_size = next((lv[3] if lv[3] is not None else lv[2] for lv in levels
                      if lv[3] is not None or lv[2] is not None), None)
    return bool(bold), bool(thai_bold), size, _DEFAULT_SIZE if thai_size is None else thai_size


class Styles:
    """A document's styles: heading levels, and formatting through ``basedOn`` chains."""

    def __init__(self, document: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self._default: dict[str, str] = {}
        self._defaults: Props = _NOTHING
        self._chains: dict[str | None, tuple[Any, ...]] = {}
        self._levels: dict[tuple[str | None, str | None], tuple[Props, ...]] = {}
        self._headings: dict[str | None, int | None] = {}
        try:
            element = document.styles.element
        except (KeyError, AttributeError, NotImplementedError):
            return
        for style in element.iterchildren(W + "style"):
            style_id = style.get(W + "styleId", "")
            self.by_id[style_id] = style
            if style.get(W + "default", "0").lower() in ("1", "true", "on"):
                self._default.setdefault(style.get(W + "type", "paragraph"), style_id)
        self._defaults = props(element.find(f"{W}docDefaults/{W}rPrDefault/{RPR}"))

    def paragraph_style(self, ppr: Any) -> str | None:
        """The paragraph's style id (the default paragraph style when it names none)."""
        node = None if ppr is None else ppr.find(W + "pStyle")
        return self._default.get("paragraph") if node is None else node.get(VAL)

    def run_style(self, rpr: Any) -> str | None:
        """The run's character style id (the default one when it names none)."""
        node = None if rpr is None else rpr.find(W + "rStyle")
        return self._default.get("character") if node is None else node.get(VAL)

    def chain(self, style_id: str | None) -> tuple[Any, ...]:
        """The style and the styles it is based on, nearest first."""
        found = self._chains.get(style_id)
        if found is None:
            chain: list[Any] = []
            seen: set[str] = set()
            key = style_id
            while style_id and style_id not in seen and style_id in self.by_id:
                seen.add(style_id)
                style = self.by_id[style_id]
                chain.append(style)
                based = style.find(W + "basedOn")
                style_id = None if based is None else based.get(VAL)
            found = self._chains[key] = tuple(chain)
        return found

    def levels(self, run_style: str | None, paragraph_style: str | None
               ) -> tuple[Props, ...]:
        """What the styles state for a run, nearest first, document defaults last."""
        key = (run_style, paragraph_style)
        found = self._levels.get(key)
        if found is None:
            chain = self.chain(run_style) + self.chain(paragraph_style)
            found = self._levels[key] = (*(props(s.find(RPR)) for s in chain),
                                         self._defaults)
        return found

    def heading(self, style_id: str | None) -> int | None:
        """Heading level of a paragraph style: outline level, else name (``Heading 2``)."""
        if style_id not in self._headings:
            self._headings[style_id] = self._heading(self.chain(style_id))
        return self._headings[style_id]

    @staticmethod
    def _heading(chain: tuple[Any, ...]) -> int | None:
        for style in chain:
            ppr = style.find(PPR)
            outline = None if ppr is None else ppr.find(W + "outlineLvl")
            if outline is not None:
                return outline_level(outline)
        for style in chain:
            name_node = style.find(W + "name")
            for name in (style.get(W + "styleId", ""),
                         "" if name_node is None else name_node.get(VAL, "")):
                match = _HEADING_NAME.fullmatch(name.strip())
                if match:
                    return int(match.group(1))
                if name.strip().lower() in _TITLE_NAMES:
                    return 1
        return None


def outline_level(node: Any) -> int | None:
    """``w:outlineLvl`` 0-8 → heading level 1-9; 9 (body text) → ``None``."""
    try:
        level = int(node.get(VAL, ""))
    except ValueError:
        return None
    return level + 1 if 0 <= level <= 8 else None
