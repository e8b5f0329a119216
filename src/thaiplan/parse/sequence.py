"""Numbered headings in sequence: what a heading's number says about the next heading.

A long document numbers its headings (``1. วิสัยทัศน์``, ``2. พันธกิจ``, ``3. ผลสัมฤทธิ์…``;
``๓.๖``, ``๓.๗``; ``บทที่ ๒`` then ``๒.๑``). A line numbered as the next heading of the
sequence, that the open list does not expect, is the next heading even without a heading
word: the rule is :func:`~thaiplan.parse.sections.numbered_heading`; these are the
numbers it reads (:func:`heading_numbering`, :func:`next_in_sequence`,
:func:`chapter_numbering`) and the look of a heading it asks for.

>>> heading_numbering("๓.๖ ยุทธศาสตร์ด้านมาตรฐาน")
(3, 6)
>>> next_in_sequence((3, 6), (3, 7)), next_in_sequence((2, 2, 3, 5), (2, 3))
(True, True)
>>> next_in_sequence((2,), (2, 1)), next_in_sequence((2,), (2, 2))
(True, False)
>>> chapter_numbering("บทที่ ๒ กระบวนการจัดทำยุทธศาสตร์")
(2, 0)
"""

from __future__ import annotations

import re

from ..layout import Block
from ..model import SectionKind
from ..normalize import thai_to_arabic_digits
from .headings import match_heading, starts_with_keyword
from .lexicon import keyword_pattern, kind_of

__all__ = ["chapter_numbering", "heading_numbering", "kind_of_numbered_heading",
           "looks_like_heading", "next_in_sequence", "opens_a_sequence"]

_N = "[0-9๐-๙]"
_HEADING_MAX = 150  # no longer line is a heading
_OPENING_MAX = 60  # nor a longer first numbered heading
# Two or more figures at a line's end, one of them an amount (``230.5000``, ``1,107``):
# a row of a table of figures (``7. แผนงานบูรณาการ… - - - 230.5000 - 230.5000``), whose
# number is the row's — not a year range (``พ.ศ. 2566 - 2570``).
_FIGURES = re.compile(r"(?:\s+(?:-|[0-9๐-๙][0-9๐-๙,.]*)){2,}\s*$")
_AMOUNT = re.compile(r"[0-9๐-๙][,.][0-9๐-๙]")
_CLAUSE = re.compile(r"\s(?:มี|เป็น|ให้|ได้|คือ|โดย|เพื่อ|ซึ่ง|จะ)")
_NUMBERING = re.compile(rf"({_N}{{1,2}}(?:\.{_N}{{1,2}})*)\.?(?=\s|$)")
_CHAPTER_NUMBER = re.compile(rf"(?:บทที่|ส่วนที่)\s*({_N}{{1,2}})")
_KEYWORD = re.compile(keyword_pattern())
_BACKGROUND = re.compile(r"สถานการณ์|แนวโน้ม|ปัจจัย|บริบท|การวิเคราะห์|ความเป็นมา|หลักการและเหตุผล"
                         r"|สภาพ(?:ปัญหา|แวดล้อม|ทั่วไป)")


def heading_numbering(heading: str) -> tuple[int, ...] | None:
    """The numbering a heading opens with (``๒.๒.๓.๔ …`` → ``(2, 2, 3, 4)``), else ``None``."""
    m = _NUMBERING.match(heading)
    if m is None:
        return None
    return tuple(int(p) for p in thai_to_arabic_digits(m.group(1)).split("."))


def next_in_sequence(previous: tuple[int, ...], path: tuple[int, ...]) -> bool:
    """Whether ``path`` numbers the heading after one numbered ``previous``: its first
    child (``๒.๒`` → ``๒.๒.๑``), its next sibling (``๓.๖`` → ``๓.๗``) or the next sibling
    of one of its ancestors (``๒.๒.๓.๕`` → ``๒.๓``, ``๓.๙`` → ``๔``). After a chapter line
    (``บทที่ ๒``: ``(2, 0)``) the chapter's first heading is ``๒.๑``."""
    if path == (*previous, 1):
        return True
    if not path or len(path) > len(previous):
        return False
    depth = len(path)
    return path[:-1] == previous[:depth - 1] and path[-1] == previous[depth - 1] + 1


def _row_of_figures(text: str) -> bool:
    """Whether a line ends as a row of a table of figures does (two figures or more, one
    of them an amount)."""
    m = _FIGURES.search(text.replace("\t", " "))
    return m is not None and _AMOUNT.search(m.group()) is not None


def chapter_numbering(text: str) -> tuple[int, ...] | None:
    """Where a chapter line leaves the heading sequence: ``บทที่ ๒ …`` → ``(2, 0)``."""
    m = _CHAPTER_NUMBER.match(text)
    return (int(thai_to_arabic_digits(m.group(1))), 0) if m else None


def looks_like_heading(text: str, block: Block | None) -> bool:
    """Whether a numbered line may be a heading: set as one where the layout is known
    (bold, or a heading level), else opening with a heading word — and short, and no
    row of a table of figures."""
    if len(text) > _HEADING_MAX or _row_of_figures(text):
        return False
    if block is not None and block.bold is not None:
        return bool(block.bold or block.heading_level)
    m = _NUMBERING.match(text)
    return starts_with_keyword(text[m.end():].strip() if m else text)


def opens_a_sequence(text: str, block: Block | None) -> bool:
    """Whether a numbered line is a document's first numbered heading: set as a heading,
    short, a heading word after its number, no clause after the word (``๓. วิสัยทัศน์
    ประเทศไทย``, not ``๔.๑ ยุทธศาสตร์ชาติด้านความมั่นคง มีเป้าหมาย…``)."""
    if block is None or not (block.bold or block.heading_level) or len(text) > _OPENING_MAX:
        return False
    m = _NUMBERING.match(text)
    words = text[m.end():].strip() if m else ""
    keyword = _KEYWORD.match(words)
    return keyword is not None and not _CLAUSE.search(words, keyword.end())


def kind_of_numbered_heading(text: str) -> SectionKind:
    """The kind of a heading found by its number: its heading word's, else background
    for a plan's analysis (``ปัจจัยและแนวโน้ม…``), else other."""
    m = _NUMBERING.match(text)
    words = text[m.end():].strip() if m else text
    heading = match_heading(words)
    if heading is not None:
        return heading.kind
    keyword = _KEYWORD.match(words)
    if keyword is not None:
        return kind_of(keyword.group(0))
    return SectionKind.BACKGROUND if _BACKGROUND.match(words) else SectionKind.OTHER
