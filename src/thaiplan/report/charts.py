"""The report's charts, drawn as HTML: the office × office heatmap, framework coverage,
keyword bars."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .labels import display_width, short_label, truncate
from .markup import _e, score_colour

if TYPE_CHECKING:
    import pandas as pd


_SUFFIX = re.compile(r"^(.+?)((?: (?:\([^()]*\)|\[[^\[\]]*\]))+)$")


def _cell_label(label: str, width: int = 24) -> str:
    """A heatmap header: the short label, its end kept when it tells two units apart
    (``สภากาชาดไทย (…567_vol3)``: the file's stem, `` (2)``, `` [quoted]``).

    >>> _cell_label("คณะกรรมการยุทธศาสตร์ชาติ [quoted]")
    'คณะกรรมการยุทธศ… [quoted]'
    """
    short = short_label(label)
    match = _SUFFIX.match(short)
    if display_width(short) <= width or match is None:
        return truncate(short, width)
    head, suffix = match.group(1), match.group(2).strip()
    if display_width(suffix) > width // 2:
        suffix = "(…" + suffix[-(width // 2 - 3):]
    return f"{truncate(head, width - display_width(suffix) - 1)} {suffix}"


def _heatmap(labels: Sequence[str], table: pd.DataFrame) -> str:
    names = [str(x) for x in table.index]
    shown = {n: _cell_label(labels[i] if i < len(labels) else n)
             for i, n in enumerate(names)}
    rows = ['<div class="scroll"><table class="heatmap" id="heatmap-table">',
            "<caption>ความคล้าย 0–1 · similarity 0–1</caption>",
            '<thead><tr><th scope="col"><span class="en">office</span></th>']
    rows += [f'<th scope="col" title="{_e(n)}">{_e(shown[n])}</th>' for n in names]
    rows.append("</tr></thead><tbody>")
    values = table.to_numpy(dtype=float)
    for i, row_name in enumerate(names):
        cells = [f'<tr><th scope="row" title="{_e(row_name)}">{_e(shown[row_name])}</th>']
        for j, col_name in enumerate(names):
            value = float(values[i, j])
            background, ink = score_colour(value)
            text = "–" if math.isnan(value) else f"{value:.2f}"
            score = "" if math.isnan(value) else f"{value:.4f}"
            cells.append(
                f'<td class="cell" data-row="{_e(row_name)}" data-col="{_e(col_name)}" '
                f'data-score="{score}" style="background:{background};color:{ink}" '
                f'title="{_e(row_name)} × {_e(col_name)}: {text}">{text}</td>')
        cells.append("</tr>")
        rows.append("".join(cells))
    rows.append("</tbody></table></div>")
    rows.append('<p class="legend"><span>0</span><span class="ramp" aria-hidden="true"></span>'
                "<span>1</span><span>สีเข้ม = เป้าประสงค์คล้ายกันมาก · darker = more alike</span></p>")
    return "\n".join(rows)


def _coverage(table: pd.DataFrame) -> str:
    columns = [str(c) for c in table.columns]
    out = ['<div class="scroll"><table class="coverage"><thead><tr>']
    index_name = str(table.index.name or "")
    out.append(f'<th scope="col">{_e(index_name)}</th>')
    titles = {str(k): str(v) for k, v in table.attrs.get("titles", {}).items()}
    out += [f'<th scope="col" title="{_e(titles.get(c, c))}">{_e(c)}</th>' for c in columns]
    out.append("</tr></thead><tbody>")
    for name, row in zip(table.index, table.itertuples(index=False), strict=True):
        cells = [f'<th scope="row">{_e(name)}</th>']
        for value in row:
            if isinstance(value, float) and not math.isnan(value) and 0.0 <= value <= 1.0:
                background, ink = score_colour(value)
                cells.append(f'<td data-score="{value:.4f}" style="background:{background};'
                             f'color:{ink};text-align:center">{value:.2f}</td>')
            elif isinstance(value, float):
                cells.append(f"<td>{'–' if math.isnan(value) else f'{value:.2f}'}</td>")
            else:
                cells.append(f"<td>{_e(value)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    if titles:
        out.append('<dl class="meta">')
        out += [f"<dt><code>{_e(c)}</code></dt><dd>{_e(titles[c])}</dd>"
                for c in columns if c in titles]
        out.append("</dl>")
    return "\n".join(out)


def _keywords(keywords: Mapping[str, Sequence[tuple[str, float]]]) -> str:
    out = ['<div class="kwgrid">']
    for office, pairs in keywords.items():
        top = max((s for _, s in pairs), default=0.0) or 1.0
        out.append(f'<div class="keywords"><h3>{_e(office)}</h3><ol>')
        for term, score in pairs:
            out.append(f"<li>{_e(term)} <span class=\"en\">{score:.2f}</span>"
                       f'<span class="bar" style="width:{4 * score / top:.2f}rem"></span></li>')
        out.append("</ol></div>")
    out.append("</div>")
    return "\n".join(out)
