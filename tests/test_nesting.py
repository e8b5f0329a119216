"""The plan's tree: lists nested by their markers and layout, strategy items holding
their own sections, chapters titled by a strategy (thaiplan.parse.state, rules,
records, chapters)."""

from __future__ import annotations

import pytest

from thaiplan.layout import Block, Document
from thaiplan.model import Item, PlanDocument
from thaiplan.parse import parse_document, parse_text


def _layout(rows: list[tuple[int, float, str, bool]]) -> Document:
    """``(page, x0, text, bold)`` rows, a body block each, one under the other."""
    return Document(tuple(Block(text, line=n, page=page, bold=bold, size=16.0,
                                bbox=(x0, 80.0 + 20 * n, 500.0, 96.0 + 20 * n), block=n)
                          for n, (page, x0, text, bold) in enumerate(rows, 1)))


def _tree(items: tuple[Item, ...]) -> list[object]:
    return [(i.marker, _tree(i.children)) if i.children else i.marker for i in items]


@pytest.mark.parametrize(("page", "tree"), [
    # a dash under a number, a hollow bullet under a bullet: children
    ("กลยุทธ์\n๑) ปรับปรุงระบบ\n- ระบบการสรรหา\n- ระบบการจ้างงาน\n๒) กระจายอำนาจ\n- มอบอำนาจ",
     [("๑)", ["-", "-"]), ("๒)", ["-"])]),
    ("มาตรการ\n• กลไกส่วนกลาง\n○ ปรับปรุงกลไก\n- จัดตั้งหน่วยงาน\n• กลไกส่วนภูมิภาค",
     [("•", [("○", ["-"])]), "•"]),
    # careless writers mix number styles in one list: no nesting
    ("พันธกิจ\n1. จัดการศึกษา\n2) พัฒนาครู\n(3) ส่งเสริมการมีส่วนร่วม", ["1.", "2)", "(3)"]),
    # a list that starts without its numeral: no nesting under it
    ("เป้าประสงค์\n. ผู้เรียนมีคุณภาพ\n2. ครูมีสมรรถนะ\n3. สถานศึกษาบริหารจัดการดี", [".", "2.", "3."]),
    # a number under a bullet nests only where the layout says so
    ("ค่านิยม\n• ทำงานเป็นทีม\n1. ร่วมมือ\n2. ช่วยเหลือ", ["•", "1.", "2."]),
])
def test_lists_nest_by_the_kind_of_marker(page: str, tree: list[object]) -> None:
    assert _tree(parse_text(page).sections[0].items) == tree


def test_with_layout_items_nest_under_the_item_they_stand_further_in_than() -> None:
    doc = parse_document(_layout([
        (1, 72, "๓.๙ กลยุทธ์การขับเคลื่อน", True),
        (1, 150, "• กลไกการบริหารจัดการแผน", False),
        (1, 165, "- กลไกในระดับส่วนกลาง", False),
        (1, 165, "๑. ปรับปรุงกลไกขับเคลื่อนจริยธรรม", False),
        (1, 72, "วัตถุประสงค์และเจตนารมณ์ตามกฎหมาย", False),  # a wrapped line
        (1, 165, "๒. กำหนดมาตรการ", False),
        (1, 150, "• แผนที่นำทาง", False),
        (1, 150, "• แนวทางการติดตามประเมินผล", False),
    ]))
    assert _tree(doc.sections[0].items) == [("•", ["-", "๑.", "๒."]), "•", "•"]


def test_an_item_set_further_in_than_the_one_before_is_still_its_sibling() -> None:
    doc = parse_document(_layout([
        (1, 80, "2. พันธกิจ", True), (1, 105, "5. พัฒนาองค์กร", False),
        (1, 105, "จากทุกภาคส่วน", False), (1, 118, "6. ส่งเสริมการวิจัย", False),
        (1, 118, "7. ประสานงาน", False),
    ]))
    assert [i.marker for i in doc.sections[0].items] == ["5.", "6.", "7."]


