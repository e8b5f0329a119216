"""The numba backend: the compiled kernel over the rare features' postings, run on
distinct rows, frequent features bounded per group of similar frequency."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .bounds import _PROBE
from .select import _originals

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from .rows import _Collapsed

_GROUPS = 64  # ...in 64 groups of similar document frequency


def _compiled_kernel() -> Callable[..., None] | None:
    """The numba kernel, or ``None`` when numba is not installed."""
    try:
        from .._topk_numba import top_k_kernel
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
