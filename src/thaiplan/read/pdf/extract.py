"""pdfium's view of a page: its characters, their boxes and fonts, in display coordinates.

pdfium (through pypdfium2) reads a page's text layer in content-stream order and
inserts *generated* characters of its own: ``"\\r\\n"`` where the text moves to a new
line, ``" "`` where it jumps along one. Each run between two generated line breaks is
a *fragment* (one line's worth of one pass over the page: a budget volume draws the
marks of a line in a second pass, ``เงนนอกงบประมาณ`` then ``ิ``). :class:`Page` gives the
page text in one call and, on demand, what one character looks like: its ink box, its
font, whether pdfium generated it or could not map its glyph to Unicode.

Coordinates are points from the top-left corner of the page as displayed (its
``/Rotate`` applied), ``y`` growing downwards; boxes are ``(x0, top, x1, bottom)``.

The calls made once per character go through a plain :mod:`ctypes` handle on pdfium's
library without argument types: 1 µs a call instead of 5 µs through pypdfium2's
checked bindings (measured on the 834k characters of the four real PDFs).
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["Box", "Page", "Rules", "api"]

Box = tuple[float, float, float, float]
"""``(x0, top, x1, bottom)`` in points from the page's top-left corner."""

_NAME_BUFFER = 256
_PATH = 2  # FPDF_PAGEOBJ_PATH
_THIN = 2.0  # points: a rule is no thicker
_RULE = 10.0  # points: a rule is no shorter
_ON_RULE = 1.0  # points: a rule down this close to the end of a text is beside it
_THAI_SPACE = re.compile("(?<=[\u0e01-\u0e5b]) (?=[\u0e01-\u0e5b])")


class _Api:
    """The pdfium functions called per character or per font, unchecked."""

    def __init__(self) -> None:
        from pypdfium2_raw import bindings

        lib = ctypes.CDLL(bindings._libs["pdfium"]._name)
        pointer = ctypes.c_void_p
        for name in ("FPDFText_GetTextObject", "FPDFTextObj_GetFont", "FPDFFont_GetGlyphPath",
                     "FPDFGlyphPath_GetGlyphPathSegment", "FPDF_LoadPage", "FPDFText_LoadPage",
                     "FPDFPage_GetObject"):
            getattr(lib, name).restype = pointer
        lib.FPDFText_GetFontSize.restype = ctypes.c_double
        lib.FPDFText_GetCharAngle.restype = ctypes.c_float
        lib.FPDFFont_GetBaseFontName.restype = ctypes.c_size_t
        lib.FPDFText_GetFontInfo.restype = ctypes.c_ulong
        self.lib = lib
        self.char_box = lib.FPDFText_GetCharBox
        self.is_generated = lib.FPDFText_IsGenerated
        self.map_error = lib.FPDFText_HasUnicodeMapError
        self.font_size = lib.FPDFText_GetFontSize
        self.font_weight = lib.FPDFText_GetFontWeight
        self.font_info = lib.FPDFText_GetFontInfo
        self.matrix = lib.FPDFText_GetMatrix
        self.angle = lib.FPDFText_GetCharAngle
        self.text_object = lib.FPDFText_GetTextObject
        self.object_font = lib.FPDFTextObj_GetFont


@functools.cache
def api() -> _Api:
    """The unchecked pdfium functions (pypdfium2 must be importable)."""
    return _Api()


class _Rect(ctypes.Structure):
    _fields_ = [(name, ctypes.c_float) for name in ("left", "top", "right", "bottom")]


class _Matrix(ctypes.Structure):
    _fields_ = [(name, ctypes.c_float) for name in "abcdef"]


@dataclass(frozen=True, slots=True)
class Rules:
    """A page's ruled lines: ``across`` as ``(y, x0, x1)``, ``down`` as ``(x, top,
    bottom)``, each sorted, in points from the page's top-left corner."""

    across: list[tuple[float, float, float]]
    down: list[tuple[float, float, float]]

    def down_between(self, x0: float, x1: float, y: float) -> bool:
        """Whether a rule down runs between ``x0`` and ``x1`` (or within a point of
        them) at height ``y``: text on either side is in different cells."""
        for k in range(bisect.bisect_left(self.down, (x0 - _ON_RULE,)), len(self.down)):
            x, top, bottom = self.down[k]
            if x > x1 + _ON_RULE:
                return False
            if top <= y <= bottom:
                return True
        return False


@dataclass(frozen=True, slots=True)
class FontRef:
    """The font of a character: pdfium's handle (valid while its page is open), its
    name and whether it is bold."""

    handle: int
    name: str
    bold: bool


