"""Pair the items of two lists from their score matrix, and say why an item has no pair.

:func:`align_scores` turns a similarity matrix (rows = items of ``a``, columns =
items of ``b``, in [0, 1]) into :class:`Match` records, one per item of ``a``
(two for an item that merges two items of ``b``). The ways to pair are the keys
of :data:`ALIGN_MODES`:

* ``"mutual"``: an item's best candidate is kept when the candidate's best is
  that item too (each item is used at most once);
* ``"one_to_one"``: the assignment that maximises the total score, each item
  used at most once (scipy's ``linear_sum_assignment``);
* ``"merge"`` (the matcher's default): mutual best pairs, then one item matched
  to two when it merges them — an unpaired item of ``b`` whose best candidate is
  an already paired item of ``a`` joins it (``kind="merge"``), an unpaired item
  of ``a`` whose best candidate is an already paired item of ``b`` joins it
  (``kind="split"``), when that score reaches ``merge_threshold``; an item has
  at most two partners;
* ``"best"``: every item's best candidate, shared or not.

A pair always scores at least ``threshold`` (and above 0). An item of ``a``
without a pair says why (:attr:`Match.reason`): no candidate reaches the
threshold (``"below_threshold"``), its best candidate prefers another item
(``"prefers_other"``), or the one-to-one assignment gave that candidate to
another item (``"taken"``).

>>> import numpy as np
>>> sim = np.array([[0.8, 0.6, 0.0], [0.1, 0.2, 0.05], [0.0, 0.1, 0.5]])
>>> [(m.a, m.b, m.kind, m.reason)
...  for m in align_scores(sim, threshold=0.1, merge_threshold=0.5)]
[(0, 0, 'merge', None), (0, 1, 'merge', None), (1, None, 'none', 'prefers_other'),
 (2, 2, 'pair', None)]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..errors import UnknownChoiceError

if TYPE_CHECKING:
    import numpy as np

__all__ = ["ALIGN_MODES", "REASONS", "AlignMode", "Match", "MatchKind", "Reason", "align_scores"]

AlignMode = Literal["merge", "mutual", "one_to_one", "best"]
MatchKind = Literal["pair", "merge", "split", "none"]
Reason = Literal["below_threshold", "prefers_other", "taken"]

ALIGN_MODES: dict[str, str] = {
    "merge": "mutual best pairs, and one item matched to two when it merges them",
    "mutual": "mutual best pairs: each item's best candidate, if that candidate's best is the item",
    "one_to_one": "the assignment of highest total score, each item used at most once",
    "best": "each item's best candidate, shared or not",
}
"""Alignment modes by name; the keys are the valid ``mode`` choices."""

REASONS: dict[str, str] = {
    "below_threshold": "no candidate reaches the threshold",
    "prefers_other": "its best candidate prefers another item",
    "taken": "the one-to-one assignment gave its best candidate to another item",
}
"""Why an item has no pair, by :attr:`Match.reason` code."""


@dataclass(frozen=True, slots=True)
class Match:
    """One item of the first list and its match in the second (or why it has none).

    Attributes:
        a: 0-based index in the first list.
        b: 0-based index in the second list, or ``None`` when the item has no pair.
        score: similarity in [0, 1], higher = more similar (the best score seen
            for ``a`` when ``b`` is ``None``).
        shared_terms: the terms that contribute most to the score, most
            important first (synonyms shown in their canonical form); shared
            word parts when the texts share no whole term.
        kind: ``"pair"`` (each item used once), ``"merge"`` (item ``a`` is
            matched to two items of ``b``: two records with this ``a``),
            ``"split"`` (item ``b`` is matched to two items of ``a``: two
            records with this ``b``), ``"none"`` (no pair).
        merged_with: for ``"merge"`` the other item of ``b``, for ``"split"``
            the other item of ``a``; else ``None``.
        reason: for ``"none"``, why (a key of :data:`REASONS`); else ``None``.
        candidate: for ``"none"``, the best-scoring item of ``b`` (``None``
            when ``b`` is empty).
        rival: for ``"prefers_other"`` and ``"taken"``, the item of ``a`` that
            the candidate prefers or was given to.
    """

    a: int
    b: int | None
    score: float
    shared_terms: tuple[str, ...] = ()
    kind: MatchKind = "pair"
    merged_with: int | None = None
    reason: Reason | None = None
    candidate: int | None = None
    rival: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "score": self.score,
                "shared_terms": list(self.shared_terms), "kind": self.kind,
                "merged_with": self.merged_with, "reason": self.reason,
                "candidate": self.candidate, "rival": self.rival}

    def why(self) -> str:
        """Why the item has no pair, in English (``""`` when it has one).

        >>> Match(0, None, 0.18, kind="none", reason="prefers_other", candidate=2, rival=1).why()
        'no pair: its best candidate, item 3 of b (score 0.18), prefers item 2 of a'
        """
        if self.reason is None:
            return ""
        if self.reason == "below_threshold":
            return f"no pair: no candidate reaches the threshold (best score {self.score:.2f})"
        where = f"item {(self.candidate or 0) + 1} of b (score {self.score:.2f})"
        rival = f"item {(self.rival or 0) + 1} of a"
        if self.reason == "prefers_other":
            return f"no pair: its best candidate, {where}, prefers {rival}"
        return f"no pair: the one-to-one assignment gave its best candidate, {where}, to {rival}"


def align_scores(sim: np.ndarray, *, threshold: float, mode: AlignMode = "merge",
                 merge_threshold: float | None = None) -> list[Match]:
    """Pair rows with columns of a score matrix (see the module docstring for the modes).

    Args:
        sim: array of shape ``(n_a, n_b)``, scores in [0, 1], higher = more similar.
        threshold: minimum score of a pair.
        mode: a key of :data:`ALIGN_MODES`.
        merge_threshold: ``"merge"`` only: minimum score of the second partner
            of an item (at least ``threshold``); default ``threshold``.

    Returns:
        :class:`Match` records without shared terms, sorted by ``a`` then ``b``:
        one per row, and a second one for a row that merges two columns.

    Raises:
        UnknownChoiceError: an unknown ``mode``.
    """
    import numpy as np

    if mode not in ALIGN_MODES:
        raise UnknownChoiceError("alignment mode", mode, ALIGN_MODES)
    n, m = sim.shape
    if n == 0:
        return []
    if m == 0:
        return [Match(i, None, 0.0, kind="none", reason="below_threshold") for i in range(n)]
    cut = float(threshold)
    row_best = np.argmax(sim, axis=1)
    col_best = np.argmax(sim, axis=0)

    def good(i: int, j: int) -> bool:
        return bool(sim[i, j] >= cut and sim[i, j] > 0.0)

    pairs: dict[tuple[int, int], tuple[MatchKind, int | None]] = {}
    owner: dict[int, int] = {}  # one_to_one: column -> the row it was assigned to
    if mode == "one_to_one":
        from scipy.optimize import linear_sum_assignment

        rows, cols = linear_sum_assignment(-sim)
        owner = {int(j): int(i) for i, j in zip(rows, cols, strict=True)}
        pairs = {(int(i), int(j)): ("pair", None) for i, j in zip(rows, cols, strict=True)
                 if good(int(i), int(j))}
    else:
        for i in range(n):
            j = int(row_best[i])
            if good(i, j) and (mode == "best" or int(col_best[j]) == i):
                pairs[(i, j)] = ("pair", None)
    if mode == "merge":
        _add_merges(sim, pairs, row_best, col_best,
                    max(cut, cut if merge_threshold is None else float(merge_threshold)))

    matched = {i for i, _ in pairs}
    out = [Match(i, j, float(sim[i, j]), kind=kind, merged_with=other)
           for (i, j), (kind, other) in pairs.items()]
    for i in range(n):
        if i in matched:
            continue
        j = int(row_best[i])
        top = float(sim[i, j])
        reason: Reason = "below_threshold"
        rival: int | None = None
        if good(i, j):
            rival = owner.get(j) if mode == "one_to_one" else int(col_best[j])
            if rival is not None and rival != i:
                reason = "taken" if mode == "one_to_one" else "prefers_other"
            else:
                rival = None
        out.append(Match(i, None, top, kind="none", reason=reason, candidate=j, rival=rival))
    out.sort(key=lambda x: (x.a, -1 if x.b is None else x.b))
    return out


def _add_merges(sim: np.ndarray, pairs: dict[tuple[int, int], tuple[MatchKind, int | None]],
                row_best: np.ndarray, col_best: np.ndarray, cut: float) -> None:
    """Give a paired item a second partner that prefers it (best candidates first)."""
    row_of = {j: i for i, j in pairs}
    col_of = {i: j for i, j in pairs}
    candidates: list[tuple[float, int, int, MatchKind]] = []
    for j in range(sim.shape[1]):
        i = int(col_best[j])
        if j not in row_of and i in col_of:  # an unpaired column prefers a paired row
            candidates.append((float(sim[i, j]), i, j, "merge"))
    for i in range(sim.shape[0]):
        j = int(row_best[i])
        if i not in col_of and j in row_of:  # an unpaired row prefers a paired column
            candidates.append((float(sim[i, j]), i, j, "split"))
    extended: set[tuple[int, int]] = set()
    for score, i, j, kind in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if score < cut or score <= 0.0:
            break
        base = (i, col_of[i]) if kind == "merge" else (row_of[j], j)
        if base in extended:
            continue  # two partners at most
        extended.add(base)
        if kind == "merge":
            pairs[base] = ("merge", j)
            pairs[(i, j)] = ("merge", base[1])
        else:
            pairs[base] = ("split", i)
            pairs[(i, j)] = ("split", base[0])
