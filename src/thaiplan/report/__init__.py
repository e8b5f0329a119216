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
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from ..similarity.compare import By

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
                 by: By = "auto", include_quoted: bool = False, nested: bool = False,
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
        by: what the heatmap compares (``thaiplan.compare``): ``"unit"`` — each
            organisation whose plan a document states (a budget volume's agencies),
            labelled by its owner —, ``"document"``, or ``"auto"`` (units when any
            document has them). The coverage table then has a row per owner.
        include_quoted: also compare quoted units (and count them in the coverage).
        nested: also compare the items of sections nested in strategies.
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
    from ..similarity.compare import entities

    # the report names a whole document by its file name (compare: its stem)
    found = entities(documents, by=by, include_quoted=include_quoted,
                     document_labels=office_labels(documents))
    comparison = None
    if compare:
        from ..similarity import compare as compare_documents

        comparison = compare_documents(documents, method=method,  # type: ignore[arg-type]
                                       threshold=threshold, section=section, by=by,
                                       include_quoted=include_quoted, nested=nested,
                                       labels=[e.label for e in found])
    coverage = None
    framework_name = None
    if framework is not None:
        from ..frameworks import coverage as framework_coverage
        from ..frameworks import load_framework, map_to_framework

        loaded = load_framework(framework)
        framework_name = loaded.title or loaded.name
        if any(e.unit is not None for e in found):  # a row per compared unit, as labelled
            mapped = map_to_framework(documents, loaded)
            label_of: dict[tuple[str | None, int | None], str] = {
                (e.source, e.unit): e.label for e in found}
            rows = [label_of.get((source, None)) or label_of.get((source, _index(unit)), "")
                    for source, unit in zip(mapped["source"], mapped["unit"], strict=True)]
            mapped["office"] = rows
            coverage = framework_coverage(mapped[mapped["office"] != ""], loaded, value="best")
        else:
            coverage = framework_coverage(documents, loaded, value="best")
    return render_html(documents, comparison, pairs=pairs, top_pairs=top_pairs,
                       keywords=keywords, coverage=coverage, framework=framework_name,
                       title=title, embed_font=embed_font, **html_options)


def _index(value: Any) -> int | None:
    """A nullable integer cell as ``int | None``."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


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
