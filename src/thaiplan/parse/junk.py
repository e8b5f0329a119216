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

__all__ = ["is_junk", "is_org_line", "is_rule_or_page_number", "is_title_line"]

_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
    "|ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\."
    "|January|February|March|April|May|June|July|August|September|October|November|December"
)
_JUNK = re.compile(
    r"[\s*=_~#.\-–—•·+]{3,}"  # rules
    r"|[-–—]\s*[0-9๐-๙]{1,4}\s*[-–—]"  # - 12 -
    r"|(?:หน้า|หน้ำ|page|p\.)\s*[0-9๐-๙]{1,4}(?:\s*(?:/|จาก|of)\s*[0-9๐-๙]{1,4})?"
    r"|[0-9๐-๙]{1,4}"  # a lone page number
    r"|untitled(?: document)?|home|หน้าหลัก|(?:\(?\s*ต่อ(?:จากหน้า\S*)?\s*\)?)"
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
    r"|(?:ตำบล|อำเภอ|จังหวัด)\S*\s+[0-9]{5}\b",
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
    if "-" in line or "โทร" in line or "ตำบล" in line or "อำเภอ" in line or "จังหวัด" in line:
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
    if (("/" in line or ">" in line or "»" in line or "|" in line)  # in every separator
            and sum(line.count(sep) for sep in _BREADCRUMB_SEPS) >= 2):
        return True
    if not title_checked and is_title_line(line):
        return True
    return org_names and is_org_line(line)
