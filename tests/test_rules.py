"""Lines to sections and items (``parse/rules.py``): every heading and marker style in
context, continuation, nesting, inline lists, wrapped numbers, junk and page furniture,
and the order in which the rules are tried."""

from __future__ import annotations

from pathlib import Path

import pytest

import thaiplan
from thaiplan.layout import Document
from thaiplan.model import WarningCode
from thaiplan.parse import parse_text, rules
from thaiplan.parse.blocks import read_body
from thaiplan.parse.classify import classify
from thaiplan.parse.warnings import Warnings

# -- which rule takes which line ----------------------------------------------------


def _taken_by(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """``(line, rule)`` for every non-blank line of ``text``, in order (lines a rule
    takes on its own behalf, as a heading's gloss, are left out)."""
    taken: list[tuple[str, str]] = []

    def spy(rule: rules.Rule) -> rules.Rule:
        def spied(state: rules.State, line: rules.Classified) -> bool:
            took = rule(state, line)
            if took:
                taken.append((line.text, rule.__name__))
            return took
        return spied

    monkeypatch.setattr(rules, "RULES", [spy(rule) for rule in rules.RULES])
    rules.build_tree(classify(read_body(Document.from_text(text)).lines), Warnings(None))
    return taken


def test_each_line_is_taken_by_the_first_rule_that_wants_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = ("หน้าหลัก > เกี่ยวกับเรา\nวิสัยทัศน์ / พันธกิจ / เป้าประสงค์\nพันธกิจ\n(Mission)\n"
            "มีดังนี้\n๑. จัดการศึกษาให้ทั่วถึง\n- ๑๒ -\nและเท่าเทียม\n2 พัฒนาครู\n• ส่งเสริม\n"
            "ผู้เข้าชม 1,254 ครั้ง\nยุทธศาสตร์\nยุทธศาสตร์ที่ 1 พัฒนาผู้เรียน\nยุทธศาสตร์ (ต่อ)\n"
            "วิสัยทัศน์ / พันธกิจ\nข้อความหลังรายการ")
    assert _taken_by(page, monkeypatch) == [
        ("หน้าหลัก > เกี่ยวกับเรา", "preamble"),
        ("วิสัยทัศน์ / พันธกิจ / เป้าประสงค์", "page_title"),
        ("พันธกิจ", "heading"),  # and its gloss "(Mission)" on the next line
        ("มีดังนี้", "text_line"),  # a lead-in
        ("๑. จัดการศึกษาให้ทั่วถึง", "numbered_item"),
        ("- ๑๒ -", "page_break"),
        ("และเท่าเทียม", "text_line"),  # the item above goes on
        ("2 พัฒนาครู", "numbered_item"),  # the next number, bare
        ("• ส่งเสริม", "bulleted_item"),
        ("ผู้เข้าชม 1,254 ครั้ง", "junk"),
        ("ยุทธศาสตร์", "heading"),
        ("ยุทธศาสตร์ที่ 1 พัฒนาผู้เรียน", "numbered_item"),
        ("ยุทธศาสตร์ (ต่อ)", "continued_heading"),
        ("วิสัยทัศน์ / พันธกิจ", "page_title"),
        ("ข้อความหลังรายการ", "text_line"),  # after a title the items are over: reported
    ]


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


@pytest.mark.parametrize("title", [
    "วิสัยทัศน์ / พันธกิจ / เป้าประสงค์",
    "วิสัยทัศน์ พันธกิจ เป้าประสงค์ กลยุทธ์",
    "Vision / Mission / Goals",
    "หน้าหลัก > ข้อมูลพื้นฐาน > วิสัยทัศน์",
])
def test_page_titles_and_breadcrumbs_are_not_sections(title: str) -> None:
    doc = parse_text(f"{title}\nวิสัยทัศน์\nผู้เรียนมีคุณภาพ")
    assert [s.heading for s in doc.sections] == ["วิสัยทัศน์"]
    assert doc.preamble[0].text == title


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


def test_a_line_holding_only_the_next_number_opens_an_item(tmp_path: Path) -> None:
    page = tmp_path / "table.html"
    page.write_text("<h3>พันธกิจ</h3><table><tr><td>1</td><td>จัดการศึกษาให้ทั่วถึง</td></tr>"
                    "<tr><td>2</td><td>พัฒนาครู</td></tr></table><p>12</p>", encoding="utf-8")
    doc = thaiplan.parse_file(page)
    assert [(i.marker, i.text) for i in doc.sections[0].items] == [
        ("1", "จัดการศึกษาให้ทั่วถึง"), ("2", "พัฒนาครู")]
    assert [t.text for t in doc.unparsed] == ["12"]  # a page number
    split = parse_text("พันธกิจ\n1\nจัดการศึกษา\n2\nพัฒนาครู")
    assert [(i.marker, i.text) for i in split.sections[0].items] == [
        ("1", "จัดการศึกษา"), ("2", "พัฒนาครู")]


def test_junk_lines_go_to_unparsed_and_end_the_item() -> None:
    doc = parse_text("เป้าประสงค์\n1. ผู้เรียนมีคุณภาพ\n**********\nผู้เข้าชม 1,254 ครั้ง\n"
                     "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 7")
    assert doc.sections[0].items[0].text == "ผู้เรียนมีคุณภาพ"
    assert [t.text for t in doc.unparsed] == [
        "**********", "ผู้เข้าชม 1,254 ครั้ง", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 7"]
    assert doc.office.area == 7


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


# -- page furniture and list continuation (page breaks, running headers, menus) ----------

class TestPageFurniture:
    """Page-break furniture is transparent: the item above goes on after it."""

    @pytest.mark.parametrize("furniture", [
        "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สพม.เชียงใหม่\n๑๔",
        "- ๑๒ -", "หน้า ๑๘", "12 | P a g e", "วิทยาลัยการอาชีพนาแก หน้า ๑๕",
        "แผนปฏิบัติการประจำปีงบประมาณ ๒๕๖๘ | ๑๖",
        "14 แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568", "(12)",
    ])
    def test_a_page_break_inside_an_item_keeps_the_rest_of_the_item(self, furniture: str) -> None:
        doc = parse_text("พันธกิจ\n๓) สร้างโอกาสในการเข้าถึงบริการการศึกษาที่มีคุณภาพ\n"
                         f"{furniture}\nอย่างทั่วถึง โดยเฉพาะผู้เรียนในพื้นที่สูง\n๔) พัฒนาครู")
        assert [i.text for i in doc.sections[0].items] == [
            "สร้างโอกาสในการเข้าถึงบริการการศึกษาที่มีคุณภาพ อย่างทั่วถึง โดยเฉพาะผู้เรียนในพื้นที่สูง",
            "พัฒนาครู"]
        assert " ".join(t.text for t in doc.unparsed) == " ".join(furniture.split("\n"))
        assert not [w for w in doc.warnings if w.code is WarningCode.TEXT_OUTSIDE_SECTION]

    def test_a_line_the_page_repeats_at_page_breaks_is_a_running_header(self) -> None:
        header = "สพป.ตาก เขต ๑ แผนปฏิบัติราชการ ๒๕๖๗"
        doc = parse_text(f"{header}\nพันธกิจ\n๑. จัดการศึกษาให้ทั่วถึง\n๒. พัฒนาครูและบุคลากร\n"
                         f"{header}\n- ๒ -\nทางการศึกษา\n๓. บริหารจัดการ")
        assert [i.text for i in doc.sections[0].items] == [
            "จัดการศึกษาให้ทั่วถึง", "พัฒนาครูและบุคลากร ทางการศึกษา", "บริหารจัดการ"]

    def test_a_wrapped_line_that_repeats_is_not_a_header(self) -> None:
        doc = parse_text("พันธกิจ\n๑. พัฒนาการจัดการศึกษาขั้นพื้นฐาน\nให้ทันสมัยในศตวรรษที่ ๒๑\n"
                         "๒. พัฒนาครูให้มีทักษะ\nให้ทันสมัยในศตวรรษที่ ๒๑\n๓. บริหารจัดการ")
        assert [i.text for i in doc.sections[0].items][:2] == [
            "พัฒนาการจัดการศึกษาขั้นพื้นฐาน ให้ทันสมัยในศตวรรษที่ ๒๑",
            "พัฒนาครูให้มีทักษะ ให้ทันสมัยในศตวรรษที่ ๒๑"]

    @pytest.mark.parametrize(("chapter", "unparsed"), [
        ("ส่วนที่ 2 สาระสำคัญของแผนปฏิบัติราชการ", ["ส่วนที่ 2 สาระสำคัญของแผนปฏิบัติราชการ"]),
        ("ส่วนที่ ๔\nการขับเคลื่อนแผนสู่การปฏิบัติ", ["ส่วนที่ ๔", "การขับเคลื่อนแผนสู่การปฏิบัติ"]),
        ("บทที่ 3", ["บทที่ 3"]),
    ])
    def test_chapter_lines_are_furniture(self, chapter: str, unparsed: list[str]) -> None:
        for body, field in (("๑. จัดการศึกษา", "items"), ("ผู้เรียนมีคุณภาพ", "text")):
            doc = parse_text(f"วิสัยทัศน์\n{body}\n{chapter}\nเป้าประสงค์\n1. ครูมีสมรรถนะ")
            section = doc.sections[0]
            got = section.items[0].text if field == "items" else section.text
            assert got == body.removeprefix("๑. ")
            assert [t.text for t in doc.unparsed] == unparsed

    def test_site_menus_and_footers_are_not_the_last_item(self) -> None:
        doc = parse_text("ค่านิยม\n1. ซื่อสัตย์ สุจริต\n2. มีจิตอาสา\n"
                         "123 หมู่ 5 ต.ดงเย็น อ.บ้านดุง จ.อุดรธานี 41190\nสถิติผู้เยี่ยมชม\n"
                         "วันนี้ 12\nทั้งหมด 45,123\nShare this:\nหน้าแรก\nติดต่อเรา")
        assert [i.text for i in doc.sections[0].items] == ["ซื่อสัตย์ สุจริต", "มีจิตอาสา"]
        assert len(doc.unparsed) == 7

    @pytest.mark.parametrize(("body", "texts"), [
        ("5. ส่งเสริมให้ผู้เรียนสื่อสารได้อย่างน้อย\n2 ภาษา",
         ["ส่งเสริมให้ผู้เรียนสื่อสารได้อย่างน้อย 2 ภาษา"]),
        ("4. พัฒนาระบบโดยเชื่อมโยงเครือข่ายทั้ง\n5 ระดับ ตั้งแต่ปฐมภูมิ\n5. บริหารจัดการ",
         ["พัฒนาระบบโดยเชื่อมโยงเครือข่ายทั้ง 5 ระดับ ตั้งแต่ปฐมภูมิ", "บริหารจัดการ"]),
        ("1. จัดการศึกษา\n2 พัฒนาครู", ["จัดการศึกษา", "พัฒนาครู"]),  # the next number
    ])
    def test_a_wrapped_count_in_a_punctuated_list_is_text(self, body: str,
                                                           texts: list[str]) -> None:
        doc = parse_text(f"พันธกิจ\n{body}")
        assert [i.text for i in doc.sections[0].items] == texts

    def test_a_lone_number_is_a_page_number_unless_it_is_the_next(self) -> None:
        doc = parse_text("พันธกิจ\n1. จัดการศึกษา\n(12)\n2. พัฒนาครู\n(3)\nบริหารจัดการ")
        items = doc.sections[0].items
        assert [(i.marker, i.text) for i in items] == [
            ("1.", "จัดการศึกษา"), ("2.", "พัฒนาครู"), ("(3)", "บริหารจัดการ")]
        assert [t.text for t in doc.unparsed] == ["(12)"]
        assert doc.warnings == ()

    def test_a_continued_heading_continues_its_section(self) -> None:
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
    from thaiplan.layout import Block

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
