"""Batch parsing (thaiplan.batch.parse_many): one result per input, in order, on any executor."""

from __future__ import annotations

import io
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _pdf import make_pdf
from thaiplan.batch import ParseFailure, parse_many
from thaiplan.model import PlanDocument

CORPUS = Path(__file__).parents[1] / ".." / "shared" / "corpus"

PAGE = "วิสัยทัศน์\nผู้เรียนมีคุณภาพ\nพันธกิจ\n1. จัดการศึกษาให้ทั่วถึง\n2. พัฒนาครู\n"


def _mixed_folder(tmp: Path) -> list[Path]:
    """Good pages in every format, and bad inputs (the shared ones when present)."""
    paths = []
    (tmp / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp / "b.htm").write_bytes(
        "<h3>เป้าประสงค์</h3><p>๑. ผู้เรียนอ่านออก</p><p>๒. ครูมีสมรรถนะ</p>".encode("cp874"))
    (tmp / "c.pdf").write_bytes(make_pdf([["พันธกิจ", "1. ส่งเสริมคุณธรรม", "- 1 -"]]))
    (tmp / "d.txt").write_bytes(bytes(range(256)) * 8)
    (tmp / "e.pdf").write_bytes(b"%PDF-1.4 broken")
    paths += [tmp / n for n in ("a.txt", "b.htm", "c.pdf", "d.txt", "e.pdf")]
    paths.append(tmp / "missing.txt")
    try:
        import docx

        document = docx.Document()
        document.add_paragraph("ค่านิยม")
        document.add_paragraph("ซื่อสัตย์", style="List Number")
        buffer = io.BytesIO()
        document.save(buffer)
        (tmp / "f.docx").write_bytes(buffer.getvalue())
        paths.append(tmp / "f.docx")
    except ImportError:
        pass
    bad = CORPUS / "bad"
    if bad.is_dir():
        paths += sorted(bad.glob("*.txt"))
    return paths


def _kinds(results: list[Any]) -> list[str]:
    return [type(r).__name__ for r in results]


def _same(a: list[Any], b: list[Any]) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert type(x) is type(y)
        assert x.to_dict() == y.to_dict()


def test_mixed_folder_gives_one_result_per_input_in_order(tmp_path: Path) -> None:
    paths = _mixed_folder(tmp_path)
    results = list(parse_many(paths))
    assert len(results) == len(paths)
    for path, result in zip(paths, results, strict=True):
        assert result.source == str(path)
    by_name = {Path(r.source).name: r for r in results}
    assert isinstance(by_name["a.txt"], PlanDocument)
    assert [s.kind.value for s in by_name["a.txt"].sections] == ["vision", "mission"]
    assert [i.text for i in by_name["b.htm"].items("goals")] == ["ผู้เรียนอ่านออก",
                                                                 "ครูมีสมรรถนะ"]
    assert [i.marker for i in by_name["c.pdf"].items("mission")] == ["1."]
    for name, error in (("d.txt", "UndecodableFileError"), ("e.pdf", "UndecodableFileError"),
                        ("missing.txt", "FileNotFoundError")):
        failure = by_name[name]
        assert isinstance(failure, ParseFailure)
        assert failure.error == error
        assert name in failure.reason
    assert by_name["d.txt"].sha256 is not None
    assert by_name["missing.txt"].sha256 is None
    if "f.docx" in by_name:
        assert [i.marker for i in by_name["f.docx"].items("values")] == ["1."]
    if "random_binary.txt" in by_name:
        assert isinstance(by_name["random_binary.txt"], ParseFailure)
        for name in ("empty.txt", "whitespace_only.txt", "news_no_sections.txt",
                     "cp874_invalid_bytes.txt"):
            doc = by_name[name]
            assert isinstance(doc, PlanDocument) and doc.warnings, name


def test_processes_give_the_same_results_as_one_process(tmp_path: Path) -> None:
    paths = _mixed_folder(tmp_path)
    _same(list(parse_many(paths, jobs=2, chunksize=2)), list(parse_many(paths, jobs=1)))


