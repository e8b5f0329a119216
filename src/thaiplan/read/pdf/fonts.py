"""What a glyph is, from the embedded font program, when the text layer does not say.

A budget volume's DilleniaUPC fonts map their tone marks to Unicode only in their low
position: a tone mark drawn above an upper vowel (glyph 201, a smaller copy of glyph
110, ``่``) has no entry in the ``ToUnicode`` map, and pdfium gives its character code
instead (``ทีÉ``). A font without a ``ToUnicode`` map and with its own encoding gives
Latin-1 letters. The font program (read with fontTools) still knows each glyph:

1. by name: a Unicode ``cmap`` subtable read backwards, or a ``post`` glyph name
   (``uni0E48``, ``uni0E48.small``, ``uniF70A``, ``maiekthai``);
2. by shape, when the subset keeps neither (no ``cmap``, no ``post``): the outline,
   scaled to its bounding box, is compared with the marks this same font does map
   (pdfium draws the glyph it maps to ``่``, ``้``...), and Sarabun's for the others. The
   moments of the filled outline (area, centroid, spread) make the comparison; a
   smaller or shifted copy of a mark has the moments of the mark.

A glyph the ``ToUnicode`` map gives as U+FFFD (a budget volume's cover font maps the
``ํ`` of ``ำ`` so: ``ประจ\ufffdาปี``) names no code to look up; the glyph is then the one of
the program whose bounding box is the character's ink box (pdfium measures a
character's box from its glyph's), and its name or shape tells what it is
(:meth:`Glyphs.decode_drawn`).

A mark the ``ToUnicode`` map names wrongly (a Word export maps ``้`` moved left over
``ป`` to ``ู``: ``เปูาหมาย``) shows it by where it is drawn; :meth:`Glyphs.mark_by_box`
then picks the mark of the font whose size matches the ink box.

>>> _name_chars("uni0E48.small"), _name_chars("uni0E4D0E49"), _name_chars("A")
('่', 'ํ้', None)
"""

from __future__ import annotations

import ctypes
import functools
import io
import logging
import math
import re
from typing import Any

from .extract import Page, api
from .outlines import Outline, descriptor_distance, measure, pdfium_outline
from .thai import MARKS, PUA_MARKS, is_above

__all__ = ["Glyphs"]

_log = logging.getLogger(__name__)

_THAI = re.compile("^[\u0e01-\u0e5b\uf700-\uf71a]+$")
_UNI_NAME = re.compile(r"^(?:uni((?:[0-9A-F]{4})+)|u([0-9A-F]{4,6}))(?:[._].*)?$")
_AGL_THAI = {  # the Adobe Glyph List's names of the Thai marks
    "maihanakatthai": "\u0e31", "saraithai": "\u0e34", "saraiithai": "\u0e35",
    "saraueethai": "\u0e37", "sarauethai": "\u0e36", "sarauthai": "\u0e38",
    "sarauuthai": "\u0e39", "phinthuthai": "\u0e3a", "maitaikhuthai": "\u0e47",
    "maiekthai": "\u0e48", "maithothai": "\u0e49", "maitrithai": "\u0e4a",
    "maichattawathai": "\u0e4b", "thanthakhatthai": "\u0e4c", "nikhahitthai": "\u0e4d",
}
_MARK_LIST = sorted(MARKS)
_MAX_DISTANCE = 0.35  # outline descriptors further apart than this are not the same mark
_BOX_TOLERANCE = 0.04  # em: a glyph's box this close (four sides summed) to the ink is the glyph


def _name_chars(name: str) -> str | None:
    """The Thai characters a glyph name stands for (``uni0E48.small`` → ``่``)."""
    if name in _AGL_THAI:
        return _AGL_THAI[name]
    m = _UNI_NAME.match(name)
    if m is None:
        return None
    hexes = m.group(1) or m.group(2)
    step = 4 if m.group(1) else len(hexes)
    chars = "".join(chr(int(hexes[i:i + step], 16)) for i in range(0, len(hexes), step))
    return chars.translate(PUA_MARKS) if _THAI.match(chars) else None


