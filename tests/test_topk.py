"""Exact blocked top-k (thaiplan.similarity.topk) against brute force."""

from __future__ import annotations

import importlib.util
import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from thaiplan.errors import UnknownChoiceError
from thaiplan.similarity import topk
from thaiplan.similarity.topk import Repeated, sparse_top_k
from thaiplan.similarity.topk import bounds as topk_bounds
from thaiplan.similarity.topk import compiled as topk_compiled
from thaiplan.similarity.topk import select as topk_select

# every kernel gives the same lists; numba comes with the `fast` extra (in `test`)
KERNELS = ["scipy"] + (["numba"] if importlib.util.find_spec("numba") else [])

# Kernel tuning constants drawn small so tiny matrices take every code path:
# group pre-selection, the frequent-feature bound, the fallback for heavy rows.
TUNING = st.fixed_dictionaries({
    "_GROUP": st.sampled_from([1, 2, 3, 64]),
    "_FREQ_SHARE": st.sampled_from([0.0, 0.1, 0.5, 2.0]),
    "_MAX_CANDIDATES": st.sampled_from([1, 3, 2048]),
    "_COMPILED_FREQ_SHARE": st.sampled_from([0.0, 0.1, 0.5, 2.0]),
    "_GROUPS": st.sampled_from([1, 2, 64]),
    "_PROBE": st.sampled_from([1, 3]),
})


# the modules of the topk package: a constant is set in each one that binds it
MODULES = (topk, topk_bounds, topk_compiled, topk_select)


def _tuned(tuning: dict[str, float], fn: object, *args: object, **kwargs: object) -> object:
    saved = [(module, name, getattr(module, name)) for module in MODULES for name in tuning
             if hasattr(module, name)]
    assert {name for _, name, _ in saved} == set(tuning)
    try:
        for module, name, _ in saved:
            setattr(module, name, tuning[name])
        return fn(*args, **kwargs)  # type: ignore[operator]
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def brute_force(a: sparse.csr_matrix, b: sparse.csr_matrix | None, k: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """Full product, each row sorted by (score desc, index asc), self excluded."""
    other = a if b is None else b
    scores = (a @ other.T).toarray()
    n, m = scores.shape
    k_out = max(0, min(k, m - 1 if b is None else m))
    idx = np.empty((n, k_out), dtype=np.int64)
    val = np.empty((n, k_out))
    for i in range(n):
        cols = np.array([j for j in range(m) if b is not None or j != i], dtype=np.int64)
        order = np.lexsort((cols, -scores[i, cols]))[:k_out]
        idx[i] = cols[order]
        val[i] = scores[i, cols[order]]
    return idx, val


@st.composite
def matrices(draw: st.DrawFn) -> sparse.csr_matrix:
    """Small sparse matrices with integer entries (exact ties) and repeated rows."""
    n = draw(st.integers(0, 14))
    d = draw(st.integers(1, 6))
    distinct = draw(st.lists(
        st.lists(st.integers(0, 3), min_size=d, max_size=d), min_size=1, max_size=6))
    picks = draw(st.lists(st.integers(0, len(distinct) - 1), min_size=n, max_size=n))
    dense = np.array([distinct[p] for p in picks], dtype=float).reshape(n, d)
    return sparse.csr_matrix(dense)


@settings(max_examples=150, deadline=None)
@given(a=matrices(), k=st.integers(0, 8), block=st.integers(1, 5), jobs=st.sampled_from([1, 2]),
       tuning=TUNING, backend=st.sampled_from(KERNELS))
def test_self_top_k_equals_brute_force(a: sparse.csr_matrix, k: int, block: int, *,
                                       jobs: int, tuning: dict[str, float], backend: str) -> None:
    idx, val = _tuned(tuning, sparse_top_k, a, k=k, block_rows=block, n_jobs=jobs,
                      backend=backend)
    want_idx, want_val = brute_force(a, None, k)
    assert idx.shape == want_idx.shape
    np.testing.assert_array_equal(idx, want_idx)
    np.testing.assert_allclose(val, want_val, atol=1e-6)


@settings(max_examples=150, deadline=None)
@given(data=st.data(), k=st.integers(0, 8), block=st.integers(1, 5), tuning=TUNING,
       backend=st.sampled_from(KERNELS))
def test_cross_top_k_equals_brute_force(data: st.DataObject, k: int, block: int,
                                        tuning: dict[str, float], backend: str) -> None:
    a = data.draw(matrices())
    b = data.draw(matrices())
    width = min(a.shape[1], b.shape[1])
    a, b = a[:, :width].tocsr(), b[:, :width].tocsr()
    idx, val = _tuned(tuning, sparse_top_k, a, b, k=k, block_rows=block, n_jobs=2,
                      backend=backend)
    want_idx, want_val = brute_force(a, b, k)
    np.testing.assert_array_equal(idx, want_idx)
    np.testing.assert_allclose(val, want_val, atol=1e-6)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), k=st.integers(1, 6), share=st.sampled_from([0.0, 0.1, 0.5, 2.0]),
       backend=st.sampled_from(KERNELS))
