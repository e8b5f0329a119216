"""Regenerate the README figure ``docs/heatmap.png`` from the bundled documents.

    PYTHAINLP_OFFLINE=1 .venv/bin/python benchmarks/make_readme_figures.py

It parses ``data/raw/*.txt`` with the current code, compares the offices' goals
(TF-IDF, the default) and draws the office × office heatmap with Thai labels.
Prints the similarity table it drew, and the output path.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import thaiplan
from thaiplan import plot

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "raw",
                        help="folder of plan pages (default: data/raw)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "heatmap.png",
                        help="the image to write (default: docs/heatmap.png)")
    parser.add_argument("--dpi", type=int, default=110)
    args = parser.parse_args(argv)

    docs = [thaiplan.parse_file(p) for p in sorted(args.data.glob("*.txt"))]
    comparison = thaiplan.compare(docs)
    print(comparison.office_similarity.round(3).to_string())
    ax = plot.similarity_heatmap(comparison, label_width=None)
    figure = ax.figure
    figure.set_size_inches(6.4, 4.4)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # no timestamps in the PNG, so regenerating an unchanged figure gives the same file
    figure.savefig(args.out, dpi=args.dpi, metadata={"Software": None})
    plot.close(figure)
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
