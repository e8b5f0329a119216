"""Batch benchmark: thaiplan against the plain recipe, at national scale.

    PYTHAINLP_OFFLINE=1 python benchmarks/scale.py                 # N = 1,000 10,000 30,000
    PYTHAINLP_OFFLINE=1 python benchmarks/scale.py --sizes 1000    # quicker

For each N it generates (once, deterministically) N synthetic office/school pages
(``benchmarks/generate.py``) and prints:

* parse throughput (MB/s, documents/s) with 1 and 2 processes, files in the page
  cache (reading them once first is timed on its own);
* tokenisation throughput (characters/s): thaiplan's tokenizer with its domain
  dictionary, and pythainlp ``word_tokenize`` (newmm);
* for all goal and mission items: thaiplan ``Matcher.fit`` time, ``top_k(k=5)``
  time and peak memory (and, when there are 100,000 items or more, top-5 over
  the first 100,000 with each kernel: numba and scipy), and the plain recipe a
  user would write — pythainlp ``word_tokenize`` (newmm) + scikit-learn
  ``TfidfVectorizer`` +
  ``cosine_similarity`` in row chunks + ``argsort`` — timed the same way;
* the ratio, how far the two top-5 lists overlap (they tokenise differently), and
  whether thaiplan's top-5 equals a brute-force computation of its own model
  (checked on a sample of rows against all items).

Each measured step runs in a fresh child process, so its peak memory (max RSS
above the RSS before the step) is its own. Nothing here is asserted: the figures
are printed for the README.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- child steps: each prints one JSON object -------------------------------------------

def step_parse(corpus: Path, items: Path, jobs: int) -> dict[str, float]:
    from thaiplan.batch import ParseFailure, parse_many

    paths = sorted(corpus.iterdir())
    size = sum(p.stat().st_size for p in paths)
    # Streamed, as the batch CLI does: each document is reduced to its goal and mission
    # texts as it arrives (keeping 30,000 documents alive would time the garbage
    # collector walking them as much as the parser).
    failed = docs = 0
    texts: list[str] = []
    start = time.perf_counter()
    for doc in parse_many(paths, jobs=jobs, chunksize=32):
        docs += 1
        if isinstance(doc, ParseFailure):
            failed += 1
            continue
        texts += [i.text for kind in ("goals", "mission") for i in doc.items(kind)]
    seconds = time.perf_counter() - start
    if jobs == 1:
        items.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return {"seconds": seconds, "mb": size / 1e6, "docs": docs, "failed": failed,
            "items": len(texts)}


def _load(items: Path) -> list[str]:
    texts: list[str] = json.loads(items.read_text(encoding="utf-8"))
    return texts


def step_tokenize(items: Path) -> dict[str, float]:
    import nlpo3

    from thaiplan._pythainlp import pythainlp_module
    from thaiplan.features.tokenize import (
        _nlpo3_dict_name,
        clear_memos,
        memo_stats,
        tokenize,
    )

    texts = _load(items)
    chars = sum(len(t) for t in texts)
    # load the dictionaries before timing: nlpo3's, and the PDF-repair lexicon
    tokenize("เตรียม")
    tokenize("ส ำนักงาน")
    clear_memos()
    start = time.perf_counter()
    for text in texts:
        tokenize(text)
    ours = time.perf_counter() - start
    # each distinct text once, caches and chunk memos emptied first
    distinct = list(dict.fromkeys(texts))
    distinct_chars = sum(len(t) for t in distinct)
    clear_memos()
    start = time.perf_counter()
    for text in distinct:
        tokenize(text)
    cold = time.perf_counter() - start
    hits, misses, _size = memo_stats()["chunks"]
    # no reuse at all: memos emptied before every text (a sample)
    sample = distinct[:5000]
    start = time.perf_counter()
    for text in sample:
        clear_memos()
        tokenize(text)
    raw = time.perf_counter() - start
    # the ceiling: nlpo3 alone on the same distinct texts, no normalisation
    name = _nlpo3_dict_name()
    start = time.perf_counter()
    for text in distinct:
        nlpo3.segment(text, name)
    ceiling = time.perf_counter() - start
    word_tokenize = pythainlp_module("pythainlp.tokenize").word_tokenize
    word_tokenize("เตรียม", engine="newmm")
    newmm_sample = texts[: max(1, len(texts) // 5)]
    start = time.perf_counter()
    for text in newmm_sample:
        word_tokenize(text, engine="newmm")
    newmm = time.perf_counter() - start
    return {"chars": chars, "ours_cps": chars / ours,
            "cold_cps": distinct_chars / cold,
            "raw_cps": sum(len(t) for t in sample) / raw,
            "nlpo3_cps": distinct_chars / ceiling,
            "chunk_hit_rate": hits / max(1, hits + misses),
            "newmm_cps": sum(len(t) for t in newmm_sample) / newmm}


def step_thaiplan(items: Path, out: Path, check: int) -> dict[str, float]:
    import numpy as np

    from thaiplan.similarity.matcher import Matcher

    texts = _load(items)
    before = _rss_mb()
    start = time.perf_counter()
    model = Matcher().fit(texts)
    fit = time.perf_counter() - start
    start = time.perf_counter()
    idx, score = model.top_k(texts, k=5, n_jobs=2)
    top = time.perf_counter() - start
    peak = _peak_mb() - before
    np.save(out, idx)
    # brute force of the same model on a sample of rows, against all items
    rng = np.random.default_rng(0)
    rows = rng.choice(len(texts), size=min(check, len(texts)), replace=False)
    x = model.transform(texts)
    full = (x[rows] @ x.T).toarray()
    exact_idx, max_err = 0, 0.0
    for r, i in enumerate(rows):
        s = full[r].copy()
        s[i] = -np.inf
        order = np.lexsort((np.arange(len(s)), -s))[:5]
        exact_idx += int((order == idx[i]).all())
        max_err = max(max_err, float(np.abs(s[order].clip(0, 1) - score[i]).max()))
    unique = len(set(texts))
    return {"fit": fit, "top5": top, "peak_mb": peak, "checked": len(rows),
            "exact": exact_idx, "max_err": max_err, "unique": unique,
            "features": x.shape[1], "nnz_per_row": x.nnz / max(1, x.shape[0])}


def step_top100k(items: Path, backend: str) -> dict[str, float]:
    """Top-5 over the first 100,000 items (the issue's target), one kernel."""
    from thaiplan.similarity.matcher import Matcher

    texts = _load(items)[:100_000]
    model = Matcher().fit(texts)
    model.top_k(texts[:50], k=5, backend=backend)  # load (or compile) the kernel first
    before = _rss_mb()
    start = time.perf_counter()
    model.top_k(texts, k=5, n_jobs=2, backend=backend)
    seconds = time.perf_counter() - start
    return {"items": len(texts), "unique": len(set(texts)), "top5": seconds,
            "peak_mb": _peak_mb() - before}


def step_plain(items: Path, out: Path) -> dict[str, float]:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    from thaiplan._pythainlp import pythainlp_module

    word_tokenize = pythainlp_module("pythainlp.tokenize").word_tokenize
    texts = _load(items)
    word_tokenize("เตรียม", engine="newmm")
    before = _rss_mb()
    start = time.perf_counter()
    tokens = [word_tokenize(t, engine="newmm", keep_whitespace=False) for t in texts]
    tok = time.perf_counter() - start
    start = time.perf_counter()
    vec = TfidfVectorizer(analyzer=lambda toks: toks)
    x = vec.fit_transform(tokens)
    fit = time.perf_counter() - start
    start = time.perf_counter()
    n = x.shape[0]
    idx = np.empty((n, 5), dtype=np.int64)
    for lo in range(0, n, 1000):
        sim = cosine_similarity(x[lo: lo + 1000], x)
        sim[np.arange(sim.shape[0]), np.arange(lo, lo + sim.shape[0])] = -1.0
        idx[lo: lo + 1000] = np.argsort(-sim, axis=1)[:, :5]
    top = time.perf_counter() - start
    peak = _peak_mb() - before
    np.save(out, idx)
    return {"tokenize": tok, "fit": fit, "top5": top, "peak_mb": peak}


# --- driver ---------------------------------------------------------------------------

def _child(*args: str) -> dict[str, float]:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
    done = subprocess.run([sys.executable, __file__, "--child", *args], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"step {args[0]} failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def overlap(work: Path, n: int) -> float:
    """Share of thaiplan's top-5 neighbour texts that are in the plain recipe's top 5.

    Texts, not indices: copies of one text tie, and either side may pick any copy.
    """
    import numpy as np

    texts = json.loads((work / f"items{n}.json").read_text(encoding="utf-8"))
    ours = np.load(work / f"ours{n}.npy")
    plain = np.load(work / f"plain{n}.npy")
    shared = []
    for x, y in zip(ours, plain, strict=True):
        mine = {texts[j] for j in x}
        shared.append(len(mine & {texts[j] for j in y}) / max(1, len(mine)))
    return float(np.mean(shared))


def run_size(n: int, work: Path, *, plain: bool, check: int) -> None:
    from generate import generate

    corpus = work / f"corpus{n}"
    generate(n, corpus)
    items = work / f"items{n}.json"
    print(f"\n## N = {n:,} documents")
    # The parse is timed on files in the page cache, as in a second run over a folder:
    # it measures the parser, not the disk. Reading them first (cold, or not, as the
    # machine left them) is timed on its own.
    paths = sorted(corpus.iterdir())
    start = time.perf_counter()
    size = sum(len(p.read_bytes()) for p in paths)
    seconds = time.perf_counter() - start
    print(f"read the files once (page cache as found): {seconds:.2f} s, "
          f"{seconds / len(paths) * 1e6:.0f} µs/file, {size / 1e6 / seconds:.0f} MB/s")
    parse = {}
    for jobs in (1, 2):
        parse[jobs] = r = _child("parse", str(corpus), str(items), str(jobs))
        print(f"parse, {jobs} process{'es' if jobs > 1 else ''}: {r['seconds']:.2f} s  "
              f"{r['mb'] / r['seconds']:.1f} MB/s  {r['docs'] / r['seconds']:,.0f} docs/s  "
              f"({r['mb']:.1f} MB, {r['failed']:.0f} failed)")
    r = parse[1]
    print(f"goal + mission items: {r['items']:,.0f}")
    tok = _child("tokenize", str(items))
    print(f"tokenise: thaiplan {tok['ours_cps'] / 1e6:.2f} M chars/s on all items "
          f"(repeats cached), {tok['cold_cps'] / 1e6:.2f} M chars/s on distinct texts "
          f"uncached ({tok['chunk_hit_rate']:.0%} of chunks seen before), "
          f"{tok['raw_cps'] / 1e6:.2f} M chars/s with no reuse at all; nlpo3 alone "
          f"{tok['nlpo3_cps'] / 1e6:.2f}, pythainlp newmm {tok['newmm_cps'] / 1e6:.2f} M chars/s "
          f"({tok['chars'] / 1e6:.1f} M chars)")
    ours = _child("thaiplan", str(items), str(work / f"ours{n}.npy"), str(check))
    print(f"thaiplan: fit {ours['fit']:.2f} s, top-5 {ours['top5']:.2f} s, "
          f"peak +{ours['peak_mb']:.0f} MB  ({ours['unique']:,.0f} distinct texts, "
          f"{ours['features']:,.0f} features, {ours['nnz_per_row']:.0f} non-zeros/row)")
    print(f"  top-5 exact for its own model: {ours['exact']:.0f}/{ours['checked']:.0f} "
          f"sampled rows equal brute force, max score error {ours['max_err']:.1e}")
    if r["items"] >= 100_000:
        for backend in ("numba", "scipy"):
            big = _child("top100k", str(items), backend)
            print(f"top-5 over the first {big['items']:,.0f} items ({big['unique']:,.0f} "
                  f"distinct), {backend} kernel: {big['top5']:.2f} s, "
                  f"peak +{big['peak_mb']:.0f} MB")
    ours_total = ours["fit"] + ours["top5"]
    if not plain:
        return
    pl = _child("plain", str(items), str(work / f"plain{n}.npy"))
    plain_total = pl["tokenize"] + pl["fit"] + pl["top5"]
    print(f"plain recipe: tokenise {pl['tokenize']:.2f} s, fit {pl['fit']:.2f} s, "
          f"top-5 {pl['top5']:.2f} s, peak +{pl['peak_mb']:.0f} MB")
    print(f"top-5 overlap thaiplan vs plain: {overlap(work, n):.0%} of neighbour texts")
    print(f"ratio (tokenise+fit+top-5): plain {plain_total:.1f} s / thaiplan "
          f"{ours_total:.1f} s = {plain_total / ours_total:.1f}x")
    with_parse_ours = parse[2]["seconds"] + ours_total
    with_parse_plain = parse[1]["seconds"] + plain_total
    print(f"whole pipeline parse→top-5: thaiplan {with_parse_ours:.1f} s (2 processes) vs "
          f"plain {with_parse_plain:.1f} s (thaiplan's parser, 1 process) = "
          f"{with_parse_plain / with_parse_ours:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description="thaiplan batch benchmark")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 30000])
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) /
                        "thaiplan-bench", help="where corpora are generated and kept")
    parser.add_argument("--no-plain", action="store_true", help="skip the plain recipe")
    parser.add_argument("--check", type=int, default=300,
                        help="rows checked against brute force (default 300)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        name, *rest = args.child
        if name == "parse":
            result = step_parse(Path(rest[0]), Path(rest[1]), int(rest[2]))
        elif name == "tokenize":
            result = step_tokenize(Path(rest[0]))
        elif name == "thaiplan":
            result = step_thaiplan(Path(rest[0]), Path(rest[1]), int(rest[2]))
        elif name == "top100k":
            result = step_top100k(Path(rest[0]), rest[1])
        else:
            result = step_plain(Path(rest[0]), Path(rest[1]))
        print(json.dumps(result))
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"# thaiplan batch benchmark ({os.cpu_count()} CPUs, corpora in {args.workdir})")
    for n in args.sizes:
        run_size(n, args.workdir, plain=not args.no_plain, check=args.check)


if __name__ == "__main__":
    main()
