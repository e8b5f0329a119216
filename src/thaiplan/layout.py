"""The document as read: blocks of text with their layout, between reading and parsing.

Readers (:mod:`thaiplan.read`) turn a file of any format into a :class:`Document`: its
:class:`Block` s in reading order, each a line of text (a laid-out line of a PDF, a
paragraph of a Word file or a web page, a row of a table) with what the format says
about it — page and position, font size and weight, the heading level or list level
and number where the format states them, table cells — and where it came from. The
parser reads the blocks; :attr:`Document.text` is the plain text of the body, one
block a line (what :func:`thaiplan.read_text` returns).

Page furniture that a reader recognises (running headers and footers, page numbers)
stays in :attr:`Document.blocks` with its :class:`Role`, out of the body text: a
budget volume names each agency in its page header.

>>> doc = Document.from_text("วิสัยทัศน์\\nผู้เรียนมีคุณภาพ")
>>> [(b.line, b.text) for b in doc.blocks]
[(1, 'วิสัยทัศน์'), (2, 'ผู้เรียนมีคุณภาพ')]
>>> doc.text
'วิสัยทัศน์\\nผู้เรียนมีคุณภาพ'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .model import ParseWarning

__all__ = ["Block", "Document", "Role"]


class Role(StrEnum):
    """What a block is on its page, as far as the reader can tell from layout alone."""

    BODY = "body"
    HEADER = "header"  # running header: repeats at the top of pages
    FOOTER = "footer"  # running footer: repeats at the bottom of pages
    PAGE_NUMBER = "page_number"


_FURNITURE = frozenset({Role.HEADER, Role.FOOTER, Role.PAGE_NUMBER})


@dataclass(frozen=True, slots=True)
class Block:
    """One line of a document as laid out, with its provenance.

    Attributes:
        text: the text as displayed, automatic list numbers included (``"1. จัดการศึกษา"``);
            the cells of a table row are joined by tabs.
        line: 1-based line of this block in :attr:`Document.text` (body blocks), or
            ``0`` for furniture, which is not in the body text.
        page: 1-based page (PDF), ``None`` where the format has no pages.
        bbox: ``(x0, top, x1, bottom)`` in points from the page's top-left corner (PDF),
            else ``None``.
        size: font size in points, where known (the most common size in the block).
        bold: whether the block is set in a bold font, where known (else ``None``).
        heading_level: 1–9 where the format says the block is a heading (HTML ``h1``–``h6``,
            Word's ``Heading N`` styles and outline levels), else ``None``.
        list_level: 1-based nesting level where the format says the block is a list item
            (HTML ``li``, Word's numbered paragraphs), else ``None``.
        list_label: the number or bullet the format generates for a list item, as
            displayed at the start of :attr:`text` (``"1."``, ``"๑)"``, ``"•"``), or ``""``.
        cells: the cells of a table row, in order (else ``()``).
        role: :class:`Role` (body text or page furniture).
        block: index of the paragraph the line belongs to (lines of one PDF paragraph,
            of a Word or HTML paragraph split at line breaks, share it; a table row is
            a paragraph of its own).
    """

    text: str
    line: int = 0
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    size: float | None = None
    bold: bool | None = None
    heading_level: int | None = None
    list_level: int | None = None
    list_label: str = ""
    cells: tuple[str, ...] = ()
    role: Role = Role.BODY
    block: int = 0

    @property
    def is_furniture(self) -> bool:
        """A running header or footer, or a page number."""
        return self.role in _FURNITURE

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "line": self.line,
            "page": self.page,
            "bbox": list(self.bbox) if self.bbox is not None else None,
            "size": self.size,
            "bold": self.bold,
            "heading_level": self.heading_level,
            "list_level": self.list_level,
            "list_label": self.list_label,
            "cells": list(self.cells),
            "role": self.role.value,
            "block": self.block,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Block:
        bbox = data.get("bbox")
        return cls(
            text=data["text"],
            line=data.get("line", 0),
            page=data.get("page"),
            bbox=(float(bbox[0]), float(bbox[1]), float(bbox[2]), float(bbox[3]))
            if bbox is not None else None,
            size=data.get("size"),
            bold=data.get("bold"),
            heading_level=data.get("heading_level"),
            list_level=data.get("list_level"),
            list_label=data.get("list_label", ""),
            cells=tuple(data.get("cells", ())),
            role=Role(data.get("role", "body")),
            block=data.get("block", 0),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """A file as read: its blocks in reading order and how it was read.

    Attributes:
        blocks: body blocks and page furniture, in reading order (furniture where it
            stands on its page).
        source: the file path, or ``None`` for bytes or text given directly.
        sha256: hex digest of the input bytes (``""`` when unknown).
        encoding: ``utf-8``, ``utf-16``, ``cp874``... for text formats; the format's
            name (``docx``, ``pdf``) for binary ones.
        format: the reader used (``txt``, ``html``, ``docx``, ``pdf``...).
        bad_bytes: bytes that could not be decoded (replaced by U+FFFD).
        pages: number of pages (PDF), ``0`` where the format has no pages.
        warnings: what the reader noticed or repaired (glyphs decoded, pages without a
            text layer, pages read by OCR...), each naming the file and page.
    """

    blocks: tuple[Block, ...] = ()
    source: str | None = None
    sha256: str = ""
    encoding: str = "utf-8"
    format: str = "txt"
    bad_bytes: int = 0
    pages: int = 0
    warnings: tuple[ParseWarning, ...] = ()

    @classmethod
    def from_text(cls, text: str, **fields: Any) -> Document:
        """A document of plain text: one body block per line (``"\\n"`` line ends).

        Keyword arguments set the other fields (``source``, ``encoding``...).
        """
        blocks = tuple(Block(line, number) for number, line in enumerate(text.split("\n"), 1))
        return cls(blocks, **fields)

    @property
    def body(self) -> Iterator[Block]:
        """The body blocks (furniture left out), in reading order."""
        return (b for b in self.blocks if not b.is_furniture)

    @property
    def text(self) -> str:
        """The body text: one block a line (what :func:`thaiplan.read_text` returns)."""
        return "\n".join(b.text for b in self.body)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sha256": self.sha256,
            "encoding": self.encoding,
            "format": self.format,
            "bad_bytes": self.bad_bytes,
            "pages": self.pages,
            "blocks": [b.to_dict() for b in self.blocks],
            "warnings": [w.to_dict() for w in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        return cls(
            blocks=tuple(Block.from_dict(b) for b in data.get("blocks", ())),
            source=data.get("source"),
            sha256=data.get("sha256", ""),
            encoding=data.get("encoding", "utf-8"),
            format=data.get("format", "txt"),
            bad_bytes=data.get("bad_bytes", 0),
            pages=data.get("pages", 0),
            warnings=tuple(ParseWarning.from_dict(w) for w in data.get("warnings", ())),
        )
