"""A line of content (``parse/content.py``): every marker style in context, numbers that
are no markers, continuation, nesting, inline lists and wrapped numbers."""

from __future__ import annotations

import pytest

from thaiplan.model import WarningCode
from thaiplan.parse import parse_text

# -- items ----------------------------------------------------------------------


@pytest.mark.parametrize(("line", "marker", "number", "text"), [
    ("๑. จัดการศึกษา", "๑.", 1, "จัดการศึกษา"),
    ("1.พัฒนาผู้เรียน", "1.", 1, "พัฒนาผู้เรียน"),
    ("๑จัดการศึกษา", "๑", 1, "จัดการศึกษา"),
    ("1 จัดระบบ", "1", 1, "จัดระบบ"),
    ("1) ส่งเสริม", "1)", 1, "ส่งเสริม"),
    ("๑)ส่งเสริม", "๑)", 1, "ส่งเสริม"),
    ("(1) ส่งเสริม", "(1)", 1, "ส่งเสริม"),
    ("(๑) ส่งเสริม", "(๑)", 1, "ส่งเสริม"),
    ("ข้อ ๑ ผู้เรียนมีคุณภาพ", "ข้อ ๑", 1, "ผู้เรียนมีคุณภาพ"),
    ("ยุทธศาสตร์ที่ 1 การจัดการศึกษาเพื่อความมั่นคง", "ยุทธศาสตร์ที่ 1", 1,
     "การจัดการศึกษาเพื่อความมั่นคง"),
    ("ประเด็นยุทธศาสตร์ที่ ๒ : การสร้างโอกาส", "ประเด็นยุทธศาสตร์ที่ ๒", 2, "การสร้างโอกาส"),
    ("กลยุทธ์ที่ 3 พัฒนาครู", "กลยุทธ์ที่ 3", 3, "พัฒนาครู"),
    ("พันธกิจที่ 1 ส่งเสริม", "พันธกิจที่ 1", 1, "ส่งเสริม"),
    ("12. สถานศึกษาปลอดภัย", "12.", 12, "สถานศึกษาปลอดภัย"),
    ("๒.๔ พัฒนาครู", "๒.๔", 4, "พัฒนาครู"),
    ("- ให้บริการสุขภาพ", "-", None, "ให้บริการสุขภาพ"),
    ("• จัดการเรียนรู้", "•", None, "จัดการเรียนรู้"),
    ("* ผู้เรียนมีทักษะ", "*", None, "ผู้เรียนมีทักษะ"),
    ("✓ ประชาชนมีรายได้", "✓", None, "ประชาชนมีรายได้"),
    ("▪ นักเรียนอ่านออก", "▪", None, "นักเรียนอ่านออก"),
    ("S : service mind  >  มีจิตบริการ", "S", None, "service mind > มีจิตบริการ"),
    ("C - Compassion = เอื้ออาทร", "C", None, "Compassion = เอื้ออาทร"),
    ("ก. ด้านผู้เรียน", "ก.", None, "ด้านผู้เรียน"),
    ("(ข) ด้านครู", "(ข)", None, "ด้านครู"),
    ("1.1) ส่งเสริมการอ่าน", "1.1)", 1, "ส่งเสริมการอ่าน"),
    ("\uf0b7 ผู้เรียนมีทักษะ", "\uf0b7", None, "ผู้เรียนมีทักษะ"),  # Wingdings bullet from Word
    ("๏ นักเรียนมีวินัย", "๏", None, "นักเรียนมีวินัย"),
])
def test_every_marker_style(line: str, marker: str, number: int | None, text: str) -> None:
    (section,) = parse_text(f"พันธกิจ\n{line}").sections
    (item,) = section.items
    assert (item.marker, item.number, item.text, item.position) == (marker, number, text, 1)


def test_acronym_word_lines_in_values() -> None:
    (section,) = parse_text("ค่านิยมองค์กร\nTeamwork      ทำงานเป็นทีม\nUnity\tสามัคคี").sections
    assert [(i.marker, i.text) for i in section.items] == [
        ("Teamwork", "ทำงานเป็นทีม"), ("Unity", "สามัคคี")]


