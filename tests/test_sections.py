"""Heading lines (``parse/sections.py``): which open a section — every heading form in
context, a heading continued after a page break, a heading-shaped line that goes on with
the line above or is a lead-in, and numbered headings found by their number."""

from __future__ import annotations

import pytest

import thaiplan
from thaiplan.layout import Block, Document
from thaiplan.parse import parse_document, parse_text


def _layout(rows: list[tuple[int, str, bool]]) -> Document:
    """A laid-out document: ``(page, text, bold)`` rows, a body block each."""
    return Document(tuple(Block(text, line=n, page=page, bold=bold, size=16.0,
                                bbox=(72.0, 100.0 + 20 * n, 400.0, 116.0 + 20 * n), block=n)
                          for n, (page, text, bold) in enumerate(rows, 1)))


# -- headings -------------------------------------------------------------------


@pytest.mark.parametrize(("line", "kind", "heading"), [
    ("วิสัยทัศน์(Vision)", "vision", "วิสัยทัศน์(Vision)"),
    ("ค่านิยม ( SMILE)", "values", "ค่านิยม ( SMILE)"),
    ("[VISION] วิสัยทัศน์", "vision", "[VISION] วิสัยทัศน์"),
    ("MISSION", "mission", "MISSION"),
    ("2. พันธกิจ", "mission", "2. พันธกิจ"),
    ("เป้าหมาย ประกอบด้วย", "goals", "เป้าหมาย ประกอบด้วย"),
    ("ประเด็นยุทธศาสตร์", "strategies", "ประเด็นยุทธศาสตร์"),
    ("ประเด็นกลยุทธ์ :", "strategies", "ประเด็นกลยุทธ์ :"),
    ("ค่านิยมองค์กร (SMART)", "values", "ค่านิยมองค์กร (SMART)"),
    ("ค่านิยมองค์กร “SMART”", "values", "ค่านิยมองค์กร “SMART”"),
    ("อำนาจหน้าที่", "other", "อำนาจหน้าที่"),
    ("วัฒนธรรมองค์กร", "culture", "วัฒนธรรมองค์กร"),
    ("อัตลักษณ์", "identity", "อัตลักษณ์"),
    ("เอกลักษณ์ของโรงเรียน", "identity", "เอกลักษณ์ของโรงเรียน"),
    ("ตัวชี้วัดความสำเร็จ", "indicators", "ตัวชี้วัดความสำเร็จ"),
    ("ปรัชญา", "philosophy", "ปรัชญา"),
    ("คติพจน์", "motto", "คติพจน์"),
    ("ความเป็นมา", "background", "ความเป็นมา"),
    ("Objectives", "goals", "Objectives"),
    ("**วิสัยทัศน์**", "vision", "**วิสัยทัศน์**"),
    ("## พันธกิจ", "mission", "## พันธกิจ"),
    ("พันธกิจ ปีงบประมาณ 2567", "mission", "พันธกิจ ปีงบประมาณ 2567"),
    ("ยุทธศาสตร์ (พ.ศ. 2566-2570)", "strategies", "ยุทธศาสตร์ (พ.ศ. 2566-2570)"),
    ("วิสัยทัศน์ สพป.ลำปาง เขต 1", "vision", "วิสัยทัศน์ สพป.ลำปาง เขต 1"),
    ("พันธกิจโรงเรียนบ้านหนองบัว", "mission", "พันธกิจโรงเรียนบ้านหนองบัว"),
    ("เป้ ำประสงค์", "goals", "เป้าประสงค์"),  # PDF damage, repaired
])
def test_heading_variants_open_a_section_of_their_kind(line: str, kind: str, heading: str) -> None:
    doc = parse_text(f"{line}\nผู้เรียนมีคุณภาพ มีทักษะชีวิต")
    assert [(s.kind.value, s.heading) for s in doc.sections] == [(kind, heading)]


