"""Who published a page (``parse/office.py``): the first organisation named, in order."""

from __future__ import annotations

import pytest

from thaiplan.parse.office import detect_office


@pytest.mark.parametrize(("lines", "kind", "area", "name"), [
    (["ภารกิจ", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐ จัดการศึกษา"],
     "secondary_area_office", 20, "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐"),
    (["สพป.ลำปาง เขต 1"], "primary_area_office", 1, "สพป.ลำปาง เขต 1"),
    (["สพม.20"], "secondary_area_office", 20, "สพม.20"),
    # an office of two provinces; a word after one that is no province ends the name
    (["สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสุราษฎร์ธานี ชุมพร เป็นองค์กรแห่งคุณภาพ"],
     "secondary_area_office", None, "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสุราษฎร์ธานี ชุมพร"),
    (["สพม.ลำปาง ลำพูน"], "secondary_area_office", None, "สพม.ลำปาง ลำพูน"),
    (["สพม.นครปฐม มุ่งพัฒนาผู้เรียน"], "secondary_area_office", None, "สพม.นครปฐม"),
    (["Secondary educational service area office 44"], "secondary_area_office", 44,
     "Secondary educational service area office 44"),
    (["โรงเรียนบ้านโนนสะอาดวิทยา", "สังกัด สพป.ชัยภูมิ เขต ๔"], "school", None,
     "โรงเรียนบ้านโนนสะอาดวิทยา"),
    (["สังกัด สพป.ชัยภูมิ เขต ๔", "ผู้เรียนมีคุณภาพ"], "other", None, None),  # the parent body
    (["BAN NONG KHAO SCHOOL"], "school", None, "BAN NONG KHAO SCHOOL"),
    (["แผนพัฒนาท้องถิ่น เทศบาลตำบลหนองบัวทอง"], "other", None, "เทศบาลตำบลหนองบัวทอง"),
    (["โรงเรียนทุกแห่งจัดการศึกษา"], "other", None, None),  # โรงเรียน in a sentence
    ([], "other", None, None),
])
def test_the_first_organisation_named_publishes_the_page(
        lines: list[str], kind: str, area: int | None, name: str | None) -> None:
    office = detect_office(lines)
    assert (office.kind.value, office.area, office.name) == (kind, area, name)


def test_a_long_document_is_read_at_its_top_and_its_end() -> None:
    text = ["ผู้เรียนมีคุณภาพ"] * 300
    assert detect_office([*text, "โรงเรียนกลางเล่ม", *text]).name is None
    assert detect_office([*text, "โรงเรียนกลางเล่ม", *text, "สพป.ตาก เขต ๒"]).area == 2