@pytest.mark.parametrize("line", [
    "พ.ศ. 2561 สำนักงานได้กำหนดนโยบาย",
    "2570 โรงเรียนคุณภาพ",
    "12 ประการ ของคนไทย",
    "20 กันยายน 2566 ได้จัดประชุม",
    "ศตวรรษที่ 21",
    "ม.3 และ ม.6",
])
def test_numbers_inside_sentences_are_never_markers(line: str) -> None:
    (section,) = parse_text(f"วิสัยทัศน์\nผู้เรียนมีคุณภาพ\n{line}").sections
    assert section.items == ()
    assert section.text.endswith(line)


def test_continuation_lines_join_the_item_above_indented_col0_or_after_blank() -> None:
    text = ("เป้าประสงค์\n1. ผู้เรียนมีคุณธรรม ดำเนินชีวิตตามหลักปรัชญาของ\nเศรษฐกิจพอเพียง\n"
            "2. ครูมีความเชี่ยวชาญ\n\n    ในการจัดการเรียนรู้\n3. สถานศึกษาปลอดภัย")
    (section,) = parse_text(text).sections
    assert [i.text for i in section.items] == [
        "ผู้เรียนมีคุณธรรม ดำเนินชีวิตตามหลักปรัชญาของ เศรษฐกิจพอเพียง",
        "ครูมีความเชี่ยวชาญ ในการจัดการเรียนรู้", "สถานศึกษาปลอดภัย"]
    assert section.items[0].raw.count("\n") == 1


def test_nested_items_are_children_only_when_their_parent_line_exists() -> None:
    text = ("กลยุทธ์\nกลยุทธ์ที่ 1 พัฒนาผู้เรียน\n๑.๑ พัฒนาการอ่าน\n๑.๒ ส่งเสริมการคำนวณ\n"
            "1.2.1 จัดค่าย\nกลยุทธ์ที่ 2 สร้างโอกาส\n๒.๑ รับนักเรียน\n"
            "เป้าประสงค์\n1.1 ผู้เรียนปฐมวัยมีพัฒนาการ\n1.2 ผู้เรียนอ่านออก\n2.1 ครูใช้สื่อ")
    strategies, goals = parse_text(text).sections
    assert [i.marker for i in strategies.items] == ["กลยุทธ์ที่ 1", "กลยุทธ์ที่ 2"]
    assert [c.marker for c in strategies.items[0].children] == ["๑.๑", "๑.๒"]
    assert [c.marker for c in strategies.items[0].children[1].children] == ["1.2.1"]
    assert strategies.items[0].children[1].children[0].depth == 3
    assert [(c.marker, c.position) for c in strategies.items[1].children] == [("๒.๑", 1)]
    assert [(i.marker, i.number, i.children) for i in goals.items] == [
        ("1.1", 1, ()), ("1.2", 2, ()), ("2.1", 1, ())]
    assert goals.items[2].position == 3
    assert not [w for w in parse_text(text).warnings if w.code is WarningCode.OUT_OF_ORDER]


@pytest.mark.parametrize(("line", "texts"), [
    ("5.จัดระบบดูแลช่วยเหลือผู้เรียน 6.สร้างความร่วมมือกับชุมชน",
     ["จัดระบบดูแลช่วยเหลือผู้เรียน", "สร้างความร่วมมือกับชุมชน"]),
    ("1. อ่านออก  2. เขียนได้  3. คิดเลขเป็น", ["อ่านออก", "เขียนได้", "คิดเลขเป็น"]),
    ("(1) อ่านคล่อง  (2) เขียนคล่อง", ["อ่านคล่อง", "เขียนคล่อง"]),
    ("1. ร้อยละ 2.50 ของนักเรียน 3. ผ่านเกณฑ์", ["ร้อยละ 2.50 ของนักเรียน 3. ผ่านเกณฑ์"]),
])
def test_items_run_together_on_one_line_are_split(line: str, texts: list[str]) -> None:
    doc = parse_text(f"จุดเน้น\n{line}")
    assert [i.text for i in doc.sections[0].items] == texts
    splits = [w for w in doc.warnings if w.code is WarningCode.ITEMS_SPLIT]
    assert len(splits) == len(texts) - 1


