"""Heading lexicon: which words open which kind of section.

The words live in ``resources/headings.json``; this module compiles them once into
the regular expressions the parser uses. Matching tolerates what PDF extraction
does to these words (``เป้ ำประสงค์``, ``ยุทธศำสตร์``) because ``า`` and ``ำ`` are
interchangeable in the patterns and spaces before ``ำ`` are removed by
:func:`thaiplan.normalize.repair_pdf_text` beforehand.

>>> match_heading("วิสัยทัศน์ (Vision)").kind.value
'vision'
>>> match_heading("พันธกิจ :   ๑. จัดการศึกษา").rest
'๑. จัดการศึกษา'
>>> match_heading("วิสัยทัศน์และพันธกิจของโรงเรียนคือ") is None
True
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..model import SectionKind
from .orgs import _NOT_ORG_START, is_org_name

__all__ = [
    "HeadingMatch",
    "is_bracket_only",
    "is_title_candidate",
    "item_prefix_pattern",
    "keyword_count",
    "match_heading",
    "read_heading",
    "starts_with_keyword",
]

_SEP_CHARS = "/|>»,;&-–—・·"
# Decoration around a heading (``★ วิสัยทัศน์ ★``, ``📌 พันธกิจ 📌``, ``**ค่านิยม**``): bullets,
# arrows, geometric shapes, dingbats and emoji (with their variation selector).
_DECO = ("#*•\u2190-\u21ff\u2500-\u25ff\u2600-\u27bf\u2b00-\u2bff"
         "\U0001f000-\U0001faff\ufe0f")
# An upper-case acronym after a heading word: ``CARE``, ``I AM READY``.
_ACRONYM = r"(?:[A-Z]{1,8}(?:\s[A-Z]{1,8}){1,4}|[A-Z]{2,8})(?![A-Za-z])"


def _tolerant(word: str) -> str:
    """Regex for ``word`` that also accepts ``ำ`` where ``า`` is written and back."""
    out = []
    for ch in word:
        if ch in "าำ":
            out.append("[าำ]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@cache
def _lexicon() -> dict[str, Any]:
    text = resources.files("thaiplan.resources").joinpath("headings.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def _word_kinds() -> dict[str, SectionKind]:
    """Every heading word (English lower-cased, ``ำ`` read as ``า``) → its kind."""
    out: dict[str, SectionKind] = {}
    for kind, words in _lexicon()["kinds"].items():
        for word in [*words["th"], *words["en"]]:
            out[word.lower().replace("ำ", "า")] = SectionKind(kind)
    return out


def _alternation(words: list[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie so that it fails fast.

    Python's ``re`` tries alternatives one by one; sharing prefixes
    (ประเด็น|ยุทธศาสตร์…) keeps a search over a long line linear and quick.
    Longer words win over their prefixes (ประเด็นยุทธศาสตร์ over ประเด็น).
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word.replace("ำ", "า"):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = []
        for ch in sorted(node, key=lambda c: c == ""):  # the end of a word last
            if ch == "":
                branches.append("")
            else:
                branches.append(_tolerant(ch) + emit(node[ch]))
        if branches == [""]:
            return ""
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = _lexicon()
    thai = [w for v in lex["kinds"].values() for w in v["th"]]
    english = [w for v in lex["kinds"].values() for w in v["en"]]
    # The lookahead on the first letter spares a case-insensitive try of every English
    # word at each place (sre skips a branch on its first character only when that is
    # compared exactly, as the Thai words' are).
    first = "".join(sorted({w[0].lower() for w in english}))
    keyword = (f"(?:{_alternation(thai)}"
               f"|(?i:(?=[{first}])(?:{_alternation(english)})(?![a-z])))")
    qualifier = _alternation(lex["qualifiers"])
    # A heading: optional decoration (``★``, ``📌``, an opening quote), optional
    # numbering (``1.``, ``๒.``), optional [bracketed] English word, the keyword, an
    # optional qualifier, then a tail of brackets, colons, ``(ต่อ)``, ``ประกอบด้วย``, an
    # upper-case acronym (``ค่านิยม CARE``, ``ค่านิยม I AM READY``, maybe quoted) or
    # closing decoration (``★ วิสัยทัศน์ ★``, ``“วิสัยทัศน์”``: a closing quote only after
    # an opening one, so that ``วิสัยทัศน์ "มุ่ง…"`` keeps its text).
    # (Decoration and numbering are atomic groups: no heading word starts with what
    # they hold, so giving characters back could never help; on a numbered item line
    # the pattern fails at once instead of retrying every heading word.)
    heading = re.compile(
        f"(?P<deco>(?>(?:[{_DECO}]|(?P<quote>[“\"‘']))+\\s*))?"
        r"(?P<num>(?>[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*[.)]?\s*))?"
        r"(?P<open>[\[(]\s*)?"
        f"(?P<kw>{keyword})"
        r"(?P<close>\s*[\])])?"
        f"(?P<qual>\\s?(?:{qualifier}))?"
        r"(?P<tail>(?:\s*(?:\([^()\n]{0,40}\)|\[[^\[\]\n]{0,40}\]|[:：]|ประกอบด้วย|ดังนี้"
        f"|{_ACRONYM}|[“\"'‘]{_ACRONYM}[”\"'’]|\\*+|#+|[{_DECO}]+"
        r"|(?(quote)[”\"'’]|(?!))))*)"
    )
    anywhere = re.compile(keyword)
    # A heading opens with a decoration, a bracket, a digit or a heading word's first
    # letter: a line opening with any other Thai character (uncased, so no English word
    # matches it either) is no heading, known without running the pattern.
    firsts = {w.replace("ำ", "า")[0] for w in thai}
    if "า" in firsts:
        firsts.add("ำ")  # _tolerant
    _NOT_HEADING_START.update(
        {chr(c) for c in range(0x0E00, 0x0E80)} - firsts - set("๐๑๒๓๔๕๖๗๘๙"))
    _HEADING.append(heading)  # last: the hot path reads both once this is set
    return heading, anywhere, re.compile(f"(?:{qualifier})")


# Bound by _patterns() for the hot path (a global read costs less than a cached call).
_HEADING: list[re.Pattern[str]] = []  # [the heading pattern]
_NOT_HEADING_START: set[str] = set()  # Thai characters no heading starts with


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


_BRACKET_ONLY = re.compile(r"[\[(][^()\[\]\n]{1,40}[)\]]")
# A year, a year range or a budget year after a heading word (``ปีงบประมาณ พ.ศ. 2567``,
# ``(พ.ศ. 2566 - 2570)``).
_YEAR = (r"(?:ประจำ)?(?:ปี(?:งบประมาณ|การศึกษา)?|พ\.ศ\.|ระยะ)\s*(?:พ\.ศ\.\s*)?[0-9๐-๙]{4}"
         r"(?:\s*[-–]\s*(?:พ\.ศ\.\s*)?[0-9๐-๙]{4})?")
# What may follow a heading word on its line and still leave a heading.
_HEADING_SUFFIX = re.compile(_YEAR + r"\s*[:：]?")
# Words that make a name a sentence (``โรงเรียนคือการพัฒนา…``), beyond those
# :func:`thaiplan.parse.orgs.is_org_name` rejects.
_SENTENCE_WORD = re.compile("คือ|หมายถึง|ได้แก่|โดย|ตาม|เพื่อ|ซึ่ง|ต้อง|ควร|สู่|อย่าง|ด้วย")
_YEAR_LAST = frozenset("0123456789๐๑๒๓๔๕๖๗๘๙)")  # what a year phrase ends with
_YEAR_AT_END = re.compile(rf"\s*(?:{_YEAR}|\(\s*{_YEAR}\s*\))\s*$")
# A heading word's qualifier written before an organisation's name (``ของ สพม.…``).
_OWNED_BY = re.compile(r"(?:ของ|ประจำ)?\s*")
_GLOSS_SEP = frozenset("/|-–—")  # between a heading word and its English (``วิสัยทัศน์ / Vision``)
_MAX_QUALIFIED = 120  # no longer line is a heading with qualifiers
_STRONG_MARKER = re.compile(r"(?:\(?[0-9๐-๙]{1,2}[.)]|ข้อ\s*[0-9๐-๙])")


@cache
def _grammar() -> tuple[re.Pattern[str], frozenset[str]]:
    """One piece of what may follow a heading word on a heading line (closed vocabulary),
    and the characters such a piece or an organisation's name may start with.

    A gloss in brackets (``(Mission)``, ``(ต่อ)``, ``(พ.ศ. 2566 - 2570)``), a year
    phrase, ``การพัฒนา`` maybe followed by a place (``การพัฒนาท้องถิ่น``) and maybe after
    ``ของ``/``เพื่อ``, an owner (``โรงเรียน``) maybe after ``ของ``/``ประจำ``, an audience
    (``นักเรียน``) maybe after ``ของ``, a word of the ``qualifiers`` list (``รวม``,
    ``องค์กร``), ``ประกอบด้วย``/``ดังนี้`` or an upper-case acronym.
    """
    lex = _lexicon()
    grammar = lex["qualifier_grammar"]
    places = _alternation(grammar["places"])
    owners = _alternation(grammar["owners"])
    audiences = _alternation(grammar["audiences"])
    words = _alternation(lex["qualifiers"])
    token = re.compile(
        r"\s*(?:[\[(]\s*(?:[A-Za-z][A-Za-z .&'/-]{0,38}|ต่อ)\s*[\])]"
        rf"|{_YEAR}|\(\s*{_YEAR}\s*\)"
        rf"|(?:ของ|เพื่อ)?\s*การพัฒนา(?:{places})?"
        rf"|(?:ของ|ประจำ)?\s*(?:{owners})"
        rf"|(?:ของ)?\s*(?:{audiences})"
        rf"|{words}|ประกอบด้วย|ดังนี้|{_ACRONYM})"
    )
    starts = {w[0] for w in [*grammar["owners"], *grammar["audiences"], *lex["qualifiers"],
                             "การพัฒนา", "ของ", "เพื่อ", "ประจำ", "ปี", "พ.ศ.", "ระยะ",
                             "ประกอบด้วย", "ดังนี้"]}
    starts |= set("([" + string.ascii_uppercase)  # glosses, acronyms, English org names
    starts |= {chr(c) for c in range(0x0E00, 0x0E80)} - _NOT_ORG_START  # สพป., โรงเรียน…
    return token, frozenset(starts)


def _names_owner(text: str) -> bool:
    """``text`` is an organisation's name, maybe after ``ของ``/``ประจำ`` and before a year.

    >>> _names_owner("ของ สพม.พิษณุโลก อุตรดิตถ์"), _names_owner("ของเศรษฐกิจพอเพียง")
    (True, False)
    >>> _names_owner("ของโรงเรียนคือการพัฒนาผู้เรียน")
    False
    """
    name = text[_OWNED_BY.match(text).end():]  # type: ignore[union-attr]
    if name[-1:] in _YEAR_LAST:  # (a search anchored at the end tries every place)
        name = _YEAR_AT_END.sub("", name)
    return is_org_name(name) and _SENTENCE_WORD.search(name) is None


def _qualified(line: str, start: int) -> int:
    """Where the heading ends when ``line[start:]`` holds only qualifiers, else -1.

    Qualifiers (see :func:`_grammar`) in any order, maybe closed by an
    organisation's name (:func:`_names_owner`), up to the end of the line or to a
    ``:`` after which the section's text follows.

    >>> line = "อัตลักษณ์นักเรียน : กิริยางาม"
    >>> line[:_qualified(line, 9)]
    'อัตลักษณ์นักเรียน :'
    >>> _qualified("เป้าหมายของการจัดการศึกษา", 8)
    -1
    """
    token, starts = _grammar()
    first = line[start:start + 1]
    if first.isspace():
        first = line[start:].lstrip()[:1]
    if first not in starts:
        return -1  # "ยุทธศาสตร์ที่ 1 …", the usual case, decided without a regex
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


@lru_cache(maxsize=1024)  # a handful of words, in a few spellings
def _kind_of(word: str) -> SectionKind:
    key = " ".join(word.lower().replace("ำ", "า").split())
    return _word_kinds().get(key, SectionKind.OTHER)


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
    m = _opening(line)
    return None if m is None else _heading_of(line, m)


def _opening(line: str) -> re.Match[str] | None:
    """The heading pattern's match at the start of ``line`` (a heading word opens it)."""
    if line[:1] in _NOT_HEADING_START:
        return None  # the usual case, decided without a regular expression
    return (_HEADING[0] if _HEADING else _patterns()[0]).match(line)


