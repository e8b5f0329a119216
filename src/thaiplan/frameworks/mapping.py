"""Plan items mapped to a framework's elements (one row each), and the office × element table."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..errors import FrameworkError, UnknownChoiceError
from ..model import Item, PlanDocument, SectionKind
from .elements import Framework
from .loading import FrameworkName, load_framework
from .scoring import DEFAULT_THRESHOLDS, METHODS, Method, _term_scores, score_items

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DEFAULT_KINDS", "MAPPING_COLUMNS", "coverage", "map_to_framework"]

DEFAULT_KINDS: tuple[str, ...] = ("goals", "strategies")
"""Section kinds mapped by default."""

MAPPING_COLUMNS: tuple[str, ...] = (
    "framework", "rank", "element_id", "element_title", "score", "shared_terms",
)
"""Columns :func:`map_to_framework` adds after the item columns of :func:`thaiplan.to_frame`."""


def _items_frame(data: Any, kinds: Sequence[str] | None) -> pd.DataFrame:
    """The items to map as a :func:`thaiplan.to_frame`-shaped DataFrame."""
    import pandas as pd

    from ..tables import ITEM_COLUMNS, to_frame

    if isinstance(data, pd.DataFrame):
        if "text" not in data.columns:
            raise ValueError("a DataFrame to map needs a 'text' column (see thaiplan.to_frame)")
        frame = data.reset_index(drop=True)
    else:
        if isinstance(data, PlanDocument | Item | str):
            data = [data]
        parts: list[pd.DataFrame] = []
        loose: list[dict[str, Any]] = []

        def flush() -> None:
            if loose:
                parts.append(pd.DataFrame(loose, columns=list(ITEM_COLUMNS)))
                loose.clear()

        for obj in data:
            if isinstance(obj, PlanDocument):
                flush()
                parts.append(to_frame([obj]))
            elif isinstance(obj, Item):
                for n, item in enumerate(obj.walk()):
                    loose.append({"position": item.position, "number": item.number,
                                  "marker": item.marker, "text": item.text,
                                  "depth": item.depth, "line": item.line,
                                  "path": str(item.position) if n == 0 else None})
            elif isinstance(obj, str):
                loose.append({"text": obj})
            else:
                raise TypeError("expected PlanDocument, Item or str items, got "
                                f"{type(obj).__name__}")
        flush()
        frame = (pd.concat(parts, ignore_index=True) if parts
                 else pd.DataFrame(columns=list(ITEM_COLUMNS)))
    if kinds is not None and "section_kind" in frame.columns:
        wanted = {SectionKind(k).value for k in kinds}
        keep = frame["section_kind"].isna() | frame["section_kind"].isin(wanted)
        frame = frame[keep].reset_index(drop=True)
    return frame


def map_to_framework(
    docs_or_items: Any,
    framework: FrameworkName | str | os.PathLike[str] | Framework = "national-strategy",
    *,
    method: Method = "hybrid",
    kinds: Sequence[str] | None = DEFAULT_KINDS,
    top: int = 1,
    threshold: float | None = None,
) -> pd.DataFrame:
    """Map every goal/strategy item to its best element(s) of a reference framework.

    Args:
        docs_or_items: a :class:`~thaiplan.model.PlanDocument`, an
            :class:`~thaiplan.model.Item`, a string, an iterable of these, or a
            DataFrame from :func:`thaiplan.to_frame` (any DataFrame with a
            ``text`` column).
        framework: a name of :data:`FRAMEWORKS`, a framework file (JSON, YAML,
            CSV) or a :class:`Framework`.
        method: a key of :data:`METHODS` (``"hybrid"``, ``"terms"``, ``"tfidf"``).
        kinds: section kinds to map (default goals and strategies); ``None`` maps
            every item. Loose items and strings are always mapped.
        top: at most this many elements per item (best first), each at or above
            the threshold.
        threshold: minimum score in [0, 1]; default :data:`DEFAULT_THRESHOLDS`.

    Returns:
        A DataFrame with the item columns of :func:`thaiplan.to_frame` (``source``,
        ``office``, ``section_kind``, ``path``, ``marker``, ``text``...) followed by
        :data:`MAPPING_COLUMNS`: ``framework`` (name), ``rank`` (1 = best),
        ``element_id``, ``element_title``, ``score`` (in [0, 1], higher = better
        fit) and ``shared_terms`` (tuple of the element's key terms found in the
        item). One row per item and matched element; an item with no element
        at or above the threshold has one row with ``element_id`` and
        ``element_title`` ``None``, rank 1, its best score and no terms.

    Raises:
        UnknownChoiceError: unknown ``method`` or framework name.
        FrameworkError: an invalid framework file.
        ValueError: ``top`` < 1 or ``threshold`` outside [0, 1].

    >>> m = map_to_framework(["ผู้เรียนรักสถาบันหลักของชาติ", "ซ่อมหลังคาโรงอาหาร"],
    ...                      "national-strategy")
    >>> m[["element_id", "shared_terms"]].values.tolist()
    [['NS1', ('สถาบันหลักของชาติ',)], [None, ()]]
    """
    import numpy as np
    import pandas as pd

    if top < 1:
        raise ValueError(f"top must be at least 1, got {top}")
    if method not in METHODS:
        raise UnknownChoiceError("framework mapping method", method, METHODS)
    cut = DEFAULT_THRESHOLDS[method] if threshold is None else float(threshold)
    if not 0.0 <= cut <= 1.0:
        raise ValueError(f"threshold must be in [0, 1], got {threshold}")
    fw = load_framework(framework)
    items = _items_frame(docs_or_items, kinds)
    texts = [str(t) if isinstance(t, str) else "" for t in items["text"]]
    scores = score_items(texts, fw, method=method)
    _terms, shared = _term_scores(texts, fw) if texts else (None, [])
    rows: list[dict[str, Any]] = []
    source_rows: list[int] = []
    for i in range(len(texts)):
        order = np.argsort(-scores[i], kind="stable")[:top]
        kept = [int(j) for j in order if scores[i, j] >= cut and scores[i, j] > 0.0]
        if not kept:
            best = float(scores[i].max()) if len(fw) else 0.0
            rows.append({"framework": fw.name, "rank": 1, "element_id": None,
                         "element_title": None, "score": best, "shared_terms": ()})
            source_rows.append(i)
            continue
        for rank, j in enumerate(kept, start=1):
            element = fw.elements[j]
            rows.append({"framework": fw.name, "rank": rank, "element_id": element.id,
                         "element_title": element.title, "score": float(scores[i, j]),
                         "shared_terms": shared[i][j]})
            source_rows.append(i)
    mapped = pd.DataFrame(rows, columns=list(MAPPING_COLUMNS))
    base = items.iloc[source_rows].reset_index(drop=True)
    out = pd.concat([base, mapped], axis=1)
    for column in ("element_id", "element_title"):
        out[column] = out[column].astype(object).where(out[column].notna(), None)
    out["rank"] = out["rank"].astype("int64")
    out["score"] = out["score"].astype("float64")
    return out


def coverage(
    data: Any,
    framework: FrameworkName | str | os.PathLike[str] | Framework = "national-strategy",
    *,
    by: str = "office",
    value: Literal["count", "any", "best"] = "count",
    **options: Any,
) -> pd.DataFrame:
    """An office × element table: which elements each office's goals/strategies address.

    Args:
        data: a mapping from :func:`map_to_framework` (with the same
            ``framework``), or anything :func:`map_to_framework` accepts (it is
            mapped first, with ``options``).
        framework: the framework of the columns (name, file or :class:`Framework`).
        by: the column that names a row (``"office"``, ``"source"``...). Missing
            values become ``"(unknown)"``.
        value: ``"count"`` (items mapped to the element, int), ``"any"`` (bool)
            or ``"best"`` (highest score of an item mapped to it, 0.0 if none).
        **options: passed to :func:`map_to_framework` when ``data`` is not a mapping.

    Returns:
        A DataFrame indexed by ``by`` (offices in first-seen order), one column
        per element id in framework order, every element present even when no
        office addresses it (a column of 0/``False``). Items mapped to no
        element are not counted; ``attrs["unmatched"]`` gives their number per
        office and ``attrs["framework"]`` the framework name,
        ``attrs["titles"]`` the element titles by id.

    Raises:
        UnknownChoiceError: unknown ``value``.
        FrameworkError: the mapping was made with another framework.
        KeyError: ``by`` is not a column of the mapping.

    >>> cov = coverage(["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ", "ลดความเหลื่อมล้ำทางการศึกษา"], "obec")
    >>> cov.to_dict("records")
    [{'OBEC1': 0, 'OBEC2': 0, 'OBEC3': 1, 'OBEC4': 1, 'OBEC5': 0, 'OBEC6': 0}]
    """
    import pandas as pd

    values = {"count", "any", "best"}
    if value not in values:
        raise UnknownChoiceError("coverage value", value, values)
    fw = load_framework(framework)
    if isinstance(data, pd.DataFrame) and "element_id" in data.columns:
        mapping = data
        names = set(mapping["framework"].dropna().unique()) if "framework" in mapping else set()
        if names and names != {fw.name}:
            raise FrameworkError(f"the mapping was made with {sorted(names)}, "
                                 f"not with {fw.name!r}")
    else:
        mapping = map_to_framework(data, fw, **options)
    if by not in mapping.columns:
        raise KeyError(f"coverage by {by!r}: no such column; columns: {list(mapping.columns)}")
    keys = mapping[by].astype("object").where(mapping[by].notna(), "(unknown)")
    order = list(dict.fromkeys(keys))
    matched = mapping["element_id"].notna()
    frame = pd.DataFrame({"key": keys, "element_id": mapping["element_id"],
                          "score": mapping["score"]})[matched]
    if value == "best":
        table = frame.pivot_table(index="key", columns="element_id", values="score",
                                  aggfunc="max", fill_value=0.0)
        table = table.reindex(index=order, columns=fw.ids, fill_value=0.0).astype("float64")
    else:
        table = frame.pivot_table(index="key", columns="element_id", values="score",
                                  aggfunc="count", fill_value=0)
        table = table.reindex(index=order, columns=fw.ids, fill_value=0).astype("int64")
        if value == "any":
            table = table > 0
    table.index.name = by
    table.columns.name = "element_id"
    unmatched = (~matched).groupby(keys).sum()
    table.attrs["framework"] = fw.name
    table.attrs["titles"] = {e.id: e.title for e in fw}
    table.attrs["unmatched"] = {k: int(unmatched.get(k, 0)) for k in order}
    return table
