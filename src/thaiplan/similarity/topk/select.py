"""Selection of the top columns of each row, ties by the lower original index."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from .rows import _Collapsed

_GROUP = 64  # columns per group for the first selection pass


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
