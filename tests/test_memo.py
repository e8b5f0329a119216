"""BoundedMemo: values as computed, each missing key computed once, memory bounded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thaiplan._memo import BoundedMemo


def test_bounded_memo_keeps_two_generations_at_most() -> None:
    memo: BoundedMemo[str] = BoundedMemo(2)
    calls: list[str] = []

    def make(key: str) -> str:
        calls.append(key)
        return key * 2

    assert memo.get_many(["ก", "ข", "ก"], make) == ["กก", "ขข", "กก"]
    assert calls == ["ก", "ข"]
    assert memo.get_many(["ค", "ง", "จ"], make) == ["คค", "งง", "จจ"]
    assert len(memo) <= 4
    assert memo.get_many(["ก"], make) == ["กก"] and calls.count("ก") == 2  # dropped, recomputed
    memo.clear()
    assert len(memo) == 0 and (memo.lookups, memo.misses) == (0, 0)
    with pytest.raises(ValueError, match="size"):
        BoundedMemo(0)


def test_missing_values_are_computed_together_once_each() -> None:
    memo: BoundedMemo[str] = BoundedMemo(8, max_key_length=3)
    asked: list[list[int]] = []
    keys = ["ก", "ขข", "ก", "คคคค", "ขข"]

    def make_many(at: list[int]) -> list[str]:
        asked.append(at)
        return [keys[i].upper() + "!" for i in at]

    assert memo.get_many_together(keys, make_many) == ["ก!", "ขข!", "ก!", "คคคค!", "ขข!"]
    assert asked == [[0, 1, 3]]  # first places only, in one call
    assert len(memo) == 2  # "คคคค" is longer than max_key_length: not stored
    assert memo.get_many_together(["ขข", "ก"], make_many) == ["ขข!", "ก!"]
    assert asked == [[0, 1, 3]] and (memo.lookups, memo.misses) == (7, 3)


@given(st.lists(st.lists(st.sampled_from("กขคงจฉ"), max_size=6), max_size=8),
       st.integers(1, 3))
def test_any_sequence_of_lookups_gives_the_computed_values(batches: list[list[str]],
                                                           size: int) -> None:
    memo: BoundedMemo[str] = BoundedMemo(size)
    for keys in batches:
        assert memo.get_many(keys, lambda k: k + k) == [k + k for k in keys]
        assert len(memo) <= 2 * size
