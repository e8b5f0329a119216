"""Stage 3 — lines to sections and items: small rules tried in order over a shared state.

:func:`build_tree` reads the classified lines in order. For each line, the rules of
:data:`RULES` are tried in turn; the first that takes the line ("is this mine?")
changes the :class:`~thaiplan.parse.state.State` and the next line is read. A rule may
take more lines than its own (a heading split over two lines, a chapter's title).
Adding a construct is adding a rule.

In order: a book's cover, a table of contents, front matter (:mod:`.outline`); a table
whose header row names sections, and its rows (:mod:`.tables`); a page title; a heading
marked as continued (``ยุทธศาสตร์ (ต่อ)``), a heading-shaped line that is none, a
heading, a numbered heading (:mod:`.sections`); a line before the first heading
(preamble); page-break furniture (the item above goes on after it); a numbered item; a
bulleted item; junk; and text — what a line of content does is :mod:`.content`'s: the
section's text, a lead-in before its first item, or the continuation of the item above.

>>> from thaiplan.layout import Document
>>> from thaiplan.parse.blocks import read_body
>>> from thaiplan.parse.classify import classify
>>> lines = classify(read_body(Document.from_text(
...     "เกี่ยวกับเรา\\nพันธกิจ\\n๑. จัดการศึกษา\\nให้ทั่วถึง\\n- ๒ -\\n๒. พัฒนาครู")).lines)
>>> state = build_tree(lines, Warnings(None))
>>> [t.text for t in state.preamble], [t.text for t in state.unparsed]
(['เกี่ยวกับเรา'], ['- ๒ -'])
>>> [item.pieces for item in state.sections[0].items]
[['จัดการศึกษา', 'ให้ทั่วถึง'], ['พัฒนาครู']]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import TextLine
from .classify import Classified
from .content import accepts, content, opens_item, row_in_a_list_of_text
from .junk import Furniture, is_junk, is_rule_or_page_number
from .markers import Style
from .outline import cover, front_matter, table_of_contents
from .sections import continued_heading, continues_host, heading, not_a_heading, numbered_heading
from .sequence import chapter_numbering
from .state import SectionDraft, State
from .tables import table_row
from .warnings import Warnings

__all__ = ["RULES", "Rule", "build_tree"]

Rule = Callable[[State, Classified], bool]
"""A rule: given the state and a (non-blank) line, take the line and say so, or not."""

_NUMBERED = frozenset({Style.DOT, Style.CLOSE, Style.PAREN, Style.BARE, Style.PREFIX,
                       Style.NESTED})
_CHAPTER_TITLE = 40  # a chapter's title on its own line is short


def build_tree(lines: Sequence[Classified], warnings: Warnings) -> State:
    """Read the classified lines of a page into sections and items (see the rules)."""
    state = State(lines, warnings)
    while state.at < len(lines):
        c = lines[state.at]
        state.at += 1
        if not c.text:
            continue
        if not c.title and c.heading is None:
            state.office_lines.append(c.text)  # it may name the publisher
        for rule in RULES:
            if rule(state, c):
                break
    return state


def page_title(state: State, c: Classified) -> bool:
    """A page title listing several headings: outside the sections; it ends the items."""
    if not c.title:
        return False
    state.outside(c.line, c.text)
    if state.section is not None:
        state.section.broken = True
    return True


def preamble(state: State, c: Classified) -> bool:
    """A line before the first heading: a title, a breadcrumb, the office's name."""
    if state.section is not None:
        return False
    state.preamble.append(TextLine(c.line.number, c.text))
    if c.furniture is Furniture.CHAPTER:
        state.numbering = chapter_numbering(c.text) or state.numbering
    return True


def page_break(state: State, c: Classified) -> bool:
    """Page-break furniture (a page number, a running header, a chapter line) is no
    content, and the item above goes on after it — but a number alone that is the
    list's next number opens that item (a table cell, a PDF line holding only it)."""
    section = _current(state)
    if c.furniture is None and not (c.running_header and (section.text or section.items)):
        return False
    if c.furniture is Furniture.LONE_NUMBER and opens_item(state, section, c):
        return True
    state.skip(c.line, c.text)
    if c.furniture is Furniture.CHAPTER:  # a new part of the plan: the section above ends
        section.broken = True
        state.numbering = chapter_numbering(c.text) or state.numbering
        _skip_chapter_title(state, c.text)
    return True


def _skip_chapter_title(state: State, chapter: str) -> None:
    """A chapter line holding only its number (``ส่วนที่ 2``): its short title, on the
    next line, is furniture too."""
    if not chapter.rstrip(":. ")[-1:].isdigit():  # the title is on the chapter line
        return
    nxt = state.next_shown()
    if nxt is None:
        return
    c = state.lines[nxt]
    if (c.heading is not None or c.title or c.marker is not None or c.furniture is not None
            or len(c.text) > _CHAPTER_TITLE or c.text.count(" ") > 2):
        return
    state.skip(c.line, c.text)
    state.at = nxt + 1


def numbered_item(state: State, c: Classified) -> bool:
    """A numbered marker opens an item; a bare number only where it can be the list's
    (:func:`~thaiplan.parse.content.accepts`), else the line is text."""
    marker = c.marker
    if marker is None or marker.style not in _NUMBERED:
        return False
    section = _current(state)
    if state.host is not None and continues_host(state.host[0], marker):
        state.leave_nested()  # "ยุทธศาสตร์ที่ ๒" after the strategy's own sections
        section = _current(state)
    if row_in_a_list_of_text(section, c.line, marker):
        return False
    if marker.style is not Style.NESTED and not accepts(state, section, marker):
        return False
    state.add_item(section, marker, c.line, c.line.raw)
    return True


def bulleted_item(state: State, c: Classified) -> bool:
    """A bullet, letter, word or a lost numeral opens an item, unless the line is a
    rule or a page number (``- 12 -``)."""
    if c.marker is None or c.marker.style in _NUMBERED:
        return False
    section = _current(state)
    if is_rule_or_page_number(c.text):
        state.skip(c.line, c.text)
        section.broken = True
    else:
        content(state, section, c.text, c.line, c.marker)
    return True


def junk(state: State, c: Classified) -> bool:
    """Junk (counters, addresses, menus, an organisation's name once the section has
    content) goes unparsed and ends the items above."""
    section = _current(state)
    if not is_junk(c.text, org_names=bool(section.text or section.items)):
        return False
    state.skip(c.line, c.text)
    section.broken = True
    return True


def text_line(state: State, c: Classified) -> bool:
    """Any other line: see :func:`~thaiplan.parse.content.content`."""
    content(state, _current(state), c.text, c.line, c.marker)
    return True


RULES: list[Rule] = [cover, table_of_contents, front_matter, table_row, page_title,
                     continued_heading, not_a_heading, heading, numbered_heading, preamble,
                     page_break, numbered_item, bulleted_item, junk, text_line]
"""The rules, in the order they are tried."""


def _current(state: State) -> SectionDraft:
    """The open section (rules after :func:`preamble` run only once there is one)."""
    section = state.section
    assert section is not None
    return section