class Page:
    """A page's text layer as pdfium reads it (close it, or use it in a ``with``).

    Attributes:
        number: 1-based page number.
        width, height: the page as displayed, in points.
        text: pdfium's text of the page, one character per character index (generated
            spaces and line breaks included).
    """

    def __init__(self, document: Any, index: int) -> None:
        lib = api().lib
        self.number = index + 1
        self._document = document
        handle = ctypes.cast(document.raw, ctypes.c_void_p).value
        # Opened and closed through pdfium itself: pypdfium2's page objects cost a
        # fifth of pdfium's own page loading (0.2 s of 1.0 s on budget14's 288 pages).
        self._page = ctypes.c_void_p(lib.FPDF_LoadPage(ctypes.c_void_p(handle), index))
        if not self._page.value:
            raise RuntimeError(f"pdfium could not load page {self.number}")
        self._handle = ctypes.c_void_p(lib.FPDFText_LoadPage(self._page))
        if not self._handle.value:
            lib.FPDF_ClosePage(self._page)
            raise RuntimeError(f"pdfium could not read the text of page {self.number}")
        count = lib.FPDFText_CountChars(self._handle)
        self.text = self._read_text(count) if count > 0 else ""
        rect = _Rect()
        lib.FPDF_GetPageBoundingBox(self._page, ctypes.byref(rect))
        left, top, right, bottom = rect.left, rect.top, rect.right, rect.bottom
        rotation = int(lib.FPDFPage_GetRotation(self._page)) % 4
        self.rotation = rotation
        self.width, self.height = ((right - left, top - bottom) if rotation % 2 == 0
                                   else (top - bottom, right - left))
        self._to_display = _display_transform(rotation, left, top, right, bottom)
        self._values = [ctypes.c_double() for _ in range(4)]
        self._refs = [ctypes.byref(v) for v in self._values]
        self._fonts: dict[int, FontRef] = {}
        self._char_box = api().char_box
        self._is_generated = api().is_generated
        self._origin = lib.FPDFText_GetCharOrigin
        self._text_object = api().text_object
        self._styles: dict[int, tuple[float, bool, bool]] = {}
        self._boxes: dict[int, Box] = {}
        self._rules: Rules | None = None
        self._types_spaces: bool | None = None
        self._left, self._top = left, top

    def _read_text(self, count: int) -> str:
        buffer = ctypes.create_string_buffer(2 * (count + 1))
        api().lib.FPDFText_GetText(self._handle, 0, count, buffer)
        text = buffer.raw[:2 * count].decode("utf-16-le", errors="surrogatepass")
        if len(text) == count:
            return text
        # A character outside the BMP took two UTF-16 units: read one code point each.
        get = api().lib.FPDFText_GetUnicode
        return "".join(chr(get(self._handle, i)) for i in range(count))

    def pdf_page(self) -> Any:
        """The page as a ``pypdfium2.PdfPage`` (for OCR; close it after use)."""
        return self._document[self.number - 1]

    def has_ink(self) -> bool:
        """Whether the page draws anything (an image, a path...), text aside."""
        count: int = api().lib.FPDFPage_CountObjects(self._page)
        return count > 0

    def close(self) -> None:
        """Release pdfium's text page and page."""
        if self._handle.value:
            api().lib.FPDFText_ClosePage(self._handle)
            api().lib.FPDF_ClosePage(self._page)
            self._handle = ctypes.c_void_p()

    def __enter__(self) -> Page:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- one character ----------------------------------------------------------------

    def box(self, i: int) -> Box:
        """The ink box of character ``i`` (for a generated character: a point); read
        once, then remembered."""
        found = self._boxes.get(i)
        if found is None:
            found = self._boxes[i] = self._read_box(i)
        return found

    def _read_box(self, i: int) -> Box:
        x0, x1, y0, y1 = self._values
        a, c, e, g = self._refs
        self._char_box(self._handle, i, a, c, e, g)
        if self.rotation == 0:  # (most pages: no call to the transform)
            left, top = self._left, self._top
            return (x0.value - left, top - y1.value, x1.value - left, top - y0.value)
        return self._to_display(x0.value, x1.value, y0.value, y1.value)

    def origin(self, i: int) -> tuple[float, float]:
        """Where character ``i`` is set: the left end of its baseline."""
        x, y = self._values[:2]
        self._origin(self._handle, i, self._refs[0], self._refs[1])
        if self.rotation == 0:
            return x.value - self._left, self._top - y.value
        box = self._to_display(x.value, x.value, y.value, y.value)
        return box[0], box[1]

    def is_generated(self, i: int) -> bool:
        """Whether pdfium inserted character ``i`` (a space or line break of its own)."""
        return bool(self._is_generated(self._handle, i) == 1)

    def rules(self) -> Rules:
        """The page's ruled lines, in display coordinates: thin paths (a line, or a
        filled rectangle at most 2 points thick) at least 10 points long; the lines of
        a table's grid. Paths inside form objects are not looked at. Read once, when
        first asked."""
        if self._rules is None:
            self._rules = self._read_rules()
        return self._rules

    def _read_rules(self) -> Rules:
        lib = api().lib
        across: list[tuple[float, float, float]] = []
        down: list[tuple[float, float, float]] = []
        values = [ctypes.c_float() for _ in range(4)]
        refs = [ctypes.byref(v) for v in values]
        for k in range(lib.FPDFPage_CountObjects(self._page)):
            obj = ctypes.c_void_p(lib.FPDFPage_GetObject(self._page, k))
            if lib.FPDFPageObj_GetType(obj) != _PATH or not lib.FPDFPageObj_GetBounds(obj, *refs):
                continue
            x0, top, x1, bottom = self._display(*(v.value for v in values))
            if bottom - top <= _THIN and x1 - x0 >= _RULE:
                across.append(((top + bottom) / 2, x0, x1))
            elif x1 - x0 <= _THIN and bottom - top >= _RULE:
                down.append(((x0 + x1) / 2, top, bottom))
        return Rules(sorted(across), sorted(down))

    def _display(self, left: float, bottom: float, right: float, top: float) -> Box:
        """A box in PDF user space (``y`` up) on the displayed page."""
        if self.rotation == 0:
            return (left - self._left, self._top - top, right - self._left, self._top - bottom)
        return self._to_display(left, right, bottom, top)

    def types_spaces(self) -> bool:
        """Whether the page's word spaces are characters of its text (its producer
        draws a space glyph: Word, LibreOffice), not pdfium's guesses at gaps (Chrome,
        the budget volumes): spaces between Thai letters mostly typed, two or more.
        Counted once, when first asked."""
        if self._types_spaces is None:
            typed = generated = 0
            for m in _THAI_SPACE.finditer(self.text):
                if self.is_generated(m.start()):
                    generated += 1
                else:
                    typed += 1
            self._types_spaces = typed >= 2 and typed >= generated
        return self._types_spaces

    def unmapped(self, i: int) -> bool:
        """Whether the font could not map character ``i``'s glyph to Unicode (pdfium
        then gives the character code itself: ``É`` for CID 201)."""
        return bool(api().map_error(self._handle, i) == 1)

    def style(self, i: int) -> tuple[float, bool, bool]:
        """The font size (points) of character ``i``, whether its font is bold and
        whether it is set upright: the same for every character of one text object
        (pdfium gives a character its object's matrix), asked once per object."""
        obj = self._text_object(self._handle, i) or 0
        found = self._styles.get(obj)
        if found is None:
            found = self._styles[obj] = (self.size(i), self._font_of(obj, i).bold,
                                         self.upright(i))
        return found

    def size(self, i: int) -> float:
        """The font size of character ``i`` in points, the text matrix applied."""
        matrix = _Matrix()
        size = api().font_size(self._handle, i)
        if api().matrix(self._handle, i, ctypes.byref(matrix)):
            size *= abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
        return round(float(size), 2)

    def upright(self, i: int) -> bool:
        """Whether character ``i`` is set upright on the displayed page."""
        angle = float(api().angle(self._handle, i))
        turns = (angle / 1.5707963267948966 - self.rotation) % 4
        return min(turns, 4 - turns) < 0.1

    def font(self, i: int) -> FontRef:
        """The font of character ``i``."""
        return self._font_of(self._text_object(self._handle, i), i)

    def _font_of(self, obj: int | None, i: int) -> FontRef:
        """The font of text object ``obj``, the object of character ``i``."""
        a = api()
        handle = a.object_font(ctypes.c_void_p(obj)) if obj else 0
        found = self._fonts.get(handle or 0)
        if found is None:
            buffer = ctypes.create_string_buffer(_NAME_BUFFER)
            flags = ctypes.c_int()
            a.font_info(self._handle, i, buffer, _NAME_BUFFER, ctypes.byref(flags))
            name = buffer.value.decode("utf-8", errors="replace").split("+")[-1]
            weight = a.font_weight(self._handle, i)
            bold = weight >= 600 or "bold" in name.lower() or bool(flags.value & (1 << 18))
            found = self._fonts[handle or 0] = FontRef(handle or 0, name, bold)
        return found


def _display_transform(rotation: int, left: float, top: float, right: float,
                       bottom: float) -> Callable[[float, float, float, float], Box]:
    """PDF user space (``y`` up) to the displayed page (``y`` down), for a page turned
    ``rotation`` quarter turns clockwise; a box ``(x0, x1, y0, y1)`` to
    ``(x0, top, x1, bottom)``."""
    if rotation == 0:
        return lambda x0, x1, y0, y1: (x0 - left, top - y1, x1 - left, top - y0)
    if rotation == 1:
        return lambda x0, x1, y0, y1: (y0 - bottom, x0 - left, y1 - bottom, x1 - left)
    if rotation == 2:
        return lambda x0, x1, y0, y1: (right - x1, y0 - bottom, right - x0, y1 - bottom)
    return lambda x0, x1, y0, y1: (top - y1, right - x1, top - y0, right - x0)
