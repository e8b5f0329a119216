"""Repair of the damage PDF text extraction does to Thai.

PDF fonts for Thai (TH Sarabun and friends) map glyphs to characters badly, so
the text layer of a Thai PDF comes out with three kinds of damage:

* ``า`` (sara aa) read as ``ำ`` (sara am): ``การศึกษำ``, ``กำร``, ``ควำม``;
* spaces inside words, after a tone mark or before ``ำ``: ``เป็ น``,
  ``ผู้ป่ วย``, ``ส ำนัก``, ``จ ำเป็ น``; and ``ำ`` drawn as ``ํ`` + ``า``
  whose ``ํ`` became a space: ``ส านัก``, ``ก าหนด``;
* vowels and tone marks in the wrong order (fixed by
  :func:`thaiplan.normalize.fix_thai_marks`, which runs before this step).

:func:`repair_pdf_text` undoes the first two, and only where the result is
certain or validated by the dictionary (pythainlp's Thai word list):

1. A space before ``ำ`` or a combining mark that follows a Thai letter is
   removed: no Thai word starts with one, so the space is always damage.
2. A space after ``เ◌็`` or ``แ◌็`` is removed: that vowel always needs a final
   consonant (``เป็ น`` → ``เป็น``). So is a space before ``า`` after a consonant
   or a mark (``า`` never starts a word either); the dictionary reads that ``า`` as
   ``ำ`` where it makes fewer characters outside words or fewer words — on a tie,
   ``ำ`` after a consonant (``ส านัก`` → ``สำนัก``), ``า`` after a mark
   (``เป้ าหมาย`` → ``เป้าหมาย``).
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
is idempotent. When a damaged spelling could come from two words (``มำลำ``:
``มาลา`` or ``มาลำ``), the word needing fewer changes wins, then the first in
Unicode order.

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

from ._pythainlp import pythainlp_words

__all__ = ["looks_pdf_damaged", "repair_pdf_text", "segmentation_cost"]

# Patterns start with a literal space where they can: ``re`` then skips to the
# next space at C speed instead of trying the pattern at every character.
_THAI = "\u0e01-\u0e4e"  # the characters of a run of Thai letters (no digits)
# A follow vowel (ำ) or a combining mark never starts a word, so a space before
# one right after a Thai letter or mark is extraction damage, never spelling.
_SPACE_BEFORE_MARK = re.compile(
    f" (?<=[{_THAI}] ) *(?=[\u0e33\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")
# เ◌็ / แ◌็ (short e, short ae) always end in a final consonant: เป็ น → เป็น.
_SPACE_AFTER_SHORT_E = re.compile(
    "([\u0e40\u0e41][\u0e01-\u0e2e]{1,2}\u0e47) +(?=[\u0e01-\u0e2e])")
# Characters that cannot start a word: a word boundary never falls before them.
_NO_START = frozenset("\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a"
                      "\u0e45\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_STARTS = "".join(chr(c) for c in range(0x0E01, 0x0E4F) if chr(c) not in _NO_START)
# Besides ``ำ``, the dictionary has work where a space follows a tone mark and
# precedes a consonant or a leading vowel.
_TONE_SPACE_CONSONANT = re.compile(
    " (?<=[\u0e47-\u0e4b] )(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# Such a space before a run that can start a word, and (captured) that whole run:
# a space the dictionary may remove.
_JOINABLE = re.compile(f" (?<=[\u0e47-\u0e4b] )(?=([{_STARTS}][{_THAI}]*))")
_THAI_RUN = re.compile(f"[{_THAI}]*")
# ``ำ`` drawn as ``ํ`` + ``า`` loses its ``ํ`` to a space (``ส านัก``), and a space can
# follow a tone mark (``เป้ าหมาย``): spaces before ``า`` (which never starts a word)
# after a consonant or a mark. The dictionary decides ``า`` or ``ำ``. (Not after ``ํ``:
# ``ํ`` + ``า`` is a decomposed ``ำ``, which normalize composes before this step.)
_SPACE_BEFORE_AA = re.compile(
    "(?<=[\u0e01-\u0e2e\u0e31\u0e34-\u0e3a\u0e47-\u0e4c\u0e4e]) +(?=\u0e32)")
_AM, _AA = "\u0e33", "\u0e32"
_MAX_WORD = 24  # longer dictionary words are compounds of shorter ones
_MAX_FLIPS = 3
_PREFIX = 4  # candidate word lengths are looked up by a run's next 4 characters

Cost = tuple[int, int, int]  # (characters outside words, words, ำ read as า)


def _fold(text: str) -> str:
    """``text`` with every ``ำ`` read as ``า`` (how a damaged spelling is looked up)."""
    return text.replace(_AM, _AA)


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], dict[str, int], frozenset[str]]:
    """Dictionary words, their folded spellings, the lengths of the longer ones by
    folded prefix, and the characters that start a folded word.

    A damaged spelling folds like its word, so the folded forms find candidate
    words for :func:`_correct` and the pieces :func:`_segment` tries: each folded
    4-character prefix maps to a bit mask with bit ``n`` set when a word of ``n``
    characters (5 to 24) starts with it (:func:`_candidates`). This runs once per
    process (about 30 ms for the masks). (Longer words than ``_MAX_WORD`` stay in the
    set; no piece looked up is that long.)"""
    words = pythainlp_words()
    folded = _fold("\n".join(words)).split("\n")
    masks: dict[str, int] = {}
    get = masks.get
    for word in folded:
        if _PREFIX < len(word) <= _MAX_WORD:
            prefix = word[:_PREFIX]
            masks[prefix] = get(prefix, 0) | 1 << len(word)
    return words, frozenset(folded), masks, frozenset(word[:1] for word in folded)


@cache  # (one entry per distinct mask: a few thousand at most)
def _candidates(mask: int) -> tuple[int, ...]:
    """The lengths of piece to try where a run goes on with a folded prefix of ``mask``
    (see :func:`_lexicon`): 1 to 4, then those whose bits the mask sets, ascending."""
    return (*range(1, _PREFIX + 1),
            *(n for n in range(_PREFIX + 1, _MAX_WORD + 1) if mask >> n & 1))


@lru_cache(maxsize=1 << 16)
def _correct(piece: str) -> tuple[str, int] | None:
    """The dictionary word that ``piece`` (not a word itself) is a damaged spelling of,
    and how many ``า`` were written ``ำ``.

    The word holds at most 3 ``า``. The fewest changes win, then the first word in
    Unicode order."""
    words, folded = _lexicon()[:2]
    if _fold(piece) not in folded:
        return None
    places = [i for i, ch in enumerate(piece) if ch == _AM]
    for flips in range(1, _MAX_FLIPS - piece.count(_AA) + 1):
        found = []
        for chosen in combinations(places, flips):
            chars = list(piece)
            for i in chosen:
                chars[i] = _AA
            word = "".join(chars)
            if word in words:
                found.append(word)
        if found:
            return min(found), flips
    return None


# A cost as one integer, compared and added at C speed: (outside, words, flips) as
# outside * 2**64 + words * 2**32 + flips, in the same order (none reaches 2**32).
_SHIFT = 1 << 32
_A_WORD = _SHIFT
_AN_OUTSIDE_CHAR = _SHIFT * _SHIFT + _SHIFT  # a character outside words is a word too


@lru_cache(maxsize=1 << 14)
def _segment(run: str) -> tuple[Cost, str]:
    """Best segmentation of a Thai run: its cost and the text with repairs chosen.

    For each place from the end, the cheapest way on: one character outside words,
    or a word (or damaged word) to a place where a word may start, the shortest one
    of equal cost."""
    n = len(run)
    words, folded, masks, starts = _lexicon()
    run_folded = _fold(run)  # a word or a damaged word folds to a folded word
    ends = [ch not in _NO_START for ch in run]  # a piece may end before run[j]
    ends.append(True)
    best = [0] * (n + 1)
    back: list[tuple[int, str]] = [(0, "")] * (n + 1)
    for i in range(n - 1, -1, -1):
        cand = best[i + 1] + _AN_OUTSIDE_CHAR
        choice = (i + 1, run[i])
        if run_folded[i] not in starts:  # (a vowel or a mark: no word starts here)
            best[i], back[i] = cand, choice
            continue
        for length in _candidates(masks.get(run_folded[i:i + _PREFIX], 0)):
            j = i + length
            if j > n:
                break
            if not ends[j] or run_folded[i:j] not in folded:  # (most pieces stop here)
                continue
            piece = run[i:j]
            if piece in words:
                cost, fixed = best[j] + _A_WORD, piece
            else:
                found = _correct(piece) if _AM in piece else None
                if found is None:
                    continue
                cost, fixed = best[j] + _A_WORD + found[1], found[0]
            if cost < cand:
                cand, choice = cost, (j, fixed)
        best[i], back[i] = cand, choice
    out: list[str] = []
    i = 0
    while i < n:
        i, piece = back[i]
        out.append(piece)
    outside, rest = divmod(best[0], _SHIFT * _SHIFT)
    return (outside, *divmod(rest, _SHIFT)), "".join(out)


def _segment_any(run: str) -> tuple[Cost, str]:
    """:func:`_segment`, cached for runs of ordinary length only (bounded memory)."""
    return _segment(run) if len(run) <= 200 else _segment.__wrapped__(run)


@lru_cache(maxsize=1 << 16)
def _repair_run(run: str) -> str:
    """The run with ``ำ`` read as ``า`` where the dictionary says so."""
    if _AM not in run:
        return run
    return _segment_any(run)[1]


@lru_cache(maxsize=1 << 16)
def _should_join(left: str, right: str) -> bool:
    """Whether the space between two Thai runs is extraction damage."""
    # Only fewer characters outside words count: fewer words is not enough
    # (``ก็ ได้`` is as right as ``ก็ได้``).
    apart = _segment_any(left)[0][0] + _segment_any(right)[0][0]
    return apart > 0 and _segment_any(left + right)[0][0] < apart  # 0 is the least possible


def segmentation_cost(run: str) -> tuple[int, int]:
    """How well the dictionary reads a run of Thai letters: the characters left
    outside words and the number of words, in the best segmentation (lower is better).

    >>> segmentation_cost("การสรรหา"), segmentation_cost("รสรรหา") > (0, 1)
    ((0, 2), True)
    """
    return _segment_any(run)[0][:2]


def _run_start(text: str, backwards: str, end: int) -> int:
    """Where the run of Thai letters that ends just before ``end`` starts.

    ``backwards`` is ``text[::-1]``, where the run reads from ``len(text) - end`` on:
    one match of a regular expression (C speed) instead of a loop over characters."""
    found = _THAI_RUN.match(backwards, len(text) - end)
    return len(text) - found.end()  # type: ignore[union-attr]  # ``*`` always matches


def _join_runs(text: str) -> str:
    """Remove the spaces after a tone mark that the dictionary says split a word.

    Runs are joined left to right: a run joined to the one before is the left
    side of the next decision (``เป็ น ไป`` is judged as ``เป็น`` + ``ไป``)."""
    removed: list[int] = []
    carry, carry_end = "", -1  # the run built by the last join, and where it ends
    backwards = ""
    for m in _JOINABLE.finditer(text):
        space = m.start()
        if carry_end == space:
            left = carry
        else:
            backwards = backwards or text[::-1]
            left = text[_run_start(text, backwards, space):space]
        right = m.group(1)
        if _should_join(left, right):
            removed.append(space)
            carry, carry_end = left + right, space + 1 + len(right)
    if not removed:
        return text
    pieces, start = [], 0
    for space in removed:
        pieces.append(text[start:space])
        start = space + 1
    pieces.append(text[start:])
    return "".join(pieces)


def _repair_am_runs(text: str) -> str:
    """Each run of Thai letters holding ``ำ``, repaired by :func:`_repair_run`."""
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    at = text.find(_AM)
    backwards = text[::-1] if at >= 0 else ""
    while at >= 0:
        start = _run_start(text, backwards, at)
        end = _THAI_RUN.match(text, at).end()  # type: ignore[union-attr]  # ``*`` always matches
        run = text[start:end]
        fixed = _repair_run(run)
        if fixed != run:
            pieces += (text[done:start], fixed)
            done = end
        at = text.find(_AM, end)
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _rejoin_aa(text: str) -> str:
    """Remove the spaces before ``า`` that :data:`_SPACE_BEFORE_AA` finds, reading the
    ``า`` as ``ำ`` where the dictionary prefers it.

    After a consonant (``ส านัก``) the lost ``ํ`` is the usual cause: ``ำ`` unless
    ``า`` leaves fewer characters outside words, or as many in fewer words. After a
    mark (``เป้ าหมาย``, ``ค่ านิยม``) a stray space is: ``า`` unless ``ำ`` does better.
    """
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    backwards = text[::-1]
    vowel = ""
    for m in _SPACE_BEFORE_AA.finditer(text):
        space, aa = m.start(), m.end()
        start = _run_start(text, backwards, space)
        # (a run that starts with the vowel read just before starts with that reading)
        left = text[start:space] if start >= done else vowel + text[done:space]
        right = text[aa + 1:_THAI_RUN.match(text, aa).end()]  # type: ignore[union-attr]
        vowel = _read_aa(left, right)
        pieces += (text[done:space], vowel)
        done = aa + 1
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


@lru_cache(maxsize=1 << 12)
def _read_aa(left: str, right: str) -> str:
    """``า`` or ``ำ``, for the vowel between the Thai runs ``left`` and ``right``."""
    as_aa = _segment_any(left + _AA + right)[0]
    am_cost, am_text = _segment_any(left + _AM + right)
    kept = am_text[len(left)] == _AM  # (a repair keeps the length of the run)
    if not kept:
        return _AA
    if left[-1] <= "\u0e2e":  # after a consonant
        return _AM
    return _AM if am_cost[:2] < as_aa[:2] else _AA


def _dictionary_repair(text: str) -> str:
    if " " in text:
        text = _join_runs(text)
    return _repair_am_runs(text)


def repair_pdf_text(text: str) -> str:
    """Undo PDF-extraction damage in Thai text where the repair is certain.

    See the module documentation for the rules. Text without ``ำ`` and without a
    space before a mark or after a tone mark costs a few scans at C speed; the
    dictionary is loaded on first need and looks only at the runs around ``ำ`` and
    at such spaces.

    Args:
        text: text, possibly extracted from a PDF.

    Returns:
        The repaired text; correctly written words are returned unchanged.

    >>> repair_pdf_text("ควำมเป็ นเลิศด้ำนกำรให้บริกำร")
    'ความเป็นเลิศด้านการให้บริการ'
    >>> repair_pdf_text("แผนปฏิบัติการประจ ำปีงบประมำณ")
    'แผนปฏิบัติการประจำปีงบประมาณ'
    """
    if " " in text:
        text = _SPACE_BEFORE_MARK.sub("", text)
        if " \u0e32" in text:
            text = _rejoin_aa(text)
        if "\u0e47 " in text:
            text = _SPACE_AFTER_SHORT_E.sub(r"\1", text)
        if _AM not in text and not _TONE_SPACE_CONSONANT.search(text):
            return text
    elif _AM not in text:
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
