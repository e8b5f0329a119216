"""A page's line fragments rebuilt from their glyphs: Thai text as drawn, with its place.

The stages, for one page (each in its module):

1. :mod:`.characters` — characters whose glyph says otherwise than their Unicode value,
   put right (private-use marks, glyphs without Unicode decoded through the font program,
   mis-mapped marks);
2. :mod:`.marks` — pdfium's line fragments, and the marks out of place moved to the letter
   their ink sits on;
3. here — spaces decided and each fragment cut into :class:`Span` s: a generated space
   narrower than a letter gap goes, one narrower than a word gap between Thai letters goes
   where the dictionary reads a word across it (``กา รสรรหา`` → ``การสรรหา``), or where
   the line is letter-spaced (a justified line stretched between its letters) and the
   gap no wider than its letter gaps (``การกระทำ ที่`` → ``การกระทำที่``); a fragment is
   cut where the text jumps back or leaves a gap as wide as a table's columns. The gap
   after ``ำ`` counts its ``า`` even where the text layer left it out (``จำ แนก``).

Only what needs it is measured: a fragment without a space costs nothing more than its
place; a space typed in the text, one call; a space pdfium generated, two boxes.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .characters import Characters, fix_characters
from .extract import Page
from .fonts import Glyphs
from .marks import Fragment, fragments, last_ink, move_marks, sara_am_end
from .thai import MARKS, consonant_before, inside_word, joins_word

__all__ = ["CELL_GAP", "TIGHT_GAP", "WORD_GAP", "Span", "page_spans"]

TIGHT_GAP = 0.12  # em: narrower gaps are inside a word
WORD_GAP = 0.225  # em: wider gaps between Thai letters are word spaces
CELL_GAP = 1.5  # em: wider gaps separate table cells (or columns)
JUMP_BACK = 0.5  # em: text going back further left starts a new span
# Letter-spaced lines: a generated space no wider than this, and than the line's wide
# letter gaps (its 90th percentile) by less than STRETCH_SLACK, is stretch, not a space.
# (The Thai lines of a Word export justified by distributing: letter gaps of 0.1-0.2 em,
# word spaces of 0.35 em and more; a plain line's letter gaps stay under 0.1 em.)
STRETCH_GAP = 0.25  # em
STRETCH_SLACK = 0.08  # em
_STRETCH_LETTERS = 20  # letter gaps needed to measure a line's spacing

_THAI_LETTER = "\u0e01-\u0e4e"
_SPACES = re.compile("[ \t\u00a0\u200b]+")
_THAI_RUN_END = re.compile(f"[{_THAI_LETTER}]+$")
_THAI_RUN_START = re.compile(f"[{_THAI_LETTER}]+")
_CONTROL = dict.fromkeys([*range(0x20), 0xFFFE, 0xFFFF, 0x200B])


@dataclass(slots=True)
class Span:
    """Text set on one baseline without a wide gap, its letters in reading order.

    ``x0``, ``x1``: left and right ends; ``baseline``: from the top of the page; all in
    points. ``size`` is the font size, ``bold`` whether the font is bold."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool
    upright: bool = True
    spaced_before: bool = False  # a space typed before it, or after it, in its fragment
    spaced_after: bool = False


