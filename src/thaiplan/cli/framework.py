"""``thaiplan align-framework FILES... --framework NAME [-o out.csv]``.

Maps every goal and strategy of each plan page onto the elements of a national
framework (the National Strategy, OBEC's strategies, SDG 4, or the user's own
JSON/YAML/CSV file) and writes one CSV row per item, with the element, the score
and the key terms found. ``--coverage FILE`` also writes the office × element
table; ``--list`` prints the elements of the framework.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ._args import add_scoring_options, positive_int

__all__ = ["register", "run"]

_EPILOG = """examples:
  thaiplan align-framework data/raw/*.txt --framework obec -o obec.csv
  thaiplan align-framework pages/ --framework national-strategy --coverage coverage.csv
  thaiplan align-framework a.txt --framework my_plan.yaml --top 2 --threshold 0.2
  thaiplan align-framework --list --framework sdg4
"""

_OUTPUT_COLUMNS = (
    "source", "office", "section_kind", "path", "marker", "text", "framework", "rank",
    "element_id", "element_title", "score", "shared_terms",
)


def register(subparsers: Any) -> None:
    """Add the ``align-framework`` sub-command to ``subparsers``."""
    from ..frameworks import DEFAULT_KINDS, METHODS

    parser = subparsers.add_parser(
        "align-framework",
        help="map each goal/strategy to a national framework (National Strategy, OBEC, SDG 4)",
        description="Map every goal and strategy item of plan pages onto the elements of a "
                    "reference framework and write one CSV row per item: the best element, "
                    "its score in [0, 1] (higher = better fit) and the key terms found. "
                    "Items below the threshold get an empty element.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="*", metavar="FILES_OR_PARSED",
                        help="plan pages (.txt, .docx, .pdf...), folders of them, or parsed "
                             "documents (.json/.jsonl from 'thaiplan parse')")
    parser.add_argument("--framework", default="national-strategy", metavar="NAME_OR_FILE",
                        help="national-strategy (default), obec, sdg4, or a JSON/YAML/CSV file "
                             "with id,title,description,key_terms")
    parser.add_argument("-o", "--output", default=None, metavar="FILE",
                        help="CSV file to write (default: standard output)")
    parser.add_argument("--coverage", default=None, metavar="FILE",
                        help="also write the office × element coverage table (CSV, item counts)")
    add_scoring_options(parser, METHODS, default="hybrid",
                        method_help="scoring method, hybrid = key terms + TF-IDF",
                        threshold_help="minimum score for a match (default: the method's own)")
    parser.add_argument("--top", type=positive_int, default=1, metavar="N",
                        help="elements kept per item, best first (default: 1)")
    parser.add_argument("--kinds", default=",".join(DEFAULT_KINDS), metavar="KINDS",
                        help="comma-separated section kinds to map (default: goals,strategies)")
    parser.add_argument("--list", action="store_true",
                        help="print the framework's elements and exit")
    parser.set_defaults(func=run)


def _print_elements(framework: Any) -> None:
    print(f"{framework.name}: {framework.title}")
    for element in framework:
        english = f" ({element.title_en})" if element.title_en else ""
        print(f"  {element.id}\t{element.title}{english}")


def run(args: argparse.Namespace) -> int:
    """Map, write the CSV(s); 0 = all inputs mapped, 1 = some failed, 2 = nothing to do."""
    from ..batch import PARSED_SUFFIXES, find_files, read_parsed
    from ..errors import ThaiplanError
    from ..frameworks import coverage, load_framework, map_to_framework
    from ..model import SectionKind
    from ..parse import parse_file

    framework = load_framework(args.framework)
    if args.list:
        _print_elements(framework)
        return 0
    if not args.inputs:
        print("thaiplan align-framework: give plan files or folders (or --list)",
              file=sys.stderr)
        return 2
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    bad = [k for k in kinds if k not in {s.value for s in SectionKind}]
    if bad:
        valid = ", ".join(s.value for s in SectionKind)
        print(f"thaiplan align-framework: unknown section kind {bad[0]!r}; valid: {valid}",
              file=sys.stderr)
        return 2
    files, missing = find_files(args.inputs, parsed=True)
    for name in missing:
        print(f"thaiplan align-framework: {name}: no such file or folder", file=sys.stderr)
    docs = []
    failed = len(missing)
    for path in files:
        try:
            if path.suffix.lower() in PARSED_SUFFIXES:  # output of `thaiplan parse`
                docs.extend(read_parsed(path))
            else:
                docs.append(parse_file(path))
        except (ThaiplanError, OSError) as exc:
            print(f"thaiplan align-framework: {path}: {exc}", file=sys.stderr)
            failed += 1
    if not docs:
        print("thaiplan align-framework: no document to map", file=sys.stderr)
        return 2
    mapping = map_to_framework(docs, framework, method=args.method, kinds=kinds,
                               top=args.top, threshold=args.threshold)
    table = mapping[[c for c in _OUTPUT_COLUMNS if c in mapping.columns]].copy()
    table["shared_terms"] = [" | ".join(t) for t in table["shared_terms"]]
    table["score"] = table["score"].round(4)
    if args.coverage:
        cov = coverage(mapping, framework)
        Path(args.coverage).parent.mkdir(parents=True, exist_ok=True)
        cov.to_csv(args.coverage, encoding="utf-8")
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(args.output, index=False, encoding="utf-8")
    else:
        table.to_csv(sys.stdout, index=False)
    items = mapping.drop_duplicates(subset=["source", "section_kind", "path", "text"])
    unmatched = int(mapping["element_id"].isna().sum())
    print(f"mapped {len(items)} items of {len(docs)} documents to {framework.name} "
          f"({unmatched} below the threshold)"
          + (f"; wrote {args.output}" if args.output else ""), file=sys.stderr)
    return 1 if failed else 0