def _heading_of(line: str, m: re.Match[str]) -> HeadingMatch | None:
    """:func:`match_heading` once the heading pattern has matched ``line`` (``m``)."""
    deco, open_, kw, close, qual, tail = m.group("deco", "open", "kw", "close", "qual", "tail")
    if open_ and not close and not tail:
        return None  # "(วิสัยทัศน์ ..." is a sentence in brackets
    kind = _kind_of(kw)
    end = m.end()
    rest = line[end:]
    content = rest.strip()
    # "[VISION] วิสัยทัศน์": the same kind named twice, in two languages.
    if content:
        lead = rest.lstrip()
        if lead[:1] in _GLOSS_SEP:  # "พันธกิจ / Mission"
            lead = lead[1:].lstrip()
        again = _opening(lead)
        if (again is not None and not again.group("num")
                and _kind_of(again.group("kw")) is kind):
            end = len(line) - len(lead) + again.end()
            rest = line[end:]
            content = rest.strip()
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
    gap = rest[: len(rest) - len(rest.lstrip())]
    if ("\t" in gap or len(gap) >= 2
            or _STRONG_MARKER.match(content) or (gap and content[0] in "“\"'‘")):
        return HeadingMatch(kind, line[:end].rstrip(), content)
    return None


def read_heading(line: str) -> tuple[HeadingMatch | None, bool]:
    """:func:`match_heading`, plus whether a heading word opens the line at all
    (the parser's hot path asks both; one regex match answers both)."""
    m = _opening(line)
    if m is None:
        return None, False
    return _heading_of(line, m), True


