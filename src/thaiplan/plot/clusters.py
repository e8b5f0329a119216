"""Offices clustered by similarity: the dendrogram, and the heatmap ordered by it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..errors import UnknownChoiceError
from .fonts import _need, _pyplot, thai_font
from .matrix import _CBAR_LABEL, _draw_matrix, _labels, _square

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["LINKAGES", "Linkage", "clustered_heatmap", "dendrogram"]

Linkage = Literal["average", "complete", "single", "weighted"]
LINKAGES: dict[str, str] = {
    "average": "UPGMA: mean distance between the members of two clusters",
    "complete": "the largest distance between the members of two clusters",
    "single": "the smallest distance between the members of two clusters",
    "weighted": "WPGMA: mean of the two merged clusters' distances",
}
"""Valid ``linkage`` choices of :func:`dendrogram` and :func:`clustered_heatmap`."""

_TITLE_DENDRO = "การจัดกลุ่มหน่วยงาน\nOffices clustered by goal similarity"


def _linkage(table: pd.DataFrame, linkage: str) -> Any:
    import numpy as np

    if linkage not in LINKAGES:
        raise UnknownChoiceError("linkage", linkage, LINKAGES)
    if len(table) < 2:
        raise ValueError(f"clustering needs at least 2 offices, got {len(table)}")
    hierarchy = _need("scipy.cluster.hierarchy")
    distance = _need("scipy.spatial.distance")
    values = np.nan_to_num(table.to_numpy(dtype=float), nan=0.0)
    dist = 1.0 - np.clip((values + values.T) / 2.0, 0.0, 1.0)
    np.fill_diagonal(dist, 0.0)
    return hierarchy.linkage(distance.squareform(dist, checks=False), method=linkage)


def dendrogram(similarity: Any, *, ax: Axes | None = None, linkage: Linkage = "average",
               label_width: int | None = 28, title: str | None = None) -> Axes:
    """Hierarchical clustering of offices by goal similarity, as a dendrogram.

    Offices are joined bottom-up by distance ``1 - similarity`` (in [0, 1],
    lower = more alike), so offices whose goals agree merge first, near 0.

    Args:
        similarity: a square similarity DataFrame or a ``Comparison``
            (see :func:`similarity_heatmap`); at least 2 offices.
        ax: the Axes to draw on; a new figure when ``None``.
        linkage: how cluster distances are computed, one of :data:`LINKAGES`.
        label_width: office labels are abbreviated and cut to this many cells.
        title: the title; a bilingual default when ``None``.

    Returns:
        The Axes drawn on (leaves on the left, distance on the x axis).

    Raises:
        UnknownChoiceError: ``linkage`` is not in :data:`LINKAGES`.
        ValueError: fewer than 2 offices, or the table is not square.

    >>> import pandas as pd
    >>> names = ["ก", "ข", "ค"]
    >>> sim = pd.DataFrame([[1, .9, .1], [.9, 1, .2], [.1, .2, 1]], index=names, columns=names)
    >>> ax = dendrogram(sim)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['ค', 'ก', 'ข']
    >>> from thaiplan.plot import close
    >>> close(ax)
    """
    table = _square(similarity)
    tree = _linkage(table, linkage)
    hierarchy = _need("scipy.cluster.hierarchy")
    plt = _pyplot()
    with thai_font():
        if ax is None:
            _, ax = plt.subplots(figsize=(7.0, max(3.0, 0.45 * len(table) + 1.5)),
                                 layout="constrained")
        hierarchy.dendrogram(tree, labels=_labels(list(table.index), label_width), ax=ax,
                             orientation="left", leaf_font_size=10, color_threshold=0.0,
                             above_threshold_color="#2c7fb8")
        ax.set_xlabel("ระยะห่าง · distance = 1 − similarity")
        ax.set_xlim(left=max(1.0, float(tree[:, 2].max()) * 1.05))
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_title(_TITLE_DENDRO if title is None else title)
    return ax


def clustered_heatmap(similarity: Any, *, linkage: Linkage = "average", annotate: bool = True,
                      cmap: str = "YlGnBu", label_width: int | None = 28,
                      title: str | None = None) -> Figure:
    """The similarity heatmap with offices reordered by clustering, dendrogram beside it.

    Args:
        similarity: a square similarity DataFrame or a ``Comparison``; at least
            2 offices. Scores in [0, 1], higher = more similar.
        linkage: one of :data:`LINKAGES`.
        annotate: write each score in its cell.
        cmap: a matplotlib colormap name.
        label_width: office labels are abbreviated and cut to this many cells.
        title: the figure title; a bilingual default when ``None``.

    Returns:
        The Figure: dendrogram on the left, heatmap in the middle, colour bar
        on the right. Rows and columns of the heatmap follow the leaves.

    Raises:
        UnknownChoiceError: ``linkage`` is not in :data:`LINKAGES`.
        ValueError: fewer than 2 offices, or the table is not square.

    >>> import pandas as pd
    >>> names = ["ก", "ข", "ค"]
    >>> sim = pd.DataFrame([[1, .1, .9], [.1, 1, .2], [.9, .2, 1]], index=names, columns=names)
    >>> fig = clustered_heatmap(sim)
    >>> [t.get_text() for t in fig.axes[1].get_yticklabels()]
    ['ค', 'ก', 'ข']
    >>> from thaiplan.plot import close
    >>> close(fig)
    """
    table = _square(similarity)
    tree = _linkage(table, linkage)
    hierarchy = _need("scipy.cluster.hierarchy")
    plt = _pyplot()
    # Leaves are listed bottom-up; the heatmap's first row is at the top.
    leaves = hierarchy.leaves_list(tree)[::-1]
    ordered = table.iloc[leaves, leaves]
    n = len(table)
    with thai_font():
        fig = plt.figure(figsize=(max(6.5, 0.9 * n + 4.5), max(4.0, 0.7 * n + 2.2)),
                         layout="constrained")
        grid = fig.add_gridspec(1, 3, width_ratios=[1.2, max(3.0, 0.6 * n), 0.18])
        tree_ax = fig.add_subplot(grid[0, 0])
        heat_ax = fig.add_subplot(grid[0, 1])
        bar_ax = fig.add_subplot(grid[0, 2])
        hierarchy.dendrogram(tree, ax=tree_ax, orientation="left", no_labels=True,
                             color_threshold=0.0, above_threshold_color="#2c7fb8")
        tree_ax.set_ylim(0, 10 * n)
        tree_ax.axis("off")
        _draw_matrix(heat_ax, ordered, cmap=cmap, annotate=annotate, label_width=label_width,
                     colorbar=False)
        heat_ax.yaxis.tick_right()
        heat_ax.set_ylim(n - 0.5, -0.5)
        fig.colorbar(heat_ax.images[0], cax=bar_ax, label=_CBAR_LABEL)
        fig.suptitle(_TITLE_DENDRO if title is None else title)
    figure: Figure = fig
    return figure
