"""Compare offices: office × office similarity, item × item scores, alignments.

:func:`compare` fits one :class:`~thaiplan.similarity.matcher.Matcher` on the
chosen section of every document and returns a :class:`Comparison`, whose tables
are pandas DataFrames labelled with office names and item positions.

>>> cmp = compare({"A": ["ผู้เรียนได้รับการศึกษาอย่างทั่วถึง", "ครูมีสมรรถนะตามมาตรฐานวิชาชีพ"],
...                "B": ["บุคลากรครูมีสมรรถนะทางวิชาชีพ", "นักเรียนได้รับการศึกษาอย่างเท่าเทียม"]})
>>> cmp.offices
['A', 'B']
>>> cmp.align("A", "B")[["position_a", "position_b", "shared_terms"]].values.tolist()
[[1, 2, 'ทั่วถึง, ผู้เรียน, ศึกษา'], [2, 1, 'วิชาชีพ, ครู, สมรรถนะ']]
>>> round(float(cmp.office_similarity.loc["A", "B"]), 2)
0.82
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Item, PlanDocument, SectionKind
from .align import AlignMode, Match
from .matcher import Matcher, Method, TextLike, _text

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = ["Comparison", "compare"]

# Scores computed per similarity call when comparing offices (float64: 64 MB).
_BLOCK_CELLS = 1 << 23
ITEM_COLUMNS = ["office_a", "position_a", "text_a", "office_b", "position_b", "text_b", "score"]
ALIGN_COLUMNS = [*ITEM_COLUMNS, "shared_terms", "kind", "merged_with", "reason", "candidate_b",
                 "rival_a", "why"]


@dataclass(frozen=True, slots=True)
class _Unit:
    position: int
    text: str


def _units_of_doc(doc: PlanDocument, section: str | SectionKind) -> list[_Unit]:
    kind = SectionKind(section)
    items = doc.items(kind)
    if items:
        return [_Unit(item.position, item.text) for item in items if item.text.strip()]
    # a section written as free text (a vision, a motto) is one unit
    texts = [s.text for s in doc.sections if s.kind is kind and s.text.strip()]
    return [_Unit(n, t) for n, t in enumerate(texts, start=1)]


def _units_of_list(objs: Iterable[TextLike]) -> list[_Unit]:
    units = []
    for n, obj in enumerate(objs, start=1):
        if isinstance(obj, Item):
            units.append(_Unit(obj.position, obj.text))
        else:
            units.append(_Unit(n, _text(obj)))
    return units


def _doc_label(doc: PlanDocument, n: int) -> str:
    if doc.office.name or doc.office.area is not None:
        return doc.office.label
    if doc.source:
        return Path(doc.source).stem
    return f"document {n}"


def _unique(labels: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        count = seen.get(label, 0) + 1
        seen[label] = count
        out.append(label if count == 1 else f"{label} ({count})")
    return out


@dataclass(eq=False)
class Comparison:
    """The result of :func:`compare`: how close the offices' goals are, and which match.

    The attributes and methods below are a stable API (reports and plots build
    on them): :attr:`offices`, :attr:`office_similarity`,
    :attr:`item_similarity`, :meth:`top_pairs`, :meth:`align`,
    :meth:`scores`, :meth:`keywords`, :attr:`method`, :attr:`threshold`.

    Attributes:
        offices: office labels, in input order (index/columns of the tables).
        method: the matcher's method (``"tfidf"`` or ``"keyword"``).
        section: the section kind compared (``"goals"``...).
        threshold: the minimum score of a pair in :meth:`align` (the
            matcher's default unless ``compare(threshold=...)``);
            :attr:`office_similarity` and :attr:`item_similarity` are not
            thresholded.
        matcher: the fitted :class:`~thaiplan.similarity.matcher.Matcher`.
        items: DataFrame of the compared items: ``office``, ``position``
            (1-based, as in the document), ``text``.
        office_similarity: square DataFrame office × office in [0, 1], higher =
            closer: for offices A and B, the mean over A's items of their best
            score against B's items and the mean over B's items of their best
            score against A's, averaged (symmetric; 1.0 on the diagonal; NaN
            when an office has no item in the section).
        item_similarity: long DataFrame, one row per item pair of two different
            offices (each unordered office pair once, office_a before office_b
            in input order): columns ``office_a, position_a, text_a, office_b,
            position_b, text_b, score``. With ``compare(..., top_k=k)`` only
            the pairs among each item's k best matches in other offices.
    """

    offices: list[str]
    method: str
    section: str
    threshold: float
    matcher: Matcher
    items: pd.DataFrame
    office_similarity: pd.DataFrame
    item_similarity: pd.DataFrame
    _units: dict[str, list[_Unit]] = field(repr=False, default_factory=dict)

    def __repr__(self) -> str:
        return (f"Comparison({len(self.offices)} offices, {len(self.items)} items, "
                f"section={self.section!r}, method={self.method!r})")

    def _office(self, office: str | int) -> str:
        if isinstance(office, int):
            return self.offices[office]
        if office not in self._units:
            from ..errors import UnknownChoiceError

            raise UnknownChoiceError("office", office, self.offices)
        return office

    def scores(self, a: str | int, b: str | int) -> pd.DataFrame:
        """Item × item scores of two offices: rows = positions of ``a``, columns = of ``b``."""
        import pandas as pd

        oa, ob = self._office(a), self._office(b)
        ua, ub = self._units[oa], self._units[ob]
        sim = self.matcher.similarity([u.text for u in ua], [u.text for u in ub])
        return pd.DataFrame(sim, index=pd.Index([u.position for u in ua], name=oa),
                            columns=pd.Index([u.position for u in ub], name=ob))

    def align(self, a: str | int, b: str | int, *, threshold: float | None = None,
              mode: AlignMode | None = None, one_to_one: bool = False) -> pd.DataFrame:
        """Each item of office ``a`` with its match in office ``b``, or why it has none.

        Args:
            a: office label (or index in :attr:`offices`).
            b: office label (or index).
            threshold: minimum score; default :attr:`threshold`.
            mode: a key of :data:`~thaiplan.similarity.align.ALIGN_MODES`;
                default the matcher's (``"merge"``).
            one_to_one: shorthand for ``mode="one_to_one"``.

        Returns:
            DataFrame with columns ``office_a, position_a, text_a, office_b,
            position_b, text_b, score, shared_terms, kind, merged_with, reason,
            candidate_b, rival_a, why``: one row per item of ``a`` (two for an
            item that merges two items of ``b``). ``kind`` is ``"pair"``,
            ``"merge"`` (this item of ``a`` answers two of ``b``; ``merged_with``
            is the position of the other), ``"split"`` (this item of ``b``
            answers two of ``a``; ``merged_with`` is the other's position in
            ``a``) or ``"none"``. For ``"none"``, ``position_b``/``text_b`` are
            empty (``<NA>``/``""``), ``score`` is the best score seen, ``reason``
            says why (a key of :data:`~thaiplan.similarity.align.REASONS`),
            ``candidate_b`` is the position of the best candidate, ``rival_a``
            the position of the item it prefers or was given to, and ``why`` says
            it in English. ``shared_terms`` is a comma-separated string, the terms
            that contribute most to the score.

        Raises:
            UnknownChoiceError: an unknown office label or mode.
        """
        import pandas as pd

        oa, ob = self._office(a), self._office(b)
        ua, ub = self._units[oa], self._units[ob]
        matches = self.matcher.align([u.text for u in ua], [u.text for u in ub],
                                     threshold=self.threshold if threshold is None else threshold,
                                     mode=mode, one_to_one=one_to_one)
        rows = []
        for m in matches:
            item_b = ub[m.b] if m.b is not None else None
            other = None
            if m.merged_with is not None:
                other = (ub if m.kind == "merge" else ua)[m.merged_with].position
            rows.append({
                "office_a": oa, "position_a": ua[m.a].position, "text_a": ua[m.a].text,
                "office_b": ob, "position_b": item_b.position if item_b else None,
                "text_b": item_b.text if item_b else "", "score": round(m.score, 4),
                "shared_terms": ", ".join(m.shared_terms), "kind": m.kind,
                "merged_with": other, "reason": m.reason,
                "candidate_b": ub[m.candidate].position if m.candidate is not None else None,
                "rival_a": ua[m.rival].position if m.rival is not None else None,
                "why": why(m, ua, ub, ob),
            })
        frame = pd.DataFrame(rows, columns=ALIGN_COLUMNS)
        for column in ("position_b", "merged_with", "candidate_b", "rival_a"):
            frame[column] = frame[column].astype("Int64")
        return frame

    def top_pairs(self, n: int = 10) -> pd.DataFrame:
        """The ``n`` most similar item pairs across all pairs of offices.

        Returns:
            Rows of :attr:`item_similarity` sorted by ``score`` (descending),
            with a ``shared_terms`` column added.
        """
        top = self.item_similarity.sort_values("score", ascending=False, kind="stable").head(n)
        top = top.reset_index(drop=True)
        top["shared_terms"] = [
            ", ".join(self.matcher.shared_terms(x, y))
            for x, y in zip(top["text_a"], top["text_b"], strict=True)
        ]
        return top

    def keywords(self, top: int = 10) -> pd.DataFrame:
        """The distinctive terms of each office's section (see :func:`thaiplan.keywords`).

        Returns:
            DataFrame with columns ``group`` (office label), ``rank``, ``term``, ``score``.
        """
        from ..features.keywords import keywords

        texts = ["\n".join(u.text for u in self._units[o]) for o in self.offices]
        return keywords(texts, top=top, labels=self.offices, engine=self.matcher.engine)


def why(m: Match, ua: Sequence[_Unit], ub: Sequence[_Unit], office_b: str) -> str:
    """Why item ``m.a`` has no pair, in English, with the items' positions (``""`` if paired)."""
    if m.reason is None:
        return ""
    if m.reason == "below_threshold" or m.candidate is None:
        return f"no match: no goal of {office_b} reaches the threshold (best {m.score:.2f})"
    where = f"its best candidate {ub[m.candidate].position}. ({m.score:.2f})"
    rival = ua[m.rival].position if m.rival is not None else "?"
    if m.reason == "prefers_other":
        return f"no match: {where} is closer to {rival}. of this office"
    return f"no match: one-to-one gave {where} to {rival}. of this office"