def test_a_number_wrapped_to_the_line_start_is_not_a_marker() -> None:
    doc = parse_text("ตัวชี้วัด\n1 นักเรียนผ่านเกณฑ์ร้อยละ\n80 ของนักเรียนทั้งหมด\n2 ครูได้รับการพัฒนา")
    assert [(i.marker, i.text) for i in doc.sections[0].items] == [
        ("1", "นักเรียนผ่านเกณฑ์ร้อยละ 80 ของนักเรียนทั้งหมด"), ("2", "ครูได้รับการพัฒนา")]


@pytest.mark.parametrize(("body", "texts"), [
    ("5. ส่งเสริมให้ผู้เรียนสื่อสารได้อย่างน้อย\n2 ภาษา",
     ["ส่งเสริมให้ผู้เรียนสื่อสารได้อย่างน้อย 2 ภาษา"]),
    ("4. พัฒนาระบบโดยเชื่อมโยงเครือข่ายทั้ง\n5 ระดับ ตั้งแต่ปฐมภูมิ\n5. บริหารจัดการ",
     ["พัฒนาระบบโดยเชื่อมโยงเครือข่ายทั้ง 5 ระดับ ตั้งแต่ปฐมภูมิ", "บริหารจัดการ"]),
    ("1. จัดการศึกษา\n2 พัฒนาครู", ["จัดการศึกษา", "พัฒนาครู"]),  # the next number
])
def test_a_wrapped_count_in_a_punctuated_list_is_text(body: str,
                                                       texts: list[str]) -> None:
    doc = parse_text(f"พันธกิจ\n{body}")
    assert [i.text for i in doc.sections[0].items] == texts


# -- item markers seen on red-team pages (parse/markers.py) -----------------------------


@pytest.mark.parametrize(("page", "kind", "expected"), [
    ("เป้าประสงค์\nเป้าประสงค์ที่ ๑ ผู้เรียนทุกคนได้รับโอกาส\nเป้าประสงค์ที่ ๒ ครูมีสมรรถนะ",
     "goals", [("เป้าประสงค์ที่ ๑", 1, "ผู้เรียนทุกคนได้รับโอกาส"),
               ("เป้าประสงค์ที่ ๒", 2, "ครูมีสมรรถนะ")]),
    ("ยุทธศาสตร์\nข้อ ๑. พัฒนาคุณภาพผู้เรียน\nข้อ ๒. สร้างโอกาส", "strategies",
     [("ข้อ ๑.", 1, "พัฒนาคุณภาพผู้เรียน"), ("ข้อ ๒.", 2, "สร้างโอกาส")]),
    ("พันธกิจ\n1 . พัฒนาผู้เรียน\n2 . ส่งเสริมครู", "mission",
     [("1 .", 1, "พัฒนาผู้เรียน"), ("2 .", 2, "ส่งเสริมครู")]),
    ("พันธกิจ\n1- พัฒนาผู้เรียน\n2- พัฒนาครู", "mission",
     [("1-", 1, "พัฒนาผู้เรียน"), ("2-", 2, "พัฒนาครู")]),
    ("เป้าหมาย\n1.) ผู้เรียนมีผลสัมฤทธิ์สูงขึ้น\n2.) ครูจัดการเรียนรู้", "goals",
     [("1.)", 1, "ผู้เรียนมีผลสัมฤทธิ์สูงขึ้น"), ("2.)", 2, "ครูจัดการเรียนรู้")]),
    ("พันธกิจ\n✔️ พัฒนาผู้เรียน\n✔️ พัฒนาครู", "mission",
     [("✔️", None, "พัฒนาผู้เรียน"), ("✔️", None, "พัฒนาครู")]),
    ("เป้าหมาย\n1️⃣ ผู้เรียนอ่านออก\n2️⃣ ผู้เรียนมีวินัย", "goals",
     [("1️⃣", 1, "ผู้เรียนอ่านออก"), ("2️⃣", 2, "ผู้เรียนมีวินัย")]),
    ("พันธกิจ\no ผู้เรียนระดับปฐมวัยมีพัฒนาการ\no ครูจัดการเรียนรู้เชิงรุก", "mission",
     [("o", None, "ผู้เรียนระดับปฐมวัยมีพัฒนาการ"), ("o", None, "ครูจัดการเรียนรู้เชิงรุก")]),
    ("ค่านิยมองค์กร “SM”\nS หมายถึง Service Mind มีจิตบริการ\nM หมายถึง Moral มีคุณธรรม",
     "values", [("S", None, "หมายถึง Service Mind มีจิตบริการ"),
                ("M", None, "หมายถึง Moral มีคุณธรรม")]),
    ("ค่านิยม MO\nM\tMastery\tเป็นนายตัวเอง\nO\tOriginality\tเร่งสร้างสิ่งใหม่", "values",
     [("M", None, "Mastery เป็นนายตัวเอง"), ("O", None, "Originality เร่งสร้างสิ่งใหม่")]),
])
def test_red_team_marker_shapes_become_items(page: str, kind: str,
                                             expected: list[tuple[str, int | None, str]]) -> None:
    assert [(i.marker, i.number, i.text) for i in parse_text(page).items(kind)] == expected


