"""Two offices' goals side by side, matched goals joined by lines whose width follows the score."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..report.labels import short_label
from .fonts import _pyplot, thai_font

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["alignment_chart"]


def _wrap(text: str, width: int) -> str:
    """Wrap Thai text at word boundaries (pythainlp newmm) to ``width`` cells a line."""
    from .._pythainlp import pythainlp_module

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
    >>> from thaiplan.plot import close
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
