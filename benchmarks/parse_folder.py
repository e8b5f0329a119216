"""End-to-end time of parsing a folder of real documents, and what each speed trick buys.

    PYTHAINLP_OFFLINE=1 python benchmarks/parse_folder.py                  # 5 runs
    PYTHAINLP_OFFLINE=1 python benchmarks/parse_folder.py --without repair-caches
    PYTHAINLP_OFFLINE=1 python benchmarks/parse_folder.py --with line-memo

The folder: the real PDFs of ``../shared/corpus/realpdf`` (when present: reading dominates
there), the text corpora (``data/raw``, ``../shared/corpus/parse``, ``tests/data/realworld``)
and 1,000 generated pages (``benchmarks/generate.py``: UTF-8, CRLF, cp874 and HTML).

Every file is read once (:func:`thaiplan.read_document`, timed; ``--keep DIR`` keeps the
documents for the next run, to compare parsers or tricks on the same reading) and the
documents are handed to ``--repeat`` fresh processes, each parsing the whole folder once,
in order, as ``thaiplan parse`` does in one process (whatever a parser keeps from page to
page starts empty and fills as it goes). It prints the median run and the range: reading
and parsing time (CPU time of the process: on a shared machine, wall time varies far
more), the parse's share of the end-to-end time, and the parse speed on text pages
(pages/s, MB/s of the files). A parser without ``thaiplan.parse.parse_document`` (an older
version, put first on ``PYTHONPATH``) parses each document's text with ``parse_text``.

``--without NAME`` runs the parse with a speed trick taken out, ``--with NAME`` with a
memo added that the code does not have (see :data:`TRICKS`), so that each trick's share
of the end-to-end time can be read off two runs.
"""

from __future__ import annotations

import argparse
import functools
import json
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(HERE))


def _uncache(module: Any, *names: str) -> None:
    """Replace each ``functools`` cached function by the function it wraps."""
    for name in names:
        setattr(module, name, getattr(module, name).__wrapped__)


def _memoize(module: Any, *names: str) -> None:
    """Wrap each function in an unbounded-by-count LRU memo of 65,536 entries."""
    for name in names:
        setattr(module, name, functools.lru_cache(maxsize=1 << 16)(getattr(module, name)))


def _without_repair_caches() -> None:
    from thaiplan import repair

    _uncache(repair, "_correct", "_segment", "_repair_run", "_should_join", "_read_aa")


def _with_line_memo() -> None:
    """A memo of what each line is on its own, keyed by its text (as the parser before
    the stages had: pages of one folder repeat titles, org names, ministry wording)."""
    import dataclasses

    from thaiplan.parse import classify

    plain = classify.classify_text

    @functools.lru_cache(maxsize=1 << 16)
    def by_text(text: str) -> Any:
        return plain(classify.Line(0, text, text))

    def classify_text(line: Any) -> Any:
        return dataclasses.replace(by_text(line.text), line=line)

    classify.classify_text = classify_text


def _with_pattern_memos() -> None:
    """Memos in front of each per-line test: markers, headings, titles, furniture, junk."""
    from thaiplan.parse import classify, rules

    _memoize(classify, "match_marker", "match_heading", "is_title_line", "furniture")
    _memoize(rules, "match_marker", "is_junk", "is_rule_or_page_number")


TRICKS: dict[str, Callable[[], None]] = {
    "without repair-caches": _without_repair_caches,
    "with line-memo": _with_line_memo,
    "with pattern-memos": _with_pattern_memos,
}


