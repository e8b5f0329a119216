"""The parse, stage by stage: a document in, a :class:`~thaiplan.model.PlanDocument` out.

1. :mod:`~thaiplan.parse.blocks` — the document's body blocks become prepared lines
   (normalised, each with its line, page and block); page furniture is kept apart;
2. :mod:`~thaiplan.parse.classify` — what each line is (heading, page title, item
   marker, furniture, text) and which lines are running headers;
3. :mod:`~thaiplan.parse.rules` — small rules, tried in order, build sections and
   items from the lines (over the shared :mod:`~thaiplan.parse.state`);
4. :mod:`~thaiplan.parse.records` — the drafts become frozen sections and items, with
   their numbering checked (:mod:`~thaiplan.parse.numbering`);

then the publisher is found (:mod:`~thaiplan.parse.office`) and everything odd on the
way, collected by :mod:`~thaiplan.parse.warnings`, is attached to the result — or, with
``strict=True``, the first of it raised.

>>> doc = parse_text("พันธกิจ\\n๑จัดการศึกษาให้ทั่วถึง\\n๒พัฒนาครู")
>>> [(i.marker, i.number, i.text) for i in doc.sections[0].items]
[('๑', 1, 'จัดการศึกษาให้ทั่วถึง'), ('๒', 2, 'พัฒนาครู')]
"""

from __future__ import annotations

import hashlib

from ..errors import ParseError
from ..layout import Document
from ..model import ParseWarning, PlanDocument, WarningCode
from ..normalize import normalize, normalize_newlines
from ..read import ReadOptions, Source, read_document
from .blocks import Body, read_body
from .classify import classify
from .office import detect_office
from .records import Records, to_records
from .rules import build_tree
from .units import TextAt, document_owner, find_units
from .warnings import Warnings

__all__ = ["parse_document", "parse_file", "parse_text"]


def parse_text(text: str, *, source: str | None = None, strict: bool = False) -> PlanDocument:
    """Parse the text of a plan page into sections and numbered items.

    Args:
        text: the page text (any line ends, NBSP, zero-width characters...).
        source: a name for messages and for ``PlanDocument.source``.
        strict: raise :class:`~thaiplan.errors.ParseError` on the first problem
            instead of recording it in ``PlanDocument.warnings``.

    Returns:
        The :class:`~thaiplan.model.PlanDocument` (its ``encoding`` is ``None``, its
        ``sha256`` that of the text in UTF-8). Never raises in lenient mode.

    >>> doc = parse_text("วิสัยทัศน์ : ผู้เรียนมีคุณภาพ")
    >>> doc.sections[0].heading, doc.sections[0].text
    ('วิสัยทัศน์ :', 'ผู้เรียนมีคุณภาพ')
    """
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    document = Document.from_text(normalize_newlines(text), source=source, sha256=sha)
    return _parse(document, encoding=None, strict=strict)


def parse_file(path: Source, *, strict: bool = False,
               options: ReadOptions | None = None) -> PlanDocument:
    """Read (any supported format and encoding) and parse one file.

    Args:
        path: file path (``.txt``, ``.html``, ``.docx``, ``.pdf``...) or bytes.
        strict: raise on the first problem instead of recording warnings.
        options: how to read the file: limits (pages, time, unpacked size) and OCR
            (:class:`~thaiplan.read.ReadOptions`; its defaults when ``None``).

    Returns:
        The :class:`~thaiplan.model.PlanDocument`; an empty file gives an empty
        document with a warning, not an error.

    Raises:
        UndecodableFileError: the file is not text in a supported encoding.
        LimitExceededError: the file breaks a limit of ``options``.
        OSError: the file cannot be read.
    """
    return parse_document(read_document(path, options=options), strict=strict)


def parse_document(document: Document, *, strict: bool = False) -> PlanDocument:
    """Parse a document as read (:func:`thaiplan.read_document`): its body blocks, in
    order; page furniture stays out of the sections. Sections, items and warnings carry
    the page they are on.

    Args:
        document: the :class:`~thaiplan.layout.Document`.
        strict: raise :class:`~thaiplan.errors.ParseError` on the first problem
            instead of recording it in ``PlanDocument.warnings``.

    Returns:
        The :class:`~thaiplan.model.PlanDocument`, with the document's source,
        encoding and hash.

    >>> doc = parse_document(Document.from_text("พันธกิจ\\n1. จัดการศึกษา", source="a.txt"))
    >>> doc.source, doc.items("mission")[0].text
    ('a.txt', 'จัดการศึกษา')
    """
    return _parse(document, encoding=document.encoding, strict=strict)


def _parse(document: Document, *, encoding: str | None, strict: bool) -> PlanDocument:
    warnings = Warnings(document.source)
    for warning in document.warnings:
        warnings.add(warning)
    if document.bad_bytes:
        warnings.add(ParseWarning(
            WarningCode.UNDECODABLE_BYTES,
            f"{document.source or '<bytes>'}: decoded as {document.encoding}; "
            f"{document.bad_bytes} byte{'s' if document.bad_bytes != 1 else ''} could not be "
            "decoded (replaced by U+FFFD)"))
    records, office_lines, body = _read(document, warnings)
    lines = _in_order(document, body)
    office = detect_office(office_lines)
    if document.pages:  # a book names its publisher on its cover, not first in its text
        office = document_owner(lines, office)
    units = find_units(records.sections, lines, office)
    found = warnings.in_order()
    if strict and found:
        first = found[0]
        message = first.message.removeprefix(warnings.name)
        raise ParseError(message, source=document.source, line=first.line,
                         code=first.code.value)
    return PlanDocument(
        sections=records.sections,
        office=office,
        warnings=tuple(found),
        source=document.source,
        encoding=encoding,
        preamble=records.preamble,
        unparsed=records.unparsed,
        sha256=document.sha256 or None,
        units=units,
    )


def _read(document: Document, warnings: Warnings) -> tuple[Records, list[str], Body]:
    """The stages: the records of the document, the lines that may name its
    publisher, and the body read."""
    nothing = Records((), (), ())
    if not document.text:
        warnings.warn(WarningCode.EMPTY_FILE,
                      "file is empty" if document.source else "text is empty")
        return nothing, [], Body(())
    body = read_body(document)
    if body.damaged is not None:
        warnings.warn(WarningCode.DAMAGED_TEXT,
                      "text looks damaged by PDF extraction (ำ for า, spaces inside words); "
                      "repaired where the dictionary confirms it",
                      line=body.damaged.number, page=body.damaged.page)
    if not any(line.text for line in body.lines):
        warnings.warn(WarningCode.NO_TEXT, "no text after normalising whitespace")
        return nothing, [], body
    state = build_tree(classify(body.lines), warnings)
    records = to_records(state, warnings)
    if not records.sections:
        warnings.add(ParseWarning(
            WarningCode.NO_SECTIONS,
            f"{warnings.name}no recognisable sections (no heading such as วิสัยทัศน์, "
            "พันธกิจ, เป้าประสงค์, ยุทธศาสตร์)"))
    return records, state.office_lines, body


def _in_order(document: Document, body: Body) -> list[TextAt]:
    """The prepared body lines and the page furniture where it stands, in reading order
    (the units stage reads agencies' names in page headers)."""
    lines = iter(body.lines)
    line = next(lines, None)
    out = []
    for block in document.blocks:
        if block.is_furniture:
            out.append(TextAt(0, block.page, normalize(block.text)))
            continue
        while line is not None and line.block is block:
            out.append(TextAt(line.number, line.page, line.text))
            line = next(lines, None)
    return out
