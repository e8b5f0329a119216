"""Shareable reports: one self-contained HTML page of parsed plans and their similarity.

:func:`build_report` goes from files to HTML in one call: raw plan pages (any
format :func:`thaiplan.read_document` reads), folders of them, or already
parsed documents (``.json``/``.jsonl`` from ``thaiplan parse``, or
:class:`~thaiplan.model.PlanDocument` objects) are parsed, compared with
``thaiplan.compare`` and rendered by :func:`~thaiplan.report.html.render_html`.
:func:`write_report` writes the page to a file (``thaiplan report`` on the
command line).

>>> from thaiplan import parse_text
>>> docs = [parse_text("เป้าประสงค์\\n1. ผู้เรียนมีคุณภาพ\\n2. ครูมีสมรรถนะ", source="ก.txt"),
...         parse_text("เป้าประสงค์\\n1. นักเรียนมีคุณภาพ", source="ข.txt")]
>>> page = build_report(docs, embed_font=False)
>>> page.count('class="cell"')
4
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..batch import PARSED_SUFFIXES, load_documents
from ..model import PlanDocument
from .html import (
    highlight,
    office_labels,
    office_pairs,
    render_html,
    score_colour,
    write_html,
)
from .labels import short_label

__all__ = [
    "PARSED_SUFFIXES",
    "build_report",
    "highlight",
    "load_documents",
    "office_labels",
    "office_pairs",
    "render_html",
    "score_colour",
    "short_label",
    "write_html",
    "write_report",
]

logger = logging.getLogger(__name__)

def build_report(inputs: Iterable[str | Path | PlanDocument], *, method: str = "tfidf",
                 threshold: float | None = None, section: str = "goals",
                 pairs: Sequence[tuple[str, str]] | None = None, top_pairs: int = 3,
                 keywords: int = 10, framework: str | Path | None = None,
                 compare: bool = True, title: str | None = None, embed_font: bool = True,
                 **html_options: Any) -> str:
    """Parse, compare and render: the HTML report of ``inputs`` as a string.

    Args:
        inputs: files, folders or documents (see :func:`load_documents`).
        method: similarity method of ``thaiplan.compare`` (``"tfidf"`` or
            ``"keyword"``).
        threshold: minimum score in [0, 1] for two goals to be paired; ``None``
            uses the method's default.
        section: the section kind compared (``"goals"``, ``"mission"``...).
        pairs: office pairs to align; ``None`` shows the ``top_pairs`` most
            similar pairs.
        top_pairs: how many pairs when ``pairs`` is ``None``.
        keywords: keywords listed per office (0 for none).
        framework: a shipped framework name (``"obec"``...) or a framework
            file; adds a coverage section.
        compare: ``False`` renders the parsed documents only (no heatmap).
        title: the page title.
        embed_font: embed the Sarabun font in the page.
        **html_options: more options of :func:`~thaiplan.report.html.render_html`.

    Returns:
        The HTML text.

    Raises:
        ValueError: no documents; UnknownChoiceError: a bad ``method``; and the
        errors of :func:`load_documents`.
    """
    documents = load_documents(inputs)
    if not documents:
        raise ValueError("no documents to report on")
    comparison = None
    if compare:
        from ..similarity import compare as compare_documents

        comparison = compare_documents(documents, method=method,  # type: ignore[arg-type]
                                       threshold=threshold, section=section,
                                       labels=office_labels(documents))
    coverage = None
    framework_name = None
    if framework is not None:
        from ..frameworks import coverage as framework_coverage
        from ..frameworks import load_framework

        loaded = load_framework(framework)
        framework_name = loaded.title or loaded.name
        coverage = framework_coverage(documents, loaded, value="best")
    return render_html(documents, comparison, pairs=pairs, top_pairs=top_pairs,
                       keywords=keywords, coverage=coverage, framework=framework_name,
                       title=title, embed_font=embed_font, **html_options)


def write_report(inputs: Iterable[str | Path | PlanDocument], output: str | Path,
                 **options: Any) -> Path:
    """Write :func:`build_report` to ``output`` (UTF-8) and return its path.

    Args:
        inputs: files, folders or documents (see :func:`load_documents`).
        output: the HTML file to write; its folder is created when missing.
        **options: keyword options of :func:`build_report`.

    Returns:
        ``output`` as a :class:`~pathlib.Path`.

    >>> import tempfile, pathlib
    >>> from thaiplan import parse_text
    >>> doc = parse_text("วิสัยทัศน์\\nผู้เรียนมีคุณภาพ", source="ก.txt")
    >>> out = write_report([doc], pathlib.Path(tempfile.mkdtemp()) / "r.html", embed_font=False)
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    target = Path(output)
    page = build_report(inputs, **options)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    logger.info("wrote %s (%d bytes)", target, len(page.encode("utf-8")))
    return target
