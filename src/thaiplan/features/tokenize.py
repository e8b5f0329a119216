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

Tokens of each distinct text are cached. Nothing is downloaded (pythainlp is
imported offline through :mod:`thaiplan._pythainlp`).

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
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from .._pythainlp import pythainlp_module
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
    "domain_phrases",
    "domain_words",
    "is_word_token",
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
_SUSPECT = re.compile(f"([{_MARKS}\u0e30\u0e32\u0e33\u0e40-\u0e45]) ?\\1|[\u0e48-\u0e4c][{_MARKS}]"
                      f"|[\u0e30\u0e32\u0e33\u0e45][\u0e48-\u0e4b]|\u0e4d|(?:^| )[{_MARKS}\u0e33]")


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
        left = r"(?<![a-z0-9])" if phrase[0].isascii() and phrase[0].isalnum() else ""
        right = r"(?![a-z0-9])" if phrase[-1].isascii() and phrase[-1].isalnum() else ""
        parts.append(f"{left}{body}{right}")
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
    corpus = pythainlp_module("pythainlp.corpus")
    words = set(corpus.thai_words()) - removed_words()
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


@lru_cache(maxsize=_CACHE_SIZE)
def _tokenize_normalized(text: str, engine: str) -> tuple[str, ...]:
    segment = ENGINES[engine]
    out: list[str] = []
    # every phrase has a digit or a Latin letter; most Thai goals have neither
    pattern = _phrase_pattern() if _ASCII_ALNUM.search(text) else None
    pieces: Iterable[tuple[bool, str]]
    if pattern is None:
        pieces = [(False, text)]
    else:
        found: list[tuple[bool, str]] = []
        start = 0
        for match in pattern.finditer(text):
            found.append((False, text[start:match.start()]))
            found.append((True, match.group(0)))
            start = match.end()
        found.append((False, text[start:]))
        pieces = found
    for is_phrase, piece in pieces:
        if is_phrase:
            squeezed = piece.replace(" ", "")
            out.append(_phrase_forms().get(squeezed, squeezed))
            continue
        # punctuation becomes a boundary, so the segmenter returns words and spaces only
        words = _PUNCT.sub(" ", piece)
        if len(words) <= _CHUNK:
            if not words.isspace():
                out.extend([t for t in segment(words) if not t.isspace() and t])
            continue
        # a space is a hard boundary, and nlpo3 is faster on short inputs
        for chunk in words.split(" "):
            if chunk:
                out.extend([t for t in segment(chunk) if not t.isspace() and t])
    return tuple(out)


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
    normalized = normalize_for_tokens(text)
    if not normalized:
        return ()
    return _tokenize_normalized(normalized, engine)
