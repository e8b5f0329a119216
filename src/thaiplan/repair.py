"""Repair of the damage PDF text extraction does to Thai.

PDF fonts for Thai (TH Sarabun and friends) map glyphs to characters badly, so
the text layer of a Thai PDF comes out with three kinds of damage:

* ``า`` (sara aa) read as ``ำ`` (sara am): ``การศึกษำ``, ``กำร``, ``ควำม``;
* spaces inside words, after a tone mark or before ``ำ``: ``เป็ น``,
  ``ผู้ป่ วย``, ``ส ำนัก``, ``จ ำเป็ น``;
* vowels and tone marks in the wrong order (fixed by
  :func:`thaiplan.normalize.fix_thai_marks`, which runs before this step).

:func:`repair_pdf_text` undoes the first two, and only where the result is
certain or validated by the dictionary (pythainlp's Thai word list):

1. A space before ``ำ`` or a combining mark that follows a Thai letter is
   removed: no Thai word starts with one, so the space is always damage.
2. A space after ``เ◌็`` or ``แ◌็`` is removed: that vowel always needs a final
   consonant (``เป็ น`` → ``เป็น``).
3. In each run of Thai letters that holds ``ำ``, and across each space that
   follows a tone mark, the dictionary decides: the text is segmented into words
   (maximal matching) both as written and with ``ำ`` read as ``า`` / the space
   removed. A space is removed only when that leaves strictly fewer characters
   outside dictionary words; ``ำ`` is read as ``า`` when that leaves fewer such
   characters, or as many but fewer words. Correct words (``สำนักงาน``,
   ``ทำงาน``, ``ที่ ได้``, ``ก็ ได้``) are never changed: ties keep the text as
   written.

Decisions are local to a run of Thai letters (and its neighbour across a
space), so a line gives the same result alone or inside its page, and the step
is idempotent.

>>> repair_pdf_text("ส ำนักงานเขตพื้นที่กำรศึกษาเป็ นองค์กรแห่งคุณภาพ")
'สำนักงานเขตพื้นที่การศึกษาเป็นองค์กรแห่งคุณภาพ'
>>> repair_pdf_text("ผู้ป่ วยได้รับบริกำรที่ปลอดภัย")
'ผู้ป่วยได้รับบริการที่ปลอดภัย'
>>> repair_pdf_text("สำนักงานทำงานที่ ได้มาตรฐาน")
'สำนักงานทำงานที่ ได้มาตรฐาน'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import combinations

from ._pythainlp import pythainlp_module

__all__ = ["looks_pdf_damaged", "repair_pdf_text"]

# A follow vowel (ำ) or a combining mark never starts a word, so a space before
# one right after a Thai letter or mark is extraction damage, never spelling.
_SPACE_BEFORE_MARK = re.compile(
    "(?<=[\u0e01-\u0e4e]) +(?=[\u0e33\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")
# เ◌็ / แ◌็ (short e, short ae) always end in a final consonant: เป็ น → เป็น.
_SPACE_AFTER_SHORT_E = re.compile(
    "([\u0e40\u0e41][\u0e01-\u0e2e]{1,2}\u0e47) +(?=[\u0e01-\u0e2e])")
# Where the dictionary has work to do: a sara am, or a space after a tone mark.
_CANDIDATE = re.compile("\u0e33|[\u0e48-\u0e4b\u0e47] (?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# Runs of Thai letters (no digits), and what separates them.
_RUN_SPLIT = re.compile("([\u0e01-\u0e4e]+)")
# Characters that cannot start a word: a word boundary never falls before them.
_NO_START = frozenset("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"
                      "\u0e45\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_TONE_END = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b")
_AM, _AA = "\u0e33", "\u0e32"
_MAX_WORD = 24  # longer dictionary words are compounds of shorter ones
_MAX_FLIPS = 3
_PREFIX = 4  # า→ำ variants generated per word: 2^3 - 1 at most

Cost = tuple[int, int, int]  # (characters outside words, words, ำ read as า)
_INF: Cost = (1 << 30, 0, 0)


@cache
def _lexicon() -> tuple[frozenset[str], dict[str, str], dict[str, tuple[int, ...]]]:
    """Dictionary words, damaged spellings (some า written ำ) → correct word, and
    for each 4-character prefix the lengths of the entries that start with it."""
    words = frozenset(w for w in pythainlp_module("pythainlp.corpus").thai_words()
                      if len(w) <= _MAX_WORD)
    damaged: dict[str, str] = {}
    for word in words:
        places = [i for i, ch in enumerate(word) if ch == _AA]
        if not places or len(places) > _MAX_FLIPS:
            continue
        for k in range(1, len(places) + 1):
            for chosen in combinations(places, k):
                chars = list(word)
                for i in chosen:
                    chars[i] = _AM
                variant = "".join(chars)
                if variant not in words:
                    damaged.setdefault(variant, word)
    lengths: dict[str, set[int]] = {}
    for entry in (*words, *damaged):
        if len(entry) > _PREFIX:
            lengths.setdefault(entry[:_PREFIX], set()).add(len(entry))
    return words, damaged, {k: tuple(sorted(v)) for k, v in lengths.items()}


def _segment(run: str) -> tuple[Cost, str]:
    """Best segmentation of a Thai run: its cost and the text with repairs chosen."""
    words, damaged, prefixes = _lexicon()
    n = len(run)
    best: list[Cost] = [_INF] * (n + 1)
    back: list[tuple[int, str]] = [(0, "")] * (n + 1)
    best[n] = (0, 0, 0)
    for i in range(n - 1, -1, -1):
        nxt = best[i + 1]
        cand: Cost = (nxt[0] + 1, nxt[1] + 1, nxt[2])
        choice = (i + 1, run[i])
        for length in (1, 2, 3, 4, *prefixes.get(run[i:i + _PREFIX], ())):
            j = i + length
            if j > n:
                break
            if j < n and run[j] in _NO_START:
                continue
            piece = run[i:j]
            after = best[j]
            if piece in words:
                cost: Cost = (after[0], after[1] + 1, after[2])
                fixed = piece
            else:
                correct = damaged.get(piece) if _AM in piece else None
                if correct is None:
                    continue
                flips = sum(1 for a, b in zip(piece, correct, strict=True) if a != b)
                cost = (after[0], after[1] + 1, after[2] + flips)
                fixed = correct
            if cost < cand:
                cand, choice = cost, (j, fixed)
        best[i], back[i] = cand, choice
    out: list[str] = []
    i = 0
    while i < n:
        j, piece = back[i]
        out.append(piece)
        i = j
    return best[0], "".join(out)


@lru_cache(maxsize=1 << 16)
def _repair_run(run: str) -> str:
    """The run with ``ำ`` read as ``า`` where the dictionary says so."""
    if _AM not in run:
        return run
    return _segment(run)[1]


@lru_cache(maxsize=1 << 16)
def _should_join(left: str, right: str) -> bool:
    """Whether the space between two Thai runs is extraction damage."""
    # Only fewer characters outside words count: fewer words is not enough
    # (``ก็ ได้`` is as right as ``ก็ได้``).
    return _segment(left + right)[0][0] < _segment(left)[0][0] + _segment(right)[0][0]


def _dictionary_repair(text: str) -> str:
    parts = _RUN_SPLIT.split(text)  # odd indices are Thai runs
    # Join runs across a single space after a tone mark where the dictionary agrees.
    i = 1
    while i + 2 < len(parts):
        left, sep, right = parts[i], parts[i + 1], parts[i + 2]
        if sep == " " and left[-1] in _TONE_END and right[0] not in _NO_START \
                and _should_join(left, right):
            parts[i : i + 3] = [left + right]
            continue
        i += 2
    for k in range(1, len(parts), 2):
        parts[k] = _repair_run(parts[k])
    return "".join(parts)


def repair_pdf_text(text: str) -> str:
    """Undo PDF-extraction damage in Thai text where the repair is certain.

    See the module documentation for the rules. Text without ``ำ`` and without a
    space after a tone mark costs one regular-expression search.

    Args:
        text: text, possibly extracted from a PDF.

    Returns:
        The repaired text; correctly written words are returned unchanged.

    >>> repair_pdf_text("ควำมเป็ นเลิศด้ำนกำรให้บริกำร")
    'ความเป็นเลิศด้านการให้บริการ'
    >>> repair_pdf_text("แผนปฏิบัติการประจ ำปีงบประมำณ")
    'แผนปฏิบัติการประจำปีงบประมาณ'
    """
    text = _SPACE_AFTER_SHORT_E.sub(r"\1", _SPACE_BEFORE_MARK.sub("", text))
    if not _CANDIDATE.search(text):
        return text
    return _dictionary_repair(text)


def looks_pdf_damaged(text: str) -> bool:
    """Whether ``text`` shows PDF-extraction damage that :func:`repair_pdf_text` repairs.

    Call it on the text as read (before :func:`thaiplan.normalize`, which repairs).

    Args:
        text: any text.

    Returns:
        ``True`` when repairing would change a Thai word (spaces around the
        text's lines aside).

    >>> looks_pdf_damaged("ส ำนักงานเขตพื้นที่กำรศึกษา")
    True
    >>> looks_pdf_damaged("สำนักงานเขตพื้นที่การศึกษา")
    False
    """
    return repair_pdf_text(text) != text
