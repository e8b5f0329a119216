"""Word files (.docx): paragraphs, table rows and text boxes, with Word's structure kept.

Needs the extra ``thaiplan[docx]`` (python-docx, which loads the package; the XML is
read here). Each paragraph is a block (split at line breaks into lines that share a
:attr:`~thaiplan.layout.Block.block`), in document order with:

* :attr:`~thaiplan.layout.Block.heading_level` from the paragraph's own outline level,
  else its style chain's (``w:outlineLvl`` + 1), else the style's name (``Heading 1``…
  ``Heading 9``, ``Title``, Thai ``หัวเรื่อง 1``…);
* Word's automatic numbering put back before the text (``"1. "``, ``"๑.๑ "``, ``"• "``:
  ``paragraph.text`` leaves it out), with :attr:`~thaiplan.layout.Block.list_level`
  (``w:ilvl`` + 1) and :attr:`~thaiplan.layout.Block.list_label`;
* ``bold`` when every visible character is bold, and ``size`` (points) of most
  characters, from the runs, their character styles, the paragraph style chain and
  the document defaults — for Thai characters Word's complex-script properties
  (``w:bCs``, ``w:szCs``) where stated;
* text boxes and shapes (``w:txbxContent``, where Thai plans often put headings) read
  before the paragraph they are anchored in; content controls (``w:sdt``), tracked
  insertions and fields' results read as text, deletions not.

A table row of data (two non-empty cells or more, or one cell of one line) is one
block: :attr:`~thaiplan.layout.Block.cells` holds every cell's text (a cell's
paragraphs joined by spaces; a cell merged with the one above is ``""``), and the
text is the non-empty cells joined by tabs. A row used for layout — a cell holding a
table, a heading or several paragraphs alone in its row — is read as the
paragraphs it holds (a nested table's rows follow as rows). Page headers and footers
become :class:`~thaiplan.layout.Role` ``HEADER``/``FOOTER`` blocks (out of the body
text).

Before python-docx opens the file, the package is checked against
:class:`~thaiplan.read.ReadOptions`: the declared sizes of its parts, the compression
ratio of each part and the number of parts, then every part is inflated as a stream
and counted (declared sizes can lie), so that a "zip bomb" is refused in a fraction
of a second without being unpacked.
"""

from __future__ import annotations

import io
import itertools
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import LimitExceededError, MissingDependencyError, UndecodableFileError
from ..layout import Block, Document, Role
from ..normalize import arabic_to_thai_digits, normalize_newlines
from ._lines import Font, Line, to_blocks
from .options import ReadOptions, name_of

__all__ = ["docx_to_text", "read_docx"]

_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผพฟภมยรลวศษสหอฮ"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _R, _T, _TBL, _TR, _TC = (_W + t for t in ("p", "r", "t", "tbl", "tr", "tc"))
_SDT, _SDT_CONTENT, _TXBX = _W + "sdt", _W + "sdtContent", _W + "txbxContent"
_PPR, _RPR, _TCPR = _W + "pPr", _W + "rPr", _W + "tcPr"
_VAL = _W + "val"
_ALTERNATE, _CHOICE, _FALLBACK = (_MC + t for t in ("AlternateContent", "Choice", "Fallback"))
# Run content and its text (python-docx's Run.text); drawings may hold text boxes.
_RUN_TEXT = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_BR = _W + "br"
_SHAPES = frozenset([_W + "drawing", _W + "pict", _W + "object", _ALTERNATE])
# Elements around runs whose text is displayed (w:del and w:moveFrom are not).
_RUN_CONTAINERS = frozenset(_W + t for t in ("hyperlink", "ins", "moveTo", "smartTag",
                                             "fldSimple", "customXml", "dir", "bdo",
                                             "sdtContent"))
