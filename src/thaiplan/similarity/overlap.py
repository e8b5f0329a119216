"""The ``keyword`` method's scores: set overlap of the content terms of two lists of texts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import numpy as np

__all__ = ["METRICS", "Metric", "overlap_scores"]

Metric = Literal["jaccard", "dice", "overlap"]
METRICS: dict[str, str] = {
    "jaccard": "|A ∩ B| / |A ∪ B|",
    "dice": "2 |A ∩ B| / (|A| + |B|)",
    "overlap": "|A ∩ B| / min(|A|, |B|)",
}
"""Set-overlap measures of the ``keyword`` method."""


def overlap_scores(sa: Sequence[set[str]], sb: Sequence[set[str]], metric: str) -> np.ndarray:
    """The overlap (a key of :data:`METRICS`) of each term set of ``sa`` with each of ``sb``.

    Returns:
        A float array of shape ``(len(sa), len(sb))`` in [0, 1]; 0 where a set is empty.

    >>> overlap_scores([{"ครู", "สมรรถนะ"}], [{"ครู"}, set()], "jaccard").tolist()
    [[0.5, 0.0]]
    """
    import numpy as np

    sim = np.zeros((len(sa), len(sb)))
    for i, x in enumerate(sa):
        if not x:
            continue
        for j, y in enumerate(sb):
            if not y:
                continue
            inter = len(x & y)
            if not inter:
                continue
            if metric == "jaccard":
                sim[i, j] = inter / len(x | y)
            elif metric == "dice":
                sim[i, j] = 2 * inter / (len(x) + len(y))
            else:
                sim[i, j] = inter / min(len(x), len(y))
    return sim