_STRATEGIES = """๓.๖ ยุทธศาสตร์ (Strategies)
ยุทธศาสตร์ที่ ๑ การสร้างมาตรฐานทางจริยธรรม
การนำมาตรฐานทางจริยธรรมเป็นกรอบแนวทาง
วัตถุประสงค์
๑) สร้างมาตรฐานทางจริยธรรม
๒) ส่งเสริมการสร้างความตระหนัก
ตัวชี้วัด
๑) มีประมวลจริยธรรม
กลยุทธ์
๑) จัดทำประมวลจริยธรรม
ยุทธศาสตร์ที่ ๒ การพัฒนาผลักดันนโยบาย
วัตถุประสงค์
๑) พัฒนา ปรับปรุงกลไก
๓.๗ ค่านิยม
• ไม่มีข้อยกเว้น"""


def test_strategy_items_hold_their_own_sections_while_the_list_goes_on() -> None:
    doc = parse_text(_STRATEGIES)
    assert [(s.heading[:3], len(s.items)) for s in doc.sections] == [("๓.๖", 2), ("๓.๗", 1)]
    first, second = doc.sections[0].items
    assert first.text == "การสร้างมาตรฐานทางจริยธรรม การนำมาตรฐานทางจริยธรรมเป็นกรอบแนวทาง"
    assert [(s.kind.value, s.heading, len(s.items)) for s in first.sections] == [
        ("goals", "วัตถุประสงค์", 2), ("indicators", "ตัวชี้วัด", 1),
        ("strategies", "กลยุทธ์", 1)]
    assert [s.heading for s in second.sections] == ["วัตถุประสงค์"]
    back = PlanDocument.from_json(doc.to_json())
    assert back.sections[0].items[0].sections == first.sections


def test_sections_after_a_list_of_strategy_titles_are_the_pages_own() -> None:
    doc = parse_text("ยุทธศาสตร์\nยุทธศาสตร์ที่ ๑ การพัฒนาระบบบริการ\nยุทธศาสตร์ที่ ๒ การส่งเสริมสุขภาพ\n"
                     "เป้าประสงค์\n1. ผู้รับบริการปลอดภัย\n2. ประชาชนมีสุขภาพดี")
    assert [(s.kind.value, len(s.items)) for s in doc.sections] == [
        ("strategies", 2), ("goals", 2)]
    assert not any(i.sections for i in doc.sections[0].items)


def test_a_chapter_titled_by_a_strategy_nests_in_its_item() -> None:
    doc = parse_document(_layout([
        (1, 99, "๓. วิสัยทัศน์ประเทศไทย", True), (1, 135, "ประเทศไทยมีความมั่นคง", False),
        (1, 99, "๔. ประเด็นยุทธศาสตร์ชาติ", True),
        (1, 135, "๔.๑ ยุทธศาสตร์ชาติด้านความมั่นคง มีเป้าหมายการพัฒนาที่สำคัญ", True),
        (1, 135, "๔.๒ ยุทธศาสตร์ชาติด้านการสร้างความสามารถในการแข่งขัน", True),
        (2, 160, "ยุทธศาสตร์ชาติด้านความมั่นคง", True),
        (2, 42, "๑. บทนำ", True), (2, 78, "ความมั่นคงถือเป็นเป้าหมายสำคัญ", False),
        (2, 42, "๒. เป้าหมาย", True), (2, 134, "๒.๑ ประชาชนอยู่ดี กินดี", True),
        (3, 160, "ยุทธศาสตร์ชาติ", True),
        (3, 160, "ด้านการสร้างความสามารถในการแข่งขัน", True),
        (3, 42, "๑. บทนำ", True), (3, 78, "ในช่วง ๒ ทศวรรษที่ผ่านมา", False),
    ]))
    assert [s.heading for s in doc.sections] == ["๓. วิสัยทัศน์ประเทศไทย",
                                                 "๔. ประเด็นยุทธศาสตร์ชาติ"]
    security, competition = doc.sections[1].items
    assert [(s.heading, len(s.items)) for s in security.sections] == [
        ("๑. บทนำ", 0), ("๒. เป้าหมาย", 1)]
    assert [s.heading for s in competition.sections] == ["๑. บทนำ"]
    titles = {t.text for t in doc.unparsed}
    assert {"ยุทธศาสตร์ชาติด้านความมั่นคง", "ยุทธศาสตร์ชาติ"} <= titles


