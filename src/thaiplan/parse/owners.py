"""Whose plan: organisation names in page headers, covers and sentences.

A plan's owner is named where the document says who it is — the agency line of a
budget volume's page header, the organisation on the cover, the body that "drew up"
the plan (``คณะกรรมการยุทธศาสตร์ชาติได้ดำเนินการจัดทำ…``), the lead agency of a quoted
plan (``มีสำนักงาน ป.ป.ช. เป็นหน่วยงานหลัก``) — not by the first organisation the text
happens to mention. Abbreviations are expanded with the definitions the document gives
(``สำนักงานคณะกรรมการข้าราชการพลเรือน (สำนักงาน ก.พ.)``).

>>> org_line("สถาบันวิจัยแสงซินโครตรอน (องค์การมหาชน)")
'สถาบันวิจัยแสงซินโครตรอน (องค์การมหาชน)'
>>> org_line("สำนักงานมีการบริหารจัดการที่ดี") is None
True
>>> author("บัดนี้ คณะกรรมการยุทธศาสตร์ชาติได้ดำเนินการจัดทำร่างยุทธศาสตร์ชาติเป็นที่เรียบร้อยแล้ว")
'คณะกรรมการยุทธศาสตร์ชาติ'
>>> kind_of("กระทรวงศึกษาธิการ").value, kind_of("โรงเรียนบ้านหนองบัว").value
('ministry', 'school')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from ..model import Office, OfficeKind
from ..normalize import thai_to_arabic_digits
from .lexicon import keyword_pattern

__all__ = ["abbreviations", "author", "expand", "heading_org", "kind_of", "lead_agency",
           "local_first", "office_of", "org_line", "plan_owner", "same_org",
           "standard_abbreviations"]

# Words that open an organisation's name. (``การ…`` state enterprises are left out: the
# word opens too many sentences.)
_HEADS = (
    "สำนักงาน", "สำนัก", "กระทรวง", "กรม", "กอง", "สถาบัน", "ศูนย์", "สภา", "คณะกรรมการ",
    "องค์การ", "มหาวิทยาลัย", "วิทยาลัย", "โรงเรียน", "โรงพยาบาล", "เทศบาล",
    "ธนาคาร", "ส่วนราชการ", "ราชบัณฑิตยสภา", "ศาล", "สพป.", "สพม.", "สพฐ.",
    "อบต.", "อบจ.", "จังหวัด",
)
_HEAD = "|".join(sorted(map(re.escape, _HEADS), key=len, reverse=True))
_ORG_START = re.compile(f"(?:{_HEAD})")
# A head word followed by a verb or a linking word opens a sentence about the office.
_VERB_AFTER_HEAD = re.compile(f"(?:{_HEAD})\\s*(?:มี|เป็น|ได้|ให้|จะ|ต้อง|ควร|ใช้|และ|ที่|ซึ่ง|ของ|ทุก)")
# A line that is a sentence, not a name: sentence-final words, verbs of a plan's text;
# or a page title, a name and more (``วิทยาลัย… | ปรัชญา วิสัยทัศน์``, ``โรงเรียน… - ข้อมูล``).
_SENTENCE = re.compile(r"\s(?:มี|ได้|ให้|โดย|ซึ่ง|เพื่อ|เป็น|คือ|จะ|มุ่ง|ดังนี้)|[:;|»·]|\s[-–—]\s|\d{3,}"
                       r"|ได้|จัดทำ|ดำเนินการ|ประกาศใช้|ซึ่ง|ดังนี้")
# Head words that name one organisation by themselves; the others name a kind of body.
_SPECIFIC_HEADS = frozenset({"สพฐ.", "ราชบัณฑิตยสภา"})
# What ends an organisation's name in a heading: a year, a period, a bracket.
_NAME_END = re.compile(r"\s*(?:ประจำปี|ปีงบประมาณ|ปีการศึกษา|พ\.\s*ศ\.|ระยะ|[(\[“\"])")
_PARENS = re.compile(r"\s*\(([^()]{1,40})\)")
_NUMBER_AFTER = re.compile(r"\s*\(\s*[0-9๐-๙]{1,3}\s*\)$")  # a volume's number: (๕)
_SPACES = re.compile(r"\s+")
_MAX_NAME = 120
_AREA = re.compile(r"เขต\s*([0-9๐-๙]{1,3})$")
_AREA_OFFICES = (OfficeKind.PRIMARY_AREA_OFFICE, OfficeKind.SECONDARY_AREA_OFFICE)
# How local an organisation is, by how its name starts (or what it holds): a cover names
# its publisher and the bodies above it (a school, its area office, สพฐ., the ministry).
_LOCALITY = (
    re.compile(r"โรงเรียน|รร\.|วิทยาลัย|โรงพยาบาล|รพ\.|เทศบาล|องค์การบริหารส่วนตำบล|อบต\."),
    re.compile(r"สำนักงานเขตพื้นที่|สพ[ปม]\.|ศูนย์|.*จังหวัด|องค์การบริหารส่วนจังหวัด|อบจ\."),
    re.compile(r"(?!กรม|สำนักงานคณะกรรมการ|กระทรวง|คณะกรรมการ)"),
    re.compile(r"กรม|สำนักงานคณะกรรมการ|สพฐ\."),
    re.compile(r"กระทรวง"),
)


def org_line(line: str) -> str | None:
    """The organisation a line names, when the line is only that name (a page header,
    a cover line); else ``None``. Spaces are collapsed; a parenthesised status such as
    ``(องค์การมหาชน)`` is kept.

    >>> org_line("กระทรวงการอุดมศึกษา  วิทยาศาสตร์ วิจัยและนวัตกรรม")
    'กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม'
    """
    name = _NUMBER_AFTER.sub("", _SPACES.sub(" ", line).strip())
    if not name or len(name) > _MAX_NAME or not _ORG_START.match(name):
        return None
    if _VERB_AFTER_HEAD.match(name) or _SENTENCE.search(name):
        return None
    return name


# An organisation named inside a sentence: the head word and what follows, up to the
# verb or bracket that ends it (non-greedy: the shortest name before the verb).
# (A word after a space that opens a clause ends the name: ``… เพื่อรับผิดชอบ…``.)
_NAME = (f"(?P<org>(?:{_HEAD})[^\\s()]*?"
         f"(?:\\s(?!เพื่อ|โดย|ใน|และ|ซึ่ง|ที่|ได้|มี|เป็น|จึง|ให้)[^\\s()]+?){{0,4}}?)")
_DEFINITION = re.compile(f"{_NAME}\\s*\\((?P<abbr>[^()]{{2,40}})\\)")
_AUTHOR = re.compile(f"{_NAME}\\s*(?:\\([^()]{{1,40}}\\))?\\s*(?:ได้)?(?:ดำเนินการ)?(?:จัดทำ|ร่าง)")
_LEAD = re.compile(f"มี{_NAME}\\s*(?:\\([^()]{{1,40}}\\))?\\s*เป็น(?:หน่วยงานหลัก|เจ้าภาพ|ผู้รับผิดชอบ)")
_ABBREVIATION = re.compile(r"[ก-ฮ]{1,3}\.(?:[ก-ฮ]{1,3}\.?)+|[A-Z]{2,10}")


def _clean(name: str) -> str:
    return _SPACES.sub(" ", name).strip(" ,")


def author(text: str) -> str | None:
    """The organisation that drew up a plan, from a sentence saying so
    (``X ได้จัดทำ…``, ``X ได้ดำเนินการจัดทำร่าง…``), else ``None``."""
    m = _AUTHOR.search(text)
    return _clean(m.group("org")) if m else None


def lead_agency(text: str) -> str | None:
    """The lead agency of a plan, from ``มี X เป็นหน่วยงานหลัก…``, else ``None``.

    >>> lead_agency("มีสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) "
    ...             "เป็นหน่วยงานหลักในการขับเคลื่อน")
    'สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ'
    """
    m = _LEAD.search(text)
    return _clean(m.group("org")) if m else None


def _key(abbr: str) -> str:
    """An abbreviation without spaces and final dots: ``สำนักงาน ก.พ`` = ``สำนักงาน ก.พ.``."""
    return abbr.replace(" ", "").rstrip(".")


def abbreviations(lines: Iterable[str]) -> dict[str, str]:
    """The abbreviations a document defines, ``FULL NAME (ABBR)``: abbreviation key →
    full name (the first definition wins).

    >>> abbreviations(["สำนักงานคณะกรรมการข้าราชการพลเรือน (สำนักงาน ก.พ.) ได้จัดทำ"])
    {'สำนักงานก.พ': 'สำนักงานคณะกรรมการข้าราชการพลเรือน'}
    """
    found: dict[str, str] = {}
    for line in lines:
        for m in _DEFINITION.finditer(line):
            abbr = m.group("abbr").strip()
            if _ABBREVIATION.search(abbr):
                found.setdefault(_key(abbr), _clean(m.group("org")))
    return found


def expand(name: str, known: dict[str, str]) -> str:
    """``name`` in full when it is an abbreviation the document defines, or starts with
    a standard one (:func:`standard_abbreviations`); the name itself otherwise (with a
    full name's own parenthesised abbreviation dropped).

    >>> expand("สำนักงาน ก.พ.", {"สำนักงานก.พ": "สำนักงานคณะกรรมการข้าราชการพลเรือน"})
    'สำนักงานคณะกรรมการข้าราชการพลเรือน'
    >>> expand("สพป.ลำปาง เขต ๒", {})
    'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒'
    """
    full = known.get(_key(name))
    if full is not None:
        return full
    for full, short in standard_abbreviations():
        if name.startswith(short):
            return full + name[len(short):].lstrip()
    m = _PARENS.search(name)
    if m is not None and _ABBREVIATION.fullmatch(m.group(1).split()[-1]):
        return _clean(name[:m.start()] + name[m.end():])
    return name


@cache
def _plan_owners() -> list[tuple[str, str]]:
    """Known national plans and their owners, longest name first."""
    text = resources.files("thaiplan.resources").joinpath("plan_owners.json").read_text("utf-8")
    plans: dict[str, str] = json.loads(text)["plans"]
    return sorted(plans.items(), key=lambda item: -len(item[0]))


def plan_owner(heading: str) -> str | None:
    """The owner of a national plan a heading names (``resources/plan_owners.json``).

    >>> plan_owner("๒.๒.๓.๑ ยุทธศาสตร์ชาติ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐)")
    'คณะกรรมการยุทธศาสตร์ชาติ'
    """
    return next((owner for plan, owner in _plan_owners() if plan in heading), None)


def kind_of(name: str) -> OfficeKind:
    """What kind of organisation a name says it is."""
    if name.startswith(("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", "สพม.")):
        return OfficeKind.SECONDARY_AREA_OFFICE
    if name.startswith(("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "สพป.")):
        return OfficeKind.PRIMARY_AREA_OFFICE
    if name.startswith("โรงเรียน"):
        return OfficeKind.SCHOOL
    if name.startswith("กระทรวง"):
        return OfficeKind.MINISTRY
    if name.startswith(("เทศบาล", "องค์การบริหารส่วน", "อบต.", "อบจ.")):
        return OfficeKind.LOCAL
    if name.startswith("คณะกรรมการ") and "ชาติ" in name:
        return OfficeKind.NATIONAL
    return OfficeKind.AGENCY


def office_of(name: str) -> Office:
    """An :class:`~thaiplan.model.Office` for an owner's name (an area office with its
    เขต number).

    >>> office_of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒").area
    2
    """
    kind = kind_of(name)
    area = _AREA.search(name) if kind in _AREA_OFFICES else None
    return Office(kind, int(area.group(1)) if area else None, name)


@cache
def standard_abbreviations() -> tuple[tuple[str, str], ...]:
    """The (full word, abbreviation) pairs of ``resources/office_abbreviations.tsv``
    (``สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา``, ``สพม.``), longest full word first.

    >>> dict(standard_abbreviations())["โรงเรียน"]
    'รร.'
    """
    text = resources.files("thaiplan.resources").joinpath("office_abbreviations.tsv").read_text(
        encoding="utf-8")
    pairs = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        full, _, short = line.partition("\t")
        pairs.append((full.strip(), short.strip()))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def heading_org(heading: str) -> str | None:
    """The organisation a section heading names right after its heading word, else
    ``None`` (also for a kind of body: ``พันธกิจของโรงเรียน``).

    >>> heading_org("วิสัยทัศน์ สพฐ.")
    'สพฐ.'
    >>> heading_org("๓. พันธกิจของ สพป.สุโขทัย เขต ๑ ปีงบประมาณ พ.ศ. ๒๕๖๗")
    'สพป.สุโขทัย เขต ๑'
    >>> heading_org("วิสัยทัศน์ของโรงเรียน"), heading_org("การวิเคราะห์สภาพแวดล้อม")
    (None, None)
    """
    m = _heading_start().match(heading)
    if m is None or not _ORG_START.match(heading, m.end()):
        return None
    name = org_line(_NAME_END.split(heading[m.end():], maxsplit=1)[0])
    if name is None or (name in _HEADS and name not in _SPECIFIC_HEADS):
        return None
    return name


@cache
def _heading_start() -> re.Pattern[str]:
    """A heading's number and heading word, and ``ของ`` after it: what stands before
    the organisation a heading names."""
    return re.compile(rf"\s*(?:[0-9๐-๙]+(?:\.[0-9๐-๙]+)*\.?\s*)?(?:{keyword_pattern()})"
                      r"[\s:]*(?:ของ\s*)?")


def same_org(a: str, b: str, known: dict[str, str]) -> bool:
    """Whether two names name one organisation: the same once abbreviations are written
    out (the document's own and the standard ones), spaces, dots and ``เขต`` left out
    and digits read — or one the other with its parent body after it.

    >>> same_org("สพป.ลำปาง เขต ๒", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 2", {})
    True
    >>> same_org("สพฐ.", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ", {})
    True
    >>> same_org("สพป.ลำปาง เขต ๒", "สพป.ลำปาง เขต ๒๐", {})
    False
    """
    x, y = sorted((_comparable(expand(a, known)), _comparable(expand(b, known))), key=len)
    if not x or not y.startswith(x):
        return False
    return len(x) == len(y) or not (x[-1].isdigit() and y[len(x)].isdigit())


def _comparable(name: str) -> str:
    """A name to compare: abbreviations written out, spaces, dots and ``เขต`` left out,
    Thai digits read."""
    for full, short in standard_abbreviations():
        name = name.replace(short, full)
    return thai_to_arabic_digits(re.sub(r"[\s.]|เขต", "", name))


def local_first(names: Iterable[str]) -> str | None:
    """Of the organisations a cover names, the most local one (the last of the most
    local: a cover lists what a volume holds, then its publisher).

    >>> local_first(["สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒",
    ...              "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "กระทรวงศึกษาธิการ"])
    'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒'
    """
    best: tuple[int, str] | None = None
    for name in names:
        rank = next((k for k, p in enumerate(_LOCALITY) if p.match(name)), len(_LOCALITY))
        if best is None or rank <= best[0]:
            best = (rank, name)
    return best[1] if best else None