def _spans(page: Page, chars: Characters, f: Fragment, counts: Counter[str]) -> list[Span]:
    """The spans of fragment ``f``: its clusters, spaces decided, cut at wide gaps."""
    fixed = chars.text
    work = fixed[f.start:f.stop]
    edited: list[str] | None = None  # the fragment's text by character, where edited
    uneven = chars.uneven[bisect.bisect_left(chars.uneven, f.start):
                          bisect.bisect_left(chars.uneven, f.stop)] if chars.uneven else []
    if not (f.moved or f.received or uneven or _SPACES.search(work)):
        # (most fragments: one word or one run of Thai without a space)
        return [Span(work.translate(_CONTROL), f.x0, f.x1, f.baseline, f.size, f.bold)]
    if f.moved or f.received or uneven:
        edited = list(work)
        for i in uneven:
            edited[i - f.start] = chars.subst[i]
        for i in f.moved:
            edited[i - f.start] = ""
        for i, marks in f.received.items():
            edited[i - f.start] += "".join(marks)
        if f.moved:
            blanked = list(work)
            for i in f.moved:
                blanked[i - f.start] = " "
            work = "".join(blanked)
    skipped = f.moved.union(uneven)  # (not spaces: a run through them is generated)
    spaced_before = spaced_after = False
    measured: list[float] = []

    def spacing() -> float:
        """The fragment's wide letter gaps, in em (measured once, when first asked)."""
        if not measured:
            measured.append(_letter_spacing(page, f, fixed))
        return measured[0]

    def text(a: int, b: int) -> str:
        return work[a:b] if edited is None else "".join(edited[a:b])

    pieces: list[tuple[int, int, str]] = []  # first, last (page indices) and text
    parts: list[str] = []
    first = pos = -1
    for m in _SPACES.finditer(work):
        a, b = m.span()
        if a == 0:
            pos = b
            spaced_before = _typed(page, f.start + a, f.start + b, skipped)
            continue
        pos = max(pos, 0)
        if first < 0:
            first = f.start + pos
        parts.append(text(pos, a))
        if b == len(work):
            pos = b
            spaced_after = _typed(page, f.start + a, f.start + b, skipped)
            break
        if b - a == 1 and f.start + a not in skipped and not page.is_generated(f.start + a):
            # one space typed in the text (not generated by pdfium) is a word space
            # without measuring: a table's cells are apart by pdfium's spaces or by several
            parts.append(" ")
            pos = b
            continue
        decision = _space(page, f, f.start + a - 1, f.start + b, skipped=skipped,
                          left=parts[-1], work=work, at=b, counts=counts, spacing=spacing)
        if decision == "cut":
            pieces.append((first, f.start + a - 1, "".join(parts)))
            parts, first = [], -1
        else:
            parts.append(decision)
        pos = b
    pos = max(pos, 0)
    if pos < len(work):
        if first < 0:
            first = f.start + pos
        parts.append(text(pos, len(work)))
    if first >= 0:
        last = last_ink(work, 0, len(work)) + f.start
        pieces.append((first, last, "".join(parts)))
    spans = [_span(page, f, a, b, t) for a, b, t in pieces if t.strip()]
    if spans and pieces[0][2].strip():
        spans[0].spaced_before = spaced_before
    if spans and pieces[-1][2].strip():  # the fragment's right end, as fragments() measured
        spans[-1].x1 = max(spans[-1].x1, f.x1)  # it (a mark last: its letter; ``ำ``: its ``า``)
        spans[-1].spaced_after = spaced_after
    return spans


def _typed(page: Page, a: int, b: int, skipped: set[int]) -> bool:
    """Whether a space of characters ``a`` to ``b - 1`` is typed in the text (not
    pdfium's, not a mark moved away)."""
    return any(page.text[k] == " " and k not in skipped and not page.is_generated(k)
               for k in range(a, b))


