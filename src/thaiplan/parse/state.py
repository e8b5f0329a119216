"""The shared state of stage 3: sections and items being built, and where lines went.

The rules of :mod:`thaiplan.parse.rules` read the classified lines one by one and
change this state: they open sections, open items (nested under their parent, or
split when two share a line), continue the open item, and put lines that belong to no
section in the preamble or among the unparsed lines. Drafts are mutable; the records
stage (:mod:`thaiplan.parse.records`) turns them into frozen records.

>>> from thaiplan.model import SectionKind
>>> from thaiplan.parse.blocks import Line
>>> from thaiplan.parse.markers import match_marker
>>> state = State([], Warnings(None))
>>> section = state.open_section(SectionKind.MISSION, "พันธกิจ", Line(1, "พันธกิจ", "พันธกิจ"))
>>> line = Line(2, "1. อ่านออก  2. เขียนได้", "1. อ่านออก  2. เขียนได้")
>>> state.add_item(section, match_marker(line.text), line, line.raw)
>>> [item.pieces for item in section.items]
[['อ่านออก  '], ['เขียนได้']]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import SectionKind, TextLine, WarningCode
from .blocks import Line
from .classify import Classified
from .markers import MarkerMatch, Style, split_inline
from .sequence import heading_numbering
from .warnings import Warnings

if TYPE_CHECKING:
    from .tables import Header

__all__ = ["ItemDraft", "SectionDraft", "State"]

_MAX_LEVELS = 3  # item levels a list nests by marker
_NUMBERS = frozenset({Style.DOT, Style.CLOSE, Style.PAREN, Style.BARE})
_HOLLOW = frozenset("○◦□◇")  # second-level bullets
_DASHES = frozenset("-–—")  # the innermost


def _rank(marker: MarkerMatch) -> int | None:
    """How deep a marker's kind usually stands in a nested list: numbered prefixes
    (``ยุทธศาสตร์ที่ ๑``) 0, numbers (``1.``, ``๑)``, ``(1)``: careless writers mix them)
    1, bullets 2, hollow bullets 3, dashes 4; ``None`` for markers that never nest by
    their kind (lost numerals, words, letters; ``1.1`` nests by its numbers)."""
    style = marker.style
    if style is Style.PREFIX:
        return 0
    if style in _NUMBERS:
        return 1
    if style is Style.BULLET:
        symbol = marker.marker[:1]
        return 4 if symbol in _DASHES else 3 if symbol in _HOLLOW else 2
    return None


def _indented(item: ItemDraft, parent: ItemDraft) -> bool | None:
    """Whether ``item`` stands further in than ``parent``; ``None`` where the layout
    does not say (no positions, or not on one page)."""
    a, b = item.line.block, parent.line.block
    if (a is None or b is None or a.bbox is None or b.bbox is None
            or a.page != b.page):
        return None
    return a.bbox[0] > b.bbox[0] + _INDENT


_INDENT = 4.0  # points a nested item's line starts further in than its parent's


# A group label is a short phrase; a line ending like a sentence or a clause is not one.
_LABEL_END = re.compile(r"(?:และ|หรือ|ของ|ที่|ใน|[,.:;])$")
_LABEL_MAX = 40


@dataclass(slots=True, eq=False)
class ItemDraft:
    """An item being built: its marker line, then the lines that continue it.

    Attributes:
        marker: the marker that opened it.
        line: the marker's line.
        pieces: its text, line by line (the marker's line first).
        raw: the same lines as written (``""`` for an item split off a line).
        children: nested items (``1.1`` under ``1.``).
        depth: 1 for a top-level item, 2 for its children...
        after_group_label: a label such as ``ด้านครู`` opened its (restarted) list.
        sections: the item's own sections (a strategy's goals, indicators, tactics).
    """

    marker: MarkerMatch
    line: Line
    pieces: list[str]
    raw: list[str]
    children: list[ItemDraft] = field(default_factory=list)
    depth: int = 1
    after_group_label: bool = False
    sections: list[SectionDraft] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class SectionDraft:
    """A section being built.

    Attributes:
        kind, heading, line: from its heading line.
        text: lines of text before its first item (or all of them, without items).
        items: its top-level items.
        stack: the open item and its ancestors (the last one is continued).
        broken: junk came after the items: no more continuations.
        labels: labels of groups inside the list (``ด้านครู``).
        cell: the column of a table's row (:mod:`.tables`): its item's own, for sure.
    """

    kind: SectionKind
    heading: str
    line: Line
    text: list[tuple[Line, str]] = field(default_factory=list)
    items: list[ItemDraft] = field(default_factory=list)
    stack: list[ItemDraft] = field(default_factory=list)
    broken: bool = False
    labels: list[str] = field(default_factory=list)
    cell: bool = False

    def next_number(self) -> int:
        """The number the next top-level item would have."""
        for item in reversed(self.items):
            if item.marker.number is not None and len(item.marker.path) == 1:
                return item.marker.number + 1
        return len(self.items) + 1

    def continue_item(self, text: str, raw: str) -> None:
        """A line that continues the open item (wrapped text)."""
        self.stack[-1].pieces.append(text)
        self.stack[-1].raw.append(raw)

    def attach(self, item: ItemDraft) -> None:
        """Add ``item``: under its parent when it is nested — numbered under it (``1.2``
        after ``1.`` or ``1.1``), or marked otherwise than the list it is in (a ``-``
        under a ``๑)`` or a ``•``) and, where the layout is known, set further in — else
        at the top level."""
        path = item.marker.path
        stack = self.stack
        parent = next((k for k in range(len(stack) - 1, -1, -1)
                       if stack[k].marker.path == path[:-1]), None)
        if item.marker.style is Style.NESTED and parent is not None:
            item.depth = parent + 2
            stack[parent].children.append(item)
            del stack[parent + 1:]
            stack.append(item)
            return
        level = self._level_of(item)
        if level == 0:
            self.items.append(item)
            self.stack = [item]
            return
        item.depth = level + 1
        del stack[level:]
        stack[-1].children.append(item)
        stack.append(item)

    def _level_of(self, item: ItemDraft) -> int:
        """How many open items ``item`` is nested under (0: a top-level item).

        An item marked like an open item is that item's sibling. Otherwise it is a child
        of the innermost open item it stands further in than on the same page (``๑.``
        items under a ``•``, beside the ``-`` line that labels them), or — where the
        layout does not say — of the innermost open item when its kind of marker usually
        stands deeper (a ``-`` under a ``๑)`` or a ``•``). Items marked like the list's
        first are never nested (an item set further in than the one before is still its
        sibling)."""
        rank = _rank(item.marker)
        top = _rank(self.items[0].marker) if self.items else None
        if rank is None or top is None or rank == top:
            return 0
        for level, open_item in enumerate(self.stack):
            if _rank(open_item.marker) == rank:
                return level
        for level in range(min(len(self.stack), _MAX_LEVELS), 0, -1):
            indented = _indented(item, self.stack[level - 1])
            if indented:
                return level
            if indented is None:  # the layout does not say: the kinds of markers do
                inner = _rank(self.stack[-1].marker)
                deeper = rank > top and inner is not None and rank > inner
                return len(self.stack) if deeper and len(self.stack) < _MAX_LEVELS else 0
        return 0

    def take_group_label(self) -> bool:
        """A list restarting at 1 after a short line (``ด้านครู``): that line labels
        the new group; it is moved off the open item into the section's labels."""
        last = self.stack[-1]
        if len(last.pieces) < 2:
            return False
        label = last.pieces[-1].strip()
        if len(label) > _LABEL_MAX or label.count(" ") > 3 or _LABEL_END.search(label):
            return False
        last.pieces.pop()
        last.raw.pop()
        self.labels.append(label)
        return True


