"""Parsing many files: in order, in parallel, on any executor, never stopping at a bad file.

:func:`parse_many` yields one result per input, in input order: a
:class:`~thaiplan.model.PlanDocument`, or a :class:`ParseFailure` naming the file
and the reason. Work runs in this process (``jobs=1``), in local processes
(``jobs=N``), or on any :class:`concurrent.futures.Executor` — so the same call
runs on a Dask cluster without thaiplan knowing about Dask::

    from distributed import Client
    client = Client("scheduler-address:8786")          # or LocalCluster()
    for result in parse_many(paths, executor=client.get_executor()):
        ...

Workers need thaiplan installed and must see the paths (a shared file system).

>>> from pathlib import Path
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("พันธกิจ\\n1. จัดการศึกษา", encoding="utf-8")
>>> _ = (folder / "b.txt").write_bytes(bytes(range(256)) * 8)
>>> [type(r).__name__ for r in parse_many([folder / "a.txt", folder / "b.txt"])]
['PlanDocument', 'ParseFailure']
"""

from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import PlanDocument
from .parse import parse_file
from .read import ReadOptions

__all__ = [
    "PARSED_SUFFIXES",
    "BatchResult",
    "ParseFailure",
    "file_sha256",
    "find_files",
    "load_documents",
    "parse_many",
    "read_parsed",
]

PARSED_SUFFIXES = (".json", ".jsonl")
"""Files read as already-parsed documents (``PlanDocument.to_dict`` JSON) rather than
raw pages: a ``.json`` file holds one document or a list of them, a ``.jsonl``
file one document per line (the output of ``thaiplan parse -o parsed.jsonl``)."""

_NOT_PAGES = frozenset({".md"})  # READMEs beside the pages: read only when named

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """An input that could not be parsed.

    Attributes:
        source: the file path as given.
        reason: the error message (it names the file).
        error: the exception class name (``UndecodableFileError``, ``OSError``...).
        sha256: hex digest of the file's bytes when they could be read, else ``None``.
    """

    source: str
    reason: str
    error: str = "Exception"
    sha256: str | None = None

    def __str__(self) -> str:
        return self.reason

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "error": self.error, "reason": self.reason,
                "sha256": self.sha256}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParseFailure:
        return cls(source=data["source"], reason=data["reason"],
                   error=data.get("error", "Exception"), sha256=data.get("sha256"))


BatchResult = PlanDocument | ParseFailure
"""What :func:`parse_many` yields for each input."""


def file_sha256(path: str | os.PathLike[str]) -> str | None:
    """Hex SHA-256 of a file's bytes (what ``--resume`` matches on), ``None`` if unreadable."""
    import hashlib

    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _parse_one(path: str, strict: bool, options: ReadOptions | None = None) -> BatchResult:
    try:
        return parse_file(path, strict=strict, options=options)
    except Exception as exc:  # a batch reports every failure and goes on
        reason = str(exc) or type(exc).__name__
        if path not in reason:
            reason = f"{path}: {reason}"
        return ParseFailure(path, reason, type(exc).__name__, file_sha256(path))


def _parse_chunk(paths: list[str], strict: bool, options: ReadOptions | None = None
                 ) -> list[BatchResult]:
    """Parse a chunk of files (the unit of work sent to a worker)."""
    return [_parse_one(p, strict, options) for p in paths]


