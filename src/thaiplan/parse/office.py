"""Who published a page: area office (สพม./สพป.) and its เขต number, school, other.

The first organisation the page names decides, reading lines in order; lines
starting with ``สังกัด`` name the parent body and are skipped.

>>> office = detect_office(["ภารกิจ", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐ จัดการศึกษา"])
>>> office.kind.value, office.area, office.name
('secondary_area_office', 20, 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐')
>>> detect_office(["โรงเรียนบ้านโนนสะอาดวิทยา", "สังกัด สพป.ชัยภูมิ เขต ๔"]).kind.value
'school'
>>> detect_office(["สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน เป็นองค์กร"]).name
'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .._pythainlp import pythainlp_provinces
from ..model import Office, OfficeKind
from .markers import read_number

__all__ = ["detect_office"]

_AREA_OFFICE = re.compile(
    r"สำนักงานเขตพื้นที่การศึกษา(?P<level>ประถมศึกษา|มัธยมศึกษา)"
    r"|(?P<abbr>สพ[ปม])\.?"
    r"|(?P<en>(?i:primary|secondary)) educational service area office",
)
_AREA_NUMBER = re.compile(r"(?P<prov>[\u0e01-\u0e4e]{0,30}?)\s*(?:เขต|(?i:area(?: office)?))?\s*"
                          r"(?P<n>[0-9๐-๙]{1,3})(?![0-9๐-๙])")
_THAI_WORD = re.compile("[\u0e01-\u0e4e]*")
_NEXT_WORD = re.compile(" ([\u0e01-\u0e4e]+)")
_SCHOOL = re.compile(r"โรงเรียน(?!ใน|ทุก|ที่|มี|และ|ของ|ได้)\S+|(?i:\bschool\b)")
_OTHER = re.compile(
    r"(?:เทศบาล|องค์การบริหารส่วน|อบต\.|อบจ\.|โรงพ[ยน][าำ]บ[าำ]ล|วิทย[าำ]ลัย|มห[าำ]วิทย[าำ]ลัย"
    r"|สำนักงานศึกษาธิการ|กระทรวง|กรม(?=\S)|ศูนย์การศึกษา)\S*"
)


_SCAN = 400  # the publisher is named near the top or in the footer: don't scan a book


def _area_office(line: str) -> tuple[int, Office] | None:
    """Where an area office (สพม./สพป.) is named in ``line``, and which."""
    m = _AREA_OFFICE.search(line)
    if m is None:
        return None
    if m.group("level"):
        secondary = m.group("level") == "มัธยมศึกษา"
    elif m.group("abbr"):
        secondary = m.group("abbr") == "สพม"
    else:
        secondary = m.group("en").lower() == "secondary"
    kind = OfficeKind.SECONDARY_AREA_OFFICE if secondary else OfficeKind.PRIMARY_AREA_OFFICE
    end = m.end()
    area = None
    # เขต N (or สพม.20, Area Office 44) right after the name, maybe after a province.
    a = _AREA_NUMBER.match(line, end, min(len(line), end + 45))
    if a is not None and (m.group("abbr") or "เขต" in a.group(0) or m.group("en")):
        area = read_number(a.group("n"))
        end = a.end()
    else:
        end = _THAI_WORD.match(line, end).end()  # type: ignore[union-attr]  # ``*`` matches
        second = _NEXT_WORD.match(line, end)  # an office of two provinces (สพม.ลำปาง ลำพูน)
        if second is not None and second.group(1) in pythainlp_provinces():
            end = second.end()
    return m.start(), Office(kind, area, line[m.start():end].strip())


def _first_org(line: str) -> tuple[int, Office] | None:
    """The organisation named first in ``line``: where, and which."""
    found: list[tuple[int, Office]] = []
    area = _area_office(line)
    if area is not None:
        found.append(area)
    school = _SCHOOL.search(line)
    if school is not None and school.group(0).startswith("โรงเรียน"):
        if school.start() == 0:
            found.append((0, Office(OfficeKind.SCHOOL, None, school.group(0))))
    elif school is not None:  # "BAN NONG KHAO SCHOOL": the name is the words before
        words = line[:school.end()].split()[-6:]
        found.append((school.start(), Office(OfficeKind.SCHOOL, None, " ".join(words))))
    other = _OTHER.search(line)
    if other is not None:
        found.append((other.start(), Office(OfficeKind.OTHER, None, other.group(0))))
    return min(found, key=lambda f: f[0]) if found else None


def detect_office(lines: Iterable[str]) -> Office:
    """The publishing organisation named first in ``lines`` (in reading order).

    Args:
        lines: the page's lines, titles first; heading words may lead a line.

    Returns:
        An :class:`~thaiplan.model.Office`; ``Office()`` (kind ``other``, no
        area, no name) when no organisation is named.
    """
    lines = list(lines)
    if len(lines) > _SCAN:
        lines = lines[: _SCAN // 2] + lines[-_SCAN // 2:]
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("สังกัด"):
            continue
        found = _first_org(stripped)
        if found is not None:
            office = found[1]
            name = (office.name or "").replace("\ufffd", "").strip() or None
            return Office(office.kind, office.area, name)
    return Office()