def test_signed_entries_equal_brute_force(data: st.DataObject, k: int, share: float,
                                          backend: str) -> None:
    """Negative entries: the bound on the frequent part holds in absolute value."""
    n = data.draw(st.integers(1, 12))
    entries = st.sampled_from([-2.0, -0.5, 0.0, 0.0, 0.25, 1.0, 3.0])
    dense = np.array(data.draw(st.lists(st.lists(entries, min_size=4, max_size=4),
                                        min_size=n, max_size=n)))
    a = sparse.csr_matrix(dense)
    tuning = {"_FREQ_SHARE": share, "_COMPILED_FREQ_SHARE": share, "_GROUPS": 2}
    idx, val = _tuned(tuning, sparse_top_k, a, k=k, backend=backend)
    want_idx, want_val = brute_force(a, None, k)
    np.testing.assert_array_equal(idx, want_idx)
    np.testing.assert_allclose(val, want_val, atol=1e-9)


@pytest.mark.parametrize("backend", KERNELS)
def test_repeated_rows_equal_the_built_matrix(backend: str) -> None:
    rng = np.random.default_rng(3)
    rows = sparse.random(30, 12, density=0.3, random_state=rng, format="csr")
    repeats = rng.integers(0, 30, 80)
    plain = sparse_top_k(rows[repeats], k=4, backend=backend)
    packed = sparse_top_k(Repeated(rows, repeats), k=4, backend=backend)
    np.testing.assert_array_equal(plain[0], packed[0])
    np.testing.assert_allclose(plain[1], packed[1])
    cross = sparse_top_k(Repeated(rows, repeats[:10]), Repeated(rows, repeats), k=3,
                         backend=backend)
    np.testing.assert_array_equal(cross[0], sparse_top_k(rows[repeats[:10]], rows[repeats],
                                                         k=3, backend=backend)[0])


def test_normalised_random_corpus_matches_brute_force() -> None:
    """Float TF-IDF-like rows, 30% of them copies: same lists as brute force."""
    rng = np.random.default_rng(7)
    base = sparse.random(120, 60, density=0.08, random_state=rng, format="csr")
    rows = np.concatenate([np.arange(120), rng.integers(0, 120, 50)])
    x = base[rows]
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1))).ravel()
    norms[norms == 0] = 1
    x = sparse.csr_matrix(x.multiply(1 / norms[:, None]))
    want_idx, want_val = brute_force(x, None, 5)
    for (group, share), backend in itertools.product(((64, 0.1), (4, 0.05), (4, 0.2)), KERNELS):
        tuning = {"_GROUP": group, "_FREQ_SHARE": share, "_COMPILED_FREQ_SHARE": share,
                  "_GROUPS": group}
        idx, val = _tuned(tuning, sparse_top_k, x, k=5, block_rows=16, n_jobs=2,
                          backend=backend)
        np.testing.assert_allclose(val, want_val, atol=1e-6)
        np.testing.assert_array_equal(idx, want_idx)
    for backend in KERNELS:
        idx, val = sparse_top_k(x, k=5, block_rows=16, n_jobs=2, backend=backend)
        np.testing.assert_allclose(val, want_val, atol=1e-6)
        np.testing.assert_array_equal(idx, want_idx)
        assert ((val >= 0) & (val <= 1 + 1e-9)).all()


def test_identical_rows_are_each_others_best_match_but_not_their_own() -> None:
    x = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 0.0]]))
    idx, val = sparse_top_k(x, k=2)
    assert idx.tolist() == [[2, 3], [0, 2], [0, 3], [0, 2]]
    assert val[:, 0].tolist() == [1.0, 0.0, 1.0, 1.0]


@pytest.mark.parametrize(("n", "k", "width"), [(1, 5, 0), (3, 5, 2), (4, 0, 0)])
def test_fewer_rows_than_k(n: int, k: int, width: int) -> None:
    x = sparse.csr_matrix(np.eye(n, 3))
    idx, val = sparse_top_k(x, k=k)
    assert idx.shape == val.shape == (n, width)


def test_bad_arguments() -> None:
    x = sparse.csr_matrix(np.eye(3))
    with pytest.raises(ValueError, match="k must be >= 0"):
        sparse_top_k(x, k=-1)
    with pytest.raises(ValueError, match="columns"):
        sparse_top_k(x, sparse.csr_matrix(np.eye(2)))
    with pytest.raises(UnknownChoiceError, match="'auto', 'numba', 'scipy'"):
        sparse_top_k(x, backend="cuda")  # type: ignore[arg-type]


def test_input_matrix_is_not_modified() -> None:
    x = sparse.csr_matrix(np.array([[0.0, 2.0, 0.0], [1.0, 0.0, 1.0]]))
    x.data[0] = 0.0  # an explicit zero
    before = (x.indptr.copy(), x.indices.copy(), x.data.copy())
    sparse_top_k(x, k=1)
    for was, now in zip(before, (x.indptr, x.indices, x.data), strict=True):
        np.testing.assert_array_equal(was, now)


def test_without_numba_auto_uses_scipy_and_numba_is_a_clear_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from thaiplan.errors import MissingDependencyError

    monkeypatch.setattr(topk, "_compiled_kernel", lambda: None)
    x = sparse.csr_matrix(np.eye(3))
    assert sparse_top_k(x, k=1)[0].shape == (3, 1)
    with pytest.raises(MissingDependencyError, match=r"thaiplan\[fast\]"):
        sparse_top_k(x, k=1, backend="numba")