class _Program:
    """An embedded TrueType program, read by fontTools."""

    def __init__(self, data: bytes) -> None:
        from fontTools.ttLib import TTFont

        self.font = TTFont(io.BytesIO(data), lazy=True)
        self.order = self.font.getGlyphOrder()
        self.em = float(self.font["head"].unitsPerEm)
        self.cmaps: dict[tuple[int, int], dict[int, str]] = {}
        if "cmap" in self.font:
            for table in self.font["cmap"].tables:
                self.cmaps.setdefault((table.platformID, table.platEncID), table.cmap)
        self.names: dict[str, str] = {}  # glyph name → Thai characters, from a Unicode cmap
        for key in ((3, 1), (3, 10), (0, 3), (0, 4)):
            for code, glyph in self.cmaps.get(key, {}).items():
                chars = chr(code).translate(PUA_MARKS)
                if _THAI.match(chars):
                    self.names.setdefault(glyph, chars)
        self.has_post_names = "post" in self.font and self.font["post"].formatType == 2.0
        self._glyphset: Any = None
        self._boxes: list[tuple[tuple[float, float, float, float], str]] | None = None

    def glyph(self, code: int, char: str, unmapped: bool) -> str | None:
        """The glyph a character code draws (pdfium's rules for TrueType fonts)."""
        candidates = []
        for key, codes in (((3, 0), (0xF000 + code, code)), ((1, 0), (code,)),
                           ((3, 1), (ord(char),))):
            table = self.cmaps.get(key)
            if table:
                candidates += [table.get(c) for c in codes]
        found = next((g for g in candidates if g), None)
        if found is None and unmapped and not self.cmaps and 0 < code < len(self.order):
            found = self.order[code]  # a CID font: CIDToGIDMap Identity
        return found

    def glyph_with_box(self, box: tuple[float, float, float, float]) -> str | None:
        """The glyph whose bounding box is ``box`` — ``(xMin, yMin, xMax, yMax)`` in em
        from the glyph's origin, ``y`` up — or ``None`` (none close, or no ``glyf``)."""
        if self._boxes is None:
            self._boxes = []
            if "glyf" in self.font:
                table = self.font["glyf"]
                em = self.em
                for name in self.order:
                    bounds = _glyph_box(table, name)
                    if bounds is not None:
                        x0, y0, x1, y1 = bounds
                        self._boxes.append(((x0 / em, y0 / em, x1 / em, y1 / em), name))
        best, found = _BOX_TOLERANCE, None
        for other, name in self._boxes:
            distance = sum(abs(a - b) for a, b in zip(box, other, strict=True))
            if distance < best:
                best, found = distance, name
        return found

    def chars(self, glyph: str) -> str | None:
        if glyph in self.names:
            return self.names[glyph]
        return _name_chars(glyph) if self.has_post_names else None

    def outline(self, glyph: str) -> Outline | None:
        if self._glyphset is None:
            self._glyphset = self.font.getGlyphSet()
        glyphset = self._glyphset
        try:
            return measure(glyphset[glyph].draw, self.em, glyphset)
        except Exception:  # a broken glyph: no shape to compare
            return None


def _glyph_box(table: Any, name: str) -> tuple[int, int, int, int] | None:
    """A ``glyf`` glyph's bounding box (font units), ``None`` for an empty glyph."""
    glyph = table[name]
    if getattr(glyph, "numberOfContours", 0) and hasattr(glyph, "xMin"):
        return (glyph.xMin, glyph.yMin, glyph.xMax, glyph.yMax)
    return None


@functools.cache
def _sarabun_marks() -> dict[str, Outline]:
    """The Thai marks as Sarabun (a dependency: ``fontpkg-sarabun``) draws them."""
    from importlib import resources

    try:
        data = resources.files("fontpkg_sarabun").joinpath("files/Sarabun-Regular.ttf").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    program = _Program(data)
    cmap = program.cmaps.get((3, 1), {})
    found = {m: program.outline(cmap[ord(m)]) for m in _MARK_LIST if ord(m) in cmap}
    return {m: o for m, o in found.items() if o is not None}


class _Font:
    """One embedded font: its program and the marks its ``ToUnicode`` map gives, as
    shapes. ``family``: the marks of the subsets of the same font met so far in the
    document (a subset may use only the high form of a mark another maps)."""

    def __init__(self, handle: int, data: bytes, name: str,
                 family: dict[str, Outline]) -> None:
        self.handle = handle
        self.name = name
        self.program: _Program | None
        try:
            self.program = _Program(data) if data else None
        except Exception:  # not a TrueType program fontTools reads (Type 1, broken)
            self.program = None
        self._family = family
        self._own: dict[str, Outline] | None = None

    def references(self) -> dict[str, Outline]:
        """The marks to compare an unnamed glyph with: this font's own, those of its
        family, then Sarabun's."""
        if self._own is None:
            notdef = pdfium_outline(self.handle, 0xFFFF)
            self._own = {}
            for mark in _MARK_LIST:
                shape = pdfium_outline(self.handle, ord(mark))
                if shape is not None and shape != notdef:
                    self._own[mark] = shape
            for mark, shape in self._own.items():
                self._family.setdefault(mark, shape)
        return {**_sarabun_marks(), **self._family, **self._own}


def _nearest(shape: Outline, references: dict[str, Outline]) -> str | None:
    ranked = sorted((descriptor_distance(shape, ref), mark) for mark, ref in references.items())
    if not ranked or ranked[0][0] > _MAX_DISTANCE:
        return None
    return ranked[0][1]


