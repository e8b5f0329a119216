"""``thaiplan compare FILES_OR_PARSED...``: how close offices' goals are, and which match.

Prints the office × office similarity table (for more than 20 offices, their most
similar pairs), then, for each pair of offices (``--top N``: the N most similar),
every goal of the first with its match in the second (mutual best pairs, and a goal
matched to two when it merges them), the score and the shared terms that explain it,
or why it has no match. ``-o out.csv`` writes the alignments as CSV.

Documents that state several organisations' plans (units: a budget volume's
agencies) are compared unit by unit, each named by its owner (``--by``, default
``auto``: units when any document has them); quoted units only with
``--include-quoted``, and the sections nested in strategies with ``--nested``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ._args import add_scoring_options, add_unit_options, non_negative_int

__all__ = ["register"]

_EPILOG = """examples:
  thaiplan compare data/raw/sesao20_mission.txt data/raw/sesao21_about.txt
  thaiplan compare parsed.jsonl --section mission --method keyword --top 5
  thaiplan compare data/raw -o alignment.csv
  thaiplan compare budget/*.pdf --section mission --by unit --top 10   # every agency's mission
  thaiplan compare parsed.jsonl --section goals --nested --include-quoted
"""


# More offices than this: no office × office table (a list of the most similar pairs
# instead), and only the --top N (default this many) pairs are aligned.
_TABLE_MAX = 20
# More entities without items than this: a count instead of one line each.
_NAMED_MAX = 10


def register(subparsers: Any) -> None:
    """Add the ``compare`` sub-command to ``subparsers``."""
    from ..model import SectionKind
    from ..similarity.align import ALIGN_MODES
    from ..similarity.matcher import METHODS

    parser = subparsers.add_parser(
        "compare",
        help="compare offices' goals: similarity table and goal-to-goal alignment",
        description="Compare the goals (or another section) of several offices: an office × "
                    "office similarity table in [0, 1] (higher = closer), then each goal of one "
                    "office with its best match in the other, the score and the shared terms.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="FILES_OR_PARSED_JSONL",
                        help="raw plan pages, folders of them, or parsed documents "
                             "(.json/.jsonl from 'thaiplan parse')")
    parser.add_argument("--section", default="goals", choices=[k.value for k in SectionKind],
                        metavar="KIND", help="section kind to compare (default: goals)")
    add_scoring_options(parser, METHODS, default="tfidf", method_help="similarity method",
                        threshold_help="minimum score in [0, 1] to pair two goals "
                                       "(default: the method's)")
    parser.add_argument("--align", dest="mode", default=None, choices=sorted(ALIGN_MODES),
                        help="how goals are paired: merge (default: mutual best pairs, and a "
                             "goal matched to two when it merges them), mutual, one_to_one, "
                             "best")
    parser.add_argument("--one-to-one", action="store_true",
                        help="same as --align one_to_one")
    add_unit_options(parser)
    parser.add_argument("--top", type=non_negative_int, default=None, metavar="N",
                        help="only the N most similar pairs of offices, and list the N most "
                             f"similar goal pairs overall (default: all pairs of up to "
                             f"{_TABLE_MAX} offices, else {_TABLE_MAX})")
    parser.add_argument("-o", "--output", default=None, metavar="FILE.csv",
                        help="also write the alignments as CSV (UTF-8 with BOM, opens in Excel)")
    parser.set_defaults(func=run)


def _office_pairs(table: Any, top: int | None) -> list[tuple[str, str, float]]:
    """Each pair of offices with its similarity (input order), or the ``top`` most
    similar pairs (highest first, ties in input order)."""
    import numpy as np

    offices = list(table.index)
    values = table.to_numpy()
    rows, cols = np.triu_indices(len(offices), k=1)
    scores = values[rows, cols]
    keep = ~np.isnan(scores)
    rows, cols, scores = rows[keep], cols[keep], scores[keep]
    if top is not None:
        order = np.argsort(-scores, kind="stable")[:top]
        rows, cols, scores = rows[order], cols[order], scores[order]
    return [(offices[i], offices[j], float(v))
            for i, j, v in zip(rows.tolist(), cols.tolist(), scores.tolist(), strict=True)]


def _table(table: Any) -> list[str]:
    """The office × office table, rows named ``[n] office`` and columns ``[n]``, padded by
    display width so that Thai names (whose marks take no column) keep the columns
    straight."""
    import math

    from ..report.labels import display_width, pad

    names = [f"[{n}] {o}" for n, o in enumerate(table.index, start=1)]
    width = max((display_width(n) for n in names), default=0)
    lines = [" " * width + "".join(f"  {f'[{n}]':>5}" for n in range(1, len(names) + 1))]
    for name, row in zip(names, table.to_numpy(dtype=float).tolist(), strict=True):
        cells = "".join(f"  {'-' if math.isnan(v) else f'{v:.3f}':>5}" for v in row)
        lines.append(pad(name, width) + cells)
    return lines


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _without_items(result: Any, section: str) -> None:
    """Say which entities have no item of ``section`` (a few by name, then a count)."""
    counts = result.items.groupby("office").size() if len(result.items) else {}
    empty = [o for o in result.offices if not counts.get(o, 0)]
    named = empty if len(empty) <= _NAMED_MAX else empty[:_NAMED_MAX - 1]
    for office in named:
        print(f"thaiplan compare: {office}: no {section} items", file=sys.stderr)
    if len(named) < len(empty):
        print(f"thaiplan compare: and {len(empty) - len(named)} more without {section} items",
              file=sys.stderr)


def _paths(result: Any) -> dict[tuple[str, int, str], str]:
    """Where each compared item of a nested section is: ``(office, position, text)`` →
    its path, for the items whose path is more than their position."""
    rows = result.items[["office", "position", "text", "path"]].itertuples(index=False,
                                                                          name=None)
    return {(o, int(p), t): path for o, p, t, path in rows if path != str(p)}


def run(args: argparse.Namespace) -> int:
    """Compare and print; exit status 0, 1 when fewer than two offices have items."""
    import pandas as pd

    from ..batch import load_documents
    from ..similarity import compare
    from ..similarity.compare import entities

    missing = [p for p in args.inputs if not Path(p).exists()]
    for path in missing:
        print(f"thaiplan compare: {path}: no such file or folder", file=sys.stderr)
    if missing:
        return 2
    documents = load_documents(args.inputs)
    count = len(entities(documents, by=args.by, include_quoted=args.include_quoted))
    top = args.top
    if top is None and count > _TABLE_MAX:
        top = _TABLE_MAX
        what = "units" if any(d.units for d in documents) and args.by != "document" else (
            "offices")
        print(f"thaiplan compare: {count} {what}: showing the {top} most similar "
              "pairs (--top N for more or fewer)", file=sys.stderr)
    # Item pairs: with --top, each item's best matches only (never every pair of items).
    result = compare(documents, section=args.section, method=args.method,
                     threshold=args.threshold, top_k=top, by=args.by,
                     include_quoted=args.include_quoted, nested=args.nested)
    _without_items(result, args.section)
    paths = _paths(result) if args.nested else {}
    out = sys.stdout
    scope = "".join([", by unit" if result.by == "unit" else "",
                     ", quoted units too" if result.include_quoted else "",
                     ", nested sections too" if result.nested else ""])
    print(f"# office similarity ({result.method}, section {result.section}{scope}; "
          "mean best-match score both ways, 0-1)", file=out)
    pairs = _office_pairs(result.office_similarity, top)
    if len(result.offices) <= _TABLE_MAX:
        for line in _table(result.office_similarity):
            print(line, file=out)
    else:  # a table too wide to read: its most similar pairs
        for a, b, value in pairs:
            print(f"  {value:.3f}  {a}  ↔  {b}", file=out)

    frames = []
    for a, b, value in pairs:
        aligned = result.align(a, b, mode=args.mode, one_to_one=args.one_to_one)
        frames.append(aligned)
        print(f"\n## {a}  ↔  {b}   (office similarity {value:.3f}, "
              f"threshold {result.threshold:.2f})", file=out)
        for rec in aligned.to_dict("records"):
            where = paths.get((a, int(rec["position_a"]), str(rec["text_a"])))
            print(f"  {rec['position_a']:>2}. {_short(str(rec['text_a']))}"
                  + (f"  [{where}]" if where else ""), file=out)
            if pd.isna(rec["position_b"]):
                print(f"      ✗ {rec['why']}", file=out)
            else:
                merged = ""
                if rec["kind"] == "merge":
                    merged = f"  [merges {rec['position_b']}. and {rec['merged_with']}.]"
                elif rec["kind"] == "split":
                    merged = f"  [with {rec['merged_with']}. of this office]"
                where = paths.get((b, int(rec["position_b"]), str(rec["text_b"])))
                merged += f"  [{where}]" if where else ""
                print(f"      → {rec['position_b']:>2}. {_short(str(rec['text_b']))}{merged}",
                      file=out)
                print(f"        score {rec['score']:.3f}; shared: {rec['shared_terms'] or '-'}",
                      file=out)
    if top and len(result.item_similarity):
        print(f"\n# top {top} goal pairs across offices", file=out)
        for rec in result.top_pairs(top).to_dict("records"):
            print(f"  {rec['score']:.3f}  {rec['office_a']} #{rec['position_a']} ↔ "
                  f"{rec['office_b']} #{rec['position_b']}  [{rec['shared_terms']}]", file=out)
    if args.output:
        from ..similarity.compare import ALIGN_COLUMNS

        frame = (pd.concat(frames, ignore_index=True) if frames
                 else pd.DataFrame(columns=ALIGN_COLUMNS))
        frame.to_csv(args.output, index=False, encoding="utf-8-sig")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0 if frames else 1
