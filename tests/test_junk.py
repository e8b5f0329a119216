"""Page furniture: the first-character pre-tests of :mod:`thaiplan.parse.junk` and
:mod:`thaiplan.parse.orgs` never change an answer of the patterns they guard."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thaiplan.parse import junk, orgs
from thaiplan.parse.junk import CHAPTER, PAGE, _is_junk, furniture, is_junk, is_rule_or_page_number


def _is_junk_reference(line: str, org_names: bool, title_checked: bool) -> bool:
    """:func:`_is_junk` as the patterns alone decide it (no pre-tests)."""
    if not line or len(line) > 300:
        return False
    if junk._JUNK.fullmatch(line) or junk._JUNK_START.match(line):
        return True
    if junk._CONTACT.search(line):
        return True
    if len(line) <= 120 and (junk._SITE_LINE.fullmatch(line) or junk._VISITS.fullmatch(line)):
        return True
    if sum(line.count(sep) for sep in junk._BREADCRUMB_SEPS) >= 2:
        return True
    if not title_checked and junk.is_title_line(line):
        return True
    return org_names and _is_org_name_reference(line)


def _is_org_name_reference(text: str) -> bool:
    start = orgs._ORG_START.match(text)
    if len(text) > 90 or start is None or orgs._PREDICATE.search(text, start.end()):
        return False
    return orgs._AREA_SUFFIX.sub("", text).count(" ") <= 1 or text.isupper()


@pytest.mark.parametrize(("line", "expected"), [
    ("หน้า 5", True), ("(ต่อ)", True), ("วันที่ 5 มกราคม 2567", True), ("๑๒", True),
    ("ผู้เข้าชม 1,254 ครั้ง", True), ("ที่อยู่ 766 หมู่ 7", True), ("สงวนลิขสิทธิ์", True),
    ("เลขที่ 9 ถนนราชดำเนิน", True), ("อีเมล: a@b.th", True), ("โทร 02-123-4567", True),
    ("สพม. เขต 18", True), ("โรงเรียนบ้านหนองบัว", True), ("กระทรวงศึกษาธิการ", True),
    ("ผู้เรียนมีคุณภาพ", False), ("ครูมีความเชี่ยวชาญ", False), ("ยุทธศาสตร์ที่ 1", False),
    ("โรงเรียนมีการบริหารจัดการที่ดี", False),
])
def test_junk_lines(line: str, expected: bool) -> None:
    assert is_junk(line) is expected
    assert _is_junk_reference(line, True, False) is expected


@pytest.mark.parametrize("name", [
    "สังกัดสำนักงานเขตพื้นที่การศึกษา", "สพป.ลำปาง เขต 1", "โรงเรียนบ้านหนองบัว", "โรงพยาบาลลำปาง",
    "เทศบาลนครลำปาง", "องค์การบริหารส่วนจังหวัดลำปาง", "อบต.บ้านใหม่", "วิทยาลัยเทคนิคลำปาง",
    "มหาวิทยาลัยราชภัฏลำปาง", "กระทรวงศึกษาธิการ", "กรมสรรพากร", "ศูนย์การศึกษาพิเศษ",
    "Secondary Educational", "ANUBAN LAMPANG SCHOOL",
])
def test_every_first_letter_of_an_organisation_name(name: str) -> None:
    assert orgs.is_org_name(name)
    assert _is_org_name_reference(name)


_PIECES = st.sampled_from([
    "หน้า", "หน้ำ", "ต่อ", "(ต่อ)", "วันที่", "มกราคม", "พ.ศ.", "2567", "5", "๑๒", " ", "-", "—",
    "ผู้เข้าชม", "จำนวนผู้เข้าชม", "เข้าชม", "ประกาศ", "ณ", "เผยแพร่", "โพสต์", "แก้ไขล่าสุด",
    "อัปเดต", "ที่อยู่", "เลขที่", "อีเมล", "สงวนลิขสิทธิ์", "โทร", "ตำบล", "10200", "02-123-4567",
    "สังกัด", "สำนักงาน", "สพม.", "เขต", "โรงเรียน", "เทศบาล", "อบต.", "วิทยาลัย", "มหาวิทยาลัย",
    "กรม", "ศูนย์", "ผู้เรียน", "ครู", "มี", "และ", " / ", " > ", "Page", "HOME", "ſchool",
    "Untitled", "วิสัยทัศน์", "พันธกิจ", "*", "=", "•",
])


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.just(""), st.sampled_from([*map(chr, range(0x0E00, 0x0E80)), "1", "(", "-",
                                                "p", "P", "ſ"])),
       st.lists(_PIECES, max_size=6).map("".join), st.booleans(), st.booleans())
def test_pre_tests_never_change_an_answer(first: str, rest: str, org_names: bool,
                                          title_checked: bool) -> None:
    line = first + rest
    assert is_rule_or_page_number(line) == (junk._JUNK.fullmatch(line) is not None)
    assert orgs.is_org_name(line) == _is_org_name_reference(line)
    assert (_is_junk.__wrapped__(line, org_names, title_checked)
            == _is_junk_reference(line, org_names, title_checked))


# -- page-break furniture, site menus and footers ---------------------------------------

@pytest.mark.parametrize(("line", "kind"), [
    ("- ๑๒ -", PAGE), ("-14-", PAGE), ("หน้า ๑๘", PAGE), ("หน้า 13 จาก 45", PAGE),
    ("Page 15", PAGE), ("12 | P a g e", PAGE), ("๑๔", PAGE),
    ("วิทยาลัยการอาชีพนาแก หน้า ๑๕", PAGE),
    ("แผนปฏิบัติการประจำปีงบประมาณ ๒๕๖๘ | ๑๖", PAGE),
    ("14 แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568", PAGE),
    ("แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สพม.เชียงใหม่", PAGE),
    ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", PAGE),
    ("แผนปฏิบัติราชการ สำนักงานสาธารณสุขจังหวัดบึงกาฬ ประจำปีงบประมาณ พ.ศ. 2568 15", PAGE),
    ("แผนยุทธศาสตร์โรงพยาบาลบ้านแพงพัฒนา ปีงบประมาณ ๒๕๖๗ – ๒๕๗๐", PAGE),
    ("ส่วนที่ ๔", CHAPTER), ("บทที่ 3", CHAPTER),
    ("ส่วนที่ 2 สาระสำคัญของแผนปฏิบัติราชการ", CHAPTER),
    # content: a plan named inside a sentence, wrapped counts, ordinary text
    ("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 เพื่อเป็นกรอบในการดำเนินงาน", 0),
    ("แผนพัฒนาคุณภาพการศึกษาของสถานศึกษา", 0), ("2 ภาษา", 0),
    ("5 ระดับ ตั้งแต่ระดับปฐมภูมิถึงตติยภูมิ", 0), ("ผู้เรียนมีคุณภาพ", 0),
    ("ส่วนที่เหลือของงบประมาณนำไปพัฒนาครู", 0), ("โรงเรียนบ้านหนองบัว", 0),
])
def test_page_break_furniture(line: str, kind: int) -> None:
    assert furniture(line) == kind


@pytest.mark.parametrize(("line", "expected"), [
    ("Share this:", True), ("Like this:", True), ("Related", True), ("Google Sites", True),
    ("รายงานการละเมิด", True), ("ถูกใจ · แสดงความคิดเห็น · แชร์", True),
    ("สถิติผู้เยี่ยมชม", True), ("วันนี้ 12", True), ("เมื่อวาน 30", True),
    ("ทั้งหมด 45,123", True), ("123 หมู่ 5 ต.ดงเย็น อ.บ้านดุง จ.อุดรธานี 41190", True),
    ("หน้าแรก", True), ("เกี่ยวกับเรา", True), ("ติดต่อเรา", True), ("ข่าวประชาสัมพันธ์", True),
    ("ข้อมูลพื้นฐาน", True), ("โครงสร้างการบริหาร", True), ("ทำเนียบผู้บริหาร", True),
    ("ดาวน์โหลดเอกสาร", True), ("หน้าแรก | เกี่ยวกับเรา | ติดต่อเรา", True),
    ("#โรงเรียนบ้านนาดีพัฒนา #สพฐ #วิสัยทัศน์พันธกิจ", True), ("#สพฐ", True),
    # a menu word in a sentence, a share word that may end a wrapped line
    ("ติดต่อเราได้ทุกวันในเวลาราชการ", False), ("ความคิดเห็น", False), ("แชร์", False),
    ("ทั้งหมด 12 โรงเรียน", False), ("ข้อมูลพื้นฐานของนักเรียนเป็นปัจจุบัน", False),
    ("ส่งเสริมการแสดงความคิดเห็นของผู้เรียน", False),
    ("# ผู้เรียนมีคุณภาพ", False),
])
def test_site_menus_and_footers(line: str, expected: bool) -> None:
    assert is_junk(line) is expected
    assert _is_junk_reference(line, True, False) is expected
