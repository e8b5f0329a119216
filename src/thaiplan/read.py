"""Reading: bytes of any supported format and encoding to text.

Formats are chosen by file suffix from a registry (:data:`READERS`); unknown
suffixes are read as plain text. Plain text and HTML are decoded from the bytes:
a BOM wins; then strict UTF-8; then UTF-16 without BOM; then the Thai legacy
encoding cp874 (a superset of TIS-620). A cp874 file with a few undefined bytes
decodes with U+FFFD in their place and a count; bytes that are not text in any of
these raise :class:`~thaiplan.errors.UndecodableFileError` naming the file.

(charset-normalizer was tried for detection and rejected here: on short Thai pages
it often guesses a Cyrillic or Greek code page for cp874 bytes, while the
rules above are exact for the encodings Thai sites use.)

>>> read_text("วิสัยทัศน์\\r\\n".encode("cp874"))
'วิสัยทัศน์\\n'
"""

from __future__ import annotations

import codecs
import hashlib
import html as html_module
import io
import logging
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any, Literal

from .errors import MissingDependencyError, UndecodableFileError, UnknownChoiceError
from .model import _quick_init
from .normalize import arabic_to_thai_digits, normalize_newlines

__all__ = [
    "READERS",
    "Decoded",
    "decode_bytes",
    "docx_to_text",
    "html_to_text",
    "pdf_to_text",
    "read_document",
    "read_text",
    "register_reader",
    "remove_page_furniture",
]

_log = logging.getLogger(__name__)

Source = str | os.PathLike[str] | bytes


@_quick_init
@dataclass(frozen=True, slots=True)
class Decoded:
    """Text read from a source, with how it was read.

    Attributes:
        text: the text, line ends unified to ``\\n`` (nothing else changed).
        encoding: ``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp874``... or the
            format's name for binary formats (``docx``, ``pdf``).
        bad_bytes: how many bytes could not be decoded (replaced by U+FFFD).
        source: the file path, or ``None`` for bytes given directly.
        sha256: hex digest of the input bytes.
        format: the reader used (``txt``, ``html``, ``docx``, ``pdf``).
    """

    text: str
    encoding: str
    bad_bytes: int = 0
    source: str | None = None
    sha256: str = ""
    format: str = "txt"


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOM_STARTS = b"".join(sorted({bom[:1] for bom, _ in _BOMS}))
# cp874 leaves these bytes undefined; C0 controls other than \t \n \r \f are
# not text either. Random bytes hit one of them about a third of the time.
# (As bytes: ``bytes.translate`` deletes and so counts them at C speed.)
_CP874_UNDEFINED = bytes([*range(0x81, 0x85), *range(0x86, 0x91), *range(0x98, 0xA0),
                          *range(0xDB, 0xDF), *range(0xFC, 0x100)])
_CONTROL = bytes(sorted(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}))
_MAX_BAD_SHARE = 0.02  # more than 2% undecodable bytes: not text in this encoding


def _name(source: str | None) -> str:
    return source or "<bytes>"