def _long(oa: str, ua: list[_Unit], ob: str, ub: list[_Unit], sim: np.ndarray) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    # every (a, b) pair, a-major: each a repeated len(ub) times, the b's tiled (C speed)
    def column(units: list[_Unit], name: str, dtype: Any) -> np.ndarray:
        return np.array([getattr(u, name) for u in units], dtype=dtype)

    return pd.DataFrame({
        "office_a": oa,
        "position_a": np.repeat(column(ua, "position", np.int64), len(ub)),
        "text_a": np.repeat(column(ua, "text", object), len(ub)),
        "office_b": ob,
        "position_b": np.tile(column(ub, "position", np.int64), len(ua)),
        "text_b": np.tile(column(ub, "text", object), len(ua)),
        "score": sim.ravel(),
    }, columns=ITEM_COLUMNS)


def _top_k_pairs(model: Matcher, texts: list[str], owner: np.ndarray, *, offices: list[str],
                 units: dict[str, list[_Unit]], starts: np.ndarray, k: int) -> pd.DataFrame:
    """Each item's ``k`` best items of other offices, each unordered pair once."""
    import numpy as np
    import pandas as pd

    if not texts or k <= 0:
        return pd.DataFrame({c: [] for c in ITEM_COLUMNS})
    largest = int(np.bincount(owner).max())
    # ask for enough neighbours that k of them are in other offices
    idx, score = model.top_k(texts, k=k + largest - 1)
    seen: dict[tuple[int, int], float] = {}
    for i in range(len(texts)):
        taken = 0
        for j, value in zip(idx[i], score[i], strict=True):
            if owner[j] == owner[i]:
                continue
            key = (i, int(j)) if owner[i] < owner[j] else (int(j), i)
            seen.setdefault(key, float(value))
            taken += 1
            if taken == k:
                break
    rows = []
    for (i, j), value in sorted(seen.items()):
        oa, ob = offices[owner[i]], offices[owner[j]]
        ua, ub = units[oa][i - starts[owner[i]]], units[ob][j - starts[owner[j]]]
        rows.append((oa, ua.position, ua.text, ob, ub.position, ub.text, value))
    return pd.DataFrame(rows, columns=ITEM_COLUMNS)


