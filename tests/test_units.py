"""Units: which organisation's plan each section states (thaiplan.parse.units)."""

from __future__ import annotations

from pathlib import Path

import pytest

from thaiplan.model import Item, Office, OfficeKind, Section, SectionKind
from thaiplan.parse.units import TextAt, document_owner, find_units

K = SectionKind


def _doc(rows: list[tuple[int, str]]) -> tuple[list[TextAt], list[Section]]:
    """Lines ``(page, text)`` numbered from 1, and a section for every line that starts
    with ``§kind``: ``"§vision 1. วิสัยทัศน์"``."""
    lines, sections = [], []
    for number, (page, row) in enumerate(rows, 1):
        text = row
        if row.startswith("§"):
            kind, text = row[1:].split(" ", 1)
            items = (Item("1.", 1, 1, "ข้อหนึ่ง", line=number, page=page),)
            sections.append(Section(K(kind), text, items=items, line=number, page=page))
        lines.append(TextAt(number, page, text))
    return lines, sections


def _summary(lines: list[TextAt],
             sections: list[Section]) -> list[tuple[str | None, bool, list[str]]]:
    return [(u.owner.name, u.quoted, [s.heading for s in u.sections])
            for u in find_units(sections, lines, Office())]


def test_a_budget_volume_gives_a_unit_per_agency_named_by_its_header_line() -> None:
    lines, sections = _doc([
        (1, "เอกสารงบประมาณ ฉบับที่ ๓"), (2, "§strategies ความเชื่อมโยงยุทธศาสตร์"),
        (3, "หน่วยงานอื่นของรัฐ"), (3, "สำนักงานคณะกรรมการการแข่งขันทางการค้า"),
        (3, "งบประมาณ ปี 2564 ปี 2565"), (3, "§vision 1. วิสัยทัศน์"), (3, "§mission 2. พันธกิจ"),
        (4, "§goals 5. เป้าหมายการให้บริการ"),
        (5, "สภากาชาดไทย"), (5, "สภากาชาดไทย"), (5, "§vision 1. วิสัยทัศน์"),
        (5, "§mission 2. พันธกิจ"),
    ])
    assert _summary(lines, sections) == [
        ("สำนักงานคณะกรรมการการแข่งขันทางการค้า", False,
         ["1. วิสัยทัศน์", "2. พันธกิจ", "5. เป้าหมายการให้บริการ"]),
        ("สภากาชาดไทย", False, ["1. วิสัยทัศน์", "2. พันธกิจ"]),
    ]
    units = find_units(sections, lines, Office())
    assert [u.pages for u in units] == [(3, 4), (5, 5)]
    assert units[0].owner.kind is OfficeKind.AGENCY


def test_a_plan_quoting_other_plans_gives_quoted_units_with_their_owners() -> None:
    lines, sections = _doc([
        (1, "ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม"), (1, "(พ.ศ. ๒๕๖๕ - ๒๕๗๐)"),
        (1, "สำนักงานคณะกรรมการข้าราชการพลเรือน"),
        (5, "§goals ๒. วัตถุประสงค์"),
        (20, "§strategies ๒.๒.๓.๔ ยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต ระยะที่ ๓"),
        (21, "มีสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) "
             "เป็นหน่วยงานหลักในการขับเคลื่อน"),
        (21, "§strategies ๒.๒.๓.๕ ยุทธศาสตร์สำนักงานคณะกรรมการข้าราชการพลเรือน ระยะ ๒๐ ปี "
             "(พ.ศ.๒๕๖๐ - ๒๕๗๙)"),
        (22, "§goals ๒.๒.๓.๕.๑ เป้าประสงค์"),
        (30, "§other ๒.๓ การวิเคราะห์ปัจจัยทางยุทธศาสตร์"),
        (76, "§vision ๓.๑ วิสัยทัศน์ (Vision)"), (76, "§mission ๓.๒ พันธกิจ (Mission)"),
        (77, "§strategies ๓.๖ ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม (พ.ศ. ๒๕๖๕ - ๒๕๗๐)"),
    ])
    ocsc, nacc = "สำนักงานคณะกรรมการข้าราชการพลเรือน", (
        "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ")
    assert [(owner, quoted, len(s)) for owner, quoted, s in _summary(lines, sections)] == [
        (ocsc, False, 5), (nacc, True, 1), (ocsc, True, 2)]
    own = _summary(lines, sections)[0][2]
    assert own[0] == "๒. วัตถุประสงค์" and own[-1].startswith("๓.๖")


