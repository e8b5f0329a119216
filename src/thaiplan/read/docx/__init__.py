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

The parts, one module each: :mod:`.package` (the limits, before anything is unpacked),
:mod:`.body` (the walk through paragraphs, tables, text boxes, headers and footers),
:mod:`.styles` (heading levels, weight and size), :mod:`.numbering` (Word's automatic
numbers, replayed) and :mod:`.tags` (the XML names they look at).

>>> import io, docx
>>> document = docx.Document()
>>> _ = document.add_paragraph("วิสัยทัศน์", style="Heading 1")
>>> _ = document.add_paragraph("ผู้เรียนมีคุณภาพ")
>>> buffer = io.BytesIO()
>>> document.save(buffer)
>>> [(b.text, b.heading_level) for b in read_docx(buffer.getvalue(), ReadOptions()).blocks]
[('วิสัยทัศน์', 1), ('ผู้เรียนมีคุณภาพ', None)]
"""

from __future__ import annotations

import io
from typing import Any

from ...errors import MissingDependencyError, UndecodableFileError
from ...layout import Block, Document, Role
from .._lines import Line, to_blocks
from ..options import ReadOptions, name_of
from .body import Reader
from .package import check_package

__all__ = ["docx_to_text", "read_docx"]


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
    reader = Reader(document, options)
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
