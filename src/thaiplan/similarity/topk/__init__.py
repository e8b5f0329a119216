"""Exact top-k most similar rows of sparse matrices, without an n × n matrix.

:func:`sparse_top_k` is the kernel behind ``Matcher.top_k``. For rows of ``A``
(and of ``B``, or of ``A`` itself) it returns the ``k`` columns of ``A @ B.T``
with the highest scores, exactly as a brute-force ``argsort`` of the full
product would (same scores, ties broken by the lower index), without ever
building the full product:

1. identical rows are collapsed first (hashed in bulk, confirmed entry by
   entry) — offices copy central wording verbatim, so real corpora repeat
   heavily and each distinct row is scored once (:class:`Repeated` passes rows
   already deduplicated);
2. features are split: *rare* ones (in at most a few percent of the rows) are
   multiplied sparsely; the part of a score due to *frequent* ones (common
   words and character n-grams, which would make the product nearly dense) is
   only bounded, by Cauchy–Schwarz (``|a_f| |b_f|``);
3. a first threshold comes from a few exactly scored columns, and only the
   pairs whose bound reaches it (typically a few dozen per row) are scored
   exactly; ties and duplicates are resolved by the lower index.

Two backends (:data:`BACKENDS`) give the same lists:

* ``"numba"`` (the ``fast`` extra): a compiled kernel, parallel over rows, that
  accumulates the rare part from inverted lists and bounds the frequent part
  per group of 64 features of similar frequency (a much tighter bound), so
  almost nothing is scored in vain; its exact scores are bit-identical to
  scipy's product;
* ``"scipy"``: sparse products in row blocks of bounded size (32 MB of dense
  scores), one bound for all frequent features, selection with group maxima
  and ``argpartition``, blocks on ``n_jobs`` threads.

The package: :mod:`.rows` (identical rows collapsed), :mod:`.select` (the top
columns of a block), :mod:`.bounds` (the scipy backend's pruning),
:mod:`.compiled` (the numba backend); this module chooses and runs them.

>>> import numpy as np
>>> from scipy import sparse
>>> X = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0], [1.0, 0.0]]))
>>> idx, score = sparse_top_k(X, k=2)
>>> idx.tolist()
[[3, 1], [2, 0], [1, 0], [0, 1]]
>>> score.round(2).tolist()[1]
[0.8, 0.6]
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any, Literal

from ...errors import MissingDependencyError, UnknownChoiceError
from .bounds import _Pruned
from .compiled import _compiled_kernel, _run_compiled
from .rows import Repeated, _collapse, _Collapsed
from .select import _select_block

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["BACKENDS", "Backend", "Repeated", "sparse_top_k"]

Backend = Literal["auto", "numba", "scipy"]
BACKENDS: dict[str, str] = {
    "auto": "numba for large inputs when it is installed, else scipy",
    "numba": "a compiled kernel over the rare features' postings (the 'fast' extra)",
    "scipy": "sparse products in row blocks, selection in numpy",
}
"""Top-k kernels by name; the keys are the valid ``backend`` choices."""

_BLOCK_ELEMENTS = 1 << 22  # a dense score block holds at most 4M floats (32 MB)
_FREQ_SHARE = 0.1  # a feature in more than 10% of the rows (of both sides) is frequent
_FREQ_BYTES = 1 << 28  # at most 256 MB for the dense columns of frequent features
_COMPILED_MIN_PAIRS = 1 << 24  # below 16M distinct pairs the scipy path is fast enough
_COMPILED_FREQ_SHARE = 0.05  # numba: features in more than 5% of the rows are bounded...


def _one_blas_thread() -> AbstractContextManager[object]:
    """Limit BLAS to one thread (threadpoolctl comes with scikit-learn)."""
    try:
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - scikit-learn always brings it
        return nullcontext()
    limits: AbstractContextManager[object] = threadpool_limits(limits=1, user_api="blas")
    return limits


def sparse_top_k(
    A: Any,  # noqa: N803 (the matrix names of the contract)
    B: Any | None = None,  # noqa: N803
    *,
    k: int = 5,
    block_rows: int | None = None,
    n_jobs: int | None = None,
    backend: Backend = "auto",
) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """The ``k`` highest-scoring rows of ``B`` for every row of ``A`` (scores ``A @ B.T``).

    With L2-normalised rows (``Matcher.transform``) the scores are cosine
    similarities in [0, 1], higher = more similar.

    Args:
        A: an ``(n, d)`` sparse matrix (or anything ``scipy.sparse.csr_matrix``
            accepts), or a :class:`Repeated` one.
        B: an ``(m, d)`` matrix (or :class:`Repeated`), or ``None`` to compare
            ``A`` with itself, in which case each row's own index is excluded
            (an identical copy at another index is not: it scores like any
            other row).
        k: how many neighbours per row (≥ 0). Fewer are returned when ``B`` has
            fewer rows (``min(k, m)``, or ``min(k, n - 1)`` without ``B``).
        block_rows: distinct rows of ``A`` scored at once; by default as many as
            keep a dense block of scores under 4M entries (32 MB).
        n_jobs: threads; ``None`` = the number of CPUs (at most 8), 1 = no threads.
        backend: a key of :data:`BACKENDS`: ``"numba"`` (the compiled kernel,
            needs the ``fast`` extra), ``"scipy"`` (sparse products in numpy
            blocks), or ``"auto"`` (default): numba for large inputs when it is
            installed, else scipy. Both give the same result.

    Returns:
        ``(indices, scores)``, both of shape ``(n, k')``: row ``i`` lists the
        indices into ``B`` (or ``A``) by score, highest first, ties by lower
        index, and their scores. Equal to a brute-force sort of the full
        product within floating-point rounding.

    Raises:
        ValueError: ``k`` is negative, or ``A`` and ``B`` differ in width.
        UnknownChoiceError: ``backend`` is not a key of :data:`BACKENDS`.
        MissingDependencyError: ``backend="numba"`` without numba installed.

    >>> import numpy as np
    >>> from scipy import sparse
    >>> A = sparse.csr_matrix(np.array([[1.0, 0.0]]))
    >>> B = sparse.csr_matrix(np.array([[0.0, 1.0], [0.8, 0.6], [1.0, 0.0]]))
    >>> sparse_top_k(A, B, k=2)[0].tolist()
    [[2, 1]]
    """
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    if backend not in BACKENDS:
        raise UnknownChoiceError("top-k backend", backend, BACKENDS)
    compiled = _compiled_kernel() if backend != "scipy" else None
    if backend == "numba" and compiled is None:
        raise MissingDependencyError("numba", "fast", "the numba top-k backend")
    a = _collapse(A)
    return _top_k(a, None if B is None else _collapse(B), k=k, block_rows=block_rows,
                  n_jobs=n_jobs, compiled=compiled, force=backend == "numba")


def _top_k(a: _Collapsed, b_or_none: _Collapsed | None, *, k: int, block_rows: int | None,
           n_jobs: int | None, compiled: Callable[..., None] | None, force: bool
           ) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """:func:`sparse_top_k` of collapsed rows (``b_or_none`` None: ``a`` with itself)."""
    import numpy as np

    self_join = b_or_none is None
    b = a if b_or_none is None else b_or_none
    n = len(a.inverse)
    m = len(b.inverse)
    if a.rows.shape[1] != b.rows.shape[1]:
        raise ValueError(f"A has {a.rows.shape[1]} columns but B has {b.rows.shape[1]}")
    k_out = max(0, min(k, m - 1 if self_join else m))
    want = min(k_out + 1, m) if self_join else k_out
    n_u, m_u = a.rows.shape[0], b.rows.shape[0]
    if k_out == 0 or n == 0:
        return np.empty((n, k_out), dtype=np.int64), np.empty((n, k_out), dtype=np.float64)
    # Frequent features (in many rows of both sides) make the sparse product
    # nearly dense. Scores are split: s = s_rare + s_freq. s_rare is multiplied
    # sparsely; s_freq is bounded by Cauchy-Schwarz (|s_freq| <= |a_freq| |b_freq|),
    # which rules out almost every pair, and computed exactly only for the rest.
    df_a = np.bincount(a.rows.indices, minlength=a.rows.shape[1]).astype(np.float64)
    df_b = df_a if self_join else np.bincount(b.rows.indices,
                                              minlength=b.rows.shape[1]).astype(np.float64)
    pair_share = df_a * df_b / (float(n_u) * m_u)
    max_freq = max(0, _FREQ_BYTES // (8 * (n_u + m_u)))
    jobs = n_jobs if n_jobs is not None else min(8, os.cpu_count() or 1)
    if compiled is not None and (force or n_u * m_u >= _COMPILED_MIN_PAIRS):
        freq = np.flatnonzero(pair_share > _COMPILED_FREQ_SHARE ** 2)
        u_idx, u_score = _run_compiled(compiled, a.rows, b.rows, freq=freq, want=want, b=b,
                                       jobs=jobs)
        return _expand(u_idx, u_score, a, k_out=k_out, want=want, self_join=self_join)
    freq = np.flatnonzero(pair_share > _FREQ_SHARE ** 2)
    if len(freq) > max_freq:
        freq = freq[np.argsort(-pair_share[freq], kind="stable")[:max_freq]]
        freq.sort()
    pruned: _Pruned | None = None
    if len(freq):
        rare = np.setdiff1d(np.arange(a.rows.shape[1]), freq)
        a_freq = a.rows[:, freq].toarray()
        b_freq = a_freq if self_join else b.rows[:, freq].toarray()
        pruned = _Pruned(a_freq, b_freq)
        a_rare = a.rows[:, rare]
        bt_rare = (a_rare if self_join else b.rows[:, rare]).T.tocsr()
    else:
        a_rare = a.rows
        bt_rare = b.rows.T.tocsr()
    # the pruned path keeps a few temporaries per block: smaller blocks
    elements = _BLOCK_ELEMENTS if pruned is None else _BLOCK_ELEMENTS // 4
    step = block_rows or max(1, elements // max(m_u, 1))
    starts = list(range(0, n_u, step))

    def block(lo: int) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        hi = min(lo + step, n_u)
        scores = (a_rare[lo:hi] @ bt_rare).toarray()
        if pruned is None:
            return _select_block(scores, want, b)
        return pruned.select(scores, lo, want, b)

    if jobs > 1 and len(starts) > 1:
        # our threads already use the cores: one BLAS thread each, no oversubscription
        with _one_blas_thread(), ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(block, starts))
    else:
        results = [block(lo) for lo in starts]
    u_idx = np.concatenate([r[0] for r in results])
    u_score = np.concatenate([r[1] for r in results])
    return _expand(u_idx, u_score, a, k_out=k_out, want=want, self_join=self_join)


def _expand(u_idx: NDArray[np.int64], u_score: NDArray[np.float64], a: _Collapsed, *,
            k_out: int, want: int, self_join: bool
            ) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """Results of distinct rows → results of every row (its own index left out)."""
    import numpy as np

    n = len(a.inverse)
    idx = u_idx[a.inverse]
    score = u_score[a.inverse]
    if self_join:
        mine = idx == np.arange(n)[:, None]
        absent = ~mine.any(axis=1)
        if want > k_out:
            mine[absent, -1] = True  # not among the winners: drop the last one
        keep = ~mine
        idx = idx[keep].reshape(n, k_out)
        score = score[keep].reshape(n, k_out)
    return idx, score
