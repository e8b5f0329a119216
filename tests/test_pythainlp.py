"""thaiplan._pythainlp: pythainlp's word list and provinces read without importing pythainlp."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import thaiplan
from thaiplan import _pythainlp
from thaiplan._pythainlp import pythainlp_module, pythainlp_provinces, pythainlp_words


def test_words_are_pythainlps_thai_words() -> None:
    words = pythainlp_words()
    assert words == pythainlp_module("pythainlp.corpus").thai_words()
    assert {"สำนักงาน", "การศึกษา", "ยุทธศาสตร์"} <= words


def test_provinces_are_pythainlps_provinces() -> None:
    provinces = pythainlp_provinces()
    assert provinces == pythainlp_module("pythainlp.corpus").provinces()
    assert len(provinces) == 77 and {"ชุมพร", "บึงกาฬ"} <= provinces


@pytest.mark.parametrize("missing", ["file", "package"])
@pytest.mark.parametrize(("read", "constant", "asked"), [
    (pythainlp_words, "_WORDS_FILE", "thai_words"),
    (pythainlp_provinces, "_PROVINCES_FILE", "provinces"),
])
def test_corpus_files_fall_back_to_pythainlp(monkeypatch: pytest.MonkeyPatch, missing: str,
                                             read: Any, constant: str, asked: str) -> None:
    if missing == "file":
        monkeypatch.setattr(_pythainlp, constant, "no_such_file.txt")
    else:
        monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    assert read.__wrapped__() == getattr(pythainlp_module("pythainlp.corpus"), asked)()


def test_parsing_damaged_text_does_not_import_pythainlp(tmp_path: Path) -> None:
    """PDF repair (the dictionary) and mark fixing run, pythainlp stays unimported
    and creates no data folder."""
    script = textwrap.dedent("""
        import sys
        import thaiplan
        doc = thaiplan.parse_text("สพม.ลำปาง ลำพูน\\nพันธกิจ\\n๑. ส ำนักงานกำรศึกษำ ที่่ดี\\n"
                                  "๒. ดิจิิทัล เเปลก")
        print(doc.office.name, [item.text for item in doc.items("mission")])
        print(sorted(m for m in sys.modules if m.startswith("pythainlp")))
    """)
    env = {**os.environ, "HOME": str(tmp_path), "PYTHAINLP_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(Path(thaiplan.__file__).parents[1])}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, check=True).stdout.splitlines()
    assert out == ["สพม.ลำปาง ลำพูน ['สำนักงานการศึกษา ที่ดี', 'ดิจิทัล แปลก']", "[]"]
    assert not any(tmp_path.iterdir())
