"""Reading limits (thaiplan.read.ReadOptions): Word zip bombs, file size, time; each breach
a clear error naming the file and the limit, and a batch that goes on."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from thaiplan import parse_file
from thaiplan.batch import ParseFailure, parse_many
from thaiplan.cli import main
from thaiplan.errors import LimitExceededError, UndecodableFileError
from thaiplan.read import ReadOptions, read_document

docx = pytest.importorskip("docx")

_TEXT = ("<w:p><w:r><w:t>ยุทธศาสตร์ที่ 1 พัฒนาคุณภาพการศึกษาให้ผู้เรียนมีสมรรถนะ"
         + " " * 3000 + "</w:t></w:r></w:p>")


def _bomb(unpacked: int, *, padding: str = _TEXT) -> bytes:
    """A valid Word file whose ``word/document.xml`` unpacks to about ``unpacked`` bytes."""
    template = io.BytesIO()
    docx.Document().save(template)
    source = zipfile.ZipFile(template)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info, source.read(info.filename))
                continue
            body = padding * max(1, unpacked // len(padding.encode()))
            archive.writestr(
                info, '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                      f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    return out.getvalue()


def _declare(data: bytes, member: str, size: int) -> bytes:
    """``data`` with ``member``'s uncompressed size set to ``size`` in both zip headers."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from read_limits import lie_about_size
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return lie_about_size(data, member, size)


