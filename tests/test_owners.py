"""Organisation names in headers, covers and sentences (thaiplan.parse.owners)."""

from __future__ import annotations

import pytest

from thaiplan.model import OfficeKind
from thaiplan.parse.owners import (
    abbreviations,
    author,
    expand,
    kind_of,
    lead_agency,
    org_line,
    plan_owner,
)


@pytest.mark.parametrize(("line", "name"), [
    ("สำนักงานคณะกรรมการการแข่งขันทางการค้า", "สำนักงานคณะกรรมการการแข่งขันทางการค้า"),
    ("สภากาชาดไทย", "สภากาชาดไทย"),
    ("ส่วนราชการในพระองค์", "ส่วนราชการในพระองค์"),
    ("ศูนย์ความเป็นเลิศด้านชีววิทยาศาสตร์ (องค์การมหาชน)",
     "ศูนย์ความเป็นเลิศด้านชีววิทยาศาสตร์ (องค์การมหาชน)"),
    ("สำนักงานสภานโยบายการอุดมศึกษา  วิทยาศาสตร์ วิจัยและนวัตกรรมแห่งชาติ",
     "สำนักงานสภานโยบายการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรมแห่งชาติ"),
    ("  สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐ ", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐"),
    ("สำนักงาน ก.พ.", "สำนักงาน ก.พ."),
    ("หน่วยงานอื่นของรัฐ", None),  # a group of agencies, not one
    ("สภาเกษตรกรแห่งชาติ เป็นสถาบันแกนหลักประสานการพัฒนาภาคเกษตรกรรม", None),
    ("สำนักงานมีการบริหารจัดการที่ดี", None),
    ("โรงเรียนมีการจัดการเรียนการสอนที่หลากหลาย", None),
    ("สำนักงานเขตพื้นที่การศึกษา : ที่อยู่ 123", None),
    ("งบประมาณรายจ่าย 225,833,900 บาท", None),
    ("", None),
])
def test_org_line_names_lines_that_are_only_an_organisation(line: str, name: str | None) -> None:
    assert org_line(line) == name


@pytest.mark.parametrize(("text", "name"), [
    ("บัดนี้ คณะกรรมการยุทธศาสตร์ชาติได้ดำเนินการจัดทำร่างยุทธศาสตร์ชาติเป็นที่เรียบร้อยแล้ว",
     "คณะกรรมการยุทธศาสตร์ชาติ"),
    ("โดยกำหนดให้มีคณะกรรมการ ยุทธศาสตร์ชาติ เพื่อรับผิดชอบในการจัดทำยุทธศาสตร์ชาติ", None),
    ("สำนักงานคณะกรรมการข้าราชการพลเรือน (สำนักงาน ก.พ.) ได้จัดทำยุทธศาสตร์ระยะเวลา ๒๐ ปี",
     "สำนักงานคณะกรรมการข้าราชการพลเรือน"),
    ("กระทรวงศึกษาธิการจัดทำแผนพัฒนาการศึกษา", "กระทรวงศึกษาธิการ"),
    ("ผู้เรียนได้รับการพัฒนาเต็มศักยภาพ", None),
])
def test_author_is_the_organisation_that_drew_the_plan_up(text: str, name: str | None) -> None:
    assert author(text) == name


def test_lead_agency_and_abbreviations_from_the_documents_own_definitions() -> None:
    text = ("ระยะที่ ๓ มีสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) "
            "เป็นหน่วยงานหลักในการขับเคลื่อนการดำเนินการ")
    assert lead_agency(text) == "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ"
    known = abbreviations([text, "ทั้งนี้ (ตามที่กำหนด) และ"])
    assert known == {"สำนักงานป.ป.ช": "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ"}
    assert expand("สำนักงาน ป.ป.ช", known) == known["สำนักงานป.ป.ช"]
    assert expand("สถาบันวิจัยแสงซินโครตรอน (องค์การมหาชน)", known) == (
        "สถาบันวิจัยแสงซินโครตรอน (องค์การมหาชน)")
    assert expand("สำนักงานคณะกรรมการข้าราชการพลเรือน (สำนักงาน ก.พ.)", {}) == (
        "สำนักงานคณะกรรมการข้าราชการพลเรือน")


@pytest.mark.parametrize(("name", "kind"), [
    ("กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", OfficeKind.MINISTRY),
    ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๑", OfficeKind.PRIMARY_AREA_OFFICE),
    ("สพม.พิษณุโลก อุตรดิตถ์", OfficeKind.SECONDARY_AREA_OFFICE),
    ("โรงเรียนบ้านหนองบัว", OfficeKind.SCHOOL),
    ("เทศบาลตำบลบ้านใหม่", OfficeKind.LOCAL),
    ("คณะกรรมการยุทธศาสตร์ชาติ", OfficeKind.NATIONAL),
    ("สภากาชาดไทย", OfficeKind.AGENCY),
])
def test_kind_of_reads_the_kind_from_the_name(name: str, kind: OfficeKind) -> None:
    assert kind_of(name) is kind


@pytest.mark.parametrize(("heading", "owner"), [
    ("๒.๒.๓.๑ ยุทธศาสตร์ชาติ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐)", "คณะกรรมการยุทธศาสตร์ชาติ"),
    ("แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓", "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ"),
    ("แผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นการศึกษา", "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ"),
    ("ยุทธศาสตร์ของโรงเรียน", None),
])
def test_plan_owner_knows_the_owners_of_national_plans(heading: str, owner: str | None) -> None:
    assert plan_owner(heading) == owner
