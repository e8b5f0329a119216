"""Stopwords: pythainlp's Thai list plus a shipped list of planning boilerplate.

pythainlp's list is made for general text and drops words that carry the aim
of a goal (``เขียน``, ``ร่วมมือ``, ``เปลี่ยนแปลง``); those are kept
(:func:`content_words`). Goals of every office open with the same verbs and fillers (``ส่งเสริมและพัฒนา
คุณภาพ…``); they say nothing about what a goal is for, so they are removed
before weighting. Both lists can be replaced by the caller (``Matcher(stopwords=...)``).

>>> "ส่งเสริม" in planning_stopwords(), "และ" in default_stopwords()
(True, True)
>>> "ครู" in default_stopwords()
False
"""

from __future__ import annotations

from functools import cache

from .._pythainlp import pythainlp_module
from .tokenize import normalize_for_tokens
from .tokenize.dictionary import _read_resource

__all__ = ["content_words", "default_stopwords", "planning_stopwords", "thai_stopwords"]


@cache
def thai_stopwords() -> frozenset[str]:
    """pythainlp's Thai stopword list (offline, shipped with pythainlp)."""
    corpus = pythainlp_module("pythainlp.corpus")
    return frozenset(normalize_for_tokens(w) for w in corpus.thai_stopwords())


@cache
def planning_stopwords() -> frozenset[str]:
    """The shipped planning boilerplate (``resources/stopwords_planning.txt``)."""
    return frozenset(normalize_for_tokens(w) for w in _read_resource("stopwords_planning.txt"))


@cache
def content_words() -> frozenset[str]:
    """Words of pythainlp's list that carry a goal's aim (``เขียน``, ``ร่วมมือ``, ``พอเพียง``).

    Shipped in ``resources/stopwords_keep.txt``; :func:`default_stopwords` keeps them.
    """
    return frozenset(normalize_for_tokens(w) for w in _read_resource("stopwords_keep.txt"))


@cache
def default_stopwords() -> frozenset[str]:
    """The default of every matcher: pythainlp's list (less :func:`content_words`)
    plus planning boilerplate.

    >>> "เปลี่ยนแปลง" in thai_stopwords(), "เปลี่ยนแปลง" in default_stopwords()
    (True, False)
    """
    return (thai_stopwords() - content_words()) | planning_stopwords()