def _folder(generated: int, workdir: Path, *, pdf: bool) -> list[tuple[str, Path]]:
    from generate import generate

    files: list[tuple[str, Path]] = []
    if SHARED.is_dir():
        if pdf:
            files += [("pdf", p) for p in sorted((SHARED / "realpdf").glob("*.pdf"))]
        files += [("text", p) for p in sorted((SHARED / "parse").glob("*.txt"))]
    files += [("text", p) for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    files += [("text", p) for p in sorted((ROOT / "tests" / "data" / "realworld").glob("*/*"))
              if p.suffix != ".json"]
    files += [("generated", p) for p in generate(generated, workdir / "generated")]
    return files


def _pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def read_folder(files: list[tuple[str, Path]], out: Path) -> dict[str, Any]:
    """Read every file once; store the documents for the parse runs."""
    import thaiplan

    documents, read = [], {}
    for group, path in files:
        start = time.process_time()
        document = thaiplan.read_document(path)
        read[group] = read.get(group, 0.0) + time.process_time() - start
        documents.append((group, document))
    out.write_bytes(pickle.dumps(documents))
    sizes: dict[str, int] = {}
    for group, path in files:
        sizes[group] = sizes.get(group, 0) + path.stat().st_size
    counts = {g: sum(1 for f, _ in files if f == g) for g in sizes}
    pages = sum(_pdf_pages(p) for g, p in files if g == "pdf")
    return {"read": read, "sizes": sizes, "files": counts, "pdf_pages": pages}


def parse_run(documents_file: Path, tricks: list[str]) -> dict[str, float]:
    """One run: every document parsed once, in order, in this (fresh) process."""
    import thaiplan.parse

    for trick in tricks:
        TRICKS[trick]()
    documents = pickle.loads(documents_file.read_bytes())
    parse_document = getattr(thaiplan.parse, "parse_document", None)

    def parse(document: Any) -> Any:
        if parse_document is not None:
            return parse_document(document)
        return thaiplan.parse.parse_text(document.text, source=document.source)

    parse(documents[0][1].__class__.from_text("พันธกิจ\n1. โหลดพจนานุกรม"))  # lexicons loaded
    seconds: dict[str, float] = {}
    for group, document in documents:
        start = time.process_time()  # (CPU time: other jobs on the machine count less)
        parse(document)
        seconds[group] = seconds.get(group, 0.0) + time.process_time() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--generated", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5, help="parse runs (fresh processes)")
    parser.add_argument("--no-pdf", action="store_true", help="leave the real PDFs out")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the documents read "
                        "(and their reading times) in DIR, and parse those found there")
    parser.add_argument("--without", action="append", default=[], metavar="TRICK",
                        choices=[t.split()[1] for t in TRICKS if t.startswith("without")])
    parser.add_argument("--with", action="append", default=[], metavar="TRICK", dest="with_",
                        choices=[t.split()[1] for t in TRICKS if t.startswith("with ")])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    tricks = [f"without {t}" for t in args.without] + [f"with {t}" for t in args.with_]
    if args.child:
        print(json.dumps(parse_run(args.child, tricks)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        if (work / "folder.json").exists():  # read before: the same documents again
            folder = json.loads((work / "folder.json").read_text(encoding="utf-8"))
        else:
            work.mkdir(parents=True, exist_ok=True)
            folder = read_folder(_folder(args.generated, work, pdf=not args.no_pdf),
                                 work / "documents.pickle")
            (work / "folder.json").write_text(json.dumps(folder), encoding="utf-8")
        runs = []
        for _ in range(args.repeat):
            command = [sys.executable, __file__, "--child", str(work / "documents.pickle")]
            command += [f"--without={t}" for t in args.without]
            command += [f"--with={t}" for t in args.with_]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            runs.append(json.loads(done.stdout))
    _report(folder, runs, tricks)


def _report(folder: dict[str, Any], runs: list[dict[str, float]], tricks: list[str]) -> None:
    read, files, sizes = folder["read"], folder["files"], folder["sizes"]
    totals = [sum(r.values()) for r in runs]
    median = statistics.median(totals)
    run = runs[totals.index(min(totals, key=lambda t: abs(t - median)))]  # the median run
    end_to_end = sum(read.values()) + median
    print(f"tricks: {', '.join(tricks) or 'as the code is'}; {len(runs)} runs")
    for group in files:
        print(f"  {group:<10} {files[group]:>5} files {sizes[group] / 1e6:>7.2f} MB"
              f"   read {read[group]:>7.2f} s   parse {run[group]:>6.2f} s")
    pages = folder["pdf_pages"]
    if pages:
        pdf_read, pdf_parse = read["pdf"], run["pdf"]
        print(f"  pdf: {pages} pages, read {1000 * pdf_read / pages:.1f} ms/page, "
              f"parse {1000 * pdf_parse / pages:.2f} ms/page, parse = "
              f"{100 * pdf_parse / (pdf_read + pdf_parse):.1f} % of reading + parsing")
    text = [g for g in ("text", "generated") if g in run]
    count = sum(files[g] for g in text)
    mb = sum(sizes[g] for g in text) / 1e6
    seconds = [sum(r[g] for g in text) for r in runs]
    typical = statistics.median(seconds)
    print(f"  text pages: {count} pages, {mb:.2f} MB, parse {count / typical:,.0f} pages/s, "
          f"{mb / typical:.2f} MB/s (range {mb / max(seconds):.2f}-{mb / min(seconds):.2f})")
    print(f"  parse, whole folder: median {median:.2f} s "
          f"(range {min(totals):.2f}-{max(totals):.2f}); read {sum(read.values()):.2f} s; "
          f"end to end {end_to_end:.2f} s, parse = {100 * median / end_to_end:.1f} %")


if __name__ == "__main__":
    main()
