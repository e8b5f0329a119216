"""Section headings: a heading word and what may stand around it on its line.

A heading line holds a heading word of the lexicon (:mod:`thaiplan.parse.lexicon`), maybe
decorated (``📌 วิสัยทัศน์ 📌``, ``:: พันธกิจ[MISSION]``, ``【ค่านิยม】``), numbered
(``1. วิสัยทัศน์``), bracketed or glossed in any wording (``[VISION] วิสัยทัศน์``,
``วิสัยทัศน์ (Vision Statement)``, ``พันธกิจ / Mission``), qualified — by the organisation,
its kind, a field, a place, a year or a count, in words no list can hold
(``วิสัยทัศน์จังหวัดขอนแก่น``, ``ยุทธศาสตร์ในการพัฒนาท้องถิ่น``, ``ค่านิยม 5 ประการ``) — and maybe
the section's first content after ``:``, a tab or a wide gap, in quotes, or as an item. A
heading word followed by the words of a sentence is the start of that sentence.

What may follow the heading word (:mod:`.tail` reads it, piece by piece):

* closed pieces, after any heading word: a gloss in brackets (any wording), Latin words
  (``Core Values``), a quoted acronym, a year (``ปีงบประมาณ 2568``, ``(พ.ศ. 2566 - 2570)``), a
  count (``4 ด้าน``), decoration, the heading word again in another language, ``ดังนี้``,
  and ``ประกอบด้วย`` / ``คือ`` when no qualifier came before (after one they make a lead-in
  sentence: ``พันธกิจของเทศบาล ประกอบด้วย``);
* a qualifier, whose first word opens with a connector (``ของ``, ``ใน``, ``เพื่อ``, ``ประจำ``,
  ``ด้าน``, ``แห่ง``, ``สำหรับ``, ``ระดับ``, ``เชิง``, ``และ`` + a word of the same kind), an
  owner, people or place word, an activity (``การพัฒนา…``), an abbreviation (``สพป.``,
  ``รพ.สต.``) or a glued qualifier word (``องค์กร``, ``รวม``), then goes on open-ended — names,
  places, fields: any words — without the marks of a sentence: a predicate (``มี``, ``เป็น``,
  ``ให้``, ``ได้``, ``จะ``, ``มุ่ง``, ``คือ``…), a relative ``ที่``, a word after a space that opens
  with a bare verb (``พัฒนา…``, ``ส่งเสริม…``), a topic joined by ``และ``;
* the line decides how open: a numbered heading, or one led by a bullet-like decoration it
  does not close, takes only owner-like qualifiers (``๑. วิสัยทัศน์การพัฒนาเทศบาลตำบล…``;
  a field makes an item: ``1. ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ``), the words of no kind
  (``นโยบาย``, ``จุดเน้น``) only closed pieces, and a line the layout sets as a heading
  (``layout_heading``) any noun phrase.

The parts, one module each: :mod:`.pieces` (the heading word's pattern, decoration and
the closed pieces), :mod:`.qualifiers` (the qualifier grammar; its vocabularies are data,
``heading_grammar`` in ``resources/headings.json``: they name what a qualifier may open
with, never what it may say) and :mod:`.tail` (what follows the heading word);
:func:`match_heading` puts them together.

>>> match_heading("วิสัยทัศน์ (Vision)").kind.value
'vision'
>>> match_heading("พันธกิจ :   ๑. จัดการศึกษา").rest
'๑. จัดการศึกษา'
>>> match_heading("ยุทธศาสตร์การพัฒนาเทศบาลเมืองชุมแพ 5 ด้าน ดังนี้").qualifier
'การพัฒนาเทศบาลเมืองชุมแพ'
>>> match_heading("วิสัยทัศน์ของโรงเรียนมุ่งเน้นให้ผู้เรียนเป็นคนดี") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import SectionKind
from ..lexicon import kind_of
from .pieces import closes, heading_pattern
from .qualifiers import CLOSED, LAYOUT, OPEN, OWNERS, grammar
from .tail import MAX_HEADING, read_tail

__all__ = ["HeadingMatch", "is_bracket_only", "match_heading", "starts_with_keyword"]

_BRACKET_ONLY = re.compile(r"[\[(][^()\[\]\n]{1,40}[)\]]")
_LEAD_IN_REST = re.compile(r"(?:มี\s*(?:ดังต่อไปนี้|ดังนี้)|ประกอบด้วย|คือ)\s*[:：]?")


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """A line recognised as a section heading.

    Attributes:
        kind: the section kind.
        heading: the heading part of the line, as written (stripped).
        rest: content that follows on the same line (``""`` when none).
        qualifier: the words that qualify the heading word, as written (``"ของโรงเรียน"``,
            ``"การพัฒนาท้องถิ่น"``, ``"สพป.เชียงใหม่ เขต 2"``); ``""`` for a heading word that
            is only decorated, numbered, glossed, counted or dated. Such a heading is weaker
            evidence: the rules stage may read it as a lead-in or a wrapped line.
    """

    kind: SectionKind
    heading: str
    rest: str
    qualifier: str = ""


def match_heading(line: str, *, layout_heading: bool = False) -> HeadingMatch | None:
    """Recognise a heading line (``line`` stripped of outer whitespace).

    Content on the same line is accepted after ``:``, after a tab or a run of two or more
    spaces, when it is quoted or starts with an item marker. A heading word qualified by
    the organisation, its kind, a field, a place, a year or a count is a heading; followed
    by the words of a sentence, it is not (see the module's docstring).

    Args:
        line: the line, stripped.
        layout_heading: the format sets the line as a heading (HTML ``h1``–``h6``, a Word
            heading style, a wholly bold paragraph): then any noun phrase may qualify the
            heading word — still not a sentence, an item prefix (``ยุทธศาสตร์ที่ 1``) or a
            line longer than a heading.

    >>> match_heading("[VISION] วิสัยทัศน์").heading
    '[VISION] วิสัยทัศน์'
    >>> match_heading("วิสัยทัศน์ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 1").rest
    ''
    >>> match_heading("ค่านิยมองค์กร ร่วมสร้างสังคมคุณภาพ") is None
    True
    >>> match_heading("ค่านิยมองค์กร ร่วมสร้างสังคมคุณภาพ", layout_heading=True).qualifier
    'องค์กร ร่วมสร้างสังคมคุณภาพ'
    """
    m = heading_pattern().match(line)
    if m is None:
        return None
    deco, quote, num, open_, kw, close = m.group("deco", "quote", "num", "open", "kw", "close")
    g = grammar()
    if g.item.match(line, m.start("kw")):
        return None  # ยุทธศาสตร์ที่ 1 …: an item
    if not layout_heading and g.terms.match(line, m.start("kw")):
        return None  # ยุทธศาสตร์ชาติ, ปรัชญาของเศรษฐกิจพอเพียง: a concept's name
    kind = kind_of(kw)
    level = (LAYOUT if layout_heading else CLOSED if kind is SectionKind.OTHER
             else OWNERS if num or (deco and not closes(line, quote=bool(quote)))
             else OPEN)
    tail = read_tail(line, m.end(), kind, level, quote=bool(quote),
                      bracket=bool(open_ and not close))
    if tail is None:
        return None
    heading = line[:tail.end].rstrip()
    if len(heading) > MAX_HEADING:
        return None
    rest = line[tail.rest:].strip()
    if tail.qualifier and _LEAD_IN_REST.fullmatch(rest):
        return None  # ตัวชี้วัดความสำเร็จตามกลยุทธ์<TAB>มีดังนี้: a lead-in, not its content
    if open_ and not close and not closes(heading, quote=False):
        return None  # "(วิสัยทัศน์ ..." is a sentence in brackets
    if deco and rest:
        return None  # "* วิสัยทัศน์ : ..." is a bullet item
    qualifier = line[tail.qualifier[0]:tail.qualifier[1]] if tail.qualifier else ""
    return HeadingMatch(kind, heading, rest, qualifier)


def starts_with_keyword(line: str) -> bool:
    """Whether ``line`` opens with a heading word (maybe decorated, numbered or bracketed).

    >>> starts_with_keyword("1. วิสัยทัศน์ของโรงเรียนคือ"), starts_with_keyword("ผู้เรียน")
    (True, False)
    """
    return heading_pattern().match(line) is not None


def is_bracket_only(line: str) -> bool:
    """``(Missions)`` or ``[Goals]`` alone: the second line of a split heading.

    >>> is_bracket_only("(Missions)"), is_bracket_only("(ผู้เรียนมีคุณภาพ) และครู")
    (True, False)
    """
    return _BRACKET_ONLY.fullmatch(line) is not None
