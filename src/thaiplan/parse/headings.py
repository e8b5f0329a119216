"""Section headings: a heading word and what may stand around it on its line.

A heading line holds a heading word of the lexicon (:mod:`thaiplan.parse.lexicon`),
maybe decorated (``📌 วิสัยทัศน์ 📌``, ``“วิสัยทัศน์”``), numbered (``1. วิสัยทัศน์``),
bracketed or glossed (``[VISION] วิสัยทัศน์``, ``พันธกิจ / Mission``), qualified from a
closed grammar (``พันธกิจ (Mission) ของ สพม.พิษณุโลก อุตรดิตถ์``, ``กลยุทธ์ สพฐ.
ปีงบประมาณ พ.ศ. 2567``) — and maybe the section's first content after ``:``, a tab or
a wide gap, in quotes, or as an item. A heading word followed by ordinary text is the
start of a sentence, not a heading.

>>> match_heading("วิสัยทัศน์ (Vision)").kind.value
'vision'
>>> match_heading("พันธกิจ :   ๑. จัดการศึกษา").rest
'๑. จัดการศึกษา'
>>> match_heading("วิสัยทัศน์และพันธกิจของโรงเรียนคือ") is None
True
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache

from ..model import SectionKind
from .lexicon import alternation, keyword_pattern, kind_of, lexicon, qualifier_pattern
from .orgs import ORG_FIRST_LETTERS, is_org_name

__all__ = ["HeadingMatch", "is_bracket_only", "match_heading", "starts_with_keyword"]


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """A line recognised as a section heading.

    Attributes:
        kind: the section kind.
        heading: the heading part of the line, as written (stripped).
        rest: content that follows on the same line (``""`` when none).
    """

    kind: SectionKind
    heading: str
    rest: str


# Decoration around a heading (``★ วิสัยทัศน์ ★``, ``📌 พันธกิจ 📌``, ``**ค่านิยม**``): bullets,
# arrows, geometric shapes, dingbats and emoji (with their variation selector).
_DECO = ("#*•\u2190-\u21ff\u2500-\u25ff\u2600-\u27bf\u2b00-\u2bff"
         "\U0001f000-\U0001faff\ufe0f")
# An upper-case acronym after a heading word: ``CARE``, ``I AM READY``.
_ACRONYM = r"(?:[A-Z]{1,8}(?:\s[A-Z]{1,8}){1,4}|[A-Z]{2,8})(?![A-Za-z])"
_BRACKET_ONLY = re.compile(r"[\[(][^()\[\]\n]{1,40}[)\]]")
# A year, a year range or a budget year after a heading word (``ปีงบประมาณ พ.ศ. 2567``,
# ``(พ.ศ. 2566 - 2570)``).
_YEAR = (r"(?:ประจำ)?(?:ปี(?:งบประมาณ|การศึกษา)?|พ\.ศ\.|ระยะ)\s*(?:พ\.ศ\.\s*)?[0-9๐-๙]{4}"
         r"(?:\s*[-–]\s*(?:พ\.ศ\.\s*)?[0-9๐-๙]{4})?")
_HEADING_SUFFIX = re.compile(_YEAR + r"\s*[:：]?")
# Words that make a name a sentence (``โรงเรียนคือการพัฒนา…``), beyond those
# :func:`thaiplan.parse.orgs.is_org_name` rejects.
_SENTENCE_WORD = re.compile("คือ|หมายถึง|ได้แก่|โดย|ตาม|เพื่อ|ซึ่ง|ต้อง|ควร|สู่|อย่าง|ด้วย")
_YEAR_AT_END = re.compile(rf"\s*(?:{_YEAR}|\(\s*{_YEAR}\s*\))\s*$")
_OWNED_BY = re.compile(r"(?:ของ|ประจำ)?\s*")  # before an organisation's name: ของ สพม.…
_GLOSS_SEP = frozenset("/|-–—")  # between a heading word and its English (วิสัยทัศน์ / Vision)
_MAX_QUALIFIED = 120  # no longer line is a heading with qualifiers
_STRONG_MARKER = re.compile(r"(?:\(?[0-9๐-๙]{1,2}[.)]|ข้อ\s*[0-9๐-๙])")


@cache
def _heading_pattern() -> re.Pattern[str]:
    """A heading at the start of a line.

    Optional decoration (``★``, ``📌``, an opening quote), optional numbering (``1.``,
    ``๒.``), an optional [bracketed] English word, the heading word, an optional
    qualifier, then a tail of brackets, colons, ``(ต่อ)``, ``ประกอบด้วย``, an upper-case
    acronym (``ค่านิยม CARE``, ``ค่านิยม I AM READY``, maybe quoted) or closing decoration
    (``★ วิสัยทัศน์ ★``, ``“วิสัยทัศน์”``: a closing quote only after an opening one, so
    that ``วิสัยทัศน์ "มุ่ง…"`` keeps its text).
    """
    return re.compile(
        f"(?P<deco>(?:[{_DECO}]|(?P<quote>[“\"‘']))+\\s*)?"
        r"(?P<num>[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*[.)]?\s*)?"
        r"(?P<open>[\[(]\s*)?"
        f"(?P<kw>{keyword_pattern()})"
        r"(?P<close>\s*[\])])?"
        f"(?P<qual>\\s?(?:{qualifier_pattern()}))?"
        r"(?P<tail>(?:\s*(?:\([^()\n]{0,40}\)|\[[^\[\]\n]{0,40}\]|[:：]|ประกอบด้วย|ดังนี้"
        f"|{_ACRONYM}|[“\"'‘]{_ACRONYM}[”\"'’]|\\*+|#+|[{_DECO}]+"
        r"|(?(quote)[”\"'’]|(?!))))*)"
    )


@cache
def _grammar() -> tuple[re.Pattern[str], frozenset[str]]:
    """One piece of what may follow a heading word on a heading line (closed vocabulary),
    and the characters such a piece or an organisation's name starts with.

    A gloss in brackets (``(Mission)``, ``(ต่อ)``, ``(พ.ศ. 2566 - 2570)``), a year
    phrase, ``การพัฒนา`` maybe followed by a place (``การพัฒนาท้องถิ่น``) and maybe after
    ``ของ``/``เพื่อ``, an owner (``โรงเรียน``) maybe after ``ของ``/``ประจำ``, an audience
    (``นักเรียน``) maybe after ``ของ``, a word of the ``qualifiers`` list (``รวม``,
    ``องค์กร``), ``ประกอบด้วย``/``ดังนี้`` or an upper-case acronym.
    """
    lex = lexicon()
    grammar = lex["qualifier_grammar"]
    token = re.compile(
        r"\s*(?:[\[(]\s*(?:[A-Za-z][A-Za-z .&'/-]{0,38}|ต่อ)\s*[\])]"
        rf"|{_YEAR}|\(\s*{_YEAR}\s*\)"
        rf"|(?:ของ|เพื่อ)?\s*การพัฒนา(?:{alternation(grammar['places'])})?"
        rf"|(?:ของ|ประจำ)?\s*(?:{alternation(grammar['owners'])})"
        rf"|(?:ของ)?\s*(?:{alternation(grammar['audiences'])})"
        rf"|{qualifier_pattern()}|ประกอบด้วย|ดังนี้|{_ACRONYM})"
    )
    starts = {w[0] for w in [*grammar["owners"], *grammar["audiences"], *lex["qualifiers"],
                             "การพัฒนา", "ของ", "เพื่อ", "ประจำ", "ปี", "พ.ศ.", "ระยะ",
                             "ประกอบด้วย", "ดังนี้"]}
    # glosses, acronyms and English names open with a bracket or a capital
    starts |= set("([" + string.ascii_uppercase + ORG_FIRST_LETTERS)
    return token, frozenset(starts)


def _names_owner(text: str) -> bool:
    """``text`` is an organisation's name, maybe after ``ของ``/``ประจำ`` and before a year.

    >>> _names_owner("ของ สพม.พิษณุโลก อุตรดิตถ์"), _names_owner("ของเศรษฐกิจพอเพียง")
    (True, False)
    >>> _names_owner("ของโรงเรียนคือการพัฒนาผู้เรียน")
    False
    """
    name = text[_OWNED_BY.match(text).end():]  # type: ignore[union-attr]  # ``?``: matches
    name = _YEAR_AT_END.sub("", name)
    return is_org_name(name) and _SENTENCE_WORD.search(name) is None


def _qualified(line: str, start: int) -> int:
    """Where the heading ends when ``line[start:]`` holds only qualifiers, else -1.

    Qualifiers (see :func:`_grammar`) in any order, maybe closed by an organisation's
    name (:func:`_names_owner`), up to the end of the line or to a ``:`` after which
    the section's text follows. They open with one of the grammar's first characters
    (``ยุทธศาสตร์ที่ 1 …`` has none: no qualifier follows that heading word).

    >>> line = "อัตลักษณ์นักเรียน : กิริยางาม"
    >>> line[:_qualified(line, 9)]
    'อัตลักษณ์นักเรียน :'
    >>> _qualified("เป้าหมายของการจัดการศึกษา", 8)
    -1
    """
    token, starts = _grammar()
    if line[start:].lstrip()[:1] not in starts:
        return -1
    colon = min((i for i in (line.find(":", start), line.find("：", start)) if i >= 0),
                default=len(line))
    end = colon + 1 if colon < len(line) else colon
    pos = last = start
    while line[pos:colon].strip():
        m = token.match(line, pos, colon)
        if m is None or m.end() == pos:
            # An organisation's name closes the qualifiers; it may begin with the last
            # piece read ("ของโรงเรียน" + "วัดป่าประดู่").
            named = _names_owner(line[pos:colon].strip()) or (
                last < pos and _names_owner(line[last:colon].strip()))
            return end if named else -1
        last, pos = pos, m.end()
    return end


def starts_with_keyword(line: str) -> bool:
    """Whether ``line`` opens with a heading word (maybe decorated, numbered or bracketed).

    >>> starts_with_keyword("1. วิสัยทัศน์ของโรงเรียนคือ"), starts_with_keyword("ผู้เรียน")
    (True, False)
    """
    return _heading_pattern().match(line) is not None


def match_heading(line: str) -> HeadingMatch | None:
    """Recognise a heading line (``line`` stripped of outer whitespace).

    Content on the same line is accepted after ``:``, after a tab or a run of
    two or more spaces, when it is quoted or starts with an item marker. A
    heading word followed by the organisation's name (``วิสัยทัศน์ สพป.ลำปาง เขต 1``)
    or a year (``พันธกิจ ปีงบประมาณ 2567``) is a heading; followed by ordinary
    text on the same line, it is not.

    >>> match_heading("[VISION] วิสัยทัศน์").heading
    '[VISION] วิสัยทัศน์'
    >>> match_heading("1. วิสัยทัศน์").kind.value
    'vision'
    >>> match_heading("วิสัยทัศน์ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 1").rest
    ''
    """
    m = _heading_pattern().match(line)
    if m is None:
        return None
    deco, open_, kw, close, qual, tail = m.group("deco", "open", "kw", "close", "qual", "tail")
    if open_ and not close and not tail:
        return None  # "(วิสัยทัศน์ ..." is a sentence in brackets
    kind = kind_of(kw)
    end = _after_gloss(line, m.end(), kind)
    content = line[end:].strip()
    if not content:
        return HeadingMatch(kind, line[:end].rstrip(), "")
    if deco:
        return None  # "* วิสัยทัศน์ของโรงเรียน..." is a bullet item
    if tail and (":" in tail or "：" in tail):
        return HeadingMatch(kind, line[:end].rstrip(), content)
    name_from = m.start("qual") if qual else end
    if is_org_name(line[name_from:].strip()) or _HEADING_SUFFIX.fullmatch(content):
        return HeadingMatch(kind, line, "")
    # (Not for the other kinds' words: "ตาม / นโยบายของกระทรวงศึกษาธิการ" is a wrapped line.)
    if len(line) <= _MAX_QUALIFIED and not open_ and kind is not SectionKind.OTHER:
        at = _qualified(line, m.end("close") if close else m.end("kw"))
        if at >= 0:
            return HeadingMatch(kind, line[:at].rstrip(), line[at:].strip())
    rest = line[end:]
    gap = rest[: len(rest) - len(rest.lstrip())]
    if ("\t" in gap or len(gap) >= 2
            or _STRONG_MARKER.match(content) or (gap and content[0] in "“\"'‘")):
        return HeadingMatch(kind, line[:end].rstrip(), content)
    return None


def _after_gloss(line: str, end: int, kind: SectionKind) -> int:
    """Where a heading that ends at ``end`` ends when the same kind is named again
    after it, in another language (``[VISION] วิสัยทัศน์``, ``พันธกิจ / Mission``)."""
    lead = line[end:].lstrip()
    if lead[:1] in _GLOSS_SEP:
        lead = lead[1:].lstrip()
    again = _heading_pattern().match(lead)
    if again is not None and not again.group("num") and kind_of(again.group("kw")) is kind:
        return len(line) - len(lead) + again.end()
    return end


def is_bracket_only(line: str) -> bool:
    """``(Missions)`` or ``[Goals]`` alone: the second line of a split heading.

    >>> is_bracket_only("(Missions)"), is_bracket_only("(ผู้เรียนมีคุณภาพ) และครู")
    (True, False)
    """
    return _BRACKET_ONLY.fullmatch(line) is not None