def test_a_bold_short_line_opening_with_a_heading_word_is_a_heading() -> None:
    rows = [(1, 150, "วัตถุประสงค์", True), (1, 150, "๑) สร้างมาตรฐาน", False),
            (1, 151, "ตัวชี้วัดตามเป้าหมาย", True), (1, 151, "๑) มีประมวลจริยธรรม", False),
            (1, 151, "ตัวชี้วัดตามเป้าหมายของหน่วยงานที่ไม่ได้ตั้งเป็นหัวข้อ", False),
            (1, 151, "ยุทธศาสตร์ชาติด้านความมั่นคง มีเป้าหมาย", True)]
    doc = parse_document(_layout(rows))
    assert [(s.kind.value, s.heading, len(s.items)) for s in doc.sections] == [
        ("goals", "วัตถุประสงค์", 1), ("indicators", "ตัวชี้วัดตามเป้าหมาย", 1)]


def test_a_visions_text_introduces_its_goal_and_the_list_that_measures_it() -> None:
    doc = parse_text("๓. วิสัยทัศน์\n“ประเทศไทยมีความมั่นคง มั่งคั่ง ยั่งยืน”\n"
                     "โดยมีเป้าหมายการพัฒนาประเทศ คือ “ประเทศชาติมั่นคง ประชาชนมีความสุข”\n"
                     "และประโยชน์ส่วนรวม โดยการประเมินผลการพัฒนาตามยุทธศาสตร์ชาติประกอบด้วย\n"
                     "๑) ความอยู่ดีมีสุขของคนไทย\n๒) ขีดความสามารถในการแข่งขัน")
    assert [(s.kind.value, s.heading, s.text, len(s.items)) for s in doc.sections] == [
        ("vision", "๓. วิสัยทัศน์", "“ประเทศไทยมีความมั่นคง มั่งคั่ง ยั่งยืน”", 0),
        ("goals", "โดยมีเป้าหมายการพัฒนาประเทศ คือ",
         "“ประเทศชาติมั่นคง ประชาชนมีความสุข” และประโยชน์ส่วนรวม", 0),
        ("indicators", "โดยการประเมินผลการพัฒนาตามยุทธศาสตร์ชาติประกอบด้วย", "", 2)]


def test_a_vision_mentioning_a_goal_mid_paragraph_stays_one_section() -> None:
    doc = parse_text("วิสัยทัศน์\nเป็นองค์กรชั้นนำ โดยมีเป้าหมายการพัฒนา คือ ผู้เรียนมีคุณภาพ")
    assert [s.kind.value for s in doc.sections] == ["vision"]


def test_the_milestones_of_a_national_plan_hold_their_goals_indicators_and_tactics() -> None:
    from thaiplan import parse_text

    doc = parse_text("หมุดหมายการพัฒนา\n"
                     "หมุดหมายที่ ๑ ไทยเป็นประเทศชั้นนำด้านสินค้าเกษตรและเกษตรแปรรูปมูลค่าสูง\n"
                     "เป้าหมายระดับหมุดหมาย\n๑) มูลค่าเพิ่มของภาคเกษตรเพิ่มขึ้น\n"
                     "ตัวชี้วัด\n๑) อัตราการขยายตัวของผลิตภัณฑ์มวลรวมภาคเกษตร\n"
                     "กลยุทธ์\n๑) การส่งเสริมการผลิตสินค้าเกษตรมูลค่าสูง\n"
                     "หมุดหมายที่ ๒ ไทยเป็นจุดหมายของการท่องเที่ยวที่เน้นคุณภาพ\n"
                     "เป้าหมายระดับหมุดหมาย\n๑) รายได้จากการท่องเที่ยวเพิ่มขึ้น\n")
    (milestones,) = doc.sections
    assert milestones.kind.value == "strategies"
    assert [(i.marker, [(s.kind.value, len(s.items)) for s in i.sections])
            for i in milestones.items] == [
        ("หมุดหมายที่ ๑", [("goals", 1), ("indicators", 1), ("strategies", 1)]),
        ("หมุดหมายที่ ๒", [("goals", 1)])]