def test_a_national_plan_states_its_own_strategy_and_keeps_its_introduction() -> None:
    lines, sections = _doc([
        (1, "ยุทธศาสตร์ชาติ"), (1, "พ.ศ. ๒๕๖๑ – ๒๕๘๐"),
        (3, "บัดนี้ คณะกรรมการยุทธศาสตร์ชาติได้ดำเนินการจัดทำร่างยุทธศาสตร์ชาติเป็นที่เรียบร้อยแล้ว"),
        (7, "§background ๑. บทนำ"), (10, "§vision ๓. วิสัยทัศน์ประเทศไทย"),
        (13, "§strategies ๔. ประเด็นยุทธศาสตร์ชาติ"),
    ])
    assert _summary(lines, sections) == [("คณะกรรมการยุทธศาสตร์ชาติ", False, [
        "๑. บทนำ", "๓. วิสัยทัศน์ประเทศไทย", "๔. ประเด็นยุทธศาสตร์ชาติ"])]
    assert find_units(sections, lines, Office())[0].owner.kind is OfficeKind.NATIONAL


def test_a_web_page_gives_one_unit_owned_by_its_office() -> None:
    lines, sections = _doc([(None, "หน้าแรก"), (None, "§vision วิสัยทัศน์"),  # type: ignore[list-item]
                            (None, "§mission พันธกิจ"), (None, "§goals เป้าประสงค์")])
    office = Office(OfficeKind.SECONDARY_AREA_OFFICE, 20, "สพม. เขต ๒๐")
    units = find_units(sections, lines, office)
    assert [(u.owner, len(u.sections), u.pages, u.quoted) for u in units] == [
        (office, 3, None, False)]


def test_no_vision_or_mission_means_no_unit() -> None:
    lines, sections = _doc([(1, "§goals 5. เป้าหมายการให้บริการ"),
                            (2, "§strategies ยุทธศาสตร์ชาติ ด้านที่ ๑")])
    assert find_units(sections, lines, Office()) == ()


def test_the_document_owner_comes_from_the_cover_before_the_text() -> None:
    lines = [TextAt(1, 1, "ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม"),
             TextAt(2, 1, "สำนักงานคณะกรรมการข้าราชการพลเรือน"),
             TextAt(3, 2, "กรมบัญชีกลางได้จัดทำระเบียบ")]
    first_named = Office(OfficeKind.OTHER, None, "กรมฉบับราชบัณฑิตยสถาน")
    assert document_owner(lines, first_named).name == "สำนักงานคณะกรรมการข้าราชการพลเรือน"
    assert document_owner(lines[2:], first_named).name == "กรมบัญชีกลาง"
    assert document_owner([], first_named) is first_named


def test_parse_document_names_each_agency_from_its_page_header() -> None:
    from thaiplan.layout import Block, Document, Role
    from thaiplan.parse import parse_document

    rows: list[tuple[int, str, Role]] = [
        (1, "เอกสารงบประมาณ ฉบับที่ ๓", Role.BODY),
        (2, "หน่วยงานอื่นของรัฐ", Role.HEADER),
        (2, "สำนักงานคณะกรรมการการแข่งขันทางการค้า", Role.HEADER),
        (2, "1. วิสัยทัศน์", Role.BODY), (2, "เป็นองค์กรกำกับดูแลการแข่งขัน", Role.BODY),
        (2, "2. พันธกิจ", Role.BODY), (2, "1. กำกับดูแลการแข่งขันทางการค้า", Role.BODY),
        (3, "สภากาชาดไทย", Role.HEADER), (3, "สภากาชาดไทย", Role.HEADER),
        (3, "1. วิสัยทัศน์", Role.BODY), (3, "สภากาชาดไทย เป็นองค์กรสาธารณกุศล", Role.BODY),
        (3, "2. พันธกิจ", Role.BODY), (3, "1. การบริการทางการแพทย์", Role.BODY),
    ]
    blocks, line = [], 0
    for page, text, role in rows:
        line += role is Role.BODY
        blocks.append(Block(text, line=line if role is Role.BODY else 0, page=page, role=role))
    doc = parse_document(Document(tuple(blocks)))
    assert [(u.owner.name, u.pages, [s.kind.value for s in u.sections]) for u in doc.units] == [
        ("สำนักงานคณะกรรมการการแข่งขันทางการค้า", (2, 2), ["vision", "mission"]),
        ("สภากาชาดไทย", (3, 3), ["vision", "mission"]),
    ]
    assert all(s is t for u in doc.units for s, t in zip(u.sections, doc.sections[
        2 * doc.units.index(u):], strict=False))


