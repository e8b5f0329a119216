"""One self-contained HTML file of parsed plans and how their goals relate.

The page needs nothing but a browser: CSS is inline, the heatmap is an HTML
table coloured with inline styles (so the browser shapes Thai itself), there is
no script, and the Sarabun font is embedded (base64 ``@font-face``) when the
``fontpkg-sarabun`` package is installed, else the reader's Thai system font is
used. It is valid HTML5, readable on a phone (tables scroll sideways) and
printable (colours kept, navigation hidden).

Sections: the office × office heatmap, the aligned goals of chosen pairs with
their shared terms in ``<mark>``, keywords per office, coverage of a national
framework (when given), each office's sections, items and parse warnings, and
how it was computed (method, threshold, thaiplan version).

>>> from thaiplan.model import PlanDocument, Section, SectionKind, Office
>>> doc = PlanDocument(sections=(Section(SectionKind.VISION, "วิสัยทัศน์", "ผู้เรียนมีคุณภาพ"),),
...                    office=Office(name="โรงเรียนบ้านนา"))
>>> page = render_html([doc], embed_font=False)
>>> page.startswith("<!DOCTYPE html>"), "โรงเรียนบ้านนา" in page
(True, True)
"""

from __future__ import annotations

import base64
import html
import logging
import math
import platform
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..model import Item, PlanDocument, Section, Unit
from ..normalize import thai_to_arabic_digits
from .labels import display_width, short_label, truncate

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "highlight",
    "office_labels",
    "office_pairs",
    "render_html",
    "score_colour",
    "write_html",
]

logger = logging.getLogger(__name__)

# ColorBrewer YlGnBu, the same ramp the plots use: 0 = pale yellow, 1 = dark blue.
_RAMP = ("#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8",
         "#253494", "#081d58")

_KIND_TH = {
    "vision": "วิสัยทัศน์", "mission": "พันธกิจ", "goals": "เป้าประสงค์",
    "strategies": "ยุทธศาสตร์", "values": "ค่านิยม", "culture": "วัฒนธรรมองค์กร",
    "identity": "อัตลักษณ์", "indicators": "ตัวชี้วัด", "philosophy": "ปรัชญา",
    "motto": "คำขวัญ", "background": "ความเป็นมา", "other": "อื่น ๆ",
}


