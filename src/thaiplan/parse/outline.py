"""The outline of a long document: what its tables of contents, front matter and
numbered headings say about where sections start and end.

* A **table of contents** (``สารบัญ``) lists headings with their pages; its lines are
  no sections (:func:`contents_end`).
* **Front matter** — a foreword or an executive summary (``คำนำ``, ``บทสรุปผู้บริหาร``) —
  restates the plan before the plan itself: no sections either (:func:`front_matter_end`).
* **Numbered headings** run in sequence (``1. วิสัยทัศน์``, ``2. พันธกิจ``, ``3. ผลสัมฤทธิ์…``;
  ``๓.๖``, ``๓.๗``): a line numbered as the next heading of the sequence, that the open
  list does not expect, is the next heading even without a heading word
  (:func:`next_in_sequence`, :func:`heading_numbering`).

>>> heading_numbering("๓.๖ ยุทธศาสตร์ด้านมาตรฐาน")
(3, 6)
>>> next_in_sequence((3, 6), (3, 7)), next_in_sequence((2, 2, 3, 5), (2, 3))
(True, True)
>>> next_in_sequence((2,), (2, 1)), next_in_sequence((2,), (2, 2))
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..layout import Block
from ..model import SectionKind
from .classify import Classified
from .headings import match_heading, starts_with_keyword
from .junk import Furniture
from .lexicon import keyword_pattern, kind_of

__all__ = ["chapter_numbering", "contents_end", "front_matter_end", "heading_numbering",
           "is_contents_title", "is_front_matter_title", "kind_of_numbered_heading",
           "looks_like_heading", "next_in_sequence", "opens_a_sequence"]

_N = "[0-9๐-๙]"
_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_CONTENTS = re.compile(r"(?:สารบัญ(?:ตาราง|ภาพ|แผนภาพ|แผนภูมิ|รูป|แผนผัง)?|(?i:(?:table of )?contents))"
                       r"\s*(?:\(\s*ต่อ\s*\))?")
# A table-of-contents entry ends with its page: ``…\t12``, ``… 5 ถึง 17``, ``…....(ก)``.
_PAGE_REF = re.compile(rf"(?:\t|\s|\.{{2,}}|…)\s*(?:{_N}{{1,4}}(?:\s*(?:ถึง|-|–)\s*{_N}{{1,4}})?"
                       r"|\(\s*[ก-ฮ]\s*\)|(?i:[ivxlc]{1,6}))$")
_PAGE_WORD = re.compile(r"(?:หน้า|(?i:page))")
_FRONT = re.compile(r"(?:คำนำ|บทสรุปผู้บริหาร|บทสรุปสำหรับผู้บริหาร|กิตติกรรมประกาศ"
                    r"|(?i:executive summary|foreword|preface))\s*:?")
_CONTINUATION = 2  # lines of an entry wrapped before the one with its page
_HEADING_MAX = 150  # no longer line is a heading
_OPENING_MAX = 60  # nor a longer first numbered heading
_CLAUSE = re.compile(r"\s(?:มี|เป็น|ให้|ได้|คือ|โดย|เพื่อ|ซึ่ง|จะ)")
_NUMBERING = re.compile(rf"({_N}{{1,2}}(?:\.{_N}{{1,2}})*)\.?(?=\s|$)")
_CHAPTER_NUMBER = re.compile(rf"(?:บทที่|ส่วนที่)\s*({_N}{{1,2}})")
_KEYWORD = re.compile(keyword_pattern())
_BACKGROUND = re.compile(r"สถานการณ์|แนวโน้ม|ปัจจัย|บริบท|การวิเคราะห์|ความเป็นมา|หลักการและเหตุผล"
                         r"|สภาพ(?:ปัญหา|แวดล้อม|ทั่วไป)")


def is_contents_title(text: str) -> bool:
    """``สารบัญ`` (or a list of tables, figures…), alone on its line."""
    return _CONTENTS.fullmatch(text) is not None


def is_front_matter_title(text: str) -> bool:
    """A foreword or an executive summary's title, alone on its line."""
    return _FRONT.fullmatch(text) is not None


def _entry_or_furniture(c: Classified) -> bool:
    return (_PAGE_REF.search(c.text) is not None or _PAGE_WORD.fullmatch(c.text) is not None
            or c.furniture is not None or is_contents_title(c.text))


def contents_end(lines: Sequence[Classified], start: int) -> int:
    """Where a table of contents whose title is at ``start`` ends: past its entries
    (each ends with a page, maybe after a wrapped line or two), the ``หน้า`` column
    header and page numbers, and the contents' next pages (``สารบัญ (ต่อ)``)."""
    at = start + 1
    while at < len(lines):
        c = lines[at]
        if not c.text or _entry_or_furniture(c):
            at += 1
            continue
        ahead = [d for d in lines[at + 1:at + 1 + _CONTINUATION + 2] if d.text]
        if any(_PAGE_REF.search(d.text) for d in ahead[:_CONTINUATION]):
            at += 1  # a wrapped entry: its page is on a next line
            continue
        break
    return at


def front_matter_end(lines: Sequence[Classified], start: int) -> int:
    """Where the front matter whose title is at ``start`` ends: at the first chapter
    line (``บทที่ ๑``) or table of contents after it, or — in a document without
    chapters — at its first numbered heading."""
    chapters = [k for k in range(start + 1, len(lines))
                if lines[k].furniture is Furniture.CHAPTER or is_contents_title(lines[k].text)]
    if chapters:
        return chapters[0]
    for k in range(start + 1, len(lines)):
        heading = lines[k].heading
        if heading is not None and heading_numbering(heading.heading) is not None:
            return k
    return start + 1


def heading_numbering(heading: str) -> tuple[int, ...] | None:
    """The numbering a heading opens with (``๒.๒.๓.๔ …`` → ``(2, 2, 3, 4)``), else ``None``."""
    m = _NUMBERING.match(heading)
    if m is None:
        return None
    return tuple(int(p) for p in m.group(1).translate(_DIGITS).split("."))


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


def chapter_numbering(text: str) -> tuple[int, ...] | None:
    """Where a chapter line leaves the heading sequence: ``บทที่ ๒ …`` → ``(2, 0)``."""
    m = _CHAPTER_NUMBER.match(text)
    return (int(m.group(1).translate(_DIGITS)), 0) if m else None


def looks_like_heading(text: str, block: Block | None) -> bool:
    """Whether a numbered line may be a heading: set as one where the layout is known
    (bold, or a heading level), else opening with a heading word — and short."""
    if len(text) > _HEADING_MAX:
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
