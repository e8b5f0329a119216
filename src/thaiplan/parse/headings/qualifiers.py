"""The qualifier grammar: which words may qualify a heading word, and when they make a
sentence instead.

A qualifier names the plan's organisation, its kind, a field, a place, a year or a count,
in words no list can hold (``วิสัยทัศน์จังหวัดขอนแก่น``, ``ยุทธศาสตร์ในการพัฒนาท้องถิ่น``). Its first
word opens with a connector (``ของ``, ``ใน``, ``เพื่อ``, ``ด้าน``…), an owner, people or place
word, an activity (``การพัฒนา…``), an abbreviation (``สพป.``) or a glued qualifier word
(``องค์กร``) — :func:`opens`; then it goes on with any words, until the marks of a sentence:
a predicate, a relative ``ที่``, a topic joined by ``และ`` — :func:`is_sentence`.

How open a qualifier may be is the line's to say (:data:`CLOSED` < :data:`OWNERS` <
:data:`OPEN` < :data:`LAYOUT`): the words of no kind take none, a numbered or decorated
heading only owner-like ones, a plain heading any field, a line the layout sets as a
heading any noun phrase. The vocabularies are data (``heading_grammar`` in
``resources/headings.json``): they name what a qualifier may open with, never what it
may say.

>>> opens("จังหวัดขอนแก่น", 0, OWNERS, SectionKind.VISION)
(True, True)
>>> is_sentence("ของโรงเรียนมุ่งเน้นให้ผู้เรียนเป็นคนดี", SectionKind.VISION, False)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...model import SectionKind
from ..lexicon import alternation, item_prefix_pattern, keyword_pattern, kind_of, lexicon

__all__ = ["CLOSED", "LAYOUT", "OPEN", "OWNERS", "Grammar", "grammar", "is_sentence", "opens"]

_N = "[0-9๐-๙]"
_ABBREVIATION = re.compile(r"[ก-ฮ][ก-ฮ\u0e30-\u0e4e]{1,5}\.")
_PERIOD_WORD = re.compile("ระยะ|ปี")

# How open a qualifier may be (see the module's docstring).
CLOSED, OWNERS, OPEN, LAYOUT = range(4)


@dataclass(frozen=True, slots=True)
class Grammar:
    """The compiled words of ``heading_grammar`` (``resources/headings.json``): each
    pattern matches one word (or phrase) at a position."""

    keyword: re.Pattern[str]  # any heading word
    item: re.Pattern[str]  # an item prefix and its number: ยุทธศาสตร์ที่ 1
    owner: re.Pattern[str]  # owners and people: โรงเรียน, จังหวัด, นักเรียน
    place: re.Pattern[str]  # places, after a connector or an activity: ท้องถิ่น
    closed: re.Pattern[str]  # connectors that may introduce an owner: ของ, ใน, ระดับ…
    open: re.Pattern[str]  # connectors of a field or a purpose: ด้าน, เพื่อ, เชิง
    connector: re.Pattern[str]  # any connector
    activity: re.Pattern[str]  # การพัฒนา, การดำเนินงาน…
    activity_named: re.Pattern[str]  # owners whose names may go on with a verb: กรม…
    glued: re.Pattern[str]  # the lexicon's qualifiers: รวม, หลัก, องค์กร, การพัฒนา…
    verb: re.Pattern[str]  # bare verbs: พัฒนา, ส่งเสริม…
    count: re.Pattern[str]  # 5 ด้าน, ๑๒ ประการ
    sentence: re.Pattern[str]  # a predicate or a relative ที่
    terms: re.Pattern[str]  # ยุทธศาสตร์ชาติ, ปรัชญาของเศรษฐกิจพอเพียง


@cache
def grammar() -> Grammar:
    """The heading grammar's words, compiled once."""
    lex = lexicon()
    g = lex["heading_grammar"]

    def words(*names: str) -> re.Pattern[str]:
        return re.compile(alternation([w for name in names for w in g[name]]))

    owner = words("owners", "people")
    closed = g["connectors"]["closed"]
    opened = g["connectors"]["open"]
    closed_re = re.compile(alternation(closed))
    # the lexicon's qualifiers that are neither an owner nor a connector's phrase (รวม,
    # หลัก, การพัฒนา; not โรงเรียน, ของโรงเรียน: those are read as such)
    glued = [w for w in lex["qualifiers"] if not (owner.match(w) or closed_re.match(w))]
    return Grammar(
        keyword=re.compile(keyword_pattern()),
        item=re.compile(f"(?:{item_prefix_pattern()})\\s*{_N}"),
        owner=owner,
        place=words("places"),
        closed=closed_re,
        open=re.compile(alternation(opened)),
        connector=re.compile(alternation([*closed, *opened])),
        activity=words("activities"),
        activity_named=words("activity_named"),
        glued=re.compile(alternation(glued)),
        verb=words("verbs"),
        count=re.compile(f"{_N}{{1,3}}\\s*{alternation(g['counters'])}"),
        # A predicate anywhere (not in a nominalisation: การให้บริการ, ความเป็นเลิศ, รายได้;
        # not ว่าด้วย, "on", in a title), or a relative ที่ (not พื้นที่, ที่ 1,
        # การพัฒนาที่ยั่งยืน).
        sentence=re.compile(f"(?<!การ)(?<!ความ)(?<!ราย)(?!ว่าด้วย){alternation(g['predicates'])}"
                            f"|(?<!พื้น)ที่(?!\\s*{_N}|ยั่งยืน)"),
        terms=words("terms"),
    )


