"""PDF: the text layer read with pdfium, Thai rebuilt from the glyphs, lines in reading
order, page furniture marked. Needs the extra ``thaiplan[pdf]`` (pypdfium2, fontTools).

The stages, one module each:

1. :mod:`.extract` — pdfium's characters, boxes and fonts, and the page's ruled lines
   (:class:`~.extract.Page`);
2. :mod:`.characters` — characters whose glyph says otherwise, put right: through the
   embedded font program (:mod:`.fonts`, fontTools; :mod:`.outlines` when a glyph has no
   name; a glyph mapped to U+FFFD found there by its ink box), private-use and mis-mapped
   marks;
3. :mod:`.marks` — pdfium's line fragments, and marks moved back onto the letter their
   ink sits on (:mod:`.thai`: Thai clusters);
4. :mod:`.spans` — spaces decided, fragments cut into spans at wide gaps;
5. :mod:`.lines` — spans to visual lines and table cells, text drawn twice over itself
   read once;
6. :mod:`.tables` — a ruled table's row whose cells wrap over lines, read as one row;
7. :mod:`.order` — reading order: top to bottom, columns, a heading beside its text;
8. :mod:`.furniture` — running headers and footers, page numbers.

What was repaired is counted, by kind, in one ``glyphs_repaired`` warning per document;
each page without a text layer gets a ``no_text_layer`` warning (or is read by OCR,
``ReadOptions(ocr=True)`` with the extra ``thaiplan[ocr]``).
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from ...errors import MissingDependencyError, UndecodableFileError
from ...layout import Block, Document, Role
from ...model import ParseWarning, WarningCode
from ..options import ReadOptions, name_of
from .extract import Page
from .fonts import Glyphs
from .furniture import is_page_number, mark_furniture
from .lines import LIST_START, Line, Segment, rows_of
from .order import reading_order
from .spans import page_spans
from .tables import ruled_rows
from .thai import unreadable_share

__all__ = ["read_pdf"]

_log = logging.getLogger(__name__)

_UNREADABLE_SHARE = 0.25  # a page with a greater share of unreadable characters (thai.py)...
_UNREADABLE_LENGTH = 30  # ... and at least this many, its text layer cannot be read
_PARAGRAPH_GAP = 1.75  # line distances wider than this many font sizes start a paragraph
_REPAIRS = ("marks reattached", "glyphs decoded from the font program", "PUA marks mapped",
            "mis-mapped marks fixed", "spaces removed")


def _pdfium() -> Any:
    try:
        import fontTools  # noqa: F401  (needed on first damaged glyph; fail early)
        import pypdfium2
    except ImportError as exc:
        package = "fonttools" if "fontTools" in str(exc) else "pypdfium2"
        raise MissingDependencyError(package, "pdf", "reading .pdf files") from None
    return pypdfium2


def _open(pdfium: Any, data: bytes, name: str) -> Any:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = "the PDF is encrypted" if "password" in str(exc).lower() else (
            f"not a readable PDF ({exc})")
        raise UndecodableFileError(f"{name}: {reason}") from None


def read_pdf(data: bytes, options: ReadOptions) -> Document:
    """A PDF as a :class:`~thaiplan.layout.Document`: one block per line, in reading order.

    Raises:
        MissingDependencyError: pypdfium2 or fontTools is not installed (extra ``pdf``).
        UndecodableFileError: not a readable PDF, or an encrypted one.
        LimitExceededError: more pages than ``options.max_pages``, or reading took
            longer than ``options.max_seconds``.
    """
    pdfium = _pdfium()
    name = name_of(options.source)
    if not data:
        raise UndecodableFileError(f"{name}: not a readable PDF (empty file)")
    document = _open(pdfium, data, name)
    try:
        count = len(document)
        options.check_pages(count)
        glyphs, counts = Glyphs(), Counter[str]()
        pages: list[list[Line]] = []
        sizes: list[tuple[float, float]] = []
        warnings: list[ParseWarning] = []
        for number in range(1, count + 1):
            options.check_time(f"page {number}")
            lines, size = _read_page(document, number, glyphs=glyphs, counts=counts,
                                     options=options, warnings=warnings)
            pages.append(lines)
            sizes.append(size)
    finally:
        document.close()
    mark_furniture(pages, sizes)
    kinds = (*_REPAIRS, *sorted(set(counts) - set(_REPAIRS)))
    repaired = [f"{counts[kind]} {kind}" for kind in kinds if counts[kind]]
    if repaired:
        warnings.insert(0, ParseWarning(
            WarningCode.GLYPHS_REPAIRED,
            f"{name}: Thai text rebuilt from the glyphs: {', '.join(repaired)}"))
    return Document(_blocks(pages), source=options.source, encoding="pdf", format="pdf",
                    pages=count, warnings=tuple(warnings))


def _read_page(document: Any, number: int, *, glyphs: Glyphs,
               counts: Counter[str], options: ReadOptions, warnings: list[ParseWarning]
               ) -> tuple[list[Line], tuple[float, float]]:
    """One page's lines in reading order, and its width and height."""
    name = name_of(options.source)
    try:
        page = Page(document, number - 1)
    except RuntimeError as exc:
        warnings.append(ParseWarning(WarningCode.NO_TEXT_LAYER,
                                     f"{name}: page {number} could not be read ({exc})",
                                     page=number))
        return [], (0.0, 0.0)
    with page:
        size = (page.width, page.height)
        spans = [s for s in page_spans(page, glyphs, counts)
                 if s.x1 > 0 and s.x0 < page.width and 0 < s.baseline < page.height + s.size]
        rows = rows_of(spans, spaces_typed=page.types_spaces, rules=page.rules) if spans else []
        if len(rows) > 1 and any(len(row.segments) > 1 for row in rows):
            rows = ruled_rows(rows, page.rules())  # (cells: maybe a table's, over lines)
        lines = reading_order(rows, number, page.height)
        share, length = unreadable_share("".join(line.text for line in lines))
        if share > _UNREADABLE_SHARE and length >= _UNREADABLE_LENGTH:
            return _unreadable(page, number, lines=lines, share=share, options=options,
                               warnings=warnings), size
        if not all(is_page_number(s.text) for s in spans) or not page.has_ink():
            return lines, size
        # no text but a page number: a scan, an image (an infographic printed sideways)
        if options.ocr:
            read = _ocr(page, number, options, warnings)
            if read is not None:
                return lines + read, size
        warnings.append(ParseWarning(
            WarningCode.NO_TEXT_LAYER,
            f"{name}: page {number} has no text layer (a scan or an image)"
            + ("" if options.ocr else "; ReadOptions(ocr=True) reads it with Tesseract"),
            page=number))
        return lines, size


