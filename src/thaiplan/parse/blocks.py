"""Stage 1 — blocks to lines: the body of a document as the parser reads it.

A :class:`~thaiplan.layout.Document` holds blocks in reading order. The body blocks
(not the page furniture a reader recognised: running headers, footers, page numbers)
become :class:`Line` s, one per line of their text, each normalised on its own — line
ends unified, invisible characters removed, Unicode spaces made plain spaces, sara am
composed, Thai marks fixed and PDF damage repaired: the steps of
:func:`thaiplan.normalize.normalize` that keep a line's spacing — and each keeping
where it came from: its line in the body text, its page and its block.

>>> body = read_body(Document.from_text("วิสัยทัศน์\\n\\u00a0\\u00a0ส ำนักงานคุณภาพ"))
>>> [(line.number, line.raw, line.text) for line in body.lines]
[(1, 'วิสัยทัศน์', 'วิสัยทัศน์'), (2, '  สำนักงานคุณภาพ', 'สำนักงานคุณภาพ')]
>>> body.damaged.number
2
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..layout import Block, Document
from ..normalize import (
    compose_sara_am,
    fix_thai_marks,
    normalize_newlines,
    remove_invisible,
    repair_pdf_text,
)

__all__ = ["Body", "Line", "prepare_text", "read_body"]

# Unicode spaces other than tab become a plain space; tabs are kept because a tab
# separates a heading or an acronym value from its content.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the body, prepared, with its provenance.

    Attributes:
        number: 1-based line in the body text (:attr:`Document.text`).
        raw: the prepared line, indentation kept (what an item's ``raw`` is made of).
        text: the prepared line without the whitespace around it (what is parsed).
        page: 1-based page (PDF), else ``None``.
        block: the layout block the line belongs to, with what the format says about
            it (font, heading and list levels); ``None`` for text given directly.
        damaged: PDF repair changed the line.
    """

    number: int
    raw: str
    text: str
    page: int | None = None
    block: Block | None = None
    damaged: bool = False


@dataclass(frozen=True, slots=True)
class Body:
    """What the parser reads of a document.

    Attributes:
        lines: the body's lines, in reading order.
        furniture: the blocks a reader recognised as page furniture (running headers,
            footers, page numbers): not body text, kept for the stages that read them
            (a budget volume names each agency in its page header).
        damaged: the first line PDF repair changed, if any.
    """

    lines: tuple[Line, ...]
    furniture: tuple[Block, ...] = ()
    damaged: Line | None = None


def read_body(document: Document) -> Body:
    """The prepared lines of ``document``'s body, and its furniture blocks."""
    sources: list[Block] = []
    texts: list[str] = []
    for block in document.body:
        # A block may hold line breaks (a paragraph): each line is a line of the body.
        for text in normalize_newlines(block.text).split("\n"):
            sources.append(block)
            texts.append(text)
    prepared, damaged = _prepare(texts)
    lines = tuple(Line(number, raw, raw.strip(), block.page, block, hurt)
                  for number, (raw, block, hurt)
                  in enumerate(zip(prepared, sources, damaged, strict=True), start=1))
    return Body(lines=lines,
                furniture=tuple(b for b in document.blocks if b.is_furniture),
                damaged=next((line for line in lines if line.damaged), None))


def prepare_text(text: str) -> str:
    """The text the parser reads: normalised characters, line structure and spacing kept.

    Invisible characters go, Unicode spaces become spaces, sara am is composed,
    Thai marks fixed and PDF damage repaired (the same steps as
    :func:`thaiplan.normalize.normalize`, without collapsing spaces).

    >>> prepare_text("\\u00a0\\u00a0๑จัด\\u200bการ\\r\\n")
    '  ๑จัดการ\\n'
    """
    return "\n".join(_prepare(normalize_newlines(text).split("\n"))[0])


def _prepare(lines: list[str]) -> tuple[list[str], list[bool]]:
    """``lines`` prepared, and whether PDF repair changed each.

    Every step is local to a line, so the lines are prepared together, as one text.
    """
    if not lines:
        return [], []
    text = _SPACES.sub(" ", remove_invisible("\n".join(lines)))
    fixed = fix_thai_marks(compose_sara_am(text))
    repaired = repair_pdf_text(fixed)
    after = repaired.split("\n")
    before = fixed.split("\n")
    return after, [b != a for b, a in zip(before, after, strict=True)]