@pytest.mark.parametrize(("text", "heading", "content"), [
    ("วิสัยทัศน์ : โรงเรียนคุณภาพ", "วิสัยทัศน์ :", "โรงเรียนคุณภาพ"),
    ("วิสัยทัศน์\tผู้เรียนมีคุณภาพ", "วิสัยทัศน์", "ผู้เรียนมีคุณภาพ"),
    ("วิสัยทัศน์\n(Vision)\nผู้เรียนมีคุณภาพ", "วิสัยทัศน์ (Vision)", "ผู้เรียนมีคุณภาพ"),
    ("วิสัยทัศน์ “ผู้เรียนมีคุณภาพ”", "วิสัยทัศน์", "“ผู้เรียนมีคุณภาพ”"),
])
def test_heading_and_content_on_one_line_or_heading_split_over_two(
        text: str, heading: str, content: str) -> None:
    (section,) = parse_text(text).sections
    assert (section.heading, section.text) == (heading, content)


def test_heading_with_first_item_on_the_same_line() -> None:
    (section,) = parse_text("พันธกิจ        ๑. ส่งเสริมการศึกษา\n  ๒. พัฒนาครู").sections
    assert [(i.marker, i.text) for i in section.items] == [
        ("๑.", "ส่งเสริมการศึกษา"), ("๒.", "พัฒนาครู")]


@pytest.mark.parametrize("line", [
    "ยุทธศาสตร์ชาติ ระยะ 20 ปี เป็นกรอบการพัฒนา",
    "วิสัยทัศน์ของโรงเรียนคือการพัฒนาผู้เรียน",
    "เป้าหมาย สำคัญคือผู้เรียนมีคุณภาพ",
    "• วิสัยทัศน์ของโรงเรียนคือการพัฒนาผู้เรียน",
])
def test_a_sentence_starting_with_a_heading_word_is_not_a_heading(line: str) -> None:
    (section,) = parse_text(f"ความเป็นมา\nสำนักงานมีภารกิจหลัก\n{line}").sections
    assert section.kind.value == "background"
    assert line.lstrip("• ") in section.text or section.items


def test_a_continued_heading_continues_its_section() -> None:
    doc = parse_text("ยุทธศาสตร์\nยุทธศาสตร์ที่ 1 ผลิตกำลังคน\n- 8 -\nยุทธศาสตร์ (ต่อ)\n"
                     "ยุทธศาสตร์ที่ 2 ขยายโอกาส\nค่านิยม\nซื่อสัตย์")
    strategies, values = doc.sections
    assert strategies.heading == "ยุทธศาสตร์"
    assert [i.number for i in strategies.items] == [1, 2]
    assert values.text == "ซื่อสัตย์"


# -- heading lines of real pages (lexicon: qualifiers, glosses, decoration) -----------------


@pytest.mark.parametrize(("page", "headings"), [
    ("📌 วิสัยทัศน์ 📌\nโรงเรียนน่าอยู่ ผู้เรียนมีคุณภาพ\n📌 พันธกิจ 📌\n1. จัดการศึกษา\n"
     "2. พัฒนาครู", [("vision", "📌 วิสัยทัศน์ 📌"), ("mission", "📌 พันธกิจ 📌")]),
    ("วิสัยทัศน์ของเทศบาลเมืองกาฬสินธุ์\nเมืองน่าอยู่\nพันธกิจของเทศบาล\n1. จัดให้มีถนน\n"
     "เป้าประสงค์ของการพัฒนา\n1. เมืองมีโครงสร้างพื้นฐานที่ดี",
     [("vision", "วิสัยทัศน์ของเทศบาลเมืองกาฬสินธุ์"), ("mission", "พันธกิจของเทศบาล"),
      ("goals", "เป้าประสงค์ของการพัฒนา")]),
    ("คำขวัญประจำโรงเรียน\nสามัคคี มีวินัย\nอัตลักษณ์นักเรียน : กิริยางาม ภาษาเด่น",
     [("motto", "คำขวัญประจำโรงเรียน"), ("identity", "อัตลักษณ์นักเรียน :")]),
])
def test_headings_with_qualifiers_or_decoration_open_sections(
        page: str, headings: list[tuple[str, str]]) -> None:
    doc = parse_text(page)
    assert [(s.kind.value, s.heading) for s in doc.sections] == headings


