"""The scipy backend's pruning: rare features scored sparsely, frequent ones only bounded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .select import _GROUP, _select, _select_block

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from .rows import _Collapsed

_MAX_CANDIDATES = 2048  # a row with more candidate pairs is scored in full
_PROBE = 3  # columns scored exactly per wanted neighbour to find a first threshold


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
