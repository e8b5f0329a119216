"""Identical rows collapsed before scoring: each distinct row is scored once.

Rows are hashed in bulk and confirmed entry by entry; :class:`Repeated` passes
rows already deduplicated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["Repeated"]


@dataclass(frozen=True, slots=True)
class Repeated:
    """The matrix ``rows[repeats]``, never built: distinct rows and the one each row repeats.

    Offices copy central wording verbatim, so a corpus's vectors repeat; give
    :func:`sparse_top_k` the vector of each distinct text once and the index of
    each item's text (``Matcher.top_k`` does).

    >>> import numpy as np
    >>> from scipy import sparse
    >>> from thaiplan.similarity.topk import sparse_top_k
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
