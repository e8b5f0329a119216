"""Tokenisation and matching speed: characters per second on plan-like text.

Run: PYTHAINLP_OFFLINE=1 .venv/bin/python benchmarks/bench_tokenize.py
Prints figures; asserts nothing. Uses the shared alignment pairs when present,
else the bundled pages, made distinct so the per-text cache does not help.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import thaiplan
from thaiplan.features.tokenize import tokenize_cached

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT.parent / "shared" / "corpus" / "align" / "pairs.json"


def _texts() -> list[str]:
    if PAIRS.exists():
        data = json.loads(PAIRS.read_text(encoding="utf-8"))
        return [t for p in data for side in ("a", "b") for t in p[side]["goals"]]
    lines = []
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        lines += [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines


def main() -> None:
    base = _texts()
    texts = [f"{t} {i}" for i in range(200) for t in base]  # distinct texts
    chars = sum(map(len, texts))
    for engine in ("nlpo3", "newmm"):
        thaiplan.tokenize("ครู", engine=engine)  # load the dictionary once
        sample = texts if engine == "nlpo3" else texts[: len(texts) // 10]
        n = sum(map(len, sample))
        tokenize_cached.cache_clear()
        start = time.perf_counter()
        for text in sample:
            thaiplan.tokenize(text, engine=engine)
        seconds = time.perf_counter() - start
        print(f"tokenize[{engine}] distinct short texts: {n / seconds / 1e6:.2f} M chars/s "
              f"({len(sample)} texts, {n} chars)")
    long_text = "\n".join(texts[:5000])
    tokenize_cached.cache_clear()
    start = time.perf_counter()
    thaiplan.tokenize(long_text)
    seconds = time.perf_counter() - start
    print(f"tokenize[nlpo3] one long text: {len(long_text) / seconds / 1e6:.2f} M chars/s")
    start = time.perf_counter()
    for text in texts:
        thaiplan.tokenize(text)
    seconds = time.perf_counter() - start
    print(f"tokenize cached (second pass): {chars / seconds / 1e6:.2f} M chars/s")
    start = time.perf_counter()
    matcher = thaiplan.Matcher().fit(texts)
    sim = matcher.similarity(texts[:2000], texts[:2000])
    seconds = time.perf_counter() - start
    print(f"Matcher fit on {len(texts)} texts + 2000x2000 similarity: {seconds:.2f} s "
          f"({sim.shape})")


if __name__ == "__main__":
    main()
