"""thaiplan._pythainlp: pythainlp's word list read without importing pythainlp."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import thaiplan
from thaiplan import _pythainlp
from thaiplan._pythainlp import pythainlp_module, pythainlp_words


def test_words_are_pythainlps_thai_words() -> None:
    words = pythainlp_words()
    assert words == pythainlp_module("pythainlp.corpus").thai_words()
    assert {"สำนักงาน", "การศึกษา", "ยุทธศาสตร์"} <= words


@pytest.mark.parametrize("missing", ["file", "package"])
def test_words_fall_back_to_pythainlp(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    if missing == "file":
        monkeypatch.setattr(_pythainlp, "_WORDS_FILE", "corpus/no_such_words_th.txt")
    else:
        monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    words = pythainlp_words.__wrapped__()
    assert words == pythainlp_module("pythainlp.corpus").thai_words()


def test_parsing_damaged_text_does_not_import_pythainlp(tmp_path: Path) -> None:
    """PDF repair (the dictionary) and mark fixing run, pythainlp stays unimported
    and creates no data folder."""
    script = textwrap.dedent("""
        import sys
        import thaiplan
        doc = thaiplan.parse_text("พันธกิจ\\n๑. ส ำนักงานกำรศึกษำ ที่่ดี\\n๒. ดิจิิทัล เเปลก")
        print([item.text for item in doc.items("mission")])
        print(sorted(m for m in sys.modules if m.startswith("pythainlp")))
    """)
    env = {**os.environ, "HOME": str(tmp_path), "PYTHAINLP_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(Path(thaiplan.__file__).parents[1])}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, check=True).stdout.splitlines()
    assert out == ["['สำนักงานการศึกษา ที่ดี', 'ดิจิทัล แปลก']", "[]"]
    assert not any(tmp_path.iterdir())
