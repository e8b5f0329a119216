"""Reading: a file of any supported format to a :class:`~thaiplan.layout.Document`.

One verb, :func:`read_document`, with a reader per format chosen by file suffix from
:data:`READERS` (unknown suffixes are read as plain text):

* ``text``: plain text in UTF-8/16/32 or cp874, encoding detected from the bytes;
* ``html``: web pages (lxml): lines as displayed, headings, ordered lists, tables;
* ``docx``: Word files (extra ``thaiplan[docx]``): heading styles and outline levels,
  automatic numbers, tables, text boxes, page headers and footers;
* ``pdf``: PDF text layers (extra ``thaiplan[pdf]``); :mod:`thaiplan.read.ocr` reads
  pages without one (extra ``thaiplan[ocr]`` and Tesseract with Thai).

:func:`read_text` gives the body text alone. :class:`ReadOptions` sets the limits that
keep a batch safe from hostile files (pages, time, unpacked size, file size) and OCR.

>>> read_text("\\ufeffพันธกิจ".encode("utf-8"))
'พันธกิจ'
>>> read_document("วิสัยทัศน์\\r\\n".encode("cp874")).encoding
'cp874'
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import UnknownChoiceError
from ..layout import Document
from .docx import read_docx
from .html import read_html
from .options import ReadOptions
from .pdf import read_pdf
from .text import decode_bytes, read_plain

__all__ = [
    "READERS",
    "ReadOptions",
    "Reader",
    "Source",
    "decode_bytes",
    "read_document",
    "read_text",
    "register_reader",
]

Source = str | os.PathLike[str] | bytes
Reader = Callable[[bytes, ReadOptions], Document]
"""A reader: the file's bytes and the options of the read to a :class:`Document`."""

READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}
"""Suffix → reader. Extended by :func:`register_reader`."""


def register_reader(suffix: str, reader: Reader) -> None:
    """Read files ending in ``suffix`` (``".odt"``) with ``reader(bytes, options)``."""
    READERS[suffix.lower()] = reader


def _reader_for(suffix: str, format: str | None) -> Reader:
    if format is not None:
        key = format if format.startswith(".") else f".{format}"
        if key not in READERS:
            raise UnknownChoiceError("format", format, [s.lstrip(".") for s in READERS])
        return READERS[key]
    return READERS.get(suffix.lower(), read_plain)


def read_document(source: Source, *, format: str | None = None,
                  options: ReadOptions | None = None) -> Document:
    """Read a file (or bytes) of any registered format.

    Args:
        source: a path, or the bytes themselves.
        format: force a reader (``"txt"``, ``"html"``, ``"docx"``, ``"pdf"``...); by
            default the file suffix decides and unknown suffixes are plain text.
        options: limits and OCR (:class:`ReadOptions`); its ``source`` is set here.

    Returns:
        The :class:`~thaiplan.layout.Document`: blocks in reading order, the body text
        (``.text``), how it was read, and the reader's warnings.

    Raises:
        UndecodableFileError: the bytes are not text in a supported encoding, or not a
            readable file of their format.
        LimitExceededError: the file breaks a limit of ``options``.
        MissingDependencyError: the format needs an extra that is not installed.
        OSError: the file cannot be read.
    """
    if isinstance(source, bytes):
        data, name, suffix = source, None, ".txt"
    else:
        path = Path(source)
        data, name, suffix = path.read_bytes(), os.fspath(source), path.suffix
    options = dataclasses.replace(options or ReadOptions(), source=name,
                                  started=time.monotonic())
    document = _reader_for(suffix, format)(data, options)
    return dataclasses.replace(document, source=name, sha256=hashlib.sha256(data).hexdigest())


def read_text(source: Source, *, format: str | None = None,
              options: ReadOptions | None = None) -> str:
    """Read a file (or bytes) as text, detecting format and encoding.

    See :func:`read_document` for arguments; this returns only the body text.

    >>> read_text("<p>วิสัยทัศน์</p><p>ผู้เรียนมีคุณภาพ</p>".encode(), format="html")
    'วิสัยทัศน์\\nผู้เรียนมีคุณภาพ'
    """
    return read_document(source, format=format, options=options).text
