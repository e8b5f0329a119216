"""Stage 2 — what each line is, on its own and on its page.

Each line is read on its own (:func:`classify_text`): a page title listing several
headings, a section heading (maybe with content after it), an item marker, page-break
furniture (a page number, a running header, a chapter line, or a number alone), or
text. Then the page is read as a whole (:func:`running_headers`): a line that the page
repeats at its page breaks is a running header.

The classified line keeps its :class:`~thaiplan.parse.blocks.Line`, and so the layout
block it came from (``classified.line.block``: heading level, list label, font), for rules
that read layout.

>>> from thaiplan.layout import Document
>>> from thaiplan.parse.blocks import read_body
>>> body = read_body(Document.from_text(
...     "วิสัยทัศน์ / พันธกิจ\\nพันธกิจ\\n๑. จัดการศึกษา\\n- ๒ -\\nให้ทั่วถึง"))
>>> [c.kind for c in classify(body.lines)]
['title', 'heading', 'item', 'furniture', 'text']
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .blocks import Line
from .headings import HeadingMatch, match_heading
from .junk import Furniture, furniture, is_title_line
from .markers import MarkerMatch, Style, match_marker

__all__ = ["Classified", "classify", "classify_text", "running_headers"]

_LONE_NUMBER = re.compile(r"[0-9๐-๙]{1,2}")  # 12: a page number, or the next item's number
_DIGIT = re.compile(r"[0-9๐-๙]")
_DIGITS_AND_SPACES = re.compile(r"[\s0-9๐-๙]+")
_HEADER_MIN = 15  # a running header names the plan or the office: not a short phrase
_HEADER_MAX = 150
_AT_PAGE_BREAK = frozenset({Furniture.PAGE, Furniture.LONE_NUMBER})


@dataclass(frozen=True, slots=True)
class Classified:
    """A line and what it is.

    Attributes:
        line: the prepared line (text, provenance, layout block).
        heading: the heading the line is, if it is one.
        title: the line is a page title listing several headings.
        marker: the item marker the line starts with (lines that are no heading).
        furniture: the page-break furniture the line is, if any.
        header_key: a running-header candidate's key (the line without digits and
            spaces), when the line may be one: it holds a digit (a year, a page number,
            an area) and is neither short nor long.
        running_header: the page repeats the line at its page breaks.
    """

    line: Line
    heading: HeadingMatch | None = None
    title: bool = False
    marker: MarkerMatch | None = None
    furniture: Furniture | None = None
    header_key: str | None = None
    running_header: bool = False

    @property
    def text(self) -> str:
        """The line's text (stripped)."""
        return self.line.text

    @property
    def kind(self) -> str:
        """One word for what the line is: ``blank``, ``title``, ``heading``,
        ``furniture``, ``item`` (it starts with a marker) or ``text``."""
        if not self.text:
            return "blank"
        if self.title:
            return "title"
        if self.heading is not None:
            return "heading"
        if self.furniture is not None or self.running_header:
            return "furniture"
        return "text" if self.marker is None else "item"


def classify(lines: Sequence[Line]) -> list[Classified]:
    """What each line of a page is (:func:`classify_text`), running headers marked."""
    found = [classify_text(line) for line in lines]
    headers = running_headers(found)
    return [dataclasses.replace(c, running_header=True) if c.header_key in headers else c
            for c in found]


def classify_text(line: Line) -> Classified:
    """What ``line`` is on its own.

    A heading word that opens a line listing headings of several kinds is a page title
    (``วิสัยทัศน์ / พันธกิจ / เป้าประสงค์``), unless the line is a heading with nothing
    after it. A line that is no heading may start with an item marker; a line that is
    neither heading nor title may be page-break furniture.
    """
    text = line.text
    if not text:
        return Classified(line)
    heading = match_heading(text) or _set_as_heading(line)
    if (heading is None or heading.rest) and is_title_line(text):
        return Classified(line, heading, title=True)
    if heading is not None:
        return Classified(line, heading)
    marker = match_marker(text)
    found = _furniture(text, marker)
    key = _header_key(text) if marker is None and found is None else None
    return Classified(line, marker=marker, furniture=found, header_key=key)


def _set_as_heading(line: Line) -> HeadingMatch | None:
    """A line that the layout sets as a heading (bold, or a heading level) may qualify its
    heading word with any noun phrase (``ตัวชี้วัดตามเป้าหมาย``). (Numbered lines and table
    rows are left to the rules, which know the sequence of headings and the lists.)"""
    block = line.block
    if (block is None or not (block.bold or block.heading_level) or block.cells
            or match_marker(line.text) is not None):
        return None
    return match_heading(line.text, layout_heading=True)


def _furniture(text: str, marker: MarkerMatch | None) -> Furniture | None:
    """The page-break furniture a line that is neither heading nor title is: a number
    alone (``12``, ``(12)``), a page number, a running header or a chapter line. A
    line that opens an item (``1. …``, ``ข้อ ๑ …``) never is; a bare number or a
    bullet before text may be (``14 แผนปฏิบัติราชการ…``, ``- ๑๒ -``)."""
    if marker is not None and marker.style is Style.PAREN and not marker.text:
        return Furniture.LONE_NUMBER
    if marker is None and _LONE_NUMBER.fullmatch(text):
        return Furniture.LONE_NUMBER
    if marker is not None and marker.style not in (Style.BARE, Style.BULLET):
        return None
    return furniture(text)


def _header_key(text: str) -> str | None:
    """The key of a line that may be a running header (it holds a digit and has a
    header's length; the caller knows it has no marker and is no other furniture),
    compared without digits and spaces: the page number in it changes."""
    if _DIGIT.search(text) is None or not _HEADER_MIN <= len(text) <= _HEADER_MAX:
        return None
    return _DIGITS_AND_SPACES.sub("", text)


def running_headers(lines: Sequence[Classified]) -> frozenset[str]:
    """The keys of the running headers of a page: header candidates that the page
    repeats, one of them at a page break (next to a page number or a number alone, or
    first or last on the page). A wrapped line that happens to repeat is at no page
    break."""
    counts = Counter(c.header_key for c in lines if c.header_key is not None)
    again = {key for key, count in counts.items() if count > 1}
    shown = [c for c in lines if c.text]  # the non-blank lines
    found = set()
    for at, c in enumerate(shown):
        if c.header_key in again and (
                at in (0, len(shown) - 1)
                or shown[at - 1].furniture in _AT_PAGE_BREAK
                or shown[at + 1].furniture in _AT_PAGE_BREAK):
            found.add(c.header_key)
    return frozenset(found)

