"""A page's line fragments rebuilt from their glyphs: Thai text as drawn, with its place.

pdfium's page text is cut at its generated line breaks into *fragments*; each becomes
one or more :class:`Span` s (a fragment is cut where the text jumps back or leaves a
gap as wide as a table's columns). Before that, every character whose glyph contradicts
its Unicode value is put right, in this order:

1. private-use shifted marks (U+F700–U+F71A) to the marks they draw;
2. glyphs without Unicode (``ทีÉ``), and Latin letters inside Thai words (``ดlาน``),
   decoded through their font program (:class:`~.fonts.Glyphs`);
3. a space with ink above the letters before ``า`` is the ``ํ`` of ``ำ`` (``ส าคัญ``);
   a vowel below (``ุ ู``) drawn above the letters is the tone mark its glyph shows
   (``เปูาหมาย`` → ``เป้าหมาย``);
4. marks out of place — after a space, on a fragment of their own, or drawn away from the
   letter before them — move to the letter their ink box sits on (``วิสัยทศนั ์`` →
   ``วิสัยทัศน์``), in canonical order, each once;
5. spaces: a generated space narrower than a letter gap goes; one narrower than a word
   gap between Thai letters goes when the dictionary reads a word across it
   (``กา รสรรหา`` → ``การสรรหา``).

Only what needs it is measured: a clean fragment costs a few calls for its place and
two boxes per space; in a fragment with marks out of place, each mark's box and those
of the few letters around where it lands.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from .extract import Box, Page
from .fonts import Glyphs
from .thai import CONSONANTS, MARKS, PUA_MARKS, PUA_RANGE, best_base
from .thai import joins_word as _joins_word

__all__ = ["CELL_GAP", "TIGHT_GAP", "WORD_GAP", "Span", "page_spans"]

TIGHT_GAP = 0.12  # em: narrower gaps are inside a word
WORD_GAP = 0.225  # em: wider gaps between Thai letters are word spaces
CELL_GAP = 1.5  # em: wider gaps separate table cells (or columns)
JUMP_BACK = 0.5  # em: text going back further left starts a new span

_THAI_LETTER = "\u0e01-\u0e4e"
_MARK_CLASS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_BELOW = "\u0e38\u0e39\u0e3a"
# A mark with no letter right before it (after a space, a line start, a vowel...).
_DISPLACED = re.compile(f"(?:^|[^\u0e01-\u0e2e{_MARK_CLASS}])[{_MARK_CLASS}]", re.M)
_MARK = re.compile(f"[{_MARK_CLASS}]")
_CONSONANT = re.compile("[\u0e01-\u0e2e]")
# Characters that no Thai font maps inside a Thai word: a glyph decoded wrongly.
_SUSPECT = re.compile(
    f"[\u0080-\u0dff\u0e5c-\u1fff\ufffd]|(?<=[{_THAI_LETTER}])[A-Za-z]|[A-Za-z](?=[{_MARK_CLASS}])")
_NIKHAHIT_SPACE = re.compile(f"(?<=[\u0e01-\u0e2e{_MARK_CLASS}]) (?=[\u0e32\u0e33])")
# A vowel below after a tall letter: fonts map the tone marks they shift left over
# ``ป ฝ ฟ ฬ`` to these (``เปูาหมาย``); only where drawn above is it one of them.
_BELOW_VOWEL = re.compile("(?<=[\u0e1b\u0e1d\u0e1f\u0e2c])[\u0e38\u0e39]")
_INK = re.compile("[^\\s\u200b]")
_SPACES = re.compile("[ \t\u00a0\u200b]+")
_THAI_RUN_END = re.compile(f"[{_THAI_LETTER}]+$")
_THAI_RUN_START = re.compile(f"[{_THAI_LETTER}]+")
_CONTROL = dict.fromkeys([*range(0x20), 0xFFFE, 0xFFFF, 0x200B])
_GONE = "\u200b"  # a character removed by a repair keeps its index as this


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


@dataclass(slots=True, eq=False)
class _Fragment:
    start: int
    stop: int
    baseline: float = 0.0
    size: float = 10.0
    x0: float = 0.0
    x1: float = 0.0
    first: int = 0  # its first character that is not a space
    bold: bool = False
    moved: set[int] = field(default_factory=set)  # marks that left for another letter
    received: dict[int, list[str]] = field(default_factory=dict)  # letter → marks
    letters: list[int] | None = None  # its consonants


class _PageReader:
    """One page's text, the repairs made to it and the boxes read so far."""

    def __init__(self, page: Page, glyphs: Glyphs, counts: Counter[str]) -> None:
        self.page, self.glyphs, self.counts = page, glyphs, counts
        self.text = page.text
        self.subst: dict[int, str] = {}  # index → what the character really is
        self.uneven: list[int] = []  # where a character became none or several
        self._boxes: dict[int, Box] = {}

    def box(self, i: int) -> Box:
        found = self._boxes.get(i)
        if found is None:
            found = self._boxes[i] = self.page.box(i)
        return found

    # --- 1-3: characters whose glyph says otherwise --------------------------------

    def fix_characters(self) -> str:
        """The page text with each character replaced by what its glyph shows (same
        length: a character removed becomes ``\\u200b``)."""
        text, subst, counts = self.text, self.subst, self.counts
        for m in PUA_RANGE.finditer(text):
            subst[m.start()] = m.group().translate(PUA_MARKS)
            counts["PUA marks mapped"] += 1
        for m in _SUSPECT.finditer(text):
            i = m.start()
            unmapped = self.page.unmapped(i)
            decoded = self.glyphs.decode(self.page, i, unmapped)
            if decoded is None and (unmapped or text[i] == "\ufffd" or text[i].isalpha()):
                decoded = self._mark_by_position(i)  # (a mark: only where drawn as one)
            if decoded:
                subst[i] = decoded
                counts["glyphs decoded from the font program"] += 1
            elif decoded == "" and text[i] == "\ufffd":  # drawn as a mark, of no known shape
                subst[i] = ""
                counts["unknown mark glyphs dropped"] += 1
        for m in _NIKHAHIT_SPACE.finditer(text):
            i = m.start()
            ink, letter = self.box(i), self.box(_letter_before(text, i))
            if ink[3] - ink[1] > 0.5 and ink[3] < letter[1] + 0.3 * (letter[3] - letter[1]):
                # the ink of ``ํ`` mapped to a space: ``ํ`` before ``า``; nothing before ``ำ``
                subst[i] = "\u0e4d" if text[i + 1] == "\u0e32" else ""
                counts["mis-mapped marks fixed"] += 1
        for m in _BELOW_VOWEL.finditer(text):
            i = m.start()
            mark, letter = self.box(i), self.box(i - 1)
            if mark[3] <= letter[1] + 0.25 * (letter[3] - letter[1]):  # drawn above it
                found = self._mark_by_position(i)
                if found:
                    subst[i] = found
                    counts["mis-mapped marks fixed"] += 1
        if not subst:
            return text
        chars = list(text)
        for i, value in subst.items():
            chars[i] = value[:1] or _GONE
        self.uneven = sorted(i for i, value in subst.items() if len(value) != 1)
        return "".join(chars)

    def _mark_by_position(self, i: int) -> str | None:
        """The mark whose size matches the ink of character ``i``, if it is drawn above
        or below the letter before it (``""`` when drawn so but matching no mark)."""
        if i == 0:
            return None
        ink, letter = self.box(i), self.box(_letter_before(self.text, i))
        size = self.page.size(i) or 1.0
        height = letter[3] - letter[1]
        if ink[3] <= letter[1] + 0.25 * height:
            above = True
        elif ink[1] >= letter[3] - 0.25 * height:
            above = False
        else:
            return None
        return self.glyphs.mark_by_box(self.page, i, (ink[2] - ink[0]) / size,
                                       (ink[3] - ink[1]) / size, above) or ""

    # --- 4: marks out of place ----------------------------------------------------

    def fragments(self, fixed: str) -> list[_Fragment]:
        """pdfium's line fragments that hold text, with their baseline, size and ends."""
        out = []
        start = 0
        for stop in [*(m.start() for m in re.finditer("\r\n", fixed)), len(fixed)]:
            first = _first_ink(fixed, start, stop)
            if first is not None:
                size, bold = self.page.style(first)
                f = _Fragment(start, stop, size=size or 10.0, first=first, bold=bold)
                f.baseline = self.page.origin(first)[1]
                f.x0 = self.box(first)[0]
                f.x1 = self.box(_last_ink(fixed, start, stop))[2]
                if _DISPLACED.search(fixed, start, stop):  # (its last character may be a mark)
                    letter = _last_letter(fixed, start, stop)
                    f.x1 = max(f.x1, self.box(letter)[2] if letter is not None else 0)
                out.append(f)
            start = stop + 2
        return out

    def move_marks(self, fixed: str, fragments: list[_Fragment]) -> None:
        """Move each mark not drawn on the letter before it to the letter it is on.

        Only pages where some mark follows no letter are looked at: there the marks
        were drawn in a pass of their own, and any of them may be astray (on the
        budget volumes, one mark in three after a letter is not on it)."""
        if not any(_DISPLACED.search(fixed, f.start, f.stop) for f in fragments):
            return
        by_baseline = sorted(fragments, key=lambda f: f.baseline)
        baselines = [f.baseline for f in by_baseline]
        for f in fragments:
            for m in _MARK.finditer(fixed, f.start, f.stop):
                i = m.start()
                letter = i - 1
                while letter >= f.start and fixed[letter] in MARKS:
                    letter -= 1
                if letter < f.start or fixed[letter] not in CONSONANTS:
                    letter = -1
                elif self._over(i, letter, f.size):
                    continue
                target = self._target(i, f, by_baseline, baselines, fixed)
                if target is not None and target[1] != letter:
                    where, base = target
                    f.moved.add(i)
                    where.received.setdefault(base, []).append(self.subst.get(i, fixed[i]))
                    self.counts["marks reattached"] += 1

    def _over(self, mark: int, letter: int, size: float) -> bool:
        """Whether the middle of ``mark``'s ink lies over ``letter`` (or just right of it,
        where a tone mark overhangs its letter: ``ได้``)."""
        m, b = self.box(mark), self.box(letter)
        return b[0] <= (m[0] + m[2]) / 2 <= b[2] + 0.1 * size

    def _target(self, i: int, f: _Fragment, by_baseline: list[_Fragment],
                baselines: list[float], fixed: str) -> tuple[_Fragment, int] | None:
        """The fragment and letter that mark ``i`` of ``f`` is drawn on."""
        ink = self.box(i)
        boxes = self._boxes
        middle, size = (ink[0] + ink[2]) / 2, f.size
        if fixed[i] in _BELOW:  # its top near a baseline above it
            low, high, aim = ink[1] - 0.5 * size, ink[1] + 0.3 * size, ink[1]
        else:  # its bottom some way above a baseline
            low, high, aim = ink[3] + 0.05 * size, ink[3] + 1.0 * size, ink[3] + 0.45 * size
        best: tuple[int, float, _Fragment, int] | None = None
        for g in self._near(f, by_baseline, baselines, low, high):
            if not (g.x0 - 0.3 * size <= middle <= g.x1 + 0.3 * size
                    and low <= g.baseline <= high):
                continue
            letters = self._letters(g, fixed)
            at = bisect.bisect_right(letters, middle, key=lambda j: (
                boxes.get(j) or self.box(j))[0])
            window = letters[max(0, at - 2):at + 1]
            found = best_base(ink, [self.box(j) for j in window], 0.3 * size)
            distance = abs(g.baseline - aim)
            if found is not None and (best is None or (found[1], distance) < best[:2]):
                best = (found[1], distance, g, window[found[0]])
                if g is f and found[1] == 0:
                    break  # under the mark, in its own line: no need to look further
        return (best[2], best[3]) if best is not None else None

    @staticmethod
    def _near(f: _Fragment, by_baseline: list[_Fragment], baselines: list[float], low: float,
              high: float) -> Iterator[_Fragment]:
        """``f``, then the fragments with a baseline between ``low`` and ``high``."""
        yield f
        for k in range(bisect.bisect_left(baselines, low), bisect.bisect_right(baselines, high)):
            if by_baseline[k] is not f:
                yield by_baseline[k]

    def _letters(self, g: _Fragment, fixed: str) -> list[int]:
        """The consonants of fragment ``g`` (left to right, as set)."""
        if g.letters is None:
            g.letters = [m.start() for m in _CONSONANT.finditer(fixed, g.start, g.stop)]
        return g.letters

    # --- 5: spaces, and the spans ----------------------------------------------------

    def spans(self, f: _Fragment, fixed: str) -> list[Span]:
        """The spans of fragment ``f``: its clusters, spaces decided, cut at wide gaps."""
        work = fixed[f.start:f.stop]
        chars: list[str] | None = None  # the fragment's text by character, where edited
        uneven = self.uneven[bisect.bisect_left(self.uneven, f.start):
                             bisect.bisect_left(self.uneven, f.stop)] if self.uneven else []
        if not (f.moved or f.received or uneven or _SPACES.search(work)):
            # (most fragments: one word or one run of Thai without a space)
            return [Span(work.translate(_CONTROL), f.x0, f.x1, f.baseline, f.size, f.bold)]
        if f.moved or f.received or uneven:
            chars = list(work)
            for i in uneven:
                chars[i - f.start] = self.subst[i]
            for i in f.moved:
                chars[i - f.start] = ""
            for i, marks in f.received.items():
                chars[i - f.start] += "".join(marks)
            if f.moved:
                blanked = list(work)
                for i in f.moved:
                    blanked[i - f.start] = " "
                work = "".join(blanked)
        skipped = f.moved.union(uneven)  # (not spaces: a run through them is generated)

        def text(a: int, b: int) -> str:
            return work[a:b] if chars is None else "".join(chars[a:b])

        pieces: list[tuple[int, int, str]] = []  # first, last (page indices) and text
        parts: list[str] = []
        first = pos = -1
        for m in _SPACES.finditer(work):
            a, b = m.span()
            if a == 0:
                pos = b
                continue
            pos = max(pos, 0)
            if first < 0:
                first = f.start + pos
            parts.append(text(pos, a))
            if b == len(work):
                pos = b
                break
            decision = self._space(f, f.start + a - 1, f.start + b, skipped=skipped,
                                   left=parts[-1], work=work, at=b)
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
            last = _last_ink(work, 0, len(work)) + f.start
            pieces.append((first, last, "".join(parts)))
        return [self._span(f, a, b, t) for a, b, t in pieces if t.strip()]

    def _space(self, f: _Fragment, before: int, after: int, *, skipped: set[int], left: str,
               work: str, at: int) -> str:
        """What a run of spaces between characters ``before`` and ``after`` becomes:
        ``" "``, ``""`` (a space inside a word), or ``"cut"`` (a wide gap).

        One space typed in the text (not generated by pdfium) is a word space without
        measuring: a table's cells are apart by pdfium's spaces or by several."""
        run = range(before + 1, after)
        if len(run) == 1 and run[0] not in skipped and not self.page.is_generated(run[0]):
            return " "
        gap = self.box(after)[0] - self.box(before)[2]
        em = f.size
        if gap > CELL_GAP * em or gap < -JUMP_BACK * em:
            return "cut"
        if gap >= WORD_GAP * em:
            return " "
        spaces = [k for k in run if k not in skipped]
        is_generated = self.page.is_generated
        if not all(is_generated(k) for k in spaces):
            return " "
        left_run = _THAI_RUN_END.search(left)
        right_run = _THAI_RUN_START.match(work, at)
        thai = left_run is not None and right_run is not None
        if gap < TIGHT_GAP * em or (thai and _joins_word(left_run.group(),  # type: ignore[union-attr]
                                                         right_run.group())):  # type: ignore[union-attr]
            if thai and len(spaces) == len(run):  # (spaces, not marks moved away)
                self.counts["spaces removed"] += 1
            return ""
        return " "

    def _span(self, f: _Fragment, first: int, last: int, text: str) -> Span:
        text = text.translate(_CONTROL)
        x0, x1 = self.box(first)[0], max(self.box(last)[2], self.box(first)[2])
        return Span(text, x0, x1, f.baseline, f.size, f.bold)


