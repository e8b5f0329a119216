"""compare(): office × office table, item pairs, alignments, units, CLI."""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import _units
import thaiplan
from thaiplan.cli import compare as compare_cli
from thaiplan.errors import UnknownChoiceError
from thaiplan.model import Item, Office, OfficeKind, PlanDocument, Section, SectionKind, Unit
from thaiplan.similarity import Comparison, Matcher, compare
from thaiplan.similarity.compare import entities

DATA_RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

OFFICES = {
    "A": ["ผู้เรียนได้รับการศึกษาอย่างทั่วถึง", "ครูมีสมรรถนะตามมาตรฐานวิชาชีพ",
          "ส่งเสริมและพัฒนาคุณภาพงานวิจัย"],
    "B": ["บุคลากรครูมีสมรรถนะทางวิชาชีพ", "นักเรียนได้รับการศึกษาอย่างเท่าเทียม"],
    "C": ["ผู้ป่วยได้รับการรักษาที่ปลอดภัย"],
}


def _doc(name: str | None, goals: list[str], source: str | None = None) -> PlanDocument:
    items = tuple(Item(marker=f"{n}.", number=n, position=n, text=t)
                  for n, t in enumerate(goals, start=1))
    sections = (Section(SectionKind.GOALS, "เป้าประสงค์", items=items),
                Section(SectionKind.VISION, "วิสัยทัศน์", text="ผู้เรียนมีคุณภาพ"))
    return PlanDocument(sections=sections, office=Office(OfficeKind.OTHER, None, name),
                        source=source)


@pytest.fixture(scope="module")
def result() -> Comparison:
    return compare(OFFICES)


def test_public_names() -> None:
    assert thaiplan.compare is compare and thaiplan.Comparison is Comparison


def test_office_similarity_is_square_symmetric_in_range(result: Comparison) -> None:
    table = result.office_similarity
    assert result.offices == ["A", "B", "C"]
    assert list(table.index) == list(table.columns) == result.offices
    values = table.to_numpy()
    assert np.allclose(values, values.T) and np.allclose(np.diag(values), 1.0)
    assert ((values >= 0) & (values <= 1)).all()
    assert table.loc["A", "B"] > table.loc["A", "C"]


def test_office_similarity_is_mean_best_match_both_ways(result: Comparison) -> None:
    sim = result.matcher.similarity(OFFICES["A"], OFFICES["B"])
    expected = (sim.max(axis=1).mean() + sim.max(axis=0).mean()) / 2
    assert result.office_similarity.loc["A", "B"] == pytest.approx(expected)


def test_item_similarity_long_table(result: Comparison) -> None:
    frame = result.item_similarity
    assert list(frame.columns) == ["office_a", "position_a", "text_a", "office_b",
                                   "position_b", "text_b", "score"]
    assert len(frame) == 3 * 2 + 3 * 1 + 2 * 1
    assert frame["score"].between(0, 1).all()
    assert set(zip(frame["office_a"], frame["office_b"], strict=True)) == {
        ("A", "B"), ("A", "C"), ("B", "C")}


def test_align_and_top_pairs(result: Comparison) -> None:
    aligned = result.align("A", "B")
    assert list(aligned["position_a"]) == [1, 2, 3]
    assert aligned["position_b"].tolist()[:2] == [2, 1]
    assert pd.isna(aligned["position_b"].iloc[2])
    assert "ทั่วถึง" in aligned["shared_terms"].iloc[0]
    assert "สมรรถนะ" in aligned["shared_terms"].iloc[1]
    top = result.top_pairs(2)
    assert len(top) == 2 and top["score"].is_monotonic_decreasing
    assert "shared_terms" in top.columns
    assert result.align(0, 1).equals(aligned)
    with pytest.raises(UnknownChoiceError, match="'A', 'B', 'C'"):
        result.align("A", "Z")


def test_scores_and_keywords(result: Comparison) -> None:
    scores = result.scores("A", "B")
    assert scores.shape == (3, 2) and list(scores.index) == [1, 2, 3]
    kw = result.keywords(3)
    assert set(kw["group"]) == {"A", "B", "C"}


def test_documents_labels_sections_and_empty_offices() -> None:
    docs = [_doc("สพม. เขต 20", OFFICES["A"]), _doc(None, OFFICES["B"], source="x/b21.txt"),
            _doc(None, []), _doc("สพม. เขต 20", OFFICES["C"])]
    result = compare(docs)
    assert result.offices == ["สพม. เขต 20", "b21", "document 3", "สพม. เขต 20 (2)"]
    assert math.isnan(result.office_similarity.loc["document 3", "b21"])
    assert math.isnan(result.office_similarity.loc["document 3", "document 3"])
    vision = compare(docs, section="vision", method="keyword")
    assert vision.section == "vision" and vision.method == "keyword"
    assert len(vision.items) == 4
    with pytest.raises(ValueError, match="labels"):
        compare(docs, labels=["x"])


