"""Lines that are page furniture, not plan content.

Rules (``**********``), page numbers (``- 12 -``, ``หน้า 5``), breadcrumbs
(``หน้าหลัก > ข้อมูลพื้นฐาน > วิสัยทัศน์``), page titles listing several headings
(``วิสัยทัศน์ / พันธกิจ / เป้าประสงค์``), view counters, dates, addresses, phone
numbers, ``Untitled Document`` and lone organisation-name lines.

>>> is_junk("ผู้เข้าชม 1,254 ครั้ง"), is_junk("- 12 -"), is_junk("ผู้เรียนมีคุณภาพ")
(True, True, False)
>>> is_junk("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 7")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import is_title_candidate, keyword_count, starts_with_keyword
from .orgs import is_org_name

__all__ = ["furniture", "is_junk", "is_org_line", "is_rule_or_page_number", "is_title_line"]

_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
    "|ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\."
    "|January|February|March|April|May|June|July|August|September|October|November|December"
)
_N = "[0-9๐-๙]"
# Pieces of page numbers: "- 12 -", and "12", "12/45", "13 จาก 45" (after หน้า, page, |)
_DASHED_PAGE = f"[-–—]\\s*{_N}{{1,4}}\\s*[-–—]"
_PAGE_OF = f"{_N}{{1,4}}(?:\\s*(?:/|จาก|of)\\s*{_N}{{1,4}})?"
_JUNK = re.compile(
    r"[\s*=_~#.\-–—•·+]{3,}"  # rules
    f"|{_DASHED_PAGE}|(?:หน้า|หน้ำ|page|p\\.)\\s*{_PAGE_OF}"
    r"|[0-9๐-๙]{1,4}"  # a lone page number
    r"|untitled(?: document)?|home|หน้าหลัก|(?:\(?\s*ต่อ(?:จากหน้า\S*)?\s*\)?)"
    r"|#[^\s#]+(?:\s+#[^\s#]+)*"  # hashtags: #โรงเรียนบ้านนาดี #สพฐ
    r"|(?:วันที่\s*)?[0-9๐-๙]{1,2}\s+(?:" + _MONTHS + r")\s+(?:พ\.ศ\.\s*)?[0-9๐-๙]{4}",
    re.IGNORECASE,
)
_JUNK_START = re.compile(
    r"(?:ผู้เข้าชม|จำนวนผู้เข้าชม|เข้าชม|visitors?\b"
    r"|ประกาศเมื่อ|ประกาศ\s*ณ|เผยแพร่|โพสต์|แก้ไขล่าสุด|ปรับปรุงล่าสุด|อัปเดต|อัพเดท|last updated|updated|posted"
    r"|ที่อยู่|เลขที่\s*[0-9๐-๙]|e-?mail|อีเมล|copyright|©|สงวนลิขสิทธิ์"
    r"|facebook|line\s*id|www\.|https?://)",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"(?:โทร(?:ศัพท์|สาร)?\.?|tel\.?|fax)\s*[:.]?\s*[0-9๐-๙(+]"
    r"|[0-9]{2,3}-[0-9]{3}-[0-9]{3,4}|0-[0-9]{4}-[0-9]{4}"
    r"|(?:ตำบล|อำเภอ|จังหวัด)\S*\s+[0-9]{5}\b"
    r"|(?<![^\s(])จ\.\s*\S+\s+[0-9๐-๙]{5}(?![0-9๐-๙])",  # 123 หมู่ 5 ต.… อ.… จ.อุดรธานี 41190
    re.IGNORECASE,
)
_CONTACT_CHAR = re.compile("[0-9๐-๙(+]")  # every match of _CONTACT holds one of these
# The Thai characters no match of _JUNK (only หตว and digits start one) or _JUNK_START
# (ผจเปโแอทส) starts with; Thai has no case, so IGNORECASE adds none. Most lines open
# with such a character and skip the pattern.
_THAI = frozenset(map(chr, range(0x0E00, 0x0E80)))
_NOT_JUNK_START = _THAI - frozenset("หตว๐๑๒๓๔๕๖๗๘๙")
_NOT_JUNK_OPENING = _THAI - frozenset("ผจเปโแอทส")


def _may_be_contact(line: str) -> bool:
    """A cheap exact pre-test for :data:`_CONTACT` (a search with it scans the whole
    line through every alternative): each alternative needs a digit, ``(`` or ``+``,
    and a hyphen or one of its words."""
    if _CONTACT_CHAR.search(line) is None:
        return False
    if ("-" in line or "โทร" in line or "ตำบล" in line or "อำเภอ" in line or "จังหวัด" in line
            or "จ." in line):
        return True
    lower = line.lower()
    return "tel" in lower or "fax" in lower


_BREADCRUMB_SEPS = (" / ", " > ", " » ", " >> ", " | ")


def is_rule_or_page_number(line: str) -> bool:
    """A rule (``**********``), a page number (``- 12 -``, ``หน้า 5``) or a lone date.

    >>> is_rule_or_page_number("- 12 -"), is_rule_or_page_number("- คนดี")
    (True, False)
    """
    if line[:1] in _NOT_JUNK_START:
        return False  # the usual case, decided without a regular expression
    return _JUNK.fullmatch(line) is not None


_DIGIT = re.compile(_N)
# Site menus and footers: a line made only of entries of this closed vocabulary (one
# entry or several, separated by spaces, ``·``, ``|``, ``•`` or ``/``). A menu word in a
# sentence is never one: the whole line must be entries.
_SITE_WORDS = (
    "หน้าแรก|หน้าหลัก|เกี่ยวกับเรา|ติดต่อเรา|ติดต่อสอบถาม|ข่าวประชาสัมพันธ์|ข่าวกิจกรรม"
    "|ภาพกิจกรรม|ข้อมูลพื้นฐาน|ข้อมูลหน่วยงาน|โครงสร้างการบริหาร|ทำเนียบผู้บริหาร"
    "|ดาวน์โหลดเอกสาร|กลุ่มงานภายในสำนักงาน|เว็บลิงก์|ลิงก์ที่เกี่ยวข้อง|แผนผังเว็บไซต์"
    "|กระดานข่าว|เข้าสู่ระบบ|สถิติผู้เยี่ยมชม|สถิติผู้เข้าชม|สถิติการเข้าชม|รายงานการละเมิด"
    "|share this:?|like this:?|related|google sites|sitemap|report abuse"
)
# A share bar: words that may end a wrapped sentence too, so two at least, with dots.
_SHARE_WORDS = "ถูกใจ|แสดงความคิดเห็น|ความคิดเห็น|แชร์|แบ่งปัน|like|comment|share"
_SITE_LINE = re.compile(
    f"(?:{_SITE_WORDS})(?:\\s*[·|•/]?\\s*(?:{_SITE_WORDS}))*"
    f"|(?:{_SHARE_WORDS})(?:\\s*[·|•]\\s*(?:{_SHARE_WORDS}))+", re.IGNORECASE)
# Visitor statistics: "วันนี้ 12", "เมื่อวาน 30", "ทั้งหมด 45,123".
_VISIT_WORDS = "วันนี้|เมื่อวาน(?:นี้)?|สัปดาห์นี้|เดือนนี้|ปีนี้|ทั้งหมด|ออนไลน์|today|yesterday|total"
_VISITS = re.compile(
    f"(?:{_VISIT_WORDS})\\s*:?\\s*{_N}[0-9๐-๙,]*(?:\\s*ครั้ง)?", re.IGNORECASE)
# The first characters of every match of _SITE_LINE and _VISITS (a cheap pre-test).
_SITE_START = frozenset(
    case(word[0]) for word in f"{_SITE_WORDS}|{_SHARE_WORDS}|{_VISIT_WORDS}".split("|")
    for case in (str.lower, str.upper))


def _is_site_line(line: str) -> bool:
    """A site menu, share bar or visitor statistics line (``ติดต่อเรา``, ``Share this:``).

    >>> _is_site_line("ถูกใจ · แสดงความคิดเห็น · แชร์"), _is_site_line("ติดต่อเราได้ทุกวัน")
    (True, False)
    """
    if line[0] not in _SITE_START or len(line) > 120:
        return False
    return _SITE_LINE.fullmatch(line) is not None or _VISITS.fullmatch(line) is not None


# Page-break furniture: what a page of a PDF or a printed plan carries at its top or
# bottom. It does not end the item above (the item goes on after the page break).
PAGE, CHAPTER = 1, 2
_PAGE_NUMBER = re.compile(
    f"{_DASHED_PAGE}|(?:หน้า|หน้ำ|page|p\\.)\\s*{_PAGE_OF}"
    f"|{_N}{{1,4}}(?:\\s*\\|\\s*(?:p\\s*a\\s*g\\s*e|หน้า))?",  # 12, 12 | P a g e
    re.IGNORECASE)
_LEADING_PAGE = re.compile(f"{_N}{{1,3}}\\s*\\|?\\s+(?=\\S)")
_TRAILING_PAGE = re.compile(
    f"\\s*(?:\\||หน้า|page)\\s*{_PAGE_OF}$|\\s+{_DASHED_PAGE}$", re.IGNORECASE)
_PLAN = re.compile("แผน(?:พัฒนา|ปฏิบัติ|ยุทธศาสตร์)")
# The plan's years: "พ.ศ. 2567", "(พ.ศ. 2566 - 2570)", "ปีงบประมาณ ๒๕๖๗ – ๒๕๗๐".
_YEARS = re.compile(f"(?:พ\\.\\s*ศ\\.\\s*)?{_N}{{4}}(?:\\s*[-–—]\\s*{_N}{{4}})?\\s*\\)?")
_CHAPTER = re.compile(f"(?:ส่วนที่|บทที่)\\s*{_N}{{1,2}}(?:\\s*[:.]?\\s+\\S.{{0,79}})?")


def _is_running_header(line: str) -> bool:
    """A plan's running header: ``แผน(พัฒนา|ปฏิบัติ|ยุทธศาสตร์)…`` ending with its years
    (then perhaps the office's name), or with a page number at either end; or an office's
    name with a page number (``วิทยาลัยการอาชีพนาแก หน้า ๑๕``).

    >>> _is_running_header("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)")
    True
    >>> _is_running_header("แผนปฏิบัติราชการ สำนักงานสาธารณสุขจังหวัด ปีงบประมาณ พ.ศ. 2568 15")
    True
    >>> _is_running_header("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 เพื่อเป็นกรอบในการดำเนินงาน")
    False
    """
    body = line
    lead = _LEADING_PAGE.match(body)
    if lead is not None:
        body = body[lead.end():]
    trail = _TRAILING_PAGE.search(body)
    if trail is not None:
        body = body[:trail.start()]
    if not body:
        return False
    if _PLAN.match(body) is None:
        return trail is not None and is_org_line(body)
    if lead is not None or trail is not None:
        return True
    years = list(_YEARS.finditer(body))
    if not years:
        return False
    tail = body[years[-1].end():].strip()  # the office's name, or the page number
    return not tail or is_org_line(tail) or _PAGE_NUMBER.fullmatch(tail) is not None


@lru_cache(maxsize=1 << 14)
def furniture(line: str) -> int:
    """What page-break furniture a stripped line is: :data:`PAGE` (a page number in any
    shape, a running header), :data:`CHAPTER` (``ส่วนที่ ๔``, ``บทที่ 3 …`` with or without
    its title) or 0 (none). The caller decides whether a lone number is a page number or
    an item's number (the next one of its list).

    >>> [furniture(s) for s in ("- ๑๒ -", "12 | P a g e", "ส่วนที่ 2 สาระสำคัญของแผน", "ผู้เรียน")]
    [1, 1, 2, 0]
    """
    if not line or len(line) > 150:
        return 0
    first = line[0]
    if first in "สบ" and _CHAPTER.fullmatch(line):
        return CHAPTER
    if first in _NOT_PAGE_START or _DIGIT.search(line) is None:
        return 0  # (every page number and running header holds a digit)
    if _PAGE_NUMBER.fullmatch(line) or _is_running_header(line):
        return PAGE
    return 0


# A page number or running header starts with a digit, a dash, หน้า/page or a letter of an
# office's name or of แผน (every Thai consonant may open a name: only vowels and marks
# are excluded).
_NOT_PAGE_START = frozenset(map(chr, range(0x0E30, 0x0E50))) - frozenset("เแโใไ๐๑๒๓๔๕๖๗๘๙")


@lru_cache(maxsize=4096)
def is_title_line(line: str) -> bool:
    """A line that only lists heading words of different kinds (a page title).

    >>> is_title_line("วิสัยทัศน์ พันธกิจ เป้าประสงค์ กลยุทธ์")
    True
    >>> is_title_line("วิสัยทัศน์ (Vision)")
    False
    """
    # The cheap character search first: it rejects most lines that open with a heading
    # word (the parser asks only about those), before a second match of the heading.
    if len(line) > 200 or not is_title_candidate(line) or not starts_with_keyword(line):
        return False
    kinds, left = keyword_count(line)
    return kinds >= 2 and not left


def is_org_line(line: str) -> bool:
    """A line that is only an organisation's name (``สพม. เขต 18``, a school name).

    >>> is_org_line("สำนักงานเขตพื้นที่การศึกษาประถมศึกษากาฬสินธุ์ เขต ๔")
    True
    """
    return is_org_name(line)


def is_junk(line: str, *, org_names: bool = True, title_checked: bool = False) -> bool:
    """Page furniture: rules, page numbers, breadcrumbs, counters, dates, contacts.

    ``line`` is stripped. Organisation-name lines count as junk too unless
    ``org_names`` is false (under a heading that has no content yet, such a line
    is the section's text: ``เอกลักษณ์`` / ``โรงเรียนสองภาษา``). ``title_checked``
    skips the page-title test when the caller has done it.
    """
    return _is_junk(line, org_names, title_checked)


@lru_cache(maxsize=1 << 16)
def _is_junk(line: str, org_names: bool, title_checked: bool) -> bool:
    """:func:`is_junk` with positional arguments: a cache hit costs a fifth."""
    if not line or len(line) > 300:
        return False
    if is_rule_or_page_number(line) or (
            line[0] not in _NOT_JUNK_OPENING and _JUNK_START.match(line)):
        return True
    if _may_be_contact(line) and _CONTACT.search(line):
        return True
    if _is_site_line(line):
        return True
    if (("/" in line or ">" in line or "»" in line or "|" in line)  # in every separator
            and sum(line.count(sep) for sep in _BREADCRUMB_SEPS) >= 2):
        return True
    if not title_checked and is_title_line(line):
        return True
    return org_names and is_org_line(line)
