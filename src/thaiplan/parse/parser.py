"""The parser: lines of a page to a :class:`~thaiplan.model.PlanDocument`.

One pass over the lines with a small state machine. Each non-blank line is, in
this order of precedence: a page title listing several headings (junk), a section
heading (possibly with content on the same line), page furniture (junk), an item
marker line, or text — a section's free text, a lead-in before its first item, or
the continuation of the item above. Lines before the first heading are the
preamble. Every non-whitespace character ends up in exactly one place.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from functools import partial
from operator import attrgetter
from typing import NamedTuple

from .._memo import BoundedMemo
from ..errors import ParseError
from ..model import (
    Item,
    ParseWarning,
    PlanDocument,
    Section,
    SectionKind,
    TextLine,
    WarningCode,
)
from ..normalize import (
    INVISIBLE,
    compose_sara_am,
    fix_thai_marks_lines,
    normalize_newlines,
    repair_pdf_text,
)
from ..normalize import _clear_memos as _clear_normalize_memos
from ..read import ReadOptions, Source, read_document
from .junk import CHAPTER, PAGE, _is_junk, furniture, is_rule_or_page_number, is_title_line
from .lexicon import HeadingMatch, is_bracket_only, read_heading
from .markers import MarkerMatch, Style, find_inline_marker, match_marker, read_number
from .office import _first_org, detect_office

__all__ = ["clear_memos", "parse_file", "parse_text", "prepare_text"]

# Unicode spaces other than tab become a plain space; tabs are kept because a tab
# separates a heading or an acronym value from its content.
_SPACES = frozenset("\u00a0\u1680\u202f\u205f\u3000\x0b\x0c"
                    + "".join(map(chr, range(0x2000, 0x200B))))
_NEWLINE_CHARS = frozenset("\r\u2028\u2029\x85")
_INVISIBLE = frozenset(INVISIBLE)
# Runs of anything normalize_newlines, remove_invisible or _SPACES would change.
_SPECIAL = re.compile(f"[{''.join(sorted(_NEWLINE_CHARS | _INVISIBLE | _SPACES))}]+")
_LEAD_IN_END = re.compile(r"(?:ดังนี้|ดังต่อไปนี้|ประกอบด้วย|ได้แก่|คือ|[:：])\s*$")
# Tuples, not sets: membership by identity stays in C, while hashing an Enum member
# calls Enum.__hash__ in Python — this runs several times per line.
_NUMBERED = (Style.DOT, Style.CLOSE, Style.PAREN, Style.BARE, Style.PREFIX)
# Members read once: ``Style.BARE`` goes through the Enum metaclass on every use.
_BARE, _NESTED, _MISSING, _WORD = Style.BARE, Style.NESTED, Style.MISSING, Style.WORD
_PAREN, _BULLET = Style.PAREN, Style.BULLET
_NUMBERED_OR_NESTED = (*_NUMBERED, Style.NESTED)
_INLINE_STYLES = (Style.DOT, Style.CLOSE, Style.PAREN)  # can run together on a line
_FREE_TEXT_KINDS = (SectionKind.VISION, SectionKind.MOTTO, SectionKind.PHILOSOPHY,
                    SectionKind.BACKGROUND, SectionKind.CULTURE)
_WORD_MARKER_KINDS = (SectionKind.VALUES, SectionKind.CULTURE, SectionKind.IDENTITY,
                      SectionKind.OTHER, SectionKind.MOTTO)
_THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")
_LONE_NUMBER = re.compile(r"[0-9๐-๙]{1,2}")
_DIGIT = re.compile(r"[0-9๐-๙]")
_DIGITS_AND_SPACES = re.compile(r"[\s0-9๐-๙]+")
# "ยุทธศาสตร์ (ต่อ)": the heading of the section above, continued after a page break.
_CONTINUED = re.compile(r"\(\s*ต่อ\s*\)\s*:?\s*$")
# Lines longer than this are not kept in the per-line caches (memory stays bounded
# whatever the pages: a minified page can be one line of a megabyte).
_CACHED = 500
_marker = match_marker.__wrapped__
_MAX_WARNINGS_PER_CODE = 100  # a page with 300k empty items gets 100 and a summary
# A group label is a short phrase; a line ending like a sentence or a clause is not one.
_LABEL_END = re.compile(r"(?:และ|หรือ|ของ|ที่|ใน|[,.:;])$")


def clear_memos() -> None:
    """Forget every line and piece of text the parser has seen (in this process).

    Pages of a batch repeat lines, so the parser keeps what it worked out for each
    (bounded: about 100 MB at most). This empties those memos, as in a new process:
    memory goes back, and later pages are parsed as if nothing repeated. The
    dictionaries and patterns stay loaded. Results never depend on the memos.

    >>> parse_text("พันธกิจ\\n๑. จัดการศึกษา").items("mission")[0].text
    'จัดการศึกษา'
    >>> clear_memos()
    """
    _LINES.clear()
    for memo in (is_title_line, _is_junk, match_marker, _first_org, furniture):
        memo.cache_clear()
    _clear_normalize_memos()


def prepare_text(text: str) -> str:
    """The text the parser reads: normalised characters, line structure and spacing kept.

    Invisible characters go, Unicode spaces become spaces, sara am is composed,
    Thai marks fixed and PDF damage repaired (the same steps as
    :func:`thaiplan.normalize.normalize`, without collapsing spaces).

    >>> prepare_text("\\u00a0\\u00a0๑จัด\\u200bการ\\r\\n")
    '  ๑จัดการ\\n'
    """
    return "\n".join(_prepare(text)[0])


# What each line is, by line as read (NBSP is a space to every step, see _clean: pages
# have it turned into one first). Every step of the preparation is local to a line once
# line ends are unified, and pages of one batch repeat many lines (titles, org names,
# ministry wording): each is prepared and classified once. A line is stored without the
# spaces around it (indentation differs from page to page: 40% of web lines have some):
# no step looks across them (each needs a Thai letter or mark on both sides of a space),
# so the prepared line is the prepared core between the same spaces — except on a line
# whose marks fix_thai_marks fixes (the rules of pythainlp's normalize, which strip the
# line): there the prepared line is the prepared core alone. What the parser reads of a
# prepared line (stripped of all whitespace) is the stripped prepared core either way,
# so its classification is stored with it. An entry is a _Line.
# On 30,000 pages, 22% of lines miss (40% by whole line in one dict emptied when full).
# Bounded: 2 generations of 2**16 lines of at most _CACHED characters.
class _Line(NamedTuple):
    """A line as the parser reads it (see above): its stripped prepared text and what
    that is on its own (:func:`_classify`), then how the line was prepared."""

    s: str  # the prepared line, stripped
    heading: HeadingMatch | None
    title: bool  # a page title listing several headings
    marker: MarkerMatch | None
    split: tuple[str, MarkerMatch | None] | None  # the marker's _split_inline
    furniture: int  # page-break furniture: junk.PAGE, junk.CHAPTER, _LONE or 0
    key: str | None  # a header candidate's key: the line without digits and spaces
    changed: str | None  # the prepared core, or None when it is the core as read
    damaged: bool  # PDF damage was repaired
    stripped: bool  # the mark fix stripped the line: the prepared line is ``changed`` alone


_LINES: BoundedMemo[_Line] = BoundedMemo(1 << 16, max_key_length=_CACHED)
# (s, heading, title, marker, split, furniture, key) of a blank line
_BLANK = ("", None, False, None, None, 0, None)
_LONE = 3  # a number alone on its line: a page number, or the next item's number


def _prepare(text: str) -> tuple[list[str], int | None]:
    """The lines of :func:`prepare_text`, and the 1-based line where PDF damage was
    repaired first (``None`` when there was none)."""
    lines, _, damaged = _analyse(text)
    return lines, damaged


def _analyse(text: str) -> tuple[list[str], list[_Line], int | None]:
    """The prepared lines, what each is (:class:`_Line`), and the first damaged line."""
    text = normalize_newlines(text)
    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")
    lines = text.split("\n")
    cores = [line.strip(" ") for line in lines]  # the same object when nothing goes
    found = _LINES.get_many_together(cores, partial(_analyse_lines, lines, cores))
    changed = list(map(_CHANGED, found))
    if changed.count(None) != len(changed):  # (on 1 page in 6: broken lines, mostly)
        for i in [i for i, p in enumerate(changed) if p is not None]:
            line, core, entry = lines[i], cores[i], found[i]
            start = 0 if entry.stripped else line.find(core)  # between the same spaces, or not
            end = len(line) if entry.stripped else start + len(core)
            lines[i] = line[:start] + entry.changed + line[end:]  # type: ignore[operator]
    damaged = list(map(_DAMAGED, found))
    return lines, found, (damaged.index(True) + 1 if True in damaged else None)


_CHANGED, _DAMAGED = attrgetter("changed"), attrgetter("damaged")


def _analyse_lines(lines: list[str], cores: list[str], todo: list[int]) -> list[_Line]:
    """The entries of the lines at ``todo``, prepared together (one pass per step)."""
    fresh = "\n".join([lines[i] for i in todo])
    if _SPECIAL.search(fresh):
        fresh = _clean(fresh)
    fixed, stripped = fix_thai_marks_lines(compose_sara_am(fresh))  # stripped: line numbers
    repaired = repair_pdf_text(fixed)
    afters = repaired.split("\n")
    # Damaged: the lines PDF repair changed (most often none).
    befores = afters if repaired == fixed else fixed.split("\n")
    entries: list[_Line] = []
    for k, (i, before, after) in enumerate(zip(todo, befores, afters, strict=True)):
        line, core, damaged = lines[i], cores[i], before != after
        if k in stripped:  # the same for the core alone (never None: see _analyse)
            entries.append(_Line(*_what(after.strip()), after, damaged, True))
            continue
        kept = after
        if core is not line:  # prepared, the core is between as many spaces as before
            start = line.find(core)
            kept = after[start:len(after) - (len(line) - start - len(core))]
        entries.append(_Line(*_what(kept.strip()), None if kept == core else kept,
                             damaged, False))
    return entries


def _what(s: str) -> tuple[str, HeadingMatch | None, bool, MarkerMatch | None,
                           tuple[str, MarkerMatch | None] | None, int, str | None]:
    """``s`` and what it is (:func:`_classify`, :func:`_split_inline`, :func:`_furniture`),
    for a stripped line."""
    if not s:
        return _BLANK
    h, title, m = _classify(s)
    fur, key = (0, None) if h is not None or title else _furniture(s, m)
    return s, h, title, m, (None if m is None else _split_inline(m)), fur, key


def _furniture(s: str, m: MarkerMatch | None) -> tuple[int, str | None]:
    """What page-break furniture a line that is neither a heading nor a page title is
    (:func:`~thaiplan.parse.junk.furniture`, or :data:`_LONE`: ``12``, ``(12)``), and its
    key if it may be a running header that the page repeats (it holds a digit: a year,
    a page number, an area; compared without digits and spaces)."""
    if m is not None:
        if m.style is _PAREN and not m.text:
            return _LONE, None
        if m.style is not _BARE and m.style is not _BULLET:
            return 0, None  # an item's marker: never furniture
    elif _LONE_NUMBER.fullmatch(s):
        return _LONE, None
    if _DIGIT.search(s) is None:
        return 0, None  # (the usual line: every kind of furniture holds a digit)
    fur = furniture(s)
    if fur or m is not None or not _HEADER_MIN <= len(s) <= 150:
        return fur, None
    return 0, _DIGITS_AND_SPACES.sub("", s)


def _split_inline(m: MarkerMatch) -> tuple[str, MarkerMatch | None]:
    """The text of the item that ``m`` opens, and the marker of a second item written on
    the same line (``1. อ่านออก  2. เขียนได้``), if any."""
    text = m.text
    if m.style in _INLINE_STYLES and m.number is not None:
        thai = not _THAI_DIGITS.isdisjoint(m.marker)
        at = find_inline_marker(text, m.style, m.number + 1, thai)
        if at >= 0:
            rest = text[at:]
            nxt = match_marker(rest) if len(rest) <= _CACHED else _marker(rest)
            if nxt is not None:
                return text[:at], nxt
    return text, None


def _squash(text: str) -> str:
    """:func:`thaiplan.normalize.squash` for prepared text (it has no invisible characters)."""
    return " ".join(text.split())


def _clean(text: str) -> str:
    """``normalize_newlines``, ``remove_invisible``, then Unicode spaces to ``" "``.

    Only the characters the text holds are replaced, each by one ``str.replace``
    (C speed; a pass of a regular expression over Thai text is ten times slower).
    (NBSP, on most web pages, goes first, in :func:`_prepare`: a character for
    character replacement that the other steps neither see nor undo.)
    """
    present = set("".join(_SPECIAL.findall(text)))
    if present & _NEWLINE_CHARS:
        text = normalize_newlines(text)
    for ch in present & _INVISIBLE:
        text = text.replace(ch, "")
    for ch in present & _SPACES:
        text = text.replace(ch, " ")
    return text


def _classify(s: str) -> tuple[HeadingMatch | None, bool, MarkerMatch | None]:
    """What a stripped line is on its own: its heading (if it is one), whether it is a
    page title listing several headings, and its item marker (if neither)."""
    h, keyword_first = read_heading(s)
    if keyword_first and (h is None or h.rest) and is_title_line(s):
        return h, True, None
    return h, False, (_marker(s) if h is None else None)


class _ItemB:
    """An item while it is being built (a plain slotted class: one is made per line)."""

    __slots__ = ("after_group_label", "children", "depth", "line", "m", "pieces", "raw")

    def __init__(self, m: MarkerMatch, line: int, pieces: list[str], raw: list[str]) -> None:
        self.m = m
        self.line = line
        self.pieces = pieces
        self.raw = raw
        self.children: list[_ItemB] = []
        self.depth = 1
        self.after_group_label = False  # a label such as "ด้านครู" opened its (restarted) list


class _SectionB:
    """A section while it is being built (a plain slotted class, like :class:`_ItemB`)."""

    __slots__ = ("broken", "heading", "items", "kind", "labels", "line", "stack", "text")

    def __init__(self, kind: SectionKind, heading: str, line: int) -> None:
        self.kind = kind
        self.heading = heading
        self.line = line
        self.text: list[tuple[int, str]] = []
        self.items: list[_ItemB] = []
        self.stack: list[_ItemB] = []
        self.broken = False  # junk seen after the items: no more continuations
        self.labels: list[str] = []  # group labels between items


class _Parser:
    def __init__(self, source: str | None) -> None:
        self.source = source
        self.sections: list[_SectionB] = []
        self.preamble: list[TextLine] = []
        self.unparsed: list[TextLine] = []
        self.warnings: list[ParseWarning] = []
        self.counts: dict[WarningCode, int] = {}
        self.office_lines: list[str] = []
        self.entries: Sequence[_Line] = ()

    # -- helpers -------------------------------------------------------------
    def warn(self, code: WarningCode, message: str, line: int | None = None) -> None:
        if self.wants(code):
            name = f"{self.source}: " if self.source else ""
            self.warnings.append(ParseWarning(code, f"{name}{message}", line))

    def wants(self, code: WarningCode) -> bool:
        """Count a warning of ``code``; whether it is still worth listing (else summarised
        by :meth:`summarise_warnings`). Callers on hot paths ask before formatting."""
        seen = self.counts[code] = self.counts.get(code, 0) + 1
        return seen <= _MAX_WARNINGS_PER_CODE

    def record(self, code: WarningCode, message: str, line: int | None) -> None:
        name = f"{self.source}: " if self.source else ""
        self.warnings.append(ParseWarning(code, f"{name}{message}", line))

    def summarise_warnings(self) -> None:
        """One closing warning per code that occurred more often than is useful to list."""
        name = f"{self.source}: " if self.source else ""
        for code, seen in self.counts.items():
            if seen > _MAX_WARNINGS_PER_CODE:
                self.warnings.append(ParseWarning(
                    code, f"{name}{seen - _MAX_WARNINGS_PER_CODE} more {code.value} "
                          f"warnings not listed ({seen} in all)", None))

    def outside(self, ln: int, text: str) -> None:
        (self.unparsed if self.sections else self.preamble).append(TextLine(ln, text))

    # -- the pass ------------------------------------------------------------
    def run(self, lines: Sequence[str], entries: Sequence[_Line]) -> None:
        """Read the prepared ``lines``, each known by its entry (see :func:`_analyse`)."""
        # The hot loop of the parser (one iteration per line): names are bound
        # locally and the common cases (item, text) are decided with few calls.
        sections, preamble, unparsed = self.sections, self.preamble, self.unparsed
        office = self.office_lines.append
        section = sections[-1] if sections else None
        self.entries = entries
        recurring = _recurring(entries)
        i, n = 0, len(lines)
        while i < n:
            s, h, title, m, split, fur, key, _, _, _ = entries[i]
            i += 1
            if not s:
                continue
            raw = lines[i - 1]
            ln = i
            if title:
                self.outside(ln, s)
                if section is not None:
                    section.broken = True
                continue
            if h is not None:
                if (section is not None and section.kind is h.kind and "ต่อ" in h.heading
                        and _CONTINUED.search(h.heading)):
                    # "ยุทธศาสตร์ (ต่อ)": the section goes on (it keeps its first heading).
                    unparsed.append(TextLine(ln, h.heading))
                    section.broken = False
                    if h.rest:
                        self.content(section, h.rest, ln, raw)
                    continue
                heading = h.heading
                if not h.rest:
                    j = i
                    while j < n and not entries[j].s:
                        j += 1
                    if j < n and is_bracket_only(entries[j].s):
                        heading = f"{heading} {entries[j].s}"
                        i = j + 1
                section = _SectionB(h.kind, heading, ln)
                sections.append(section)
                if h.rest:
                    office(h.rest)
                    self.content(section, h.rest, ln, raw)
                continue
            office(s)
            if section is None:
                preamble.append(TextLine(ln, s))
                continue
            if fur or (key is not None and key in recurring
                       and (section.text or section.items)):
                # Page-break furniture: the item above goes on after it.
                if fur == _LONE and self.opens_item(section, s, m, ln, raw):
                    continue
                unparsed.append(TextLine(ln, s))
                if fur == CHAPTER:  # a new part of the plan: the items above end
                    section.broken = True
                    i = self.chapter_title(entries, i, s)
                continue
            if m is not None:
                style = m.style
                if style in _NUMBERED_OR_NESTED:
                    if style is not _BARE or self.accepts(section, m, ln):
                        self.add_item(section, m, ln, raw, split)  # never furniture
                        continue
                else:
                    # A bulleted line is furniture only when it is a rule or "- 12 -".
                    if is_rule_or_page_number(s):
                        unparsed.append(TextLine(ln, s))
                        section.broken = True
                    else:
                        self.content(section, s, ln, raw, m)
                    continue
            # (is_junk says no to lines over 300 characters: they are not cached)
            if len(s) <= 300 and _is_junk(s, bool(section.text or section.items), True):
                unparsed.append(TextLine(ln, s))
                section.broken = True
            elif m is None and section.items and not section.broken:
                last = section.stack[-1]  # the usual text line: the item above continues
                last.pieces.append(s)
                last.raw.append(raw)
            else:
                self.content(section, s, ln, raw, m)

    def opens_item(self, section: _SectionB, s: str, m: MarkerMatch | None, ln: int,
                   raw: str) -> bool:
        """A number alone on its line (``2``, ``(2)``) that is the next number of the list:
        a table cell or a PDF line holding only the item's number opens the item (its
        text follows). Any other is a page number."""
        if m is None:
            if section.text:
                return False
            number = read_number(s)
            m = MarkerMatch(s, number, "", "", _BARE, (number,))
        if m.number != self.next_number(section):
            return False
        self.add_item(section, m, ln, raw)
        return True

    def chapter_title(self, entries: Sequence[_Line], i: int, s: str) -> int:
        """Where the pass goes on after the chapter line ``s`` (``ส่วนที่ 2``) that ends
        at ``i``: past the chapter's short title on the next line, if it has one there."""
        if not s.rstrip(":. ")[-1:].isdigit():  # the title is on the chapter line
            return i
        j = i
        while j < len(entries) and not entries[j].s:
            j += 1
        if j == len(entries):
            return i
        nxt = entries[j]
        if (nxt.heading is not None or nxt.title or nxt.marker is not None or nxt.furniture
                or len(nxt.s) > _CHAPTER_TITLE or nxt.s.count(" ") > 2):
            return i
        self.unparsed.append(TextLine(j + 1, nxt.s))
        return j + 1

    def accepts(self, section: _SectionB, m: MarkerMatch, ln: int = 0) -> bool:
        """Whether a marker-looking start of line really opens an item here (``ln``: the
        1-based line of ``m``, to look ahead on the page)."""
        if m.style is _WORD:
            last = section.stack[-1].m.style if section.stack else None
            return section.kind in _WORD_MARKER_KINDS or last is _WORD
        if m.style is _BARE:
            if section.text and not section.items:
                # "ภายในปี\n25 ..." in a vision: a number wrapped to the line start.
                return m.number == 1 and section.kind not in _FREE_TEXT_KINDS
            # "…ร้อยละ\n80 ของนักเรียน": a bare number far from the list's next one
            # is wrapped text, not a marker.
            nxt = self.next_number(section)
            if m.number is None or not 1 <= m.number <= nxt + 1:
                return False
            if section.items and section.items[-1].m.style in _INLINE_STYLES:
                # "…อย่างน้อย\n2 ภาษา" in a list of "1." items: a count wrapped to the
                # line start, unless it is the next number and no "5." follows.
                return m.number == nxt and not self.punctuated_later(m.number, ln)
        return True

    def punctuated_later(self, number: int, ln: int) -> bool:
        """Whether a later line of the page, before the next heading, opens a top-level
        item ``number.``, ``number)`` or ``(number)``."""
        entries = self.entries
        for j in range(ln, min(len(entries), ln + _LOOK_AHEAD)):
            e = entries[j]
            if e.heading is not None or e.title:
                return False
            m = e.marker
            if m is not None and m.path == (number,) and m.style in _INLINE_STYLES:
                return True
        return False

    @staticmethod
    def next_number(section: _SectionB) -> int:
        """The number the next top-level item of ``section`` would have."""
        for item in reversed(section.items):
            if item.m.number is not None and len(item.m.path) == 1:
                return item.m.number + 1
        return len(section.items) + 1

    def content(self, section: _SectionB, s: str, ln: int, raw: str,
                m: MarkerMatch | None = None) -> None:
        if m is None:
            m = match_marker(s) if len(s) <= _CACHED else _marker(s)
        if m is not None and self.accepts(section, m, ln):
            self.add_item(section, m, ln, raw)
        elif section.items and not section.broken:
            last = section.stack[-1]
            last.pieces.append(s)
            last.raw.append(raw)
        elif section.items:
            self.unparsed.append(TextLine(ln, s))
            self.warn(WarningCode.TEXT_OUTSIDE_SECTION,
                      f"text after the items of {section.heading!r} is not part of any item",
                      ln)
        else:
            section.text.append((ln, s))

    def add_item(self, section: _SectionB, m: MarkerMatch, ln: int, raw: str,
                 split: tuple[str, MarkerMatch | None] | None = None) -> None:
        """Open the item of marker ``m`` (``split``: its :func:`_split_inline`, if known)."""
        section.broken = False
        text, nxt = _split_inline(m) if split is None else split
        item = _ItemB(m, ln, [text], [raw])
        if m.path == (1,) and section.items:
            item.after_group_label = self.take_group_label(section)
        if m.style is not _NESTED:  # attach(), inlined for the usual case
            section.items.append(item)
            section.stack = [item]
        else:
            self.attach(section, item)
        if nxt is not None:
            self.warn(WarningCode.ITEMS_SPLIT,
                      f"two items on one line: split before {nxt.marker!r}", ln)
            self.add_item(section, nxt, ln, "")

    @staticmethod
    def take_group_label(section: _SectionB) -> bool:
        """A list restarting at 1 after a short line (``ด้านครู``): that line labels
        the new group; it is moved off the previous item into the section's lead-ins."""
        last = section.stack[-1]
        if len(last.pieces) < 2:
            return False
        label = last.pieces[-1].strip()
        if len(label) > 40 or label.count(" ") > 3 or _LABEL_END.search(label):
            return False
        last.pieces.pop()
        last.raw.pop()
        section.labels.append(label)
        return True

    def attach(self, section: _SectionB, item: _ItemB) -> None:
        if item.m.style is not _NESTED:
            section.items.append(item)
            section.stack = [item]
            return
        path = item.m.path
        depth = len(path)
        stack = section.stack
        if len(stack) >= depth - 1 and stack[depth - 2].m.path == path[:-1]:
            parent = stack[depth - 2]
            item.depth = depth
            parent.children.append(item)
            del stack[depth - 1:]
            stack.append(item)
        else:
            section.items.append(item)
            section.stack = [item]

    # -- results -------------------------------------------------------------
    def build_items(self, items: list[_ItemB]) -> tuple[Item, ...]:
        out: list[Item] = []
        append, make = out.append, Item  # one item per line: keep the loop lean
        for position, b in enumerate(items, start=1):
            m = b.m
            # The prepared text has no invisible characters: splitting is enough.
            if len(b.pieces) == 1:
                text, raw = " ".join(b.pieces[0].split()), b.raw[0].rstrip()
            else:
                text = " ".join(" ".join(b.pieces).split())
                raw = "\n".join(r.rstrip() for r in b.raw if r)
            if not text and self.wants(WarningCode.EMPTY_ITEM):
                self.record(WarningCode.EMPTY_ITEM, f"item {m.marker!r} has no text", b.line)
            append(make(m.marker, m.number, position, text, raw, b.line, m.separator,
                        self.build_items(b.children) if b.children else (), b.depth))
        # The usual list, numbered 1, 2, 3... in order, has nothing to report.
        if [b.m.path for b in items] != _in_order(len(items)):
            self.check_numbering(items)
        return tuple(out)

    def check_numbering(self, items: list[_ItemB]) -> None:
        prev: tuple[int, ...] | None = None
        for b in items:
            m = b.m
            if m.style is _MISSING or (m.marker == "" and m.number is None):
                self.warn(WarningCode.NUMERAL_MISSING,
                          "item has no numeral (marker missing or lost)", b.line)
                prev = (prev[0] + 1,) if prev else (1,)
                continue
            if not m.path:
                continue
            path = m.path
            if prev is None:
                if len(path) == 1 and path[0] > 1:
                    self.warn(WarningCode.NUMBER_GAP, f"list starts at {path[0]}", b.line)
            elif path == prev:
                if self.wants(WarningCode.DUPLICATE_NUMBER):
                    self.record(WarningCode.DUPLICATE_NUMBER, f"number {m.marker!r} repeats",
                                b.line)
            elif path < prev and b.after_group_label and path == (1,):
                pass  # a new group of the list, introduced by its label
            elif path < prev:
                self.warn(WarningCode.OUT_OF_ORDER,
                          f"{m.marker!r} comes after {'.'.join(map(str, prev))}", b.line)
            elif len(path) == 1 and len(prev) == 1 and path[0] > prev[0] + 1:
                self.warn(WarningCode.NUMBER_GAP,
                          f"numbering jumps from {prev[0]} to {path[0]}", b.line)
            prev = path

    def first_item_from_text(self, section: _SectionB) -> _ItemB | None:
        """``ผู้เรียน…`` then ``2. …``: the first item lost its numeral."""
        if not section.text or not section.items:
            return None
        first = section.items[0].m
        if first.style not in _NUMBERED or first.number != 2 or len(first.path) != 1:
            return None
        joined = " ".join(t for _, t in section.text)
        if _LEAD_IN_END.search(joined) or "ดังนี้" in joined:
            return None
        ln = section.text[0][0]
        m = MarkerMatch("", None, "", joined, Style.MISSING)
        return _ItemB(m, ln, [t for _, t in section.text], [t for _, t in section.text])

    def finish(self) -> list[Section]:
        out: list[Section] = []
        for index, b in enumerate(self.sections):
            last = index == len(self.sections) - 1
            if not b.text and not b.items and not last:
                # A heading word with nothing under it before the next heading:
                # a page title such as "ภารกิจ" or "วิสัยทัศน์".
                target = self.unparsed if out else self.preamble
                target.append(TextLine(b.line, b.heading))
                continue
            lead_in: tuple[str, ...] = ()
            text = ""
            if b.items:
                missing = self.first_item_from_text(b)
                if missing is not None:
                    b.items.insert(0, missing)
                elif b.text:
                    lead_in = (_squash(" ".join(t for _, t in b.text)),)
                lead_in += tuple(b.labels)
            else:
                text = _squash(" ".join(t for _, t in b.text))
                if not text:
                    self.warn(WarningCode.EMPTY_SECTION,
                              f"section {b.heading!r} has no text and no items", b.line)
            out.append(Section(b.kind, _squash(b.heading), text, self.build_items(b.items),
                               lead_in, b.line))
        self.preamble.sort(key=lambda t: t.line)
        self.unparsed.sort(key=lambda t: t.line)
        return out