class Glyphs:
    """Decodes glyphs through their fonts' programs, remembering each font and answer."""

    def __init__(self) -> None:
        self._fonts: dict[tuple[str, int], _Font] = {}
        self._families: dict[str, dict[str, Outline]] = {}
        self._by_shape: dict[tuple[int, str, bool], str | None] = {}
        self._by_handle: dict[tuple[int, int], _Font] = {}
        self._answers: dict[tuple[int, str, bool], str | None] = {}
        self._drawn: dict[tuple[int, str], str | None] = {}  # (font, glyph name) → answer

    def _font(self, page: Page, i: int) -> _Font:
        ref = page.font(i)
        key = (page.number, ref.handle)
        found = self._by_handle.get(key)
        if found is None:
            # a font's name and the size of its program name it across pages (pdfium
            # opens it anew on each page) without copying the program again
            identity = (ref.name, _font_size(ref.handle))
            found = self._fonts.get(identity)
            if found is None:
                found = self._fonts[identity] = _Font(
                    ref.handle, _font_data(ref.handle), ref.name,
                    self._families.setdefault(ref.name, {}))
            found.handle = ref.handle
            self._by_handle[key] = found
        return found

    def decode(self, page: Page, i: int, unmapped: bool) -> str | None:
        """The Thai characters character ``i`` of ``page`` draws, or ``None`` when its
        font program cannot tell (or it is not Thai).

        ``unmapped``: pdfium found no Unicode for the glyph and gave its code."""
        char = page.text[i]
        font = self._font(page, i)
        key = (id(font), char, unmapped)
        if key in self._answers:
            return self._answers[key]
        answer = None
        program = font.program
        code = ord(char) if unmapped else _win_ansi_code(char)
        if program is not None and code is not None:
            glyph = program.glyph(code, char, unmapped)
            if glyph is not None:
                answer = program.chars(glyph)
                if answer is None:
                    shape = program.outline(glyph)
                    answer = _nearest(shape, font.references()) if shape else None
        self._answers[key] = answer
        return answer

    def decode_drawn(self, page: Page, i: int) -> str | None:
        """The Thai characters the glyph of character ``i`` draws, found by its ink box
        (see the module): for a character the ``ToUnicode`` map gives as U+FFFD, which
        names no glyph. ``None`` when no glyph of the program has that box (turned text,
        a font without ``glyf``) or when neither its name nor its shape tells."""
        font = self._font(page, i)
        program = font.program
        if program is None or not page.upright(i) or page.rotation:
            return None
        size = page.size(i)
        if size <= 0:
            return None
        x0, top, x1, bottom = page.box(i)
        x, baseline = page.origin(i)
        glyph = program.glyph_with_box(((x0 - x) / size, (baseline - bottom) / size,
                                        (x1 - x) / size, (baseline - top) / size))
        if glyph is None:
            return None
        key = (id(font), glyph)
        if key not in self._drawn:
            answer = program.chars(glyph)
            if answer is None:
                shape = program.outline(glyph)
                answer = _nearest(shape, font.references()) if shape else None
            self._drawn[key] = answer
        return self._drawn[key]

    def mark_by_box(self, page: Page, i: int, width: float, height: float,
                    above: bool) -> str | None:
        """The mark that character ``i`` draws, its ink box ``width`` × ``height`` em
        drawn above (or below) a letter, where its Unicode value says otherwise.

        First by shape: the glyph the font maps that value to, if it is not the one
        its name says (a Word export maps ``้`` moved left to ``ู``, and pdfium draws
        that glyph for ``ู``), compared with the font's marks; else the mark of the
        font whose size matches the ink (``่`` or ``้`` for a vowel below drawn above:
        the tone marks fonts shift left, ``๊ ๋`` are rare and as large as ``้``)."""
        font = self._font(page, i)
        references = {m: r for m, r in font.references().items() if is_above(m) == above}
        key = (id(font), page.text[i], above)
        if key not in self._by_shape:
            shape = pdfium_outline(font.handle, ord(page.text[i]))
            ranked = sorted((descriptor_distance(shape, r), m) for m, r in references.items()
                            ) if shape is not None else []
            self._by_shape[key] = ranked[0][1] if ranked and ranked[0][0] < 0.1 else None
        if self._by_shape[key] is not None:
            return self._by_shape[key]
        if page.text[i] in "\u0e38\u0e39":  # a vowel below drawn above: a shifted tone
            references = {m: r for m, r in references.items() if m in "\u0e48\u0e49"}
        best, found = math.inf, None
        for mark, ref in references.items():
            distance = abs(ref.size[0] - width) + abs(ref.size[1] - height)
            if distance < best:
                best, found = distance, mark
        return found if best < 0.12 else None


def _win_ansi_code(char: str) -> int | None:
    try:
        return char.encode("cp1252")[0] if len(char) == 1 else None
    except UnicodeEncodeError:
        return None


def _font_size(font: int) -> int:
    """The size of a pdfium font's embedded program (``0`` when not embedded)."""
    size = ctypes.c_size_t()
    if not font or not api().lib.FPDFFont_GetFontData(ctypes.c_void_p(font), None, 0,
                                                      ctypes.byref(size)):
        return 0
    return size.value


def _font_data(font: int) -> bytes:
    """The embedded program of a pdfium font (``b""`` when not embedded)."""
    lib = api().lib
    size = ctypes.c_size_t()
    handle = ctypes.c_void_p(font)
    if not font or not lib.FPDFFont_GetFontData(handle, None, 0, ctypes.byref(size)):
        return b""
    buffer = (ctypes.c_ubyte * size.value)()
    if not lib.FPDFFont_GetFontData(handle, buffer, size.value, ctypes.byref(size)):
        return b""
    return bytes(buffer)
