"""Marks out of place, moved to the letter their ink sits on.

pdfium's character order is the content stream's, and some producers (the budget
volumes) draw a line's marks in a second pass: the marks come out after their word,
after a space, or on a fragment of their own (``วิสัยทศนั ์``). On a page where some mark
follows no letter, every mark is checked: its ink box (pdfium's ``FPDFText_GetCharBox``)
against the letter before it; a mark that is not over it goes to the letter it is over
(:func:`~.thai.best_base`), in its own line first, else in a line just below it (above
it, for a vowel below). The rest of the page costs nothing.

>>> from .thai import best_base
>>> best_base((110.0, 0.0, 114.4, 2.9), [(107.0, 4.0, 112.5, 10.3), (113.6, 4.0, 119.3, 10.3)], 4)
(0, 0)
"""

from __future__ import annotations

import bisect
import ctypes
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .characters import GONE, Characters
from .extract import Box, Page, api
from .thai import CONSONANTS, DISPLACED_MARK, MARK_CLASS, MARKS, best_base, consonant_before

__all__ = [
    "Fragment",
    "first_ink",
    "fragments",
    "last_ink",
    "move_marks",
    "sara_am_end",
]

_MARK = re.compile(f"[{MARK_CLASS}]")
_CONSONANT = re.compile("[\u0e01-\u0e2e]")
_INK = re.compile(f"[^\\s{GONE}]")
_BELOW = "\u0e38\u0e39\u0e3a"
_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_UNMARKED = re.compile(f"[\\s{GONE}{MARK_CLASS}]")
_ABOVE_VOWELS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47")
_SARA_AA = re.compile("\u0e32")
_SARA_AA_SEARCH = 20_000  # characters of a page searched for a ``า`` to measure


@dataclass(slots=True, eq=False)
class Fragment:
    """Characters ``start`` to ``stop - 1`` of a page: one of pdfium's line fragments,
    with its baseline (points from the top), font size and weight, left and right ends,
    and the marks it lost and received."""

    start: int
    stop: int
    baseline: float = 0.0
    size: float = 10.0
    x0: float = 0.0
    x1: float = 0.0
    first: int = 0  # its first character that is not a space
    bold: bool = False
    upright: bool = True
    moved: set[int] = field(default_factory=set)  # marks that left for another letter
    received: dict[int, list[str]] = field(default_factory=dict)  # letter → marks
    letters: list[int] | None = None  # its consonants


def first_ink(text: str, start: int, stop: int) -> int | None:
    found = _INK.search(text, start, stop)
    return found.start() if found else None


def last_ink(text: str, start: int, stop: int) -> int:
    for i in range(stop - 1, start - 1, -1):
        if not text[i].isspace() and text[i] != GONE:
            return i
    return start


def _last_letter(text: str, start: int, stop: int) -> int | None:
    for i in range(stop - 1, start - 1, -1):
        if text[i] in CONSONANTS:
            return i
    return None


def fragments(page: Page, fixed: str) -> list[Fragment]:
    """pdfium's line fragments of a page that hold text (``fixed``: its characters put
    right), with their baseline, size, weight, direction and ends."""
    out = []
    start = 0
    for stop in [*(m.start() for m in re.finditer("\r\n", fixed)), len(fixed)]:
        first = first_ink(fixed, start, stop)
        if first is not None:
            size, bold, upright = page.style(first)
            f = Fragment(start, stop, size=size or 10.0, first=first, bold=bold,
                         upright=upright)
            f.baseline = page.origin(first)[1]
            f.x0 = page.box(first)[0]
            last = last_ink(fixed, start, stop)
            f.x1 = page.box(last)[2]
            # a mark last (drawn after the letters, or left of them): its letters may
            # reach further right (``เพื่อให`` drawn, then ``ื่`` over ``พ``)
            if fixed[last] in MARKS or DISPLACED_MARK.search(fixed, start, stop):
                letter = _last_letter(fixed, start, stop)
                f.x1 = max(f.x1, page.box(letter)[2] if letter is not None else 0)
            elif fixed[last] == "\u0e33":  # (its ``า`` may have no character; pdfium's
                # spaces and a mark moved away may stand between it and its letter)
                letter = consonant_before(fixed, last, start, within=4)
                f.x1 = max(f.x1, sara_am_end(page, last, letter))
            out.append(f)
        start = stop + 2
    return out