def opens(chunk: str, at: int, level: int, kind: SectionKind,
          after: str = "") -> tuple[bool, bool]:
    """Whether ``chunk[at:]`` (a Thai word run) may open a qualifier at ``level``, after the
    connector ``after`` (``""``: right after the heading word or a closed piece); and
    whether it names someone (an owner, people, an abbreviation: a name may then go on
    with any words, ``และ`` included). A connector alone opens one whose word follows.

    >>> opens("ของเทศบาลตำบลบ้านโป่ง", 0, OWNERS, SectionKind.VISION)
    (True, True)
    >>> opens("การพัฒนาด้านเศรษฐกิจ", 0, OWNERS, SectionKind.STRATEGIES)
    (False, False)
    >>> opens("การพัฒนาด้านเศรษฐกิจ", 0, OPEN, SectionKind.STRATEGIES)
    (True, False)
    """
    g = grammar()
    rest = chunk[at:]
    if not rest:
        return True, False
    if _ABBREVIATION.match(rest) and not rest.startswith(("พ.ศ", "ค.ศ")):
        return True, True
    word = g.keyword.match(rest)
    if word is not None:
        # ยุทธศาสตร์และแนวทางการพัฒนา (the same kind named twice), ตัวชี้วัดระดับเป้าประสงค์,
        # ตัวชี้วัดตามเป้าหมาย; not วิสัยทัศน์ พันธกิจ (a page title)
        return after in ("ระดับ", "ตาม") or (after == "และ" and kind_of(word.group()) is kind), False
    if after in ("และ", "ตาม"):
        return False, False
    glued = None if after else g.glued.match(rest)  # ค่านิยมร่วม…, วิสัยทัศน์การพัฒนา…
    owner = g.owner.match(rest) if level > CLOSED else None
    if owner is not None:
        # กรมส่งเสริมการเกษตร is a name; โรงเรียนส่งเสริมดนตรีพื้นบ้าน a sentence
        verb = g.verb.match(rest, owner.end())
        return verb is None or g.activity_named.fullmatch(owner.group()) is not None, True
    if glued is not None:
        end = at + glued.end()
        if glued.group().startswith("การ"):
            return _after_activity(chunk, end, level, kind)
        return (True, False) if end == len(chunk) else opens(chunk, end, level, kind)
    if level == CLOSED:
        return False, False
    if g.place.match(rest) and after:
        return True, False
    connector = g.closed.match(rest)
    if connector is not None:
        if after and after != "การพัฒนา":
            return False, False  # ของของ…: connectors do not follow each other
        return opens(chunk, at + connector.end(), level, kind, connector.group())
    activity = g.activity.match(rest)
    if activity is not None:
        return _after_activity(chunk, at + activity.end(), level, kind)
    if after == "ใน" and _PERIOD_WORD.match(rest):  # ของการพัฒนาในระยะ ๕ ปี
        return True, False
    if level == OWNERS or g.verb.match(rest):  # วิสัยทัศน์เพื่อพัฒนา…: a clause
        return False, False
    connector = g.open.match(rest)
    if connector is not None:
        if after:
            return False, False
        return opens(chunk, at + connector.end(), level, kind, connector.group())
    if rest.startswith("ความ") or (after == "ของ" and rest.startswith("การ")):
        return False, False  # ของการจัดการศึกษา, ของความ…: a topic, not an owner
    return (bool(after) or rest.startswith("การ") or level == LAYOUT), False


def _after_activity(chunk: str, at: int, level: int, kind: SectionKind) -> tuple[bool, bool]:
    """``การพัฒนา`` read up to ``at``: what may follow it (at the owners' level, an owner or
    a place — ``การพัฒนาเทศบาลตำบล…``, ``การพัฒนาท้องถิ่น`` — not a field)."""
    if at == len(chunk):
        return True, False
    if level == CLOSED:
        return False, False
    if level >= OPEN:
        return True, False
    return opens(chunk, at, level, kind, "การพัฒนา")


def is_sentence(chunk: str, kind: SectionKind, named: bool) -> bool:
    """A word run of a qualifier that makes it a sentence: a predicate or a relative ที่, or
    (outside a name or a title the layout sets) ``และ`` before a topic
    (``…จังหวัดและกลุ่มจังหวัด``)."""
    g = grammar()
    if g.sentence.search(chunk):
        return True
    if named:
        return False
    at = chunk.find("และ", 1)
    while at >= 0:
        after = chunk[at + 3:]
        word = g.keyword.match(after)
        if not (word is not None and kind_of(word.group()) is kind) and not (
                g.owner.match(after) or g.place.match(after)):
            return True
        at = chunk.find("และ", at + 3)
    return False