def _space(page: Page, f: Fragment, before: int, after: int, *, skipped: set[int], left: str,
           work: str, at: int, counts: Counter[str], spacing: Callable[[], float]) -> str:
    """What a run of spaces between characters ``before`` and ``after`` becomes:
    ``" "``, ``""`` (a space inside a word), or ``"cut"`` (a wide gap); the run is not
    one space typed in the text (:func:`_spans` keeps those). ``spacing`` gives the
    fragment's letter spacing (:func:`_letter_spacing`)."""
    run = range(before + 1, after)
    end = page.box(before)[2]
    letter = before
    while letter > f.start and work[letter - f.start] in MARKS:
        letter -= 1
    if letter != before:  # (a mark shifted left ends before its letter: ``ฝุ่น``)
        end = max(end, page.box(letter)[2])
    if left.endswith("\u0e33"):  # (its ``า`` may have no character: see sara_am_end)
        if work[before - f.start] == "\u0e33":
            local = consonant_before(work, before - f.start, within=4)
            end = max(end, sara_am_end(page, before, None if local is None else local + f.start))
        else:  # moved onto ``before`` from the run (drawn after the next letters)
            am = next((k for k in run if k in skipped and page.text[k] == "\u0e33"), None)
            if am is not None:
                end = max(end, sara_am_end(page, am, before))
    gap = page.box(after)[0] - end
    em = f.size
    if gap >= TIGHT_GAP * em and page.rules().down_between(end, end + gap, f.baseline):
        return "cut"  # (a table's cells, padded tight)
    starts_word = not inside_word(left, work[at:at + 1])
    if (gap > CELL_GAP * em and starts_word) or gap < -JUMP_BACK * em:
        return "cut"  # (no cell starts inside a word: that is a line spread out)
    if gap >= STRETCH_GAP * em and starts_word:
        return " "
    spaces = [k for k in run if k not in skipped]
    is_generated = page.is_generated
    if not all(is_generated(k) for k in spaces):
        return " "
    left_run = _THAI_RUN_END.search(left)
    right_run = _THAI_RUN_START.match(work, at)
    thai = left_run is not None and right_run is not None
    if gap >= WORD_GAP * em and starts_word and not (
            thai and gap <= (spacing() + STRETCH_SLACK) * em):
        return " "
    if not starts_word:  # ``า`` or a mark after a letter, a letter after ``เ``: spread out
        if len(spaces) == len(run):
            counts["spaces removed"] += 1
        return ""
    if gap < TIGHT_GAP * em or (thai and (
            gap <= (spacing() + STRETCH_SLACK) * em  # within a letter-spaced line's stretch
            or joins_word(left_run.group(),  # type: ignore[union-attr]
                          right_run.group()))):  # type: ignore[union-attr]
        if thai and len(spaces) == len(run):  # (spaces, not marks moved away)
            counts["spaces removed"] += 1
        return ""
    return " "


def _letter_spacing(page: Page, f: Fragment, fixed: str) -> float:
    """The wide letter gaps of fragment ``f`` (the 90th percentile of the gaps between
    its consecutive Thai letters, marks aside), in em; ``0`` for a short fragment."""
    if f.stop - f.start <= _STRETCH_LETTERS:  # (too short to have enough letters)
        return 0.0
    gaps: list[float] = []
    right = None
    for k in range(f.start, f.stop):
        char = fixed[k]
        if char in MARKS:
            continue
        if not "\u0e01" <= char <= "\u0e5b":
            right = None  # (a space, a digit, Latin: no letter gap)
            continue
        box = page.box(k)
        if right is not None:
            gaps.append(box[0] - right)
        right = box[2]
    if len(gaps) < _STRETCH_LETTERS:
        return 0.0
    gaps.sort()
    return gaps[int(0.9 * (len(gaps) - 1))] / f.size


def _span(page: Page, f: Fragment, first: int, last: int, text: str) -> Span:
    text = text.translate(_CONTROL)
    x0, x1 = page.box(first)[0], max(page.box(last)[2], page.box(first)[2])
    return Span(text, x0, x1, f.baseline, f.size, f.bold)


def page_spans(page: Page, glyphs: Glyphs, counts: Counter[str]) -> list[Span]:
    """The spans of a page's text layer, Thai rebuilt from the glyphs (see the module).

    ``counts`` gets one count per repair, by kind (``"marks reattached"``...)."""
    if not page.text.strip():
        return []
    chars = fix_characters(page, glyphs, counts)
    fixed = chars.text
    lines = fragments(page, fixed)
    move_marks(page, chars, [f for f in lines if f.upright], counts)
    spans: list[Span] = []
    for f in lines:
        if f.upright:
            spans += _spans(page, chars, f, counts)
            continue
        last = last_ink(fixed, f.start, f.stop)
        a, b = page.box(f.start), page.box(last)
        text = " ".join(fixed[f.start:f.stop].translate(_CONTROL).split())
        spans.append(Span(text, min(a[0], b[0]), max(a[2], b[2]), max(a[3], b[3]),
                          f.size, f.bold, upright=False))
    return spans
