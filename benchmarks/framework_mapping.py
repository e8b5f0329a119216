"""Map every goals/strategies item of the development corpus to national frameworks.

Usage::

    PYTHAINLP_OFFLINE=1 .venv/bin/python benchmarks/framework_mapping.py \
        [CORPUS_DIR] [-o framework_mapping.csv] [--method hybrid] [--errors]

Parses ``../shared/corpus/parse/*.txt`` with :func:`thaiplan.parse_file`, maps
each goals/strategies item (children included) to ``national-strategy`` and to
``obec`` with default settings, and writes one CSV row per item with both
mappings. When ``benchmarks/framework_judgements.tsv`` (acceptable elements per
item, judged by reading the items) covers an item, the row says whether the
mapping is acceptable, and the script prints the share judged correct per
framework and the time taken. Nothing here is special-cased per corpus file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent / ".." / "shared" / "corpus" / "parse"
JUDGEMENTS = HERE / "framework_judgements.tsv"
FRAMEWORKS = ("obec", "national-strategy")


def _key(text: str) -> str:
    from thaiplan.features.tokenize import normalize_for_tokens

    return hashlib.sha1(normalize_for_tokens(text).replace(" ", "").encode()).hexdigest()[:10]


def _judgements() -> dict[tuple[str, str, int], dict[str, str]]:
    out: dict[tuple[str, str, int], dict[str, str]] = {}
    if not JUDGEMENTS.exists():
        return out
    lines = [ln for ln in JUDGEMENTS.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        out[(row["file"], row["kind"], int(row["index"]))] = row
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("-o", "--output", default="framework_mapping.csv")
    parser.add_argument("--method", default="hybrid")
    parser.add_argument("--errors", action="store_true", help="print the judged errors")
    args = parser.parse_args(argv)

    import pandas as pd

    import thaiplan
    from thaiplan.frameworks import map_to_framework

    files = sorted(Path(args.corpus).glob("*.txt"))
    if not files:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    docs = [thaiplan.parse_file(f) for f in files]
    parsed = time.perf_counter()
    maps = {fw: map_to_framework(docs, fw, method=args.method) for fw in FRAMEWORKS}
    mapped = time.perf_counter()

    judged = _judgements()
    base = maps[FRAMEWORKS[0]]
    counters: dict[tuple[str, str], int] = {}
    rows = []
    correct = dict.fromkeys(FRAMEWORKS, 0)
    n_judged = 0
    errors: list[str] = []
    for i in range(len(base)):
        source = Path(str(base.at[i, "source"])).name
        kind = str(base.at[i, "section_kind"])
        index = counters.get((source, kind), 0)
        counters[(source, kind)] = index + 1
        text = str(base.at[i, "text"])
        row = {"file": source, "kind": kind, "index": index, "path": base.at[i, "path"],
               "text": text}
        judgement = judged.get((source, kind, index))
        if judgement is not None and judgement["sha1"] != _key(text):
            judgement = None  # the parser gave another text here: not judged
        n_judged += judgement is not None
        for fw in FRAMEWORKS:
            m = maps[fw]
            got = m.at[i, "element_id"]
            got = "-" if got is None or pd.isna(got) else str(got)
            row[f"{fw}_id"] = got
            row[f"{fw}_score"] = round(float(m.at[i, "score"]), 3)
            row[f"{fw}_terms"] = " | ".join(m.at[i, "shared_terms"])
            if judgement is not None:
                ok = got in judgement[fw].split("|")
                row[f"{fw}_ok"] = int(ok)
                correct[fw] += ok
                if not ok:
                    errors.append(f"{fw:18} {source} {kind} {row['path']}: got {got}, "
                                  f"acceptable {judgement[fw]} :: {text}")
            else:
                row[f"{fw}_ok"] = ""
        rows.append(row)
    with open(args.output, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    print(f"{len(files)} files, {len(rows)} goals/strategies items -> {args.output}")
    print(f"parse {parsed - start:.2f} s, map to {len(FRAMEWORKS)} frameworks "
          f"{mapped - parsed:.2f} s ({args.method})")
    for fw in FRAMEWORKS:
        unmatched = sum(r[f"{fw}_id"] == "-" for r in rows)
        share = correct[fw] / n_judged if n_judged else float("nan")
        print(f"{fw:18} judged correct {correct[fw]}/{n_judged} = {share:.1%}; "
              f"unmatched {unmatched}")
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
