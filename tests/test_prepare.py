"""The parser's text preparation (``_prepare``): its per-line cache gives the text that
preparing every line afresh gives, whatever the pages seen before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thaiplan._memo import BoundedMemo
from thaiplan.normalize import (
    compose_sara_am,
    fix_thai_marks,
    normalize_newlines,
    remove_invisible,
    repair_pdf_text,
)
from thaiplan.parse import parser


def _plain_prepare(text: str) -> tuple[list[str], int | None]:
    """``_prepare`` by its definition: every step on the whole text, nothing cached."""
    text = remove_invisible(normalize_newlines(text))
    cleaned = "".join(" " if ch in parser._SPACES else ch for ch in text)
    fixed = fix_thai_marks(compose_sara_am(cleaned))
    repaired = repair_pdf_text(fixed)
    lines = repaired.split("\n")
    damaged = [before != after for before, after in zip(fixed.split("\n"), lines, strict=True)]
    return lines, (damaged.index(True) + 1 if True in damaged else None)


@pytest.fixture
def empty_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser, "_LINES", BoundedMemo(1 << 16, max_key_length=parser._CACHED))


@pytest.mark.usefixtures("empty_cache")
@pytest.mark.parametrize("pages", [
    # the same line indented differently (NBSP or spaces), then alone
    ["\u00a0\u00a0\u00a0\u00a0(๑) พัฒนาคุณภาพผู้เรียน\n", "  (๑) พัฒนาคุณภาพผู้เรียน  ",
     "(๑) พัฒนาคุณภาพผู้เรียน"],
    # a line that pythainlp strips (it starts with a mark): never put between spaces
    ["\u0e48างทั่วถึง", "\u00a0\u00a0\u0e48างทั่วถึง", "   \u0e48างทั่วถึง  "],
    ["  \u00a0\u0e48างทั่วถึง", "\u0e48างทั่วถึง"],
    # a mark out of place that pythainlp does not get (after a digit): between spaces
    ["  ๑\u0e48 ก ", "๑\u0e48 ก", "\u00a0๑\u0e48 ก"],
    # PDF damage, repaired, inside indentation; the line after is reported damaged
    ["วิสัยทัศน์\n  ส ำนักงานเขตพื้นที่กำรศึกษำ  ", "ส ำนักงานเขตพื้นที่กำรศึกษำ\nx",
     "ก\n\u00a0ส ำนักงานเขตพื้นที่กำรศึกษำ"],
    # invisible characters and Unicode spaces next to the indentation
    ["  \u200b ก\u3000", "\u200b ก\u3000 ", "\u00a0\u00a0"],
])
def test_cached_pages_are_prepared_as_afresh(pages: list[str]) -> None:
    for text in pages:
        assert parser._prepare(text) == _plain_prepare(text)
        assert parser._prepare(text) == _plain_prepare(text)  # now from the cache


_PIECES = st.sampled_from([
    "ก", "สำนักงาน", "การศึกษา", "ที่", "เป็น", "ผู้เรียน", "ส ำนัก", "กำร", "ศึกษำ", "เป็ น",
    "ผู้ป่ วย", "ที่ ได้", "ก็ ได้", "\u0e48", "\u0e34", "\u0e4d\u0e32", "เเ", "าา", "ๅ", "๑.",
    "1)", " ", "  ", "\u00a0", "\u00a0\u00a0", "\t", "\u200b", "\u3000", "\u2003", "x",
])
_LINE = st.lists(_PIECES, max_size=8).map("".join)
_PAGE = st.lists(_LINE, min_size=1, max_size=5).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PAGE, min_size=1, max_size=6), st.integers(1, 6))
def test_any_pages_in_any_order_are_prepared_as_afresh(pages: list[str], size: int) -> None:
    with pytest.MonkeyPatch.context() as mp:
        # a tiny cache: generations turn over, lines move from the old one back
        mp.setattr(parser, "_LINES", BoundedMemo(size, max_key_length=parser._CACHED))
        for text in pages + pages[::-1]:
            assert parser._prepare(text) == _plain_prepare(text)


@given(st.text(alphabet=st.sampled_from(
    "ก \u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u3000\u2003\u202f\x0b\x0c\t\r\u2028"),
    max_size=30))
def test_clean_is_its_definition(text: str) -> None:
    text = text.replace("\u00a0", " ")  # as _prepare hands it over
    expected = "".join(" " if ch in parser._SPACES else ch
                       for ch in remove_invisible(normalize_newlines(text)))
    assert (parser._clean(text) if parser._SPECIAL.search(text) else text) == expected