def _recurring(entries: Sequence[_Line]) -> frozenset[str] | tuple[()]:
    """The keys of the running headers of a page: header candidates (see :func:`_furniture`)
    that the page repeats, one of them at a page break (next to a page number, or first
    or last on the page). A wrapped line that happens to repeat is at no page break."""
    keys = [key for key in map(_KEY, entries) if key is not None]
    if len(keys) < 2:
        return ()
    again = {key for key, count in Counter(keys).items() if count > 1}
    if not again:
        return ()
    lines = [k for k, e in enumerate(entries) if e.s]  # the non-blank lines
    at_break: set[str] = set()
    for at, k in enumerate(lines):
        key = entries[k].key
        if key is not None and key in again and (
                at == 0 or at == len(lines) - 1
                or entries[lines[at - 1]].furniture in _PAGE_BREAK
                or entries[lines[at + 1]].furniture in _PAGE_BREAK):
            at_break.add(key)
    return frozenset(at_break)


_KEY = attrgetter("key")
_PAGE_BREAK = (PAGE, _LONE)
_HEADER_MIN = 15  # a running header names the plan or the office: not a short phrase
_CHAPTER_TITLE = 40  # a chapter's title on its own line is short
_LOOK_AHEAD = 300  # lines looked ahead for a list's next "5." (within its section)


