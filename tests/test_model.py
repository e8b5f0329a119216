"""Records: frozen, round-trip through dicts and JSON, helpers."""

from __future__ import annotations

import dataclasses
import json

import pytest

import thaiplan
from conftest import DATA_RAW
from thaiplan.model import (
    Item,
    Office,
    OfficeKind,
    ParseWarning,
    PlanDocument,
    Section,
    SectionKind,
    WarningCode,
)


@pytest.mark.parametrize("name", ["sesao20_mission.txt", "sesao21_about.txt"])
def test_documents_round_trip_through_dict_and_json(name: str) -> None:
    doc = thaiplan.parse_file(DATA_RAW / name)
    assert PlanDocument.from_dict(doc.to_dict()) == doc
    assert PlanDocument.from_json(doc.to_json(indent=2)) == doc
    assert "สำนักงาน" in doc.to_json()  # Thai kept, not \\u-escaped
    json.loads(doc.to_json())


def test_records_are_frozen() -> None:
    item = Item(marker="๑.", number=1, position=1, text="จัดการศึกษา")
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.text = "x"  # type: ignore[misc]


def test_records_have_their_dataclass_defaults_and_fresh_factories() -> None:
    item = Item("๑.", 1, 1, "จัดการศึกษา", raw="๑.จัดการศึกษา", line=3)
    assert dataclasses.astuple(item) == ("๑.", 1, 1, "จัดการศึกษา", "๑.จัดการศึกษา", 3, "", (), 1,
                                         None, ())
    assert PlanDocument().office == Office()
    assert PlanDocument().office is not PlanDocument().office
    assert PlanDocument(office=Office(OfficeKind.SCHOOL)).office.kind is OfficeKind.SCHOOL
    assert ParseWarning(WarningCode.EMPTY_FILE, "x").page is None
    assert Section(SectionKind.VISION, "วิสัยทัศน์").page is None
    with pytest.raises(TypeError):
        Item("๑.", 1)  # type: ignore[call-arg]


@pytest.mark.parametrize("name", ["sesao20_mission.txt", "sesao21_about.txt"])
def test_documents_pickle_and_copy_to_equal_documents(name: str) -> None:
    import copy
    import pickle

    doc = thaiplan.parse_file(DATA_RAW / name)
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert copy.deepcopy(doc) == doc
    assert copy.copy(doc.sections[0]) == doc.sections[0]


def test_document_helpers() -> None:
    doc = thaiplan.parse_file(DATA_RAW / "sesao21_about.txt")
    assert doc.section("goals") is doc.sections[4]
    assert doc.section(SectionKind.IDENTITY) is None
    assert [i.number for i in doc.items("strategies")] == [1, 2, 3, 4, 5, 6]
    assert doc.title == "เกี่ยวกับหน่วยงาน"
    assert Office(OfficeKind.SCHOOL, None, None).label == "school"
    assert Office(OfficeKind.PRIMARY_AREA_OFFICE, 3, None).label == "primary_area_office 3"
    with pytest.raises(ValueError):
        doc.section("mision")
