"""The Comparison that :func:`~thaiplan.similarity.compare.compare` returns: its tables, and
the alignment, scores, top pairs and keywords of the offices it compared."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .align import AlignMode, Match
from .entities import ENTITY_COLUMNS, _Entry
from .matcher import Matcher

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ALIGN_COLUMNS", "ITEM_COLUMNS", "Comparison"]

ITEM_COLUMNS = ["office_a", "position_a", "text_a", "office_b", "position_b", "text_b", "score"]
ALIGN_COLUMNS = [*ITEM_COLUMNS, "shared_terms", "kind", "merged_with", "reason", "candidate_b",
                 "rival_a", "why"]


def _no_entities() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(columns=ENTITY_COLUMNS)


@dataclass(eq=False)
class Comparison:
    """The result of :func:`compare`: how close the offices' goals are, and which match.

    The attributes and methods below are a stable API (reports and plots build
    on them): :attr:`offices`, :attr:`office_similarity`,
    :attr:`item_similarity`, :meth:`top_pairs`, :meth:`align`,
    :meth:`scores`, :meth:`keywords`, :attr:`method`, :attr:`threshold`.

    Attributes:
        offices: entity labels, in input order (index/columns of the tables): the
            offices of the documents, or the owners of their units (:attr:`entities`).
        method: the matcher's method (``"tfidf"`` or ``"keyword"``).
        section: the section kind compared (``"goals"``...).
        threshold: the minimum score of a pair in :meth:`align` (the
            matcher's default unless ``compare(threshold=...)``);
            :attr:`office_similarity` and :attr:`item_similarity` are not
            thresholded.
        matcher: the fitted :class:`~thaiplan.similarity.matcher.Matcher`.
        items: DataFrame of the compared items: ``office`` (the entity's label),
            ``position`` (1-based, as in the document), ``text``, ``path`` (its place
            in the entity's plan: ``"3"``, or ``"ยุทธศาสตร์ที่ 1 › 2"`` for an item of a
            nested section).
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
        by: what was compared: ``"unit"`` or ``"document"`` (``"auto"`` resolved).
        include_quoted: whether quoted units were compared.
        nested: whether items of nested sections were compared.
        entities: DataFrame, one row per entry of :attr:`offices`: ``office``
            (the label), ``document`` (0-based input index), ``unit`` (0-based in
            ``doc.units``, ``<NA>`` for a whole document), ``source``, ``owner``
            (the owner's label), ``owner_kind``, ``quoted``, ``first_page`` and
            ``last_page`` (a unit's pages, nullable), ``items`` (how many compared).
    """

    offices: list[str]
    method: str
    section: str
    threshold: float
    matcher: Matcher
    items: pd.DataFrame
    office_similarity: pd.DataFrame
    item_similarity: pd.DataFrame
    by: str = "document"
    include_quoted: bool = False
    nested: bool = False
    entities: pd.DataFrame = field(default_factory=_no_entities)
    _units: dict[str, list[_Entry]] = field(repr=False, default_factory=dict)

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


def why(m: Match, ua: Sequence[_Entry], ub: Sequence[_Entry], office_b: str) -> str:
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
