"""Stage 3, a line of content: it opens an item, continues the open item, or is text.

:func:`content` decides for a line under a section. A marker-looking start opens an item
only where :func:`accepts` says the list can have it: a number wrapped to the start of a
line (``…ร้อยละ`` / ``80 ของนักเรียน``, ``…อย่างน้อย`` / ``2 ภาษา``), a count in a list
that has used no number, a prefix the list has not used, a capitalised word outside a
list of values — each is text, not a marker. Without an accepted marker, the line
continues the open item; before any item it is the section's text (a lead-in); after
items that junk has ended it is text of no section (reported).

>>> from thaiplan.model import SectionKind
>>> from thaiplan.parse.blocks import Line
>>> from thaiplan.parse.markers import match_marker
>>> from thaiplan.parse.warnings import Warnings
>>> state = State([], Warnings(None))
>>> section = state.open_section(SectionKind.GOALS, "เป้าประสงค์", Line(1, "เป้าประสงค์", ""))
>>> for n, text in enumerate(["1. นักเรียนร้อยละ", "80 อ่านออกเขียนได้", "2. ครูมีสมรรถนะ"], 2):
...     content(state, section, text, Line(n, text, text))
>>> [item.pieces for item in section.items]
[['นักเรียนร้อยละ', '80 อ่านออกเขียนได้'], ['ครูมีสมรรถนะ']]
>>> wrapped, next_one = match_marker("80 อ่านออกเขียนได้"), match_marker("3. ส่งเสริม")
>>> accepts(state, section, wrapped), accepts(state, section, next_one)
(False, True)
"""

from __future__ import annotations

import re

from ..model import SectionKind, WarningCode
from .blocks import Line
from .classify import Classified
from .markers import MarkerMatch, Style, match_marker, read_number
from .state import SectionDraft, State

__all__ = ["accepts", "content", "opens_item", "prefix_word", "row_in_a_list_of_text"]

_INLINE = frozenset({Style.DOT, Style.CLOSE, Style.PAREN})  # can run together on a line
_NUMBER_STYLES = _INLINE | {Style.BARE, Style.MISSING}
# Sections whose text may hold a number wrapped to a line's start (ภายในปี\n25 ...).
_FREE_TEXT_KINDS = frozenset({SectionKind.VISION, SectionKind.MOTTO, SectionKind.PHILOSOPHY,
                              SectionKind.BACKGROUND, SectionKind.CULTURE})
# Sections where a capitalised word opens an item (Teamwork    ทำงานเป็นทีม).
_WORD_MARKER_KINDS = frozenset({SectionKind.VALUES, SectionKind.CULTURE, SectionKind.IDENTITY,
                                SectionKind.OTHER, SectionKind.MOTTO})
_PREFIX_NOISE = re.compile(r"[\s0-9๐-๙.):\-–—•]+")
_LOOK_AHEAD = 300  # lines looked ahead for a list's next "5." (within its section)


def content(state: State, section: SectionDraft, text: str, line: Line,
            marker: MarkerMatch | None = None) -> None:
    """A line of content: it opens an item (if its marker is accepted here), continues
    the open item, or is the section's text (before any item: a lead-in) — or, after
    items that junk has ended, text of no section (reported)."""
    if marker is None:
        marker = match_marker(text)
    if row_in_a_list_of_text(section, line, marker):
        marker = None
    if marker is not None and accepts(state, section, marker):
        state.add_item(section, marker, line, line.raw)
    elif section.items and not section.broken:
        section.continue_item(text, line.raw)
    elif section.items:
        state.skip(line, text)
        state.warnings.warn(
            WarningCode.TEXT_OUTSIDE_SECTION,
            f"text after the items of {section.heading!r} is not part of any item",
            line=line.number, page=line.page)
    else:
        section.text.append((line, text))


