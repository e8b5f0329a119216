"""Compare offices: office × office similarity, item × item scores, alignments.

:func:`compare` fits one :class:`~thaiplan.similarity.matcher.Matcher` on the
chosen section of every compared entity and returns a :class:`Comparison`, whose
tables are pandas DataFrames labelled with entity names and item positions.

An entity is a whole document, or — for documents that state the plans of several
organisations (``PlanDocument.units``: a budget volume's agencies) — one unit of a
document, labelled by its owner (:func:`entities`).

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

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from ..model import Item, Office, PlanDocument, Section, SectionKind
from .align import AlignMode, Match
from .matcher import Matcher, Method, TextLike, _text

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = ["BY", "Comparison", "Entity", "compare", "entities"]

By = Literal["auto", "unit", "document"]
BY: tuple[str, ...] = get_args(By)
"""What :func:`compare` compares: ``"unit"`` (each unit of a document with units, a
document without units as a whole), ``"document"`` (each document as a whole) or
``"auto"`` (units when any document has them)."""

# Scores computed per similarity call when comparing offices (float64: 64 MB).
_BLOCK_CELLS = 1 << 23
ITEM_COLUMNS = ["office_a", "position_a", "text_a", "office_b", "position_b", "text_b", "score"]
ALIGN_COLUMNS = [*ITEM_COLUMNS, "shared_terms", "kind", "merged_with", "reason", "candidate_b",
                 "rival_a", "why"]
ENTITY_COLUMNS = ["office", "document", "unit", "source", "owner", "owner_kind", "quoted",
                  "first_page", "last_page", "items"]
_SEP = " › "


@dataclass(frozen=True, slots=True)
class _Entry:
    """One compared item: its position in its list, its text, its path in the plan."""

    position: int
    text: str
    path: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """One compared entity: a unit of a document, or a whole document.

    Attributes:
        label: its name in :attr:`Comparison.offices` (unique among the entities).
        document: 0-based index of its document in the input.
        unit: 0-based index of its unit in ``doc.units``; ``None`` for a whole document.
        owner: whose plan it is (the unit's owner, else the document's office).
        sections: the top-level sections it holds.
        source: its document's source.
        pages: ``(first, last)`` pages of a unit, else ``None``.
        quoted: a unit quoting another body's plan.
    """

    label: str
    document: int
    unit: int | None
    owner: Office
    sections: tuple[Section, ...] = ()
    source: str | None = None
    pages: tuple[int, int] | None = None
    quoted: bool = False


def _marker_node(item: Item) -> str:
    """How an item that nests sections is named in a path: its marker when it is a phrase
    (``ยุทธศาสตร์ที่ 1``), else its number or position."""
    marker = item.marker.strip()
    if any("\u0e01" <= ch <= "\u0e2e" for ch in marker):
        return marker
    return marker.strip(".)(").strip() or str(item.position)


def _section_entries(sections: Sequence[Section], kind: SectionKind, nested: bool,
                     prefix: str = "") -> Iterator[tuple[Section, str]]:
    """The sections of ``kind`` among ``sections`` (and, when ``nested``, among the
    sections nested in their items, depth-first), each with its path prefix."""
    for section in sections:
        if section.kind is kind:
            yield section, prefix
        if nested:
            for item in section.walk():
                if item.sections:
                    yield from _section_entries(item.sections, kind, nested,
                                                prefix + _marker_node(item) + _SEP)


def _entries_of_sections(sections: Sequence[Section], kind: SectionKind, *,
                       nested: bool = False) -> list[_Entry]:
    found = list(_section_entries(sections, kind, nested))
    items = [_Entry(item.position, item.text, f"{prefix}{item.position}")
             for section, prefix in found for item in section.items if item.text.strip()]
    if items or any(section.items for section, _ in found):
        return items
    # a section written as free text (a vision, a motto) is one unit
    texts = [(prefix, s.text) for s, prefix in found if s.text.strip()]
    return [_Entry(n, t, f"{prefix}{n}") for n, (prefix, t) in enumerate(texts, start=1)]


def _entries_of_list(objs: Iterable[TextLike]) -> list[_Entry]:
    units = []
    for n, obj in enumerate(objs, start=1):
        if isinstance(obj, Item):
            units.append(_Entry(obj.position, obj.text, str(obj.position)))
        else:
            units.append(_Entry(n, _text(obj), str(n)))
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


def _stem(entity: Entity) -> str:
    """The file name of an entity's document without its suffix (``document N`` without)."""
    return Path(entity.source).stem if entity.source else f"document {entity.document + 1}"


def _resolve_by(by: str, docs: Sequence[PlanDocument]) -> Literal["unit", "document"]:
    if by not in BY:
        from ..errors import UnknownChoiceError

        raise UnknownChoiceError("compare by", by, BY)
    if by == "unit" or (by == "auto" and any(doc.units for doc in docs)):
        return "unit"
    return "document"


