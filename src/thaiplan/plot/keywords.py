"""The top keywords of each office as bars, one panel per office."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..report.labels import short_label
from .fonts import _pyplot, thai_font

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["keyword_bars"]

_TITLE_KEYWORDS = "คำสำคัญของแต่ละหน่วยงาน · Keywords per office"


def _keyword_lists(keywords: Any, top: int) -> dict[str, list[tuple[str, float]]]:
    """``{office: [(term, score), ...]}`` from a mapping or a long DataFrame."""
    import pandas as pd

    if isinstance(keywords, pd.DataFrame):
        columns = {c.lower(): c for c in map(str, keywords.columns)}
        office = next((columns[c] for c in ("office", "group", "label", "name")
                       if c in columns), None)
        term = next((columns[c] for c in ("term", "keyword", "word", "token") if c in columns),
                    None)
        score = next((columns[c] for c in ("score", "weight", "tfidf", "count") if c in columns),
                     None)
        if office is None or term is None or score is None:
            raise ValueError("a keyword DataFrame needs office, term and score columns; got "
                             f"{list(keywords.columns)}")
        lists: dict[str, list[tuple[str, float]]] = {}
        for record in keywords.to_dict("records"):
            lists.setdefault(str(record[office]), []).append(
                (str(record[term]), float(record[score])))
    elif isinstance(keywords, Mapping):
        lists = {str(k): [(str(t), float(s)) for t, s in v] for k, v in keywords.items()}
    else:
        raise TypeError(f"expected a keyword DataFrame or mapping, got {type(keywords)!r}")
    return {k: sorted(v, key=lambda p: -p[1])[:top] for k, v in lists.items()}


def keyword_bars(keywords: Any, *, top: int = 8, ncols: int = 2,
                 label_width: int | None = 40, score_label: str = "คะแนน · score",
                 title: str | None = None) -> Figure:
    """Horizontal bar charts of each office's top keywords, one panel per office.

    Args:
        keywords: ``{office: [(term, score), ...]}`` or a long DataFrame with
            office, term and score columns (as ``Comparison.keywords`` gives);
            a higher score = more characteristic of the office.
        top: the most keywords drawn per office.
        ncols: panels per row.
        label_width: office names in panel titles are abbreviated and cut.
        score_label: the x-axis label.
        title: the figure title; a bilingual default when ``None``.

    Returns:
        The Figure (one Axes per office, in the order given).

    Raises:
        TypeError, ValueError: ``keywords`` has an unusable shape.

    >>> fig = keyword_bars({"สพม. เขต ๒๐": [("ผู้เรียน", 0.9), ("คุณภาพ", 0.5)]})
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['ผู้เรียน', 'คุณภาพ']
    >>> from thaiplan.plot import close
    >>> close(fig)
    """
    lists = _keyword_lists(keywords, top)
    if not lists:
        raise ValueError("no keywords to draw")
    plt = _pyplot()
    ncols = max(1, min(ncols, len(lists)))
    nrows = math.ceil(len(lists) / ncols)
    longest = max(len(v) for v in lists.values())
    height = max(2.2, 0.32 * longest + 1.1)
    with thai_font():
        fig, axes = plt.subplots(nrows, ncols, figsize=(4.8 * ncols, height * nrows + 0.6),
                                 squeeze=False, layout="constrained")
        flat = list(axes.flat)
        for ax, (office, pairs) in zip(flat, lists.items(), strict=False):
            terms = [t for t, _ in pairs]
            ax.barh(range(len(pairs)), [s for _, s in pairs], color="#41b6c4")
            ax.set_yticks(range(len(pairs)), terms)
            # the same row height in every panel, first keyword on top
            ax.set_ylim(longest - 0.5, -0.5)
            ax.set_title(short_label(office, width=label_width), fontsize=11)
            ax.set_xlabel(score_label)
            ax.spines[["top", "right"]].set_visible(False)
        for ax in flat[len(lists):]:
            ax.set_visible(False)
        fig.suptitle(_TITLE_KEYWORDS if title is None else title)
    figure: Figure = fig
    return figure