def accepts(state: State, section: SectionDraft, marker: MarkerMatch) -> bool:
    """Whether a marker-looking start of the current line really opens an item here."""
    if marker.style is Style.WORD:
        last = section.stack[-1].marker.style if section.stack else None
        return section.kind in _WORD_MARKER_KINDS or last is Style.WORD
    if marker.style is Style.PREFIX:
        return _prefix_fits(section, marker)
    if marker.style in _INLINE:
        return _number_fits(section, marker)
    if marker.style is not Style.BARE:
        return True
    if section.text and not section.items:
        # "ภายในปี\n25 ..." in a vision: a number wrapped to the line start.
        return marker.number == 1 and section.kind not in _FREE_TEXT_KINDS
    # "…ร้อยละ\n80 ของนักเรียน": a bare number far from the list's next one is wrapped
    # text, not a marker.
    nxt = section.next_number()
    if marker.number is None or not 1 <= marker.number <= nxt + 1:
        return False
    if section.items and section.items[-1].marker.style in _INLINE:
        # "…อย่างน้อย\n2 ภาษา" in a list of "1." items: a count wrapped to the line
        # start, unless it is the next number and no "5." follows.
        return marker.number == nxt and not _punctuated_later(state, marker.number)
    return True


def _number_fits(section: SectionDraft, marker: MarkerMatch) -> bool:
    """A number (``(๒)``, ``3.``) other than 1 opens no item in a list that has used no
    number yet (items ``๔.๑``, ``๔.๒`` … or bullets): it is a count or an enumeration
    of the text, wrapped to the line's start."""
    if marker.style not in _INLINE or not section.items or marker.number in (None, 1):
        return True
    return any(item.marker.style in _NUMBER_STYLES for item in (*section.items, *section.stack))


def _prefix_fits(section: SectionDraft, marker: MarkerMatch) -> bool:
    """A numbered prefix (``ยุทธศาสตร์ที่ ๒``, ``ด้านที่ ๕``) opens an item where its list
    can be: the section's first, or one after an item of the same prefix — not a later
    number of a prefix the list has not used (``…ด้านที่ ๔ พัฒนา…`` / ``ด้านที่ ๕ ปฏิรูป…``
    wrapped in the text of a list of ``- ยุทธศาสตร์ที่ …``)."""
    if not section.items or marker.number == 1:
        return True
    word = prefix_word(marker)
    return any(prefix_word(item.marker) == word
               for item in (*section.items, *section.stack))


def prefix_word(marker: MarkerMatch) -> str:
    """A marker without its number and bullet: ``- ยุทธศาสตร์ที่ ๑`` → ``ยุทธศาสตร์ที่``."""
    return _PREFIX_NOISE.sub("", marker.marker)


def _punctuated_later(state: State, number: int) -> bool:
    """Whether a later line of the page, before the next heading, opens a top-level
    item ``number.``, ``number)`` or ``(number)``."""
    for c in state.lines[state.at:state.at + _LOOK_AHEAD]:
        if c.heading is not None or c.title:
            return False
        if c.marker is not None and c.marker.path == (number,) and c.marker.style in _INLINE:
            return True
    return False


def row_in_a_list_of_text(section: SectionDraft, line: Line,
                          marker: MarkerMatch | None = None) -> bool:
    """A table's row (``1.``, ``Credit``) after a list written as text opens no item
    of it: the table is part of the open item (a plan's roadmap under its point).

    Not a row: the list's next marker alone in the first of two cells, its text in the
    second — the item set at a tab stop (``กลยุทธ์ที่ ๓`` | ``พัฒนาครูและบุคลากร``)."""
    block, first = line.block, section.items[0].line.block if section.items else None
    if not (block is not None and block.cells and first is not None and not first.cells):
        return False
    return not (marker is not None and len(block.cells) == 2
                and _unspaced(block.cells[0]) == _unspaced(marker.marker + marker.separator)
                and marker.number == section.next_number()
                and prefix_word(marker) == prefix_word(section.items[-1].marker))


def _unspaced(text: str) -> str:
    return "".join(text.split())


def opens_item(state: State, section: SectionDraft, c: Classified) -> bool:
    """A number alone on its line (``2``, ``(2)``) that is the list's next number opens
    the item (its text follows). Any other is a page number."""
    marker = c.marker
    if marker is None:
        if section.text:
            return False
        number = read_number(c.text)
        marker = MarkerMatch(c.text, number, "", "", Style.BARE, (number,))
    if marker.number != section.next_number():
        return False
    state.add_item(section, marker, c.line, c.line.raw)
    return True