_IN_ORDER: list[list[tuple[int, ...]]] = [[(k,) for k in range(1, n + 1)] for n in range(64)]


def _in_order(n: int) -> list[tuple[int, ...]]:
    """The marker paths of a list of ``n`` items numbered 1 to ``n``: ``[(1,), (2,)...]``."""
    return _IN_ORDER[n] if n < len(_IN_ORDER) else [(k,) for k in range(1, n + 1)]


def _result(parser: _Parser, sections: list[Section], *, source: str | None,
            encoding: str | None, sha256: str | None, strict: bool) -> PlanDocument:
    warnings = sorted(parser.warnings, key=lambda w: (w.line or 0))
    parser.summarise_warnings()
    warnings += parser.warnings[len(warnings):]
    if strict and warnings:
        w = warnings[0]
        message = w.message.removeprefix(f"{source}: ") if source else w.message
        raise ParseError(message, source=source, line=w.line, code=w.code.value)
    return PlanDocument(
        sections=tuple(sections),
        office=detect_office(parser.office_lines),
        warnings=tuple(warnings),
        source=source,
        encoding=encoding,
        preamble=tuple(parser.preamble),
        unparsed=tuple(parser.unparsed),
        sha256=sha256,
    )


def _parse(text: str, *, source: str | None, encoding: str | None, sha256: str | None,
           strict: bool, extra: list[ParseWarning]) -> PlanDocument:
    parser = _Parser(source)
    parser.warnings.extend(extra)
    name = f"{source}: " if source else ""
    if not text:
        parser.warn(WarningCode.EMPTY_FILE, "file is empty" if source else "text is empty")
        return _result(parser, [], source=source, encoding=encoding, sha256=sha256,
                       strict=strict)
    prepared, entries, damaged = _analyse(text)
    if damaged is not None:
        parser.warn(WarningCode.DAMAGED_TEXT,
                    "text looks damaged by PDF extraction (ำ for า, spaces inside words); "
                    "repaired where the dictionary confirms it", damaged)
    if not "".join(prepared).strip():
        parser.warn(WarningCode.NO_TEXT, "no text after normalising whitespace")
        return _result(parser, [], source=source, encoding=encoding, sha256=sha256,
                       strict=strict)
    parser.run(prepared, entries)
    sections = parser.finish()
    if not sections:
        parser.warnings.append(ParseWarning(
            WarningCode.NO_SECTIONS,
            f"{name}no recognisable sections (no heading such as วิสัยทัศน์, พันธกิจ, "
            "เป้าประสงค์, ยุทธศาสตร์)"))
    return _result(parser, sections, source=source, encoding=encoding, sha256=sha256,
                   strict=strict)


