"""Tokenisation speed: characters per second on goal and mission item texts.

Run: PYTHAINLP_OFFLINE=1 .venv/bin/python benchmarks/bench_tokenize.py [ITEMS.json ...]
         [--without repair-caches]

ITEMS.json is a JSON list of item texts (``benchmarks/scale.py`` writes them, e.g.
``/tmp/thaiplan-bench/items10000.json``); without one the shared alignment pairs
are used, else the bundled pages. Prints figures, asserts nothing. Each figure is
the best of ``--repeat`` runs (the machine is shared), after loading the
dictionaries (nlpo3's and the PDF-repair lexicon):

* all items: every item text in order, caches and chunk memos emptied first
  (repeated texts come from the per-text cache);
* distinct: each distinct text once, caches and chunk memos emptied first
  (chunks shared by texts are normalised and segmented once);
* no reuse: the memos emptied before every text (a sample), the cost of text
  that shares nothing;
* nlpo3 alone: ``nlpo3.segment`` on the distinct texts, no normalisation (the
  ceiling of a wrapper that segments every text);
* newmm: thaiplan with the pure-Python engine, on a sample.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT.parent / "shared" / "corpus" / "align" / "pairs.json"


def _default_texts() -> list[str]:
    if PAIRS.exists():
        data = json.loads(PAIRS.read_text(encoding="utf-8"))
        return [t for p in data for side in ("a", "b") for t in p[side]["goals"]]
    lines = []
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        lines += [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines


def _best(run: Callable[[], None], repeat: int) -> float:
    seconds = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        seconds = min(seconds, time.perf_counter() - start)
    return seconds


def bench(label: str, texts: list[str], repeat: int) -> None:
    import nlpo3

    from thaiplan.features.tokenize import _nlpo3_dict_name, clear_memos, memo_stats, tokenize

    distinct = list(dict.fromkeys(texts))
    chars = sum(map(len, texts))
    distinct_chars = sum(map(len, distinct))
    sample = distinct[:5000]
    sample_chars = sum(map(len, sample))
    print(f"{label}: {len(texts)} items, {chars} chars; {len(distinct)} distinct, "
          f"{distinct_chars} chars")

    def all_items() -> None:
        clear_memos()
        for text in texts:
            tokenize(text)

    def each_distinct() -> None:
        clear_memos()
        for text in distinct:
            tokenize(text)

    def no_reuse() -> None:
        for text in sample:
            clear_memos()
            tokenize(text)

    name = _nlpo3_dict_name()

    def nlpo3_alone() -> None:
        for text in distinct:
            nlpo3.segment(text, name)

    seconds = _best(all_items, repeat)
    print(f"  all items        {chars / seconds / 1e6:5.2f} M chars/s")
    seconds = _best(each_distinct, repeat)
    hits, misses, size = memo_stats()["chunks"]
    print(f"  distinct         {distinct_chars / seconds / 1e6:5.2f} M chars/s "
          f"(chunk memo: {hits / max(1, hits + misses):.0%} hits, {size} chunks held)")
    seconds = _best(no_reuse, repeat)
    print(f"  no reuse         {sample_chars / seconds / 1e6:5.2f} M chars/s "
          f"({len(sample)} texts, memos emptied before each)")
    seconds = _best(nlpo3_alone, repeat)
    print(f"  nlpo3 alone      {distinct_chars / seconds / 1e6:5.2f} M chars/s")
    newmm_sample = distinct[:1000]
    clear_memos()
    start = time.perf_counter()
    for text in newmm_sample:
        tokenize(text, engine="newmm")
    seconds = time.perf_counter() - start
    print(f"  newmm engine     {sum(map(len, newmm_sample)) / seconds / 1e6:5.2f} M chars/s "
          f"({len(newmm_sample)} distinct texts)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", nargs="*", type=Path, help="JSON lists of item texts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best kept)")
    parser.add_argument("--without", action="append", default=[],
                        choices=["repair-caches"],
                        help="take a speed trick of normalisation out (see parse_folder.py)")
    args = parser.parse_args()
    for trick in args.without:
        from parse_folder import TRICKS

        TRICKS[f"without {trick}"]()

    from thaiplan.features.tokenize import tokenize

    tokenize("เตรียม")  # nlpo3's dictionary
    tokenize("ส ำนักงาน")  # the PDF-repair lexicon
    tokenize("เตรียม", engine="newmm")
    if not args.items:
        bench("bundled texts", _default_texts(), args.repeat)
    for path in args.items:
        bench(path.name, json.loads(path.read_text(encoding="utf-8")), args.repeat)


if __name__ == "__main__":
    main()