def entities(docs: Iterable[PlanDocument], *, by: By = "auto", include_quoted: bool = False,
             document_labels: Sequence[str] | None = None) -> list[Entity]:
    """What :func:`compare` compares in ``docs``, in input order, with unique labels.

    With ``by="unit"`` each document with units gives one entity per unit (quoted
    units only with ``include_quoted``; sections outside every unit — a budget
    volume's introduction — are left out), labelled by its owner's name (quoted ones
    with `` [quoted]``); a document without units is one entity, labelled as with
    ``by="document"``: the office name found by the parser, else the file name (stem),
    else ``document N``. A label shared by units of several files gets the file's stem
    (``สภากาชาดไทย (budget_2567_vol3)``); what is still repeated gets `` (2)``...

    Args:
        docs: parsed documents.
        by: a key of :data:`BY`; ``"auto"`` is ``"unit"`` when any document has units.
        include_quoted: also compare quoted units (a ministry's plan quoting the
            National Strategy).
        document_labels: labels of the documents (one per document), used for whole
            documents and for units whose owner has no name; default as above.

    Returns:
        :class:`Entity` records.

    Raises:
        UnknownChoiceError: an unknown ``by``.
        ValueError: ``document_labels`` of the wrong length.

    >>> from thaiplan.model import Office, Unit
    >>> vision = Section(SectionKind.VISION, "วิสัยทัศน์", "เป็นองค์กรชั้นนำ")
    >>> volume = PlanDocument(sections=(vision, vision), source="vol3.pdf", units=(
    ...     Unit(Office(name="กรมบัญชีกลาง"), (vision,)),
    ...     Unit(Office(name="สภากาชาดไทย"), (vision,))))
    >>> [e.label for e in entities([volume, PlanDocument(source="a.txt")])]
    ['กรมบัญชีกลาง', 'สภากาชาดไทย', 'a']
    """
    doc_list = list(docs)
    if document_labels is not None and len(document_labels) != len(doc_list):
        raise ValueError(f"{len(document_labels)} document labels for {len(doc_list)} "
                         "documents")
    how = _resolve_by(by, doc_list)
    found: list[Entity] = []
    for n, doc in enumerate(doc_list):
        doc_label = (document_labels[n] if document_labels is not None
                     else _doc_label(doc, n + 1))
        if how == "document" or not doc.units:
            found.append(Entity(doc_label, n, None, doc.office, doc.sections, doc.source))
            continue
        for k, unit in enumerate(doc.units):
            if unit.quoted and not include_quoted:
                continue
            owner = unit.owner
            label = owner.label if owner.name or owner.area is not None else doc_label
            found.append(Entity(f"{label} [quoted]" if unit.quoted else label, n, k, owner,
                                unit.sections, doc.source, unit.pages, unit.quoted))
    # one owner in several files, one of them a unit: the file's stem tells them apart
    stems: dict[str, set[str]] = {}
    for entity in found:
        stems.setdefault(entity.label, set()).add(_stem(entity))
    shared = {e.label for e in found if e.unit is not None and len(stems[e.label]) > 1}
    labels = [f"{e.label} ({_stem(e)})" if e.label in shared and _stem(e) != e.label
              else e.label for e in found]
    return [Entity(label, e.document, e.unit, e.owner, e.sections, e.source, e.pages,
                   e.quoted) for label, e in zip(_unique(labels), found, strict=True)]


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