def _utf8_with_few_errors(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a handful of broken sequences (a truncated character)."""
    most = max(4, len(data) // 200)
    # A first look at a prefix (cp874 text fails there): it decodes as in the whole
    # text, but for its last character, which the cut may break (one U+FFFD more).
    if data[:128].decode("utf-8", errors="replace").count("\ufffd") > most + 1:
        return None
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > most:
        return None
    ascii_chars = len(text.encode("ascii", errors="ignore"))
    decoded_multibyte = len(text) - ascii_chars - bad  # characters above U+007F
    if decoded_multibyte >= 10 * bad:
        return text, bad
    return None


def decode_bytes(data: bytes, *, source: str | None = None) -> tuple[str, str, int]:
    """Decode ``data``, detecting the encoding; returns ``(text, encoding, bad_bytes)``.

    Raises:
        UndecodableFileError: the bytes are not text in UTF-8/16/32 or cp874.

    >>> decode_bytes("ค่านิยม".encode("utf-16"))[1]
    'utf-16'
    """
    for bom, encoding in _BOMS if data[:1] in _BOM_STARTS else ():
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, 0
            except UnicodeDecodeError as exc:
                raise UndecodableFileError(
                    f"{_name(source)}: starts with a {encoding} byte-order mark but "
                    f"is not valid {encoding} (byte {exc.start})"
                ) from None
    # UTF-16 without BOM before UTF-8: Thai UTF-16-LE bytes (0x27 0x0E...) are all
    # below 0x80, so they would pass as (control-character) UTF-8.
    # (Its test needs 0x00 or 0x0E bytes: a look for either, at C speed, comes first.)
    if len(data) >= 4 and len(data) % 2 == 0 and (b"\x00" in data or b"\x0e" in data):
        for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
            if (high.count(0) + high.count(0x0E)) * 10 < len(high) * 9:
                continue
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not any(ord(ch) < 0x20 and ch not in "\t\n\r\f" for ch in text):
                return text, "utf-16", 0
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    nearly_utf8 = _utf8_with_few_errors(data)
    if nearly_utf8 is not None:
        return nearly_utf8[0], "utf-8", nearly_utf8[1]
    undefined = len(data) - len(data.translate(None, _CP874_UNDEFINED))
    control = len(data) - len(data.translate(None, _CONTROL))
    if (undefined + control) > _MAX_BAD_SHARE * len(data) + 4:
        raise UndecodableFileError(
            f"{_name(source)}: not text in any supported encoding "
            f"(tried UTF-8, UTF-16, cp874/TIS-620: {undefined} undefined and "
            f"{control} control bytes in {len(data)})"
        )
    return data.decode("cp874", errors="replace"), "cp874", undefined


_BLOCK_TAGS = frozenset([
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "tfoot", "thead", "title", "tr", "ul",
])
_CELL_TAGS = frozenset(["td", "th"])
_SKIP_TAGS = frozenset(["script", "style", "noscript", "template", "svg", "head"])


class _TextExtractor(HTMLParser):
    """Text of an HTML page, one line per block element; scripts and styles dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS and tag != "head":
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            # Cells of a table row stay on one line, a tab apart: "1.<TAB>ส่งเสริม…".
            self.parts.append("\t")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and tag != "head":
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            # Source line breaks inside a block are just spaces in HTML.
            self.parts.append(" ".join(data.split("\n")))


# The well-formed markup most pages consist of, read by one regular expression
# (about 20 times faster than html.parser). Anything else — a stray ``<``, a
# comment holding ``--`` or ``>``, an odd tag — makes :func:`_simple_html_text`
# give up, and html.parser reads the page: both give the same text.
_START_TAG = r"""<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)
      (?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`/]+))?)*
      \s*(?P<empty>/)?>"""
_END_TAG = r"</(?P<end>[a-zA-Z][a-zA-Z0-9]*)\s*>"
_DECLARATION = r"<![dD][oO][cC][tT][yY][pP][eE][^<>]*>|<\?[^<>]*>"
_HTML_TOKEN = re.compile(
    rf"""(?P<text>[^<]+)|{_START_TAG}|{_END_TAG}
    |(?P<skip><!--(?:[^->]|-(?!-))*-->|{_DECLARATION})
    |(?P<other><)""",
    re.VERBOSE,
)
# Elements whose content html.parser (depending on the Python version) reads as
# raw text: the simple reader accepts them only when their content is plain text.
_RAW_TEXT_TAGS = frozenset(["script", "style", "xmp", "iframe", "noembed", "noframes",
                            "noscript", "textarea", "title"])


def _simple_html_text(html: str) -> list[str] | None:
    """What :class:`_TextExtractor` collects from ``html`` (its ``parts``), or ``None``
    when the page holds markup this reader does not handle."""
    parts: list[str] = []
    skip = 0
    raw: str | None = None  # a raw-text element whose end tag must come next
    for m in _HTML_TOKEN.finditer(html):
        text, tag, empty, end, _, other = m.groups()  # one call: this loop runs per tag
        if text is not None:
            if raw is not None and ("&" in text or m.end() == len(html)):
                return None
            if not skip:
                if "&" in text:
                    text = html_module.unescape(text)
                parts.append(" ".join(text.split("\n")))
            continue
        if raw is not None and (end is None or end.lower() != raw):
            return None
        raw = None
        if end is not None:
            end = end.lower()
            if end in _SKIP_TAGS and end != "head":
                skip = max(0, skip - 1)
            elif end in _BLOCK_TAGS:
                parts.append("\n")
            continue
        if tag is None:
            if other is not None:
                return None
            continue  # a comment, a doctype or a processing instruction
        tag = tag.lower()
        if tag == "plaintext":
            return None
        if empty:  # <br/>: html.parser calls handle_startendtag
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            continue
        if tag in _RAW_TEXT_TAGS:
            raw = tag
        if tag in _SKIP_TAGS and tag != "head":
            skip += 1
        elif tag in _BLOCK_TAGS:
            parts.append("\n")
        elif tag in _CELL_TAGS:
            parts.append("\t")
    return None if raw is not None else parts


# The tags of _HTML_TOKEN alone, to split a page at C speed (see _plain_html_text).
_TAG = re.compile(f"{_START_TAG}|{_END_TAG}|{_DECLARATION}", re.VERBOSE)
_CAREFUL_TAGS = _RAW_TEXT_TAGS | _SKIP_TAGS - {"head"} | {"plaintext"}
_START_MARK = dict.fromkeys(_BLOCK_TAGS, "\n") | dict.fromkeys(_CELL_TAGS, "\t")
_EMPTY_OR_END_MARK = dict.fromkeys(_BLOCK_TAGS, "\n")


@lru_cache(maxsize=1024)
def _tag_mark(tag: str | None, empty: str | None, end: str | None) -> str | None:
    """What _simple_html_text adds for a tag split by _TAG, or ``None`` for the start
    of an element it reads with care (a script, a raw-text element...)."""
    if tag is not None:
        name = tag.lower()
        if name in _CAREFUL_TAGS:
            return None
        return (_START_MARK if empty is None else _EMPTY_OR_END_MARK).get(name, "")
    return "" if end is None else _EMPTY_OR_END_MARK.get(end.lower(), "")


def _plain_html_text(html: str) -> str | None:
    """``"".join(_simple_html_text(html))`` for a page of plain markup (tags and
    declarations; no entity, comment, script or other raw-text element), else ``None``.

    The page is split at its tags in one call: between two tags, text holding no
    ``<`` is what _simple_html_text reads as one text token; at each ``<`` both
    then match the same tag (the same expression, tried from the same place).
    """
    if "&" in html or "<!--" in html:
        return None
    # Line breaks are spaces in text, and \s inside a tag either way.
    pieces = _TAG.split(html.replace("\n", " "))  # text, (tag, empty, end), text...
    texts = pieces[::4]
    marks = list(map(_tag_mark, pieces[1::4], pieces[2::4], pieces[3::4]))
    if None in marks or "<" in "".join(texts):  # (a "<" in text starts no tag)
        return None
    joined = texts + texts[1:]  # texts and marks, in order:
    joined[::2] = texts
    joined[1::2] = marks
    return "".join(joined)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one line per block element (no network, no scripts).

    >>> html_to_text("<h2>วิสัยทัศน์</h2><p>ผู้เรียน<b>มีคุณภาพ</b></p><script>x()</script>")
    'วิสัยทัศน์\\nผู้เรียนมีคุณภาพ'
    >>> html_to_text("<table><tr><td>1.</td><td>จัดการศึกษา</td></tr></table>")
    '1.\\tจัดการศึกษา'
    """
    text = _plain_html_text(html)
    if text is None:
        parts = _simple_html_text(html)
        if parts is None:
            parser = _TextExtractor()
            parser.feed(html)
            parser.close()
            parts = parser.parts
        text = "".join(parts)
    return "\n".join(filter(None, map(str.strip, text.split("\n"))))


Reader = Callable[[bytes, str | None], Decoded]


def _read_plain(data: bytes, source: str | None) -> Decoded:
    text, encoding, bad = decode_bytes(data, source=source)
    return Decoded(normalize_newlines(text), encoding, bad, source, "", "txt")


def _read_html(data: bytes, source: str | None) -> Decoded:
    text, encoding, bad = decode_bytes(data, source=source)
    return Decoded(html_to_text(text), encoding, bad, source, "", "html")


# --- Word (.docx) -----------------------------------------------------------------

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


class _DocxNumbering:
    """Word's automatic paragraph numbering, replayed (``paragraph.text`` drops it)."""

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._levels: dict[str, dict[int, _Level]] = {}
        self._counters: dict[str, list[int]] = {}
        self._styles: dict[str, Any] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        styles_part = getattr(document, "styles", None)
        if styles_part is not None:
            for style in styles_part.element.iterchildren(qn("w:style")):
                self._styles[style.get(qn("w:styleId"), "")] = style
        if numbering is None:
            return
        abstract: dict[str, dict[int, _Level]] = {}
        for node in numbering.iterchildren(qn("w:abstractNum")):
            abstract[node.get(qn("w:abstractNumId"))] = {
                int(lvl.get(qn("w:ilvl"), "0")): self._level(lvl)
                for lvl in node.iterchildren(qn("w:lvl"))
            }
        for num in numbering.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(qn("w:val")), {}))
            for override in num.iterchildren(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = override.find(qn("w:startOverride"))
                if ilvl in levels and start is not None:
                    old = levels[ilvl]
                    levels[ilvl] = _Level(int(start.get(qn("w:val"), "1")), old.fmt, old.text)
            self._levels[num.get(qn("w:numId"))] = levels

    def _level(self, lvl: Any) -> _Level:
        qn = self._qn

        def val(tag: str, default: str) -> str:
            node = lvl.find(qn(tag))
            return default if node is None else str(node.get(qn("w:val"), default))

        return _Level(int(val("w:start", "1")), val("w:numFmt", "decimal"),
                      val("w:lvlText", "%1."))

    def _num_pr(self, p: Any) -> tuple[str, int] | None:
        """``(numId, ilvl)`` from the paragraph, else from its style chain."""
        qn = self._qn
        ppr = p.find(qn("w:pPr"))
        num_pr = None if ppr is None else ppr.find(qn("w:numPr"))
        style_id = None
        if ppr is not None and ppr.find(qn("w:pStyle")) is not None:
            style_id = ppr.find(qn("w:pStyle")).get(qn("w:val"))
        seen: set[str] = set()
        while num_pr is None and style_id and style_id not in seen:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            sppr = style.find(qn("w:pPr"))
            num_pr = None if sppr is None else sppr.find(qn("w:numPr"))
            based = style.find(qn("w:basedOn"))
            style_id = None if based is None else based.get(qn("w:val"))
        if num_pr is None:
            return None
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        if num_id is None:
            return None
        level = int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0
        return num_id.get(qn("w:val"), "0"), level

    def label(self, p: Any) -> str:
        """The number Word shows before paragraph ``p`` (``"1. "``), or ``""``."""
        found = self._num_pr(p)
        if found is None or found[0] == "0" or found[0] not in self._levels:
            return ""
        num_id, ilvl = found
        levels = self._levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self._counters.setdefault(num_id, [0] * 10)
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = 0
        for upper in range(ilvl):  # a level used before its parent starts at its start
            if counters[upper] == 0 and upper in levels:
                counters[upper] = levels[upper].start
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else levels[ilvl].start
        level = levels[ilvl]
        if level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            bullet = level.text.strip()
            # Symbol/Wingdings bullets are private-use characters: show a plain bullet.
            if not bullet or any("\ue000" <= ch <= "\uf8ff" for ch in bullet):
                bullet = "•"
            return f"{bullet} "

        def sub(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lvl = levels.get(k)
            return _format_number(counters[k] or 1, lvl.fmt if lvl else "decimal")

        return re.sub(r"%([1-9])", sub, level.text) + " "


def docx_to_text(data: bytes, *, source: str | None = None) -> str:
    """Text of a Word ``.docx`` file: paragraphs and table rows, one per line.

    Word's automatic list numbering (which ``python-docx`` leaves out of
    ``paragraph.text``) is put back before each numbered paragraph (``"1. "``,
    ``"๑. "``, ``"• "``). A table row becomes one line with its cells separated
    by a tab; a cell of several paragraphs is joined with spaces.

    Raises:
        MissingDependencyError: ``python-docx`` is not installed (extra ``docx``).
        UndecodableFileError: the bytes are not a readable ``.docx`` file.
    """
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise MissingDependencyError("python-docx", "docx", "reading .docx files") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # zip, XML or package errors of a broken file
        raise UndecodableFileError(
            f"{_name(source)}: not a readable .docx file ({type(exc).__name__}: {exc})"
        ) from exc
    from docx.oxml.ns import qn

    numbering = _DocxNumbering(document)
    lines: list[str] = []

    def paragraph(p: Any, parent: Any) -> str:
        return numbering.label(p) + Paragraph(p, parent).text

    def table(tbl: Any, parent: Any) -> None:
        for row in Table(tbl, parent).rows:
            cells: list[str] = []
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell is repeated by python-docx
                    continue
                seen.add(id(cell._tc))
                parts = [paragraph(p._p, cell) for p in cell.paragraphs]
                cells.append(" ".join(part.strip() for part in parts if part.strip()))
            line = "\t".join(c for c in cells if c)
            if line:
                lines.append(line)

    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            lines.extend(paragraph(child, document).split("\n"))
        elif child.tag == qn("w:tbl"):
            table(child, document)
    return "\n".join(lines)


def _read_docx(data: bytes, source: str | None) -> Decoded:
    return Decoded(normalize_newlines(docx_to_text(data, source=source)), "docx", 0, source,
                   "", "docx")


# --- PDF ---------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"(?i)^(?:หน้า|หน้ำ|page|p\.)?\s*[-–—(\[]?\s*[0-9๐-๙]{1,4}\s*[-–—)\]]?"
    r"(?:\s*(?:/|จาก|of)\s*[0-9๐-๙]{1,4})?$"
)
_DIGIT_RUN = re.compile(r"[0-9๐-๙]+")
_EDGE = 3  # running headers and footers are among a page's first/last 3 lines


def remove_page_furniture(pages: list[str]) -> str:
    """Join PDF page texts, dropping page numbers and running headers/footers.

    A line among the first or last three lines of a page is dropped when it is a
    page number (``"- 12 -"``, ``"หน้า 5"``, ``"3/10"``), or when the same line
    (digits ignored) stands at the top or bottom of at least 60% of the pages
    (and of two pages at least). Everything else is kept in order.

    >>> remove_page_furniture(["แผนปฏิบัติการ 2567\\nวิสัยทัศน์\\n- 1 -",
    ...                        "แผนปฏิบัติการ 2567\\nพันธกิจ\\n- 2 -"])
    'วิสัยทัศน์\\nพันธกิจ'
    """
    split = [[line.strip() for line in normalize_newlines(p).split("\n") if line.strip()]
             for p in pages]

    def key(line: str) -> str:
        return " ".join(_DIGIT_RUN.sub("#", line).split())

    def edge(lines: list[str]) -> set[int]:
        return set(range(min(_EDGE, len(lines)))) | set(range(max(0, len(lines) - _EDGE),
                                                              len(lines)))

    counts: dict[str, int] = {}
    for lines in split:
        for k in {key(lines[i]) for i in edge(lines)}:
            counts[k] = counts.get(k, 0) + 1
    need = max(2, math.ceil(0.6 * len(split)))
    running = {k for k, n in counts.items() if n >= need}
    out: list[str] = []
    for lines in split:
        edges = edge(lines)
        out.extend(line for i, line in enumerate(lines)
                   if i not in edges or not (_PAGE_NUMBER.match(line) or key(line) in running))
    return "\n".join(out)


def pdf_to_text(data: bytes, *, source: str | None = None) -> str:
    """Text layer of a PDF, page numbers and running headers/footers removed.

    Thai text from PDFs is often damaged (``การ`` extracted as ``กำร``, ``เป็ น``);
    :func:`thaiplan.repair.repair_pdf_text` (part of :func:`thaiplan.normalize`)
    repairs it. A scanned PDF without a text layer gives ``""``.

    Raises:
        MissingDependencyError: ``pypdf`` is not installed (extra ``pdf``).
        UndecodableFileError: the bytes are not a readable PDF (or it is encrypted).
    """
    try:
        from pypdf import PdfReader
    except ImportError:
        raise MissingDependencyError("pypdf", "pdf", "reading .pdf files") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UndecodableFileError(f"{_name(source)}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UndecodableFileError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on broken files
        raise UndecodableFileError(
            f"{_name(source)}: not a readable PDF ({type(exc).__name__}: {exc})"
        ) from exc
    text = remove_page_furniture(pages)
    if pages and not text.strip():
        _log.warning("%s: the PDF has no text layer (scanned?)", _name(source))
    return text


def _read_pdf(data: bytes, source: str | None) -> Decoded:
    return Decoded(pdf_to_text(data, source=source), "pdf", 0, source, "", "pdf")


READERS: dict[str, Reader] = {
    ".txt": _read_plain,
    ".text": _read_plain,
    ".md": _read_plain,
    ".html": _read_html,
    ".htm": _read_html,
    ".xhtml": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}
"""Suffix → reader. Extended by :func:`register_reader` (``.docx``, ``.pdf``...)."""

FormatName = Literal["txt", "html"] | str


def register_reader(suffix: str, reader: Reader) -> None:
    """Read files ending in ``suffix`` (``".docx"``) with ``reader(bytes, source)``."""
    READERS[suffix.lower()] = reader


def _reader_for(suffix: str, fmt: FormatName | None) -> Reader:
    if fmt is not None:
        key = fmt if fmt.startswith(".") else f".{fmt}"
        if key not in READERS:
            raise UnknownChoiceError("format", fmt, [s.lstrip(".") for s in READERS])
        return READERS[key]
    return READERS.get(suffix.lower(), _read_plain)


def _read_bytes(name: str) -> bytes:
    """The bytes of file ``name`` in four system calls (``open().read()`` makes seven):
    open, size, one read of that size, close. A read that comes back short, or a file
    that grew, is read on to its end."""
    fd = os.open(name, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        data = os.read(fd, size + 1)  # one byte more than the size: a grown file shows
        if len(data) == size:
            return data
        chunks = [data]
        while chunk := os.read(fd, max(size, 1 << 16)):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:  # a directory opens, then fails to read: name it, as open does
        raise type(exc)(exc.errno, exc.strerror, name) from None
    finally:
        os.close(fd)


def read_document(source: Source, *, format: FormatName | None = None) -> Decoded:
    """Read a file (or bytes) of any registered format into :class:`Decoded`.

    Args:
        source: a path, or the bytes themselves.
        format: force a reader (``"txt"``, ``"html"``, ``"docx"``...); by default
            the file suffix decides and unknown suffixes are plain text.

    Raises:
        UndecodableFileError: the bytes are not text in a supported encoding.
        OSError: the file cannot be read.
    """
    if isinstance(source, bytes):
        data, name, suffix = source, None, ".txt"
    else:
        name = os.fspath(source)
        data, suffix = _read_bytes(name), os.path.splitext(name)[1]
    decoded = _reader_for(suffix, format)(data, name)
    digest = hashlib.sha256(data).hexdigest()
    return Decoded(decoded.text, decoded.encoding, decoded.bad_bytes, name, digest,
                   decoded.format)


def read_text(source: Source, *, format: FormatName | None = None) -> str:
    """Read a file (or bytes) as text, detecting format and encoding.

    See :func:`read_document` for arguments; this returns only the text.

    >>> read_text("\\ufeffพันธกิจ".encode("utf-8"))
    'พันธกิจ'
    """
    return read_document(source, format=format).text
