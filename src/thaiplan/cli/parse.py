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
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..read.options import ReadOptions
from ._args import positive_int, positive_number, process_count

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
        from ..read.ocr import ocr_available

        if not ocr_available():
            print("thaiplan parse: --ocr: Tesseract with Thai (tesseract-ocr-tha) is not "
                  "installed; pages without text will only be reported", file=sys.stderr)
    return ReadOptions(max_pages=args.max_pages, max_seconds=args.max_seconds,
                       max_unpacked_bytes=int(args.max_unpacked_mb * 2**20), ocr=args.ocr)


# --- inputs --------------------------------------------------------------------------

def _collect(inputs: Iterable[str], recursive: bool) -> tuple[list[str], list[tuple[str, str]]]:
    """Files to parse (folders expanded, sorted) and inputs that do not exist."""
    from ..batch import find_files

    files, missing = find_files(inputs, recursive=recursive)
    return [str(f) for f in files], [(m, f"{m}: no such file or folder") for m in missing]



# --- rendering -------------------------------------------------------------------------

def _jsonl_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _csv_rows(records: list[dict[str, Any]]) -> list[list[str]]:
    """Item rows (``to_frame`` columns plus ``sha256``) as strings, NA as ``""``."""
    from ..model import PlanDocument
    from ..tables import to_frame

    docs = [PlanDocument.from_dict(r) for r in records]
    frame = to_frame(docs)
    shas = {d.source: d.sha256 or "" for d in docs}
    frame.insert(1, "sha256", [shas.get(s, "") for s in frame["source"]])
    return [["" if _isna(v) else str(v) for v in row]
            for row in frame.itertuples(index=False, name=None)]


def _isna(value: Any) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))


def _columns() -> list[str]:
    from ..tables import ITEM_COLUMNS

    columns = list(ITEM_COLUMNS)
    columns.insert(1, "sha256")
    return columns


def _write_csv(out: IO[str], records: list[dict[str, Any]]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_columns())
    writer.writerows(_csv_rows(records))


def _write_parquet(path: Path, records: list[dict[str, Any]]) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        from ..errors import MissingDependencyError

        raise MissingDependencyError("pyarrow", "parquet", "Parquet output") from None
    import pandas as pd

    from ..model import PlanDocument
    from ..tables import to_frame

    docs = [PlanDocument.from_dict(r) for r in records]
    frame = to_frame(docs) if docs else pd.DataFrame(columns=_columns()[:1] + _columns()[2:])
    shas = {d.source: d.sha256 or "" for d in docs}
    frame.insert(1, "sha256", [shas.get(s, "") for s in frame["source"]])
    frame.to_parquet(path, index=False)


# --- previous output (resume) ------------------------------------------------------------

def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Complete records of a JSONL file (a half-written last line is skipped)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.endswith("\n"):
                break
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and record.get("sha256"):
                yield record


def _previous(output: Path, fmt: str) -> dict[str, dict[str, Any]]:
    """Documents of a finished output (JSONL only) and of an interrupted ``.partial``."""
    found: dict[str, dict[str, Any]] = {}
    partial = _partial(output)
    sources = [partial] if fmt != "jsonl" else [output, partial]
    for path in sources:
        if path.is_file():
            for record in _read_jsonl(path):
                found.setdefault(record["sha256"], record)
    return found


def _previous_rows(output: Path, fmt: str) -> dict[str, list[Any]]:
    """Item rows of a finished CSV/Parquet output, by document hash."""
    rows: dict[str, list[Any]] = {}
    if fmt == "csv" and output.is_file():
        with output.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header != _columns():
                return {}
            for row in reader:
                rows.setdefault(row[1], []).append(row)
    return rows


def _partial(output: Path) -> Path:
    return output.with_name(output.name + ".partial")


def _error_report(output: Path | None) -> Path | None:
    return None if output is None else output.with_name(output.name + ".errors.csv")


# --- summary ---------------------------------------------------------------------------

# A heading's numbering before its keyword, and its gloss or colon after it:
# ``"๒.๒ เป้าประสงค์ (Goals) :"`` → ``"เป้าประสงค์"``.
_HEADING_NUMBER = re.compile(r"^[\s\d๐-๙.)(:-]+")
_HEADING_TAIL = re.compile(r"\s*[:：]\s*$|\s*\(.*$")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def _what(section: Any) -> str:
    """A section's contents in a few words: its item count, or the start of its text."""
    if section.items:
        count = len(section.items)
        nested = sum(1 for _ in section.walk()) - count
        what = _plural(count, "item")
        if nested:
            what += f" (+{_plural(nested, 'sub-item')})"
        return what
    text = section.text
    return f"“{text[:60]}…”" if len(text) > 60 else (f"“{text}”" if text else "(empty)")


def _heading_label(heading: str) -> str:
    label = _HEADING_TAIL.sub("", _HEADING_NUMBER.sub("", heading)).strip()
    return label or heading.strip()