def _long(oa: str, ua: list[_Entry], ob: str, ub: list[_Entry], sim: np.ndarray) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    # every (a, b) pair, a-major: each a repeated len(ub) times, the b's tiled (C speed)
    def column(units: list[_Entry], name: str, dtype: Any) -> np.ndarray:
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
                 units: dict[str, list[_Entry]], starts: np.ndarray, k: int) -> pd.DataFrame:
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
    by: By = "auto",
    include_quoted: bool = False,
    nested: bool = False,
    **options: Any,
) -> Comparison:
    """Compare the goals (or another section) of several offices.

    Fits one :class:`~thaiplan.similarity.matcher.Matcher` on the items of the
    chosen section of all entities, then scores every pair of entities. An entity is
    a document, or a unit of a document with units (:func:`entities`): every agency
    of a budget volume, each labelled by its owner.

    Args:
        docs: parsed documents, or a mapping office label → item texts/items.
        section: the section kind to compare (``"goals"`` by default); a section
            without items (a vision) counts as one item.
        method: ``"tfidf"`` or ``"keyword"`` (see :data:`~thaiplan.similarity.matcher.METHODS`).
        labels: entity labels, one per entity (default: see :func:`entities` — the
            owner's name for a unit; for a document the office name found by the
            parser, else the file name, else ``document N``; duplicates get `` (2)``...).
        threshold: the alignment threshold; default the matcher's.
        matcher: an unfitted matcher to use instead of ``Matcher(method, **options)``.
        top_k: keep in ``item_similarity`` only each item's ``top_k`` most similar
            items of *other* offices (found with
            :meth:`~thaiplan.similarity.matcher.Matcher.top_k`; each pair once)
            instead of every pair — for large corpora. ``None`` keeps all pairs.
        by: a key of :data:`BY`: ``"unit"`` compares the units of documents with
            units (a document without units is one entity), ``"document"`` whole
            documents (every section, as before units existed); ``"auto"`` (default)
            is ``"unit"`` when any document has units, else ``"document"``.
        include_quoted: with units, also compare quoted units (labelled
            ``"… [quoted]"``); default only the plans the documents state as their own.
        nested: also compare the items of sections of ``section``'s kind nested in
            items (a strategy's own goals: ``section="goals", nested=True``); their
            ``path`` in :attr:`Comparison.items` says where (``"ยุทธศาสตร์ที่ 1 › 2"``).
            Default only top-level sections.
        **options: passed to :class:`~thaiplan.similarity.matcher.Matcher`.

    Returns:
        A :class:`Comparison`. Its ``office_similarity`` of entities A and B is
        the mean best-match score in both directions: ``(mean_i max_j S[i, j] +
        mean_j max_i S[i, j]) / 2`` over A's items ``i`` and B's items ``j``.

    Raises:
        ValueError: ``labels`` of the wrong length.
        UnknownChoiceError: an unknown method, section or ``by``.

    Every agency's mission across budget volumes (each volume: one unit per agency):

    >>> from thaiplan.model import Office, Unit
    >>> def agency(name, mission):
    ...     return Unit(Office(name=name), (Section(SectionKind.MISSION, "2. พันธกิจ",
    ...                                             items=(Item("(1)", 1, 1, mission),)),))
    >>> volume = PlanDocument(source="vol3.pdf", units=(
    ...     agency("กรมบัญชีกลาง", "บริหารการเงินการคลังภาครัฐ"),
    ...     agency("สภากาชาดไทย", "ช่วยเหลือผู้ประสบภัยพิบัติ")))
    >>> cmp = compare([volume], section="mission")
    >>> cmp.by, cmp.offices
    ('unit', ['กรมบัญชีกลาง', 'สภากาชาดไทย'])
    """
    import numpy as np
    import pandas as pd

    kind = SectionKind(section)
    found: list[Entity]
    if isinstance(docs, Mapping):
        _resolve_by(by, [])  # (a mapping's keys are the entities: nothing to resolve)
        how: str = "document"
        names = [str(k) for k in docs]
        found = [Entity(name, n, None, Office(name=name)) for n, name in enumerate(names)]
        units_list = [_entries_of_list(v) for v in docs.values()]
    else:
        doc_list = list(docs)
        how = _resolve_by(by, doc_list)
        found = entities(doc_list, by=how, include_quoted=include_quoted)
        names = [e.label for e in found]
        units_list = [_entries_of_sections(e.sections, kind, nested=nested) for e in found]
    if labels is not None:
        if len(labels) != len(names):
            raise ValueError(f"{len(labels)} labels for {len(names)} entities")
        names = [str(x) for x in labels]
    offices = _unique(names)
    units = dict(zip(offices, units_list, strict=True))
    entity_table = _entity_frame(offices, found, units_list)

    model = matcher if matcher is not None else Matcher(method, **options)
    model.fit([u.text for us in units_list for u in us])
    cut = model.default_threshold if threshold is None else float(threshold)

    item_rows = [{"office": o, "position": u.position, "text": u.text, "path": u.path}
                 for o in offices for u in units[o]]
    items = pd.DataFrame(item_rows, columns=["office", "position", "text", "path"])

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
        item_similarity=item_similarity, by=how, include_quoted=include_quoted,
        nested=nested, entities=entity_table, _units=units,
    )


def _entity_frame(labels: Sequence[str], found: Sequence[Entity],
                  units: Sequence[Sequence[_Entry]]) -> pd.DataFrame:
    """The :attr:`Comparison.entities` table."""
    import pandas as pd

    rows = [{"office": label, "document": e.document, "unit": e.unit, "source": e.source,
             "owner": e.owner.label, "owner_kind": e.owner.kind.value, "quoted": e.quoted,
             "first_page": e.pages[0] if e.pages else None,
             "last_page": e.pages[1] if e.pages else None, "items": len(us)}
            for label, e, us in zip(labels, found, units, strict=True)]
    frame = pd.DataFrame(rows, columns=ENTITY_COLUMNS)
    for column in ("unit", "first_page", "last_page"):
        frame[column] = frame[column].astype("Int64")
    return frame

