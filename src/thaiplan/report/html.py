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

This module assembles the page; its parts are built beside it: :mod:`.charts`
(heatmap, coverage, keyword bars), :mod:`.pairs` (aligned goals), :mod:`.offices`
(each office's sections), :mod:`.markup` (escaping, colours) and :mod:`.style`
(CSS, the embedded font).

>>> from thaiplan.model import PlanDocument, Section, SectionKind, Office
>>> doc = PlanDocument(sections=(Section(SectionKind.VISION, "วิสัยทัศน์", "ผู้เรียนมีคุณภาพ"),),
...                    office=Office(name="โรงเรียนบ้านนา"))
>>> page = render_html([doc], embed_font=False)
>>> page.startswith("<!DOCTYPE html>"), "โรงเรียนบ้านนา" in page
(True, True)
"""

from __future__ import annotations

import platform
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..model import PlanDocument
from .charts import _coverage, _heatmap, _keywords
from .markup import _KIND_EN, _KIND_TH, _e, score_colour
from .offices import _office, _own_page, office_labels
from .pairs import _pair, _top_goals, highlight, office_pairs
from .style import _CSS, _font_faces

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