def test_any_executor_works(tmp_path: Path) -> None:
    paths = _mixed_folder(tmp_path)
    with ThreadPoolExecutor(max_workers=2) as pool:
        threaded = list(parse_many(paths, executor=pool, chunksize=1))
    _same(threaded, list(parse_many(paths)))


def test_dask_local_cluster_gives_the_same_results(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    paths = _mixed_folder(tmp_path)
    expected = list(parse_many(paths, jobs=1))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        results = list(parse_many(paths, executor=client.get_executor(), chunksize=3))
    _same(results, expected)


class _BrokenExecutor(Executor):
    """Every task fails as if its worker died."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(RuntimeError("worker lost"))
        return future


def test_a_dead_worker_fails_its_files_not_the_batch(tmp_path: Path) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for p in paths:
        p.write_text(PAGE, encoding="utf-8")
    results = list(parse_many(paths, executor=_BrokenExecutor()))
    assert _kinds(results) == ["ParseFailure", "ParseFailure"]
    assert all("worker lost" in r.reason and r.source in r.reason for r in results)


@settings(max_examples=20, deadline=None)
@given(pattern=st.lists(st.booleans(), max_size=12), chunksize=st.integers(1, 4))
def test_order_is_kept_whatever_the_chunking(tmp_path_factory: pytest.TempPathFactory,
                                             pattern: list[bool], chunksize: int) -> None:
    folder = tmp_path_factory.mktemp("order")
    paths = []
    for i, good in enumerate(pattern):
        path = folder / f"{i}.txt"
        path.write_bytes(PAGE.encode() if good else bytes(range(256)) * 4)
        paths.append(path)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(parse_many(iter(paths), executor=pool, chunksize=chunksize))
    assert [r.source for r in results] == [str(p) for p in paths]
    assert [isinstance(r, PlanDocument) for r in results] == pattern


def test_strict_turns_warnings_into_failures(tmp_path: Path) -> None:
    path = tmp_path / "gap.txt"
    path.write_text("พันธกิจ\n1. จัดการศึกษา\n3. พัฒนาครู\n", encoding="utf-8")
    assert isinstance(next(parse_many([path])), PlanDocument)
    failure = next(parse_many([path], strict=True))
    assert isinstance(failure, ParseFailure) and failure.error == "ParseError"
    assert "gap.txt" in failure.reason


def test_failure_round_trips_through_dict() -> None:
    failure = ParseFailure("x.pdf", "x.pdf: encrypted", "UndecodableFileError", "ab" * 32)
    assert ParseFailure.from_dict(failure.to_dict()) == failure
    assert str(failure) == "x.pdf: encrypted"


@pytest.mark.parametrize(("kwargs", "message"), [({"jobs": 0}, "jobs"), ({"jobs": -2}, "jobs"),
                                                 ({"chunksize": 0}, "chunksize")])
def test_bad_arguments(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(parse_many([], **kwargs))  # type: ignore[arg-type]


def test_empty_input_gives_nothing() -> None:
    assert list(parse_many([], jobs=2)) == []


def test_find_files_and_load_documents_read_folders_and_parsed_output(tmp_path: Path) -> None:
    import thaiplan
    from thaiplan.batch import find_files, load_documents

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("วิสัยทัศน์\nผู้เรียนมีคุณภาพ", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("พันธกิจ\n1. จัดการศึกษา", encoding="utf-8")
    (tmp_path / "README.md").write_text("notes", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    parsed = tmp_path / "parsed.jsonl"
    parsed.write_text(thaiplan.parse_file(tmp_path / "a.txt").to_json() + "\n", encoding="utf-8")

    assert find_files([tmp_path])[0] == [tmp_path / "a.txt"]
    assert find_files([tmp_path], recursive=True)[0] == [
        tmp_path / "a.txt", tmp_path / "sub" / "b.txt"]
    assert find_files([tmp_path], parsed=True)[0] == [tmp_path / "a.txt", parsed]
    assert find_files([tmp_path / "nope"]) == ([], [str(tmp_path / "nope")])
    docs = load_documents([tmp_path], recursive=True)
    assert [d.sections[0].kind.value for d in docs] == ["vision", "vision", "mission"]
    assert docs[0] == docs[1]  # the parsed copy reads back identical, without re-parsing
