"""Item markers: the fast first-character table and the inlined match agree with
trying each candidate pattern in turn (the reading the parser's results rest on)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thaiplan.parse.markers import (
    MarkerMatch,
    Style,
    _by_first_char,
    _candidates,
    _read_match,
    match_marker,
)


def _one_pattern_at_a_time(line: str) -> MarkerMatch | None:
    """The reference: each candidate pattern matched and read on its own."""
    group = _candidates(line[0]) if line else None
    for candidate in group.candidates if group else []:
        m = candidate[1].match(line)
        found = _read_match(line, candidate, m, ("m", "n", "sep")) if m else None
        if found is not None:
            return found
    return None


@pytest.mark.parametrize(("first", "styles"), [
    ("1", {Style.NESTED, Style.DOT, Style.CLOSE, Style.BARE}),
    ("๙", {Style.NESTED, Style.DOT, Style.CLOSE, Style.BARE}),
    ("ก", {Style.PREFIX, Style.LETTER}),
    ("ฮ", {Style.PREFIX, Style.LETTER}),
    ("(", {Style.PAREN, Style.LETTER}),
    ("S", {Style.LETTER, Style.WORD}),
    (".", {Style.MISSING}),
    ("•", {Style.BULLET}),
    ("\uf0b7", {Style.BULLET}),  # Wingdings bullet from Word
    ("\uf000", {Style.BULLET}),
    ("-", {Style.BULLET}),
])
def test_first_character_table(first: str, styles: set[Style]) -> None:
    group = _candidates(first)
    assert group is not None
    assert {style for style, _, _ in group.candidates} == styles


@pytest.mark.parametrize("first", [" ", "ะ", "า", "เ", "ๆ", "\u0e2f", "\uf100", "\uefff", "#"])
def test_characters_no_marker_starts_with(first: str) -> None:
    assert _candidates(first) is None
    assert match_marker.__wrapped__(first + "1. ครู") is None


def test_an_empty_line_has_no_marker() -> None:
    assert _candidates("") is None
    assert match_marker.__wrapped__("") is None


def test_the_table_holds_every_thai_consonant_and_wingdings_character() -> None:
    table = _by_first_char()
    assert all(chr(c) in table for c in range(0x0E01, 0x0E2F))
    assert all(table[chr(c)] is table["•"] for c in range(0xF000, 0xF100))


@pytest.mark.parametrize(("line", "expected"), [
    ("๑. จัดการศึกษา", ("๑.", 1, "", "จัดการศึกษา", Style.DOT, (1,))),
    ("12) ส่งเสริม", ("12)", 12, "", "ส่งเสริม", Style.CLOSE, (12,))),
    ("๒.๔ พัฒนาครู", ("๒.๔", 4, "", "พัฒนาครู", Style.NESTED, (2, 4))),
    ("2.05 ของนักเรียน", None),  # a decimal; BARE refuses "2" before ".05" too
    ("ประเด็นยุทธศาสตร์ที่ ๒ : การสร้างโอกาส",
     ("ประเด็นยุทธศาสตร์ที่ ๒", 2, ":", "การสร้างโอกาส", Style.PREFIX, (2,))),
    ("- ให้บริการ", ("-", None, "", "ให้บริการ", Style.BULLET, ())),
    ("C - Compassion", ("C", None, "-", "Compassion", Style.LETTER, ())),
    ("Teamwork      ทำงานเป็นทีม", ("Teamwork", None, "", "ทำงานเป็นทีม", Style.WORD, ())),
])
def test_match_marker_reads_each_style(line: str, expected: tuple[object, ...] | None) -> None:
    assert match_marker.__wrapped__(line) == (MarkerMatch(*expected) if expected else None)  # type: ignore[arg-type]


_PIECES = st.sampled_from([
    "1", "๒", "0", "๐", "12", "3", ".", ")", "(", " ", "  ", "\t", "-", "–", ":", "：", "=",
    "ข้อ", "ที่", "ยุทธศาสตร์ที่", "ประเด็นกลยุทธ์ที่", "ข้อที่", "S", "Team", "ab", "ก", "ข.",
    "a", "ครู", "ปี", "ปีที่", "ร้อยละ", "คน", "%", "•", "*", "\uf0b7", "๏", ".5", "31", "\"",
])


@pytest.mark.parametrize("line", [
    "2.50 ของนักเรียน", "1.0 ก", "๒.๐๕ ร้อยละ", "3.31) ครู", "2.05 ของนักเรียน", "0.5 ก"])
def test_decimals_are_not_nested_markers(line: str) -> None:
    assert match_marker.__wrapped__(line) == _one_pattern_at_a_time(line)
    m = match_marker(line)
    assert m is None or m.style != "nested"


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(_PIECES, max_size=8).map("".join), st.text(max_size=12)))
def test_inlined_match_equals_trying_each_pattern_in_turn(line: str) -> None:
    assert match_marker.__wrapped__(line) == _one_pattern_at_a_time(line)


@settings(max_examples=200)
@given(st.lists(_PIECES, min_size=1, max_size=8).map("".join))
def test_marker_group_never_holds_outer_whitespace(line: str) -> None:
    found = match_marker.__wrapped__(line)
    if found is not None:
        assert found.marker == found.marker.strip() != ""
