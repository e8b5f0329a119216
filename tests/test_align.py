"""Alignment modes: invariants of each mode, merges, and the reason an item has no pair."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from thaiplan.errors import UnknownChoiceError
from thaiplan.similarity.align import ALIGN_MODES, REASONS, Match, align_scores

MODES = sorted(ALIGN_MODES)

SCORES = st.integers(0, 6).flatmap(lambda n: st.integers(0, 6).flatmap(
    lambda m: arrays(np.float64, (n, m), elements=st.sampled_from(
        [0.0, 0.05, 0.1, 0.2, 0.3, 0.35, 0.5, 0.7, 0.9, 1.0]))))


def _pairs(matches: list[Match]) -> list[tuple[int, int]]:
    return [(m.a, m.b) for m in matches if m.b is not None]


@pytest.mark.parametrize(("mode", "expected"), [
    # rows 0 and 1 both prefer column 0; column 0 prefers row 0
    ("mutual", [(0, 0)]),
    ("best", [(0, 0), (1, 0)]),
    ("one_to_one", [(0, 0), (1, 1)]),
    ("merge", [(0, 0), (1, 0)]),
])
def test_modes_on_a_small_table(mode: str, expected: list[tuple[int, int]]) -> None:
    sim = np.array([[0.9, 0.2], [0.6, 0.3]])
    matches = align_scores(sim, threshold=0.1, mode=mode, merge_threshold=0.5)  # type: ignore[arg-type]
    assert _pairs(matches) == expected


@pytest.mark.parametrize(("sim", "mode", "reason", "candidate", "rival"), [
    # nothing reaches 0.1
    ([[0.05, 0.02]], "mutual", "below_threshold", 0, None),
    # row 1's best (column 0, 0.6) prefers row 0 (0.9)
    ([[0.9, 0.0], [0.6, 0.0]], "mutual", "prefers_other", 0, 0),
    ([[0.9, 0.0], [0.6, 0.0]], "merge", "prefers_other", 0, 0),  # 0.6 < merge threshold 0.7
    # one-to-one gives column 0 to row 0; row 1's other column scores 0
    ([[0.9, 0.0], [0.6, 0.0]], "one_to_one", "taken", 0, 0),
])
def test_each_reason(sim: list[list[float]], mode: str, reason: str, candidate: int,
                     rival: int | None) -> None:
    matches = align_scores(np.array(sim), threshold=0.1, mode=mode,  # type: ignore[arg-type]
                           merge_threshold=0.7)
    last = matches[-1]
    assert (last.b, last.kind, last.reason, last.candidate, last.rival) == \
        (None, "none", reason, candidate, rival)
    assert last.score == pytest.approx(max(sim[-1]))
    assert reason in REASONS and last.why().startswith("no pair")


def test_merge_and_split_say_which() -> None:
    # row 0 merges columns 0 and 1; column 2 is split between rows 1 and 2
    sim = np.array([[0.8, 0.6, 0.0], [0.0, 0.1, 0.7], [0.0, 0.0, 0.5]])
    got = [(m.a, m.b, m.kind, m.merged_with) for m in
           align_scores(sim, threshold=0.1, mode="merge", merge_threshold=0.4)]
    assert got == [(0, 0, "merge", 1), (0, 1, "merge", 0), (1, 2, "split", 2),
                   (2, 2, "split", 1)]


def test_an_unknown_mode_names_the_valid_ones() -> None:
    with pytest.raises(UnknownChoiceError, match="'merge'"):
        align_scores(np.zeros((1, 1)), threshold=0.1, mode="greedy")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(SCORES, st.sampled_from([0.0, 0.1, 0.3]), st.sampled_from([0.0, 0.2, 0.5]))
def test_invariants(sim: np.ndarray, cut: float, merge_extra: float) -> None:
    merge_cut = cut + merge_extra
    for mode in MODES:
        matches = align_scores(sim, threshold=cut, mode=mode,  # type: ignore[arg-type]
                               merge_threshold=merge_cut)
        n, m = sim.shape
        # every item of a has a record; records sorted by a
        assert sorted({x.a for x in matches}) == list(range(n))
        assert [x.a for x in matches] == sorted(x.a for x in matches)
        pairs = _pairs(matches)
        assert len(pairs) == len(set(pairs))
        for x in matches:
            if x.b is None:
                assert x.kind == "none" and x.reason in REASONS
                assert x.score == pytest.approx(sim[x.a].max() if m else 0.0)
                if x.reason == "below_threshold" and m:
                    assert sim[x.a].max() < cut or sim[x.a].max() <= 0.0
            else:
                assert x.reason is None and x.kind != "none"
                assert x.score == sim[x.a, x.b] and x.score >= cut and x.score > 0.0
        rows = [a for a, _ in pairs]
        cols = [b for _, b in pairs]
        if mode in ("mutual", "one_to_one"):  # never reuses an item
            assert len(rows) == len(set(rows)) and len(cols) == len(set(cols))
            assert all(x.kind in ("pair", "none") for x in matches)
        if mode == "mutual":
            for a, b in pairs:
                assert sim[a, b] == sim[a].max() == sim[:, b].max()
        if mode == "merge":
            # at most two partners, and a second partner clears the merge threshold
            assert max([rows.count(r) for r in rows] + [cols.count(c) for c in cols] + [0]) <= 2
            assert not any(rows.count(a) > 1 and cols.count(b) > 1 for a, b in pairs)
            for x in matches:
                if x.kind in ("merge", "split"):
                    assert x.merged_with is not None
                    other = (x.a, x.merged_with) if x.kind == "merge" else (x.merged_with, x.b)
                    assert other in pairs
                    # both pairs clear the threshold and the merge threshold
                    assert min(sim[x.a, x.b], sim[other]) >= max(cut, merge_cut)
            # the mutual pairs are all still there
            base = _pairs(align_scores(sim, threshold=cut, mode="mutual"))
            assert set(base) <= set(pairs)