def test_an_acronym_line_outside_values_is_no_item() -> None:
    doc = parse_text("พันธกิจ\n1. พัฒนาผู้เรียน\nA คือ ความรับผิดชอบ")
    assert [(i.marker, i.text) for i in doc.items("mission")] == [
        ("1.", "พัฒนาผู้เรียน A คือ ความรับผิดชอบ")]


# -- table rows -------------------------------------------------------------------

@pytest.mark.parametrize(("cells", "items"), [
    # the list's next marker alone in the first of two cells: the item set at a tab stop
    (("กลยุทธ์ที่ ๓", "พัฒนาครูและบุคลากร"), ["พัฒนาคุณภาพผู้เรียน", "สร้างโอกาสทางการศึกษา",
                                            "พัฒนาครูและบุคลากร"]),
    (("กลยุทธ์ที่ ๓ :", "พัฒนาครู"), ["พัฒนาคุณภาพผู้เรียน", "สร้างโอกาสทางการศึกษา",
                                    "พัฒนาครู"]),
    # a table under the open item: its rows open no item of the list
    (("กลยุทธ์ที่ ๓", "พัฒนาครู", "๒๕๖๘"), ["พัฒนาคุณภาพผู้เรียน",
                                          "สร้างโอกาสทางการศึกษา กลยุทธ์ที่ ๓ พัฒนาครู ๒๕๖๘"]),
    (("1.", "Credit"), ["พัฒนาคุณภาพผู้เรียน", "สร้างโอกาสทางการศึกษา 1. Credit"]),
    (("กลยุทธ์ที่ ๑", "พัฒนาครู"), ["พัฒนาคุณภาพผู้เรียน",
                                  "สร้างโอกาสทางการศึกษา กลยุทธ์ที่ ๑ พัฒนาครู"]),
])
def test_a_row_after_a_list_of_text(cells: tuple[str, ...], items: list[str]) -> None:
    from thaiplan.layout import Block, Document
    from thaiplan.parse import parse_document

    document = Document((
        Block("กลยุทธ์", line=1, bold=True),
        Block("กลยุทธ์ที่ ๑ พัฒนาคุณภาพผู้เรียน", line=2),
        Block("กลยุทธ์ที่ ๒ สร้างโอกาสทางการศึกษา", line=3),
        Block("\t".join(cells), line=4, cells=cells),
    ))
    assert [i.text for i in parse_document(document).sections[0].items] == items
