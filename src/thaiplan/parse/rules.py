"""Stage 3 — lines to sections and items: small rules tried in order over a shared state.

:func:`build_tree` reads the classified lines in order. For each line, the rules of
:data:`RULES` are tried in turn; the first that takes the line ("is this mine?")
changes the :class:`~thaiplan.parse.state.State` and the next line is read. A rule may
take more lines than its own (a heading split over two lines, a chapter's title).
Adding a construct is adding a rule.

In order: a page title; a heading marked as continued (``ยุทธศาสตร์ (ต่อ)``); a heading;
a line before the first heading (preamble); page-break furniture (the item above goes
on after it); a numbered item; a bulleted item; junk; and text — the section's text, a
lead-in before its first item, or the continuation of the item above.

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

import re
from collections.abc import Callable, Sequence

from ..model import SectionKind, TextLine, WarningCode
from .blocks import Line
from .classify import Classified
from .headings import is_bracket_only
from .junk import Furniture, is_junk, is_rule_or_page_number
from .markers import MarkerMatch, Style, match_marker, read_number
from .outline import (
    chapter_numbering,
    contents_end,
    front_matter_end,
    heading_numbering,
    is_contents_title,
    is_front_matter_title,
    kind_of_numbered_heading,
    looks_like_heading,
    next_in_sequence,
    opens_a_sequence,
)
from .state import SectionDraft, State
from .warnings import Warnings

__all__ = ["RULES", "Rule", "build_tree"]

Rule = Callable[[State, Classified], bool]
"""A rule: given the state and a (non-blank) line, take the line and say so, or not."""

# "ยุทธศาสตร์ (ต่อ)": the heading of the section above, continued after a page break.
_CONTINUED = re.compile(r"\(\s*ต่อ\s*\)\s*:?\s*$")
_NUMBERED = frozenset({Style.DOT, Style.CLOSE, Style.PAREN, Style.BARE, Style.PREFIX,
                       Style.NESTED})
_INLINE = frozenset({Style.DOT, Style.CLOSE, Style.PAREN})  # can run together on a line
_NUMBER_STYLES = _INLINE | {Style.BARE, Style.MISSING}
# Sections whose text may hold a number wrapped to a line's start (ภายในปี\n25 ...).
_FREE_TEXT_KINDS = frozenset({SectionKind.VISION, SectionKind.MOTTO, SectionKind.PHILOSOPHY,
                              SectionKind.BACKGROUND, SectionKind.CULTURE})
# Sections where a capitalised word opens an item (Teamwork    ทำงานเป็นทีม).
_WORD_MARKER_KINDS = frozenset({SectionKind.VALUES, SectionKind.CULTURE, SectionKind.IDENTITY,
                                SectionKind.OTHER, SectionKind.MOTTO})
_CHAPTER_TITLE = 40  # a chapter's title on its own line is short
# The end of a line that stops mid-phrase: the next line goes on with it.
_MID_PHRASE = re.compile(r"(?:ตาม|ของ|กับ|และ|หรือ|ใน|แห่ง|เพื่อ|สู่|ต่อ|จาก|โดย|ด้วย|ให้|หลัก|ตลอดจน"
                         r"|รวมทั้ง|รวมถึง|ส่งเสริม|สนับสนุน|พัฒนา|สร้าง|ยึด)$")
_LEAD_IN = re.compile(r"(?:ดังนี้|ดังต่อไปนี้|ประกอบด้วย|คือ|[:：])\s*$")
# Sections whose numbered children are headings, not items (a plan's chapters, its
# analysis: ``๒.๒ การวิเคราะห์…`` then ``๒.๒.๑ กฎหมาย…``).
_PREFIX_NOISE = re.compile(r"[\s0-9๐-๙.):\-–—•]+")
# Lists whose items may hold sections of their own, and the kinds those sections are.
_HOSTS = frozenset({SectionKind.STRATEGIES, SectionKind.GOALS})
_NESTED_KINDS = frozenset({SectionKind.GOALS, SectionKind.INDICATORS, SectionKind.STRATEGIES,
                           SectionKind.OTHER})
_PLAIN_KINDS = frozenset({SectionKind.OTHER, SectionKind.BACKGROUND})
# Numbers a heading of a numbered sequence is written with (``3.``, ``๓.๗``, ``3 …``).
_HEADING_NUMBERS = frozenset({Style.DOT, Style.NESTED, Style.BARE})
_LOOK_AHEAD = 300  # lines looked ahead for a list's next "5." (within its section)


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


def cover(state: State, c: Classified) -> bool:
    """A book's cover (its title, its publisher) is no content: the preamble."""
    if state.cover is None or c.line.page != state.cover:
        return False
    state.outside(c.line, c.text)
    return True


def table_of_contents(state: State, c: Classified) -> bool:
    """A table of contents (``สารบัญ`` and its entries, each with its page) is no content."""
    if not is_contents_title(c.text):
        return False
    _skip_to(state, contents_end(state.lines, state.at - 1))
    return True