def _letter_before(text: str, i: int) -> int:
    """The index of the consonant before ``i``, marks skipped (``i - 1`` if none)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if text[k] in CONSONANTS:
            return k
    return i - 1


def _first_ink(text: str, start: int, stop: int) -> int | None:
    found = _INK.search(text, start, stop)
    return found.start() if found else None


def _last_ink(text: str, start: int, stop: int) -> int:
    for i in range(stop - 1, start - 1, -1):
        if not text[i].isspace() and text[i] != _GONE:
            return i
    return start


def _last_letter(text: str, start: int, stop: int) -> int | None:
    for i in range(stop - 1, start - 1, -1):
        if text[i] in CONSONANTS:
            return i
    return None


def page_spans(page: Page, glyphs: Glyphs, counts: Counter[str]) -> list[Span]:
    """The spans of a page's text layer, Thai rebuilt from the glyphs (see the module).

    ``counts`` gets one count per repair, by kind (``"marks reattached"``...)."""
    if not page.text.strip():
        return []
    reader = _PageReader(page, glyphs, counts)
    fixed = reader.fix_characters()
    fragments = reader.fragments(fixed)
    upright = [page.upright(_first_ink(fixed, f.start, f.stop) or f.start) for f in fragments]
    reader.move_marks(fixed, [f for f, up in zip(fragments, upright, strict=True) if up])
    spans: list[Span] = []
    for f, up in zip(fragments, upright, strict=True):
        if up:
            spans += reader.spans(f, fixed)
            continue
        last = _last_ink(fixed, f.start, f.stop)
        a, b = page.box(f.start), page.box(last)
        text = " ".join(fixed[f.start:f.stop].translate(_CONTROL).split())
        spans.append(Span(text, min(a[0], b[0]), max(a[2], b[2]), max(a[3], b[3]),
                          f.size, page.font(f.start).bold, upright=False))
    return spans
