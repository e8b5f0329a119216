"""The office × office similarity heatmap, and the matrix drawing the clustered heatmap shares."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..report.labels import short_label
from .fonts import _pyplot, thai_font

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["similarity_heatmap"]

_TITLE_HEATMAP = "ความคล้ายของเป้าประสงค์ระหว่างหน่วยงาน\nGoal similarity between offices"
_CBAR_LABEL = "ความคล้าย · similarity (0–1)"


def _square(similarity: Any) -> pd.DataFrame:
    """The office × office table of ``similarity`` (a DataFrame or a Comparison)."""
    import pandas as pd

    table = getattr(similarity, "office_similarity", similarity)
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"expected a square DataFrame or a Comparison, got {type(similarity)!r}")
    if table.shape[0] != table.shape[1] or list(table.index) != list(table.columns):
        raise ValueError("the similarity table must be square with the same offices as "
                         f"rows and columns; got {table.shape[0]} rows, {table.shape[1]} columns")
    return table.astype(float)


def _labels(names: Sequence[Any], width: int | None) -> list[str]:
    return [short_label(str(n), width=width) for n in names]


def _text_colour(cmap: Any, value: float) -> str:
    red, green, blue, _ = cmap(value)
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return "white" if luminance < 0.5 else "black"


def _draw_matrix(ax: Axes, table: pd.DataFrame, *, cmap: str, annotate: bool,
                 label_width: int | None, colorbar: bool) -> None:
    import numpy as np

    plt = _pyplot()
    colours = plt.get_cmap(cmap)
    values = table.to_numpy(dtype=float)
    image = ax.imshow(np.ma.masked_invalid(values), vmin=0.0, vmax=1.0, cmap=colours,
                      aspect="auto")
    labels = _labels(list(table.index), label_width)
    n = len(labels)
    ax.set_xticks(range(n), labels, rotation=40, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(n), labels)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if annotate:
        size = 10 if n <= 8 else 8 if n <= 14 else 6
        for i in range(n):
            for j in range(n):
                value = values[i, j]
                if math.isnan(value):
                    ax.text(j, i, "–", ha="center", va="center", fontsize=size)
                    continue
                ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=size,
                        color=_text_colour(colours, value))
    if colorbar:
        ax.figure.colorbar(image, ax=ax, label=_CBAR_LABEL, shrink=0.8)


def similarity_heatmap(similarity: Any, *, ax: Axes | None = None, annotate: bool = True,
                       cmap: str = "YlGnBu", label_width: int | None = 28,
                       colorbar: bool = True, title: str | None = None) -> Axes:
    """Office × office heatmap of goal similarity, the score written in each cell.

    Args:
        similarity: a square DataFrame (offices as index and columns, scores in
            [0, 1], higher = more similar) or a ``Comparison`` (its
            ``office_similarity`` is used). NaN cells are drawn blank with ``–``.
        ax: the Axes to draw on; a new figure when ``None``.
        annotate: write the score (2 decimals) in each cell.
        cmap: a matplotlib colormap name; 0 maps to its low end, 1 to its high end.
        label_width: office labels are abbreviated (สพม., รร.…) and cut to this
            many display cells; ``None`` keeps them whole.
        colorbar: add a colour bar.
        title: the title; a bilingual default when ``None``, ``""`` for none.

    Returns:
        The Axes drawn on.

    Raises:
        TypeError: ``similarity`` is neither a DataFrame nor a Comparison.
        ValueError: the table is not square with matching rows and columns.
        MissingDependencyError: the ``plot`` extra is not installed.

    >>> import pandas as pd
    >>> names = ["โรงเรียนบ้านนา", "โรงเรียนบ้านน้ำใส"]
    >>> sim = pd.DataFrame([[1.0, 0.25], [0.25, 1.0]], index=names, columns=names)
    >>> ax = similarity_heatmap(sim, title="")
    >>> sorted(t.get_text() for t in ax.texts)
    ['0.25', '0.25', '1.00', '1.00']
    >>> from thaiplan.plot import close
    >>> close(ax)
    """
    table = _square(similarity)
    plt = _pyplot()
    with thai_font():
        if ax is None:
            n = len(table)
            _, ax = plt.subplots(figsize=(max(4.5, 0.9 * n + 3.0), max(3.5, 0.7 * n + 2.0)),
                                 layout="constrained")
        _draw_matrix(ax, table, cmap=cmap, annotate=annotate, label_width=label_width,
                     colorbar=colorbar)
        ax.set_title(_TITLE_HEATMAP if title is None else title)
    return ax