def compare(
    docs: Iterable[PlanDocument] | Mapping[str, Iterable[TextLike]],
    *,
    section: str | SectionKind = "goals",
    method: Method = "tfidf",
    labels: Sequence[str] | None = None,
    threshold: float | None = None,
    matcher: Matcher | None = None,
    top_k: int | None = None,
    **options: Any,
) -> Comparison:
    """Compare the goals (or another section) of several offices.

    Fits one :class:`~thaiplan.similarity.matcher.Matcher` on the items of the
    chosen section of all documents, then scores every pair of offices.

    Args:
        docs: parsed documents, or a mapping office label → item texts/items.
        section: the section kind to compare (``"goals"`` by default); a section
            without items (a vision) counts as one item.
        method: ``"tfidf"`` or ``"keyword"`` (see :data:`~thaiplan.similarity.matcher.METHODS`).
        labels: office labels (default: the office name found by the parser,
            else the file name, else ``document N``; duplicates get `` (2)``...).
        threshold: the alignment threshold; default the matcher's.
        matcher: an unfitted matcher to use instead of ``Matcher(method, **options)``.
        top_k: keep in ``item_similarity`` only each item's ``top_k`` most similar
            items of *other* offices (found with
            :meth:`~thaiplan.similarity.matcher.Matcher.top_k`; each pair once)
            instead of every pair — for large corpora. ``None`` keeps all pairs.
        **options: passed to :class:`~thaiplan.similarity.matcher.Matcher`.

    Returns:
        A :class:`Comparison`. Its ``office_similarity`` of offices A and B is
        the mean best-match score in both directions: ``(mean_i max_j S[i, j] +
        mean_j max_i S[i, j]) / 2`` over A's items ``i`` and B's items ``j``.

    Raises:
        ValueError: ``labels`` of the wrong length.
        UnknownChoiceError: an unknown method or section.
    """
    import numpy as np
    import pandas as pd

    kind = SectionKind(section)
    if isinstance(docs, Mapping):
        names = [str(k) for k in docs]
        units_list = [_units_of_list(v) for v in docs.values()]
    else:
        doc_list = list(docs)
        names = [_doc_label(d, n) for n, d in enumerate(doc_list, start=1)]
        units_list = [_units_of_doc(d, kind) for d in doc_list]
    if labels is not None:
        if len(labels) != len(names):
            raise ValueError(f"{len(labels)} labels for {len(names)} offices")
        names = [str(x) for x in labels]
    offices = _unique(names)
    units = dict(zip(offices, units_list, strict=True))

    model = matcher if matcher is not None else Matcher(method, **options)
    model.fit([u.text for us in units_list for u in us])
    cut = model.default_threshold if threshold is None else float(threshold)

    item_rows = [{"office": o, "position": u.position, "text": u.text}
                 for o in offices for u in units[o]]
    items = pd.DataFrame(item_rows, columns=["office", "position", "text"])

    n = len(offices)
    texts = [u.text for o in offices for u in units[o]]
    owner = np.array([k for k, o in enumerate(offices) for _ in units[o]], dtype=np.int64)
    sizes = np.array([len(units[o]) for o in offices], dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(sizes)))
    present = sizes > 0
    # mean over A's items of their best score in each office B (NaN without items)
    directed = np.full((n, n), np.nan)
    long_parts = []
    # Offices with items, in runs whose items against all items fill about _BLOCK_CELLS
    # scores: one similarity call per run (each call vectorises every text once).
    with_items = np.flatnonzero(present)
    per_call = max(1, _BLOCK_CELLS // max(1, len(texts)))
    first = 0
    while first < len(with_items):
        last = first + 1
        while (last < len(with_items)
               and starts[with_items[last] + 1] - starts[with_items[first]] <= per_call):
            last += 1
        run = with_items[first:last]
        top, bottom = starts[run[0]], starts[run[-1] + 1]
        block = model.similarity(texts[top:bottom], texts)
        # best score of each item in each office with items, then the mean per office
        best = np.maximum.reduceat(block, starts[:-1][present], axis=1)
        directed[np.ix_(run, with_items)] = (
            np.add.reduceat(best, starts[run] - top, axis=0) / sizes[run][:, None])
        if top_k is None:
            for i in run.tolist():
                rows = block[starts[i] - top:starts[i + 1] - top]
                oa = offices[i]
                for j in range(i + 1, n):
                    if sizes[j]:
                        long_parts.append(_long(oa, units[oa], offices[j], units[offices[j]],
                                                rows[:, starts[j]:starts[j + 1]]))
        first = last
    table = (directed + directed.T) / 2
    for i in range(n):
        if sizes[i]:
            table[i, i] = 1.0
    if top_k is not None:
        long_parts = [_top_k_pairs(model, texts, owner, offices=offices, units=units,
                                   starts=starts, k=top_k)]
    index = pd.Index(offices, name="office")
    office_similarity = pd.DataFrame(table, index=index, columns=index.rename(None))
    long_parts = [p for p in long_parts if len(p)]
    item_similarity = (pd.concat(long_parts, ignore_index=True) if long_parts
                       else pd.DataFrame({c: [] for c in ITEM_COLUMNS}))
    return Comparison(
        offices=offices, method=model.method, section=kind.value, threshold=cut,
        matcher=model, items=items, office_similarity=office_similarity,
        item_similarity=item_similarity, _units=units,
    )
