"""The benchmark scripts run end to end (on a tiny corpus) and print every figure."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SHARED

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


def _figure() -> str:
    """A figure of eval_align's table: without ``../shared`` the columns of the shared
    development pairs have none (``–``)."""
    return r"\d\.\d{3}" if SHARED.exists() else r"(?:\d\.\d{3}|–)"


def test_eval_align_prints_the_cross_validated_table() -> None:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "eval_align.py"), "--limit", "3",
         "--only", "default|baseline"],
        env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    assert re.search(r"leave-one-pair-out CV; 3 held-out pairs", out), out
    number = _figure()
    for row in (r"default: tfidf \(words 0\.3 \+ character n-grams of terms 0\.7\)\s+merge",
                r"baseline: plain character 2-4-gram TF-IDF\s+mutual",
                r"baseline: plain newmm word TF-IDF\s+mutual"):
        assert re.search(row + rf"(\s+{number}){{12}}", out), f"missing {row!r} in:\n{out}"


def test_judged_sets_are_large_enough_and_consistent() -> None:
    import json

    for name, pairs, gold in (("align_heldout.json", 24, 120), ("align_dev.json", 18, 90)):
        data = json.loads((BENCHMARKS / "data" / name).read_text(encoding="utf-8"))
        assert len(data) >= pairs
        assert sum(len(p["matches"]) for p in data) >= gold
        kinds = {m["type"] for p in data for m in p["matches"]}
        assert kinds == {"copy", "reworded", "merge", "split"}
        for p in data:
            seen = {(m["a"], m["b"]) for m in p["matches"]}
            assert len(seen) == len(p["matches"])
            assert all(0 <= a < len(p["a"]["items"]) and 0 <= b < len(p["b"]["items"])
                       for a, b in seen)
            assert p["kind"] and p["a"]["kind"] and p["b"]["kind"]
            assert all(m["note"] for m in p["matches"])


def test_eval_align_prints_rows_of_generic_signals() -> None:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "eval_align.py"), "--limit", "2",
         "--only", r"generic, (tfidf \+ list-position|Thai WordNet synsets)"],
        env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    number = _figure()
    for row in (r"generic, tfidf \+ list-position prior \(0-0\.1\)\s+merge",
                r"generic, Thai WordNet synsets in the word vectors \(0\.1/0\.2/0\.4\)\s+merge"):
        assert re.search(row + rf"(\s+{number}){{12}}\s+t=\d\.\d\d, merge=\d\.\d\d, \S+", out), \
            f"missing {row!r} in:\n{out}"


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