def _cover(lines: Sequence[Classified]) -> int | None:
    """The page of a book's cover: the first page with text, when the document has pages
    enough to have a cover and that page holds a few lines only (a title, the body)."""
    pages = [c.line.page for c in lines if c.text and c.line.page is not None]
    if len(set(pages)) < _COVERED or pages.count(pages[0]) > _COVER_LINES:
        return None
    return pages[0]


_COVERED = 5  # pages a document has before it has a cover
_COVER_LINES = 20  # lines a cover holds at most


class State:
    """What the rules share while they read a page's lines.

    Attributes:
        lines: the classified lines of the page.
        at: index of the next line to read (a rule that consumes more lines moves it).
        sections: the sections opened so far.
        preamble: lines before the first section.
        unparsed: lines after it that belong to no section (furniture, junk).
        office_lines: the lines that may name the publisher, in order.
        warnings: where problems are reported.
        cover: the page of the document's cover, if it has one (its lines are no content).
    """

    def __init__(self, lines: Sequence[Classified], warnings: Warnings) -> None:
        self.lines = lines
        self.at = 0
        self.sections: list[SectionDraft] = []
        self.preamble: list[TextLine] = []
        self.unparsed: list[TextLine] = []
        self.office_lines: list[str] = []
        self.warnings = warnings
        self.numbering: tuple[int, ...] | None = None  # the last numbered heading's
        # The top-level section and its item whose own sections the lines now fill.
        self.host: tuple[SectionDraft, ItemDraft] | None = None
        self.cover = _cover(lines)
        self.table: Header | None = None  # the header of the table the rows fill

    @property
    def section(self) -> SectionDraft | None:
        """The section lines go to (the last opened, nested in an item or not), ``None``
        before the first."""
        if self.host is not None and self.host[1].sections:
            return self.host[1].sections[-1]
        return self.sections[-1] if self.sections else None

    @property
    def top(self) -> SectionDraft | None:
        """The last top-level section."""
        return self.sections[-1] if self.sections else None

    def next_shown(self) -> int | None:
        """Index of the next non-blank line, if any."""
        return next((j for j in range(self.at, len(self.lines)) if self.lines[j].text), None)

    def open_section(self, kind: SectionKind, heading: str, line: Line, *,
                     nested: bool = False) -> SectionDraft:
        """A new section — a top-level one, or (``nested``) one of the open item of the
        last top-level section. A top-level heading's numbering (``๓.๖``) is the
        sequence's latest."""
        section = SectionDraft(kind, heading, line)
        top = self.top
        if nested and top is not None and top.items:
            self.host = (top, top.stack[0] if top.stack else top.items[-1])
            self.host[1].sections.append(section)
            return section
        self.host = None
        self.sections.append(section)
        self.numbering = heading_numbering(heading) or self.numbering
        return section

    def leave_nested(self) -> None:
        """Lines go back to the top-level section (its list goes on)."""
        self.host = None

    def outside(self, line: Line, text: str) -> None:
        """A line of no section: preamble before the first section, else unparsed."""
        (self.unparsed if self.sections else self.preamble).append(TextLine(line.number, text))

    def skip(self, line: Line, text: str) -> None:
        """A line of furniture or junk after the first section: unparsed."""
        self.unparsed.append(TextLine(line.number, text))

    def add_item(self, section: SectionDraft, marker: MarkerMatch, line: Line,
                 raw: str) -> None:
        """Open the item of ``marker`` on ``line``, and those run together after it on
        the same line (``1. อ่านออก  2. เขียนได้``: one warning for each split)."""
        section.broken = False
        while True:
            text, nxt = split_inline(marker)
            item = ItemDraft(marker, line, [text], [raw])
            if marker.path == (1,) and section.items:
                item.after_group_label = section.take_group_label()
            section.attach(item)
            if nxt is None:
                return
            self.warnings.warn(WarningCode.ITEMS_SPLIT,
                               f"two items on one line: split before {nxt.marker!r}",
                               line=line.number, page=line.page)
            marker, raw = nxt, ""
