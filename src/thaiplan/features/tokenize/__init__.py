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

This module holds the entry points; beside it: :mod:`.normal`
(:func:`normalize_for_tokens`), :mod:`.dictionary` (the word list and phrases),
:mod:`.engines` (nlpo3, newmm) and :mod:`.chunks` (phrases, chunks, their memos).

>>> tokenize("ผู้เรียนมีทักษะแห่งศตวรรษที่ ๒๑")
['ผู้เรียน', 'มี', 'ทักษะ', 'แห่ง', 'ศตวรรษที่ 21']
>>> tokenize("สพม. เขต ๒๐") == tokenize("สพม.\\u00a0เขต 20\\u200b")
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Literal

from ..._memo import BoundedMemo
from ...errors import UnknownChoiceError
from .chunks import _CHUNK_LOCAL, _CHUNK_MEMOS, _TOKEN_MEMOS, _chunked_tokens, _tokenize_normalized
from .chunks import _PUNCT as _PUNCT
from .dictionary import domain_phrases, domain_words, removed_words, word_list
from .engines import ENGINES
from .engines import _nlpo3_dict_name as _nlpo3_dict_name
from .normal import normalize_for_tokens

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

Engine = Literal["nlpo3", "newmm"]

# A token is kept when it has at least one letter or digit (Thai, Latin...).
_WORDLIKE = re.compile(r"[\w\u0e01-\u0e2e\u0e30-\u0e4e]")
_CACHE_SIZE = 1 << 16


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