def _unreadable(page: Page, number: int, *, lines: list[Line], share: float,
                options: ReadOptions, warnings: list[ParseWarning]) -> list[Line]:
    """A page whose text layer cannot be read (:func:`~.thai.unreadable_share`): read by
    OCR where asked and available, else kept as it is, with a warning either way."""
    read = _ocr(page, number, options, warnings) if options.ocr else None
    warnings.append(ParseWarning(
        WarningCode.NO_TEXT_LAYER,
        f"{name_of(options.source)}: page {number}'s text layer cannot be read: its fonts"
        f" do not say which letters they draw ({share:.0%} of its characters are symbols,"
        " control codes or marks without a letter)"
        + (", read by OCR instead" if read is not None else
           "; ReadOptions(ocr=True) reads it with Tesseract" if not options.ocr else ""),
        page=number))
    return lines if read is None else read


def _ocr(page: Page, number: int, options: ReadOptions,
         warnings: list[ParseWarning]) -> list[Line] | None:
    """The page read by OCR (:mod:`thaiplan.read.ocr`), or ``None`` when OCR is missing."""
    try:
        from ..ocr import ocr_available, ocr_page
    except ImportError:
        return None
    if not ocr_available():
        return None
    pdf_page = page.pdf_page()
    try:
        blocks: list[Block] = ocr_page(pdf_page, page_number=number, options=options)
    finally:
        pdf_page.close()
    warnings.append(ParseWarning(WarningCode.OCR_TEXT,
                                 f"{name_of(options.source)}: page {number} read by OCR",
                                 page=number))
    lines = []
    for b in blocks:
        x0, top, x1, bottom = b.bbox or (0.0, 0.0, 0.0, 0.0)
        size = b.size or max(bottom - top, 1.0)
        lines.append(Line([Segment(b.text, x0, x1, size, bool(b.bold), len(b.text))],
                          bottom, number))
    return lines


def _new_paragraph(line: Line, before: Line | None) -> bool:
    """Whether ``line`` starts a paragraph after the body line ``before``."""
    if before is None or before.page != line.page or len(line.segments) > 1:
        return True
    if len(before.segments) > 1 or line.bold != before.bold:
        return True
    size = max(line.size, before.size)
    if abs(line.size - before.size) > 0.15 * size:
        return True
    step = line.baseline - before.baseline
    if step <= 0 or step > _PARAGRAPH_GAP * size:
        return True
    return bool(LIST_START.match(line.text)) or line.x0 > before.x0 + size


def _blocks(pages: list[list[Line]]) -> tuple[Block, ...]:
    blocks = []
    number = paragraph = 0
    before: Line | None = None
    for lines in pages:
        for line in lines:
            role = Role(line.role)
            if role is Role.BODY:
                number += 1
                if _new_paragraph(line, before):
                    paragraph += 1
                before = line
            else:
                paragraph += 1
            cells = line.cells or (tuple(s.text for s in line.segments)
                                   if len(line.segments) > 1 else ())
            blocks.append(Block(
                line.text, line=number if role is Role.BODY else 0, page=line.page,
                bbox=line.bbox, size=round(line.size, 1), bold=line.bold, cells=cells,
                role=role, block=paragraph))
    return tuple(blocks)
