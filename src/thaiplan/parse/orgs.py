"""Organisation names: how a line that only names an office, school or agency looks.

>>> is_org_name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษากาฬสินธุ์ เขต ๔")
True
>>> is_org_name("สพป.ลำปาง เขต ๔ ขับเคลื่อนการศึกษาด้วยนวัตกรรม ผู้เรียนมีคุณภาพ")
False
"""

from __future__ import annotations

import re

__all__ = ["is_org_name"]

_ORG_START = re.compile(
    r"(?:สังกัด\s*)?(?:สำนักงาน|สพป\.?|สพม\.?|สพฐ\.?|โรงเรียน|เทศบาล|องค์การบริหารส่วน|อบต\.|อบจ\."
    r"|โรงพ[ยน][าำ]บ[าำ]ล|วิทย[าำ]ลัย|มห[าำ]วิทย[าำ]ลัย|กระทรวง|กรม|ศูนย์|secondary educational"
    r"|primary educational|[A-Z][A-Z ]+ SCHOOL$)",
    re.IGNORECASE,
)
# Words that make an organisation line a sentence (``สำนักงาน…มีการบริหารจัดการ…``).
_PREDICATE = re.compile(r"มี|เป็น|จัด|ให้|ได้|และ|(?<!พื้น)ที่|มุ่ง|ส่งเสริม|สร้าง|ผ่าน|ใช้")
_AREA_SUFFIX = re.compile(r"\s*(?:เขต|area)\s*[0-9๐-๙]{1,3}\s*$", re.IGNORECASE)


def is_org_name(text: str) -> bool:
    """``text`` (stripped) is only an organisation's name, maybe with its เขต number."""
    start = _ORG_START.match(text)
    if len(text) > 90 or start is None or _PREDICATE.search(text, start.end()):
        return False
    core = _AREA_SUFFIX.sub("", text)
    return core.count(" ") <= 1 or text.isupper()
