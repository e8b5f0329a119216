"""Thai word tokens: normalised text, a domain dictionary, engines behind a registry.

:func:`tokenize` first normalises the text (:func:`normalize_for_tokens`: invisible
characters removed, every run of whitespace one space, Thai digits made Arabic,
Latin lower-cased, decomposed sara am and doubled marks fixed), so that
``เขต ๒๐`` and ``เขต\\u00a020`` give the same tokens. *Phrases* of the domain
dictionary (terms with a space, a digit or Latin letters such as ``ศตวรรษที่ 21``)
are found before segmentation and kept as one token. The rest is segmented by an
engine from :data:`ENGINES` with pythainlp's word list plus the domain words shipped
in ``resources/domain_words.txt``:

* ``"nlpo3"`` (default): the Rust implementation of newmm, about 9× faster; the
  dictionary is written to a temporary file once per process.
* ``"newmm"``: pythainlp's pure-Python newmm, the fallback when nlpo3 is missing.

Tokens of each distinct text are cached, and so is the work done per *chunk*
(a whitespace-free piece of text: offices reuse phrases, so chunks come back in
many distinct texts). With nlpo3 a space is a hard boundary, so the tokens of a
text are those of its chunks unless a repair, a phrase or a dictionary word with
a space (``เอซี มิลาน``) needs the whole text; each chunk is normalised and
segmented once. The memos are bounded (:class:`BoundedMemo`) and thread-safe.
Nothing is downloaded (pythainlp is imported offline through
:mod:`thaiplan._pythainlp`).

>>> tokenize("ผู้เรียนมีทักษะแห่งศตวรรษที่ ๒๑")
['ผู้เรียน', 'มี', 'ทักษะ', 'แห่ง', 'ศตวรรษที่ 21']
>>> tokenize("สพม. เขต ๒๐") == tokenize("สพม.\\u00a0เขต 20\\u200b")
True
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache, lru_cache, partial
from importlib import resources
from itertools import chain, pairwise
from typing import Any, Literal, NamedTuple

from .._memo import BoundedMemo
from .._pythainlp import pythainlp_module, pythainlp_words
from ..errors import UnknownChoiceError
from ..normalize import (
    compose_sara_am,
    fix_thai_marks,
    remove_invisible,
    repair_pdf_text,
    thai_to_arabic_digits,
)

__all__ = [
    "ENGINES",
    "Engine",
    "clear_memos",
    "domain_phrases",
    "domain_words",
    "is_word_token",
    "memo_stats",
    "normalize_for_tokens",
    "removed_words",
    "tokenize",
    "tokenize_cached",
    "word_list",
]

logger = logging.getLogger(__name__)

Engine = Literal["nlpo3", "newmm"]

# A token is kept when it has at least one letter or digit (Thai, Latin...).
_WORDLIKE = re.compile(r"[\w\u0e01-\u0e2e\u0e30-\u0e4e]")
_PHRASE_CHARS = re.compile(r"[ 0-9A-Za-z]")
_ASCII_ALNUM = re.compile(r"[0-9a-z]")
# Anything but letters, digits, Thai vowels and marks (and the repetition mark ๆ,
# the abbreviation mark ฯ): punctuation, symbols, emoji.
_PUNCT = re.compile(r"[^\w\u0e31\u0e34-\u0e3a\u0e47-\u0e4e ]|[_\u0e2f\u0e46\u0e4f\u0e5a\u0e5b]")
_CACHE_SIZE = 1 << 16
_CHUNK = 300  # longer texts are segmented space-separated chunk by chunk
# Where normalize.fix_thai_marks could change something (it is slow: check first).
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_DOUBLABLE = f"{_MARKS}\u0e30\u0e32\u0e33\u0e40-\u0e45"
_SUSPECT = re.compile(f"([{_DOUBLABLE}]) ?\\1|[\u0e48-\u0e4c][{_MARKS}]"
                      f"|[\u0e30\u0e32\u0e33\u0e45][\u0e48-\u0e4b]|\u0e4d"
                      f"|(?:^| )[{_MARKS}\u0e32\u0e33]")  # (า, ำ: PDF damage, repair.py)


def _read_resource(name: str) -> list[str]:
    """Non-comment, non-blank lines of a text file in ``thaiplan/resources``."""
    text = resources.files("thaiplan.resources").joinpath(name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def domain_words() -> tuple[str, ...]:
    """The shipped domain terms (planning, education, health...), normalised.

    >>> "บุคลากรทางการศึกษา" in domain_words()
    True
    """
    lines = _read_resource("domain_words.txt")
    words = (normalize_for_tokens(w) for w in lines if not w.startswith("-"))
    return tuple(dict.fromkeys(w for w in words if w))


@cache
def removed_words() -> frozenset[str]:
    """Words of pythainlp's list taken out of the dictionary (``-word`` lines).

    They glue a function word onto a content word (``ร่วมใน``, ``ได้ที่``) and
    win ties against the right split in planning text
    (``มีส่วนร่วมใน`` → ``มีส่วน|ร่วมใน``, ``รายได้ที่`` → ``ราย|ได้ที่``).

    >>> "ได้ที่" in removed_words()
    True
    """
    lines = _read_resource("domain_words.txt")
    return frozenset(normalize_for_tokens(w[1:]) for w in lines if w.startswith("-"))


@cache
def domain_phrases() -> tuple[str, ...]:
    """Domain terms with a space, digit or Latin letter: matched before segmentation.

    >>> "ศตวรรษที่ 21" in domain_phrases()
    True
    """
    return tuple(w for w in domain_words() if _PHRASE_CHARS.search(w))


@cache
def _phrase_pattern() -> re.Pattern[str] | None:
    phrases = sorted(domain_phrases(), key=len, reverse=True)
    if not phrases:
        return None
    parts = []
    for phrase in phrases:
        # spaces optional and any number of them; Latin words must not be glued on
        body = r"\s*".join(re.escape(p) for p in phrase.split(" "))
        if phrase[0].isascii() and phrase[0].isalnum():
            # (?<![a-z0-9]) checked after the first character, so that every
            # alternative starts with a literal and re scans for those quickly
            first = re.escape(phrase[0])
            body = f"{first}(?<![a-z0-9].){body[len(first):]}"
        right = r"(?![a-z0-9])" if phrase[-1].isascii() and phrase[-1].isalnum() else ""
        parts.append(f"{body}{right}")
    return re.compile("|".join(parts))


@cache
def _phrase_forms() -> dict[str, str]:
    """Phrase without spaces → the phrase as listed (``ศตวรรษที่21`` → ``ศตวรรษที่ 21``)."""
    return {p.replace(" ", ""): p for p in domain_phrases()}


@cache
def word_list() -> frozenset[str]:
    """pythainlp's Thai word list plus the Thai domain words, less :func:`removed_words`.

    This is the segmentation dictionary of both engines.
    """
    words = set(pythainlp_words()) - removed_words()
    words.update(w for w in domain_words() if not _PHRASE_CHARS.search(w))
    return frozenset(words)


def normalize_for_tokens(text: str) -> str:
    """Normalise text for matching: one space per whitespace run, Arabic digits, lower case.

    The same steps as :func:`thaiplan.normalize.normalize` with ``digits="arabic"``
    (invisible characters, NBSP, decomposed sara am, doubled marks, PDF damage),
    in one fast pass where possible; lines are joined with one space and Latin
    letters lower-cased.

    >>> normalize_for_tokens(" ร้อยละ\\u00a0๘๐ \\u200bของ  O-NET\\n")
    'ร้อยละ 80 ของ o-net'
    """
    # str.split() splits on NBSP and every other Unicode space or line break.
    text = " ".join(thai_to_arabic_digits(remove_invisible(text)).split()).lower()
    if not text or not _SUSPECT.search(text):
        return text
    # rare: decomposed sara am, PDF spaces before marks, doubled or misordered marks;
    # each repair can expose another, so repeat to a fixed point
    for _ in range(4):
        fixed = " ".join(fix_thai_marks(repair_pdf_text(compose_sara_am(text))).split())
        if fixed == text:
            break
        text = fixed
    return text


def _newmm(text: str) -> list[str]:
    newmm = pythainlp_module("pythainlp.tokenize.newmm")
    tokens: list[str] = newmm.segment(text, custom_dict=_newmm_trie())
    return tokens


@cache
def _newmm_trie() -> object:
    util = pythainlp_module("pythainlp.util")
    return util.dict_trie(sorted(word_list()))


_NLPO3_LOCK = threading.Lock()


@cache
def _nlpo3_dict_name() -> str:
    """Write the word list to a file once per process and load it into nlpo3."""
    import nlpo3

    words = "\n".join(sorted(word_list()))
    digest = hashlib.sha1(words.encode("utf-8")).hexdigest()[:16]
    name = f"thaiplan-{digest}"
    with _NLPO3_LOCK:
        fd, path = tempfile.mkstemp(prefix="thaiplan-words-", suffix=".txt")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(words)
            # nlpo3 keeps the dictionary in memory; it never overrides a loaded name
            message, _ok = nlpo3.load_dict(path, name)
            logger.debug("nlpo3.load_dict(%s): %s", name, message)
        finally:
            os.unlink(path)
    return name


def _nlpo3(text: str) -> list[str]:
    try:
        import nlpo3
    except ImportError:  # pragma: no cover - nlpo3 is a dependency
        logger.info("nlpo3 is not installed; using newmm")
        return _newmm(text)
    tokens: list[str] = nlpo3.segment(text, _nlpo3_dict_name())
    return tokens


ENGINES: dict[str, Callable[[str], list[str]]] = {"nlpo3": _nlpo3, "newmm": _newmm}
"""Segmentation engines by name; the keys are the valid ``engine`` choices."""


def is_word_token(token: str) -> bool:
    """Whether a token has a letter or digit (punctuation and spaces are not words).

    >>> [is_word_token(t) for t in ("ครู", "21", "(", " ", "ๆ")]
    [True, True, False, False, False]
    """
    known = _WORD_MEMO.get(token)
    if known is None:
        known = _WORD_MEMO[token] = bool(_WORDLIKE.search(token)) and token != "ๆ"
    return known


_WORD_MEMO: dict[str, bool] = {" ": False}


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


def memo_stats() -> dict[str, tuple[int, int, int]]:
    """Hits, misses and size of the chunk memos, summed over engines (for benchmarks).

    ``"chunks"`` memoises raw whitespace-free chunks (normalised form and tokens),
    ``"tokens"`` the segmenter's output per space-free chunk of normalised text
    (chunks with punctuation, texts with phrases); each holds at most
    ``2 * 16384`` entries per engine.

    >>> sorted(memo_stats())
    ['chunks', 'tokens']
    """
    def total(memos: Iterable[BoundedMemo[Any]]) -> tuple[int, int, int]:
        memos = list(memos)
        misses = sum(m.misses for m in memos)
        return sum(m.lookups for m in memos) - misses, misses, sum(len(m) for m in memos)
    return {"chunks": total(_CHUNK_MEMOS.values()), "tokens": total(_TOKEN_MEMOS.values())}


def clear_memos() -> None:
    """Empty the per-text cache and the chunk memos (for benchmarks and tests)."""
    tokenize_cached.cache_clear()
    memos: list[BoundedMemo[Any]] = [*_CHUNK_MEMOS.values(), *_TOKEN_MEMOS.values()]
    for memo in memos:
        memo.clear()


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


def tokenize(text: str, *, engine: Engine = "nlpo3") -> list[str]:
    """Split Thai (and mixed) text into word tokens.

    Args:
        text: any text; it is normalised first (:func:`normalize_for_tokens`).
        engine: ``"nlpo3"`` (default, fast) or ``"newmm"`` (pure Python);
            both use pythainlp's word list plus the shipped domain words.

    Returns:
        The word tokens in order; whitespace and punctuation-only tokens are
        dropped, digits are Arabic, Latin is lower case. ``[]`` for empty text.

    Raises:
        UnknownChoiceError: ``engine`` is not a key of :data:`ENGINES`.

    >>> tokenize("ครูและบุคลากรทางการศึกษามีสมรรถนะ")
    ['ครูและบุคลากรทางการศึกษา', 'มี', 'สมรรถนะ']
    >>> tokenize("   ")
    []
    """
    return list(tokenize_cached(text, engine))


@lru_cache(maxsize=_CACHE_SIZE)
def tokenize_cached(text: str, engine: str = "nlpo3") -> tuple[str, ...]:
    """:func:`tokenize` as a tuple, cached per distinct ``(text, engine)``."""
    if engine not in ENGINES:
        raise UnknownChoiceError("tokenizer engine", engine, ENGINES)
    tokens = _chunked_tokens(text, engine) if engine in _CHUNK_LOCAL else None
    if tokens is not None:
        return tokens
    normalized = normalize_for_tokens(text)
    if not normalized:
        return ()
    return _tokenize_normalized(normalized, engine)
