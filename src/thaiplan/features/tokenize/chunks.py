"""Segmentation of a text: phrases kept whole, the rest by the engine, chunk by chunk.

A chunk is a whitespace-free piece of text; each distinct chunk is normalised and
segmented once (bounded memos per engine), and a text is segmented whole only when a
repair, a phrase or a dictionary word with a space needs it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache, partial
from itertools import chain, pairwise
from typing import NamedTuple

from ..._memo import BoundedMemo
from ...normalize import remove_invisible, thai_to_arabic_digits
from .dictionary import _phrase_forms, _phrase_pattern, word_list
from .engines import ENGINES
from .normal import _DOUBLABLE, _SUSPECT

_ASCII_ALNUM = re.compile(r"[0-9a-z]")
# Anything but letters, digits, Thai vowels and marks (and the repetition mark ๆ,
# the abbreviation mark ฯ): punctuation, symbols, emoji.
_PUNCT = re.compile(r"[^\w\u0e31\u0e34-\u0e3a\u0e47-\u0e4e ]|[_\u0e2f\u0e46\u0e4f\u0e5a\u0e5b]")
_CHUNK = 300  # longer texts are segmented space-separated chunk by chunk
# What a chunk needs, in increasing order of work (the text takes the maximum).
_SEGMENTED = 0  # tokens known: nothing to repair, no phrase, no spaced dictionary word
_WHOLE_TEXT = 1  # a phrase (ASCII letter or digit) or a spaced dictionary word may fit
_REPAIRS = 2  # normalize_for_tokens has repairs to try (decomposed sara am, marks...)


class _Chunk(NamedTuple):
    """What :func:`tokenize` needs to know about one whitespace-free piece of raw text."""

    norm: str
    """Normalised as by :func:`normalize_for_tokens` before repairs; ``""`` if nothing is left."""
    kind: int
    """``_SEGMENTED``, ``_WHOLE_TEXT`` or ``_REPAIRS``."""
    tokens: tuple[str, ...]
    """Tokens of ``norm``, punctuation as boundaries (when ``_SEGMENTED``)."""
    head: str
    """``norm[0]``."""
    tail: str
    """``norm[-1]``."""


_EMPTY_CHUNK = _Chunk("", _SEGMENTED, (), "", "")
_MEMO_SIZE = 1 << 14
# per engine: raw chunk -> _Chunk, and space-free chunk -> segmenter tokens
_CHUNK_MEMOS: defaultdict[str, BoundedMemo[_Chunk]] = defaultdict(
    lambda: BoundedMemo(_MEMO_SIZE))
_TOKEN_MEMOS: defaultdict[str, BoundedMemo[tuple[str, ...]]] = defaultdict(
    lambda: BoundedMemo(_MEMO_SIZE))
# Engines for which a space is a hard boundary (outside dictionary words with a
# space): the tokens of a text are the tokens of its chunks. Checked on the corpus
# and on random text for nlpo3; pythainlp's newmm can split an unknown run
# differently when it stands alone, so its texts up to _CHUNK characters are
# segmented whole.
_CHUNK_LOCAL = frozenset({"nlpo3"})
# Thai letters, vowels and marks: no digit, punctuation (ฯ ๆ ๏ ฿), case or invisible character.
_THAI_ONLY = re.compile("[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]+")
# Where the per-chunk fast path does not apply: a repair or a phrase may be needed.
_NOT_PLAIN = re.compile(f"{_SUSPECT.pattern}|{_ASCII_ALNUM.pattern}")
# Characters that _SUSPECT finds doubled, also across a space ("เ เ").
_DOUBLED = frozenset(c for c in map(chr, range(0x0E00, 0x0E80)) if re.match(f"[{_DOUBLABLE}]", c))


@cache
def _spaced_words() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Dictionary words with a space, by the two characters around their first space.

    Segmenting a whole text can return such a word (``เอซี มิลาน``) as one token,
    so a text that holds one is not segmented chunk by chunk. The second item
    lists the words with a space next to their first space (none in practice),
    which the two-character key cannot find.
    """
    by_pair: dict[str, list[str]] = {}
    odd: list[str] = []
    for word in word_list():
        i = word.find(" ")
        if i < 0:
            continue
        key = word[i - 1:i + 2:2] if i > 0 else ""
        if len(key) == 2 and " " not in key:
            by_pair.setdefault(key, []).append(word)
        else:
            odd.append(word)
    return {pair: tuple(words) for pair, words in by_pair.items()}, tuple(odd)


@cache
def _stop_pairs() -> frozenset[str]:
    """Two characters around a space that stop the chunk by chunk path.

    The characters around the first space of a dictionary word with a space, and
    a doubled vowel or mark (``เ เ``), which normalize_for_tokens repairs.
    """
    return frozenset(_spaced_words()[0]) | {c + c for c in _DOUBLED}


def _junctions(chunks: list[str]) -> Iterable[str]:
    """The two characters around each single space between the non-empty ``chunks``."""
    return (left[-1] + right[0] for left, right in pairwise(chunks) if left and right)


def _has_spaced_word(chunks: list[str], text: str) -> bool:
    """Whether ``text`` (``chunks`` = ``text.split(" ")``) holds a dictionary word with a space."""
    by_pair, odd = _spaced_words()
    for pair in _junctions(chunks):
        words = by_pair.get(pair)
        if words is not None and any(w in text for w in words):
            return True
    return any(w in text for w in odd)