def starts_with_keyword(line: str) -> bool:
    """Whether ``line`` opens with a heading word (maybe numbered or bracketed)."""
    return _opening(line) is not None


@cache
def _foreign_char() -> re.Pattern[str]:
    """A Thai or ASCII character that :func:`keyword_count` never removes.

    Such a character stays in what is left of a line, so a line holding one (a
    digit, most punctuation, most Thai letters) is not a page title: this cheap
    search spares the costly count. Other characters are not tested (Unicode case
    folding and whitespace make the removable set open-ended there)."""
    lex = _lexicon()
    words = [w for v in lex["kinds"].values() for w in (*v["th"], *v["en"])]
    removable = set("".join(words + lex["qualifiers"])) | set("าำ" + _SEP_CHARS + "และand()")
    removable |= {c.upper() for c in removable} | {c.lower() for c in removable}
    tested = [chr(c) for c in (*range(0x21, 0x7F), *range(0x0E01, 0x0E5C))]
    return re.compile("[" + "".join(re.escape(c) for c in tested if c not in removable) + "]")


def is_title_candidate(line: str) -> bool:
    """False when ``line`` certainly holds more than heading words (see :func:`keyword_count`).

    >>> is_title_candidate("วิสัยทัศน์ / พันธกิจ"), is_title_candidate("กลยุทธ์ที่ 2 ยกระดับ")
    (True, False)
    """
    return _foreign_char().search(line) is None


def keyword_count(line: str) -> tuple[int, str]:
    """How many kinds of heading word ``line`` names, and what is left once they
    and separators (``/ | > ,``) are removed. A page title lists several:
    ``วิสัยทัศน์ / พันธกิจ / เป้าประสงค์`` → ``(3, "")``.

    >>> keyword_count("Vision / Mission / Goals")
    (3, '')
    """
    _, anywhere, qualifier = _patterns()
    found = {_kind_of(w) for w in anywhere.findall(line)}
    left = qualifier.sub("", anywhere.sub(" ", line))
    left = left.translate({ord(c): " " for c in _SEP_CHARS}).replace("และ", " ")
    left = left.replace("and", " ").replace("(", " ").replace(")", " ")
    return len(found), left.strip()


@lru_cache(maxsize=4096)
def is_bracket_only(line: str) -> bool:
    """``(Missions)`` or ``[Goals]`` alone: the second line of a split heading."""
    return _BRACKET_ONLY.fullmatch(line) is not None


@cache
def item_prefix_pattern() -> str:
    """Regex alternation of the words that prefix a numbered item (``ยุทธศาสตร์ที่``)."""
    return _alternation(_lexicon()["item_prefixes"])
