"""Page furniture (``parse/junk.py``, ``parse/orgs.py``): rules, page numbers, running
headers, chapter lines, counters, contacts, menus, page titles, organisations' names."""

from __future__ import annotations

import pytest

from thaiplan.parse import orgs
from thaiplan.parse.junk import Furniture, furniture, is_junk, is_title_line


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


@pytest.mark.parametrize("name", [
    "สังกัดสำนักงานเขตพื้นที่การศึกษา", "สพป.ลำปาง เขต 1", "โรงเรียนบ้านหนองบัว", "โรงพยาบาลลำปาง",
    "เทศบาลนครลำปาง", "องค์การบริหารส่วนจังหวัดลำปาง", "อบต.บ้านใหม่", "วิทยาลัยเทคนิคลำปาง",
    "มหาวิทยาลัยราชภัฏลำปาง", "กระทรวงศึกษาธิการ", "กรมสรรพากร", "ศูนย์การศึกษาพิเศษ",
    "Secondary Educational", "ANUBAN LAMPANG SCHOOL",
])
def test_an_organisation_name_alone_is_one_and_no_junk_under_a_heading(name: str) -> None:
    assert orgs.is_org_name(name)
    assert not is_junk(name, org_names=False)


# -- page-break furniture, site menus and footers ---------------------------------------

@pytest.mark.parametrize(("line", "kind"), [
    ("- ๑๒ -", Furniture.PAGE), ("-14-", Furniture.PAGE), ("หน้า ๑๘", Furniture.PAGE),
    ("หน้า 13 จาก 45", Furniture.PAGE),
    ("Page 15", Furniture.PAGE), ("12 | P a g e", Furniture.PAGE), ("๑๔", Furniture.PAGE),
    ("วิทยาลัยการอาชีพนาแก หน้า ๑๕", Furniture.PAGE),
    ("แผนปฏิบัติการประจำปีงบประมาณ ๒๕๖๘ | ๑๖", Furniture.PAGE),
    ("14 แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568", Furniture.PAGE),
    ("แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สพม.เชียงใหม่", Furniture.PAGE),
    ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", Furniture.PAGE),
    ("แผนปฏิบัติราชการ สำนักงานสาธารณสุขจังหวัดบึงกาฬ ประจำปีงบประมาณ พ.ศ. 2568 15", Furniture.PAGE),
    ("แผนยุทธศาสตร์โรงพยาบาลบ้านแพงพัฒนา ปีงบประมาณ ๒๕๖๗ – ๒๕๗๐", Furniture.PAGE),
    ("ส่วนที่ ๔", Furniture.CHAPTER), ("บทที่ 3", Furniture.CHAPTER),
    ("ส่วนที่ 2 สาระสำคัญของแผนปฏิบัติราชการ", Furniture.CHAPTER),
    # content: a plan named inside a sentence, wrapped counts, ordinary text
    ("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 เพื่อเป็นกรอบในการดำเนินงาน", None),
    ("แผนพัฒนาคุณภาพการศึกษาของสถานศึกษา", None), ("2 ภาษา", None),
    ("5 ระดับ ตั้งแต่ระดับปฐมภูมิถึงตติยภูมิ", None), ("ผู้เรียนมีคุณภาพ", None),
    ("ส่วนที่เหลือของงบประมาณนำไปพัฒนาครู", None), ("โรงเรียนบ้านหนองบัว", None),
])
def test_page_break_furniture(line: str, kind: Furniture | None) -> None:
    assert furniture(line) is kind


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


@pytest.mark.parametrize(("line", "title"), [
    ("วิสัยทัศน์ / พันธกิจ / เป้าประสงค์", True), ("วิสัยทัศน์ พันธกิจ เป้าประสงค์ กลยุทธ์", True),
    ("Vision | Mission", True), ("วิสัยทัศน์ - พันธกิจ", True),
    ("วิสัยทัศน์ (Vision)", False),  # one kind: a heading
    ("วิสัยทัศน์และพันธกิจของโรงเรียนคือ", False),  # more than heading words
    ("เกี่ยวกับเรา / วิสัยทัศน์ / พันธกิจ", False),  # does not open with a heading word
])
def test_page_titles(line: str, title: bool) -> None:
    assert is_title_line(line) is title
    assert is_junk(line) is (title or line.count(" / ") >= 2)


def test_an_organisation_line_is_junk_only_where_asked() -> None:
    assert is_junk("โรงเรียนบ้านหนองบัว")
    assert not is_junk("โรงเรียนบ้านหนองบัว", org_names=False)
    assert not is_junk("ผู้เรียน" * 40)  # long lines are content