def front_matter(state: State, c: Classified) -> bool:
    """A foreword or an executive summary restates the plan before the plan: no content."""
    if not is_front_matter_title(c.text):
        return False
    _skip_to(state, front_matter_end(state.lines, state.at - 1))
    return True


def page_title(state: State, c: Classified) -> bool:
    """A page title listing several headings: outside the sections; it ends the items."""
    if not c.title:
        return False
    state.outside(c.line, c.text)
    if state.section is not None:
        state.section.broken = True
    return True


def continued_heading(state: State, c: Classified) -> bool:
    """``ยุทธศาสตร์ (ต่อ)`` under a section of that kind: the section goes on (keeping
    its first heading)."""
    heading, section = c.heading, state.section
    if (heading is None or section is None or section.kind is not heading.kind
            or not _CONTINUED.search(heading.heading)):
        return False
    state.skip(c.line, heading.heading)
    section.broken = False
    if heading.rest:
        content(state, section, heading.rest, c.line)
    return True


def not_a_heading(state: State, c: Classified) -> bool:
    """A heading-shaped line that is no heading here: one that goes on with the line
    above — the same paragraph of a laid-out page, or after a line that stops
    mid-phrase (``…ให้สอดคล้องกับ`` / ``วิสัยทัศน์ของสำนักงาน…``) — is that line's text; one
    of the open section's kind right under its heading, ending like a lead-in
    (``ยุทธศาสตร์การพัฒนา 5 ด้าน ดังนี้``), is the section's lead-in."""
    section, found = state.section, c.heading
    if section is None or found is None or found.rest or _set_apart(c):
        return False
    before = _line_before(state)
    if before is None or before.title or (
            before.heading is not None and before.line is not section.line):
        return False
    wraps = _same_paragraph(before, c) or (
        bool(found.qualifier) and before.heading is None and _MID_PHRASE.search(before.text))
    lead_in = (before.line is section.line and found.kind is section.kind
               and _LEAD_IN.search(found.heading) is not None)
    if not (wraps or lead_in):
        return False
    content(state, section, c.text, c.line)
    return True


def heading(state: State, c: Classified) -> bool:
    """A heading opens a section. Its gloss may follow on the next line (``(Vision)``);
    content after it on its line is the section's first content."""
    if c.heading is None:
        return False
    words = c.heading.heading
    if not c.heading.rest:
        words = _with_gloss(state, words)
    section = state.open_section(c.heading.kind, words, c.line,
                                 nested=_nests(state, c.heading.kind, words))
    if c.heading.rest:
        state.office_lines.append(c.heading.rest)
        content(state, section, c.heading.rest, c.line)
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
    if c.furniture is Furniture.LONE_NUMBER and _opens_item(state, section, c):
        return True
    state.skip(c.line, c.text)
    if c.furniture is Furniture.CHAPTER:  # a new part of the plan: the section above ends
        section.broken = True
        state.numbering = chapter_numbering(c.text) or state.numbering
        _skip_chapter_title(state, c.text)
    return True


def numbered_heading(state: State, c: Classified) -> bool:
    """A line numbered as the next heading of the document's sequence (``3. ผลสัมฤทธิ์…``
    after ``2. พันธกิจ``, ``๓.๗ …`` after ``๓.๖ …``), that the open list does not expect,
    is that heading, with or without a heading word. The first numbered heading of a
    document opens the sequence: set as a heading, with a heading word, no clause."""
    marker, previous = c.marker, state.numbering
    if marker is None or marker.style not in _HEADING_NUMBERS:
        return False
    if previous is None:
        if not opens_a_sequence(c.text, c.line.block):
            return False
    elif (not next_in_sequence(previous, marker.path)
            or not looks_like_heading(c.text, c.line.block)):
        return False
    previous = previous or ()
    section = state.section
    if section is not None and (_expected(section, marker, c) or (
            marker.path == (*previous, 1) and section.kind not in _PLAIN_KINDS)):
        return False  # (the first of ๒.๑, ๒.๒… under "๒. เป้าหมาย": its items)
    state.open_section(kind_of_numbered_heading(c.text), _with_gloss(state, c.text), c.line)
    return True


def numbered_item(state: State, c: Classified) -> bool:
    """A numbered marker opens an item; a bare number only where it can be the list's
    (:func:`accepts`), else the line is text."""
    marker = c.marker
    if marker is None or marker.style not in _NUMBERED:
        return False
    section = _current(state)
    if state.host is not None and _continues_host(state.host[0], marker):
        state.leave_nested()  # "ยุทธศาสตร์ที่ ๒" after the strategy's own sections
        section = _current(state)
    if _row_in_a_list_of_text(section, c.line):
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
    """Any other line: see :func:`content`."""
    content(state, _current(state), c.text, c.line, c.marker)
    return True


RULES: list[Rule] = [cover, table_of_contents, front_matter, page_title, continued_heading,
                     not_a_heading, heading, numbered_heading, preamble, page_break,
                     numbered_item, bulleted_item, junk, text_line]
"""The rules, in the order they are tried."""