def test_threshold_and_custom_matcher() -> None:
    strict = compare(OFFICES, threshold=1.0)
    assert strict.threshold == 1.0
    # A1 and B2 fold to the same terms (นักเรียน ~ ผู้เรียน, เท่าเทียม ~ ทั่วถึง): 1.0
    assert strict.align("A", "B")["position_b"].tolist() == [2, pd.NA, pd.NA]
    custom = compare(OFFICES, matcher=Matcher(method="keyword"))
    assert custom.method == "keyword"


@pytest.fixture(scope="module")
def bundled() -> Comparison:
    files = [DATA_RAW / "sesao20_mission.txt", DATA_RAW / "sesao21_about.txt"]
    if not all(f.exists() for f in files):
        pytest.skip("the bundled sesao20/21 pages are not present")
    return compare([thaiplan.parse_file(f) for f in files])


def test_bundled_offices_pair_teachers_and_access(bundled: Comparison) -> None:
    aligned = bundled.align(0, 1).set_index("position_a")
    assert aligned.loc[4, "position_b"] == 3  # teachers' competence
    assert aligned.loc[1, "position_b"] == 4  # universal access
    assert {"ครู", "สมรรถนะ"} <= set(aligned.loc[4, "shared_terms"].split(", "))
    assert "ทั่วถึง" in aligned.loc[1, "shared_terms"].split(", ")


def _run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="thaiplan")
    compare_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["compare", *argv])
    status: int = args.func(args)
    return status


