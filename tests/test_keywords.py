"""Stopwords, thesaurus folding, content terms and per-office keywords."""

from __future__ import annotations

import pytest

import thaiplan
from thaiplan.features import (
    Analyzer,
    Thesaurus,
    default_stopwords,
    default_thesaurus,
    keywords,
    tokenize,
)
from thaiplan.features.stopwords import content_words, planning_stopwords, thai_stopwords
from thaiplan.model import Item, Office, OfficeKind, PlanDocument, Section, SectionKind


def _doc(name: str, goals: list[str]) -> PlanDocument:
    items = tuple(Item(marker=f"{n}.", number=n, position=n, text=t)
                  for n, t in enumerate(goals, start=1))
    return PlanDocument(sections=(Section(SectionKind.GOALS, "เป้าประสงค์", items=items),),
                        office=Office(OfficeKind.SECONDARY_AREA_OFFICE, None, name))


def test_stopword_lists() -> None:
    assert {"ส่งเสริม", "พัฒนา", "คุณภาพ", "ให้", "มี", "อย่าง"} <= planning_stopwords()
    assert "และ" in thai_stopwords() and "และ" in default_stopwords()
    assert "เขียน" in thai_stopwords() and "เขียน" in content_words()
    assert "เขียน" not in default_stopwords()
    assert not ({"ครู", "ผู้เรียน", "ทั่วถึง"} & default_stopwords())


@pytest.mark.parametrize(("tokens", "expected"), [
    (["นักเรียน", "อ่าน", "ออก"], ["ผู้เรียน", "อ่าน", "ออก"]),
    (["ผู้สูงวัย", "และ", "คนพิการ"], ["ผู้สูงอายุ", "และ", "ผู้พิการ"]),
    (tokenize("อย่างเท่าเทียมกัน"), ["อย่าง", "ทั่วถึง"]),
    (["สถาบันหลักของชาติ"], ["ชาติ", "ศาสนา", "พระมหากษัตริย์"]),
    (["ita"], ["การประเมินคุณธรรมและความโปร่งใส"]),
    (tokenize("ครูผู้สอน"), ["ครู"]),
    (tokenize("ผู้อำนวยการโรงเรียน"), ["ผู้บริหารสถานศึกษา"]),
])
def test_thesaurus_folds_variants(tokens: list[str], expected: list[str]) -> None:
    assert default_thesaurus().fold(tokens) == expected


def test_custom_thesaurus_and_json(tmp_path: pytest.TempPathFactory) -> None:
    th = Thesaurus({"ผู้ป่วย": ["คนไข้"]})
    assert th.fold(["คนไข้", "ปลอดภัย"]) == ["ผู้ป่วย", "ปลอดภัย"]
    path = tmp_path / "th.json"  # type: ignore[operator]
    path.write_text('{"groups": [{"canonical": "ผู้ป่วย", "variants": ["คนไข้"]}]}',
                    encoding="utf-8")
    assert len(Thesaurus.from_json(path)) == 1
    assert len(default_thesaurus()) > 30


@pytest.mark.parametrize(("text", "expected"), [
    ("ส่งเสริมและพัฒนาคุณภาพผู้เรียนด้านกีฬา", ["ผู้เรียน", "กีฬา"]),
    ("นักเรียนมีความปลอดภัย", ["ผู้เรียน", "ปลอดภัย"]),
    ("ส่งเสริมและพัฒนา", ["ส่งเสริม", "และ", "พัฒนา"]),  # only stopwords: kept as they are
    ("", []),
])
def test_analyzer_terms(text: str, expected: list[str]) -> None:
    assert Analyzer()(text) == expected


def test_analyzer_options() -> None:
    text = "นักเรียนมีทักษะอาชีพ"
    assert Analyzer(thesaurus=False)(text) == ["นักเรียน", "ทักษะอาชีพ"]
    assert Analyzer(expand_compounds=True)(text) == ["ผู้เรียน", "ทักษะอาชีพ", "ทักษะ", "อาชีพ"]
    assert Analyzer(stopwords=frozenset({"ทักษะอาชีพ"}))(text) == ["ผู้เรียน", "มี"]


def test_keywords_of_texts() -> None:
    frame = keywords(["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ ครูมีจรรยาบรรณวิชาชีพ",
                      "ผู้เรียนมีทักษะอาชีพ ผู้เรียนอ่านออกเขียนได้"], top=3)
    assert list(frame.columns) == ["group", "rank", "term", "score"]
    first = frame[frame["group"] == "text 1"]
    assert first["term"].iloc[0] == "ครู" and list(first["rank"]) == [1, 2, 3]
    assert frame["score"].between(0, 1).all()
    assert "ส่งเสริม" not in set(frame["term"])


def test_keywords_of_documents_keep_domain_terms_whole() -> None:
    docs = [_doc("สพม. เขต 20", ["ครูและบุคลากรทางการศึกษามีสมรรถนะ",
                                 "ผู้เรียนดำเนินชีวิตตามหลักปรัชญาของเศรษฐกิจพอเพียง"]),
            _doc("สพม. เขต 21", ["นักเรียนได้รับการศึกษาอย่างทั่วถึง"])]
    frame = thaiplan.keywords(docs, top=5, section="goals")
    terms = set(frame[frame["group"] == "สพม. เขต 20"]["term"])
    assert {"ครูและบุคลากรทางการศึกษา", "ปรัชญาของเศรษฐกิจพอเพียง"} <= terms
    assert set(frame["group"]) == {"สพม. เขต 20", "สพม. เขต 21"}
    assert thaiplan.keywords(docs[0], labels=["x"])["group"].unique().tolist() == ["x"]


def test_keywords_bad_arguments_and_empty() -> None:
    with pytest.raises(ValueError, match="top"):
        keywords(["ครู"], top=0)
    with pytest.raises(ValueError, match="labels"):
        keywords(["ครู"], labels=["a", "b"])
    assert keywords(["", " "]).empty