def _good_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("พันธกิจ")
    document.add_paragraph("จัดการศึกษาให้ทั่วถึง", style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- Word packages ----------------------------------------------------------------------

def test_a_bomb_is_refused_by_its_declared_size(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(_bomb(3_000_000))
    started = time.perf_counter()
    with pytest.raises(LimitExceededError, match=(
            r"bomb\.docx: unpacks to [\d,]+ bytes, more than the limit of 1,000,000 "
            r"\(ReadOptions\.max_unpacked_bytes\)")):
        read_document(path, options=ReadOptions(max_unpacked_bytes=1_000_000))
    assert time.perf_counter() - started < 1


def test_a_bomb_that_lies_about_its_size_is_refused_as_it_inflates(tmp_path: Path) -> None:
    data = _bomb(3_000_000)
    lying = _declare(data, "word/document.xml", 20_000)
    assert zipfile.ZipFile(io.BytesIO(lying)).getinfo("word/document.xml").file_size == 20_000
    path = tmp_path / "liar.docx"
    path.write_bytes(lying)
    with pytest.raises(LimitExceededError, match=(
            r"liar\.docx: unpacks to more than the limit of 1,000,000 bytes "
            r"\(ReadOptions\.max_unpacked_bytes\); part word/document\.xml declares 20,000")):
        read_document(path, options=ReadOptions(max_unpacked_bytes=1_000_000))
    # under the limit, a part that unpacks to more than it declares is a broken file
    with pytest.raises(UndecodableFileError, match=r"liar\.docx: not a readable \.docx.*"
                                                   r"declares 20,000 bytes and unpacks to"):
        read_document(path)


def test_a_part_compressed_beyond_any_real_word_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dense.docx"
    path.write_bytes(_bomb(6 * 2**20, padding=" " * 4096))
    with pytest.raises(LimitExceededError, match=(
            r"dense\.docx: part word/document\.xml is compressed [\d,]+ times .* more than "
            r"the limit of 500")):
        read_document(path)


def test_a_package_of_too_many_parts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "parts.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(10_001):
            archive.writestr(f"word/media/{n}.xml", "")
    with pytest.raises(LimitExceededError, match=r"parts\.docx: 10,001 parts in the package, "
                                                 r"more than the limit of 10,000"):
        read_document(path)


def test_a_good_word_file_passes_the_checks() -> None:
    assert read_document(_good_docx(), format="docx").text == "พันธกิจ\n1. จัดการศึกษาให้ทั่วถึง"


def test_not_a_zip_is_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(UndecodableFileError, match=r"broken\.docx: not a readable \.docx"):
        read_document(path)


# --- size and time ------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_text_and_web_pages_larger_than_max_bytes_are_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes("<p>วิสัยทัศน์</p>".encode() * 1000)
    with pytest.raises(LimitExceededError, match=(
            rf"{name}: 37,000 bytes, more than the limit of 20,000 \(ReadOptions\.max_bytes\)")):
        read_document(path, options=ReadOptions(max_bytes=20_000))
    assert read_document(path, options=ReadOptions(max_bytes=37_000)).text


@pytest.mark.parametrize(("name", "where"), [("plan.docx", "part"), ("page.html", "parsing")])
def test_reading_past_max_seconds_is_stopped(tmp_path: Path, name: str, where: str) -> None:
    path = tmp_path / name
    path.write_bytes(_good_docx() if name.endswith(".docx") else "<p>พันธกิจ</p>".encode())
    with pytest.raises(LimitExceededError, match=(
            rf"{name}: reading took \d+ s at {where}.*more than the limit of 1e-09 s "
            r"\(ReadOptions\.max_seconds\)")):
        read_document(path, options=ReadOptions(max_seconds=1e-9))


def test_parse_file_passes_its_options_to_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("พันธกิจ\n1. จัดการศึกษา", encoding="utf-8")
    assert parse_file(path).sections
    with pytest.raises(LimitExceededError, match="max_bytes"):
        parse_file(path, options=ReadOptions(max_bytes=10))


# --- a batch goes on ------------------------------------------------------------------------

def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("พันธกิจ\n1. จัดการศึกษา\n", encoding="utf-8")
    (folder / "b_bomb.docx").write_bytes(_bomb(3_000_000))
    (folder / "c.docx").write_bytes(_good_docx())
    (folder / "d.html").write_text("<h2>ค่านิยม</h2><ol><li>ซื่อสัตย์</li></ol>", encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_batch_reports_the_bomb_and_parses_the_rest(tmp_path: Path, jobs: int) -> None:
    folder = _folder(tmp_path)
    paths = sorted(folder.iterdir())
    results = list(parse_many(paths, jobs=jobs, options=ReadOptions(max_unpacked_bytes=2**20)))
    assert [type(r).__name__ for r in results] == [
        "PlanDocument", "ParseFailure", "PlanDocument", "PlanDocument"]
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert failure.error == "LimitExceededError"
    assert "b_bomb.docx: unpacks to" in failure.reason and "max_unpacked_bytes" in failure.reason


def test_the_command_line_lists_the_bomb_in_its_errors_and_writes_the_rest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "parsed.jsonl"
    status = main(["parse", str(folder), "-o", str(out), "--max-unpacked-mb", "1",
                   "--max-pages", "50", "--max-seconds", "60"])
    assert status == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    with out.with_name("parsed.jsonl.errors.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["file", "error", "reason"]
    assert [(Path(r[0]).name, r[1]) for r in rows[1:]] == [("b_bomb.docx", "LimitExceededError")]
    assert "more than the limit of 1,048,576 (ReadOptions.max_unpacked_bytes)" in rows[1][2]
    assert "b_bomb.docx" in capsys.readouterr().err


@pytest.mark.parametrize("flag", ["--max-pages=0", "--max-seconds=-1", "--max-unpacked-mb=0"])
def test_limit_flags_must_be_positive(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["parse", str(ROOT / "data" / "raw"), flag])
    assert stopped.value.code == 2
    assert "must be" in capsys.readouterr().err


def test_the_help_names_the_limits_and_ocr(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["parse", "--help"])
    out = capsys.readouterr().out
    for flag in ("--max-pages", "--max-seconds", "--max-unpacked-mb", "--ocr"):
        assert flag in out


# --- the benchmark of the README ------------------------------------------------------------

def test_the_bomb_benchmark_prints_its_figures() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "read_limits.py"), "--megabytes", "300"],
        env={**os.environ, "PYTHAINLP_OFFLINE": "1"}, capture_output=True, text=True,
        timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("bomb: ") and "word/document.xml unpacks to 300 MB" in lines[0]
    refusals = [line for line in lines if "refused in" in line]
    assert len(refusals) == 2
    for line in refusals:
        seconds = float(line.split("refused in ")[1].split(" s")[0])
        peak = int(line.split("peak memory ")[1].split(" MB")[0])
        assert seconds < 2 and peak < 400, line
    assert done.stdout.count("ReadOptions.max_unpacked_bytes") == 2

