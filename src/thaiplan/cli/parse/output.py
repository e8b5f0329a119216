"""Where ``thaiplan parse -o`` writes: JSONL, CSV or Parquet replaced atomically, the list of
failed files, and the documents of a previous output that ``--resume`` keeps."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def _jsonl_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _csv_rows(records: list[dict[str, Any]]) -> list[list[str]]:
    """Item rows (``to_frame`` columns plus ``sha256``) as strings, NA as ``""``."""
    from ...model import PlanDocument
    from ...tables import to_frame

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
    from ...tables import ITEM_COLUMNS

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
        from ...errors import MissingDependencyError

        raise MissingDependencyError("pyarrow", "parquet", "Parquet output") from None
    import pandas as pd

    from ...model import PlanDocument
    from ...tables import to_frame

    docs = [PlanDocument.from_dict(r) for r in records]
    frame = to_frame(docs) if docs else pd.DataFrame(columns=_columns()[:1] + _columns()[2:])
    shas = {d.source: d.sha256 or "" for d in docs}
    frame.insert(1, "sha256", [shas.get(s, "") for s in frame["source"]])
    frame.to_parquet(path, index=False)


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


def _partial(output: Path) -> Path:
    return output.with_name(output.name + ".partial")


def _error_report(output: Path | None) -> Path | None:
    return None if output is None else output.with_name(output.name + ".errors.csv")


# --- a previous output (--resume) -------------------------------------------------------

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