_BLOCK_CONTAINERS = frozenset(_W + t for t in ("customXml", "sdtContent", "ins", "moveTo"))
_OFF = frozenset(["0", "false", "off"])
_HEADING_NAME = re.compile(r"(?i)(?:heading|หัวเรื่อง)\s*([1-9])")
_TITLE_NAMES = frozenset(["title", "ชื่อเรื่อง"])
# Thai letters, digits and marks: Word sets them in the complex-script font.
_NOT_THAI = {code: None for code in range(0x0E00, 0x0E80)}
_DEFAULT_SIZE = 10.0  # points, when no size is stated anywhere (ECMA-376)
_TIME_EVERY = 256  # paragraphs or rows between checks of ReadOptions.max_seconds

# Package limits beyond ReadOptions: Word writes a few dozen parts, a few hundred with
# many images; its XML deflates to 1/5-1/30 (deflate's ceiling is about 1/1032).
_MAX_PARTS = 10_000
_MAX_RATIO = 500
_RATIO_FROM = 4 * 2**20  # smaller parts may compress as they like
_CHUNK = 1 << 20


# --- the package: limits before anything is unpacked --------------------------------

def _local_data(data: bytes, info: zipfile.ZipInfo) -> int:
    """Offset in ``data`` of a member's compressed bytes (after its local header)."""
    offset = info.header_offset
    header = data[offset:offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header of {info.filename!r}")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    return int(offset + 30 + name_length + extra_length)


def _inflated_size(data: bytes, info: zipfile.ZipInfo, cap: int) -> int:
    """Bytes a member really inflates to, counted up to ``cap`` + 1 (nothing kept)."""
    start = _local_data(data, info)
    if info.compress_type == zipfile.ZIP_STORED:
        return min(info.compress_size, len(data) - start)
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise zipfile.BadZipFile(
            f"part {info.filename!r} uses compression method {info.compress_type} "
            "(Word writes deflate)")
    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
    size, position = 0, start
    while not inflate.eof and size <= cap:
        chunk = inflate.unconsumed_tail or data[position:position + _CHUNK]
        if not inflate.unconsumed_tail:
            if not chunk:
                break  # truncated: python-docx will say so
            position += len(chunk)
        size += len(inflate.decompress(chunk, _CHUNK))
    return size


def check_package(data: bytes, options: ReadOptions) -> None:
    """Refuse a Word package that would unpack to too much, before it is unpacked.

    Raises:
        LimitExceededError: more than 10,000 parts; parts declared to unpack to more
            than ``options.max_unpacked_bytes`` in all; a part over 4 MiB compressed
            more than 500 times (real Word XML: 5-30); parts that really inflate to
            more than the limit; reading past ``options.max_seconds``.
        UndecodableFileError: not a zip archive.
    """
    name = name_of(options.source)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        if len(infos) > _MAX_PARTS:
            raise LimitExceededError(
                f"{name}: {len(infos):,} parts in the package, more than the limit of "
                f"{_MAX_PARTS:,} (a Word file has a few dozen)")
        options.check_unpacked(sum(info.file_size for info in infos))
        for info in infos:
            if (info.file_size > _RATIO_FROM
                    and info.file_size > _MAX_RATIO * max(1, info.compress_size)):
                raise LimitExceededError(
                    f"{name}: part {info.filename} is compressed "
                    f"{info.file_size // max(1, info.compress_size):,} times "
                    f"({info.compress_size:,} bytes unpack to {info.file_size:,}), more "
                    f"than the limit of {_MAX_RATIO} (a zip bomb; Word's parts: 5-30)")
        total = 0
        for info in infos:
            size = _inflated_size(data, info, options.max_unpacked_bytes - total)
            total += size
            if total > options.max_unpacked_bytes:
                raise LimitExceededError(
                    f"{name}: unpacks to more than the limit of "
                    f"{options.max_unpacked_bytes:,} bytes (ReadOptions.max_unpacked_bytes); "
                    f"part {info.filename} declares {info.file_size:,}")
            if size != info.file_size:
                raise zipfile.BadZipFile(
                    f"part {info.filename} declares {info.file_size:,} bytes and unpacks "
                    f"to {size:,}")
            options.check_time(f"part {info.filename}")
    except LimitExceededError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError,
            NotImplementedError) as exc:
        raise UndecodableFileError(
            f"{name}: not a readable .docx file ({type(exc).__name__}: {exc})") from exc


