"""Pages written after real ones that the development corpus does not cover.

``tests/data/realworld/{a,b,c,d}/`` hold 90 pages in the corpus label format
(``../shared/corpus/README.md``): area-office and ministry pages (a), school pages (b),
text of PDF and Word plans and pages of other agencies (c) — emoji and symbol bullets,
headings with qualifiers and glosses, running headers and page numbers inside items,
site menus and footers, PDF damage — and web pages of every kind of office, mostly HTML
(d): headings with open-ended qualifiers and glued decoration, and lines that mention a
heading word but are sentences, lead-ins or items. Every labelled section must parse exactly, except
the ones listed in ``known_misses.json``; a listed section that starts to parse
exactly fails too, so that the list only shrinks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import thaiplan
from conftest import load_labels, section_matches

REALWORLD = Path(__file__).parent / "data" / "realworld"
KNOWN_MISSES: dict[str, str] = json.loads(
    (REALWORLD / "known_misses.json").read_text(encoding="utf-8"))


def _cases() -> list[tuple[str, dict[str, Any]]]:
    return [(f"{folder.name}/{label['file']}", label)
            for folder in sorted(p for p in REALWORLD.iterdir() if p.is_dir())
            for label in load_labels(folder / "labels.json")]


def section_id(page: str, want: dict[str, Any]) -> str:
    return f"{page}#{want['kind']}:{want['heading']}"


@pytest.mark.parametrize(("page", "label"), _cases(), ids=[c[0] for c in _cases()])
def test_sections_parse_as_labelled(page: str, label: dict[str, Any]) -> None:
    doc = thaiplan.parse_file(REALWORLD / page)
    unused = list(doc.sections)
    wrong, fixed = [], []
    for want in label["sections"]:
        found = next((got for got in unused if section_matches(want, got)), None)
        if found is not None:
            unused.remove(found)
        known = section_id(page, want) in KNOWN_MISSES
        if found is None and not known:
            wrong.append(want["heading"])
        elif found is not None and known:
            fixed.append(want["heading"])
    assert not wrong, f"sections that no longer parse as labelled: {wrong}"
    assert not fixed, f"known misses that now parse: remove them from known_misses.json: {fixed}"


def test_known_misses_name_labelled_sections() -> None:
    ids = {section_id(page, want) for page, label in _cases() for want in label["sections"]}
    assert set(KNOWN_MISSES) <= ids
    assert all(reason.strip() for reason in KNOWN_MISSES.values())
