"""Normalisation steps: each one on real Thai input, and the chain's properties."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import thaiplan
from thaiplan.errors import UnknownChoiceError
from thaiplan.normalize import (
    arabic_to_thai_digits,
    compose_sara_am,
    fix_thai_marks,
    normalize,
    normalize_newlines,
    normalize_spaces,
    remove_invisible,
    squash,
    thai_to_arabic_digits,
)


@pytest.mark.parametrize(("step", "given_", "expected"), [
    (normalize_newlines, "ก\r\nข\rค\u2028ง", "ก\nข\nค\nง"),
    (remove_invisible, "นวัต\u200bกรรม\u200c\u200d\u2060\ufeff", "นวัตกรรม"),
    (normalize_spaces, "\u00a0\u00a0๑.\tจัด\u3000การ  \n  ข ", "๑. จัด การ\nข"),
    (compose_sara_am, "ส\u0e4d\u0e32นัก น\u0e4d\u0e49\u0e32", "สำนัก น้ำ"),
    (fix_thai_marks, "ที่่ ดิจิิทัล เเปลก", "ที่ ดิจิทัล แปลก"),
    (thai_to_arabic_digits, "เขต ๒๐ พ.ศ. ๒๕๖๗", "เขต 20 พ.ศ. 2567"),
    (arabic_to_thai_digits, "เขต 20", "เขต ๒๐"),
    (squash, " ก\n\n ข\u00a0 ค ", "ก ข ค"),
])
def test_each_step(step, given_: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert step(given_) == expected


@pytest.mark.parametrize("word", [
    "ที่", "น้ำ", "สำนักงาน", "กำหนด", "ผู้เรียน", "เป็น", "ก็", "ศตวรรษที่ ๒๑", "ค่านิยม",
    "ประสิทธิภาพ", "ธรรมาภิบาล", "ฤๅษี", "เศรษฐกิจพอเพียง", "ภาคีเครือข่าย",
])
def test_correct_words_are_left_alone(word: str) -> None:
    assert normalize(word) == word


def test_digits_option_and_its_valid_choices() -> None:
    assert normalize("สพม. เขต ๒๐", digits="arabic") == "สพม. เขต 20"
    assert normalize("สพม. เขต 20", digits="thai") == "สพม. เขต ๒๐"
    with pytest.raises(UnknownChoiceError, match="'arabic', 'keep', 'thai'"):
        normalize("x", digits="roman")  # type: ignore[arg-type]


def test_top_level_name_is_the_function() -> None:
    assert thaiplan.normalize("\u00a0ก\u200b ") == "ก"


_THAI = st.text(alphabet=st.sampled_from(
    list("กขคงจนมยรลวสหอะาำิีึืุู่้๊๋็์ํเแโใไๅ๐๑๒๓๙0189 \t\n\r\u00a0\u200b.()")), max_size=80)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_THAI, st.text(max_size=80)))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="๐๑๒๓๔๕๖๗๘๙"), max_size=60))
def test_thai_digit_conversion_round_trips(text: str) -> None:
    assert thai_to_arabic_digits(arabic_to_thai_digits(text)) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="0123456789"), max_size=60))
def test_arabic_digit_conversion_round_trips(text: str) -> None:
    assert arabic_to_thai_digits(thai_to_arabic_digits(text)) == text


# --- fast paths agree with the plain definitions -------------------------------------

_MARKED_THAI = st.text(alphabet=st.sampled_from(
    "กขคดนมสอ ะาำๅเแโใไัิีึืฺุู็่้๊๋์ํ๎\n\u00a0"), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_MARKED_THAI)
def test_fix_thai_marks_fixes_exactly_the_lines_that_need_it(text: str) -> None:
    from thaiplan.normalize import _fix_line

    # The definition: every line where _NEEDS_MARK_FIX matches goes through pythainlp.
    expected = "\n".join(_fix_line(line) for line in text.split("\n"))
    assert fix_thai_marks(text) == expected


def _flagged(text: str) -> list[int]:
    from thaiplan.normalize import _misplaced_marks

    bits = _misplaced_marks(text)
    return [i for i in range(len(text)) if bits >> 8 * (len(text) - 1 - i) & 0xFF]


@pytest.mark.parametrize(("text", "flagged"), [
    ("ที่สำคัญ ผู้เรียน ศักดิ์ศรี เป็นเลิศ ฤๅษี", [38]),  # only ๅ: a correct text
    ("ที่่", [3]), ("ดิจิิทัล", [4]), ("ก่ิ", [2]), ("คำ่", [2]), ("เเปลก", [1]),
    ("ก าา", [3]), ("ก าะ", []), ("\u0e34ก", [0]), ("ก \u0e49", [2]), ("ก\n\u0e31", [2]),
    ("ส\u0e4d", [1]), ("x\u0e48 ๑\u0e34", [1, 4]), ("ก•\u0e48", [2]), ("", []),
])
def test_misplaced_marks_are_the_marks_without_what_they_follow(
        text: str, flagged: list[int]) -> None:
    assert _flagged(text) == flagged


@settings(max_examples=500, deadline=None)
@given(st.one_of(_MARKED_THAI, st.text(max_size=40)))
def test_misplaced_marks_cover_every_line_needing_a_fix(text: str) -> None:
    from thaiplan.normalize import _NEEDS_MARK_FIX

    flagged_lines = {text.count("\n", 0, at) for at in _flagged(text)}
    for match in _NEEDS_MARK_FIX.finditer(text):
        assert text.count("\n", 0, match.start()) in flagged_lines


@given(st.text(alphabet=st.sampled_from("ก \r\n\u2028\u2029\x85\u200b"), max_size=30))
def test_normalize_newlines_equals_the_regular_expression(text: str) -> None:
    import re

    assert normalize_newlines(text) == re.sub(r"\r\n?|[\u2028\u2029\x85]", "\n", text)


_SPACED_LINE = st.text(alphabet=st.sampled_from("กขนมสอ ะาำเแัิีุู่้๊็์ํๅ1"), max_size=25)


@settings(max_examples=200, deadline=None)
@example("\u0e48างทั่วถึง", 4, 0)
@example("ก\u0e4d", 2, 1)  # pythainlp leaves it as it is; with spaces around, it strips them
@given(_SPACED_LINE, st.integers(0, 3), st.integers(0, 3))
def test_a_line_pythainlp_gets_is_fixed_alike_whatever_spaces_surround_it(
        line: str, before: int, after: int) -> None:
    from thaiplan.normalize import _fix_line, _fix_strips

    spaced = " " * before + line + " " * after
    assert _fix_strips(spaced) == _fix_strips(line)
    if _fix_strips(line):
        assert _fix_line(spaced) == _fix_line(line.strip(" ")) == _fix_line(line)
    else:
        assert _fix_line(spaced) == spaced