def move_marks(page: Page, chars: Characters, lines: list[Fragment],
               counts: Counter[str]) -> None:
    """Move each mark not drawn on the letter before it to the letter it is on (see the
    module): on pages where some mark follows no letter, every mark is looked at (on the
    budget volumes, one mark in three after a letter is not on it).

    Vowels above go first: a tone mark (or ``์``) drawn on top of one belongs to its
    letter, though it overhangs the next (``ทั่ว``: ``่`` ends over ``ว``)."""
    fixed = chars.text
    if not any(DISPLACED_MARK.search(fixed, f.start, f.stop) for f in lines):
        return
    by_baseline = sorted(lines, key=lambda f: f.baseline)
    baselines = [f.baseline for f in by_baseline]
    box = page.box
    vowels: dict[int, list[tuple[Box, Fragment, int]]] = {}  # fragment → placed vowels
    for vowel_pass in (True, False):
        for f in lines:
            for m in _MARK.finditer(fixed, f.start, f.stop):
                i = m.start()
                if (fixed[i] in _ABOVE_VOWELS) != vowel_pass:
                    continue
                letter = i - 1
                while letter >= f.start and fixed[letter] in MARKS:
                    letter -= 1
                if letter < f.start or fixed[letter] not in CONSONANTS:
                    letter = -1
                ink = box(i)
                target = None if vowel_pass else _stacked(ink, vowels.get(id(f), ()), f.size)
                if target is None and letter >= 0:
                    under = box(letter)
                    # over its letter, or just right of it (a tone overhangs: ``ได้``)
                    if under[0] <= (ink[0] + ink[2]) / 2 <= under[2] + 0.1 * f.size:
                        target = (f, letter)
                if target is None:
                    target = _target(page, i, ink, f, by_baseline=by_baseline,
                                     baselines=baselines, fixed=fixed)
                if target is None:
                    continue
                if vowel_pass:
                    vowels.setdefault(id(f), []).append((ink, *target))
                if target[1] != letter:
                    where, base = target
                    f.moved.add(i)
                    where.received.setdefault(base, []).append(chars.subst.get(i, fixed[i]))
                    counts["marks reattached"] += 1


def _stacked(ink: Box, vowels: Iterable[tuple[Box, Fragment, int]],
             size: float) -> tuple[Fragment, int] | None:
    """The letter of the vowel above that a mark with ink box ``ink`` sits on, if any."""
    middle = (ink[0] + ink[2]) / 2
    for vowel, where, base in vowels:
        if (vowel[0] - 0.1 * size <= middle <= vowel[2] + 0.1 * size
                and ink[3] <= vowel[1] + 0.3 * (vowel[3] - vowel[1])):
            return where, base
    return None


def _target(page: Page, i: int, ink: Box, f: Fragment, *, by_baseline: list[Fragment],
            baselines: list[float], fixed: str) -> tuple[Fragment, int] | None:
    """The fragment and letter that mark ``i`` of ``f`` (ink box ``ink``) is drawn on."""
    box = page.box
    middle, size = (ink[0] + ink[2]) / 2, f.size
    if fixed[i] in _BELOW:  # its top near a baseline above it
        low, high, aim = ink[1] - 0.5 * size, ink[1] + 0.3 * size, ink[1]
    else:  # its bottom some way above a baseline
        low, high, aim = ink[3] + 0.05 * size, ink[3] + 1.0 * size, ink[3] + 0.45 * size
    best: tuple[int, float, Fragment, int] | None = None
    for g in _near(f, by_baseline, baselines, low, high):
        if not (g.x0 - 0.3 * size <= middle <= g.x1 + 0.3 * size
                and low <= g.baseline <= high):
            continue
        if g.letters is None:
            g.letters = [m.start() for m in _CONSONANT.finditer(fixed, g.start, g.stop)]
        letters = g.letters
        if not letters:  # (a fragment of marks drawn in a second pass)
            continue
        at = bisect.bisect_right(letters, middle, key=lambda j: box(j)[0])
        window = letters[max(0, at - 2):at + 1]
        found = best_base(ink, [box(j) for j in window], 0.3 * size)
        if found is None:  # letters out of order in the fragment (a table row's cells
            # written out of turn): all of them, not only the window where x would be
            window = letters
            found = best_base(ink, [box(j) for j in window], 0.3 * size)
        if (found is not None and found[1] == 0 and found[0] > 0 and fixed[i] in _TONES
                and _straddles(ink, box(window[found[0] - 1]), box(window[found[0]]))):
            left, right = window[found[0] - 1], window[found[0]]
            if _dictionary_prefers(fixed, fixed[i], left, right, start=g.start,
                                   stop=g.stop):
                found = (found[0] - 1, 0)
        distance = abs(g.baseline - aim)
        if found is not None and (best is None or (found[1], distance) < best[:2]):
            best = (found[1], distance, g, window[found[0]])
            if g is f and found[1] == 0:
                break  # under the mark, in its own line: no need to look further
    return (best[2], best[3]) if best is not None else None


