"""The benchmark scripts run end to end (on a tiny corpus) and print every figure."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"


def test_generated_pages_depend_only_on_seed_and_index(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate import generate, page
    finally:
        sys.path.remove(str(BENCHMARKS))
    small = generate(5, tmp_path / "small")
    large = generate(8, tmp_path / "large")
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:5]]
    assert page(3) == page(3)
    assert page(3) != page(4)


def test_scale_prints_every_figure_of_the_issue(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "scale.py"), "--sizes", "40", "--check", "20",
         "--workdir", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    for figure in (
        r"parse, 1 process: .* MB/s .* docs/s .*0 failed",
        r"parse, 2 processes: .* MB/s .* docs/s .*0 failed",
        r"tokenise: thaiplan .* M chars/s .* pythainlp newmm .* M chars/s",
        r"thaiplan: fit .* s, top-5 .* s, peak \+\d+ MB",
        r"top-5 exact for its own model: 20/20 sampled rows equal brute force",
        r"plain recipe: tokenise .* s, fit .* s, top-5 .* s, peak \+\d+ MB",
        r"top-5 overlap thaiplan vs plain: \d+% of neighbour texts",
        r"ratio \(tokenise\+fit\+top-5\): .*x",
        r"whole pipeline parse→top-5: .*x",
    ):
        assert re.search(figure, out), f"missing {figure!r} in:\n{out}"


def test_parse_snapshot_writes_and_checks_every_group(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
    small = ["--generated", "3", "--fuzz", "6", "--no-pdf"]
    script = str(BENCHMARKS / "parse_snapshot.py")
    for mode in ("--write", "--check"):
        done = subprocess.run([sys.executable, script, mode, str(tmp_path), *small], env=env,
                              capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    for group in ("seeds", "realworld", "generated", "perturbed", "adversarial", "fuzz"):
        assert re.search(rf"{group} +\d+ pages, 0 differ", done.stdout), done.stdout
    assert re.search(r"\d+ pages compared, 0 differ", done.stdout)


def test_parse_folder_prints_the_share_of_the_parse(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "parse_folder.py"), "--generated", "5", "--repeat",
         "1", "--no-pdf", "--with", "line-memo", "--without", "repair-caches"],
        env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    assert "tricks: without repair-caches, with line-memo; 1 runs" in out
    assert re.search(r"text pages: \d+ pages, .* pages/s, .* MB/s", out), out
    assert re.search(r"parse, whole folder: median .* end to end .* parse = .* %", out), out
