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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..errors import MissingDependencyError, UnknownChoiceError

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
_GROUP = 64  # columns per group for the first selection pass
_FREQ_SHARE = 0.1  # a feature in more than 10% of the rows (of both sides) is frequent
_FREQ_BYTES = 1 << 28  # at most 256 MB for the dense columns of frequent features
_MAX_CANDIDATES = 2048  # a row with more candidate pairs is scored in full
_PROBE = 3  # columns scored exactly per wanted neighbour to find a first threshold
_COMPILED_MIN_PAIRS = 1 << 24  # below 16M distinct pairs the scipy path is fast enough
_COMPILED_FREQ_SHARE = 0.05  # numba: features in more than 5% of the rows are bounded...
_GROUPS = 64  # ...in 64 groups of similar document frequency


def _one_blas_thread() -> AbstractContextManager[object]:
    """Limit BLAS to one thread (threadpoolctl comes with scikit-learn)."""
    try:
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - scikit-learn always brings it
        return nullcontext()
    limits: AbstractContextManager[object] = threadpool_limits(limits=1, user_api="blas")
    return limits


@dataclass(frozen=True, slots=True)
class Repeated:
    """The matrix ``rows[repeats]``, never built: distinct rows and the one each row repeats.

    Offices copy central wording verbatim, so a corpus's vectors repeat; give
    :func:`sparse_top_k` the vector of each distinct text once and the index of
    each item's text (``Matcher.top_k`` does).

    >>> import numpy as np
    >>> from scipy import sparse
    >>> X = Repeated(sparse.csr_matrix(np.eye(2)), np.array([0, 1, 0]))
    >>> sparse_top_k(X, k=1)[0].tolist()
    [[2], [0], [0]]
    """

    rows: Any
    repeats: NDArray[np.int64]


def _collapse(matrix: Any) -> _Collapsed:
    import numpy as np

    if isinstance(matrix, Repeated):
        return _Collapsed(matrix.rows, np.asarray(matrix.repeats, dtype=np.int64))
    return _Collapsed(matrix)


def _row_keys(m: Any) -> NDArray[np.uint64]:
    """A 64-bit key per row of a canonical CSR matrix: equal rows get equal keys."""
    import numpy as np

    with np.errstate(over="ignore"):
        h = m.indices.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        h ^= m.data.view(np.uint64)
        h ^= h >> np.uint64(31)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(29)
        sums = np.concatenate(([np.uint64(0)], np.cumsum(h, dtype=np.uint64)))
        keys: NDArray[np.uint64] = sums[m.indptr[1:]] - sums[m.indptr[:-1]]
        keys += np.diff(m.indptr).astype(np.uint64) * np.uint64(0x94D049BB133111EB)
    return keys


