"""The warning collector (``parse/warnings.py``): by line, capped per code, summed up."""

from __future__ import annotations

from thaiplan.model import ParseWarning, WarningCode
from thaiplan.parse import parse_text
from thaiplan.parse.warnings import MAX_PER_CODE, Warnings


def test_warnings_come_by_line_whole_file_ones_first_and_name_the_file() -> None:
    warnings = Warnings("plan.txt")
    warnings.warn(WarningCode.NUMBER_GAP, "numbering jumps from 1 to 3", line=9, page=2)
    warnings.add(ParseWarning(WarningCode.GLYPHS_REPAIRED, "plan.txt: glyphs rebuilt"))
    warnings.warn(WarningCode.EMPTY_ITEM, "item '๒.' has no text", line=4)
    assert [(w.code.value, w.line, w.page) for w in warnings.in_order()] == [
        ("glyphs_repaired", None, None), ("empty_item", 4, None), ("number_gap", 9, 2)]
    assert warnings.in_order()[2].message == "plan.txt: numbering jumps from 1 to 3"
    assert Warnings(None).name == ""


def test_each_code_is_listed_up_to_the_cap_then_summed_up() -> None:
    warnings = Warnings(None)
    for line in range(1, MAX_PER_CODE + 31):
        warnings.warn(WarningCode.EMPTY_ITEM, "item '1.' has no text", line=line)
    warnings.warn(WarningCode.NUMBER_GAP, "list starts at 3", line=1)
    found = warnings.in_order()
    assert len(found) == MAX_PER_CODE + 2
    assert found[-1] == ParseWarning(WarningCode.EMPTY_ITEM,
                                     f"30 more empty_item warnings not listed "
                                     f"({MAX_PER_CODE + 30} in all)")


def test_a_page_of_many_empty_items_gets_a_hundred_warnings_and_a_summary() -> None:
    doc = parse_text("พันธกิจ\n" + "1.\n" * 300)
    codes = [w.code for w in doc.warnings]
    assert codes.count(WarningCode.EMPTY_ITEM) == MAX_PER_CODE + 1
    assert codes.count(WarningCode.DUPLICATE_NUMBER) == MAX_PER_CODE + 1
    assert "200 more empty_item warnings not listed (300 in all)" in doc.warnings[-2].message
