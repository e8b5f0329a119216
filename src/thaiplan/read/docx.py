"""Word files (.docx): paragraphs and table rows, Word's automatic numbering put back.

Needs the extra ``thaiplan[docx]`` (python-docx).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import MissingDependencyError, UndecodableFileError
from ..layout import Document
from ..normalize import arabic_to_thai_digits, normalize_newlines
from .options import ReadOptions, name_of

__all__ = ["docx_to_text", "read_docx"]

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
            f"{name_of(source)}: not a readable .docx file ({type(exc).__name__}: {exc})"
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


def read_docx(data: bytes, options: ReadOptions) -> Document:
    """A Word file: one block per paragraph or table row."""
    text = normalize_newlines(docx_to_text(data, source=options.source))
    return Document.from_text(text, source=options.source, encoding="docx", format="docx")
