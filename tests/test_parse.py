"""The parser: bundled documents exactly, the development corpus, bad inputs, every
marker and heading style, warnings, and the properties (never raises, nothing lost)."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thaiplan
from conftest import DATA_RAW, SEED_LABELS, load_labels, section_matches
from thaiplan.errors import ParseError, UndecodableFileError
from thaiplan.model import PlanDocument, WarningCode
from thaiplan.parse import parse_text, prepare_text

# -- the two bundled documents --------------------------------------------------


@pytest.mark.parametrize("label", load_labels(SEED_LABELS), ids=lambda lab: lab["file"])
def test_bundled_documents_parse_exactly_as_labelled(label: dict) -> None:
    doc = thaiplan.parse_file(DATA_RAW / label["file"])
    assert len(doc.sections) == len(label["sections"])
    for want, got in zip(label["sections"], doc.sections, strict=True):
        assert section_matches(want, got), (want["heading"], got)
    assert doc.office.area == label["area_number"]
    assert doc.office.kind.value == label["org_kind"]


def test_sesao20_details_from_the_issue() -> None:
    doc = thaiplan.parse_file(DATA_RAW / "sesao20_mission.txt")
    kinds = [s.kind.value for s in doc.sections]
    assert kinds == ["vision", "mission", "goals", "strategies", "culture", "values"]
    goals = doc.section("goals")
    assert goals is not None and len(goals.items) == 6
    first = goals.items[0]
    assert (first.marker, first.number, first.position) == (".", None, 1)
    assert [i.marker for i in doc.items("values")] == list("SMILE")
    assert len(doc.items("mission")) == 4 and len(doc.items("strategies")) == 5
    assert doc.section("culture").text == "การทำงานเป็นทีมอย่างมีประสิทธิภาพและสร้างสรรค์"
    assert [t.text for t in doc.preamble] == ["ภารกิจ"]  # a title, not a section
    assert [w.code for w in doc.warnings] == [WarningCode.NUMERAL_MISSING]


def test_sesao21_details_from_the_issue() -> None:
    doc = thaiplan.parse_file(DATA_RAW / "sesao21_about.txt")
    assert [s.kind.value for s in doc.sections] == [
        "background", "vision", "mission", "strategies", "goals"]
    assert [len(s.items) for s in doc.sections] == [0, 0, 4, 6, 6]
    assert doc.office.area == 21
    assert [t.text for t in doc.preamble] == ["เกี่ยวกับหน่วยงาน", "เกี่ยวกับหน่วยงาน"]


# -- the development corpus -----------------------------------------------------


def test_development_corpus_sections_match_at_least_95_percent(corpus_dir: Path) -> None:
    labels = load_labels(corpus_dir / "parse" / "labels.json")
    total = hits = 0
    for label in labels:
        doc = thaiplan.parse_file(corpus_dir / "parse" / label["file"])
        unused = list(doc.sections)
        for want in label["sections"]:
            total += 1
            found = next((g for g in unused if section_matches(want, g)), None)
            if found is not None:
                hits += 1
                unused.remove(found)
    assert total == 164
    assert hits / total >= 0.95, f"{hits}/{total}"


def test_development_corpus_offices(corpus_dir: Path) -> None:
    labels = load_labels(corpus_dir / "parse" / "labels.json")
    wrong = []
    for label in labels:
        office = thaiplan.parse_file(corpus_dir / "parse" / label["file"]).office
        if (office.kind.value, office.area) != (label["org_kind"], label["area_number"]):
            wrong.append((label["file"], office))
    assert len(wrong) <= 2, wrong


# -- bad inputs (shared/corpus/bad/README.md) -------------------------------------


@pytest.mark.parametrize(("name", "code"), [
    ("empty.txt", WarningCode.EMPTY_FILE),
    ("whitespace_only.txt", WarningCode.NO_TEXT),
    ("news_no_sections.txt", WarningCode.NO_SECTIONS),
])
def test_unusable_inputs_give_an_empty_result_with_a_warning(
        corpus_dir: Path, name: str, code: WarningCode) -> None:
    doc = thaiplan.parse_file(corpus_dir / "bad" / name)
    assert doc.sections == ()
    assert [w.code for w in doc.warnings] == [code]
    assert name in doc.warnings[0].message


def test_random_bytes_raise_a_specific_error_naming_the_file(corpus_dir: Path) -> None:
    with pytest.raises(UndecodableFileError, match=r"random_binary\.txt"):
        thaiplan.parse_file(corpus_dir / "bad" / "random_binary.txt")


def test_cp874_with_undefined_bytes_decodes_best_effort(corpus_dir: Path) -> None:
    doc = thaiplan.parse_file(corpus_dir / "bad" / "cp874_invalid_bytes.txt")
    assert doc.encoding == "cp874"
    (warning,) = [w for w in doc.warnings if w.code is WarningCode.UNDECODABLE_BYTES]
    assert "cp874_invalid_bytes.txt" in warning.message and "cp874" in warning.message
    assert "4 bytes" in warning.message
    vision, mission = doc.sections
    assert vision.heading == "วิสัยทัศน์"
    assert vision.text.replace("\ufffd", "").replace("  ", " ") == (
        "นักเรียนมีความรู้ มีคุณธรรม และมีความสุขในการเรียน")
    assert [i.marker for i in mission.items] == ["1.", "2.", "3."]
    assert mission.items[1].text.replace("\ufffd", "") == "ส่งเสริมคุณธรรมและวินัยของนักเรียน"
    assert [t.text.replace("\ufffd", "") for t in doc.preamble] == ["โรงเรียนบ้านดอนกลางวิทยา"]


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


def test_heading_word_with_nothing_under_it_is_a_title_but_an_empty_last_section_is_kept() -> None:
    doc = parse_text("ภารกิจ\nวิสัยทัศน์\nพันธกิจ\n1. จัดการศึกษา\nวัฒนธรรมองค์กร")
    assert [s.kind.value for s in doc.sections] == ["mission", "culture"]
    assert [t.text for t in doc.preamble] == ["ภารกิจ", "วิสัยทัศน์"]
    assert [w.code for w in doc.warnings] == [WarningCode.EMPTY_SECTION]


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


@pytest.mark.parametrize(("body", "codes"), [
    ("1. ก\n2. ข\n4. ง", [WarningCode.NUMBER_GAP]),
    ("3. ค\n4. ง", [WarningCode.NUMBER_GAP]),  # starts mid-way
    ("1. ก\n2. ข\n2. ข", [WarningCode.DUPLICATE_NUMBER]),
    ("1. ก\n3. ค\n2. ข", [WarningCode.NUMBER_GAP, WarningCode.OUT_OF_ORDER]),
    ("1. ก\n2.\n3. ค", [WarningCode.EMPTY_ITEM]),
])
def test_numbering_oddities_are_reported_never_renumbered(body: str, codes: list) -> None:
    doc = parse_text(f"เป้าประสงค์\n{body}")
    assert [w.code for w in doc.warnings] == codes
    numbers = [i.number for i in doc.sections[0].items]
    assert numbers == [int(line.split(".")[0]) for line in body.split("\n")]


def test_junk_lines_go_to_unparsed_and_end_the_item() -> None:
    doc = parse_text("เป้าประสงค์\n1. ผู้เรียนมีคุณภาพ\n**********\nผู้เข้าชม 1,254 ครั้ง\n"
                     "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 7")
    assert doc.sections[0].items[0].text == "ผู้เรียนมีคุณภาพ"
    assert [t.text for t in doc.unparsed] == [
        "**********", "ผู้เข้าชม 1,254 ครั้ง", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 7"]
    assert doc.office.area == 7


def test_strict_mode_raises_on_the_first_problem() -> None:
    text = "เป้าประสงค์\n. ประชากรวัยเรียน\n2. ผู้เรียน"
    assert parse_text(text).warnings
    with pytest.raises(ParseError, match=r"^x\.txt:2: item has no numeral") as err:
        parse_text(text, strict=True, source="x.txt")
    assert err.value.code == "numeral_missing"
    with pytest.raises(ParseError):
        thaiplan.parse_file(DATA_RAW / "sesao20_mission.txt", strict=True)
    assert thaiplan.parse_file(DATA_RAW / "sesao21_about.txt", strict=True).sections


def test_pdf_damaged_text_is_repaired_and_reported() -> None:
    doc = parse_text("วิสัยทัศน์\nโรงพยาบาลคุณภาพ\nเป้ ำประสงค์\n1. ผู้ป่ วยได้รับบริกำรที่ปลอดภัย")
    assert [(s.kind.value, s.heading) for s in doc.sections] == [
        ("vision", "วิสัยทัศน์"), ("goals", "เป้าประสงค์")]
    assert doc.sections[1].items[0].text == "ผู้ป่วยได้รับบริการที่ปลอดภัย"
    assert [(w.code, w.line) for w in doc.warnings] == [(WarningCode.DAMAGED_TEXT, 3)]
    assert not parse_text("วิสัยทัศน์\nสำนักงานเขตพื้นที่การศึกษา").warnings


def test_html_pages_parse_like_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>สพม. เขต 9</title><style>p{}</style></head><body>"
                    "<h2>วิสัยทัศน์</h2><p>ผู้เรียนมี<b>คุณภาพ</b></p><h2>พันธกิจ</h2>"
                    "<ol><li>1. จัดการศึกษา</li><li>2. พัฒนาครู</li></ol>"
                    "<script>alert(1)</script></body></html>", encoding="cp874")
    doc = thaiplan.parse_file(page)
    assert [(s.kind.value, s.text, len(s.items)) for s in doc.sections] == [
        ("vision", "ผู้เรียนมีคุณภาพ", 0), ("mission", "", 2)]
    assert doc.office.area == 9 and doc.encoding == "cp874"


def test_crlf_nbsp_and_zero_width_characters_do_not_change_the_result() -> None:
    clean = "พันธกิจ\n๑. จัดการศึกษาให้ทั่วถึง\n๒. พัฒนาครู"
    dirty = "พันธกิจ\r\n\u00a0\u00a0๑.\u00a0จัดการ\u200bศึกษาให้ทั่วถึง  \r\n\ufeff๒. พัฒนา\u200cครู"
    assert [s.to_dict()["items"][0]["text"] for s in parse_text(dirty).sections] == [
        s.to_dict()["items"][0]["text"] for s in parse_text(clean).sections]


# -- properties -------------------------------------------------------------------

_PIECES = st.sampled_from([
    "วิสัยทัศน์", "พันธกิจ", "เป้าประสงค์ (Goals)", "ยุทธศาสตร์ที่ 1", "๑.", "2.", "1.1", "(๓)",
    "- ", "• ", "S : ", ". ", "ข้อ ๒", "ผู้เรียนมีคุณภาพ", "พ.ศ. 2561", "\n", "\n", "\n", " ",
    "\u00a0", "\u200b", "\t", "**********", "ผู้เข้าชม 12", "ที่่", "\u0e4d\u0e32", ":", "(Vision)",
    "\n1\n", "\n2\n", "\n๓\n", "ก. ", "\uf0b7 ", "สพป.ลำปาง เขต 1", "“SMART”", "80 ของ",
])
_PAGES = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=60).map("".join),
)


def _placed(doc: PlanDocument) -> str:
    """Every string of the result where input characters can land."""
    parts = [t.text for t in (*doc.preamble, *doc.unparsed)]
    for section in doc.sections:
        parts += [section.heading, section.text, *section.lead_in]
        parts += [f"{i.marker}{i.separator}{i.text}" for i in section.walk()]
    return "".join(parts)


def _visible(text: str) -> collections.Counter[str]:
    return collections.Counter(ch for ch in text if not ch.isspace())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGES)
def test_parsing_never_raises_and_loses_no_text(text: str) -> None:
    doc = parse_text(text)
    assert _visible(_placed(doc)) == _visible(prepare_text(text))


@settings(max_examples=100, deadline=None)
@given(_PAGES)
def test_records_round_trip_through_json(text: str) -> None:
    doc = parse_text(text, source="x.txt")
    assert PlanDocument.from_json(doc.to_json()) == doc


# --- cheap pre-checks never change an answer -----------------------------------------

_LINE_PIECES = st.sampled_from([
    "วิสัยทัศน์", "พันธกิจ", "เป้าประสงค์", "กลยุทธ์", "Vision", "MISSION", "goals", " / ", " | ",
    " และ ", " and ", "(", ")", " ", "ที่", "1", "๒", ".", ":", "องค์กร", "ของโรงเรียน", "ครู",
    "โทร", "tel", "fax", "02-123-4567", "ตำบล", "อำเภอ", "10200", "+", "สพม.", "เขต", "โรงเรียนบ้าน",
    "School", "ſchool", "secondary educational service area office", "สำนักงานเขตพื้นที่การศึกษา",
    "มัธยมศึกษา", "ประถมศึกษา", "เทศบาล", "x", "ſ",
])
_LINES = st.lists(_LINE_PIECES, min_size=1, max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_title_pre_check_never_rejects_a_title(line: str) -> None:
    from thaiplan.parse.lexicon import is_title_candidate, keyword_count

    if not keyword_count(line)[1]:  # nothing left: a title, if it names 2 kinds
        assert is_title_candidate(line)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_contact_and_office_pre_checks_never_hide_a_match(line: str) -> None:
    from thaiplan.parse import junk, office

    if junk._CONTACT.search(line):
        assert junk._CONTACT_CHAR.search(line)
    area = office._AREA_OFFICE.search(line)
    assert (office._area_office(line) is None) == (area is None)
    school = office._SCHOOL.search(line)
    if school is not None:
        assert "โรงเรียน" in line or "chool" in line.lower()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ครู", " ", "2.", "2", "๒.", "(2)", "2)", "12.", "2.50", "\t"]),
                max_size=8).map("".join),
       st.sampled_from(["dot", "close", "paren"]), st.booleans())
def test_inline_marker_pre_check_equals_the_pattern(text: str, style: str, thai: bool) -> None:
    from thaiplan.parse.markers import Style, _inline_pattern, _written, find_inline_marker

    pattern = _inline_pattern(Style(style), _written(2, thai))
    assert pattern is not None
    found = pattern.search(text)
    assert find_inline_marker(text, Style(style), 2, thai) == (found.start() if found else -1)


def test_clear_memos_forgets_every_line_and_changes_no_result() -> None:
    from thaiplan.parse import clear_memos, parser

    page = ("  ส ำนักงานเขตพื้นที่กำรศึกษำ\nพันธกิจ\n๑. จัดการศึกษาที่่มีคุณภาพ\n"
            "๒. พัฒนาครู ที่ ได้มาตรฐาน\nเป้าประสงค์\n1. ผู้เรียนมีคุณภาพ")
    first = parse_text(page)
    assert len(parser._LINES) > 0
    clear_memos()
    assert len(parser._LINES) == 0
    assert parser.match_marker.cache_info().currsize == 0
    again = parse_text(page)
    assert again == first
    assert [i.text for i in again.items("mission")] == [
        "จัดการศึกษาที่มีคุณภาพ", "พัฒนาครู ที่ ได้มาตรฐาน"]


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
