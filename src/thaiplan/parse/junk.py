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
from enum import StrEnum

from .headings import starts_with_keyword
from .lexicon import keyword_count
from .orgs import is_org_name

__all__ = ["Furniture", "furniture", "is_junk", "is_org_line", "is_rule_or_page_number",
           "is_title_line"]

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
_BREADCRUMB_SEPS = (" / ", " > ", " » ", " >> ", " | ")


def is_rule_or_page_number(line: str) -> bool:
    """A rule (``**********``), a page number (``- 12 -``, ``หน้า 5``) or a lone date.

    >>> is_rule_or_page_number("- 12 -"), is_rule_or_page_number("- คนดี")
    (True, False)
    """
    return _JUNK.fullmatch(line) is not None


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
_SITE_LINE_MAX = 120  # a menu or a counter is short


def _is_site_line(line: str) -> bool:
    """A site menu, share bar or visitor statistics line (``ติดต่อเรา``, ``Share this:``).

    >>> _is_site_line("ถูกใจ · แสดงความคิดเห็น · แชร์"), _is_site_line("ติดต่อเราได้ทุกวัน")
    (True, False)
    """
    if len(line) > _SITE_LINE_MAX:
        return False
    return _SITE_LINE.fullmatch(line) is not None or _VISITS.fullmatch(line) is not None


class Furniture(StrEnum):
    """Page-break furniture: what a page of a PDF or a printed plan carries at its top or
    bottom. It does not end the item above (the item goes on after the page break)."""

    PAGE = "page"  # a page number in any shape, a running header
    CHAPTER = "chapter"  # ส่วนที่ ๔, บทที่ 3 …: the items above end
    LONE_NUMBER = "lone_number"  # 12, (12): a page number, or the next item's number


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


def furniture(line: str) -> Furniture | None:
    """What page-break furniture a stripped line is: :attr:`Furniture.PAGE` (a page number
    in any shape, a running header), :attr:`Furniture.CHAPTER` (``ส่วนที่ ๔``, ``บทที่ 3 …``
    with or without its title) or ``None``. The caller decides whether a lone number is
    a page number or an item's number (the next one of its list).

    >>> [furniture(s) for s in ("- ๑๒ -", "12 | P a g e", "ส่วนที่ 2 สาระสำคัญของแผน")]
    [<Furniture.PAGE: 'page'>, <Furniture.PAGE: 'page'>, <Furniture.CHAPTER: 'chapter'>]
    >>> furniture("ผู้เรียนมีคุณภาพ") is None
    True
    """
    if len(line) > _FURNITURE_MAX:
        return None
    if _CHAPTER.fullmatch(line):
        return Furniture.CHAPTER
    if _PAGE_NUMBER.fullmatch(line) or _is_running_header(line):
        return Furniture.PAGE
    return None


_FURNITURE_MAX = 150  # a running header names the plan, the office and the page: no more


def is_title_line(line: str) -> bool:
    """A line that only lists heading words of different kinds (a page title).

    >>> is_title_line("วิสัยทัศน์ พันธกิจ เป้าประสงค์ กลยุทธ์")
    True
    >>> is_title_line("วิสัยทัศน์ (Vision)")
    False
    """
    if len(line) > _TITLE_MAX or not starts_with_keyword(line):
        return False
    kinds, left = keyword_count(line)
    return kinds >= 2 and not left


_TITLE_MAX = 200  # a page title lists a few headings


def is_org_line(line: str) -> bool:
    """A line that is only an organisation's name (``สพม. เขต 18``, a school name).

    >>> is_org_line("สำนักงานเขตพื้นที่การศึกษาประถมศึกษากาฬสินธุ์ เขต ๔")
    True
    """
    return is_org_name(line)


def is_junk(line: str, *, org_names: bool = True) -> bool:
    """Page furniture: rules, page numbers, breadcrumbs, counters, dates, contacts,
    site menus, page titles.

    ``line`` is stripped. Organisation-name lines count as junk too unless
    ``org_names`` is false (under a heading that has no content yet, such a line
    is the section's text: ``เอกลักษณ์`` / ``โรงเรียนสองภาษา``).
    """
    if not line or len(line) > _JUNK_MAX:
        return False
    return (is_rule_or_page_number(line)
            or _JUNK_START.match(line) is not None
            or _CONTACT.search(line) is not None
            or _is_site_line(line)
            or sum(line.count(sep) for sep in _BREADCRUMB_SEPS) >= 2
            or is_title_line(line)
            or (org_names and is_org_line(line)))


_JUNK_MAX = 300  # a longer line is content, whatever it starts with
