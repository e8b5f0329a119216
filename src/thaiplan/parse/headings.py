"""Section headings: a heading word and what may stand around it on its line.

A heading line holds a heading word of the lexicon (:mod:`thaiplan.parse.lexicon`), maybe
decorated (``📌 วิสัยทัศน์ 📌``, ``:: พันธกิจ[MISSION]``, ``【ค่านิยม】``), numbered
(``1. วิสัยทัศน์``), bracketed or glossed in any wording (``[VISION] วิสัยทัศน์``,
``วิสัยทัศน์ (Vision Statement)``, ``พันธกิจ / Mission``), qualified — by the organisation,
its kind, a field, a place, a year or a count, in words no list can hold
(``วิสัยทัศน์จังหวัดขอนแก่น``, ``ยุทธศาสตร์ในการพัฒนาท้องถิ่น``, ``ค่านิยม 5 ประการ``) — and maybe
the section's first content after ``:``, a tab or a wide gap, in quotes, or as an item. A
heading word followed by the words of a sentence is the start of that sentence.

What may follow the heading word (:func:`_read_tail`):

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

The vocabularies are data (``heading_grammar`` in ``resources/headings.json``): they name
what a qualifier may open with, never what it may say.

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
from functools import cache

from ..model import SectionKind
from .lexicon import alternation, item_prefix_pattern, keyword_pattern, kind_of, lexicon

__all__ = ["HeadingMatch", "is_bracket_only", "match_heading", "starts_with_keyword"]


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


# Decoration around a heading (``★ วิสัยทัศน์ ★``, ``📌 พันธกิจ 📌``, ``**ค่านิยม**``): bullets,
# arrows, geometric shapes, dingbats and emoji (with their variation selector).
_DECO = ("#*•\u2190-\u21ff\u2500-\u25ff\u2600-\u27bf\u2b00-\u2bff"
         "\U0001f000-\U0001faff\ufe0f")
# ... and ASCII runs before the word (``:: พันธกิจ``, ``>> พันธกิจ <<``, ``=== เป้าประสงค์ ===``)
_LEAD_ASCII = ":=<>~»«"
_TRAIL_DECO = re.compile(f"[{_DECO}{_LEAD_ASCII}|_\\-–—]+")
_QUOTES_CLOSING = re.compile("[”\"’']+")
_BRACKET_ONLY = re.compile(r"[\[(][^()\[\]\n]{1,40}[)\]]")
_N = "[0-9๐-๙]"
# A year, a year range, a budget year or a period (``ปีงบประมาณ พ.ศ. 2567``, ``2566 - 2570``,
# ``ในระยะ ๕ ปี``).
_YEAR = re.compile(
    rf"(?:ประจำ)?(?:ปี(?:งบประมาณ|การศึกษา)?|พ\.\s*ศ\.|ค\.\s*ศ\.|ระยะ)\s*(?:พ\.\s*ศ\.\s*)?{_N}{{4}}"
    rf"(?:\s*[-–—]\s*(?:พ\.\s*ศ\.\s*)?{_N}{{2,4}})?(?!{_N})"
    rf"|{_N}{{4}}(?:\s*[-–—]\s*{_N}{{2,4}})?(?!{_N})"
    rf"|(?:ใน)?ระยะ\s*{_N}{{1,2}}\s*ปี")
_GAP = re.compile(r" *\t[ \t]*| {2,}")
_COLON = re.compile("[:：](?![:：])")
_GLOSS = re.compile(r"[\[(【《{][^\[\]()【】《》{}\n]{0,60}[\])】》}]")
_QUOTED = re.compile(r"[“\"‘'][A-Za-z0-9][A-Za-z0-9 &.'/-]{0,30}[”\"’']")
# An English gloss: capitalised words (``Vision Statement``, ``OUR MISSIONS``, ``I AM READY``),
# ``of``/``and``; not a letter alone (``ค่านิยม M : Morality`` is an acronym value).
_LATIN = re.compile(r"[A-Z][A-Za-z0-9&'.-]+|[A-Z](?= [A-Z]{2})|(?:of|and|the|for|&)(?![A-Za-z])")
# An upper-case acronym after a heading's colon: ``CARE``, ``I AM READY``.
_ACRONYM = re.compile(r"(?:[A-Z]{1,8}(?:\s[A-Z]{1,8}){1,4}|[A-Z]{2,8})(?![A-Za-z])")
_SEPARATOR = re.compile(r"[/|\-–—]\s*")
_DIGITS = re.compile(rf"{_N}+(?:[.,/]{_N}+)*")
_SPACED_NUMBER = re.compile(rf"\s?{_N}")
# A Thai word run, maybe an abbreviation with its name (``สพป.ลำปาง``, ``รพ.สต.บ้านดง``).
_CHUNK = re.compile(r"[\u0e01-\u0e4e]+(?:\.[\u0e01-\u0e4e]*)*")
_ABBREVIATION = re.compile(r"[ก-ฮ][ก-ฮ\u0e30-\u0e4e]{1,5}\.")
_ENDING = re.compile("(?:ดังต่อไปนี้|ดังนี้)$")
_PERIOD_WORD = re.compile("ระยะ|ปี")
_CLOSING_BRACKETS = re.compile(r"\s*[\])】》]")
_LEAD_IN_WORD = re.compile("ประกอบด้วย|คือ")
_LEAD_IN_REST = re.compile(r"(?:มี\s*(?:ดังต่อไปนี้|ดังนี้)|ประกอบด้วย|คือ)\s*[:：]?")
_STRONG_MARKER = re.compile(r"(?:\(?[0-9๐-๙]{1,2}[.)]|ข้อ\s*[0-9๐-๙])")
_OPENING_QUOTES = "“\"'‘"
_MAX_HEADING = 120  # no longer heading: a sentence
_MAX_QUALIFIER = 90

# How open a qualifier may be (see the module's docstring).
_CLOSED, _OWNERS, _OPEN, _LAYOUT = range(4)


@cache
def _heading_pattern() -> re.Pattern[str]:
    """A heading word at the start of a line: optional decoration (``★``, ``📌``, ``::``, an
    opening quote), optional numbering (``1.``, ``๒.``), an optional opening bracket, the
    heading word and its closing bracket. What follows is read by :func:`_read_tail`.
    (The decoration is read possessively: it shares no character with a heading word, and
    a long run of it before no heading word then fails at once.)"""
    return re.compile(
        f"(?P<deco>(?:[{_DECO}{_LEAD_ASCII}]|(?P<quote>[“\"‘']))++\\s*)?"
        r"(?P<num>[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*[.)]?\s*)?"
        r"(?P<open>[\[(【《]\s*)?"
        f"(?P<kw>{keyword_pattern()})"
        r"(?P<close>\s*[\])】》])?"
    )


@dataclass(frozen=True, slots=True)
class _Grammar:
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
def _grammar() -> _Grammar:
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
    return _Grammar(
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


@dataclass(slots=True)
class _Tail:
    """What :func:`_read_tail` found after the heading word."""

    end: int  # where the heading ends
    rest: int  # where the content starts (``len(line)`` when none)
    qualifier: tuple[int, int] | None = None  # the qualifier's span


def _opens(chunk: str, at: int, level: int, kind: SectionKind,
           after: str = "") -> tuple[bool, bool]:
    """Whether ``chunk[at:]`` (a Thai word run) may open a qualifier at ``level``, after the
    connector ``after`` (``""``: right after the heading word or a closed piece); and
    whether it names someone (an owner, people, an abbreviation: a name may then go on
    with any words, ``และ`` included). A connector alone opens one whose word follows.

    >>> _opens("ของเทศบาลตำบลบ้านโป่ง", 0, _OWNERS, SectionKind.VISION)
    (True, True)
    >>> _opens("การพัฒนาด้านเศรษฐกิจ", 0, _OWNERS, SectionKind.STRATEGIES)
    (False, False)
    >>> _opens("การพัฒนาด้านเศรษฐกิจ", 0, _OPEN, SectionKind.STRATEGIES)
    (True, False)
    """
    g = _grammar()
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
    owner = g.owner.match(rest) if level > _CLOSED else None
    if owner is not None:
        # กรมส่งเสริมการเกษตร is a name; โรงเรียนส่งเสริมดนตรีพื้นบ้าน a sentence
        verb = g.verb.match(rest, owner.end())
        return verb is None or g.activity_named.fullmatch(owner.group()) is not None, True
    if glued is not None:
        end = at + glued.end()
        if glued.group().startswith("การ"):
            return _after_activity(chunk, end, level, kind)
        return (True, False) if end == len(chunk) else _opens(chunk, end, level, kind)
    if level == _CLOSED:
        return False, False
    if g.place.match(rest) and after:
        return True, False
    connector = g.closed.match(rest)
    if connector is not None:
        if after and after != "การพัฒนา":
            return False, False  # ของของ…: connectors do not follow each other
        return _opens(chunk, at + connector.end(), level, kind, connector.group())
    activity = g.activity.match(rest)
    if activity is not None:
        return _after_activity(chunk, at + activity.end(), level, kind)
    if after == "ใน" and _PERIOD_WORD.match(rest):  # ของการพัฒนาในระยะ ๕ ปี
        return True, False
    if level == _OWNERS or g.verb.match(rest):  # วิสัยทัศน์เพื่อพัฒนา…: a clause
        return False, False
    connector = g.open.match(rest)
    if connector is not None:
        if after:
            return False, False
        return _opens(chunk, at + connector.end(), level, kind, connector.group())
    if rest.startswith("ความ") or (after == "ของ" and rest.startswith("การ")):
        return False, False  # ของการจัดการศึกษา, ของความ…: a topic, not an owner
    return (bool(after) or rest.startswith("การ") or level == _LAYOUT), False


def _after_activity(chunk: str, at: int, level: int, kind: SectionKind) -> tuple[bool, bool]:
    """``การพัฒนา`` read up to ``at``: what may follow it (at the owners' level, an owner or
    a place — ``การพัฒนาเทศบาลตำบล…``, ``การพัฒนาท้องถิ่น`` — not a field)."""
    if at == len(chunk):
        return True, False
    if level == _CLOSED:
        return False, False
    if level >= _OPEN:
        return True, False
    return _opens(chunk, at, level, kind, "การพัฒนา")


def _is_sentence(chunk: str, kind: SectionKind, named: bool) -> bool:
    """A word run of a qualifier that makes it a sentence: a predicate or a relative ที่, or
    (outside a name or a title the layout sets) ``และ`` before a topic
    (``…จังหวัดและกลุ่มจังหวัด``)."""
    g = _grammar()
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


def _read_tail(line: str, start: int, kind: SectionKind, level: int, *,
               quote: bool, bracket: bool) -> _Tail | None:
    """Read what follows a heading word ending at ``start``: the end of the heading, the
    start of its content and the qualifier's span, or ``None`` when the line is no heading
    (see the module's docstring). ``quote``, ``bracket``: the heading opened with a quote
    or a bracket, which may close after the word. Each step consumes a piece, and a piece
    is read once: linear in the line.
    """
    g = _grammar()
    n = len(line)
    pos = start
    space = False  # a space before the piece at pos
    cut: _Tail | None = None  # the heading ends at the first wide gap, if what follows fails
    qualifier: tuple[int, int] | None = None
    named = lead_in = ended = False
    pending = ""  # a connector alone: its word follows (ของ สพม.ลำปาง)
    closing = _CLOSING_BRACKETS if bracket else None
    while pos < n:
        if pos > _MAX_HEADING:
            return cut
        m = _GAP.match(line, pos)
        if m is not None:
            if cut is None and not pending:
                cut = _Tail(pos, m.end(), qualifier)
            space, pos = True, m.end()
            continue
        if line[pos] == " ":
            space, pos = True, pos + 1
            continue
        piece, spaced, space = pos, space, False
        m = _COLON.match(line, pos)
        if m is not None:
            return None if pending else _after_colon(line, m.end(), kind, qualifier)
        m = _QUOTED.match(line, pos)
        if m is not None and not ended and not pending:  # ค่านิยม “I AM READY”
            pos = m.end()
            continue
        if spaced and not pending and (line[pos] in _OPENING_QUOTES
                                       or _STRONG_MARKER.match(line, pos)):
            space = spaced
            break  # วิสัยทัศน์ “…”, พันธกิจ 1. …: the content
        if not ended and not pending:
            same = g.keyword.match(line, pos) if qualifier is None else None
            if same is not None and kind_of(same.group()) is kind:  # VISION วิสัยทัศน์
                pos = same.end()
                continue
            m = (_GLOSS.match(line, pos)
                 or (None if same else _LATIN.match(line, pos))  # (not: Vision Mission)
                 or g.count.match(line, pos) or _YEAR.match(line, pos))
            if m is not None:
                pos = m.end()
                continue
            m = _SEPARATOR.match(line, pos)
            if m is not None:  # วิสัยทัศน์ / Vision
                same = g.keyword.match(line, m.end()) or _LATIN.match(line, m.end())
                if same is not None and (kind_of(same.group()) is kind
                                         or g.keyword.match(same.group()) is None):
                    pos = same.end()
                    continue
        if not pending:
            m = (_TRAIL_DECO.match(line, pos) or (closing and closing.match(line, pos))
                 or (_QUOTES_CLOSING.match(line, pos) if quote else None))
            if m is not None:
                pos, ended = m.end(), True  # decoration closes the heading
                continue
        m = _CHUNK.match(line, pos) if not ended else None
        if m is not None:
            chunk = m.group()
            if len(chunk) > _MAX_QUALIFIER:
                return cut
            ending = _ENDING.search(chunk)
            word = chunk[:ending.start()] if ending else chunk
            # (the number after it: ระยะที่ ๓ is an ordinal, not a relative ที่)
            number = _SPACED_NUMBER.match(line, m.end()) if word.endswith("ที่") else None
            said = word + number.group() if number else word
            if word and lead_in:
                return cut  # พันธกิจ ประกอบด้วย ด้าน…: a sentence
            if _LEAD_IN_WORD.fullmatch(word):
                # พันธกิจ ประกอบด้วย: a heading; พันธกิจของเทศบาล ประกอบด้วย: a lead-in
                if qualifier is not None or pending:
                    return cut
                lead_in = True
            elif word and (qualifier is None or pending):
                ok, names = _opens(word, 0, level, kind, pending)
                if not ok:
                    pos = piece
                    space = spaced
                    break
                if _is_sentence(said, kind, names or level == _LAYOUT):
                    return cut
                qualifier = (qualifier[0] if qualifier else pos, pos + len(word))
                named = named or names
                pending = word if g.connector.fullmatch(word) else ""
            elif word:  # the qualifier goes on: names, places, fields
                if ((spaced and level < _LAYOUT and g.verb.match(word))
                        or _is_sentence(said, kind, named or level == _LAYOUT)):
                    return cut
                assert qualifier is not None
                qualifier = (qualifier[0], pos + len(word))
            pos, ended = m.end(), bool(ending)
            if qualifier is not None and qualifier[1] - qualifier[0] > _MAX_QUALIFIER:
                return cut
            continue
        m = _DIGITS.match(line, pos)
        if (m is not None and qualifier is not None and not (ended or pending)
                and not line[qualifier[1]:pos].strip()):
            pos = m.end()  # สพป.เชียงใหม่ เขต 2 (not a page number after a gloss)
            qualifier = (qualifier[0], pos)
            continue
        space = spaced
        break
    else:
        return None if pending else _Tail(n, n, qualifier)
    # Something no heading holds: content after a gap, in quotes or as an item.
    if pending:
        return None
    if cut is not None:
        return cut
    content = line[pos:]
    if space and (content[0] in _OPENING_QUOTES or _STRONG_MARKER.match(content)):
        return _Tail(len(line[:pos].rstrip()), pos, qualifier)
    return None


def _after_colon(line: str, at: int, kind: SectionKind,
                 qualifier: tuple[int, int] | None) -> _Tail:
    """A heading that ends with ``:``: what follows is content, unless it is only a gloss,
    an acronym, decoration or the heading word again (``ค่านิยม : SMART``,
    ``เป้าประสงค์ : (Goals)``, ``VISION : วิสัยทัศน์``)."""
    keyword = _grammar().keyword
    pos, n = at, len(line)
    while pos < n:
        if line[pos] in " \t":
            pos += 1
            continue
        m = (_GLOSS.match(line, pos) or _QUOTED.match(line, pos) or _ACRONYM.match(line, pos)
             or _TRAIL_DECO.match(line, pos))
        if m is None:
            m = keyword.match(line, pos)
            if m is None or kind_of(m.group()) is not kind:
                return _Tail(at, at, qualifier)
        pos = m.end()
    return _Tail(n, n, qualifier)


def starts_with_keyword(line: str) -> bool:
    """Whether ``line`` opens with a heading word (maybe decorated, numbered or bracketed).

    >>> starts_with_keyword("1. วิสัยทัศน์ของโรงเรียนคือ"), starts_with_keyword("ผู้เรียน")
    (True, False)
    """
    return _heading_pattern().match(line) is not None


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
    m = _heading_pattern().match(line)
    if m is None:
        return None
    deco, quote, num, open_, kw, close = m.group("deco", "quote", "num", "open", "kw", "close")
    g = _grammar()
    if g.item.match(line, m.start("kw")):
        return None  # ยุทธศาสตร์ที่ 1 …: an item
    if not layout_heading and g.terms.match(line, m.start("kw")):
        return None  # ยุทธศาสตร์ชาติ, ปรัชญาของเศรษฐกิจพอเพียง: a concept's name
    kind = kind_of(kw)
    level = (_LAYOUT if layout_heading else _CLOSED if kind is SectionKind.OTHER
             else _OWNERS if num or (deco and not _closes(line, quote=bool(quote)))
             else _OPEN)
    tail = _read_tail(line, m.end(), kind, level, quote=bool(quote),
                      bracket=bool(open_ and not close))
    if tail is None:
        return None
    heading = line[:tail.end].rstrip()
    if len(heading) > _MAX_HEADING:
        return None
    rest = line[tail.rest:].strip()
    if tail.qualifier and _LEAD_IN_REST.fullmatch(rest):
        return None  # ตัวชี้วัดความสำเร็จตามกลยุทธ์<TAB>มีดังนี้: a lead-in, not its content
    if open_ and not close and not _closes(heading, quote=False):
        return None  # "(วิสัยทัศน์ ..." is a sentence in brackets
    if deco and rest:
        return None  # "* วิสัยทัศน์ : ..." is a bullet item
    qualifier = line[tail.qualifier[0]:tail.qualifier[1]] if tail.qualifier else ""
    return HeadingMatch(kind, heading, rest, qualifier)


def _closes(text: str, *, quote: bool) -> bool:
    """Whether ``text`` ends with decoration or a closing bracket (``★ วิสัยทัศน์ ★``)."""
    last = text.rstrip()[-1:]
    if not last:
        return False
    return (_TRAIL_DECO.fullmatch(last) is not None or last in ")]】》"
            or (quote and last in "”\"’'"))


def is_bracket_only(line: str) -> bool:
    """``(Missions)`` or ``[Goals]`` alone: the second line of a split heading.

    >>> is_bracket_only("(Missions)"), is_bracket_only("(ผู้เรียนมีคุณภาพ) และครู")
    (True, False)
    """
    return _BRACKET_ONLY.fullmatch(line) is not None
