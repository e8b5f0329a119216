"""``thaiplan parse FILE_OR_DIR...``: plan pages to a readable summary, JSONL, CSV or Parquet.

Without ``-o``/``--format`` it prints a short summary of each file (office,
sections with their kinds and item counts, warnings; for a document that states
several organisations' plans, its units — owner, pages, quoted or not — each with its
sections, and under a strategies section the sections each strategy nests). With
``-o`` it writes every document, in input order, atomically: records go to ``OUT.partial`` as
they are parsed and the file is renamed to ``OUT`` only when the run is
complete, so an interrupted run never leaves a half-written output, and
``--resume`` picks up both a finished output and an interrupted ``.partial``.
Files that fail are listed (file, error, reason) in ``OUT`` with the suffix
``.errors.csv`` and summarised at the end; the exit status is 1 when any file
failed, unless ``--keep-going``. A file that breaks a reading limit (``--max-pages``,
``--max-seconds``, ``--max-unpacked-mb``: a Word "zip bomb", a PDF of thousands of
pages) fails with ``LimitExceededError`` and the others go on.

This module reads the arguments and runs the parse; :mod:`.output` writes the
files and reads a previous output back, :mod:`.summary` renders the summary.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from ...read.options import ReadOptions
from .._args import positive_int, positive_number, process_count
from .output import (
    _error_report,
    _jsonl_line,
    _partial,
    _previous,
    _previous_rows,
    _write_errors,
    _write_output,
)
from .summary import _summary
from .summary import _tree as _tree

__all__ = ["register"]

_EPILOG = """examples:
  thaiplan parse data/raw                          # a summary of each page
  thaiplan parse data/raw -o parsed.jsonl          # one PlanDocument per line
  thaiplan parse archive --recursive --jobs 2 -o parsed.jsonl --resume
  thaiplan parse data/raw --format csv > items.csv # one row per item
  thaiplan parse scans --ocr --max-pages 300       # OCR pages without text (Tesseract)
  thaiplan compare parsed.jsonl                    # reads the output, no re-parsing