def test_an_area_office_plan_quoting_its_parent_body_by_name() -> None:
    # the cover names the office and the bodies above it; the OBEC block its headings
    # name is quoted, the office's own statement follows
    lines, sections = _doc([
        (1, "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
        (1, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒"),
        (1, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ"),
        (4, "§strategies กลยุทธ์ สพฐ."), (4, "§vision วิสัยทัศน์ สพฐ."),
        (4, "§mission พันธกิจของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"),
        (5, "§vision วิสัยทัศน์ (Vision)"), (5, "§mission พันธกิจ สพป.ลำปาง เขต ๒"),
        (6, "§goals เป้าประสงค์"),
    ])
    obec, office = ("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
                    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒")
    assert _summary(lines, sections) == [
        (obec, True, ["กลยุทธ์ สพฐ.", "วิสัยทัศน์ สพฐ.",
                      "พันธกิจของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"]),
        (office, False, ["วิสัยทัศน์ (Vision)", "พันธกิจ สพป.ลำปาง เขต ๒", "เป้าประสงค์"]),
    ]
    assert document_owner(lines, Office()).kind is OfficeKind.PRIMARY_AREA_OFFICE


def test_headings_naming_the_owner_itself_quote_nothing() -> None:
    # สพฐ.'s own page: its headings name it by its abbreviation
    lines, sections = _doc([(1, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ"),
                            (1, "§vision วิสัยทัศน์ สพฐ."), (1, "§mission พันธกิจ สพฐ.")])
    assert _summary(lines, sections) == [
        ("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ", False,
         ["วิสัยทัศน์ สพฐ.", "พันธกิจ สพฐ."])]
    # a page whose owner is unknown quotes nothing by name
    lines, sections = _doc([(None, "§vision วิสัยทัศน์ สพฐ."),  # type: ignore[list-item]
                            (None, "§mission พันธกิจ")])
    assert [quoted for _, quoted, _ in _summary(lines, sections)] == [False]


def test_a_heading_naming_the_agency_of_its_page_quotes_nothing() -> None:
    # a budget volume's province: its header names it, and so does its heading
    lines, sections = _doc([
        (1, "เอกสารงบประมาณ ฉบับที่ ๓"), (1, "สำนักงบประมาณ"),
        (3, "จังหวัดลำปาง"), (3, "§vision 1. วิสัยทัศน์จังหวัดลำปาง"), (3, "§mission 2. พันธกิจ"),
        (5, "จังหวัดลำพูน"), (5, "§vision 1. วิสัยทัศน์จังหวัดลำพูน"),
    ])
    assert _summary(lines, sections) == [
        ("จังหวัดลำปาง", False, ["1. วิสัยทัศน์จังหวัดลำปาง", "2. พันธกิจ"]),
        ("จังหวัดลำพูน", False, ["1. วิสัยทัศน์จังหวัดลำพูน"]),
    ]


def test_a_word_plan_quoting_its_parent_body_gives_both_units(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    import docx

    import thaiplan

    document = docx.Document()
    for text, bold in [("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๘", True),
                       ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒", True),
                       ("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", False),
                       ("วิสัยทัศน์ สพฐ.", True), ("สร้างคุณภาพทุนมนุษย์ สู่สังคมแห่งอนาคต", False),
                       ("พันธกิจ สพฐ.", True), ("1. จัดการศึกษาให้ผู้เรียนมีความรู้", False),
                       ("2. สร้างโอกาสทางการศึกษา", False),
                       ("วิสัยทัศน์", True), ("องค์กรคุณภาพ ผู้เรียนเป็นเลิศ", False),
                       ("พันธกิจ", True), ("1. ส่งเสริมคุณภาพผู้เรียน", False),
                       ("2. พัฒนาครูและบุคลากร", False), ("3. บริหารด้วยธรรมาภิบาล", False)]:
        document.add_paragraph().add_run(text).bold = bold
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = thaiplan.parse_file(path)
    assert [(u.owner.name, u.owner.area, u.quoted, [len(s.items) for s in u.sections])
            for u in plan.units] == [
        ("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", None, True, [0, 2]),
        ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒", 2, False, [0, 3])]
