"""Stage 3, the rules of heading lines: which open a section, and where it nests.

* :func:`continued_heading` — ``ยุทธศาสตร์ (ต่อ)`` continues the section above;
* :func:`not_a_heading` — a heading-shaped line that goes on with the line above, or the
  section's lead-in right under its heading, is content;
* :func:`heading` — any other heading opens a section, with its gloss on the next line
  (``พันธกิจ`` / ``(Missions)``); under an item of a list of strategies numbered with a
  prefix (``ยุทธศาสตร์ที่ ๑``), a goal, indicator or tactic heading opens a section of that
  item (:func:`nests`), until the list's next item (:func:`continues_host`);
* :func:`numbered_heading` — a line numbered as the document's next heading
  (:mod:`thaiplan.parse.sequence`) opens a section even without a heading word.

>>> from thaiplan.layout import Document
>>> from thaiplan.parse.blocks import read_body
>>> from thaiplan.parse.classify import classify
>>> from thaiplan.parse.rules import build_tree
>>> from thaiplan.parse.warnings import Warnings
>>> lines = classify(read_body(Document.from_text(
...     "ยุทธศาสตร์\\nยุทธศาสตร์ที่ ๑ พัฒนาผู้เรียน\\nกลยุทธ์\\n๑. ส่งเสริมการอ่าน\\n"
...     "ยุทธศาสตร์ที่ ๒ พัฒนาครู")).lines)
>>> state = build_tree(lines, Warnings(None))
>>> [(s.heading, [i.pieces for i in s.items]) for s in state.sections]
[('ยุทธศาสตร์', [['พัฒนาผู้เรียน'], ['พัฒนาครู']])]
>>> [(s.heading, len(s.items)) for s in state.sections[0].items[0].sections]
[('กลยุทธ์', 1)]
"""

from __future__ import annotations

import re

from ..model import SectionKind
from .classify import Classified
from .content import content, prefix_word
from .headings import is_bracket_only
from .markers import MarkerMatch, Style
from .sequence import (
    heading_numbering,
    kind_of_numbered_heading,
    looks_like_heading,
    next_in_sequence,
    opens_a_sequence,
)
from .state import SectionDraft, State

__all__ = ["continued_heading", "continues_host", "heading", "nests", "not_a_heading",
           "numbered_heading"]

# "ยุทธศาสตร์ (ต่อ)": the heading of the section above, continued after a page break.
_CONTINUED = re.compile(r"\(\s*ต่อ\s*\)\s*:?\s*$")
# The end of a line that stops mid-phrase: the next line goes on with it.
_MID_PHRASE = re.compile(r"(?:ตาม|ของ|กับ|และ|หรือ|ใน|แห่ง|เพื่อ|สู่|ต่อ|จาก|โดย|ด้วย|ให้|หลัก|ตลอดจน"
                         r"|รวมทั้ง|รวมถึง|ส่งเสริม|สนับสนุน|พัฒนา|สร้าง|ยึด)$")
_LEAD_IN = re.compile(r"(?:ดังนี้|ดังต่อไปนี้|ประกอบด้วย|คือ|[:：])\s*$")
# Lists whose items may hold sections of their own, and the kinds those sections are.
_HOSTS = frozenset({SectionKind.STRATEGIES, SectionKind.GOALS})
_NESTED_KINDS = frozenset({SectionKind.GOALS, SectionKind.INDICATORS, SectionKind.STRATEGIES,
                           SectionKind.OTHER})
# Sections whose numbered children are headings, not items (a plan's chapters, its
# analysis: ``๒.๒ การวิเคราะห์…`` then ``๒.๒.๑ กฎหมาย…``).
_PLAIN_KINDS = frozenset({SectionKind.OTHER, SectionKind.BACKGROUND})
# Numbers a heading of a numbered sequence is written with (``3.``, ``๓.๗``, ``3 …``).
_HEADING_NUMBERS = frozenset({Style.DOT, Style.NESTED, Style.BARE})


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


def heading(state: State, c: Classified) -> bool:
    """A heading opens a section. Its gloss may follow on the next line (``(Vision)``);
    content after it on its line is the section's first content."""
    if c.heading is None:
        return False
    words = c.heading.heading
    if not c.heading.rest:
        words = _with_gloss(state, words, c)
    section = state.open_section(c.heading.kind, words, c.line,
                                 nested=nests(state, c.heading.kind, words))
    if c.heading.rest:
        state.office_lines.append(c.heading.rest)
        content(state, section, c.heading.rest, c.line)
    return True


def _with_gloss(state: State, words: str, c: Classified) -> str:
    """A heading, and its gloss or period when that stands alone on the next line
    (``พันธกิจ`` / ``(Missions)``, ``๒.๒.๓.๕ ยุทธศาสตร์…`` / ``(พ.ศ.๒๕๖๐ - ๒๕๗๙)``), or the
    rest of it wrapped to the next line (:func:`_wraps_heading`)."""
    nxt = state.next_shown()
    if nxt is not None and (is_bracket_only(state.lines[nxt].text)
                            or _wraps_heading(c, state.lines[nxt])):
        state.at = nxt + 1
        return f"{words} {state.lines[nxt].text}"
    return words


def _wraps_heading(c: Classified, after: Classified) -> bool:
    """Whether ``after`` is the rest of heading line ``c`` wrapped on a laid-out page:
    the next line of its paragraph, set in the same bold or heading type, no wider than
    the heading (a heading line wraps full), that opens no heading or item
    (``๓.๑ วิสัยทัศน์ของสำนักงานคณะกรรมการ…`` / ``หน่วยงานในสังกัด``; not a vision set
    in bold under ``วิสัยทัศน์``)."""
    a, b = c.line.block, after.line.block
    return (a is not None and b is not None and a.bbox is not None and b.bbox is not None
            and (a.bold or a.heading_level is not None) and _same_paragraph(c, after)
            and after.heading is None and after.marker is None and not after.title
            and a.bold == b.bold and a.heading_level == b.heading_level
            and abs((a.size or 0) - (b.size or 0)) < 0.5
            and b.bbox[2] <= a.bbox[2] + 0.5 * (a.size or 0))


def nests(state: State, kind: SectionKind, heading: str) -> bool:
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


def continues_host(host: SectionDraft, marker: MarkerMatch) -> bool:
    """Whether ``marker`` is the next item of the list whose item holds the open nested
    sections (``ยุทธศาสตร์ที่ ๒`` after ``ยุทธศาสตร์ที่ ๑``'s goals and tactics)."""
    last = host.items[-1].marker
    return (marker.style is last.style and marker.number == host.next_number()
            and prefix_word(marker) == prefix_word(last))


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
    state.open_section(kind_of_numbered_heading(c.text), _with_gloss(state, c.text, c), c.line)
    return True


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
