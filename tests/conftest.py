"""Shared test helpers: where the bundled and shared data live, label comparison."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
DATA_RAW = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED_LABELS = Path(__file__).parent / "data" / "seed_labels.json"

_WS = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+")


def squeeze(text: str | None) -> str:
    """Whitespace-insensitive form, as the shared label checker compares strings."""
    return _WS.sub("", text or "")


def label_forms(text: str) -> set[str]:
    """A label string as written and as thaiplan's own normaliser repairs it."""
    import thaiplan

    return {squeeze(text), squeeze(thaiplan.normalize(text))}


def items_match(want: list[dict[str, Any]], got: Any) -> bool:
    got = list(got)
    if len(want) != len(got):
        return False
    return all(
        squeeze(w["marker"]) == squeeze(g.marker)
        and w["number"] == g.number
        and squeeze(g.text) in label_forms(w["text"])
        and items_match(w.get("children", []), g.children)
        for w, g in zip(want, got, strict=True)
    )


def section_matches(want: dict[str, Any], got: Any) -> bool:
    """Exact match in the sense of the corpus conventions (shared/corpus/README.md)."""
    if got.kind.value != want["kind"] or squeeze(got.heading) not in label_forms(want["heading"]):
        return False
    if want["items"]:
        return items_match(want["items"], got.items)
    return not got.items and squeeze(got.text) in label_forms(want["text"])


def load_labels(path: Path) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not (CORPUS / "parse" / "labels.json").exists():
        pytest.skip("the shared development corpus (../shared/corpus) is not present")
    return CORPUS