def _chunks(paths: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for path in paths:
        chunk.append(path)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run(executor: Executor, chunks: Iterator[list[str]], strict: bool, window: int,
         options: ReadOptions | None = None) -> Iterator[BatchResult]:
    """Submit chunks with at most ``window`` in flight; yield results in order."""
    pending: deque[tuple[list[str], Future[list[BatchResult]]]] = deque()

    def submit() -> bool:
        chunk = next(chunks, None)
        if chunk is None:
            return False
        pending.append((chunk, executor.submit(_parse_chunk, chunk, strict, options)))
        return True

    while len(pending) < window and submit():
        pass
    while pending:
        chunk, future = pending.popleft()
        try:
            results = future.result()
        except Exception as exc:  # the worker died, or the task could not run
            _log.warning("a worker failed on %d file(s): %s", len(chunk), exc)
            results = [ParseFailure(p, f"{p}: worker failed: {type(exc).__name__}: {exc}",
                                    type(exc).__name__, None) for p in chunk]
        yield from results
        submit()


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    executor: Executor | None = None,
    strict: bool = False,
    chunksize: int = 8,
    options: ReadOptions | None = None,
) -> Iterator[BatchResult]:
    """Parse many files, yielding one result per input in input order.

    A file that cannot be read or parsed, or that breaks a limit of ``options``
    (a Word "zip bomb", too many pages, reading too long: ``LimitExceededError``),
    gives a :class:`ParseFailure` (with the file name and the reason) and the batch
    goes on.

    Args:
        paths: files of any supported format (``.txt``, ``.html``, ``.docx``,
            ``.pdf``...). Consumed lazily; a few chunks are in flight at once.
        jobs: local worker processes; ``None`` or 1 parses in this process,
            ``-1`` uses every CPU. Ignored when ``executor`` is given.
        executor: any :class:`concurrent.futures.Executor` (a process pool, or
            ``distributed.Client(...).get_executor()`` for a Dask cluster). It is
            not shut down.
        strict: turn parse warnings into failures (see ``parse_file``).
        chunksize: files per task sent to a worker (≥ 1): larger amortises task
            overhead, smaller balances load.
        options: how to read each file: limits and OCR
            (:class:`~thaiplan.read.ReadOptions`; its defaults when ``None``).

    Yields:
        A :class:`~thaiplan.model.PlanDocument` or a :class:`ParseFailure` per path.

    Raises:
        ValueError: ``jobs`` is 0 or below -1, or ``chunksize`` < 1.
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    if jobs is not None and (jobs == 0 or jobs < -1):
        raise ValueError(f"jobs must be a positive number of processes or -1, got {jobs}")
    names = (os.fspath(p) for p in paths)
    if executor is not None:
        window = 4 * max(1, _workers(executor))
        yield from _run(executor, _chunks(names, chunksize), strict, window, options)
        return
    n = (os.cpu_count() or 1) if jobs == -1 else (jobs or 1)
    if n == 1:
        for name in names:
            yield _parse_one(name, strict, options)
        return
    with ProcessPoolExecutor(max_workers=n) as pool:
        yield from _run(pool, _chunks(names, chunksize), strict, 4 * n, options)


def _workers(executor: Executor) -> int:
    """A guess of how many tasks an executor runs at once (for the in-flight window)."""
    count = getattr(executor, "_max_workers", None)
    if isinstance(count, int):
        return count
    client = getattr(executor, "_client", None)  # distributed's ClientExecutor
    if client is not None:
        try:
            return max(1, int(sum(client.nthreads().values())))
        except Exception:  # scheduler unreachable: any window works
            return 8
    return 8


def find_files(inputs: Iterable[str | os.PathLike[str]], *, recursive: bool = False,
               parsed: bool = False) -> tuple[list[Path], list[str]]:
    """Files to read from ``inputs`` (files and folders), and the inputs that do not exist.

    A folder contributes its readable files (``.txt .html .docx .pdf``..., and
    ``.json``/``.jsonl`` when ``parsed``), sorted by name, hidden files and
    READMEs skipped, sub-folders too when ``recursive``; a file named
    explicitly is always kept. Each file comes once, in the order given.
    """
    from .read import READERS

    wanted = set(READERS) | (set(PARSED_SUFFIXES) if parsed else set())
    files: list[Path] = []
    missing: list[str] = []
    seen: set[Path] = set()
    for entry in inputs:
        path = Path(entry)
        if path.is_dir():
            pattern = path.rglob("*") if recursive else path.glob("*")
            found = sorted(p for p in pattern
                           if p.is_file() and p.suffix.lower() in wanted
                           and p.suffix.lower() not in _NOT_PAGES and not p.name.startswith("."))
        elif path.exists():
            found = [path]
        else:
            missing.append(str(entry))
            continue
        for file in found:
            if file not in seen:
                seen.add(file)
                files.append(file)
    return files, missing


def read_parsed(path: str | os.PathLike[str]) -> list[PlanDocument]:
    """Documents from a ``.json`` (one or a list) or ``.jsonl`` (one per line) file.

    Raises:
        ParseError: the file is not parsed thaiplan output (names the file).
    """
    from .errors import ParseError

    path = Path(path)
    text = path.read_text(encoding="utf-8-sig")
    try:
        if path.suffix.lower() == ".jsonl":
            return [PlanDocument.from_dict(json.loads(line))
                    for line in text.splitlines() if line.strip()]
        data = json.loads(text)
        if isinstance(data, dict) and "documents" in data:
            data = data["documents"]
        return [PlanDocument.from_dict(r) for r in (data if isinstance(data, list) else [data])]
    except (ValueError, KeyError, TypeError) as exc:
        raise ParseError(f"not a parsed thaiplan document: {exc}", source=str(path)) from exc


def load_documents(inputs: Iterable[str | os.PathLike[str] | PlanDocument], *,
                   strict: bool = False, recursive: bool = False) -> list[PlanDocument]:
    """Documents from raw pages, parsed ``.json``/``.jsonl`` files, folders of either,
    and :class:`~thaiplan.model.PlanDocument` objects, in the order given.

    Raw pages are parsed here, one after another (use :func:`parse_many` for
    thousands); parsed files are read without re-parsing.

    Args:
        inputs: paths (files or folders) and/or documents.
        strict: passed to :func:`thaiplan.parse_file`.
        recursive: also read sub-folders.

    Raises:
        FileNotFoundError: a path does not exist (names it).
        ParseError: a ``.json`` file is not parsed output (or ``strict`` parsing failed).
        UndecodableFileError: a raw page is not text.
    """
    from .parse import parse_file

    documents: list[PlanDocument] = []
    for entry in inputs:
        if isinstance(entry, PlanDocument):
            documents.append(entry)
            continue
        files, missing = find_files([entry], recursive=recursive, parsed=True)
        if missing:
            raise FileNotFoundError(f"{missing[0]}: no such file or folder")
        for file in files:
            if file.suffix.lower() in PARSED_SUFFIXES:
                documents.extend(read_parsed(file))
            else:
                documents.append(parse_file(file, strict=strict))
    return documents
