"""Tests of thaiplan.frameworks: shipped data, loading/validation, mapping, coverage, CLI."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thaiplan
from thaiplan.errors import FrameworkError, MissingDependencyError, UnknownChoiceError
from thaiplan.frameworks import (
    FRAMEWORKS,
    METHODS,
    Element,
    Framework,
    coverage,
    load_framework,
    map_to_framework,
    score_items,
)
from thaiplan.model import Item, Office, OfficeKind, PlanDocument, Section, SectionKind

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
CORPUS = ROOT / ".." / "shared" / "corpus" / "parse"

NS_TITLES = [
    "ยุทธศาสตร์ชาติด้านความมั่นคง",
    "ยุทธศาสตร์ชาติด้านการสร้างความสามารถในการแข่งขัน",
    "ยุทธศาสตร์ชาติด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์",
    "ยุทธศาสตร์ชาติด้านการสร้างโอกาสและความเสมอภาคทางสังคม",
    "ยุทธศาสตร์ชาติด้านการสร้างการเติบโตบนคุณภาพชีวิตที่เป็นมิตรต่อสิ่งแวดล้อม",
    "ยุทธศาสตร์ชาติด้านการปรับสมดุลและพัฒนาระบบการบริหารจัดการภาครัฐ",
]


# --------------------------------------------------------------------------- shipped data


@pytest.mark.parametrize(("name", "ids"), [
    ("national-strategy", [f"NS{i}" for i in range(1, 7)]),
    ("obec", [f"OBEC{i}" for i in range(1, 7)]),
    ("sdg4", ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a", "4.b", "4.c"]),
])
def test_shipped_frameworks_have_their_elements_in_order(name: str, ids: list[str]) -> None:
    fw = load_framework(name)
    assert fw.name == name
    assert fw.ids == ids
    for element in fw:
        assert element.title and element.description
        assert len(element.key_terms) >= 8, element.id


def test_national_strategy_titles_are_the_official_ones() -> None:
    assert [e.title for e in load_framework("national-strategy")] == NS_TITLES


def test_obec_titles_mirror_the_national_strategy() -> None:
    titles = [e.title for e in load_framework("obec")]
    assert titles[0] == "การจัดการศึกษาเพื่อความมั่นคง"
    assert titles[2] == "การพัฒนาครูและบุคลากรทางการศึกษา"
    assert "ขีดความสามารถในการแข่งขัน" in titles[1]
    assert "โอกาส" in titles[3] and "สิ่งแวดล้อม" in titles[4] and "บริหารจัดการ" in titles[5]


def test_registry_keys_are_the_choices() -> None:
    assert set(FRAMEWORKS) == {"national-strategy", "obec", "sdg4"}
    with pytest.raises(UnknownChoiceError, match="'national-strategy', 'obec', 'sdg4'"):
        load_framework("national")


def test_lookup_by_id_and_unknown_id() -> None:
    fw = load_framework("sdg4")
    assert fw["4.c"].title == "เพิ่มจำนวนครูที่มีคุณวุฒิ"
    assert "4.a" in fw and "4.8" not in fw
    with pytest.raises(UnknownChoiceError, match=r"'4\.8'"):
        fw["4.8"]


# --------------------------------------------------------------------------- round trip


@pytest.mark.parametrize("name", sorted(FRAMEWORKS))
def test_round_trip_dict_and_json_file(name: str, tmp_path: Path) -> None:
    fw = load_framework(name)
    assert Framework.from_dict(fw.to_dict()) == fw
    path = tmp_path / f"{name}.json"
    path.write_text(fw.to_json(), encoding="utf-8")
    again = load_framework(path)
    assert again == fw
    assert again.to_dict() == fw.to_dict()


def test_round_trip_csv_and_yaml(tmp_path: Path) -> None:
    fw = load_framework("obec")
    frame = fw.to_frame()
    frame["key_terms"] = ["; ".join(t) for t in frame["key_terms"]]
    csv_path = tmp_path / "obec_copy.csv"
    frame.to_csv(csv_path, index=False)
    from_csv = load_framework(csv_path)
    assert from_csv.name == "obec_copy"
    assert from_csv.elements == fw.elements
    yaml = pytest.importorskip("yaml")
    yaml_path = tmp_path / "obec.yaml"
    yaml_path.write_text(yaml.safe_dump(fw.to_dict(), allow_unicode=True), encoding="utf-8")
    assert load_framework(yaml_path) == fw


@given(st.lists(st.text(alphabet="กขคงจฉชซญดตถทนบปผพฟมยรลวสหอะาิีุูเแโไ่้ ;|", min_size=1,
                        max_size=12), min_size=0, max_size=6))
@settings(max_examples=60, deadline=None)
def test_element_round_trip_property(terms: list[str]) -> None:
    data = {"id": "X1", "title": "ความมั่นคง", "description": "", "key_terms": terms}
    cleaned = [" ".join(t.split()) for t in terms]
    if any(not c for c in cleaned):
        with pytest.raises(FrameworkError, match="key_terms"):
            Element.from_dict(data)
        return
    element = Element.from_dict(data)
    assert Element.from_dict(element.to_dict()) == element
    assert list(element.key_terms) == list(dict.fromkeys(cleaned))


# --------------------------------------------------------------------------- validation

GOOD_ELEMENT = {"id": "A", "title": "ครู", "description": "ครูมีคุณภาพ", "key_terms": ["ครู"]}


@pytest.mark.parametrize(("data", "message"), [
    ({"name": "x"}, r"my\.json: missing 'elements'"),
    ({"elements": []}, r"my\.json: field 'elements' is empty"),
    ({"elements": "ครู"}, r"my\.json: field 'elements' must be a list"),
    ({"elements": [{"title": "ครู"}]}, r"my\.json: element 1: missing 'id'"),
    ({"elements": [GOOD_ELEMENT, {"id": "B"}]}, r"my\.json: element 2 \(id 'B'\): missing 'title'"),
    ({"elements": [{**GOOD_ELEMENT, "title": 3}]},
     r"element 1 \(id 'A'\): field 'title' must be text"),
    ({"elements": [{**GOOD_ELEMENT, "key_terms": ["ครู", ""]}]},
     r"element 1 \(id 'A'\): key_terms\[2\] is empty"),
    ({"elements": [{**GOOD_ELEMENT, "key_terms": 5}]}, r"field 'key_terms' must be a list"),
    ({"elements": [{**GOOD_ELEMENT, "keyterms": []}]}, r"unknown field 'keyterms'"),
    ({"elements": [{**GOOD_ELEMENT, "id": 4.1}]}, r"field 'id' must be text"),
    ({"elements": [GOOD_ELEMENT, GOOD_ELEMENT]},
     r"my\.json: element 2: duplicate id 'A' \(already used by element 1\)"),
    ({"elements": [GOOD_ELEMENT], "version": 2}, r"my\.json: unknown field 'version'"),
    ("ครู", r"my\.json: a framework must be a mapping"),
])
def test_bad_json_framework_names_file_element_and_field(
        tmp_path: Path, data: object, message: str) -> None:
    path = tmp_path / "my.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FrameworkError, match=message):
        load_framework(path)


@pytest.mark.parametrize(("text", "message"), [
    ("id,title,description,key_terms\nA,ครู,,ครู;บุคลากร\n,ผู้เรียน,,\n",
     r"my\.csv: row 3: missing 'id'"),
    ("id,title,description,key_terms\nA,ครู,,ครู\nB,,คำอธิบาย,ผู้เรียน\n",
     r"my\.csv: row 3: missing 'title'"),
    ("id,description\nA,ครู\n", r"my\.csv: row 1: missing column 'title'"),
    ("id,title,keywords\nA,ครู,ครู\n", r"my\.csv: row 1: unknown column 'keywords'"),
    ("id,title\nA,ครู\nA,ผู้เรียน\n", r"my\.csv: row 3: duplicate id 'A' \(already used by row 2\)"),
    ("id,title\n", r"my\.csv: no elements"),
    ("", r"my\.csv: the file is empty"),
    ("id,title\nA,ครู,เกิน\n", r"my\.csv: row 2: more cells than columns"),
])
def test_bad_csv_framework_names_file_row_and_field(tmp_path: Path, text: str,
                                                     message: str) -> None:
    path = tmp_path / "my.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FrameworkError, match=message):
        load_framework(path)


def test_csv_framework_with_bom_and_both_separators(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("id,title,description,key_terms\r\n"
                    "G1,ผู้เรียนมีคุณภาพ,,ผลสัมฤทธิ์; อ่านออก|เขียนได้\r\n"
                    "G2,ครูมืออาชีพ,ครูพัฒนาตนเอง,ครู|PLC\r\n", encoding="utf-8-sig")
    fw = load_framework(str(path))
    assert fw.name == "plan"
    assert fw["G1"].key_terms == ("ผลสัมฤทธิ์", "อ่านออก", "เขียนได้")
    assert fw["G2"].description == "ครูพัฒนาตนเอง"


def test_bad_json_and_yaml_syntax_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"elements": [\n  {"id": "A",}\n]}', encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"bad\.json: line 2: invalid JSON"):
        load_framework(path)
    pytest.importorskip("yaml")
    ypath = tmp_path / "bad.yaml"
    ypath.write_text("elements:\n  - id: A\n    title: [ครู\n", encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"bad\.yaml: line \d+: invalid YAML"):
        load_framework(ypath)


def test_yaml_bare_list_gets_the_file_stem_as_name(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    path = tmp_path / "district.yml"
    path.write_text("- id: '1'\n  title: ความปลอดภัย\n  key_terms: [ปลอดภัย, ยาเสพติด]\n"
                    "- id: 2\n  title: คุณภาพผู้เรียน\n", encoding="utf-8")
    fw = load_framework(path)
    assert fw.name == "district" and fw.ids == ["1", "2"]


def test_yaml_without_pyyaml_raises_missing_dependency(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("elements: []\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "yaml", None)
    with pytest.raises(MissingDependencyError, match=r"thaiplan\[yaml\]"):
        load_framework(path)


def test_missing_file_and_unknown_suffix(tmp_path: Path) -> None:
    with pytest.raises(FrameworkError, match=r"nothere\.json: no such framework file"):
        load_framework(tmp_path / "nothere.json")
    other = tmp_path / "f.txt"
    other.write_text("x", encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"f\.txt: unknown framework file type '\.txt'"):
        load_framework(other)


# --------------------------------------------------------------------------- mapping

def _doc(kind: SectionKind, texts: list[str], name: str, source: str) -> PlanDocument:
    items = tuple(Item(marker=f"{n}.", number=n, position=n, text=t, line=n)
                  for n, t in enumerate(texts, start=1))
    return PlanDocument(sections=(Section(kind=kind, heading="ยุทธศาสตร์", items=items),),
                        office=Office(kind=OfficeKind.SECONDARY_AREA_OFFICE, name=name),
                        source=source)


SESAO21_STRATEGIES = [  # as written on the bundled page (typed in by hand, for a parser-free test)
    "การจัดการศึกษาเพื่อความมั่นคง",
    "การพัฒนาคุณภาพนักเรียน และส่งเสริมการจัดการศึกษาเพื่อสร้างขีดความสามารถในการแข่งขัน",
    "การส่งเสริมพัฒนาครูและบุคลากรทางการศึกษา",
    "สร้างโอกาส ความเสมอภาค และความเท่าเทียม การเข้าถึงบริการทางการศึกษา",
    "จัดการศึกษาเพื่อเสริมสร้างคุณภาพชีวิตที่เป็นมิตรกับสิ่งแวดล้อม",
    "การพัฒนาระบบบริหารจัดการและส่งเสริมให้ทุกภาคส่วนมีส่วนร่วมในการจัดการศึกษา",
]


@pytest.mark.parametrize(("framework", "prefix"), [("obec", "OBEC"), ("national-strategy", "NS")])
def test_sesao21_strategies_map_one_to_one_in_order(framework: str, prefix: str) -> None:
    doc = thaiplan.parse_file(RAW / "sesao21_about.txt")
    assert [i.text for i in doc.items("strategies")] == SESAO21_STRATEGIES
    m = map_to_framework(doc, framework, kinds=["strategies"])
    assert m["element_id"].tolist() == [f"{prefix}{i}" for i in range(1, 7)]
    assert (m["rank"] == 1).all() and m["score"].between(0, 1).all()


@pytest.mark.parametrize(("framework", "prefix"), [("obec", "OBEC"), ("national-strategy", "NS")])
def test_hand_built_sesao21_strategies_map_one_to_one(framework: str, prefix: str) -> None:
    doc = _doc(SectionKind.STRATEGIES, SESAO21_STRATEGIES, "สพม. เขต 21", "sesao21")
    m = map_to_framework(doc, framework)
    assert m["element_id"].tolist() == [f"{prefix}{i}" for i in range(1, 7)]


@pytest.mark.parametrize(("text", "obec", "ns", "term"), [
    ("ผู้เรียนมีความรักในสถาบันหลักของชาติ และยึดมั่นการปกครองระบอบประชาธิปไตย",
     "OBEC1", "NS1", "สถาบันหลักของชาติ"),
    ("ป้องกันและแก้ไขปัญหายาเสพติดในสถานศึกษา", "OBEC1", "NS1", "ยาเสพติด"),
    ("ผู้เรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น", "OBEC2", "NS3", "ผลสัมฤทธิ์ทางการเรียน"),
    ("ผู้เรียนมีทักษะการสื่อสารภาษาอังกฤษ", "OBEC2", "NS3", "การสื่อสาร"),
    ("เพิ่มขีดความสามารถในการแข่งขันด้านการเกษตรและการท่องเที่ยว", None, "NS2",
     "ขีดความสามารถในการแข่งขัน"),
    ("ส่งเสริมการพัฒนาครูด้วยกระบวนการชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC)", "OBEC3", "NS3", "PLC"),
    ("เด็กด้อยโอกาสและเด็กพิการได้รับการศึกษาอย่างเท่าเทียม", "OBEC4", "NS4", "เด็กพิการ"),
    ("นักเรียนคัดแยกขยะและดูแลสิ่งแวดล้อมในโรงเรียน", "OBEC5", "NS5", "คัดแยกขยะ"),
    ("สำนักงานเขตพื้นที่การศึกษาผ่านเกณฑ์การประเมินคุณธรรมและความโปร่งใส", "OBEC6", "NS6",
     "คุณธรรมและความโปร่งใส"),
    ("ประชาชนมีรายได้เพิ่มขึ้นจากการท่องเที่ยวชุมชน", None, "NS2", "รายได้"),
    ("The office is run efficiently and transparently.", "OBEC6", "NS6", "transparently"),
])
def test_typical_goals_map_to_the_expected_elements(text: str, obec: str | None, ns: str,
                                                    term: str) -> None:
    m_ns = map_to_framework([text], "national-strategy")
    assert m_ns.loc[0, "element_id"] == ns
    assert term in m_ns.loc[0, "shared_terms"]
    if obec is not None:
        assert map_to_framework([text], "obec").loc[0, "element_id"] == obec


def test_latin_terms_need_word_boundaries() -> None:
    scores = score_items(["capital city", "ITA"], "obec", method="terms")
    ita = load_framework("obec").ids.index("OBEC6")
    assert scores[0, ita] == 0.0 and scores[1, ita] > 0.5


def test_unrelated_item_maps_to_nothing_and_top_gives_ranks() -> None:
    m = map_to_framework(["ซ่อมแซมหลังคาโรงอาหาร", "สถานศึกษาปลอดภัยและเป็นมิตรกับสิ่งแวดล้อม"],
                         "obec", top=2)
    first = m[m["text"] == "ซ่อมแซมหลังคาโรงอาหาร"]
    assert len(first) == 1 and first["element_id"].iloc[0] is None
    assert first["shared_terms"].iloc[0] == ()
    second = m[m["text"] != "ซ่อมแซมหลังคาโรงอาหาร"]
    assert second["rank"].tolist() == [1, 2]
    assert set(second["element_id"]) == {"OBEC1", "OBEC5"}
    assert second["score"].is_monotonic_decreasing


def test_threshold_zero_maps_everything_with_a_term_and_one_maps_nothing() -> None:
    texts = ["ครูมีสมรรถนะ", "ผู้เรียนอ่านออกเขียนได้"]
    assert map_to_framework(texts, "obec", threshold=0.0)["element_id"].notna().all()
    assert map_to_framework(texts, "obec", threshold=1.0)["element_id"].isna().all()


def test_inputs_documents_items_and_to_frame_give_the_same_mapping() -> None:
    doc = _doc(SectionKind.GOALS, ["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ", "ผู้เรียนมีสุขภาวะที่ดี"],
               "สพป. ทดสอบ", "t.txt")
    by_doc = map_to_framework(doc, "obec")
    by_frame = map_to_framework(thaiplan.to_frame([doc]), "obec")
    by_items = map_to_framework(list(doc.sections[0].items), "obec")
    assert by_doc["element_id"].tolist() == ["OBEC3", "OBEC2"]
    assert by_frame["element_id"].tolist() == by_doc["element_id"].tolist()
    assert by_items["element_id"].tolist() == by_doc["element_id"].tolist()
    assert by_doc["office"].tolist() == ["สพป. ทดสอบ"] * 2
    assert by_doc["source"].tolist() == ["t.txt"] * 2


def test_kinds_filter_sections() -> None:
    goals = _doc(SectionKind.GOALS, ["ครูมีสมรรถนะ"], "ก", "a")
    mission = _doc(SectionKind.MISSION, ["พัฒนาครู"], "ก", "a")
    assert len(map_to_framework([goals, mission], "obec")) == 1
    assert len(map_to_framework([goals, mission], "obec", kinds=None)) == 2
    assert map_to_framework([mission], "obec").empty


def test_empty_input_and_bad_options() -> None:
    assert map_to_framework([], "obec").empty
    with pytest.raises(ValueError, match="top"):
        map_to_framework(["ครู"], "obec", top=0)
    with pytest.raises(ValueError, match="threshold"):
        map_to_framework(["ครู"], "obec", threshold=1.5)
    with pytest.raises(UnknownChoiceError, match="'hybrid', 'terms', 'tfidf'"):
        map_to_framework(["ครู"], "obec", method="bert")  # type: ignore[arg-type]


def test_user_framework_maps(tmp_path: Path) -> None:
    path = tmp_path / "district.csv"
    path.write_text("id,title,description,key_terms\n"
                    "D1,โรงเรียนปลอดภัย,,ปลอดภัย;ยาเสพติด;ภัยพิบัติ\n"
                    "D2,ผู้เรียนอ่านออกเขียนได้,,อ่านออก;เขียนได้;การอ่าน\n", encoding="utf-8")
    m = map_to_framework(["นักเรียนทุกคนอ่านออกเขียนได้", "สถานศึกษาปลอดภัยจากยาเสพติด"], path)
    assert m["element_id"].tolist() == ["D2", "D1"]
    assert m["framework"].tolist() == ["district"] * 2


@pytest.mark.parametrize("method", sorted(METHODS))
@given(texts=st.lists(st.text(alphabet="กขคงจครูผู้เรียนปลอดภัยสิ่งแวดล้อมabc ๑1.", max_size=40),
                      min_size=1, max_size=4))
@settings(max_examples=15, deadline=None)
def test_scores_are_in_unit_interval(method: str, texts: list[str]) -> None:
    scores = score_items(texts, "sdg4", method=method)  # type: ignore[arg-type]
    assert scores.shape == (len(texts), 10)
    assert np.all(scores >= 0.0) and np.all(scores <= 1.0)


def test_thai_and_arabic_digits_and_spacing_score_the_same() -> None:
    a = score_items(["ผู้เรียนมีทักษะในศตวรรษที่ ๒๑"], "obec", method="terms")
    b = score_items(["ผู้เรียน\u00a0มีทักษะในศตวรรษที่ 21\u200b"], "obec", method="terms")
    assert np.allclose(a, b)


# --------------------------------------------------------------------------- coverage


def test_coverage_counts_every_element_and_office_in_order() -> None:
    a = _doc(SectionKind.GOALS, ["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ", "ครูได้รับการพัฒนาอย่างต่อเนื่อง",
                                 "สำนักงานบริหารจัดการอย่างโปร่งใส"], "สพม. ก", "a.txt")
    b = _doc(SectionKind.GOALS, ["ลดความเหลื่อมล้ำทางการศึกษา", "ซ่อมแซมหลังคาโรงอาหาร"],
             "สพป. ข", "b.txt")
    cov = coverage([a, b], "obec")
    assert list(cov.index) == ["สพม. ก", "สพป. ข"]
    assert list(cov.columns) == [f"OBEC{i}" for i in range(1, 7)]
    assert cov.loc["สพม. ก"].tolist() == [0, 0, 2, 0, 0, 1]
    assert cov.loc["สพป. ข"].tolist() == [0, 0, 0, 1, 0, 0]
    assert cov.attrs["unmatched"] == {"สพม. ก": 0, "สพป. ข": 1}
    assert cov.attrs["titles"]["OBEC3"] == "การพัฒนาครูและบุคลากรทางการศึกษา"
    uncovered = cov.columns[(cov == 0).all()].tolist()
    assert uncovered == ["OBEC1", "OBEC2", "OBEC5"]
    assert coverage([a, b], "obec", value="any").dtypes.eq(bool).all()
    best = coverage([a, b], "obec", value="best")
    assert best.loc["สพม. ก", "OBEC3"] > 0 and best.loc["สพม. ก", "OBEC1"] == 0.0
    by_source = coverage(map_to_framework([a, b], "obec"), "obec", by="source")
    assert list(by_source.index) == ["a.txt", "b.txt"]


def test_coverage_refuses_a_mapping_of_another_framework() -> None:
    mapping = map_to_framework(["ครูมีสมรรถนะ"], "obec")
    with pytest.raises(FrameworkError, match="obec"):
        coverage(mapping, "national-strategy")
    with pytest.raises(UnknownChoiceError):
        coverage(mapping, "obec", value="sum")  # type: ignore[arg-type]


def test_coverage_of_the_two_bundled_offices() -> None:
    docs = [thaiplan.parse_file(RAW / name)
            for name in ("sesao20_mission.txt", "sesao21_about.txt")]
    cov = coverage(docs, "national-strategy")
    assert cov.shape == (2, 6)
    sesao21 = next(i for i in cov.index if "21" in str(i))
    assert (cov.loc[sesao21] >= 1).all()  # sesao21 addresses every national strategy


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_corpus_page_with_the_six_obec_strategies_maps_in_order() -> None:
    docs = [thaiplan.parse_file(p) for p in sorted(CORPUS.glob("*.txt"))]
    six = [d for d in docs if len(d.items("strategies")) == 6
           and "ความมั่นคง" in d.items("strategies")[0].text]
    if not six:
        pytest.skip("no corpus page lists six strategies starting with security")
    for doc in six:
        m = map_to_framework(doc, "obec", kinds=["strategies"])
        assert m["element_id"].tolist() == [f"OBEC{i}" for i in range(1, 7)], doc.source


# --------------------------------------------------------------------------- CLI


def _cli(argv: list[str]) -> int:
    from thaiplan.cli import framework

    parser = argparse.ArgumentParser(prog="thaiplan")
    framework.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    status: int = args.func(args)
    return status


def test_cli_writes_mapping_and_coverage(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out, cov = tmp_path / "out" / "map.csv", tmp_path / "cov.csv"
    status = _cli(["align-framework", str(RAW / "sesao21_about.txt"), "--framework", "obec",
                   "-o", str(out), "--coverage", str(cov), "--kinds", "strategies"])
    assert status == 0
    table = pd.read_csv(out)
    assert table["element_id"].tolist() == [f"OBEC{i}" for i in range(1, 7)]
    assert "ความมั่นคง" in table.loc[0, "shared_terms"]
    coverage_table = pd.read_csv(cov, index_col=0)
    assert coverage_table.iloc[0].tolist() == [1] * 6
    assert "mapped 6 items of 1 documents to obec" in capsys.readouterr().err


def test_cli_list_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(["align-framework", "--list", "--framework", "sdg4"]) == 0
    assert "4.c\tเพิ่มจำนวนครูที่มีคุณวุฒิ" in capsys.readouterr().out
    assert _cli(["align-framework"]) == 2
    missing = tmp_path / "none.txt"
    assert _cli(["align-framework", str(missing), str(RAW / "sesao20_mission.txt"),
                 "-o", str(tmp_path / "m.csv")]) == 1
    assert "none.txt: no such file or folder" in capsys.readouterr().err
    assert _cli(["align-framework", str(RAW), "--kinds", "goal"]) == 2
    assert "unknown section kind 'goal'" in capsys.readouterr().err


def test_cli_is_registered() -> None:
    from thaiplan.cli import COMMANDS

    assert "framework" in COMMANDS
