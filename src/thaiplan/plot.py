"""Thai-labelled matplotlib plots of how offices' goals relate.

Needs the ``plot`` extra (``pip install 'thaiplan[plot]'``): matplotlib ≥ 3.11
(earlier versions misplace stacked Thai tone marks such as ที่ น้ำ) and the
OFL-licensed Sarabun font (``fontpkg-sarabun``). matplotlib's default font has
no Thai glyphs and draws boxes; every function here draws its text with Sarabun
inside :func:`thai_font`, which sets the font for the duration of the call and
puts the caller's settings back, so global ``rcParams`` are left as they were.

* :func:`similarity_heatmap` — office × office similarity, scores in the cells;
* :func:`alignment_chart` — the goals of two offices side by side, matched
  goals joined by lines whose width follows the score;
* :func:`keyword_bars` — the top keywords of each office;
* :func:`dendrogram` and :func:`clustered_heatmap` — offices clustered by
  similarity.

Each accepts the plain pandas tables (or a ``Comparison`` that has them) and
returns the matplotlib ``Axes`` or ``Figure`` it drew on.

>>> import pandas as pd
>>> sim = pd.DataFrame([[1.0, 0.4], [0.4, 1.0]], index=["สพม. เขต ๒๐", "สพม. เขต ๒๑"],
...                    columns=["สพม. เขต ๒๐", "สพม. เขต ๒๑"])
>>> ax = similarity_heatmap(sim)
>>> [t.get_text() for t in ax.get_yticklabels()]
['สพม. เขต ๒๐', 'สพม. เขต ๒๑']
>>> close(ax)
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import MissingDependencyError, UnknownChoiceError
from .report.labels import short_label

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "FONT_FAMILY",
    "LINKAGES",
    "alignment_chart",
    "close",
    "clustered_heatmap",
    "dendrogram",
    "font_path",
    "keyword_bars",
    "similarity_heatmap",
    "thai_font",
]

logger = logging.getLogger(__name__)

FONT_FAMILY = "Sarabun"
"""The font family every plot uses (it covers Thai and Latin)."""

# DejaVu Sans (matplotlib's own) stays second for the few symbols Sarabun lacks.
_FAMILIES = [FONT_FAMILY, "DejaVu Sans"]

Linkage = Literal["average", "complete", "single", "weighted"]
LINKAGES: dict[str, str] = {
    "average": "UPGMA: mean distance between the members of two clusters",
    "complete": "the largest distance between the members of two clusters",
    "single": "the smallest distance between the members of two clusters",
    "weighted": "WPGMA: mean of the two merged clusters' distances",
}
"""Valid ``linkage`` choices of :func:`dendrogram` and :func:`clustered_heatmap`."""

_TITLE_HEATMAP = "ความคล้ายของเป้าประสงค์ระหว่างหน่วยงาน\nGoal similarity between offices"
_TITLE_DENDRO = "การจัดกลุ่มหน่วยงาน\nOffices clustered by goal similarity"
_TITLE_KEYWORDS = "คำสำคัญของแต่ละหน่วยงาน · Keywords per office"
_CBAR_LABEL = "ความคล้าย · similarity (0–1)"


def _need(package: str) -> Any:
    import importlib

    try:
        return importlib.import_module(package)
    except ImportError as exc:
        top = package.split(".", maxsplit=1)[0]
        raise MissingDependencyError(top, "plot", "thaiplan.plot") from exc


@cache
def font_path(weight: Literal["regular", "bold"] = "regular") -> Path:
    """The Sarabun font file the plots use, registered with matplotlib.

    Registering adds the font to matplotlib's font list (so the family name
    ``"Sarabun"`` resolves); it does not change any ``rcParams``.

    Args:
        weight: ``"regular"`` or ``"bold"``.

    Returns:
        Path of the ``.ttf`` file inside the ``fontpkg-sarabun`` package.

    Raises:
        MissingDependencyError: matplotlib or fontpkg-sarabun is not installed.
        UnknownChoiceError: ``weight`` is not a valid choice.

    >>> font_path().name
    'Sarabun-Regular.ttf'
    """
    files = {"regular": "Sarabun-Regular.ttf", "bold": "Sarabun-Bold.ttf"}
    if weight not in files:
        raise UnknownChoiceError("font weight", weight, files)
    package = _need("fontpkg_sarabun")
    font_manager = _need("matplotlib.font_manager")
    root = Path(package.ROOT) / "files"
    for name in files.values():
        font_manager.fontManager.addfont(str(root / name))
    return root / files[weight]


def _pyplot() -> Any:
    matplotlib = _need("matplotlib")
    version = tuple(int(p) for p in matplotlib.__version__.split(".")[:2] if p.isdigit())
    if version < (3, 11):
        logger.warning("matplotlib %s misplaces stacked Thai tone marks; use >= 3.11",
                       matplotlib.__version__)
    return _need("matplotlib.pyplot")


@contextmanager
def thai_font(**rc: Any) -> Iterator[None]:
    """Draw with Sarabun inside this block, leaving global settings as they were.

    Only the font settings (and the ``rc`` given) are set on entry and put back
    on exit. Unlike ``matplotlib.rc_context``, every other setting is left
    alone: Jupyter's inline backend switches interactive mode on when the first
    figure is made, and restoring all settings would switch it off again. Text
    objects remember their font, so a figure built inside the block keeps Thai
    glyphs when it is drawn or saved later.

    Args:
        **rc: more ``rcParams`` for the block; names with dots are passed as a
            dict: ``thai_font(**{"font.size": 12})``.

    Raises:
        MissingDependencyError: matplotlib or fontpkg-sarabun is not installed.

    >>> import matplotlib
    >>> before = list(matplotlib.rcParams["font.family"])
    >>> with thai_font():
    ...     matplotlib.rcParams["font.family"]
    ['Sarabun', 'DejaVu Sans']
    >>> matplotlib.rcParams["font.family"] == before
    True
    """
    matplotlib = _need("matplotlib")
    font_path()
    settings = {"font.family": _FAMILIES, "axes.unicode_minus": False, **rc}
    saved = {key: matplotlib.rcParams[key] for key in settings}
    matplotlib.rcParams.update(settings)
    try:
        yield
    finally:
        matplotlib.rcParams.update(saved)


def close(obj: Axes | Figure) -> None:
    """Close the figure of ``obj`` (an ``Axes`` or ``Figure``) to free its memory."""
    plt = _pyplot()
    plt.close(getattr(obj, "figure", obj))


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


def _wrap(text: str, width: int) -> str:
    """Wrap Thai text at word boundaries (pythainlp newmm) to ``width`` cells a line."""
    from ._pythainlp import pythainlp_module

    words = pythainlp_module("pythainlp.tokenize").word_tokenize(text, engine="newmm")
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + len(word) > width:
            lines.append(current.rstrip())
            current = word.lstrip()
        else:
            current += word
    if current.strip():
        lines.append(current.rstrip())
    return "\n".join(lines)


def _first(table: pd.DataFrame, column: str) -> str:
    return str(table[column].iloc[0]) if column in table.columns and len(table) else ""


def _column(table: pd.DataFrame, *names: str) -> str:
    for name in names:
        if name in table.columns:
            return name
    raise ValueError(f"the alignment table needs one of the columns {list(names)}; "
                     f"got {list(table.columns)}")


def alignment_chart(aligned: Any, a: str | None = None, b: str | None = None, *,
                    left: Sequence[str] | None = None, right: Sequence[str] | None = None,
                    left_title: str | None = None, right_title: str | None = None,
                    wrap: int = 34, ax: Axes | None = None, title: str | None = None) -> Axes:
    """Two offices' goals side by side, matched goals joined by a line with its score.

    Line width and darkness grow with the score (in [0, 1], higher = more
    similar); goals without a partner above the threshold are drawn grey.

    Args:
        aligned: a ``Comparison`` (then give ``a`` and ``b``), or the DataFrame
            ``Comparison.align(a, b)`` returns: one row per goal of ``a`` (two for a
            goal that merges two) with
            ``text_a``, ``text_b`` (``""`` when unmatched) and ``score``.
        a: the left office, when ``aligned`` is a ``Comparison``.
        b: the right office, when ``aligned`` is a ``Comparison``.
        left: every goal of the left office in order; taken from ``aligned``
            when ``None``.
        right: every goal of the right office in order (unmatched ones
            included); taken from the matched ``text_b`` when ``None``.
        left_title: heading above the left column (default: the office name,
            abbreviated).
        right_title: heading above the right column.
        wrap: goal texts are wrapped at Thai word boundaries to this many characters.
        ax: the Axes to draw on; a new figure when ``None``.
        title: the title; a bilingual default when ``None``.

    Returns:
        The Axes drawn on.

    Raises:
        ValueError: ``aligned`` lacks the text or score columns, or a
            ``Comparison`` is given without ``a`` and ``b``.

    >>> import pandas as pd
    >>> pairs = pd.DataFrame({"text_a": ["ผู้เรียนมีคุณภาพ", "ครูมีสมรรถนะ"],
    ...                       "text_b": ["นักเรียนมีคุณภาพ", ""], "score": [0.8, 0.1]})
    >>> ax = alignment_chart(pairs, left_title="สพม. เขต ๒๐", right_title="สพม. เขต ๒๑")
    >>> sorted(t.get_text() for t in ax.texts)
    ['0.80', 'ครูมีสมรรถนะ', 'นักเรียนมีคุณภาพ', 'ผู้เรียนมีคุณภาพ', 'สพม. เขต ๒๐', 'สพม. เขต ๒๑']
    >>> close(ax)
    """
    import pandas as pd

    if not isinstance(aligned, pd.DataFrame):
        if a is None or b is None or not hasattr(aligned, "align"):
            raise ValueError("give a Comparison with two office names, or an alignment "
                             "DataFrame")
        items = aligned.items
        left = list(items.loc[items["office"] == a, "text"]) if left is None else left
        right = list(items.loc[items["office"] == b, "text"]) if right is None else right
        aligned = aligned.align(a, b)
    if left_title is None:
        left_title = short_label(str(a if a is not None else _first(aligned, "office_a")),
                                 width=40)
    if right_title is None:
        right_title = short_label(str(b if b is not None else _first(aligned, "office_b")),
                                  width=40)
    text_a = _column(aligned, "text_a", "goal_a", "left_text")
    text_b = _column(aligned, "text_b", "goal_b", "right_text")
    score = _column(aligned, "score", "similarity")
    matched = aligned[aligned[text_b].fillna("").astype(str).str.strip() != ""]
    left_items = list(left) if left is not None else list(dict.fromkeys(aligned[text_a]))
    right_items = list(right) if right is not None else list(dict.fromkeys(matched[text_b]))
    left_index = {t: i for i, t in enumerate(left_items)}
    right_index = {t: i for i, t in enumerate(right_items)}
    links = [(left_index[x], right_index[y], float(s))
             for x, y, s in zip(matched[text_a], matched[text_b], matched[score], strict=True)
             if x in left_index and y in right_index]
    matched_left = {i for i, _, _ in links}
    matched_right = {j for _, j, _ in links}
    rows = max(len(left_items), len(right_items), 1)
    left_wrapped = [_wrap(t, wrap) for t in left_items]
    right_wrapped = [_wrap(t, wrap) for t in right_items]
    lines = max([w.count("\n") + 1 for w in left_wrapped + right_wrapped] or [1])
    # one row per goal, tall enough for the longest wrapped goal (9 pt text ≈ 0.16 in a line)
    row_inches = 0.16 * lines + 0.3
    plt = _pyplot()
    colours = plt.get_cmap("YlGnBu")

    def y_of(i: int, count: int) -> float:
        return rows - 1 - (i + (rows - count) / 2)

    with thai_font():
        if ax is None:
            _, ax = plt.subplots(figsize=(10.5, max(3.0, row_inches * (rows + 1.4) + 0.6)),
                                 layout="constrained")
        ax.set_xlim(0, 10)
        ax.set_ylim(-0.8, rows - 0.2 + 0.6)
        ax.axis("off")
        box = {"boxstyle": "round,pad=0.35", "linewidth": 0.8}
        for i, text in enumerate(left_wrapped):
            colour = "#253494" if i in matched_left else "#9e9e9e"
            ax.text(3.6, y_of(i, len(left_items)), text, ha="right", va="center",
                    fontsize=9, color=colour, bbox={**box, "facecolor": "#f7fbff",
                                                    "edgecolor": colour})
        for j, text in enumerate(right_wrapped):
            colour = "#253494" if j in matched_right else "#9e9e9e"
            ax.text(6.4, y_of(j, len(right_items)), text, ha="left", va="center",
                    fontsize=9, color=colour, bbox={**box, "facecolor": "#f7fbff",
                                                    "edgecolor": colour})
        for i, j, value in links:
            y1, y2 = y_of(i, len(left_items)), y_of(j, len(right_items))
            ax.plot([3.75, 6.25], [y1, y2], color=colours(0.35 + 0.65 * value),
                    linewidth=0.8 + 4.0 * value, solid_capstyle="round")
            ax.text(5.0, (y1 + y2) / 2, f"{value:.2f}", ha="center", va="center", fontsize=8,
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "white",
                          "edgecolor": "none"})
        if left_title:
            ax.text(3.6, rows - 0.2 + 0.4, left_title, ha="right", va="bottom",
                    fontsize=11, fontweight="bold")
        if right_title:
            ax.text(6.4, rows - 0.2 + 0.4, right_title, ha="left", va="bottom",
                    fontsize=11, fontweight="bold")
        ax.set_title("การจับคู่เป้าประสงค์ · Goal alignment" if title is None else title)
    return ax
