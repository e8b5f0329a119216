"""The generic signals of ``benchmarks/eval_align.py``: variants of the default, scores in [0, 1].

They are benchmark rows, not shipped methods, but their figures stand in the README: the
term-space variants must reduce to the shipped matcher when nothing is changed, every
score must lie in [0, 1], and the symmetric ones must give the transpose when the two
lists swap sides.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT

A = ("1. ผู้เรียนได้รับการศึกษาอย่างทั่วถึง", "ครูมีสมรรถนะตามมาตรฐานวิชาชีพ",
     "ประชาชนมีความปลอดภัยในชีวิตและทรัพย์สิน")
B = ("นักเรียนได้รับการศึกษาอย่างเท่าเทียม", "บุคลากรครูมีสมรรถนะทางวิชาชีพ",
     "อนุรักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อม", "ครูมีสมรรถนะตามมาตรฐานวิชาชีพ")
PHRASES = ("ผู้เรียน", "นักเรียน", "ครู", "มีทักษะอาชีพ", "ได้รับการศึกษา", "อย่างทั่วถึง",
           "ปลอดภัย", "สิ่งแวดล้อม", "บริหารจัดการ", "โปร่งใส", "ส่งเสริม", "ชุมชน",
           "ศตวรรษที่ 21", "เทคโนโลยีดิจิทัล", "2.")

# signal name, symmetric (swapping the lists transposes the matrix)
SIGNALS = [
    ("position", True),
    ("lcs", False),  # difflib's matching blocks depend on the order of the arguments
    ("tokensort", False),
    ("tnc1.0", True),
    ("tnc1.0-noplan", True),
    ("wordnet0.2", True),
    ("wordnet0.2-nothes", True),
    ("idf^0.5", True),
    ("csls0.5", True),
]


@pytest.fixture(scope="module")
def ev() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import eval_align
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    yield eval_align


def _pairs(ev: ModuleType, a: tuple[str, ...], b: tuple[str, ...]) -> list[object]:
    return [ev.Pair(a, b, frozenset(), "dev"), ev.Pair(b, a, frozenset(), "dev")]


@pytest.mark.parametrize(("name", "symmetric"), SIGNALS)
def test_signal_scores_lie_in_unit_interval(ev: ModuleType, name: str, symmetric: bool) -> None:
    ab, ba = ev.SIGNALS[name](_pairs(ev, A, B), ev._full_thesaurus())
    assert ab.shape == (len(A), len(B)) and ba.shape == (len(B), len(A))
    assert ((ab >= 0.0) & (ab <= 1.0)).all()
    if symmetric:
        np.testing.assert_allclose(ab, ba.T, atol=1e-12)
    if name != "position":  # a copy is the best (it scores 1 unless rescaled by CSLS)
        assert int(np.argmax(ab[1])) == 3
        assert ab[1, 3] == pytest.approx(1.0) or name.startswith("csls")


@pytest.mark.parametrize("options", [{}, {"rarity": 0.0}, {"idf_power": 1.0}])
def test_term_space_without_change_is_the_matcher(ev: ModuleType, options: dict[str, float]
                                                  ) -> None:
    pairs = _pairs(ev, A, B)
    th = ev._full_thesaurus()
    for got, want in zip(ev.term_space_signal(**options)(pairs, th),
                         ev.matcher_signal()(pairs, th), strict=True):
        np.testing.assert_allclose(got, want, atol=1e-12)


@pytest.mark.parametrize(("common", "rare"), [("พัฒนา", "โปร่งใส"), ("ระบบ", "ทุจริต")])
def test_tnc_information_ranks_rarer_words_higher(ev: ModuleType, common: str, rare: str) -> None:
    assert 0.0 < ev.tnc_information(common) < ev.tnc_information(rare)


def test_tnc_information_of_an_unknown_compound_is_its_rarest_part(ev: ModuleType) -> None:
    parts = ("ระบบ", "ทุจริต")  # each in the TNC, the compound is not
    assert ev.tnc_information("".join(parts)) == pytest.approx(
        max(ev.tnc_information(p) for p in parts))
    # a part the TNC lacks does not count: only โปร่งใส is known here
    assert ev.tnc_information("ธรรมาภิบาลโปร่งใส") == pytest.approx(ev.tnc_information("โปร่งใส"))


def test_wordnet_synsets_join_synonyms_and_skip_lone_ones(ev: ModuleType) -> None:
    assert set(ev.wordnet_synsets("ผู้เรียน")) & set(ev.wordnet_synsets("นักเรียน"))
    assert ev.wordnet_synsets("ไม่ใช่คำในเวิร์ดเน็ต") == ()


LISTS = st.lists(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=4).map("".join),
                 min_size=1, max_size=4).map(tuple)


@settings(max_examples=25, deadline=None)
@given(LISTS, LISTS, st.sampled_from([n for n, _ in SIGNALS]))
def test_any_lists_score_in_unit_interval(ev: ModuleType, a: tuple[str, ...],
                                          b: tuple[str, ...], name: str) -> None:
    ab, ba = ev.SIGNALS[name](_pairs(ev, a, b), ev._full_thesaurus())
    assert ab.shape == (len(a), len(b))
    assert np.isfinite(ab).all() and ((ab >= 0.0) & (ab <= 1.0)).all()
    if dict(SIGNALS)[name]:
        np.testing.assert_allclose(ab, ba.T, atol=1e-12)
