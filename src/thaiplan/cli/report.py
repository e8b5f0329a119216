"""``thaiplan report FILES_OR_PARSED... -o report.html``: one self-contained HTML page.

Inputs are raw plan pages, folders of them, or parsed documents (``.json`` /
``.jsonl`` from ``thaiplan parse``). The page shows the office × office
heatmap, aligned goals with shared terms highlighted, keywords per office,
each office's sections, items and parse warnings, and how it was computed.
Documents that state several organisations' plans (units: a budget volume's
agencies) are compared unit by unit (``--by``), and their sections are listed by
unit: owner, pages, a badge on quoted units, and each strategy's own sections.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ._args import add_scoring_options, add_unit_options, non_negative_int

__all__ = ["register"]

_EPILOG = """examples:
  thaiplan report data/raw -o report.html
  thaiplan report a.txt b.txt c.docx --method keyword --threshold 0.15 -o out/report.html
  thaiplan report parsed.jsonl --pair "สพม. เขต 20" "สพม. เขต 21" --framework obec
  thaiplan report budget.jsonl --section mission --by unit -o missions.html
"""


def register(subparsers: Any) -> None:
    """Add the ``report`` sub-command to ``subparsers``."""
    from ..similarity.matcher import METHODS

    parser = subparsers.add_parser(
        "report",
        help="write a self-contained HTML report (heatmap, aligned goals, keywords)",
        description="Write one self-contained HTML report of plan pages: the office × office "
                    "similarity heatmap, aligned goals with shared terms highlighted, keywords "
                    "per office, and each office's sections, items and parse warnings. "
                    "It opens offline in any browser, on a phone, and prints.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="FILES_OR_PARSED",
                        help="raw plan pages (.txt, .docx, .pdf...), folders of them, or parsed "
                             "documents (.json/.jsonl from 'thaiplan parse')")
    parser.add_argument("-o", "--output", default="report.html", metavar="FILE",
                        help="the HTML file to write (default: report.html)")
    add_scoring_options(parser, METHODS, default="tfidf", method_help="similarity method",
                        threshold_help="minimum score in [0, 1] for two goals to be paired "
                                       "(default: the method's own)")
    parser.add_argument("--section", default="goals", metavar="KIND",
                        help="section kind to compare: goals, mission, strategies... "
                             "(default: goals)")
    add_unit_options(parser)
    parser.add_argument("--pair", nargs=2, action="append", metavar=("OFFICE_A", "OFFICE_B"),
                        help="an office (or unit) pair to align (names as in the heatmap; "
                             "repeatable); default: the most similar pairs")
    parser.add_argument("--top-pairs", type=non_negative_int, default=3, metavar="N",
                        help="how many of the most similar pairs to align (default: 3)")
    parser.add_argument("--keywords", type=non_negative_int, default=10, metavar="N",
                        help="keywords listed per office, 0 for none (default: 10)")
    parser.add_argument("--framework", default=None, metavar="NAME_OR_FILE",
                        help="add coverage of a national framework: a shipped name "
                             "(national-strategy, obec, sdg4) or a JSON/YAML/CSV file")
    parser.add_argument("--no-compare", action="store_true",
                        help="only show the parsed documents (no similarity)")
    parser.add_argument("--title", default=None, help="page title")
    parser.add_argument("--no-embed-font", action="store_true",
                        help="do not embed the Sarabun font (smaller file; the reader's "
                             "Thai font is used)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build and write the report; exit status 0, or 2 when an input is missing."""
    from ..report import write_report

    missing = [p for p in args.inputs if not Path(p).exists()]
    for path in missing:
        print(f"thaiplan report: {path}: no such file or folder", file=sys.stderr)
    if missing:
        return 2
    output = write_report(
        args.inputs, args.output, method=args.method, threshold=args.threshold,
        section=args.section, pairs=[tuple(p) for p in args.pair] if args.pair else None,
        top_pairs=args.top_pairs, keywords=args.keywords, framework=args.framework,
        compare=not args.no_compare, title=args.title, embed_font=not args.no_embed_font,
        by=args.by, include_quoted=args.include_quoted, nested=args.nested)
    print(f"wrote {output}", file=sys.stderr)
    return 0