def content(state: State, section: SectionDraft, text: str, line: Line,
            marker: MarkerMatch | None = None) -> None:
    """A line of content: it opens an item (if its marker is accepted here), continues
    the open item, or is the section's text (before any item: a lead-in) — or, after
    items that junk has ended, text of no section (reported)."""
    if marker is None:
        marker = match_marker(text)
    if _row_in_a_list_of_text(section, line):
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


def _row_in_a_list_of_text(section: SectionDraft, line: Line) -> bool:
    """A table's row (``1.``, ``Credit``) after a list written as text opens no item
    of it: the table is part of the open item (a plan's roadmap under its point)."""
    block, first = line.block, section.items[0].line.block if section.items else None
    return bool(block is not None and block.cells and first is not None and not first.cells)


def _prefix_fits(section: SectionDraft, marker: MarkerMatch) -> bool:
    """A numbered prefix (``ยุทธศาสตร์ที่ ๒``, ``ด้านที่ ๕``) opens an item where its list
    can be: the section's first, or one after an item of the same prefix — not a later
    number of a prefix the list has not used (``…ด้านที่ ๔ พัฒนา…`` / ``ด้านที่ ๕ ปฏิรูป…``
    wrapped in the text of a list of ``- ยุทธศาสตร์ที่ …``)."""
    if not section.items or marker.number == 1:
        return True
    word = _prefix_word(marker)
    return any(_prefix_word(item.marker) == word
               for item in (*section.items, *section.stack))


def _prefix_word(marker: MarkerMatch) -> str:
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


def _opens_item(state: State, section: SectionDraft, c: Classified) -> bool:
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


def _nests(state: State, kind: SectionKind, heading: str) -> bool:
    """Whether a heading opens a section of the open item of a list of strategies (or
    goals) numbered with a prefix (``ยุทธศาสตร์ที่ ๑`` … ``วัตถุประสงค์``, ``ตัวชี้วัด``,
    ``กลยุทธ์``): it is of a kind such an item holds and not numbered at the list's level
    or above. (Whether the list goes on after it is only known later: an item that
    alone got sections gives them back to the top level, see the records stage.)"""
    top = state.top
    if (top is None or top.kind not in _HOSTS or kind not in _NESTED_KINDS
            or not top.items or top.items[-1].marker.style is not Style.PREFIX):
        return False
    own, numbering = heading_numbering(top.heading), heading_numbering(heading)
    return numbering is None or (own is not None and len(numbering) > len(own)
                                 and numbering[:len(own)] == own)


def _continues_host(host: SectionDraft, marker: MarkerMatch) -> bool:
    """Whether ``marker`` is the next item of the list whose item holds the open nested
    sections (``ยุทธศาสตร์ที่ ๒`` after ``ยุทธศาสตร์ที่ ๑``'s goals and tactics)."""
    last = host.items[-1].marker
    return (marker.style is last.style and marker.number == host.next_number()
            and _prefix_word(marker) == _prefix_word(last))


def _line_before(state: State) -> Classified | None:
    """The last non-blank line before the current one."""
    return next((state.lines[k] for k in range(state.at - 2, -1, -1) if state.lines[k].text),
                None)


def _set_apart(c: Classified) -> bool:
    """The layout sets the line as a heading (a heading level, or bold)."""
    block = c.line.block
    return block is not None and bool(block.heading_level or block.bold)


def _same_paragraph(before: Classified, c: Classified) -> bool:
    """Two lines of one paragraph of a laid-out page (a PDF: the reader knows)."""
    a, b = before.line.block, c.line.block
    return (a is not None and b is not None and a.bbox is not None and b.bbox is not None
            and a.page == b.page and a.block == b.block)


def _with_gloss(state: State, words: str) -> str:
    """A heading, and its gloss or period when that stands alone on the next line
    (``พันธกิจ`` / ``(Missions)``, ``๒.๒.๓.๕ ยุทธศาสตร์…`` / ``(พ.ศ.๒๕๖๐ - ๒๕๗๙)``)."""
    nxt = state.next_shown()
    if nxt is not None and is_bracket_only(state.lines[nxt].text):
        state.at = nxt + 1
        return f"{words} {state.lines[nxt].text}"
    return words


def _expected(section: SectionDraft, marker: MarkerMatch, c: Classified) -> bool:
    """Whether the open list expects ``marker`` as its next item: numbered alike, the
    next number — and not set apart as a heading is (bold, where the list is not)."""
    if not section.items:
        return False
    last = section.stack[-1].marker if section.stack else section.items[-1].marker
    if len(last.path) != len(marker.path) or section.next_number() != marker.number:
        return False
    block, item_block = c.line.block, section.items[-1].line.block
    return not (block is not None and item_block is not None
                and block.bold and not item_block.bold)


def _skip_to(state: State, end: int) -> None:
    """Lines from the current one up to ``end`` (excluded) are no content."""
    for c in state.lines[state.at - 1:end]:
        if c.text:
            state.outside(c.line, c.text)
    if state.section is not None:
        state.section.broken = True
    state.at = max(state.at, end)


def _current(state: State) -> SectionDraft:
    """The open section (rules after :func:`preamble` run only once there is one)."""
    section = state.section
    assert section is not None
    return section
