"""Compiled kernel of :func:`thaiplan.similarity.topk.sparse_top_k` (numba).

Imported only when numba is installed (the ``fast`` extra). The features are
split into *rare* and *frequent* ones, and the frequent ones into groups of
similar document frequency (see :mod:`thaiplan.similarity.topk`). For each row
``i``, in parallel:

1. the rare part of every score, ``acc[j] = sum_f a_if b_jf`` over rare ``f``, is
   accumulated from the postings of ``i``'s rare features into a dense array,
   and the frequent part is bounded by ``bound[j] = sum_g |a_ig| |b_jg|`` over
   the groups ``g`` (Cauchy–Schwarz in each group);
2. the few columns with the highest upper bounds ``acc[j] + bound[j]`` are
   scored exactly; the ``want``-th best exact score so far is a lower bound
   ``theta`` of the row's ``want``-th best score;
3. every other column is scored exactly only when its upper bound reaches
   ``theta``, which rises as better columns are found.

Exact scores are sums of the same products in the same order as scipy's
``A @ B.T`` (so they are bit-identical to it); the best ``want`` columns are
kept by score, ties by the lower original index (``first``).
"""

from __future__ import annotations

from typing import Any

import numba
import numpy as np

__all__ = ["top_k_kernel"]


@numba.njit(cache=True, inline="always")
def _dot(dense: Any, b_ptr: Any, b_idx: Any, b_val: Any, j: int) -> float:
    s = 0.0
    for q in range(b_ptr[j], b_ptr[j + 1]):
        s += dense[b_idx[q]] * b_val[q]
    return s


@numba.njit(cache=True, inline="always")
def _push(best_s: Any, best_c: Any, best_f: Any, size: int, want: int,  # noqa: PLR0917
          s: float, c: int, f: int) -> int:
    """Insert column ``c`` (score ``s``, first index ``f``) into the sorted best list."""
    if size == want:
        last = want - 1
        if s < best_s[last] or (s == best_s[last] and f > best_f[last]):
            return size
        pos = last
    else:
        pos = size
        size += 1
    while pos > 0 and (s > best_s[pos - 1] or (s == best_s[pos - 1] and f < best_f[pos - 1])):
        best_s[pos] = best_s[pos - 1]
        best_c[pos] = best_c[pos - 1]
        best_f[pos] = best_f[pos - 1]
        pos -= 1
    best_s[pos] = s
    best_c[pos] = c
    best_f[pos] = f
    return size


@numba.njit(parallel=True, cache=True)
def top_k_kernel(a_ptr: Any, a_idx: Any, a_val: Any, b_ptr: Any,  # noqa: PLR0917
                 b_idx: Any, b_val: Any, bt_ptr: Any, bt_idx: Any, bt_val: Any,
                 g_ptr: Any, g_idx: Any, g_val: Any,
                 nb: Any, first: Any, n_features: int, probe: int, n_chunks: int,
                 out_c: Any, out_s: Any) -> None:
    """Best columns of every row of ``A``, written to ``out_c``/``out_s`` (``(n, want)``).

    ``a_*``/``b_*`` are the CSR arrays of the distinct rows of ``A`` and ``B``
    (sorted indices); ``bt_*`` the CSR arrays of ``B.T`` restricted to the rare
    features (frequent rows empty); ``g_*`` the CSR arrays of the group norms
    of ``A``'s rows and ``nb[g, j]`` those of ``B``'s (float32); ``first`` the
    lowest original index of each column (ties).
    """
    n = len(a_ptr) - 1
    m = len(b_ptr) - 1
    want = out_c.shape[1]
    for chunk in numba.prange(n_chunks):
        acc = np.zeros(m)
        ub = np.zeros(m, np.float32)
        dense = np.zeros(n_features)
        best_s = np.empty(want)
        best_c = np.empty(want, np.int64)
        best_f = np.empty(want, np.int64)
        probe_v = np.empty(probe)
        probe_c = np.empty(probe, np.int64)
        for i in range(chunk * n // n_chunks, (chunk + 1) * n // n_chunks):
            # 1. the rare part of every score, from the postings of the rare features,
            #    and the bound of the frequent part, group by group
            for p in range(a_ptr[i], a_ptr[i + 1]):
                f = a_idx[p]
                v = a_val[p]
                dense[f] = v
                for q in range(bt_ptr[f], bt_ptr[f + 1]):
                    acc[bt_idx[q]] += v * bt_val[q]
            for p in range(g_ptr[i], g_ptr[i + 1]):
                norm = g_val[p]
                row = nb[g_idx[p]]
                for j in range(m):
                    ub[j] += norm * row[j]
            # float32 bounds: a margin far above their rounding error
            for j in range(m):
                acc[j] += ub[j] * 1.0001
                ub[j] = 0.0
            # 2. a first threshold: exact scores of the columns with the best bounds
            n_probe = 0
            for j in range(m):
                v = acc[j]
                if n_probe == probe and v <= probe_v[probe - 1]:
                    continue
                pos = n_probe if n_probe < probe else probe - 1
                if n_probe < probe:
                    n_probe += 1
                while pos > 0 and v > probe_v[pos - 1]:
                    probe_v[pos] = probe_v[pos - 1]
                    probe_c[pos] = probe_c[pos - 1]
                    pos -= 1
                probe_v[pos] = v
                probe_c[pos] = j
            size = 0
            for t in range(n_probe):
                j = probe_c[t]
                s = _dot(dense, b_ptr, b_idx, b_val, j)
                size = _push(best_s, best_c, best_f, size, want, s, j, first[j])
                acc[j] = np.inf  # scored: skipped below
            # 3. every other column whose bound reaches the threshold, scored exactly;
            #    the threshold rises as better columns are found
            theta = -np.inf
            if size == want:
                theta = best_s[want - 1] - 1e-9 * (1.0 + abs(best_s[want - 1]))
            for j in range(m):
                upper = acc[j]
                if upper >= theta and upper != np.inf:
                    s = _dot(dense, b_ptr, b_idx, b_val, j)
                    size = _push(best_s, best_c, best_f, size, want, s, j, first[j])
                    if size == want:
                        theta = best_s[want - 1] - 1e-9 * (1.0 + abs(best_s[want - 1]))
            acc[:] = 0.0
            for t in range(size):
                out_c[i, t] = best_c[t]
                out_s[i, t] = best_s[t]
            for p in range(a_ptr[i], a_ptr[i + 1]):
                dense[a_idx[p]] = 0.0
