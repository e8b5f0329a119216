"""``thaiplan parse``: summaries, JSONL/CSV/Parquet output, errors, atomic output, --resume."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import thaiplan.batch
from thaiplan import parse_file, to_frame
from thaiplan.cli import main
from thaiplan.model import PlanDocument

ROOT = Path(__file__).parents[1]
RAW = ROOT / "data" / "raw"
PAGES = {
    "a.txt": "วิสัยทัศน์\nผู้เรียนมีคุณภาพ\nพันธกิจ\n1. จัดการศึกษาให้ทั่วถึง\n2. พัฒนาครู\n",
    "b.txt": "เป้าประสงค์\n๑. ผู้เรียนอ่านออก\n๒. ครูมีสมรรถนะ\n๒.๑ สอนเชิงรุก\n",
    "c.html": "<h2>ค่านิยม</h2><ul><li>- ซื่อสัตย์</li><li>- รับผิดชอบ</li></ul>",
    "d.txt": "ข่าวประชาสัมพันธ์ โรงเรียนจัดงานวันวิทยาศาสตร์",
}


def _folder(tmp: Path, *, bad: bool = True) -> Path:
    folder = tmp / "pages"
    (folder / "sub").mkdir(parents=True)
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "sub" / "e.txt").write_text("พันธกิจ\n1. บริหารจัดการ\n", encoding="utf-8")
    if bad:
        (folder / "z_binary.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def test_summary_of_the_bundled_pages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(RAW)]) == 0
    out = capsys.readouterr().out
    for name in ("sesao20_mission.txt", "sesao21_about.txt"):
        assert name in out
    assert "secondary area office, area 20" in out
    assert "mission" in out and "items" in out and "numeral_missing" in out
    assert "2 files parsed" in out


def test_errors_are_reported_per_file_and_others_still_parsed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    status = main(["parse", str(folder), str(tmp_path / "nope.txt")])
    captured = capsys.readouterr()
    assert status == 1
    assert "z_binary.txt: not text in any supported encoding" in captured.err
    assert "nope.txt: no such file or folder" in captured.err
    assert "a.txt" in captured.out and "d.txt" in captured.out
    assert "no sections found" in captured.out  # d.txt is a page without sections
    assert "e.txt" not in captured.out  # not recursive
    assert "4 files parsed, 2 failed" in captured.out
    assert main(["parse", str(folder), "--keep-going"]) == 0


def test_jsonl_output_reads_back_as_documents(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "out" / "parsed.jsonl"
    status = main(["parse", str(folder), "--recursive", "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    docs = [PlanDocument.from_dict(json.loads(line)) for line in lines]
    names = sorted(p for p in folder.rglob("*.*") if p.name != "z_binary.txt")
    assert [d.source for d in docs] == [str(p) for p in sorted(names, key=str)]
    for doc in docs:
        assert doc == parse_file(doc.source)
    report = out.with_name("parsed.jsonl.errors.csv")
    rows = list(csv.reader(report.open(encoding="utf-8")))
    assert rows[0] == ["file", "error", "reason"]
    assert [r[:2] for r in rows[1:]] == [[str(folder / "z_binary.txt"), "UndecodableFileError"]]
    assert "5 documents written" in err and "1 failed" in err and "errors.csv" in err
    assert sorted(p.name for p in out.parent.iterdir()) == ["parsed.jsonl",
                                                            "parsed.jsonl.errors.csv"]
    # a clean rerun removes the stale error report
    (folder / "z_binary.txt").unlink()
    assert main(["parse", str(folder), "-r", "-o", str(out)]) == 0
    assert not report.exists()


def test_csv_and_parquet_hold_the_item_table(tmp_path: Path) -> None:
    folder = _folder(tmp_path, bad=False)
    docs = [parse_file(folder / n) for n in sorted(PAGES)]
    expected = to_frame(docs)
    assert main(["parse", str(folder), "-o", str(tmp_path / "items.csv"), "-q"]) == 0
    import pandas as pd

    table = pd.read_csv(tmp_path / "items.csv", dtype=str, keep_default_na=False)
    assert list(table.columns) == ["source", "sha256", *expected.columns[1:]]
    assert table["text"].tolist() == expected["text"].tolist()
    assert table["marker"].tolist() == expected["marker"].tolist()
    assert set(table["sha256"]) == {d.sha256 for d in docs if d.sections and any(
        s.items for s in d.sections)}
    pytest.importorskip("pyarrow")
    assert main(["parse", str(folder), "-o", str(tmp_path / "items.parquet"), "-q"]) == 0
    frame = pd.read_parquet(tmp_path / "items.parquet")
    pd.testing.assert_frame_equal(frame.drop(columns="sha256"), expected)


def test_format_without_output_goes_to_stdout(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path, bad=False)
    assert main(["parse", str(folder / "a.txt"), "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"] == str(folder / "a.txt")
    assert main(["parse", str(folder / "b.txt"), "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("source,sha256,unit,owner,quoted,office")
    assert len(out) == 4  # header + 3 items (2 top-level, 1 child)
    assert main(["parse", str(folder), "--format", "parquet"]) == 2


def _interrupt_after(monkeypatch: pytest.MonkeyPatch, count: int) -> list[str]:
    """Make parse_many stop with KeyboardInterrupt after ``count`` results."""
    real = thaiplan.batch.parse_many
    seen: list[str] = []

    def stopping(paths: Any, **kwargs: Any) -> Any:
        for i, result in enumerate(real(paths, **kwargs)):
            if i == count:
                raise KeyboardInterrupt
            seen.append(result.source)
            yield result

    monkeypatch.setattr(thaiplan.batch, "parse_many", stopping)
    return seen


def _parsed_sources(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    real = thaiplan.batch._parse_one
    calls: list[str] = []

    def counting(path: str, *args: Any) -> Any:
        calls.append(path)
        return real(path, *args)

    monkeypatch.setattr(thaiplan.batch, "_parse_one", counting)
    return calls


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_resume_after_an_interrupted_run_equals_a_clean_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    folder = _folder(tmp_path)
    clean = tmp_path / f"clean{suffix}"
    main(["parse", str(folder), "-r", "-o", str(clean), "-q"])
    out = tmp_path / f"resumed{suffix}"
    with monkeypatch.context() as patch:
        _interrupt_after(patch, 3)
        with pytest.raises(KeyboardInterrupt):
            main(["parse", str(folder), "-r", "-o", str(out), "-q"])
    assert not out.exists()  # never half-written
    partial = out.with_name(out.name + ".partial")
    assert len(partial.read_text(encoding="utf-8").splitlines()) == 3
    calls = _parsed_sources(monkeypatch)
    assert main(["parse", str(folder), "-r", "-o", str(out), "-q", "--resume"]) == 1
    assert out.read_bytes() == clean.read_bytes()
    assert not partial.exists()
    assert len(calls) == 3  # 2 good pages and the bad one; the first 3 were kept
    # resuming a finished output parses only what is new or changed
    (folder / "new.txt").write_text("พันธกิจ\n1. ใหม่\n", encoding="utf-8")
    (folder / "a.txt").write_text(PAGES["a.txt"] + "3. เพิ่ม\n", encoding="utf-8")
    calls.clear()
    main(["parse", str(folder), "-r", "-o", str(out), "-q", "--resume"])
    again = ["a.txt", "new.txt", "z_binary.txt"]
    if suffix == ".csv":  # the item table has no row for a page without items
        again.insert(1, "d.txt")
    assert sorted(Path(c).name for c in calls) == again
    main(["parse", str(folder), "-r", "-o", str(clean), "-q"])
    assert out.read_bytes() == clean.read_bytes()


def test_resume_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(RAW), "--resume"]) == 2
    assert "--resume needs -o" in capsys.readouterr().err


def test_jobs_give_the_same_output(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    main(["parse", str(folder), "-r", "-o", str(tmp_path / "one.jsonl"), "-q"])
    main(["parse", str(folder), "-r", "-o", str(tmp_path / "two.jsonl"), "-q", "--jobs", "2"])
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_piped_run_has_no_progress_bar(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "thaiplan", "parse", str(folder), "-r",
         "-o", str(tmp_path / "p.jsonl")],
        capture_output=True, text=True, encoding="utf-8", env=env, check=False, timeout=120)
    assert done.returncode == 1
    assert "it/s" not in done.stderr and "file/s" not in done.stderr and "\r" not in done.stderr
    assert done.stderr.count("\n") == 2  # the failed file, then the summary line
    assert "5 documents written" in done.stderr