# --- numbering -------------------------------------------------------------------------

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


class _DocxNumbering:
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
        for node in numbering.iterchildren(_W + "abstractNum"):
            abstract[node.get(_W + "abstractNumId")] = {
                int(lvl.get(_W + "ilvl", "0")): self._level(lvl)
                for lvl in node.iterchildren(_W + "lvl")
            }
        for num in numbering.iterchildren(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(_VAL), {}))
            for override in num.iterchildren(_W + "lvlOverride"):
                ilvl = int(override.get(_W + "ilvl", "0"))
                start = override.find(_W + "startOverride")
                if ilvl in levels and start is not None:
                    old = levels[ilvl]
                    levels[ilvl] = _Level(int(start.get(_VAL, "1")), old.fmt, old.text)
            self._levels[num.get(_W + "numId")] = levels

    @staticmethod
    def _level(lvl: Any) -> _Level:
        def val(tag: str, default: str) -> str:
            node = lvl.find(_W + tag)
            return default if node is None else str(node.get(_VAL, default))

        return _Level(int(val("start", "1")), val("numFmt", "decimal"), val("lvlText", "%1."))

    def _num_pr(self, ppr: Any, style_id: str | None) -> tuple[str, int] | None:
        """``(numId, ilvl)`` from the paragraph, else from its style chain."""
        num_pr = None if ppr is None else ppr.find(_W + "numPr")
        seen: set[str] = set()
        while num_pr is None and style_id and style_id not in seen:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            sppr = style.find(_PPR)
            num_pr = None if sppr is None else sppr.find(_W + "numPr")
            based = style.find(_W + "basedOn")
            style_id = None if based is None else based.get(_VAL)
        if num_pr is None:
            return None
        num_id = num_pr.find(_W + "numId")
        ilvl = num_pr.find(_W + "ilvl")
        if num_id is None:
            return None
        level = int(ilvl.get(_VAL, "0")) if ilvl is not None else 0
        return num_id.get(_VAL, "0"), level

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


# --- styles ------------------------------------------------------------------------------

# What one level of formatting states: (bold, complex-script bold, size, cs size).
_Props = tuple[bool | None, bool | None, float | None, float | None]
_NOTHING: _Props = (None, None, None, None)


def _props(rpr: Any) -> _Props:
    """What a ``w:rPr`` states of weight and size."""
    if rpr is None:
        return _NOTHING

    def toggle(tag: str) -> bool | None:
        node = rpr.find(_W + tag)
        return None if node is None else node.get(_VAL, "1").lower() not in _OFF

    def half_points(tag: str) -> float | None:
        node = rpr.find(_W + tag)
        try:
            return None if node is None else int(node.get(_VAL, "")) / 2
        except ValueError:
            return None

    return toggle("b"), toggle("bCs"), half_points("sz"), half_points("szCs")


def _resolve(levels: tuple[_Props, ...]) -> tuple[bool, bool, float, float]:
    """Effective ``(bold, Thai bold, size, Thai size)`` from the nearest level stating
    them; for Thai, a level's ``bCs``/``szCs``, else its ``b``/``sz``."""
    bold = next((lv[0] for lv in levels if lv[0] is not None), False)
    size = next((lv[2] for lv in levels if lv[2] is not None), _DEFAULT_SIZE)
    thai_bold = next((lv[1] if lv[1] is not None else lv[0] for lv in levels
                      if lv[1] is not None or lv[0] is not None), False)
    thai_size = next((lv[3] if lv[3] is not None else lv[2] for lv in levels
                      if lv[3] is not None or lv[2] is not None), None)
    return bool(bold), bool(thai_bold), size, _DEFAULT_SIZE if thai_size is None else thai_size