def parse_text(text: str, *, source: str | None = None, strict: bool = False) -> PlanDocument:
    """Parse the text of a plan page into sections and numbered items.

    Args:
        text: the page text (any line ends, NBSP, zero-width characters...).
        source: a name for messages and for ``PlanDocument.source``.
        strict: raise :class:`~thaiplan.errors.ParseError` on the first problem
            instead of recording it in ``PlanDocument.warnings``.

    Returns:
        The :class:`~thaiplan.model.PlanDocument`. Never raises in lenient mode.

    >>> doc = parse_text("พันธกิจ\\n๑จัดการศึกษาให้ทั่วถึง\\n๒พัฒนาครู")
    >>> [(i.marker, i.number, i.text) for i in doc.sections[0].items]
    [('๑', 1, 'จัดการศึกษาให้ทั่วถึง'), ('๒', 2, 'พัฒนาครู')]
    """
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return _parse(text, source=source, encoding=None, sha256=sha, strict=strict, extra=[])


def parse_file(path: Source, *, strict: bool = False,
               options: ReadOptions | None = None) -> PlanDocument:
    """Read (any supported format and encoding) and parse one file.

    Args:
        path: file path (``.txt``, ``.html``, ``.docx``, ``.pdf``...) or bytes.
        strict: raise on the first problem instead of recording warnings.
        options: how to read the file: limits (pages, time, unpacked size) and OCR
            (:class:`~thaiplan.read.ReadOptions`; its defaults when ``None``).

    Returns:
        The :class:`~thaiplan.model.PlanDocument`; an empty file gives an empty
        document with a warning, not an error.

    Raises:
        UndecodableFileError: the file is not text in a supported encoding.
        LimitExceededError: the file breaks a limit of ``options``.
        OSError: the file cannot be read.
    """
    document = read_document(path, options=options)
    extra = list(document.warnings)
    if document.bad_bytes:
        extra.append(ParseWarning(
            WarningCode.UNDECODABLE_BYTES,
            f"{document.source or '<bytes>'}: decoded as {document.encoding}; "
            f"{document.bad_bytes} byte{'s' if document.bad_bytes != 1 else ''} could not be "
            "decoded (replaced by U+FFFD)"))
    return _parse(document.text, source=document.source, encoding=document.encoding,
                  sha256=document.sha256, strict=strict, extra=extra)
