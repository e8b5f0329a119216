"""Characters whose glyph says otherwise than their Unicode value, put right.

In this order, over a page's text:

1. private-use shifted marks (U+F700–U+F71A) to the marks they draw;
2. glyphs without Unicode (pdfium gives their code: ``ทีÉ``), and Latin letters inside
   Thai words (``ดlาน``), decoded through their font program (:class:`~.fonts.Glyphs`);
   a U+FFFD, which names no glyph, through the glyph whose box is its ink box
   (``ประจ\ufffdาปี`` → ``ประจำปี``); a U+FFFD drawn as a mark of no known shape is dropped
   (over a letter with its tone mark already, it is that tone drawn again: ``ที่่\ufffd``);
   a cluster's text given again to a mark's glyph drawn above the letters (Chrome's PDFs,
   Skia's, map a cluster's glyphs to its whole text: ``ทั้งทั้นี้``) is dropped;
3. a space with ink above the letters before ``า`` is the ``ํ`` of ``ำ`` (``ส าคัญ`` →
   ``สำคัญ``); a vowel below (``ุ ู``) after ``ป ฝ ฟ ฬ`` drawn above the letter is the
   tone mark its ink matches (``เปูาหมาย`` → ``เป้าหมาย``: Word maps the tone marks it
   shifts left to them); where that happens, or the page's marks are out of order, a
   vowel below drawn above its line's letters and a tone mark drawn below the same
   letter swap values (LibreOffice gives them each other's: ``ปู่`` drawn, ``ป``, ``ู``
   with the ink of ``่``, ``่`` with that of ``ู``), and a mark on the wrong side
   without such a partner is the mark its ink matches.

The result keeps one character per character index, so that positions still name the
glyphs: a character that becomes several keeps the first (the others are in
:attr:`Characters.subst`), one removed becomes ``\\u200b``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, field

from .extract import Box, Page
from .fonts import Glyphs
from .thai import (
    CONSONANTS,
    DISPLACED_MARK,
    MARK_CLASS,
    PUA_MARKS,
    PUA_RANGE,
    consonant_before,
    is_above,
)

__all__ = ["GONE", "Characters", "fix_characters", "letter_before"]

GONE = "\u200b"  # a character removed by a repair keeps its index as this

_THAI_LETTER = "\u0e01-\u0e4e"
# What a map gives a glyph it cannot name: U+FFFD, or a control character (pdfium gives
# the code of a glyph the map leaves out: Ghostscript's re-distilled fonts, the า of ำ).
_NO_NAME = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffd"
_NAMES_NO_GLYPH = re.compile(f"[{_NO_NAME}]")
# Characters that no Thai font maps inside a Thai word: a glyph decoded wrongly.
_SUSPECT = re.compile(
    f"[{_NO_NAME}\u0080-\u0dff\u0e5c-\u1fff]|(?<=[{_THAI_LETTER}])[A-Za-z]|[A-Za-z](?=[{MARK_CLASS}])")
# (a tone mark may come between them, and pdfium may break the line: ``ล้ `` / ``าใน``)
_NIKHAHIT_SPACE = re.compile(
    f"(?<=[\u0e01-\u0e2e{MARK_CLASS}]) (?=[{MARK_CLASS}]*(?:\r\n)?([\u0e32\u0e33]))")
# A vowel below after a tall letter: fonts map the tone marks they shift left over
# ``ป ฝ ฟ ฬ`` to these (``เปูาหมาย``); only where drawn above is it one of them.
_MARK = re.compile(f"[{MARK_CLASS}]")
_BELOW_VOWEL = re.compile("(?<=[\u0e1b\u0e1d\u0e1f\u0e2c])[\u0e38\u0e39]")
_BELOW_OR_TONE = re.compile("[\u0e38\u0e39\u0e48-\u0e4b]")
# A cluster's text again within four characters (``ทั้งทั้นี้``, ``ทัศน์ (Vน์ision)``), pdfium's
# line breaks aside: where drawn above the letters, a mark's glyph mapped to its whole
# cluster (Chrome's PDFs, Skia's; drawn after the next letters of its run).
_CLUSTER_AGAIN = re.compile(
    f"(?P<c>[\u0e01-\u0e2e][{MARK_CLASS}]+)(?:[^\r]|\r\n){{0,4}}(?P<again>(?P=c))")
# Marks in an order no typist leaves: two vowels below, a vowel below after a tone mark.
_ODD_CLUSTER = re.compile("[\u0e38-\u0e3a\u0e48-\u0e4b][\u0e38-\u0e3a]")


@dataclass(slots=True)
class Characters:
    """A page's text, each character what its glyph shows.

    Attributes:
        text: one character per character index (see the module).
        subst: index → what the character really is (``""`` when removed, several
            characters for a glyph of several).
        uneven: the indices whose character became none or several, in order.
    """

    text: str
    subst: dict[int, str] = field(default_factory=dict)
    uneven: list[int] = field(default_factory=list)


def letter_before(text: str, i: int) -> int:
    """The index of the consonant before ``i``, marks skipped (``i - 1`` if none)."""
    found = consonant_before(text, i)
    return i - 1 if found is None else found


def fix_characters(page: Page, glyphs: Glyphs, counts: Counter[str]) -> Characters:
    """The page's characters put right (see the module); ``counts`` gets a count per
    repair, by kind."""
    text = page.text
    subst: dict[int, str] = {}
    for m in PUA_RANGE.finditer(text):
        subst[m.start()] = m.group().translate(PUA_MARKS)
        counts["PUA marks mapped"] += 1
    for m in _SUSPECT.finditer(text):
        i = m.start()
        unmapped = page.unmapped(i)
        no_name = bool(_NAMES_NO_GLYPH.match(text[i])) and not unmapped
        # (no code to look up for a glyph the map does not name: found by its box)
        decoded = glyphs.decode_drawn(page, i) if no_name else glyphs.decode(page, i, unmapped)
        if decoded is None and (unmapped or no_name or text[i].isalpha()):
            decoded = _mark_by_position(page, glyphs, i)  # (a mark only where drawn as one)
            if decoded and text[i] == "\ufffd" and _carries_tone(text, i):
                # a shape of no mark, over a letter that has its tone mark already: fonts
                # that map a cluster's first glyph to the whole cluster (``ท`` → ``ที่``)
                # give its tone glyph U+FFFD (and a letter takes one tone mark only)
                decoded = ""
        if decoded:
            subst[i] = decoded
            counts["glyphs decoded from the font program"] += 1
        elif decoded == "" and text[i] == "\ufffd":  # drawn as a mark, of no known shape
            subst[i] = ""
            counts["unknown mark glyphs dropped"] += 1
        elif text[i] < " " and not page.is_generated(i):  # (a code no text is made of)
            counts["glyphs of no known letter dropped"] += 1
    for m in _NIKHAHIT_SPACE.finditer(text):
        i = m.start()
        ink, letter = page.box(i), page.box(letter_before(text, i))
        if ink[3] - ink[1] > 0.5 and ink[3] < letter[1] + 0.3 * (letter[3] - letter[1]):
            # the ink of ``ํ`` mapped to a space: ``ํ`` before ``า``; nothing before ``ำ``
            subst[i] = "\u0e4d" if m.group(1) == "\u0e32" else ""
            counts["mis-mapped marks fixed"] += 1
    again = _CLUSTER_AGAIN.search(text)
    while again is not None:  # (overlapping: ``ตัวชี้วัชี้ วัด``, each cluster given again)
        k = again.start("again")
        if k not in subst and _drawn_above(page.box(k), _line_letter(page, k, subst)):
            for j in range(k, again.end("again")):
                subst[j] = ""
            counts["cluster texts of mark glyphs dropped"] += 1
        again = _CLUSTER_AGAIN.search(text, again.end("c"))
    wrong = _wrong_side(page, _BELOW_VOWEL.finditer(text), subst)
    if wrong or DISPLACED_MARK.search(text) or _ODD_CLUSTER.search(text):
        wrong = _wrong_side(page, _BELOW_OR_TONE.finditer(text), subst)
    _relabel(page, glyphs, wrong, subst, counts)
    if not subst:
        return Characters(text)
    chars = list(text)
    for i, value in subst.items():
        chars[i] = value[:1] or GONE
    uneven = sorted(i for i, value in subst.items() if len(value) != 1)
    return Characters("".join(chars), subst, uneven)


def _carries_tone(text: str, i: int) -> bool:
    """Whether the marks right before ``i`` (back to their letter) hold a tone mark."""
    k = i - 1
    while k >= 0 and _MARK.match(text[k]):
        if "\u0e48" <= text[k] <= "\u0e4b":
            return True
        k -= 1
    return False


def _wrong_side(page: Page, marks: Iterable[re.Match[str]], subst: dict[int, str]
                ) -> list[tuple[int, bool, Box]]:
    """Those of ``marks`` drawn on the other side of their line's letters than their
    value says (a vowel below drawn above them, a tone mark below), each with the side
    it is drawn on (``True``: above) and the letter box it was measured by."""
    wrong = []
    text = page.text
    for m in marks:
        i = m.start()
        if i in subst:
            continue
        letter = _line_letter(page, i)
        above = _drawn_above(page.box(i), letter)
        if above is not None and above != is_above(text[i]):
            wrong.append((i, above, letter))
    return wrong


def _relabel(page: Page, glyphs: Glyphs, wrong: list[tuple[int, bool, Box]],
             subst: dict[int, str], counts: Counter[str]) -> None:
    """The marks drawn on the wrong side (:func:`_wrong_side`) put right, into ``subst``.

    A vowel below drawn above a letter and a tone mark drawn below it, on the same line,
    have each other's value (LibreOffice); a mark without such a partner is the mark its
    ink matches (:func:`_mark_drawn`: Word's tone marks shifted left, mapped to ``ุ ู``)."""
    text = page.text
    below = [(k, letter) for k, above, letter in wrong if not above]
    for i, above, letter in wrong:
        if not above:
            continue
        height = letter[3] - letter[1]
        ink = page.box(i)
        middle = (ink[0] + ink[2]) / 2
        apart = {k: abs((page.box(k)[0] + page.box(k)[2]) / 2 - middle) for k, other in below
                 if k not in subst and abs(other[3] - letter[3]) < 0.25 * height}
        k = min(apart, key=apart.__getitem__, default=-1)
        if k >= 0 and apart[k] <= height:  # (one letter apart at most: over the same one)
            subst[i], subst[k] = text[k], text[i]
            counts["mis-mapped marks fixed"] += 2
            continue
        found = _mark_drawn(page, glyphs, i, above)
        if found:
            subst[i] = found
            counts["mis-mapped marks fixed"] += 1


def _line_letter(page: Page, i: int, gone: Container[int] = ()) -> Box:
    """The box of a letter on the line of mark ``i``: a consonant a few characters back
    (its own letter, or one beside it on the same baseline; not one of ``gone``), else a
    letter's box where the mark is set (its baseline, 0.6 of its font size high)."""
    text = page.text
    for k in range(i - 1, max(-1, i - 8), -1):
        if text[k] in CONSONANTS and k not in gone:
            return page.box(k)
        if text[k] in "\r\n":  # (pdfium's line break: what is before may be elsewhere)
            break
    x, baseline = page.origin(i)
    return (x, baseline - 0.6 * (page.size(i) or 1.0), x, baseline)


def _drawn_above(ink: Box, letter: Box) -> bool | None:
    """Whether ``ink`` is above ``letter`` (``True``: all of it higher than the letter's
    middle, as beside the stem of ``ป``), below it (``False``: down from the letter's
    last quarter) or among it (``None``)."""
    height = letter[3] - letter[1]
    if ink[3] <= letter[3] - 0.5 * height:
        return True
    if ink[1] >= letter[3] - 0.25 * height:
        return False
    return None


def _mark_drawn(page: Page, glyphs: Glyphs, i: int, above: bool) -> str:
    """The mark whose shape or size matches the ink of character ``i``, drawn above
    (or below) a letter; ``""`` if none does."""
    ink = page.box(i)
    size = page.size(i) or 1.0
    return glyphs.mark_by_box(page, i, (ink[2] - ink[0]) / size, (ink[3] - ink[1]) / size,
                              above) or ""


def _mark_by_position(page: Page, glyphs: Glyphs, i: int) -> str | None:
    """The mark whose size matches the ink of character ``i``, if it is drawn above or
    below the letter before it (``""`` when drawn so but matching no mark)."""
    if i == 0:
        return None
    above = _drawn_above(page.box(i), page.box(letter_before(page.text, i)))
    return None if above is None else _mark_drawn(page, glyphs, i, above)
