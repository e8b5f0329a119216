"""Normalisation steps: each one on real Thai input, and the chain's properties."""

from __future__ import annotations

from pathlib import Path

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
    # a mark parted from its letter (PDF text) is joined back, not dropped as pythainlp does
    (fix_thai_marks, "ผู ้เรียน ที ่ได้ ตัวชี ้วัด", "ผู้เรียน ที่ได้ ตัวชี้วัด"),
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
@example("0\u0e4d\t\u0e45")  # ๅ becomes า after a space: not rejoined after ํ
@example("ก\u00a0าำ")  # the rejoined า meets ำ: the mark fixes run again
@example("ก๋\u0e4d\u00a0า")  # reordered marks, rejoined, composed, then read by the dictionary
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


# --- the lines that need a fix, and only those ------------------------------------------

_MARKED_THAI = st.text(alphabet=st.sampled_from(
    "กขคดนมสอ ะาำๅเแโใไัิีึืฺุู็่้๊๋์ํ๎\n\u00a0"), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_MARKED_THAI)
def test_fix_thai_marks_fixes_exactly_the_lines_that_need_it(text: str) -> None:
    from thaiplan.normalize import _fix_line

    # The definition: every line where _NEEDS_MARK_FIX matches goes through the port
    # of pythainlp's normalize.
    expected = "\n".join(_fix_line(line) for line in text.split("\n"))
    assert fix_thai_marks(text) == expected


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
    from thaiplan.normalize import _NEEDS_MARK_FIX, _fix_line

    spaced = " " * before + line + " " * after
    needs_fix = _NEEDS_MARK_FIX.search(line) is not None
    assert (_NEEDS_MARK_FIX.search(spaced) is not None) == needs_fix
    if needs_fix:
        assert _fix_line(spaced) == _fix_line(line.strip(" ")) == _fix_line(line)
    else:
        assert _fix_line(spaced) == spaced


# --- the port of pythainlp.util.normalize ---------------------------------------------

ROOT = Path(__file__).parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus" / "parse"


def _pythainlp_normalize(text: str) -> str:
    from thaiplan._pythainlp import pythainlp_module

    result: str = pythainlp_module("pythainlp.util").normalize(text)
    return result


_SIGNS = "\u0e3a\u0e4c\u0e4d\u0e4e"  # phinthu, thanthakhat, nikhahit, yamakkan


@pytest.mark.parametrize(("written_out", "pythainlp_names", "extra"), [
    ("_PT_CONSONANTS", ["thai_consonants"], ""), ("_PT_VOWELS", ["thai_vowels"], ""),
    ("_PT_FOLLOW", ["thai_follow_vowels"], ""), ("_PT_TONES", ["thai_tonemarks"], ""),
    ("_PT_ABOVE_BELOW", ["thai_above_vowels", "thai_below_vowels"], ""),
    ("_PT_DANGLING", ["thai_above_vowels", "thai_below_vowels", "thai_tonemarks"], _SIGNS),
    ("_PT_NOREPEAT", ["thai_follow_vowels", "thai_lead_vowels", "thai_above_vowels",
                      "thai_below_vowels"], _SIGNS),
])
def test_port_character_classes_are_pythainlps(
        written_out: str, pythainlp_names: list[str], extra: str) -> None:
    import importlib
    import re

    from thaiplan._pythainlp import pythainlp_module

    written = getattr(importlib.import_module("thaiplan.normalize"), written_out)
    members = {chr(c) for c in range(0x0E00, 0x0E80) if re.fullmatch(f"[{written}]", chr(c))}
    pythainlp = pythainlp_module()
    assert members == set(extra).union(*(getattr(pythainlp, n) for n in pythainlp_names))


@pytest.mark.parametrize(("damaged", "fixed"), [
    ("ที่่", "ที่"), ("เเปลก", "แปลก"), ("ดิจิิทัล", "ดิจิทัล"), ("ส\u0e4d\u0e32คัญ", "สำคัญ"),
    ("น\u0e4d\u0e49\u0e32", "น้ำ"), ("ก้ำ", "ก้ำ"), ("ก ้ำ", "ก้ำ"), ("ก่้", "ก้"),
    ("ผู้้เรียน", "ผู้เรียน"), ("ค่ะะ", "ค่ะ"), ("นานาาา", "นานา"), ("ดีีีี", "ดี"),
    ("ก ั ั", "กั"), ("ก\u0e48\u0e34", "กิ่"), ("ท\u0e32\u0e48", "ท่า"), ("กๅ", "กา"),
    ("ฤๅษี", "ฤๅษี"), ("ฦๅ", "ฦๅ"), ("พ ุ่ม", "พุ่ม"),
    ("\u0e48ที่", "ที่"), ("\u0e4cก", "ก"), ("คำ \u0e48ที่สอง", "คำ ที่สอง"),
    ("ภาพ ุ่", "ภาพ "), ("ปี ่ ที่", "ปี  ที่"), ("ที ่ ่ดี", "ที  ดี"),  # kept as pythainlp has them
    ("เ เปลก", "เปลก"), ("ก\u200bข\u200c", "กข"), ("  ก  ข \n\n  ค \t", "ก ข\nค"),
    ("ศตวรรษที่ ๒๑", "ศตวรรษที่ ๒๑"),
])
def test_port_fixes_damaged_thai_as_pythainlp_does(damaged: str, fixed: str) -> None:
    from thaiplan.normalize import _normalize_marks

    assert _normalize_marks(damaged) == fixed == _pythainlp_normalize(damaged)


_PORT_ALPHABET = st.sampled_from([
    *map(chr, range(0x0E01, 0x0E2F)),  # consonants, ฤ ฦ and the rest
    *[chr(c) for c in range(0x0E30, 0x0E4F)] * 3,  # every vowel, tone mark and sign
    *" " * 12, *"\n" * 3, "\u200b", "\u200c", "\t", "\u00a0", "a", "Z", "1", "๑", ".",
])


@settings(max_examples=2000, deadline=None)
@example("เเ \u0e4d\u0e48\u0e32 \u0e4d \u0e4d ก\u0e48\u0e4c\u0e34\u0e38 \u0e32\u0e48\u0e49ๅ")
@given(st.text(alphabet=_PORT_ALPHABET, max_size=40))
def test_port_equals_pythainlp_normalize(text: str) -> None:
    from thaiplan.normalize import _normalize_marks

    assert _normalize_marks(text) == _pythainlp_normalize(text)


def test_port_equals_pythainlp_normalize_on_every_corpus_line() -> None:
    from thaiplan.normalize import _normalize_marks
    from thaiplan.read import read_text

    pages = sorted((ROOT / "data" / "raw").iterdir())
    if CORPUS.is_dir():
        pages += sorted(CORPUS.glob("*.txt"))
    assert pages
    for page in pages:
        text = read_text(page)
        for line in [text, *text.splitlines()]:
            assert _normalize_marks(line) == _pythainlp_normalize(line), (page.name, line)
