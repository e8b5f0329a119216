"""How a file is read: its name for messages, the limits that keep a batch safe, OCR.

>>> ReadOptions().max_pages
2000
>>> try:
...     ReadOptions(source="plan.pdf").check_pages(2500)
... except ValueError as error:
...     print(error)
plan.pdf: 2500 pages, more than the limit of 2000 (ReadOptions.max_pages)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..errors import LimitExceededError

__all__ = ["ReadOptions", "name_of"]


def name_of(source: str | None) -> str:
    """The name of a source in messages: its path, or ``<bytes>``."""
    return source or "<bytes>"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Options of one read.

    Attributes:
        source: the file's path (for messages and provenance), ``None`` for bytes.
        max_pages: a PDF with more pages is refused.
        max_seconds: reading a file for longer than this is stopped (checked between
            pages and parts, so a single page may overrun it a little).
        max_unpacked_bytes: a Word file whose parts unpack to more than this is refused
            (a "zip bomb": a few MB that unpack to GBs).
        max_bytes: a text or HTML file larger than this is refused before it is decoded
            (a plan page is rarely over 1 MiB; pages with images inlined as base64 reach
            a few MiB).
        ocr: read PDF pages without a text layer with Tesseract (``thaiplan[ocr]`` and
            Debian's ``tesseract-ocr-tha``); without it such pages only get a warning.
    """

    source: str | None = None
    max_pages: int = 2000
    max_seconds: float = 600.0
    max_unpacked_bytes: int = 256 * 2**20
    max_bytes: int = 64 * 2**20
    ocr: bool = False
    started: float = field(default_factory=time.monotonic, compare=False, repr=False)

    def check_pages(self, pages: int) -> None:
        """Raise :class:`~thaiplan.errors.LimitExceededError` if ``pages`` is too many."""
        if pages > self.max_pages:
            raise LimitExceededError(
                f"{name_of(self.source)}: {pages} pages, more than the limit of "
                f"{self.max_pages} (ReadOptions.max_pages)")

    def check_unpacked(self, size: int) -> None:
        """Raise if a container unpacks to more than :attr:`max_unpacked_bytes`."""
        if size > self.max_unpacked_bytes:
            raise LimitExceededError(
                f"{name_of(self.source)}: unpacks to {size:,} bytes, more than the limit of "
                f"{self.max_unpacked_bytes:,} (ReadOptions.max_unpacked_bytes)")

    def check_bytes(self, size: int) -> None:
        """Raise if a text or HTML file of ``size`` bytes is larger than :attr:`max_bytes`."""
        if size > self.max_bytes:
            raise LimitExceededError(
                f"{name_of(self.source)}: {size:,} bytes, more than the limit of "
                f"{self.max_bytes:,} (ReadOptions.max_bytes)")

    def check_time(self, where: str = "") -> None:
        """Raise if reading has taken longer than :attr:`max_seconds` (``where``: e.g.
        ``"page 12"``, named in the message)."""
        spent = time.monotonic() - self.started
        if spent > self.max_seconds:
            at = f" at {where}" if where else ""
            raise LimitExceededError(
                f"{name_of(self.source)}: reading took {spent:.0f} s{at}, more than the "
                f"limit of {self.max_seconds:g} s (ReadOptions.max_seconds)")
