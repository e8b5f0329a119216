"""Drafts to records (``parse/records.py``): a heading with nothing under it is a
title, a lost first numeral, lead-ins and group labels kept apart from the items."""

from __future__ import annotations

import pytest

from thaiplan.model import WarningCode
from thaiplan.parse import parse_text


def test_heading_word_with_nothing_under_it_is_a_title_but_an_empty_last_section_is_kept() -> None:
    doc = parse_text("ภารกิจ\nวิสัยทัศน์\nพันธกิจ\n1. จัดการศึกษา\nวัฒนธรรมองค์กร")
    assert [s.kind.value for s in doc.sections] == ["mission", "culture"]
    assert [t.text for t in doc.preamble] == ["ภารกิจ", "วิสัยทัศน์"]
    assert [w.code for w in doc.warnings] == [WarningCode.EMPTY_SECTION]


def test_missing_first_numeral_dot_or_no_marker() -> None:
    dotted = parse_text("เป้าประสงค์\n. ประชากรวัยเรียนได้รับโอกาส\n2. ผู้เรียนมีคุณภาพ")
    bare = parse_text("เป้าประสงค์\nผู้เรียนมีคุณภาพ\n2. ครูมีสมรรถนะ\n3. สถานศึกษาปลอดภัย")
    for doc, marker in ((dotted, "."), (bare, "")):
        first = doc.sections[0].items[0]
        assert (first.marker, first.number, first.position) == (marker, None, 1)
        assert [w.code for w in doc.warnings] == [WarningCode.NUMERAL_MISSING]


def test_lead_in_sentences_are_kept_apart_from_text_and_items() -> None:
    doc = parse_text("พันธกิจ\nพันธกิจของสำนักงาน มีดังนี้\n๑. จัดการศึกษา\n๒. พัฒนาครู")
    (section,) = doc.sections
    assert section.lead_in == ("พันธกิจของสำนักงาน มีดังนี้",)
    assert section.text == "" and len(section.items) == 2


def test_group_labels_inside_a_list_are_lead_ins_not_item_text() -> None:
    doc = parse_text("เป้าหมาย\nด้านผู้เรียน\n1. ผู้เรียนมีผลสัมฤทธิ์สูงขึ้น\n2. ผู้เรียนมีวินัย\n"
                     "ด้านครู\n1. ครูจัดการเรียนรู้เชิงรุก\n"
                     "สีประจำโรงเรียน  ฟ้า - ขาว")
    goals, colours = doc.sections
    assert goals.lead_in == ("ด้านผู้เรียน", "ด้านครู")
    assert [i.text for i in goals.items] == [
        "ผู้เรียนมีผลสัมฤทธิ์สูงขึ้น", "ผู้เรียนมีวินัย", "ครูจัดการเรียนรู้เชิงรุก"]
    assert doc.warnings == ()
    assert (colours.kind.value, colours.text) == ("other", "ฟ้า - ขาว")


@pytest.mark.parametrize(("text", "lead_in", "first"), [
    ("ผู้เรียนมีคุณภาพ", (), ("", "ผู้เรียนมีคุณภาพ")),  # the first item, its numeral lost
    ("เป้าประสงค์ของสำนักงาน มีดังนี้", ("เป้าประสงค์ของสำนักงาน มีดังนี้",), ("2.", "ครูมีสมรรถนะ")),
    ("ประกอบด้วย :", ("ประกอบด้วย :",), ("2.", "ครูมีสมรรถนะ")),
])
def test_text_before_a_list_starting_at_two(text: str, lead_in: tuple[str, ...],
                                            first: tuple[str, str]) -> None:
    (section,) = parse_text(f"เป้าประสงค์\n{text}\n2. ครูมีสมรรถนะ").sections
    assert section.lead_in == lead_in
    assert (section.items[0].marker, section.items[0].text) == first


def test_titles_of_empty_headings_after_the_first_section_are_unparsed_in_line_order() -> None:
    doc = parse_text("พันธกิจ\n1. จัดการศึกษา\n- ๑ -\nเป้าประสงค์\nยุทธศาสตร์\nผู้เรียนมีคุณภาพ")
    assert [(t.line, t.text) for t in doc.unparsed] == [(3, "- ๑ -"), (4, "เป้าประสงค์")]
    assert [s.kind.value for s in doc.sections] == ["mission", "strategies"]
