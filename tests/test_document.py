"""The parse end to end (``parse/document.py``): the bundled documents exactly, the
development corpus, bad inputs, strict mode, formats, documents of blocks (pages, page
furniture), and the properties (never raises, nothing lost, records round-trip)."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thaiplan
from conftest import DATA_RAW, SEED_LABELS, load_labels, section_matches
from thaiplan.errors import ParseError, UndecodableFileError
from thaiplan.layout import Block, Document, Role
from thaiplan.model import ParseWarning, PlanDocument, WarningCode
from thaiplan.parse import parse_document, parse_text, prepare_text

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


# -- strict mode, damaged text, formats ------------------------------------------


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


# -- documents of blocks: pages, page furniture, layout ----------------------------------


def _pdf_like() -> Document:
    """Two pages of a plan as a PDF reader gives them: body blocks with their page, and
    a running header and page numbers recognised as furniture."""
    header = "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"
    return Document(blocks=(
        Block(header, page=1, role=Role.HEADER),
        Block("พันธกิจ", line=1, page=1, bold=True, size=18.0),
        Block("๑. จัดการศึกษาให้ทั่วถึง", line=2, page=1, list_label="๑."),
        Block("๒. พัฒนาครูและบุคลากร", line=3, page=1, list_label="๒."),
        Block("- ๑ -", page=1, role=Role.PAGE_NUMBER),
        Block(header, page=2, role=Role.HEADER),
        Block("ทางการศึกษา", line=4, page=2),
        Block("เป้าประสงค์", line=5, page=2, bold=True),
        Block("1. ผู้เรียนมีคุณภาพ", line=6, page=2),
        Block("3. ครูมีสมรรถนะ", line=7, page=2),
        Block("- ๒ -", page=2, role=Role.PAGE_NUMBER),
    ), source="plan.pdf", encoding="pdf", format="pdf", pages=2, sha256="ab" * 32,
        warnings=(ParseWarning(WarningCode.GLYPHS_REPAIRED, "plan.pdf: glyphs", page=1),))


def test_sections_items_and_warnings_carry_their_page() -> None:
    doc = parse_document(_pdf_like())
    mission, goals = doc.sections
    assert (mission.page, goals.page) == (1, 2)
    assert [(i.page, i.text) for i in mission.items] == [
        (1, "จัดการศึกษาให้ทั่วถึง"), (1, "พัฒนาครูและบุคลากร ทางการศึกษา")]
    assert [i.page for i in goals.items] == [2, 2]
    gap = next(w for w in doc.warnings if w.code is WarningCode.NUMBER_GAP)
    assert (gap.line, gap.page) == (7, 2)
    assert doc.warnings[0].code is WarningCode.GLYPHS_REPAIRED  # the reader's, kept first
    assert (doc.source, doc.encoding, doc.sha256) == ("plan.pdf", "pdf", "ab" * 32)


def test_page_furniture_blocks_stay_out_of_the_parse() -> None:
    doc = parse_document(_pdf_like())
    placed = [t.text for t in (*doc.preamble, *doc.unparsed)]
    placed += [s.heading for s in doc.sections] + [i.text for s in doc.sections for i in s.items]
    assert not any("แผนปฏิบัติราชการ" in text or text.startswith("- ") for text in placed)


def test_text_input_has_no_pages_and_parses_like_its_document() -> None:
    text = "พันธกิจ\r\n๑. จัดการศึกษา\r\n๒. พัฒนาครู"
    doc = parse_text(text, source="a.txt")
    assert doc.sections[0].page is None and doc.sections[0].items[0].page is None
    from_blocks = parse_document(Document.from_text(text.replace("\r\n", "\n"), source="a.txt"))
    assert from_blocks.sections == doc.sections
    assert doc.encoding is None and from_blocks.encoding == "utf-8"


def test_a_block_holding_line_breaks_gives_one_line_each() -> None:
    document = Document(blocks=(Block("พันธกิจ", line=1), Block("๑. จัดการศึกษา\r\nให้ทั่วถึง", line=2),
                                Block("๒. พัฒนาครู", line=4)))
    doc = parse_document(document)
    assert [(i.line, i.text) for i in doc.sections[0].items] == [
        (2, "จัดการศึกษา ให้ทั่วถึง"), (4, "พัฒนาครู")]
    assert doc.sections == parse_text(document.text).sections