def test_cli_prints_alignment_and_writes_csv(bundled: Comparison, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "aligned.csv"
    status = _run_cli([str(DATA_RAW / "sesao20_mission.txt"), str(DATA_RAW / "sesao21_about.txt"),
                       "--top", "2", "-o", str(out)])
    printed = capsys.readouterr().out
    assert status == 0
    assert "office similarity" in printed and "shared: " in printed and "สมรรถนะ" in printed
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert len(frame) == 6 and "shared_terms" in frame.columns


def test_cli_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run_cli([str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_top_k_keeps_each_items_best_pairs(result: Comparison) -> None:
    small = compare(OFFICES, top_k=1)
    pairs = small.item_similarity
    assert set(pairs.columns) == set(result.item_similarity.columns)
    assert len(pairs) <= len(result.item_similarity)
    assert pairs["score"].max() == pytest.approx(result.item_similarity["score"].max())
    assert (pairs["office_a"] != pairs["office_b"]).all()
    assert small.office_similarity.equals(result.office_similarity)


@pytest.mark.parametrize("cells", [1, 7, 1 << 23])
def test_offices_scored_in_runs_equal_one_office_at_a_time(
        cells: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    compare_module = importlib.import_module("thaiplan.similarity.compare")
    offices = {**OFFICES, "D": [], "E": ["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ", "ผู้เรียนมีคุณภาพ"]}
    monkeypatch.setattr(compare_module, "_BLOCK_CELLS", cells)
    result = compare(offices)
    for a, goals_a in offices.items():
        for b, goals_b in offices.items():
            if not goals_a or not goals_b:
                assert math.isnan(result.office_similarity.loc[a, b])
                continue
            sim = result.matcher.similarity(goals_a, goals_b)
            expected = 1.0 if a == b else (sim.max(axis=1).mean() + sim.max(axis=0).mean()) / 2
            assert result.office_similarity.loc[a, b] == pytest.approx(expected)
    pairs = result.item_similarity
    assert len(pairs) == sum(len(offices[a]) * len(offices[b])
                             for i, a in enumerate(offices) for b in list(offices)[i + 1:])
    row = pairs[(pairs["office_a"] == "A") & (pairs["office_b"] == "E")].iloc[1]
    assert (row["position_a"], row["position_b"]) == (1, 2)
    assert row["score"] == pytest.approx(result.matcher.similarity(
        [OFFICES["A"][0]], [offices["E"][1]])[0, 0])


def test_cli_many_offices_lists_their_most_similar_pairs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    parsed = tmp_path / "parsed.jsonl"
    goals = [OFFICES["A"], OFFICES["B"], OFFICES["C"]]
    docs = [_doc(f"office {n}", goals[n % 3]) for n in range(compare_cli._TABLE_MAX + 1)]
    parsed.write_text("\n".join(json.dumps(d.to_dict(), ensure_ascii=False) for d in docs),
                      encoding="utf-8")
    assert _run_cli([str(parsed)]) == 0
    captured = capsys.readouterr()
    assert f"showing the {compare_cli._TABLE_MAX} most similar pairs" in captured.err
    assert captured.out.count("## ") == compare_cli._TABLE_MAX
    assert "  1.000  office 0  ↔  office 3" in captured.out  # identical goals first
    assert "[1]" not in captured.out  # no office × office table


def test_align_says_why_a_goal_has_no_match() -> None:
    """Each reason is on the row, with the candidate's and the rival's positions."""
    offices = {"A": ["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ", "ครูได้รับการพัฒนาตามมาตรฐานวิชาชีพ",
                     "ผู้ป่วยได้รับการรักษาที่ปลอดภัย"],
               "B": ["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ", "ผู้เรียนได้รับการศึกษาอย่างทั่วถึง"]}
    result = compare(offices)
    mutual = result.align("A", "B", mode="mutual", threshold=0.2).set_index("position_a")
    assert mutual.loc[1, "kind"] == "pair" and pd.isna(mutual.loc[1, "reason"])
    assert mutual.loc[2, "reason"] == "prefers_other"
    assert (mutual.loc[2, "candidate_b"], mutual.loc[2, "rival_a"]) == (1, 1)
    assert mutual.loc[2, "why"].startswith("no match: its best candidate 1.")
    assert mutual.loc[2, "why"].endswith("is closer to 1. of this office")
    assert mutual.loc[3, "reason"] == "below_threshold" and "threshold" in mutual.loc[3, "why"]
    taken = result.align("A", "B", mode="one_to_one", threshold=0.3).set_index("position_a")
    assert taken.loc[2, "reason"] == "taken" and taken.loc[2, "rival_a"] == 1
    assert "one-to-one gave" in taken.loc[2, "why"]


def test_align_marks_a_goal_that_merges_two() -> None:
    offices = {"A": ["ผู้เรียนมีคุณธรรม จริยธรรม และรักสถาบันหลักของชาติ", "ครูมีสมรรถนะ"],
               "B": ["ผู้เรียนมีคุณธรรม จริยธรรม", "ผู้เรียนรักสถาบันหลักของชาติ",
                     "ครูมีสมรรถนะตามมาตรฐานวิชาชีพ"]}
    aligned = compare(offices).align("A", "B")
    merged = aligned[aligned["kind"] == "merge"]
    assert list(merged["position_a"]) == [1, 1]
    assert sorted(merged["position_b"]) == [1, 2]
    assert sorted(merged["merged_with"]) == [1, 2]
    assert list(aligned["position_a"]) == [1, 1, 2]


def test_cli_prints_the_reason_and_the_merge(capsys: pytest.CaptureFixture[str]) -> None:
    from thaiplan.cli import main

    assert main(["compare", str(DATA_RAW)]) == 0
    out = capsys.readouterr().out
    assert "no match above the threshold" not in out
    assert "no match: its best candidate" in out and "is closer to" in out


# -- units: every agency of a budget volume, quoted plans, nested strategies --------------

VOL4 = "budget_2568_vol3.pdf"


def _volumes() -> list[PlanDocument]:
    return [_units.budget_volume(), _units.budget_volume(VOL4, (_units.RED_CROSS, _units.CGD))]


@pytest.mark.parametrize(("docs", "options", "labels"), [
    # one entity per agency, named by its owner; the introduction is no entity
    ([_units.budget_volume()], {}, [_units.OTCC, _units.RED_CROSS, _units.CGD]),
    # an owner in two volumes: the file's stem tells them apart
    (_volumes(), {}, [_units.OTCC, f"{_units.RED_CROSS} (budget_2567_vol3)",
                      f"{_units.CGD} (budget_2567_vol3)", f"{_units.RED_CROSS} (budget_2568_vol3)",
                      f"{_units.CGD} (budget_2568_vol3)"]),
    # the same file twice (or two files of one name): then numbers
    ([_units.web_page(), _units.web_page("x/sesao20_mission.txt")], {},
     [_units.SESAO20, f"{_units.SESAO20} (2)"]),
    # quoted units only when asked, marked
    ([_units.ministry_plan()], {}, [_units.OCSC]),
    ([_units.ministry_plan()], {"include_quoted": True},
     [f"{_units.BOARD} [quoted]", _units.OCSC]),
    # whole documents: as before units existed
    (_volumes(), {"by": "document"}, ["สำนักงบประมาณ", "สำนักงบประมาณ (2)"]),
    # a document without units is one entity, beside units
    ([_units.budget_volume(agencies=(_units.CGD,)), _units.without_units()], {},
     [_units.CGD, "โรงเรียนบ้านนา"]),
    ([_units.without_units(), _units.without_units("x/b21.txt")], {"by": "unit"},
     ["โรงเรียนบ้านนา", "โรงเรียนบ้านนา (2)"]),
])
def test_entities_are_units_labelled_by_their_owners(docs: list[PlanDocument],
                                                      options: dict[str, Any],
                                                      labels: list[str]) -> None:
    assert [e.label for e in entities(docs, **options)] == labels
    assert compare(docs, section="mission", **options).offices == labels


def test_a_unit_whose_owner_has_no_name_takes_the_documents_label() -> None:
    doc = _units.web_page("x/page.txt")
    doc = PlanDocument(sections=doc.sections, source=doc.source,
                       units=(Unit(Office(), doc.sections),))
    assert [e.label for e in entities([doc])] == ["page"]
    assert [e.label for e in entities([doc], document_labels=["page.txt"])] == ["page.txt"]


def test_compare_by_unit_compares_each_agencys_mission() -> None:
    result = compare(_volumes(), section="mission")
    assert result.by == "unit" and not result.include_quoted and not result.nested
    red_cross = [f"{_units.RED_CROSS} (budget_2567_vol3)", f"{_units.RED_CROSS} (budget_2568_vol3)"]
    assert result.office_similarity.loc[red_cross[0], red_cross[1]] == pytest.approx(1.0)
    assert (result.items.groupby("office", sort=False).size().tolist()
            == [len(_units.MISSIONS[n]) for n in (_units.OTCC, _units.RED_CROSS, _units.CGD,
                                                  _units.RED_CROSS, _units.CGD)])
    assert list(result.items.columns) == ["office", "position", "text", "path"]
    table = result.entities
    assert list(table.columns) == ["office", "document", "unit", "source", "owner",
                                   "owner_kind", "quoted", "first_page", "last_page", "items"]
    assert table["office"].tolist() == result.offices
    assert table[["document", "unit", "first_page"]].values.tolist() == [
        [0, 0, 3], [0, 1, 5], [0, 2, 7], [1, 0, 3], [1, 1, 5]]
    assert table["owner"].tolist()[:3] == [_units.OTCC, _units.RED_CROSS, _units.CGD]
    aligned = result.align(red_cross[0], red_cross[1])
    assert aligned["position_b"].tolist() == [1, 2, 3]
    # the introduction (outside every unit) is compared only as part of its document
    strategies = compare(_volumes(), section="strategies")
    assert strategies.items.empty
    assert len(compare(_volumes(), section="strategies", by="document").items) == 4


def test_nested_sections_are_compared_when_asked() -> None:
    docs = [_units.ministry_plan(), _units.web_page()]
    flat = compare(docs)
    assert flat.entities["items"].tolist() == [0, 2]  # the plan's goals are in a strategy
    nested = compare(docs, nested=True)
    assert nested.nested and nested.entities["items"].tolist() == [2, 2]
    plan = nested.items[nested.items["office"] == _units.OCSC]
    assert plan[["position", "path"]].values.tolist() == [
        [1, "ยุทธศาสตร์ที่ ๑ › 1"], [2, "ยุทธศาสตร์ที่ ๑ › 2"]]
    indicators = compare(docs, section="indicators", nested=True)
    assert indicators.entities["items"].tolist() == [6, 0]


def test_quoted_units_are_compared_when_asked() -> None:
    docs = [_units.ministry_plan(), _units.budget_volume()]
    assert _units.BOARD not in " ".join(compare(docs, section="strategies").offices)
    result = compare(docs, section="strategies", include_quoted=True)
    assert result.include_quoted and result.offices[0] == f"{_units.BOARD} [quoted]"
    assert result.entities["quoted"].tolist()[:2] == [True, False]
    assert result.entities["items"].tolist()[:2] == [2, 2]


def test_unknown_by_is_an_error_naming_the_choices() -> None:
    with pytest.raises(UnknownChoiceError, match="'auto', 'document', 'unit'"):
        compare(_volumes(), by="agency")  # type: ignore[arg-type]
    with pytest.raises(UnknownChoiceError):
        entities(_volumes(), by="office")  # type: ignore[arg-type]


def _same(a: Comparison, b: Comparison) -> None:
    assert a.offices == b.offices
    pd.testing.assert_frame_equal(a.office_similarity, b.office_similarity)
    pd.testing.assert_frame_equal(a.items, b.items)
    pd.testing.assert_frame_equal(a.item_similarity, b.item_similarity)


GOAL_WORDS = ["ผู้เรียน", "ครู", "มีคุณภาพ", "ทั่วถึง", "สมรรถนะ", "ดิจิทัล", "คุณธรรม", "บริหาร",
              "โปร่งใส", "ภาคีเครือข่าย", "เด็กปฐมวัย", "อาชีพ"]
_goal = st.lists(st.sampled_from(GOAL_WORDS), min_size=1, max_size=4).map("".join)


@settings(max_examples=15, deadline=None)
@given(st.lists(st.lists(_goal, max_size=4), min_size=2, max_size=4))
def test_units_compare_as_the_documents_they_group(offices: list[list[str]]) -> None:
    """Documents without units compare the same by unit, by document and as one unit
    each (a web page); and units of one volume compare as separate documents."""
    docs = [_doc(f"สำนักงาน {n}", goals, source=f"p{n}.txt") for n, goals in enumerate(offices)]
    today = compare(docs)
    for by in ("auto", "unit", "document"):
        _same(compare(docs, by=by), today)  # type: ignore[arg-type]
    _same(compare([_units.as_one_unit(d) for d in docs]), today)
    volume = PlanDocument(sections=tuple(s for d in docs for s in d.sections),
                          source="vol.pdf",
                          units=tuple(Unit(d.office, d.sections) for d in docs))
    _same(compare([volume]), today)


def test_cli_compares_every_agencys_mission_across_volumes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parsed = tmp_path / "budget.jsonl"
    parsed.write_text("".join(d.to_json() + "\n" for d in _volumes()), encoding="utf-8")
    assert _run_cli([str(parsed), "--section", "mission", "--by", "unit", "--top", "10"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# office similarity (tfidf, section mission, by unit;")
    assert f"[2] {_units.RED_CROSS} (budget_2567_vol3)" in out
    assert (f"## {_units.RED_CROSS} (budget_2567_vol3)  ↔  {_units.RED_CROSS} (budget_2568_vol3)"
            in out)
    assert "# top 10 goal pairs across offices" in out
    assert _run_cli([str(parsed), "--section", "mission", "--by", "document"]) == 0
    assert "[2] สำนักงบประมาณ (2)" in capsys.readouterr().out


def test_cli_table_columns_line_up_under_thai_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from thaiplan.report.labels import display_width

    parsed = tmp_path / "budget.jsonl"
    parsed.write_text("".join(d.to_json() + "\n" for d in _volumes()), encoding="utf-8")
    assert _run_cli([str(parsed), "--section", "mission", "--top", "1"]) == 0
    table = capsys.readouterr().out.split("\n\n")[0].splitlines()[1:]
    ends = {display_width(line) for line in table}
    assert len(table) == 6 and len(ends) == 1  # the header and every row end together
    starts = {display_width(line.split("  1.000")[0]) for line in table[1:] if "1.000" in line}
    assert len(starts) > 1  # (the diagonal moves right row by row)


def test_cli_quoted_and_nested(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parsed = tmp_path / "plans.jsonl"
    parsed.write_text("".join(d.to_json() + "\n" for d in (
        _units.ministry_plan(), _units.web_page())), encoding="utf-8")
    assert _run_cli([str(parsed), "--nested"]) == 0
    out = capsys.readouterr().out
    assert "nested sections too" in out
    assert "1. ข้าราชการมีจริยธรรม  [ยุทธศาสตร์ที่ ๑ › 1]" in out
    assert _run_cli([str(parsed), "--section", "strategies", "--include-quoted"]) == 0
    captured = capsys.readouterr()
    assert f"[1] {_units.BOARD} [quoted]" in captured.out
    assert f"{_units.SESAO20}: no strategies items" in captured.err


def test_cli_counts_the_many_entities_without_items(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    agencies = tuple(f"กรมที่ {n}" for n in range(14))
    units = tuple(Unit(Office(OfficeKind.AGENCY, None, name)) for name in agencies)
    volume = PlanDocument(units=units, source="v.pdf")
    parsed = tmp_path / "v.jsonl"
    parsed.write_text(volume.to_json() + "\n" + _doc("ก", OFFICES["A"]).to_json() + "\n",
                      encoding="utf-8")
    assert _run_cli([str(parsed)]) == 1
    err = capsys.readouterr().err
    assert err.count(": no goals items") == compare_cli._NAMED_MAX - 1
    assert "and 5 more without goals items" in err
