"""PDF: the text layer, page numbers and running headers/footers removed.

Needs the extra ``thaiplan[pdf]``.
"""

from __future__ import annotations

import io
import logging
import math
import re

from ..errors import MissingDependencyError, UndecodableFileError
from ..layout import Document
from ..normalize import normalize_newlines
from .options import ReadOptions, name_of

__all__ = ["pdf_to_text", "read_pdf", "remove_page_furniture"]

_log = logging.getLogger(__name__)

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
            raise UndecodableFileError(f"{name_of(source)}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UndecodableFileError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on broken files
        raise UndecodableFileError(
            f"{name_of(source)}: not a readable PDF ({type(exc).__name__}: {exc})"
        ) from exc
    text = remove_page_furniture(pages)
    if pages and not text.strip():
        _log.warning("%s: the PDF has no text layer (scanned?)", name_of(source))
    return text


def read_pdf(data: bytes, options: ReadOptions) -> Document:
    """A PDF: one block per line of its text layer."""
    return Document.from_text(pdf_to_text(data, source=options.source), source=options.source,
                              encoding="pdf", format="pdf")