def test_a_wrapped_line_naming_a_policy_stays_in_its_item() -> None:
    doc = parse_text("พันธกิจ\n1. สนับสนุนการศึกษาปฐมวัยตาม\n   นโยบายของกระทรวงศึกษาธิการ\n"
                     "2. พัฒนาครู")
    assert [i.text for i in doc.items("mission")] == [
        "สนับสนุนการศึกษาปฐมวัยตาม นโยบายของกระทรวงศึกษาธิการ", "พัฒนาครู"]


def test_a_heading_shaped_line_that_goes_on_with_the_line_above_is_its_text() -> None:
    doc = parse_text("พันธกิจ\n1. จัดการศึกษาให้สอดคล้องกับ\nวิสัยทัศน์ของสำนักงานเขตพื้นที่การศึกษา\n"
                     "2. พัฒนาครู")
    assert [(s.kind.value, len(s.items)) for s in doc.sections] == [("mission", 2)]
    assert doc.sections[0].items[0].text == (
        "จัดการศึกษาให้สอดคล้องกับ วิสัยทัศน์ของสำนักงานเขตพื้นที่การศึกษา")
    whole = parse_text("พันธกิจ\n1. จัดการศึกษาให้มีคุณภาพ\nวิสัยทัศน์ของสำนักงานเขตพื้นที่การศึกษา\n"
                       "ผู้เรียนมีคุณภาพ")
    assert [s.kind.value for s in whole.sections] == ["mission", "vision"]


def test_a_line_of_the_paragraph_above_on_a_laid_out_page_is_never_a_heading() -> None:
    rows = ["บทที่ ๓", "วิสัยทัศน์", "เจ้าหน้าที่ของรัฐเป็นที่เชื่อถือ เพื่อให้บรรลุ",
            "เป้าหมายตามยุทธศาสตร์ชาติ (พ.ศ. ๒๕๖๑ - ๒๕๘๐) แผนปฏิรูปประเทศ"]
    paragraph = [1, 2, 3, 3]
    doc = thaiplan.parse_document(Document(tuple(
        Block(text, line=n, page=1, bold=n <= 2, bbox=(72.0, 20.0 * n, 500.0, 20.0 * n + 16),
              block=paragraph[n - 1]) for n, text in enumerate(rows, 1))))
    assert [(s.kind.value, s.text[-15:]) for s in doc.sections] == [
        ("vision", "แผนปฏิรูปประเทศ")]


def test_a_heading_of_the_sections_kind_under_its_heading_is_its_lead_in() -> None:
    doc = parse_text("ยุทธศาสตร์\nยุทธศาสตร์การพัฒนาของเทศบาล 5 ด้าน ดังนี้\n1. ด้านเศรษฐกิจ\n2. ด้านสังคม")
    assert [(s.heading, s.lead_in, len(s.items)) for s in doc.sections] == [
        ("ยุทธศาสตร์", ("ยุทธศาสตร์การพัฒนาของเทศบาล 5 ด้าน ดังนี้",), 2)]


# -- numbered headings: the rule numbered_heading (the numbers: parse/sequence.py) -------


def test_a_bold_numbered_line_after_the_list_is_the_next_heading() -> None:
    doc = parse_document(_layout([
        (1, "1. วิสัยทัศน์", True), (1, "เป็นองค์กรกำกับดูแลการแข่งขัน", False),
        (1, "2. พันธกิจ", True), (1, "1. กำกับดูแลการแข่งขัน", False),
        (1, "2. พัฒนากลไก", False),
        (2, "3. ผลสัมฤทธิ์และประโยชน์ที่คาดว่าจะได้รับ", True), (2, "1. การบังคับใช้กฎหมาย", False),
    ]))
    assert [(s.kind.value, s.heading, len(s.items)) for s in doc.sections] == [
        ("vision", "1. วิสัยทัศน์", 0), ("mission", "2. พันธกิจ", 2),
        ("other", "3. ผลสัมฤทธิ์และประโยชน์ที่คาดว่าจะได้รับ", 1)]


