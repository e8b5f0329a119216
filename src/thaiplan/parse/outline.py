"""Stage 3, the outline's rules: a long document's cover, table of contents and front
matter are no content.

* A book's **cover** (its title, its publisher; :attr:`State.cover
  <thaiplan.parse.state.State>`) goes to the preamble (:func:`cover`).
* A **table of contents** (``สารบัญ``) lists headings with their pages; its lines are no
  sections (:func:`table_of_contents`, :func:`contents_end`).
* **Front matter** — a foreword or an executive summary (``คำนำ``, ``บทสรุปผู้บริหาร``) —
  restates the plan before the plan itself: no sections either (:func:`front_matter`,
  :func:`front_matter_end`).

The numbers of the document's headings are :mod:`thaiplan.parse.sequence`'s.

>>> from thaiplan.layout import Document
>>> from thaiplan.parse.blocks import read_body
>>> from thaiplan.parse.classify import classify
>>> lines = classify(read_body(Document.from_text(
...     "สารบัญ\\nหน้า\\n๑. วิสัยทัศน์\\t๕\\n๒. พันธกิจ\\t๖\\nวิสัยทัศน์\\nผู้เรียนมีคุณภาพ")).lines)
>>> end = contents_end(lines, 0)
>>> [c.text for c in lines[:end]], lines[end].text
(['สารบัญ', 'หน้า', '๑. วิสัยทัศน์\\t๕', '๒. พันธกิจ\\t๖'], 'วิสัยทัศน์')
>>> is_front_matter_title("บทสรุปผู้บริหาร"), is_front_matter_title("คำนำของแผนฉบับนี้ระบุว่า")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .classify import Classified
from .junk import Furniture
from .sequence import heading_numbering
from .state import State

__all__ = ["contents_end", "cover", "front_matter", "front_matter_end", "is_contents_title",
           "is_front_matter_title", "table_of_contents"]

_N = "[0-9๐-๙]"
_CONTENTS = re.compile(r"(?:สารบัญ(?:ตาราง|ภาพ|แผนภาพ|แผนภูมิ|รูป|แผนผัง)?|(?i:(?:table of )?contents))"
                       r"\s*(?:\(\s*ต่อ\s*\))?")
# A table-of-contents entry ends with its page: ``…\t12``, ``… 5 ถึง 17``, ``…....(ก)``.
_PAGE_REF = re.compile(rf"(?:\t|\s|\.{{2,}}|…)\s*(?:{_N}{{1,4}}(?:\s*(?:ถึง|-|–)\s*{_N}{{1,4}})?"
                       r"|\(\s*[ก-ฮ]\s*\)|(?i:[ivxlc]{1,6}))$")
_PAGE_WORD = re.compile(r"(?:หน้า|(?i:page))")
_FRONT = re.compile(r"(?:คำนำ|บทสรุปผู้บริหาร|บทสรุปสำหรับผู้บริหาร|กิตติกรรมประกาศ"
                    r"|(?i:executive summary|foreword|preface))\s*:?")
_CONTINUATION = 2  # lines of an entry wrapped before the one with its page


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


def is_contents_title(text: str) -> bool:
    """``สารบัญ`` (or a list of tables, figures…), alone on its line."""
    return _CONTENTS.fullmatch(text) is not None


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


def _entry_or_furniture(c: Classified) -> bool:
    return (_PAGE_REF.search(c.text) is not None or _PAGE_WORD.fullmatch(c.text) is not None
            or c.furniture is not None or is_contents_title(c.text))


def front_matter(state: State, c: Classified) -> bool:
    """A foreword or an executive summary restates the plan before the plan: no content."""
    if not is_front_matter_title(c.text):
        return False
    _skip_to(state, front_matter_end(state.lines, state.at - 1))
    return True


def is_front_matter_title(text: str) -> bool:
    """A foreword or an executive summary's title, alone on its line."""
    return _FRONT.fullmatch(text) is not None


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


def _skip_to(state: State, end: int) -> None:
    """Lines from the current one up to ``end`` (excluded) are no content."""
    for c in state.lines[state.at - 1:end]:
        if c.text:
            state.outside(c.line, c.text)
    if state.section is not None:
        state.section.broken = True
    state.at = max(state.at, end)
