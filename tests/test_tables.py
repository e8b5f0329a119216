"""to_frame: one row per item, children included, nullable numbers."""

from __future__ import annotations

import thaiplan
from conftest import DATA_RAW
from thaiplan.model import Item, Office, OfficeKind, PlanDocument, Section, SectionKind, Unit
from thaiplan.tables import ITEM_COLUMNS


def test_one_row_per_item_of_every_document() -> None:
    docs = [thaiplan.parse_file(p) for p in sorted(DATA_RAW.glob("*.txt"))]
    frame = thaiplan.to_frame(docs)
    assert list(frame.columns) == list(ITEM_COLUMNS)
    assert len(frame) == sum(len(list(s.walk())) for d in docs for s in d.sections) == 36
    goals20 = frame[(frame.area == 20) & (frame.section_kind == "goals")]
    assert goals20.number.isna().tolist() == [True, False, False, False, False, False]
    assert goals20.marker.iloc[0] == "."
    assert str(frame.number.dtype) == "Int64"


def test_children_follow_their_parent_with_a_dotted_path() -> None:
    doc = thaiplan.parse_text("กลยุทธ์\n1. ก\n1.1 ข\n1.1.1 ค\n2. ง")
    frame = thaiplan.to_frame(doc)
    assert frame[["path", "marker", "depth"]].values.tolist() == [
        ["1", "1.", 1], ["1.1", "1.1", 2], ["1.1.1", "1.1.1", 3], ["2", "2.", 1]]


def test_empty_input_gives_an_empty_table_with_the_columns() -> None:
    frame = thaiplan.to_frame([])
    assert frame.empty and list(frame.columns) == list(ITEM_COLUMNS)


def _nested_plan() -> PlanDocument:
    goals = Section(SectionKind.GOALS, "เป้าประสงค์ :", line=6, items=(
        Item("1)", 1, 1, "ผู้เรียนมีคุณภาพ", line=7), Item("2)", 2, 2, "ครูมีสมรรถนะ", line=8)))
    strategies = Section(SectionKind.STRATEGIES, "๓.๖ ยุทธศาสตร์ (Strategies)", line=4, page=2,
                         items=(Item("ยุทธศาสตร์ที่ ๑", 1, 1, "พัฒนาผู้เรียน", line=5, page=2,
                                     sections=(goals,)),
                                Item("ยุทธศาสตร์ที่ ๒", 2, 2, "พัฒนาครู", line=9, page=3)))
    vision = Section(SectionKind.VISION, "๓.๑ วิสัยทัศน์", "ผู้เรียนมีคุณภาพ", line=2, page=2)
    quoted = Section(SectionKind.STRATEGIES, "ยุทธศาสตร์ชาติ", line=1, page=1,
                     items=(Item("๑)", 1, 1, "ความมั่นคง", line=1, page=1),))
    ocsc = Office(OfficeKind.AGENCY, None, "สำนักงานคณะกรรมการข้าราชการพลเรือน")
    board = Office(OfficeKind.NATIONAL, None, "คณะกรรมการยุทธศาสตร์ชาติ")
    return PlanDocument(
        sections=(quoted, vision, strategies), office=ocsc, source="plan.pdf",
        units=(Unit(board, (quoted,), (1, 1), quoted=True),
               Unit(ocsc, (vision, strategies), (2, 3))))


def test_nested_sections_give_rows_with_their_path_in_the_plan() -> None:
    frame = thaiplan.to_frame(_nested_plan())
    assert frame[["section_kind", "tree_path", "text"]].values.tolist() == [
        ["strategies", "ยุทธศาสตร์ชาติ ๑", "ความมั่นคง"],
        ["strategies", "ยุทธศาสตร์ที่ ๑", "พัฒนาผู้เรียน"],
        ["goals", "ยุทธศาสตร์ที่ ๑ › เป้าประสงค์ 1", "ผู้เรียนมีคุณภาพ"],
        ["goals", "ยุทธศาสตร์ที่ ๑ › เป้าประสงค์ 2", "ครูมีสมรรถนะ"],
        ["strategies", "ยุทธศาสตร์ที่ ๒", "พัฒนาครู"],
    ]
    assert frame.section_index.tolist() == [0, 2, 2, 2, 2]


def test_rows_carry_their_unit_owner_and_quotation_through_json() -> None:
    doc = PlanDocument.from_json(_nested_plan().to_json())
    frame = thaiplan.to_frame(doc)
    assert frame.unit.tolist() == [0, 1, 1, 1, 1]
    assert frame.owner.tolist() == ["คณะกรรมการยุทธศาสตร์ชาติ"] + [
        "สำนักงานคณะกรรมการข้าราชการพลเรือน"] * 4
    assert frame.quoted.tolist() == [True, False, False, False, False]
    assert frame.page.tolist()[:2] == [1, 2] and str(frame.page.dtype) == "Int64"


def test_sections_outside_every_unit_have_no_unit_and_the_office_as_owner() -> None:
    doc = thaiplan.parse_text("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐\nเป้าประสงค์\n1. ผู้เรียนมีคุณภาพ")
    frame = thaiplan.to_frame(doc)
    assert frame.unit.isna().all()
    assert frame.owner.tolist() == [doc.office.label]