def test_a_numbered_line_the_list_expects_stays_an_item_without_layout() -> None:
    doc = parse_text("1. วิสัยทัศน์\nผู้เรียนมีคุณภาพ\n2. พันธกิจ\n1. จัดการศึกษา\n2. พัฒนาครู\n"
                     "3. ส่งเสริมการมีส่วนร่วม\n4. สถานศึกษามีระบบบริหารจัดการที่เข้มแข็ง")
    assert [len(s.items) for s in doc.sections] == [0, 4]


def test_numbered_children_of_an_analysis_are_headings_of_a_goal_list_items() -> None:
    doc = parse_document(_layout([
        (1, "บทที่ ๒ กระบวนการจัดทำยุทธศาสตร์", True),
        (1, "๒.๑ ความหมายและแนวคิดเกี่ยวกับจริยธรรม", True), (1, "จริยธรรม คือ", False),
        (1, "๒.๒ การวิเคราะห์ยุทธศาสตร์ภาครัฐ", True),
        (1, "๒.๒.๑ กฎหมายและแนวนโยบายภาครัฐ", True), (1, "รัฐธรรมนูญบัญญัติ", False),
        (2, "๒. เป้าหมาย", True), (2, "๒.๑ ประชาชนอยู่ดี กินดี", True),
        (2, "๒.๒ บ้านเมืองมีความมั่นคง", True),
    ]))
    assert [(s.heading, len(s.items)) for s in doc.sections] == [
        ("๒.๑ ความหมายและแนวคิดเกี่ยวกับจริยธรรม", 0), ("๒.๒ การวิเคราะห์ยุทธศาสตร์ภาครัฐ", 0),
        ("๒.๒.๑ กฎหมายและแนวนโยบายภาครัฐ", 0), ("๒. เป้าหมาย", 2)]
    assert not [w for w in doc.warnings if w.code.value == "empty_section"]


@pytest.mark.parametrize(("rows", "paragraphs", "expected"), [
    # a heading wrapped to a second line of its paragraph, set like it: one heading
    ([("๓.๑ วิสัยทัศน์ของสำนักงานคณะกรรมการข้าราชการพลเรือนและ", True, 500.0),
      ("หน่วยงานในสังกัด", True, 180.0),
      ("เป็นองค์กรหลักในการพัฒนาระบบบริหารทรัพยากรบุคคล", False, 480.0)], [1, 1, 2],
     ("๓.๑ วิสัยทัศน์ของสำนักงานคณะกรรมการข้าราชการพลเรือนและ หน่วยงานในสังกัด",
      "เป็นองค์กรหลักในการพัฒนาระบบบริหารทรัพยากรบุคคล")),
    # ...in another paragraph, or set in plain type: the text
    ([("๓.๑ วิสัยทัศน์ของสำนักงาน", True, 300.0), ("หน่วยงานในสังกัด", True, 180.0),
      ("เป็นองค์กรหลัก", False, 200.0)], [1, 2, 2],
     ("๓.๑ วิสัยทัศน์ของสำนักงาน", "หน่วยงานในสังกัด เป็นองค์กรหลัก")),
    ([("๓.๑ วิสัยทัศน์ของสำนักงาน", True, 300.0), ("หน่วยงานในสังกัด", False, 180.0)], [1, 1],
     ("๓.๑ วิสัยทัศน์ของสำนักงาน", "หน่วยงานในสังกัด")),
    # a vision set in bold under its heading, wider than it: the text
    ([("วิสัยทัศน์", True, 130.0), ("องค์กรแห่งการเรียนรู้ ผู้เรียนมีคุณภาพ", True, 400.0)], [1, 1],
     ("วิสัยทัศน์", "องค์กรแห่งการเรียนรู้ ผู้เรียนมีคุณภาพ")),
])
def test_a_heading_wrapped_on_a_laid_out_page(rows: list[tuple[str, bool, float]],
                                              paragraphs: list[int],
                                              expected: tuple[str, str]) -> None:
    doc = thaiplan.parse_document(Document(tuple(
        Block(text, line=n, page=1, bold=bold, size=16.0,
              bbox=(72.0, 20.0 * n, right, 20.0 * n + 16), block=paragraphs[n - 1])
        for n, (text, bold, right) in enumerate(rows, 1))))
    assert [(s.heading, s.text) for s in doc.sections] == [expected]
