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

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..model import Office, PlanDocument, SectionKind
from .comparison import ALIGN_COLUMNS, ITEM_COLUMNS, Comparison, why
from .entities import (
    BY,
    ENTITY_COLUMNS,
    By,
    Entity,
    _entity_frame,
    _entries_of_list,
    _entries_of_sections,
    _Entry,
    _resolve_by,
    _unique,
    entities,
)
from .matcher import Matcher, Method
from .texts import TextLike

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# the names of entities.py and comparison.py are importable from here, as before
__all__ = ["ALIGN_COLUMNS", "BY", "ENTITY_COLUMNS", "ITEM_COLUMNS", "By", "Comparison", "Entity",
           "compare", "entities", "why"]

# Scores computed per similarity call when comparing offices (float64: 64 MB).
_BLOCK_CELLS = 1 << 23


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

    >>> from thaiplan.model import Item, Office, Section, Unit
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