"""

FORMATS = ("jsonl", "csv", "parquet")
_SUFFIX_FORMAT = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                  ".parquet": "parquet", ".pq": "parquet"}


def register(subparsers: Any) -> None:
    """Add the ``parse`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "parse",
        help="parse plan pages (.txt .html .docx .pdf) into sections and numbered items",
        description="Parse Thai strategic-plan pages into sections (vision, mission, goals...) "
                    "and numbered items. Prints a summary of each file (its units — the "
                    "organisations whose plans it states — with their sections and "
                    "strategy trees), or writes every document as JSONL (one PlanDocument "
                    "per line), CSV or Parquet (one row per item).",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR",
                        help="plan pages, or folders of them (.txt .html .htm .docx .pdf ...)")
    parser.add_argument("-o", "--output", default=None, metavar="OUT",
                        help="write documents to OUT (written atomically; the format follows "
                             "the suffix: .jsonl .csv .parquet)")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="output format (default: from the suffix of OUT, else jsonl); "
                             "without -o, JSONL or CSV goes to standard output")
    parser.add_argument("-r", "--recursive", action="store_true",
                        help="also read files in sub-folders")
    parser.add_argument("-j", "--jobs", type=process_count, default=1, metavar="N",
                        help="parse with N processes (-1: one per CPU; default 1)")
    parser.add_argument("--resume", action="store_true",
                        help="keep documents whose content hash is already in OUT (JSONL, or "
                             "CSV rows) or in OUT.partial (left by an interrupted run of any "
                             "format); parse the rest")
    parser.add_argument("--keep-going", action="store_true",
                        help="exit with status 0 even when some files failed")
    parser.add_argument("--strict", action="store_true",
                        help="treat parse warnings as failures")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar and no final summary")
    limits = parser.add_argument_group(
        "reading limits", "a file that breaks one fails (LimitExceededError) and the batch "
                          "goes on")
    defaults = ReadOptions()
    limits.add_argument("--max-pages", type=positive_int, default=defaults.max_pages,
                        metavar="N", help=f"refuse PDFs of more pages (default "
                                          f"{defaults.max_pages})")
    limits.add_argument("--max-seconds", type=positive_number, default=defaults.max_seconds,
                        metavar="S", help=f"stop reading a file after S seconds (default "
                                          f"{defaults.max_seconds:g})")
    limits.add_argument("--max-unpacked-mb", type=positive_number,
                        default=defaults.max_unpacked_bytes / 2**20, metavar="MB",
                        help="refuse Word files that unpack to more (default "
                             f"{defaults.max_unpacked_bytes // 2**20})")
    parser.add_argument("--ocr", action="store_true",
                        help="read PDF pages without a text layer with Tesseract (needs "
                             "thaiplan[ocr] and Debian's tesseract-ocr-tha)")
    parser.set_defaults(func=run)


def _options(args: argparse.Namespace) -> ReadOptions:
    """The reading options of the command line."""
    if args.ocr:
        from ...read.ocr import ocr_available

        if not ocr_available():
            print("thaiplan parse: --ocr: Tesseract with Thai (tesseract-ocr-tha) is not "
                  "installed; pages without text will only be reported", file=sys.stderr)
    return ReadOptions(max_pages=args.max_pages, max_seconds=args.max_seconds,
                       max_unpacked_bytes=int(args.max_unpacked_mb * 2**20), ocr=args.ocr)


def _collect(inputs: Iterable[str], recursive: bool) -> tuple[list[str], list[tuple[str, str]]]:
    """Files to parse (folders expanded, sorted) and inputs that do not exist."""
    from ...batch import find_files

    files, missing = find_files(inputs, recursive=recursive)
    return [str(f) for f in files], [(m, f"{m}: no such file or folder") for m in missing]


def _progress(total: int, quiet: bool) -> Any:
    if quiet or total <= 1 or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True)


def run(args: argparse.Namespace) -> int:
    """Parse the inputs; returns the exit status (0 ok, 1 some files failed)."""
    from ...batch import ParseFailure, file_sha256, parse_many
    from ...errors import UnknownChoiceError

    started = time.perf_counter()
    output = Path(args.output) if args.output and args.output != "-" else None
    fmt = args.format
    if fmt is None and output is not None:
        fmt = _SUFFIX_FORMAT.get(output.suffix.lower(), "jsonl")
    if fmt == "parquet" and output is None:
        raise UnknownChoiceError("format for standard output", "parquet", ["csv", "jsonl"])
    if args.resume and output is None:
        print("thaiplan parse: --resume needs -o OUT", file=sys.stderr)
        return 2
    files, failures_missing = _collect(args.inputs, args.recursive)
    failures: list[Any] = [ParseFailure(name, reason, "FileNotFoundError")
                           for name, reason in failures_missing]
    for failure in failures:
        print(f"thaiplan: {failure.reason}", file=sys.stderr)
    options = _options(args)
    if fmt is None:
        return _run_summary(files, failures, args, parse_many, options)

    # Which inputs are already done (resume), by content hash.
    reuse: dict[str, dict[str, Any]] = {}
    reuse_rows: dict[str, list[Any]] = {}
    hashes: dict[str, str | None] = {}
    if args.resume and output is not None:
        reuse = _previous(output, fmt)
        reuse_rows = _previous_rows(output, fmt)
        hashes = {f: file_sha256(f) for f in files}
    done = set(reuse) | set(reuse_rows)
    todo = [f for f in files if hashes.get(f) not in done or hashes.get(f) is None]

    records: dict[str, dict[str, Any]] = {}
    bar = _progress(len(todo), args.quiet)
    partial_handle: IO[str] | None = None
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = _partial(output)
        keep = [r for r in reuse.values()] if args.resume else []
        partial_handle = partial.open("w", encoding="utf-8")
        for record in keep:  # what was done stays in the journal if we stop again
            partial_handle.write(_jsonl_line(record))
        partial_handle.flush()
    try:
        for result in parse_many(todo, jobs=args.jobs, strict=args.strict, options=options):
            if isinstance(result, ParseFailure):
                failures.append(result)
                if bar is None:
                    print(f"thaiplan: {result.reason}", file=sys.stderr)
                else:
                    bar.write(f"thaiplan: {result.reason}", file=sys.stderr)
            else:
                record = result.to_dict()
                records[record["source"]] = record
                if partial_handle is not None:
                    partial_handle.write(_jsonl_line(record))
                    partial_handle.flush()
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        if partial_handle is not None:
            partial_handle.close()

    # Everything in input order: parsed now, or reused from the previous output.
    ordered: list[dict[str, Any]] = []
    csv_reused: dict[str, list[Any]] = {}
    for f in files:
        if f in records:
            ordered.append(records[f])
            continue
        sha = hashes.get(f)
        if sha in reuse:
            ordered.append({**reuse[sha], "source": f})
        elif sha in reuse_rows:
            csv_reused[f] = [[f, *row[1:]] for row in reuse_rows[sha]]
            ordered.append({"source": f, "sha256": sha, "_rows": True})
    _write_output(output, fmt, ordered, csv_reused)
    _write_errors(output, failures)
    if not args.quiet and output is not None:
        parsed = len(records)
        reused = len(ordered) - parsed
        line = (f"thaiplan parse: {len(ordered)} document{'s' if len(ordered) != 1 else ''} "
                f"written to {output} ({parsed} parsed"
                + (f", {reused} kept from the previous run" if reused else "")
                + f") in {time.perf_counter() - started:.1f} s")
        if failures:
            line += f"; {len(failures)} failed, listed in {_error_report(output)}"
        print(line, file=sys.stderr)
    return 1 if failures and not args.keep_going else 0


def _run_summary(files: list[str], failures: list[Any], args: argparse.Namespace,
                 parse_many: Any, options: ReadOptions) -> int:
    from ...batch import ParseFailure

    parsed = 0
    for result in parse_many(files, jobs=args.jobs, strict=args.strict, options=options):
        if isinstance(result, ParseFailure):
            failures.append(result)
            sys.stdout.flush()
            print(f"thaiplan: {result.reason}", file=sys.stderr)
            sys.stderr.flush()
            continue
        if parsed:
            print()
        print(_summary(result))
        parsed += 1
    if not args.quiet and (parsed + len(failures)) > 1:
        print(f"\n{parsed} file{'s' if parsed != 1 else ''} parsed"
              + (f", {len(failures)} failed" if failures else ""))
    return 1 if failures and not args.keep_going else 0