_KIND_EN = {
    "vision": "Vision", "mission": "Mission", "goals": "Goal", "strategies": "Strategy",
    "values": "Values", "culture": "Culture", "identity": "Identity",
    "indicators": "Indicator", "philosophy": "Philosophy", "motto": "Motto",
    "background": "Background", "other": "Section",
}


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _hex(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def score_colour(score: float) -> tuple[str, str]:
    """Background and text colour of a heatmap cell.

    Args:
        score: a similarity in [0, 1] (clipped), higher = more similar; NaN
            gives a neutral grey.

    Returns:
        ``(background, text)`` as ``#rrggbb``; the text is white on dark cells.

    >>> score_colour(0.0)
    ('#ffffd9', '#000000')
    >>> score_colour(1.0)
    ('#081d58', '#ffffff')
    """
    if math.isnan(score):
        return "#eeeeee", "#000000"
    position = min(max(score, 0.0), 1.0) * (len(_RAMP) - 1)
    low = min(int(position), len(_RAMP) - 2)
    frac = position - low
    a, b = _hex(_RAMP[low]), _hex(_RAMP[low + 1])
    rgb = tuple(round(x + (y - x) * frac) for x, y in zip(a, b, strict=True))
    luminance = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255
    return "#{:02x}{:02x}{:02x}".format(*rgb), "#ffffff" if luminance < 0.5 else "#000000"


def _match_key(text: str) -> str:
    # Same length as ``text`` so positions carry over: Thai digits → Arabic, Latin lower-cased.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in thai_to_arabic_digits(text))


def highlight(text: str, terms: Iterable[str]) -> str:
    """``text`` as escaped HTML with every occurrence of ``terms`` wrapped in ``<mark>``.

    Longer terms win over shorter ones they contain; Thai and Arabic digits
    match each other and Latin letters match in any case (tokens are
    normalised that way).

    Args:
        text: plain text (a goal).
        terms: words or phrases to mark; empty ones are ignored.

    Returns:
        HTML-escaped text with ``<mark>`` elements.

    >>> highlight("ผู้เรียนมีทักษะศตวรรษที่ ๒๑ & คุณภาพ", ["ผู้เรียน", "ศตวรรษที่ 21"])
    '<mark>ผู้เรียน</mark>มีทักษะ<mark>ศตวรรษที่ ๒๑</mark> &amp; คุณภาพ'
    """
    wanted = sorted({_match_key(t.strip()) for t in terms if t and t.strip()}, key=len,
                    reverse=True)
    if not wanted:
        return _e(text)
    pattern = re.compile("|".join(re.escape(t) for t in wanted))
    key = _match_key(text)
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(key):
        parts.append(_e(text[last:match.start()]))
        parts.append(f"<mark>{_e(text[match.start():match.end()])}</mark>")
        last = match.end()
    parts.append(_e(text[last:]))
    return "".join(parts)


def office_labels(documents: Sequence[PlanDocument]) -> list[str]:
    """A distinct display name per document: the office label, else the file name.

    Repeated names get `` (2)``, `` (3)``… in order.

    >>> from thaiplan.model import Office
    >>> same = PlanDocument(office=Office(name="ก"))
    >>> office_labels([same, same])
    ['ก', 'ก (2)']
    """
    labels: list[str] = []
    seen: dict[str, int] = {}
    for doc in documents:
        if doc.office.name or doc.office.area is not None or not doc.source:
            label = doc.office.label
        else:
            label = Path(doc.source).name
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return labels


@cache
def _font_faces() -> str:
    """``@font-face`` rules embedding Sarabun, or ``""`` when it is not installed."""
    try:
        import fontpkg_sarabun
    except ImportError:
        logger.info("fontpkg-sarabun is not installed; the report uses the reader's Thai font")
        return ""
    root = Path(fontpkg_sarabun.ROOT) / "files"
    rules = []
    for weight, name in ((400, "Sarabun-Regular.ttf"), (700, "Sarabun-Bold.ttf")):
        data = base64.b64encode((root / name).read_bytes()).decode("ascii")
        rules.append("@font-face{font-family:'Sarabun Embedded';font-style:normal;"
                     f"font-weight:{weight};font-display:swap;"
                     f"src:url(data:font/ttf;base64,{data}) format('truetype')}}")
    return "\n".join(rules)


_CSS = """
:root{--ink:#1b1f24;--muted:#5b6570;--line:#d6dbe0;--accent:#225ea8;--bg:#ffffff;
--soft:#f4f7fa;--warn:#8a4b00;--mark:#fff1a8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:68rem;padding:1rem;color:var(--ink);background:var(--bg);
font-family:'Sarabun Embedded','Sarabun','Noto Sans Thai','Noto Sans Thai UI','Leelawadee UI',
'Thonburi','TH Sarabun New','Tahoma',sans-serif;font-size:1rem;line-height:1.65;
overflow-wrap:break-word}
h1{font-size:1.6rem;line-height:1.35;margin:.2rem 0 .4rem}
h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}
h4{font-size:1rem;margin:1rem 0 .3rem}
.en{color:var(--muted);font-weight:normal}
.lead{color:var(--muted);margin:.2rem 0 1rem}
nav.toc ol{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0;margin:.5rem 0}
nav.toc a{color:var(--accent)}
a{color:var(--accent)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse;margin:.4rem 0 1rem}
caption{text-align:left;color:var(--muted);font-size:.85rem;padding:.2rem 0}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:var(--soft);white-space:nowrap}
thead th .en{display:block}
table.heatmap th{font-weight:600;font-size:.9rem;white-space:nowrap}
table.heatmap thead th{writing-mode:horizontal-tb}
table.heatmap td{text-align:center;min-width:4.2rem;font-variant-numeric:tabular-nums;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.legend{display:flex;align-items:center;gap:.5rem;font-size:.85rem;color:var(--muted)}
.legend .ramp{display:inline-block;width:10rem;height:.8rem;border:1px solid var(--line);
background:linear-gradient(to right,#ffffd9,#c7e9b4,#41b6c4,#225ea8,#081d58);
-webkit-print-color-adjust:exact;print-color-adjust:exact}
table.pairs td.score{text-align:center;white-space:nowrap;font-variant-numeric:tabular-nums}
table.pairs td.goal{min-width:14rem}
table.pairs td.terms{min-width:7rem}
table.pairs td.org{white-space:nowrap}
table.pairs td .marker{min-width:1.8rem}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:.15em;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.bar{display:inline-block;height:.55rem;background:var(--accent);border-radius:.2rem;
vertical-align:middle;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.kwgrid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.6rem 1.2rem}
.kwgrid ol{padding-left:1.6rem;margin:.2rem 0}
.kwgrid li span.bar{margin-left:.4rem}
.office{border-top:1px solid var(--line);padding-top:.4rem}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0 .6rem;
font-size:.92rem}
.meta dt{color:var(--muted)}
.meta dd{margin:0}
.kind{display:inline-block;font-size:.78rem;padding:0 .45rem;border-radius:.6rem;
background:var(--soft);border:1px solid var(--line);color:var(--muted);margin-right:.4rem;
font-weight:normal}
ol.items{list-style:none;padding-left:0;margin:.2rem 0 .6rem}
ol.items ol.items{padding-left:1.6rem}
tr.unmatched td,.unmatched,.kind{color:var(--muted)}
ol.items li{margin:.15rem 0;padding-left:2.4rem;text-indent:-2.4rem}
ol.items li>*{text-indent:0}
.marker{display:inline-block;min-width:2.4rem;text-indent:0;color:var(--muted);font-variant-numeric:tabular-nums}
.lead-in{color:var(--muted);font-style:italic;margin:.1rem 0}
details.unit{border-left:3px solid var(--accent);padding:.1rem 0 .1rem .8rem;margin:.8rem 0}
details.unit.quoted,details.unit.outside{border-left-color:var(--line)}
details.unit>summary{cursor:pointer;font-weight:600;padding:.2rem 0}
details.unit>summary .kind,details.unit>summary .pages{font-weight:normal}
.pages{color:var(--muted);font-size:.85rem;margin-right:.4rem}
.badge{display:inline-block;font-size:.78rem;padding:0 .45rem;border-radius:.6rem;
font-weight:normal}
.badge.quoted{background:#fdf0dc;border:1px solid #e5c48f;color:var(--warn)}
details.nested{margin:.2rem 0 .4rem;text-indent:0}
details.nested>summary{cursor:pointer;color:var(--muted);font-size:.9rem}
h5,h6{font-size:.95rem;margin:.5rem 0 .2rem}
ul.warnings{padding-left:1.2rem;color:var(--warn);margin:.2rem 0 .6rem}
.ok{color:#2e7d32}
code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.88em}
footer{margin-top:2.5rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);
padding-top:.6rem}
@media (max-width:40rem){body{padding:.6rem;font-size:.97rem}h1{font-size:1.3rem}
table.pairs td.goal{min-width:11rem}}
@media print{body{max-width:none;padding:0;font-size:10.5pt}nav.toc{display:none}
.scroll{overflow:visible}h2{break-after:avoid}h3,h4{break-after:avoid}
tr,li,.kwgrid>div{break-inside:avoid}a{color:inherit;text-decoration:none}}
"""


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


def _terms(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        return [t for t in re.split(r"[,;|]\s*", value) if t]
    return [str(t) for t in value]


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _surface_forms(terms: Sequence[str]) -> list[str]:
    """The terms plus the variants the thesaurus folds into them (นักเรียน for ผู้เรียน)."""
    from ..features.thesaurus import default_thesaurus

    groups = default_thesaurus().groups
    forms = list(terms)
    for term in terms:
        forms += groups.get(term, ())
    return forms


def _position(value: Any) -> str:
    try:
        if math.isnan(float(value)):
            return ""
        return f"{int(value)}."
    except (TypeError, ValueError):
        return ""


def _pair(index: int, a: str, b: str, score: float | None, aligned: pd.DataFrame) -> str:
    head = f'<section class="pair" id="pair-{index}"><h3>{_e(a)} ↔ {_e(b)}'
    if score is not None and not math.isnan(score):
        head += f' <span class="en">(ความคล้าย · similarity {score:.2f})</span>'
    out = [head + "</h3>"]
    if aligned.empty:
        out.append('<p class="lead">ไม่มีเป้าประสงค์ให้จับคู่ · no goals to align</p>'
                   "</section>")
        return "\n".join(out)
    out.append('<div class="scroll"><table class="pairs"><thead><tr>'
               f'<th scope="col">{_e(short_label(a, width=30))}</th>'
               '<th scope="col">คะแนน <span class="en">score</span></th>'
               f'<th scope="col">{_e(short_label(b, width=30))}</th>'
               '<th scope="col">คำร่วม <span class="en">shared terms</span></th>'
               "</tr></thead><tbody>")
    for row in aligned.to_dict("records"):
        terms = _terms(row.get("shared_terms"))
        forms = _surface_forms(terms)
        number = _number(row.get("score"))
        text_b = _text(row.get("text_b"))
        cell_b = (f'<span class="marker">{_e(_position(row.get("position_b")))}</span> '
                  f"{highlight(text_b, forms)}{_merge_note(row)}") if text_b else (
            f'<span class="unmatched">{_e(_no_match(row))}</span>')
        score_cell = "–" if math.isnan(number) else (
            f'{number:.2f}<br><span class="bar" style="width:{max(number, 0.0) * 3:.2f}rem">'
            "</span>")
        row_class = "" if text_b else ' class="unmatched"'
        out.append(
            f'<tr{row_class}><td class="goal"><span class="marker">'
            f'{_e(_position(row.get("position_a")))}</span> '
            f'{highlight(_text(row.get("text_a")), forms)}</td>'
            f'<td class="score" data-score="{"" if math.isnan(number) else f"{number:.4f}"}">'
            f'{score_cell}</td><td class="goal">{cell_b}</td>'
            f'<td class="terms">{_e(", ".join(terms)) if terms and text_b else "–"}</td></tr>')
    out.append("</tbody></table></div></section>")
    return "\n".join(out)


def _merge_note(row: Mapping[Any, Any]) -> str:
    """A merged or split pair says so, with the other goal's position."""
    other = _position(row.get("merged_with"))
    if row.get("kind") == "merge" and other:
        return (f' <span class="kind">(รวมกับข้อ {_e(other)} · '
                f"this goal also answers {_e(other)})</span>")
    if row.get("kind") == "split" and other:
        return (f' <span class="kind">(ตอบทั้งข้อนี้และข้อ {_e(other)} · '
                f"also answers goal {_e(other)} on the left)</span>")
    return ""


def _no_match(row: Mapping[Any, Any]) -> str:
    """Why a goal has no pair, in Thai and English (the alignment's ``reason``)."""
    best = _number(row.get("score"))
    score = "" if math.isnan(best) else f"{best:.2f}"
    candidate, rival = _position(row.get("candidate_b")), _position(row.get("rival_a"))
    reason = row.get("reason")
    if reason == "prefers_other" and candidate and rival:
        return (f"ไม่มีคู่: ข้อ {candidate} ({score}) ใกล้กับข้อ {rival} มากกว่า · "
                f"no match: its best candidate {candidate} ({score}) is closer to {rival}")
    if reason == "taken" and candidate and rival:
        return (f"ไม่มีคู่: การจับคู่หนึ่งต่อหนึ่งให้ข้อ {candidate} ({score}) แก่ข้อ {rival} · "
                f"no match: one-to-one gave its best candidate {candidate} ({score}) to {rival}")
    return (f"ไม่มีคู่ที่ถึงเกณฑ์ (สูงสุด {score}) · no goal reaches the threshold "
            f"(best {score})") if score else "ไม่มีคู่ที่ถึงเกณฑ์ · no goal reaches the threshold"


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _top_goals(top: pd.DataFrame) -> str:
    out = ['<div class="scroll"><table class="pairs top-goals"><thead><tr>'
           '<th scope="col">หน่วยงาน <span class="en">office</span></th>'
           '<th scope="col">เป้าประสงค์ <span class="en">goal</span></th>'
           '<th scope="col">คะแนน <span class="en">score</span></th>'
           '<th scope="col">หน่วยงาน <span class="en">office</span></th>'
           '<th scope="col">เป้าประสงค์ <span class="en">goal</span></th>'
           "</tr></thead><tbody>"]
    for row in top.to_dict("records"):
        forms = _surface_forms(_terms(row.get("shared_terms")))
        number = _number(row.get("score"))
        out.append(
            f'<tr><td class="org">{_e(short_label(_text(row.get("office_a")), width=24))}</td>'
            f'<td class="goal">{highlight(_text(row.get("text_a")), forms)}</td>'
            f'<td class="score" data-score="{"" if math.isnan(number) else f"{number:.4f}"}">'
            f'{"–" if math.isnan(number) else f"{number:.2f}"}</td>'
            f'<td class="org">{_e(short_label(_text(row.get("office_b")), width=24))}</td>'
            f'<td class="goal">{highlight(_text(row.get("text_b")), forms)}</td></tr>')
    out.append("</tbody></table></div>")
    return "\n".join(out)


def office_pairs(table: pd.DataFrame, n: int) -> list[tuple[str, str, float]]:
    """The ``n`` most similar pairs of different offices in a similarity table.

    Args:
        table: square office × office DataFrame, scores in [0, 1].
        n: how many pairs (at most all of them).

    Returns:
        ``(office_a, office_b, score)`` tuples, highest score first; each
        unordered pair once, NaN scores skipped, ties in table order.

    >>> import pandas as pd
    >>> t = pd.DataFrame([[1, .2, .7], [.2, 1, .4], [.7, .4, 1]], index=list("กขค"),
    ...                  columns=list("กขค"))
    >>> office_pairs(t, 2)
    [('ก', 'ค', 0.7), ('ข', 'ค', 0.4)]
    """
    names = [str(x) for x in table.index]
    values = table.to_numpy(dtype=float)
    found = [(names[i], names[j], float(values[i, j]))
             for i in range(len(names)) for j in range(i + 1, len(names))
             if not math.isnan(values[i, j])]
    found.sort(key=lambda p: -p[2])
    return found[:n]


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


def _nested_summary(sections: Sequence[Section]) -> str:
    """``เป้าประสงค์ 2 ข้อ · ตัวชี้วัด 6 ข้อ``: what an item's own sections hold."""
    parts = []
    for section in sections:
        kind = section.kind.value
        count = f" {len(section.items)} ข้อ" if section.items else ""
        parts.append(f"{_KIND_TH.get(kind, kind)}{count}")
    return " · ".join(parts)


def _items(items: Sequence[Item], level: int = 4) -> str:
    out = ['<ol class="items">']
    for item in items:
        separator = f" {_e(item.separator)}" if item.separator else ""
        out.append(f'<li value="{item.position}"><span class="marker">{_e(item.marker)}'
                   f"{separator}</span> {_e(item.text)}")
        if item.sections:  # a strategy's own goals, indicators, tactics
            out.append(f'<details class="nested" open><summary>'
                       f"{_e(_nested_summary(item.sections))}</summary>")
            out += [_section(s, min(level + 1, 6)) for s in item.sections]
            out.append("</details>")
        if item.children:
            out.append(_items(item.children, level))
        out.append("</li>")
    out.append("</ol>")
    return "\n".join(out)


def _section(section: Section, level: int = 4) -> str:
    kind = section.kind.value
    out = [f'<h{level}><span class="kind" title="{_e(kind)}">'
           f"{_e(_KIND_TH.get(kind, kind))}</span>{_e(section.heading)}</h{level}>"]
    out += [f'<p class="lead-in">{_e(line)}</p>' for line in section.lead_in]
    if section.text:
        out.append(f"<p>{_e(section.text)}</p>")
    if section.items:
        out.append(_items(section.items, level))
    return "\n".join(out)


_OFFICE_KIND_TH = {
    "secondary_area_office": "สพม.", "primary_area_office": "สพป.", "school": "โรงเรียน",
    "ministry": "กระทรวง", "agency": "ส่วนราชการ/หน่วยงาน", "national": "ระดับชาติ",
    "local": "ท้องถิ่น", "other": "อื่น ๆ",
}


def _pages(pages: tuple[int, int] | None) -> str:
    if pages is None:
        return ""
    first, last = pages
    return (f"หน้า {first} · page {first}" if first == last
            else f"หน้า {first}–{last} · pages {first}–{last}")


def _unit(anchor: str, unit: Unit, label: str | None) -> str:
    """One unit of a document: its owner, kind, pages and quoted badge, its sections."""
    owner = unit.owner
    kind = owner.kind.value
    badges = [f'<span class="kind" title="{_e(kind)}">{_e(_OFFICE_KIND_TH.get(kind, kind))}'
              "</span>"]
    if owner.area is not None:
        badges.append(f'<span class="kind">เขต {owner.area} · area {owner.area}</span>')
    if unit.pages is not None:
        badges.append(f'<span class="pages">{_e(_pages(unit.pages))}</span>')
    if unit.quoted:
        badges.append('<span class="badge quoted" title="this block quotes another plan">'
                      "อ้างอิง · quoted</span>")
    if label is not None and label != owner.label:
        badges.append(f'<span class="en">ป้ายในตาราง · label: {_e(label)}</span>')
    out = [f'<details class="unit{" quoted" if unit.quoted else ""}" id="{anchor}" open>'
           f'<summary><span class="owner">{_e(owner.label)}</span> {" ".join(badges)}'
           "</summary>"]
    out += [_section(s) for s in unit.sections]
    if not unit.sections:
        out.append('<p class="lead">ไม่มีหมวด · no sections</p>')
    out.append("</details>")
    return "\n".join(out)


def _own_page(doc: PlanDocument) -> bool:
    """Whether the document's units say nothing more than its office and sections: one
    unit, its office's, with every section (a web page)."""
    return (len(doc.units) == 1 and not doc.units[0].quoted
            and doc.units[0].owner == doc.office and doc.units[0].sections == doc.sections)


def _office(index: int, label: str, doc: PlanDocument,
            unit_labels: Mapping[int, str] | None = None) -> str:
    counts = sum(1 for s in doc.sections for _ in s.walk())
    out = [f'<section class="office" id="office-{index}"><h3>{_e(label)}</h3><dl class="meta">']
    if doc.source:
        out.append(f"<dt>ไฟล์ · file</dt><dd><code>{_e(Path(doc.source).name)}</code></dd>")
    if doc.encoding:
        out.append(f"<dt>รหัสอักขระ · encoding</dt><dd><code>{_e(doc.encoding)}</code></dd>")
    grouped = bool(doc.units) and not _own_page(doc)
    if grouped:
        quoted = sum(1 for u in doc.units if u.quoted)
        note = f" ({quoted} อ้างอิง · {quoted} quoted)" if quoted else ""
        out.append(f"<dt>หน่วย · units</dt><dd>{len(doc.units)}{_e(note)}</dd>")
    out.append(f"<dt>หมวด · sections</dt><dd>{len(doc.sections)}</dd>"
               f"<dt>ข้อ · items</dt><dd>{counts}</dd>"
               f"<dt>คำเตือน · warnings</dt><dd>{len(doc.warnings)}</dd></dl>")
    if doc.warnings:
        out.append('<ul class="warnings">')
        for warning in doc.warnings:
            where = f"บรรทัด {warning.line} · line {warning.line}: " if warning.line else ""
            out.append(f"<li><code>{_e(warning.code.value)}</code> {_e(where)}"
                       f"{_e(warning.message)}</li>")
        out.append("</ul>")
    else:
        out.append('<p class="ok">ไม่มีคำเตือน · no parse warnings</p>')
    if grouped:
        labels = unit_labels or {}
        inside = {s for unit in doc.units for s in unit.sections}
        outside = [s for s in doc.sections if s not in inside]
        if outside:
            out.append('<details class="unit outside" open><summary><span class="owner">'
                       "นอกหน่วยงานใด ๆ · outside every unit</span></summary>")
            out += [_section(s) for s in outside]
            out.append("</details>")
        out += [_unit(f"office-{index}-unit-{k + 1}", unit, labels.get(k))
                for k, unit in enumerate(doc.units)]
    else:
        out += [_section(s) for s in doc.sections]
    if not doc.sections:
        out.append('<p class="lead">ไม่พบหมวด · no sections found</p>')
    out.append("</section>")
    return "\n".join(out)


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


def render_html(documents: Sequence[PlanDocument], comparison: Any | None = None, *,
                pairs: Sequence[tuple[str, str]] | None = None, top_pairs: int = 3,
                top_goals: int = 10, keywords: int = 10, coverage: pd.DataFrame | None = None,
                framework: str | None = None, title: str | None = None,
                embed_font: bool = True, generated: datetime | None = None) -> str:
    """The whole report as one HTML5 document (a string).

    Args:
        documents: the parsed plans, one per office, in display order.
        comparison: a ``thaiplan.compare`` result for these documents (its
            ``offices``, ``office_similarity``, ``top_pairs``, ``align``,
            ``keywords``, ``method`` and ``threshold`` are used), or ``None``
            for a report of the parsed documents only.
        pairs: office pairs ``(a, b)`` (names as in ``comparison.offices``) whose
            aligned goals are shown; ``None`` takes the ``top_pairs`` most
            similar office pairs (:func:`office_pairs`).
        top_pairs: how many office pairs when ``pairs`` is ``None`` (0 for none).
        top_goals: rows of the table of the most similar goals across all
            offices (``comparison.top_pairs``; 0 for none).
        keywords: keywords listed per office (0 for none).
        coverage: an office × framework-element table
            (``thaiplan.frameworks.coverage``; scores in [0, 1] are coloured like
            the heatmap), shown as its own section with the element titles.
        framework: the framework's name, for the coverage heading.
        title: the page title; a bilingual default when ``None``.
        embed_font: embed Sarabun (≈240 kB) so Thai looks the same everywhere;
            skipped silently when ``fontpkg-sarabun`` is not installed.
        generated: the time stamp printed in the footer (default: now, UTC).

    Returns:
        The HTML text; every document text is escaped.

    >>> from thaiplan.model import PlanDocument, Office
    >>> "<mark>" in render_html([PlanDocument(office=Office(name="<ก>"))], embed_font=False)
    False
    """
    labels, unit_labels = _labels(documents, comparison)
    title = title or "รายงานแผนยุทธศาสตร์ · Strategic plan report"
    when = (generated or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    n_goals = sum(len(d.items("goals")) for d in documents)
    body: list[str] = []
    toc: list[tuple[str, str]] = []

    if comparison is not None:
        table = comparison.office_similarity
        offices = [str(o) for o in getattr(comparison, "offices", table.index)]
        kind = str(getattr(comparison, "section", "goals"))
        toc.append(("heatmap", "ความคล้ายระหว่างหน่วยงาน · Similarity"))
        body.append(f'<section id="heatmap"><h2>ความคล้ายของ{_e(_KIND_TH.get(kind, kind))}'
                    f'ระหว่างหน่วยงาน <span class="en">· {_e(_KIND_EN.get(kind, kind))} '
                    "similarity between offices</span></h2>")
        body.append(_heatmap(offices, table))
        body.append("</section>")

        chosen: list[tuple[str, str, float | None]] = []
        if pairs is not None:
            for a, b in pairs:
                value = (float(table.loc[a, b]) if a in table.index and b in table.columns
                         else None)
                chosen.append((a, b, value))
        elif top_pairs > 0:
            chosen = [(a, b, v) for a, b, v in office_pairs(table, top_pairs)]
        if chosen:
            toc.append(("pairs", "เป้าประสงค์ที่สอดคล้องกัน · Aligned goals"))
            body.append('<section id="pairs"><h2>เป้าประสงค์ที่สอดคล้องกัน '
                        '<span class="en">· Aligned goals</span></h2>'
                        '<p class="lead">คำที่ใช้ร่วมกันถูกเน้นสี · shared terms are '
                        "highlighted</p>")
            for index, (a, b, value) in enumerate(chosen, start=1):
                body.append(_pair(index, a, b, value, comparison.align(a, b)))
            body.append("</section>")

        if top_goals > 0 and len(offices) > 1:
            top = comparison.top_pairs(top_goals)
            if len(top):
                toc.append(("top-goals", "เป้าประสงค์ที่คล้ายที่สุด · Most similar goals"))
                body.append('<section id="top-goals"><h2>เป้าประสงค์ที่คล้ายกันที่สุดข้ามหน่วยงาน '
                            '<span class="en">· Most similar goals across offices</span></h2>')
                body.append(_top_goals(top))
                body.append("</section>")

        if keywords > 0:
            lists = _keyword_lists(comparison.keywords(keywords))
            if lists:
                toc.append(("keywords", "คำสำคัญ · Keywords"))
                body.append('<section id="keywords"><h2>คำสำคัญของแต่ละหน่วยงาน '
                            '<span class="en">· Keywords per office</span></h2>')
                body.append(_keywords(lists))
                body.append("</section>")

    if coverage is not None:
        toc.append(("coverage", "ความครอบคลุม · Coverage"))
        name = f" {_e(framework)}" if framework else ""
        body.append(f'<section id="coverage"><h2>ความสอดคล้องกับกรอบนโยบาย{name} '
                    '<span class="en">· Coverage of the framework</span></h2>')
        body.append(_coverage(coverage))
        body.append("</section>")

    toc.append(("offices", "รายหน่วยงาน · Offices"))
    body.append('<section id="offices"><h2>รายละเอียดรายหน่วยงาน '
                '<span class="en">· Each office: sections, items, warnings</span></h2>')
    body += [_office(i, label, doc, unit_labels.get(i - 1))
             for i, (label, doc) in enumerate(zip(labels, documents, strict=True), 1)]
    body.append("</section>")

    toc.append(("method", "วิธีคำนวณ · Method"))
    body.append(_method(documents, comparison, when))

    fonts = _font_faces() if embed_font else ""
    nav = "".join(f'<li><a href="#{anchor}">{_e(text)}</a></li>' for anchor, text in toc)
    summary = (f"{len(documents)} หน่วยงาน · {n_goals} เป้าประสงค์ · "
               f"{len(documents)} offices · {n_goals} goals")
    n_units = sum(len(d.units) for d in documents if not _own_page(d))
    if n_units:
        summary = (f"{len(documents)} เอกสาร · {n_units} หน่วย · {n_goals} เป้าประสงค์ · "
                   f"{len(documents)} documents · {n_units} units · {n_goals} goals")
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="th">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="thaiplan {_e(__version__)}">',
        f"<title>{_e(title)}</title>",
        f"<style>{fonts}{_CSS}</style>",
        "</head>",
        "<body>",
        f'<header><h1>{_e(title)}</h1><p class="lead">{_e(summary)}</p></header>',
        f'<nav class="toc" aria-label="contents"><ol>{nav}</ol></nav>',
        "<main>",
        *body,
        "</main>",
        f"<footer>thaiplan {_e(__version__)} · {_e(when)}</footer>",
        "</body>",
        "</html>",
        "",
    ])


def _labels(documents: Sequence[PlanDocument],
            comparison: Any | None) -> tuple[list[str], dict[int, dict[int, str]]]:
    """The heading of each document, and the comparison's label of each compared unit
    (document index → unit index → label)."""
    labels = office_labels(documents)
    units: dict[int, dict[int, str]] = {}
    if comparison is None:
        return labels, units
    offices = [str(o) for o in getattr(comparison, "offices", ())]
    table = getattr(comparison, "entities", None)
    if table is None or len(table) != len(offices) or not len(table):
        if len(offices) == len(documents):
            labels = offices
        return labels, units
    import pandas as pd

    if [int(d) for d in table["document"]] == list(range(len(documents))):
        labels = list(offices)  # one entity per document (a web page's one unit)
    for label, document, unit in zip(offices, table["document"], table["unit"], strict=True):
        if not 0 <= int(document) < len(documents):
            continue
        if pd.isna(unit):  # a whole document
            labels[int(document)] = label
        else:
            units.setdefault(int(document), {})[int(unit)] = label
    return labels, units


def _keyword_lists(value: Any) -> dict[str, list[tuple[str, float]]]:
    import pandas as pd

    if isinstance(value, Mapping):
        return {str(k): [(str(t), float(s)) for t, s in v] for k, v in value.items()}
    if isinstance(value, pd.DataFrame):
        lists: dict[str, list[tuple[str, float]]] = {}
        for row in value.to_dict("records"):
            office = row["office"] if "office" in row else row["group"]
            lists.setdefault(str(office), []).append(
                (str(row["term"]), float(row["score"])))
        return lists
    raise TypeError(f"unexpected keywords type {type(value)!r}")


def _method(documents: Sequence[PlanDocument], comparison: Any | None, when: str) -> str:
    out = ['<section id="method"><h2>วิธีคำนวณ <span class="en">· How this was computed'
           '</span></h2><dl class="meta">']
    if comparison is not None:
        threshold = getattr(comparison, "threshold", None)
        out.append(f"<dt>วิธีวัดความคล้าย · method</dt><dd><code>"
                   f"{_e(getattr(comparison, 'method', '?'))}</code></dd>")
        out.append(f"<dt>เกณฑ์จับคู่ · threshold</dt><dd>"
                   f"{'–' if threshold is None else _e(threshold)}</dd>")
    else:
        out.append("<dt>วิธีวัดความคล้าย · method</dt><dd>ไม่ได้เปรียบเทียบ · "
                   "not compared</dd>")
    out.append(f"<dt>thaiplan</dt><dd>{_e(__version__)}</dd>"
               f"<dt>Python</dt><dd>{_e(platform.python_version())}</dd>"
               f"<dt>สร้างเมื่อ · generated</dt><dd>{_e(when)}</dd></dl>")
    out.append('<div class="scroll"><table class="inputs"><thead><tr><th scope="col">ไฟล์ · '
               'file</th><th scope="col">encoding</th><th scope="col">sha256</th></tr></thead>'
               "<tbody>")
    for doc in documents:
        name = Path(doc.source).name if doc.source else "–"
        digest = (doc.sha256 or "–")[:16]
        out.append(f"<tr><td><code>{_e(name)}</code></td><td>{_e(doc.encoding or '–')}</td>"
                   f"<td><code>{_e(digest)}</code></td></tr>")
    out.append("</tbody></table></div></section>")
    return "\n".join(out)


def write_html(path: str | Path, documents: Sequence[PlanDocument],
               comparison: Any | None = None, **options: Any) -> Path:
    """Write :func:`render_html` to ``path`` (UTF-8); returns the path.

    Args:
        path: the output file; its folder must exist.
        documents: the parsed plans.
        comparison: a ``thaiplan.compare`` result, or ``None``.
        **options: keyword options of :func:`render_html`.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.
    """
    target = Path(path)
    target.write_text(render_html(documents, comparison, **options), encoding="utf-8")
    return target
