"""Lines as the Word and HTML readers build them, before they become :class:`Block` s.

A :class:`Font` counts the visible characters of a line by weight and size as its
pieces arrive; a :class:`Line` is a line of text with its structure (heading, list,
cells) and font; :func:`to_blocks` numbers the lines and their paragraphs.

>>> font = Font()
>>> font.add("วิสัยทัศน์ ", True, 16.0)
>>> font.add("(Vision)", False, 16.0)
>>> font.bold, font.size
(False, 16.0)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..layout import Block, Role

__all__ = ["Font", "Line", "to_blocks"]


class Font:
    """Visible characters of a line by weight and size (what its pieces were set in)."""

    __slots__ = ("bold_chars", "plain_chars", "sizes")

    def __init__(self) -> None:
        self.bold_chars = 0
        self.plain_chars = 0
        self.sizes: dict[float | None, int] = {}

    def add(self, text: str, bold: bool, size: float | None) -> None:
        """Count the visible (non-whitespace) characters of ``text``."""
        visible = len(text) - text.count(" ")
        if visible and not text.isprintable():  # whitespace other than " " is not printable
            visible = len("".join(text.split()))
        self.count(visible, bold, size)

    def count(self, visible: int, bold: bool, size: float | None) -> None:
        """Count ``visible`` characters set in this weight and size."""
        if not visible:
            return
        if bold:
            self.bold_chars += visible
        else:
            self.plain_chars += visible
        self.sizes[size] = self.sizes.get(size, 0) + visible

    def merge(self, other: Font) -> None:
        """Count ``other``'s characters too (the cells of a table row)."""
        self.bold_chars += other.bold_chars
        self.plain_chars += other.plain_chars
        for size, count in other.sizes.items():
            self.sizes[size] = self.sizes.get(size, 0) + count

    @property
    def bold(self) -> bool | None:
        """Every visible character bold; ``None`` without visible characters."""
        if not (self.bold_chars or self.plain_chars):
            return None
        return not self.plain_chars

    @property
    def size(self) -> float | None:
        """The size (points) of most visible characters; ``None`` where unknown."""
        if len(self.sizes) <= 1:
            return next(iter(self.sizes), None)
        # The most characters win; of equal counts, the larger size.
        return max(self.sizes.items(), key=lambda kv: (kv[1], kv[0] or 0.0))[0]


@dataclass(slots=True)
class Line:
    """One line of a paragraph or a table row, as read.

    ``group`` is the paragraph it belongs to: consecutive lines with the same group
    (a paragraph split at line breaks) share the block id of their blocks.
    """

    text: str
    group: int
    font: Font = field(default_factory=Font)
    heading_level: int | None = None
    list_level: int | None = None
    list_label: str = ""
    cells: tuple[str, ...] = ()


def to_blocks(lines: Iterable[Line], *, role: Role = Role.BODY,
              first_block: int = 0) -> list[Block]:
    """Blocks of ``lines``: body lines numbered from 1 (furniture: line 0), paragraphs
    (block ids) numbered from ``first_block``."""
    blocks: list[Block] = []
    block, group = first_block - 1, None
    body = role is Role.BODY
    for number, line in enumerate(lines, 1):
        if line.group != group:
            block, group = block + 1, line.group
        blocks.append(Block(
            line.text, number if body else 0, bold=line.font.bold, size=line.font.size,
            heading_level=line.heading_level, list_level=line.list_level,
            list_label=line.list_label, cells=line.cells, role=role, block=block))
    return blocks
