"""Records: frozen, round-trip through dicts and JSON, helpers."""

from __future__ import annotations

import dataclasses
import json

import pytest

import thaiplan
from conftest import DATA_RAW
from thaiplan.model import Item, Office, OfficeKind, PlanDocument, SectionKind


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