def _straddles(ink: Box, left: Box, right: Box) -> bool:
    """Whether a tone mark's ink sits on the boundary of two letters, the geometry
    undecided: its middle just inside the right letter (its first fifth), its ink
    starting over the left one (a tone overhangs its letter's right edge)."""
    middle = (ink[0] + ink[2]) / 2
    return (ink[0] < right[0] and ink[0] < left[2]
            and middle - right[0] < 0.2 * (right[2] - right[0]))


def _dictionary_prefers(fixed: str, mark: str, left: int, right: int, *, start: int,
                        stop: int) -> bool:
    """Whether the dictionary reads ``mark`` on the letter ``left`` better than on
    ``right`` (its next letter), in the letters around them (``แล้วเสร`` over ``แลว้เสร``)."""
    from ...repair import segmentation_cost

    a, b = max(start, left - 6), min(stop, right + 7)

    def plain(x: int, y: int) -> str:  # the letters, marks and spaces left out
        return _UNMARKED.sub("", fixed[x:y])

    on_left = plain(a, left + 1) + mark + plain(left + 1, b)
    on_right = plain(a, right + 1) + mark + plain(right + 1, b)
    return segmentation_cost(on_left) < segmentation_cost(on_right)


def _near(f: Fragment, by_baseline: list[Fragment], baselines: list[float], low: float,
          high: float) -> Iterator[Fragment]:
    """``f``, then the fragments with a baseline between ``low`` and ``high``."""
    yield f
    for k in range(bisect.bisect_left(baselines, low), bisect.bisect_right(baselines, high)):
        if by_baseline[k] is not f:
            yield by_baseline[k]


def sara_am_end(page: Page, i: int, letter: int | None) -> float:
    """Where the ink of ``ำ`` (character ``i``, on the consonant ``letter``) ends on the
    right.

    Some fonts draw ``ำ`` as two glyphs, the ring and ``า``, and their map gives the
    ring as ``ำ`` and leaves the ``า`` out (pdfium then puts a space where it is: ``จำ
    แนก``): a box that holds only ink above the letter before it ends at the ring, and
    the ``า`` (its advance in the font, from the ring's origin) is added. Chrome's PDFs
    (Skia's) map the letter's glyph to the whole cluster (``ส`` → ``สำ``,
    ``ำ`` set where ``ส`` is) and give the ``า`` drawn after it no character: its
    advance is added to the letter's box. Where the font does not say the advance
    (LibreOffice's exports), a ``า`` of the page in the same font and size says how
    far right of where it is set its ink reaches."""
    if letter is None:
        return page.box(i)[2]
    ink, base = page.box(i), page.box(letter)
    if ink[3] > base[1] + 0.3 * (base[3] - base[1]):  # down among the letters
        if page.origin(letter) != page.origin(i):
            return ink[2]  # (a glyph of its own: ring and ``า``)
        start = ink[2]  # (the letter's glyph, mapped to the cluster)
    else:
        start = page.origin(i)[0]  # (the ring)
    width = ctypes.c_float()
    font, size = page.font(i).handle, page.size(i)
    if (api().lib.FPDFFont_GetGlyphWidth(ctypes.c_void_p(font), 0x0E32, ctypes.c_float(size),
                                         ctypes.byref(width)) and width.value > 0):
        return start + width.value
    for k in _SARA_AA.finditer(page.text):  # (the first few)
        if k.start() > _SARA_AA_SEARCH:
            break
        if page.font(k.start()).handle == font and page.size(k.start()) == size:
            return start + page.box(k.start())[2] - page.origin(k.start())[0]
    return ink[2]