def _tree(section: Any, indent: str) -> list[str]:
    """The items of ``section`` that nest sections, one line each with those sections
    (``ยุทธศาสตร์ที่ 1 พัฒนาผู้เรียน › เป้าประสงค์ (2 items) › ตัวชี้วัด (6 items)``),
    each followed by the deeper levels, indented."""
    lines: list[str] = []
    for item in section.walk():
        if not item.sections:
            continue
        from ..report.labels import truncate

        head = " ".join(part for part in (item.marker.strip(), truncate(item.text, 30))
                        if part)
        parts = [head or f"{item.position}."]
        for nested in item.sections:
            count = (_plural(len(nested.items), "item") if nested.items
                     else "text" if nested.text else "empty")
            parts.append(f"{_heading_label(nested.heading)} ({count})")
        lines.append(indent + " › ".join(parts))
        for nested in item.sections:
            lines += _tree(nested, indent + "  ")
    return lines


def _section_lines(sections: Iterable[Any], width: int, indent: str) -> list[str]:
    lines = []
    for section in sections:
        lines.append(f"{indent}{section.kind.value:<{width}}  {section.heading}  —  "
                     f"{_what(section)}")
        lines += _tree(section, indent + " " * (width + 4))
    return lines


def _owner(unit: Any) -> str:
    """``name  (kind, area N; pages 3–4; quoted)``."""
    office = unit.owner
    detail = office.kind.value.replace("_", " ")
    if office.area is not None:
        detail += f", area {office.area}"
    if unit.pages is not None:
        first, last = unit.pages
        detail += f"; page {first}" if first == last else f"; pages {first}–{last}"
    if unit.quoted:
        detail += "; quoted"
    return f"{office.name or office.label}  ({detail})"


def _just_the_office(doc: Any) -> bool:
    """Whether the document's one unit is its office's, holding every section (a web
    page): the unit says nothing the office line does not."""
    (unit, *more) = doc.units
    return (not more and not unit.quoted and unit.owner == doc.office
            and unit.sections == doc.sections)


def _summary(doc: Any) -> str:
    """A few readable lines about one parsed document: its office, its sections (grouped
    by unit when it has units, the nested strategy tree under its section), warnings."""
    lines = [f"{doc.source}  ({doc.encoding or 'text'})"]
    office = doc.office
    if office.name or office.area is not None or office.kind.value != "other":
        detail = office.kind.value.replace("_", " ")
        if office.area is not None:
            detail += f", area {office.area}"
        lines.append(f"  office    {office.name or '-'}  ({detail})")
    if not doc.sections:
        lines.append("  no sections found")
    width = max((len(s.kind.value) for s in doc.sections), default=0)
    if doc.units and not _just_the_office(doc):
        inside = {s for unit in doc.units for s in unit.sections}
        outside = [s for s in doc.sections if s not in inside]
        if outside:  # a budget volume's introduction, before its agencies
            lines.append(f"  outside every unit ({_plural(len(outside), 'section')})")
            lines += _section_lines(outside, width, "    ")
        for number, unit in enumerate(doc.units, start=1):
            lines.append(f"  {f'unit {number}':<8}  {_owner(unit)}")
            lines += _section_lines(unit.sections, width, "    ")
    else:
        lines += _section_lines(doc.sections, width, "  ")
    if doc.warnings:
        lines.append(f"  {_plural(len(doc.warnings), 'warning')}:")
        lines.extend(f"    {w}" for w in doc.warnings)
    return "\n".join(lines)


# --- run --------------------------------------------------------------------------------

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
    from ..batch import ParseFailure, file_sha256, parse_many
    from ..errors import UnknownChoiceError

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


def _write_output(output: Path | None, fmt: str, ordered: list[dict[str, Any]],
                  csv_reused: dict[str, list[Any]]) -> None:
    docs = [r for r in ordered if not r.get("_rows")]
    if output is None:
        out = sys.stdout
        if fmt == "jsonl":
            for record in docs:
                out.write(_jsonl_line(record))
        else:
            _write_csv(out, docs)
        out.flush()
        return
    partial = _partial(output)
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        if fmt == "jsonl":
            with tmp.open("w", encoding="utf-8") as handle:
                for record in docs:
                    handle.write(_jsonl_line(record))
        elif fmt == "csv":
            with tmp.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(_columns())
                for record in ordered:
                    if record.get("_rows"):
                        writer.writerows(csv_reused[record["source"]])
                    else:
                        writer.writerows(_csv_rows([record]))
        else:
            _write_parquet(tmp, docs)
        os.replace(tmp, output)
    finally:
        tmp.unlink(missing_ok=True)
    partial.unlink(missing_ok=True)


def _write_errors(output: Path | None, failures: list[Any]) -> None:
    report = _error_report(output)
    if report is None:
        return
    if not failures:
        report.unlink(missing_ok=True)  # a stale report from an earlier run
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", "error", "reason"])
    writer.writerows([f.source, f.error, f.reason] for f in failures)
    report.write_text(buffer.getvalue(), encoding="utf-8")


def _run_summary(files: list[str], failures: list[Any], args: argparse.Namespace,
                 parse_many: Any, options: ReadOptions) -> int:
    from ..batch import ParseFailure

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
