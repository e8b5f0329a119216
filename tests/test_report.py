"""The HTML report: valid self-contained HTML5, escaped text, heatmap, pairs, CLI."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thaiplan
from _htmlcheck import check_html
from conftest import DATA_RAW
from thaiplan.errors import ParseError
from thaiplan.model import Item, Office, PlanDocument, Section, SectionKind
from thaiplan.report import (
    build_report,
    highlight,
    load_documents,
    office_labels,
    office_pairs,
    render_html,
    score_colour,
    write_report,
)
from thaiplan.report.labels import short_label, truncate
from thaiplan.similarity import compare

RAW = sorted(DATA_RAW.glob("*.txt"))


@pytest.fixture(scope="module")
def docs() -> list[PlanDocument]:
    return [thaiplan.parse_file(p) for p in RAW]


@pytest.fixture(scope="module")
def comparison(docs: list[PlanDocument]) -> object:
    return compare(docs, labels=office_labels(docs))


@pytest.fixture(scope="module")
def page(docs: list[PlanDocument], comparison: object) -> str:
    return render_html(docs, comparison, embed_font=False)


def _cells(page: str) -> list[tuple[str, str, str, str]]:
    return re.findall(r'<td class="cell" data-row="([^"]*)" data-col="([^"]*)" '
                      r'data-score="([^"]*)"[^>]*>([^<]*)</td>', page)


# -- the bundled documents -------------------------------------------------------------

def test_report_of_bundled_documents_is_valid_self_contained_html5(page: str) -> None:
    assert check_html(page) == []
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"th\">")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media print" in page
    assert "<script" not in page and "http://" not in page and "https://" not in page


def test_report_names_every_office_and_shows_its_warnings(docs: list[PlanDocument],
                                                            page: str) -> None:
    for doc in docs:
        assert html.escape(doc.office.label) in page
        for warning in doc.warnings:
            assert f"<code>{warning.code.value}</code>" in page
    # sesao20's first goal has no numeral: the parser says so and the report shows it
    assert "numeral_missing" in page


def test_heatmap_has_one_cell_per_office_pair_with_the_comparison_score(
        comparison: object, page: str) -> None:
    table = comparison.office_similarity  # type: ignore[attr-defined]
    cells = _cells(page)
    assert len(cells) == len(table) ** 2
    for row, col, score, shown in cells:
        want = float(table.loc[html.unescape(row), html.unescape(col)])
        assert float(score) == pytest.approx(want, abs=1e-4)
        assert shown == f"{want:.2f}"


def test_aligned_pair_marks_shared_terms_and_states_method(comparison: object,
                                                             page: str) -> None:
    assert '<section class="pair" id="pair-1">' in page
    aligned = comparison.align(*comparison.offices[:2])  # type: ignore[attr-defined]
    matched = aligned[aligned["text_b"] != ""]
    assert len(matched) > 0
    first_term = matched.iloc[0]["shared_terms"].split(", ")[0]
    assert f"<mark>{html.escape(first_term)}" in page or first_term in page
    assert page.count("<mark>") >= len(matched)
    assert f"<code>{comparison.method}</code>" in page  # type: ignore[attr-defined]
    assert f"{comparison.threshold}" in page  # type: ignore[attr-defined]
    assert f"thaiplan {thaiplan.__version__}" in page


def test_every_item_of_every_document_is_in_the_report(docs: list[PlanDocument],
                                                         page: str) -> None:
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    for doc in docs:
        for section in doc.sections:
            assert section.heading in text
            for item in section.walk():
                assert item.text in text


def test_embedded_font_is_a_data_url_and_optional(docs: list[PlanDocument]) -> None:
    with_font = render_html(docs[:1])
    assert "src:url(data:font/ttf;base64," in with_font
    assert check_html(with_font) == []
    assert "@font-face" not in render_html(docs[:1], embed_font=False)


# -- escaping and edge cases ------------------------------------------------------------

HOSTILE = '<script>alert("x")</script> & ผู้เรียน "ดี" \'เด่น\''


def test_hostile_text_is_escaped_everywhere() -> None:
    item = Item(marker="<b>1.</b>", number=1, position=1, text=HOSTILE)
    doc = PlanDocument(sections=(Section(SectionKind.GOALS, "เป้าประสงค์ <i>", items=(item,)),),
                       office=Office(name="<สพม.> & \"เขต\""), source="/tmp/<x>.txt")
    other = PlanDocument(sections=(Section(SectionKind.GOALS, "เป้าประสงค์",
                                           items=(Item("1.", 1, 1, "ผู้เรียนดีเด่น"),)),),
                         office=Office(name="โรงเรียน <ข>"))
    page = build_report([doc, other], embed_font=False)
    assert check_html(page) == []
    assert "<script>" not in page and "<b>1.</b>" not in page and "<i>" not in page
    assert html.escape(HOSTILE) in page or html.escape(HOSTILE).replace(
        "ผู้เรียน", "<mark>ผู้เรียน</mark>") in page


def test_report_without_comparison_lists_documents_only(docs: list[PlanDocument]) -> None:
    page = build_report(docs, compare=False, embed_font=False)
    assert check_html(page) == []
    assert 'class="cell"' not in page and 'id="offices"' in page
    assert "not compared" in page


def test_single_document_and_empty_document() -> None:
    page = build_report([PlanDocument(source="empty.txt")], embed_font=False)
    assert check_html(page) == []
    assert "no sections found" in page


def test_no_documents_is_an_error() -> None:
    with pytest.raises(ValueError, match="no documents"):
        build_report([])


def test_chosen_pairs_are_shown_in_order(docs: list[PlanDocument], comparison: object) -> None:
    a, b = comparison.offices[:2]  # type: ignore[attr-defined]
    page = render_html(docs, comparison, pairs=[(b, a)], embed_font=False, keywords=0)
    assert f"{html.escape(b)} ↔ {html.escape(a)}" in page
    assert 'id="keywords"' not in page


# -- helpers ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "terms", "want"), [
    ("ผู้เรียนมีคุณภาพ", ["ผู้เรียน"], "<mark>ผู้เรียน</mark>มีคุณภาพ"),
    ("ศตวรรษที่ ๒๑", ["ศตวรรษที่ 21"], "<mark>ศตวรรษที่ ๒๑</mark>"),
    ("ใช้ ICT ในการสอน", ["ict"], "ใช้ <mark>ICT</mark> ในการสอน"),
    ("บุคลากรทางการศึกษา", ["การศึกษา", "บุคลากรทางการศึกษา"], "<mark>บุคลากรทางการศึกษา</mark>"),
    ("a+b (c)", ["+b (", ""], "a<mark>+b (</mark>c)"),
    ("ครู & นักเรียน", [], "ครู &amp; นักเรียน"),
    ("ครู", ["นักเรียน"], "ครู"),
])
def test_highlight(text: str, terms: list[str], want: str) -> None:
    assert highlight(text, terms) == want


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="กขคงเแโาิีุู่้๊๋ั์ำ๑๒12 <>&\"'abAB", max_size=40),
       st.lists(st.text(alphabet="กขคา่้12aA<&", min_size=1, max_size=4), max_size=4))
def test_highlight_only_adds_marks(text: str, terms: list[str]) -> None:
    out = highlight(text, terms)
    assert html.unescape(out.replace("<mark>", "").replace("</mark>", "")) == text
    assert out.count("<mark>") == out.count("</mark>")
    assert "<" not in re.sub(r"</?mark>", "", out)


@pytest.mark.parametrize(("score", "background", "ink"), [
    (0.0, "#ffffd9", "#000000"), (-3.0, "#ffffd9", "#000000"), (1.0, "#081d58", "#ffffff"),
    (7.0, "#081d58", "#ffffff"), (float("nan"), "#eeeeee", "#000000"),
])
def test_score_colour(score: float, background: str, ink: str) -> None:
    assert score_colour(score) == (background, ink)


@given(st.floats(0, 1), st.floats(0, 1))
def test_score_colour_darkens_with_score(x: float, y: float) -> None:
    def brightness(score: float) -> int:
        colour = score_colour(score)[0]
        return sum(int(colour[i:i + 2], 16) for i in (1, 3, 5))

    low, high = sorted((x, y))
    assert brightness(high) <= brightness(low)


def test_office_pairs_order_and_nan() -> None:
    import pandas as pd

    names = ["ก", "ข", "ค"]
    table = pd.DataFrame([[1, .3, float("nan")], [.3, 1, .9], [float("nan"), .9, 1]],
                         index=names, columns=names)
    assert office_pairs(table, 5) == [("ข", "ค", 0.9), ("ก", "ข", 0.3)]
    assert office_pairs(table, 0) == []


@pytest.mark.parametrize(("name", "width", "want"), [
    ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๑", None, "สพป.ขอนแก่น เขต ๑"),
    ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนา", None, "รพ.สต.บ้านนา"),
    ("เทศบาลเมืองน่าน", None, "เทศบาลเมืองน่าน"),
    ("โรงเรียนบ้านหนองน้ำใส", 6, "รร.บ้า…"),
    ("  สพม.  เขต 20 ", None, "สพม. เขต 20"),
])
def test_short_label(name: str, width: int | None, want: str) -> None:
    assert short_label(name, width=width) == want


@given(st.text(alphabet="กขน้ำีุ่ัa ", max_size=30), st.integers(1, 12))
def test_truncate_keeps_marks_with_their_consonant(text: str, width: int) -> None:
    out = truncate(text, width)
    if out != text:
        assert out.endswith("…")
        body = out[:-1]
        assert text.startswith(body)
        rest = text[len(body):]
        # a cut never strands a tone mark or vowel from the consonant before it
        assert not body.strip() or not unicodedata.category(rest[0]).startswith("M")
        assert len(body) < len(text)


def test_office_labels_fall_back_to_file_names() -> None:
    docs = [PlanDocument(source="/x/a.txt"), PlanDocument(source="/y/a.txt"),
            PlanDocument(office=Office(name="โรงเรียนบ้านนา"))]
    assert office_labels(docs) == ["a.txt", "a.txt (2)", "โรงเรียนบ้านนา"]


# -- inputs: raw files, folders, parsed JSON --------------------------------------------

def test_load_documents_reads_folders_json_and_jsonl(tmp_path: Path,
                                                     docs: list[PlanDocument]) -> None:
    (tmp_path / "one.json").write_text(docs[0].to_json(), encoding="utf-8")
    (tmp_path / "many.jsonl").write_text("\n".join(d.to_json() for d in docs) + "\n",
                                         encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([d.to_dict() for d in docs],
                                                   ensure_ascii=False), encoding="utf-8")
    assert load_documents([tmp_path / "one.json"]) == docs[:1]
    assert load_documents([tmp_path / "many.jsonl"]) == docs
    assert load_documents([tmp_path / "list.json", docs[1]]) == [*docs, docs[1]]
    assert len(load_documents([DATA_RAW])) == len(RAW)


def test_load_documents_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no-such"):
        load_documents([tmp_path / "no-such.txt"])
    bad = tmp_path / "bad.json"
    bad.write_text('{"sections": [{"kind": "nonsense", "heading": "x"}]}', encoding="utf-8")
    with pytest.raises(ParseError, match=r"bad\.json"):
        load_documents([bad])


def test_write_report_creates_the_folder(tmp_path: Path) -> None:
    out = write_report([DATA_RAW], tmp_path / "out" / "r.html", embed_font=False, keywords=3)
    page = out.read_text(encoding="utf-8")
    assert check_html(page) == []
    assert len(_cells(page)) == len(RAW) ** 2


# -- the command line -------------------------------------------------------------------

def test_cli_report_of_bundled_documents(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from thaiplan.cli import main

    out = tmp_path / "report.html"
    assert main(["report", str(DATA_RAW), "-o", str(out), "--method", "keyword",
                 "--top-pairs", "1", "--keywords", "5"]) == 0
    page = out.read_text(encoding="utf-8")
    assert check_html(page) == []
    assert "<code>keyword</code>" in page and "@font-face" in page
    assert str(out) in capsys.readouterr().err


def test_cli_report_missing_input_and_bad_threshold(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from thaiplan.cli import main

    assert main(["report", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.html")]) == 2
    assert "nope.txt" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()
    with pytest.raises(SystemExit):
        main(["report", str(DATA_RAW), "--threshold", "1.5"])
    assert "[0, 1]" in capsys.readouterr().err


def test_cli_report_help_mentions_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    from thaiplan.cli import main

    with pytest.raises(SystemExit):
        main(["report", "--help"])
    text = capsys.readouterr().out
    for option in ("--output", "--method", "--threshold", "--pair", "--framework",
                   "--keywords", "--no-embed-font"):
        assert option in text


def test_framework_coverage_section(docs: list[PlanDocument]) -> None:
    page = build_report(docs, framework="obec", embed_font=False, keywords=0, top_goals=0)
    assert check_html(page) == []
    section = page[page.index('id="coverage"'):page.index('id="offices"')]
    assert section.count('<th scope="col" title=') == 6  # OBEC1 … OBEC6, titles on hover
    assert "การพัฒนาครูและบุคลากรทางการศึกษา" in section
    assert section.count("data-score=") == 6 * len(docs)


def test_unmatched_goals_say_why(comparison: object, page: str) -> None:
    """No "no match above the threshold" beside a score above it: the true reason."""
    assert "no match above the threshold" not in page
    aligned = comparison.align(*comparison.offices[:2])  # type: ignore[attr-defined]
    for row in aligned[aligned["text_b"] == ""].to_dict("records"):
        assert row["reason"] == "prefers_other"  # the bundled pages: each best is taken
        assert (f"its best candidate {row['candidate_b']}. ({row['score']:.2f}) is closer to "
                f"{row['rival_a']}.") in page