def _same_as(m: Any, rows: NDArray[np.int64], reps: NDArray[np.int64]) -> bool:
    """Whether each row in ``rows`` equals its representative in ``reps``, entry by entry."""
    import numpy as np

    indptr, indices, data = m.indptr, m.indices, m.data
    lengths = np.diff(indptr)
    if (lengths[rows] != lengths[reps]).any():
        return False
    step = max(1, (1 << 22) // max(1, int(lengths.max(initial=0))))
    for lo in range(0, len(rows), step):
        r, p = rows[lo: lo + step], reps[lo: lo + step]
        size = lengths[r]
        offsets = np.arange(int(size.sum())) - np.repeat(np.cumsum(size) - size, size)
        at_r = np.repeat(indptr[r], size) + offsets
        at_p = np.repeat(indptr[p], size) + offsets
        if not ((indices[at_r] == indices[at_p]).all()
                and (data[at_r].view(np.uint64) == data[at_p].view(np.uint64)).all()):
            return False
    return True


class _Collapsed:
    """Distinct rows of a sparse matrix and where each original row went."""

    def __init__(self, matrix: Any, repeats: NDArray[np.int64] | None = None) -> None:
        """Collapse the rows of ``matrix`` (or of ``matrix[repeats]``, without building it)."""
        import numpy as np
        from scipy import sparse

        m = sparse.csr_matrix(matrix, dtype=np.float64, copy=True)
        m.sum_duplicates()
        m.eliminate_zeros()
        m.sort_indices()
        n = m.shape[0]
        # rows are grouped by a 64-bit key, then compared entry by entry with the
        # first row of their group; a key collision (never seen) falls back to bytes
        _, first_of_key, inverse = np.unique(_row_keys(m), return_index=True,
                                             return_inverse=True)
        inverse = inverse.ravel()
        reps = first_of_key[inverse]
        moved = np.flatnonzero(reps != np.arange(n))
        if not _same_as(m, moved, reps[moved]):
            inverse = self._by_bytes(m)
        else:
            # distinct rows numbered by first occurrence
            order = np.argsort(first_of_key, kind="stable")
            rank = np.empty(len(order), dtype=np.int64)
            rank[order] = np.arange(len(order))
            inverse = rank[inverse]
        if repeats is not None:
            inverse = inverse[repeats]
            n = len(inverse)
        counts = np.bincount(inverse, minlength=int(inverse.max(initial=-1)) + 1)
        self.inverse = inverse  # original row -> distinct row
        # originals of each distinct row, ascending: order[starts[u]:starts[u+1]]
        self.order = np.argsort(inverse, kind="stable")
        self.starts = np.concatenate(([0], np.cumsum(counts)))
        self.counts = counts
        self.first = self.order[self.starts[:-1]]
        if repeats is not None:
            # the first repeat of each distinct row → its row of `matrix`
            self.rows = m[repeats[self.first]]
        else:
            self.rows = m[self.first] if len(counts) < n else m

    @staticmethod
    def _by_bytes(m: Any) -> NDArray[np.int64]:
        """Distinct-row numbers by comparing the rows' bytes (exact, slow)."""
        import numpy as np

        first: dict[bytes, int] = {}
        inverse = np.empty(m.shape[0], dtype=np.int64)
        for row in range(m.shape[0]):
            lo, hi = m.indptr[row], m.indptr[row + 1]
            raw = m.indices[lo:hi].tobytes() + b"|" + m.data[lo:hi].tobytes()
            inverse[row] = first.setdefault(raw, len(first))
        return inverse


def _select(values: NDArray[np.float64], cols: NDArray[np.int64] | None, want: int,
            b: _Collapsed) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """Top ``want`` original columns (score desc, index asc) of each row.

    ``values[r, c]`` is the score of distinct column ``cols[r, c]`` (or ``c`` when
    ``cols`` is None); ``-inf`` marks padding. Every entry that can reach the top
    must be present.
    """
    import numpy as np

    rows, width = values.shape
    out_idx = np.empty((rows, want), dtype=np.int64)
    out_score = np.empty((rows, want), dtype=np.float64)
    kk = min(want, width)
    if kk < width:
        pos = np.argpartition(values, width - kk, axis=1)[:, width - kk:]
    else:
        pos = np.broadcast_to(np.arange(width), (rows, width)).copy()
    top = np.take_along_axis(values, pos, axis=1)
    top_cols = pos if cols is None else np.take_along_axis(cols, pos, axis=1)
    threshold = top.min(axis=1)
    n_at_least = (values >= threshold[:, None]).sum(axis=1)
    # Simple rows: exactly `want` columns reach the threshold, none duplicated.
    simple = ((n_at_least == kk) & (kk == want) & np.isfinite(threshold)
              & (b.counts[top_cols] == 1).all(axis=1))
    if simple.any():
        orig = b.first[top_cols[simple]]
        s = top[simple]
        order = np.lexsort((orig, -s), axis=1)
        out_idx[simple] = np.take_along_axis(orig, order, axis=1)
        out_score[simple] = np.take_along_axis(s, order, axis=1)
    for r in np.flatnonzero(~simple):
        row = values[r]
        t = threshold[r]
        above = np.flatnonzero(row > t)
        tied = np.flatnonzero(row == t)
        if len(tied) > want:
            # the `want` lowest original indices among tied columns come from the
            # `want` tied columns with the lowest first original index
            ids = tied if cols is None else cols[r, tied]
            tied = tied[np.argpartition(b.first[ids], want - 1)[:want]]
        at = np.concatenate((above, tied))
        ucols = at if cols is None else cols[r, at]
        parts = [b.order[b.starts[c]: b.starts[c] + min(b.counts[c], want)] for c in ucols]
        orig = np.concatenate(parts)
        s = np.repeat(row[at], [len(p) for p in parts])
        order = np.lexsort((orig, -s))[:want]
        out_idx[r] = orig[order]
        out_score[r] = s[order]
    return out_idx, out_score


def _select_block(scores: NDArray[np.float64], want: int, b: _Collapsed
                  ) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """Top ``want`` original columns of each row of a dense block of scores.

    Columns are cut into groups of :data:`_GROUP`; the ``want`` groups with the
    highest maxima hold every winner unless group maxima tie, so only they are
    searched (one cheap max pass instead of a partition of the whole row).
    """
    import numpy as np

    rows, m_u = scores.shape
    if want == 0:
        return np.empty((rows, 0), dtype=np.int64), np.empty((rows, 0), dtype=np.float64)
    full = m_u // _GROUP
    n_groups = full + (1 if m_u % _GROUP else 0)
    kk = min(want, m_u)
    if n_groups <= 2 * kk:
        return _select(scores, None, want, b)
    gmax = np.empty((rows, n_groups))
    gmax[:, :full] = scores[:, : full * _GROUP].reshape(rows, full, _GROUP).max(axis=2)
    if full < n_groups:
        gmax[:, full] = scores[:, full * _GROUP:].max(axis=1)
    top_groups = np.argpartition(gmax, n_groups - kk, axis=1)[:, n_groups - kk:]
    t_group = np.take_along_axis(gmax, top_groups, axis=1).min(axis=1)
    ok = (gmax >= t_group[:, None]).sum(axis=1) == kk
    out_idx = np.empty((rows, want), dtype=np.int64)
    out_score = np.empty((rows, want), dtype=np.float64)
    if ok.any():
        cols = (top_groups[ok][:, :, None] * _GROUP + np.arange(_GROUP)).reshape(-1, kk * _GROUP)
        valid = cols < m_u
        cols = np.where(valid, cols, 0)
        values = scores[np.flatnonzero(ok)[:, None], cols]
        values[~valid] = -np.inf
        out_idx[ok], out_score[ok] = _select(values, cols, want, b)
    if not ok.all():
        out_idx[~ok], out_score[~ok] = _select(scores[~ok], None, want, b)
    return out_idx, out_score


class _Pruned:
    """Exact selection from rare-feature scores plus a bound on frequent features.

    For a row ``i`` and column ``j``, ``s = s_rare + s_freq`` with
    ``|s_freq| <= |a_i| |b_j|`` (norms over the frequent features). The exact
    scores of ``want`` good columns give a lower bound ``theta`` of the row's
    ``want``-th best score; only columns with ``s_rare + |a_i| |b_j| >= theta``
    can reach the top, and only those are scored exactly.
    """

    def __init__(self, a_freq: NDArray[np.float64], b_freq: NDArray[np.float64]) -> None:
        import numpy as np
        from scipy import sparse

        self.a_sp = sparse.csr_matrix(a_freq)
        self.b_sp = self.a_sp if b_freq is a_freq else sparse.csr_matrix(b_freq)
        self.a = a_freq
        self.b = b_freq
        self.b_t = np.ascontiguousarray(b_freq.T)
        self.na = np.sqrt(np.einsum("ij,ij->i", a_freq, a_freq))
        self.nb = self.na if b_freq is a_freq else np.sqrt(np.einsum("ij,ij->i", b_freq, b_freq))
        self.nb_max = float(self.nb.max()) if len(self.nb) else 0.0

    def _exact(self, rare: NDArray[np.float64], lo: int, r: NDArray[np.int64],
               c: NDArray[np.int64]) -> NDArray[np.float64]:
        """Exact scores of the pairs (block row ``r``, column ``c``).

        The frequent-feature part is an element-wise product of the gathered
        sparse rows (cost: their non-zeros, not the number of features).
        """
        import numpy as np

        out = np.empty(len(r))
        step = 1 << 16
        for s in range(0, len(r), step):
            rr, cc = r[s: s + step], c[s: s + step]
            prod = self.a_sp[lo + rr].multiply(self.b_sp[cc])
            out[s: s + step] = np.asarray(prod.sum(axis=1)).ravel()
        return out + rare[r, c]

    def select(self, rare: NDArray[np.float64], lo: int, want: int, b: _Collapsed
               ) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        import numpy as np

        rows, m_u = rare.shape
        n_groups = -(-m_u // _GROUP)
        kk = min(want, m_u)
        if kk < want or n_groups <= _PROBE * kk:
            return _select_block(rare + self.a[lo: lo + rows] @ self.b_t, want, b)
        # want good columns per row: the best of each of the want best groups
        full = m_u // _GROUP
        garg = np.empty((rows, n_groups), dtype=np.int64)
        garg[:, :full] = rare[:, : full * _GROUP].reshape(rows, full, _GROUP).argmax(axis=2)
        garg[:, :full] += np.arange(full) * _GROUP
        if full < n_groups:
            garg[:, full] = full * _GROUP + rare[:, full * _GROUP:].argmax(axis=1)
        gmax = np.take_along_axis(rare, garg, axis=1)
        # a lower bound of the want-th best score: the want-th best exact score of
        # the best columns of the 3 * want groups with the best rare scores
        probe = min(n_groups, _PROBE * kk)
        best = np.take_along_axis(garg, np.argpartition(gmax, n_groups - probe, axis=1)
                                  [:, n_groups - probe:], axis=1)
        r0 = np.repeat(np.arange(rows), probe)
        probed = self._exact(rare, lo, r0, best.ravel()).reshape(rows, probe)
        theta = np.partition(probed, probe - kk, axis=1)[:, probe - kk]
        slack = 1e-9 * (1.0 + np.abs(theta))
        na = self.na[lo: lo + rows]
        # loose per-row filter first (one pass), then the per-pair bound
        r, c = np.nonzero(rare >= (theta - na * self.nb_max - slack)[:, None])
        keep = rare[r, c] + na[r] * self.nb[c] >= theta[r] - slack[r]
        r, c = r[keep], c[keep]
        counts = np.bincount(r, minlength=rows)
        heavy = counts > _MAX_CANDIDATES
        out_idx = np.empty((rows, want), dtype=np.int64)
        out_score = np.empty((rows, want), dtype=np.float64)
        if heavy.any():
            h = np.flatnonzero(heavy)
            full_scores = rare[h] + self.a[lo + h] @ self.b_t
            out_idx[h], out_score[h] = _select_block(full_scores, want, b)
            light = ~heavy[r]
            r, c = r[light], c[light]
            counts[h] = 0
        ok = np.flatnonzero(~heavy)
        if len(ok):
            exact = self._exact(rare, lo, r, c)
            width = int(counts.max()) if len(r) else 1
            starts = np.concatenate(([0], np.cumsum(counts)))
            slot = np.arange(len(r)) - starts[r]
            values = np.full((rows, width), -np.inf)
            cols = np.zeros((rows, width), dtype=np.int64)
            values[r, slot] = exact
            cols[r, slot] = c
            out_idx[ok], out_score[ok] = _select(values[ok], cols[ok], want, b)
        return out_idx, out_score


def _compiled_kernel() -> Callable[..., None] | None:
    """The numba kernel, or ``None`` when numba is not installed."""
    try:
        from ._topk_numba import top_k_kernel
    except ImportError:
        return None
    kernel: Callable[..., None] = top_k_kernel
    return kernel


def _run_compiled(kernel: Callable[..., None], a_rows: Any, b_rows: Any, *,
                  freq: NDArray[np.int64], want: int, b: _Collapsed, jobs: int
                  ) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """Best ``want`` original columns of each distinct row, by the compiled kernel."""
    import numba
    import numpy as np
    from scipy import sparse

    d = a_rows.shape[1]
    # frequent features in groups of similar document frequency; a pair's frequent
    # part is bounded by the sum over groups of the product of the two group norms
    n_groups = max(1, min(_GROUPS, len(freq)))
    df = np.bincount(b_rows.indices, minlength=d)
    group = np.full(d, -1, dtype=np.int64)
    group[freq[np.argsort(df[freq], kind="stable")]] = (
        np.arange(len(freq)) * n_groups // max(1, len(freq)))

    def group_norms(rows: Any) -> sparse.csr_matrix:
        g = group[rows.indices]
        kept = g >= 0
        at = np.repeat(np.arange(rows.shape[0]), np.diff(rows.indptr))[kept]
        squares = sparse.csr_matrix((rows.data[kept] ** 2, (at, g[kept])),
                                    shape=(rows.shape[0], n_groups))
        squares.sum_duplicates()
        squares.data = np.sqrt(squares.data)
        return squares

    rare_part = b_rows.multiply(sparse.csr_matrix(group < 0, dtype=np.float64)).tocsr()
    rare_part.eliminate_zeros()
    bt = sparse.csr_matrix(rare_part.T)
    bt.sort_indices()
    na = group_norms(a_rows)
    nb = np.ascontiguousarray((na if b_rows is a_rows else group_norms(b_rows))
                              .toarray().T.astype(np.float32))
    n_u = a_rows.shape[0]
    out_c = np.full((n_u, want), -1, dtype=np.int64)
    out_s = np.full((n_u, want), -np.inf)
    arrays = [x.astype(np.int64) if x.dtype.kind == "i" else x for x in (
        a_rows.indptr, a_rows.indices, a_rows.data, b_rows.indptr, b_rows.indices,
        b_rows.data, bt.indptr, bt.indices, bt.data, na.indptr, na.indices, na.data)]
    previous = numba.get_num_threads()
    numba.set_num_threads(max(1, min(jobs, numba.config.NUMBA_NUM_THREADS)))  # type: ignore[attr-defined]
    try:
        kernel(*arrays, nb, b.first.astype(np.int64), d, _PROBE * want,
               min(n_u, 16 * jobs), out_c, out_s)
    finally:
        numba.set_num_threads(previous)
    return _originals(out_s, out_c, want, b)


def _originals(scores: NDArray[np.float64], cols: NDArray[np.int64], want: int, b: _Collapsed
               ) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """Top ``want`` original columns of each row, from its top ``want`` distinct columns.

    A distinct column stands for its originals (up to ``want`` of them, lowest
    first); the originals are ranked by score, ties by the lower index. The top
    ``want`` originals always come from the top ``want`` distinct columns ranked
    by score and lowest original.
    """
    import numpy as np

    rows = len(scores)
    take = np.minimum(b.counts[cols], want)  # (rows, want)
    slot = np.arange(want)
    orig = b.order[np.minimum(b.starts[cols][:, :, None] + slot, len(b.order) - 1)]
    valid = slot < take[:, :, None]
    orig = np.where(valid, orig, np.iinfo(np.int64).max).reshape(rows, -1)
    value = np.where(valid, scores[:, :, None], -np.inf).reshape(rows, -1)
    order = np.lexsort((orig, -value), axis=-1)[:, :want]
    return np.take_along_axis(orig, order, axis=1), np.take_along_axis(value, order, axis=1)


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