def _chunk_tokens(chunks: list[str], engine: str) -> list[str]:
    """Tokens of non-empty, space-free ``chunks`` in order, each distinct chunk segmented once."""
    def segment(chunk: str) -> tuple[str, ...]:
        return tuple([t for t in ENGINES[engine](chunk) if t])

    return list(chain.from_iterable(_TOKEN_MEMOS[engine].get_many(chunks, segment)))


def _segment_words(words: str, engine: str) -> list[str]:
    """Tokens of phrase-free text whose punctuation is already spaces."""
    chunks = words.split(" ")
    # A space is a hard boundary for the segmenter except inside a dictionary
    # word with a space, which only a whole text of at most _CHUNK characters
    # can return; otherwise the tokens of the chunks are the tokens of the text.
    if len(words) <= _CHUNK and len(chunks) > 1 and (
            engine not in _CHUNK_LOCAL or _has_spaced_word(chunks, words)):
        return [t for t in ENGINES[engine](words) if not t.isspace() and t]
    return _chunk_tokens(list(filter(None, chunks)), engine)


def _tokenize_normalized(text: str, engine: str) -> tuple[str, ...]:
    # every phrase has a digit or a Latin letter; most Thai goals have neither
    pattern = _phrase_pattern() if _ASCII_ALNUM.search(text) else None
    if pattern is None:
        # punctuation becomes a boundary, so the segmenter returns words and spaces only
        return tuple(_segment_words(_PUNCT.sub(" ", text), engine))
    out: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        out += _segment_words(_PUNCT.sub(" ", text[start:match.start()]), engine)
        squeezed = match.group(0).replace(" ", "")
        out.append(_phrase_forms().get(squeezed, squeezed))
        start = match.end()
    out += _segment_words(_PUNCT.sub(" ", text[start:]), engine)
    return tuple(out)


def _make_chunk(raw: str, engine: str) -> _Chunk:
    """The :class:`_Chunk` of a whitespace-free piece of raw text."""
    if _THAI_ONLY.fullmatch(raw):  # the usual chunk: nothing to remove, convert or lower-case
        norm = words = raw
    else:  # the first steps of normalize_for_tokens, which act character by character
        norm = thai_to_arabic_digits(remove_invisible(raw)).lower()
        if not norm:
            return _EMPTY_CHUNK
        words = _PUNCT.sub(" ", norm)
    if _NOT_PLAIN.search(norm):
        kind = _REPAIRS if _SUSPECT.search(norm) else _WHOLE_TEXT
        return _Chunk(norm, kind, (), norm[0], norm[-1])
    if " " not in words:  # one piece, segmented once: the chunk memo holds it
        tokens = tuple([t for t in ENGINES[engine](words) if t])
        return _Chunk(norm, _SEGMENTED, tokens, norm[0], norm[-1])
    # punctuation became spaces: a spaced dictionary word may fit around one
    pieces = words.split(" ")
    if _spaced_words()[1] or not _stop_pairs().isdisjoint(_junctions(pieces)):
        return _Chunk(norm, _WHOLE_TEXT, (), norm[0], norm[-1])
    tokens = tuple(_chunk_tokens(list(filter(None, pieces)), engine))
    return _Chunk(norm, _SEGMENTED, tokens, norm[0], norm[-1])


def _chunked_tokens(text: str, engine: str) -> tuple[str, ...] | None:
    """Tokens of ``text`` from its memoised chunks, or ``None`` if it needs repairs.

    The first steps of :func:`normalize_for_tokens` act character by character, so
    they are done once per distinct chunk (whitespace-free piece of raw text).
    When nothing needs repair the normalised text is the chunks joined with spaces;
    when moreover no phrase can match (no ASCII letter or digit) and no dictionary
    word with a space fits, the tokens of the text are the tokens of its chunks.
    """
    chunks = _CHUNK_MEMOS[engine].get_many(text.split(), _chunk_maker(engine))
    stop_pairs = _stop_pairs()
    # one pass: the most work any chunk needs, and what the spaces between them join
    kind, stopped, doubled = _SEGMENTED, bool(_spaced_words()[1]), False
    tokens: list[str] = []
    norms: list[str] = []
    tail = ""
    for chunk in chunks:
        if not chunk.norm:
            continue
        kind = max(kind, chunk.kind)
        if tail:
            pair = tail + chunk.head
            if pair in stop_pairs:
                stopped = True
                doubled = doubled or (tail == chunk.head and tail in _DOUBLED)
        tail = chunk.tail
        tokens += chunk.tokens
        norms.append(chunk.norm)
    if kind == _REPAIRS or (stopped and doubled):
        return None  # e.g. a doubled vowel across a space ("เ เ") is repaired
    if stopped and kind == _SEGMENTED:
        words = _PUNCT.sub(" ", " ".join(norms))
        if len(words) <= _CHUNK and _has_spaced_word(words.split(" "), words):
            kind = _WHOLE_TEXT
    if kind == _WHOLE_TEXT:  # phrases, dictionary words with a space
        return _tokenize_normalized(" ".join(norms), engine)
    return tuple(tokens)


@cache
def _chunk_maker(engine: str) -> Callable[[str], _Chunk]:
    return partial(_make_chunk, engine=engine)
