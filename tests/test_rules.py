"""The rules of stage 3 (``parse/rules.py``): the order in which they are tried, page
titles, junk, and page furniture that an item goes on after."""

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


# -- page titles, junk, a lone number -------------------------------------------------


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

    def test_a_lone_number_is_a_page_number_unless_it_is_the_next(self) -> None:
        doc = parse_text("พันธกิจ\n1. จัดการศึกษา\n(12)\n2. พัฒนาครู\n(3)\nบริหารจัดการ")
        items = doc.sections[0].items
        assert [(i.marker, i.text) for i in items] == [
            ("1.", "จัดการศึกษา"), ("2.", "พัฒนาครู"), ("(3)", "บริหารจัดการ")]
        assert [t.text for t in doc.unparsed] == ["(12)"]
        assert doc.warnings == ()
