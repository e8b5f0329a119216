"""to_frame: one row per item, children included, nullable numbers."""

from __future__ import annotations

import thaiplan
from conftest import DATA_RAW
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