class _Styles:
    """A document's styles: heading levels, and formatting through ``basedOn`` chains."""

    def __init__(self, document: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self._default: dict[str, str] = {}
        self._defaults: _Props = _NOTHING
        self._chains: dict[str | None, tuple[Any, ...]] = {}
        self._levels: dict[tuple[str | None, str | None], tuple[_Props, ...]] = {}
        self._headings: dict[str | None, int | None] = {}
        try:
            element = document.styles.element
        except (KeyError, AttributeError, NotImplementedError):
            return
        for style in element.iterchildren(_W + "style"):
            style_id = style.get(_W + "styleId", "")
            self.by_id[style_id] = style
            if style.get(_W + "default", "0").lower() in ("1", "true", "on"):
                self._default.setdefault(style.get(_W + "type", "paragraph"), style_id)
        self._defaults = _props(element.find(f"{_W}docDefaults/{_W}rPrDefault/{_RPR}"))

    def paragraph_style(self, ppr: Any) -> str | None:
        """The paragraph's style id (the default paragraph style when it names none)."""
        node = None if ppr is None else ppr.find(_W + "pStyle")
        return self._default.get("paragraph") if node is None else node.get(_VAL)

    def run_style(self, rpr: Any) -> str | None:
        """The run's character style id (the default one when it names none)."""
        node = None if rpr is None else rpr.find(_W + "rStyle")
        return self._default.get("character") if node is None else node.get(_VAL)

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
                based = style.find(_W + "basedOn")
                style_id = None if based is None else based.get(_VAL)
            found = self._chains[key] = tuple(chain)
        return found

    def levels(self, run_style: str | None, paragraph_style: str | None
               ) -> tuple[_Props, ...]:
        """What the styles state for a run, nearest first, document defaults last."""
        key = (run_style, paragraph_style)
        found = self._levels.get(key)
        if found is None:
            chain = self.chain(run_style) + self.chain(paragraph_style)
            found = self._levels[key] = (*(_props(s.find(_RPR)) for s in chain),
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
            ppr = style.find(_PPR)
            outline = None if ppr is None else ppr.find(_W + "outlineLvl")
            if outline is not None:
                return _outline_level(outline)
        for style in chain:
            name_node = style.find(_W + "name")
            for name in (style.get(_W + "styleId", ""),
                         "" if name_node is None else name_node.get(_VAL, "")):
                match = _HEADING_NAME.fullmatch(name.strip())
                if match:
                    return int(match.group(1))
                if name.strip().lower() in _TITLE_NAMES:
                    return 1
        return None


def _outline_level(node: Any) -> int | None:
    """``w:outlineLvl`` 0-8 → heading level 1-9; 9 (body text) → ``None``."""
    try:
        level = int(node.get(_VAL, ""))
    except ValueError:
        return None
    return level + 1 if 0 <= level <= 8 else None


# --- the document --------------------------------------------------------------------------

def _boxes(shape: Any) -> list[Any]:
    """Text boxes (``w:txbxContent``) in a drawing, in order, each once: the first
    choice of an ``mc:AlternateContent`` (its fallback repeats it), not boxes in boxes."""
    found: list[Any] = []
    stack = [shape]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == _TXBX:
            found.append(node)
        elif tag == _ALTERNATE:
            choice = node.find(_CHOICE)
            chosen = choice if choice is not None else node.find(_FALLBACK)
            if chosen is not None:
                stack.append(chosen)
        else:
            stack.extend(reversed(node))
    return found


class _Reader:
    """Lines of a Word document's body, tables, text boxes, headers and footers."""

    def __init__(self, document: Any, options: ReadOptions) -> None:
        self._options = options
        self._styles = _Styles(document)
        self._numbering = _DocxNumbering(document, self._styles.by_id)
        self._groups = itertools.count()
        self._count = 0

    def _tick(self, what: str) -> None:
        self._count += 1
        if not self._count % _TIME_EVERY:
            self._options.check_time(f"{what} {self._count:,}")

    def content(self, parent: Any, out: list[Line]) -> None:
        """Paragraphs and tables of ``parent`` (body, cell, text box...), in order."""
        for child in parent.iterchildren():
            tag = child.tag
            if tag == _P:
                self.paragraph(child, out)
            elif tag == _TBL:
                self.table(child, out)
            elif tag == _SDT:
                inner = child.find(_SDT_CONTENT)
                if inner is not None:
                    self.content(inner, out)
            elif tag in _BLOCK_CONTAINERS:
                self.content(child, out)
            elif tag == _ALTERNATE:
                chosen = child.find(_CHOICE)
                if chosen is not None:
                    self.content(chosen, out)

    def paragraph(self, p: Any, out: list[Line]) -> None:
        """Lines of paragraph ``p`` (after the text boxes anchored in it)."""
        self._tick("paragraph")
        ppr = p.find(_PPR)
        style_id = self._styles.paragraph_style(ppr)
        pieces: list[tuple[str, tuple[bool, bool, float, float] | None]] = []
        boxes: list[Any] = []
        self._runs(p, style_id, pieces, boxes)
        for box in boxes:
            self.content(box, out)
        numbered = self._numbering.prefix(ppr, style_id)
        prefix = numbered[0] if numbered else ""
        if prefix:
            pieces.insert(0, (prefix, None))
        outline = None if ppr is None else ppr.find(_W + "outlineLvl")
        heading = (_outline_level(outline) if outline is not None
                   else self._styles.heading(style_id))
        group = next(self._groups)
        lines = [Line("", group, heading_level=heading,
                      list_level=numbered[1] + 1 if numbered else None,
                      list_label=prefix.strip())]
        texts: list[list[str]] = [[]]
        for text, font in pieces:
            parts = normalize_newlines(text).split("\n")
            for k, part in enumerate(parts):
                if k:
                    lines.append(Line("", group, heading_level=heading,
                                      list_level=lines[0].list_level))
                    texts.append([])
                texts[-1].append(part)
                if font is not None and part:
                    thai = len(part) - len(part.translate(_NOT_THAI))
                    other = len("".join(part.translate(_NOT_THAI).split()))
                    lines[-1].font.count(other, font[0], font[2])
                    lines[-1].font.count(thai, font[1], font[3])
        for line, parts_of_line in zip(lines, texts, strict=True):
            line.text = "".join(parts_of_line)
        out.extend(lines)

    def _runs(self, parent: Any, style_id: str | None,
              pieces: list[tuple[str, tuple[bool, bool, float, float] | None]],
              boxes: list[Any]) -> None:
        """Text of the runs in ``parent`` with their formatting; text boxes to ``boxes``."""
        for child in parent.iterchildren():
            tag = child.tag
            if tag == _R:
                rpr = child.find(_RPR)
                levels = self._styles.levels(self._styles.run_style(rpr), style_id)
                font = _resolve((_props(rpr), *levels))
                for item in child.iterchildren():
                    kind = item.tag
                    if kind == _T:
                        if item.text:
                            pieces.append((item.text, font))
                    elif kind in _RUN_TEXT:
                        pieces.append((_RUN_TEXT[kind], font))
                    elif kind == _BR:
                        if item.get(_W + "type", "textWrapping") == "textWrapping":
                            pieces.append(("\n", font))
                    elif kind in _SHAPES:
                        boxes.extend(_boxes(item))
            elif tag in _RUN_CONTAINERS:
                self._runs(child, style_id, pieces, boxes)
            elif tag == _SDT:
                inner = child.find(_SDT_CONTENT)
                if inner is not None:
                    self._runs(inner, style_id, pieces, boxes)
            elif tag == _ALTERNATE:
                boxes.extend(_boxes(child))

    def table(self, tbl: Any, out: list[Line]) -> None:
        for row in _children(tbl, _TR):
            self.row(row, out)

    def row(self, tr: Any, out: list[Line]) -> None:
        """A row of data as one line of cells, a row of layout as its paragraphs."""
        self._tick("row")
        cells: list[list[Line]] = []
        nested = False
        for tc in _children(tr, _TC):
            tcpr = tc.find(_TCPR)
            merge = None if tcpr is None else tcpr.find(_W + "vMerge")
            if merge is not None and merge.get(_VAL, "continue") != "restart":
                cells.append([])  # merged with the cell above: shown there
                continue
            lines: list[Line] = []
            self.content(tc, lines)
            nested = nested or next(tc.iter(_TBL), None) is not None
            cells.append(lines)
        texts = [" ".join(t for t in (line.text.strip() for line in lines) if t)
                 for lines in cells]
        filled = [text for text in texts if text]
        if not filled:
            return
        every = [line for lines in cells for line in lines]
        if (nested or any(line.heading_level is not None for line in every)
                or (len(filled) == 1 and sum(1 for line in every if line.text.strip()) > 1)):
            out.extend(every)
            return
        font = Font()
        for line in every:
            font.merge(line.font)
        out.append(Line("\t".join(filled), next(self._groups), font, cells=tuple(texts)))

    def furniture(self, document: Any) -> tuple[list[Line], list[Line]]:
        """Lines of the page headers and footers (each part once, empty lines out)."""
        headers: list[Line] = []
        footers: list[Line] = []
        seen: list[Any] = []  # (held, so that ``is`` compares live elements)
        for section in document.sections:
            for part, out in ((section.header, headers), (section.footer, footers)):
                if part.is_linked_to_previous:
                    continue
                element = part._element
                if any(element is other for other in seen):
                    continue
                seen.append(element)
                lines: list[Line] = []
                self.content(element, lines)
                out.extend(line for line in lines if line.text.strip())
        return headers, footers


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """Children ``tag`` of ``parent``, also inside content controls and custom XML."""
    for child in parent.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            inner = child.find(_SDT_CONTENT)
            if inner is not None:
                yield from _children(inner, tag)
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _children(child, tag)


def _open(data: bytes, options: ReadOptions) -> Any:
    """The python-docx document, after :func:`check_package`."""
    try:
        import docx
    except ImportError:
        raise MissingDependencyError("python-docx", "docx", "reading .docx files") from None
    check_package(data, options)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # zip, XML or package errors of a broken file
        raise UndecodableFileError(
            f"{name_of(options.source)}: not a readable .docx file "
            f"({type(exc).__name__}: {exc})") from exc
    options.check_time("loading")
    return document


def read_docx(data: bytes, options: ReadOptions) -> Document:
    """A Word file: one block per paragraph line or table row (see the module's docstring).

    Raises:
        MissingDependencyError: ``python-docx`` is not installed (extra ``docx``).
        UndecodableFileError: the bytes are not a readable ``.docx`` file.
        LimitExceededError: the file breaks a limit of ``options`` (unpacked size, time).
    """
    document = _open(data, options)
    reader = _Reader(document, options)
    lines: list[Line] = []
    reader.content(document.element.body, lines)
    headers, footers = reader.furniture(document)
    body = to_blocks(lines)
    top = to_blocks(headers, role=Role.HEADER, first_block=body[-1].block + 1 if body else 0)
    bottom = to_blocks(footers, role=Role.FOOTER,
                       first_block=max((b.block + 1 for b in [*body, *top]), default=0))
    blocks: list[Block] = [*top, *body, *bottom]
    return Document(tuple(blocks), source=options.source, encoding="docx", format="docx")


def docx_to_text(data: bytes, *, source: str | None = None) -> str:
    """Text of a Word ``.docx`` file: paragraphs and table rows, one per line.

    Word's automatic list numbering (which ``python-docx`` leaves out of
    ``paragraph.text``) is put back before each numbered paragraph (``"1. "``,
    ``"๑. "``, ``"• "``). A table row becomes one line with its cells separated
    by a tab; a cell of several paragraphs is joined with spaces.

    Raises:
        MissingDependencyError: ``python-docx`` is not installed (extra ``docx``).
        UndecodableFileError: the bytes are not a readable ``.docx`` file.
        LimitExceededError: the file unpacks to more than the default limit.
    """
    return read_docx(data, ReadOptions(source=source)).text
