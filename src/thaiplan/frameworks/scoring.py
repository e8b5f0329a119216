"""Scores of item texts against a framework's elements: key-term coverage, TF-IDF, both."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from ..errors import UnknownChoiceError
from ..model import Item
from .elements import Framework
from .loading import load_framework

if TYPE_CHECKING:
    import numpy as np

__all__ = ["DEFAULT_THRESHOLDS", "METHODS", "SUBJECT_BONUS", "TFIDF_WEIGHT", "Method",
           "score_items"]

Method = Literal["hybrid", "terms", "tfidf"]

_LATIN_ALNUM = re.compile(r"[a-z0-9]")
_WORD_CHAR = re.compile(r"[0-9a-z\u0e01-\u0e4e]")


@dataclass(frozen=True, slots=True)
class _Term:
    text: str  # as written in the framework
    compact: str  # normalised, spaces removed
    latin_start: bool
    latin_end: bool


def _compact(text: str) -> tuple[str, str, list[int]]:
    """Normalised text, the same without spaces, and each compact index's place in it."""
    from ..features.tokenize import normalize_for_tokens

    norm = normalize_for_tokens(text)
    positions = [i for i, ch in enumerate(norm) if ch != " "]
    return norm, "".join(norm[i] for i in positions), positions


@lru_cache(maxsize=32)
def _term_index(framework: Framework) -> tuple[tuple[_Term, ...], ...]:
    """Per element, its title and key terms ready for matching (longest first)."""
    index = []
    for element in framework:
        terms: dict[str, _Term] = {}
        for raw in (element.title, *element.key_terms):
            _norm, compact, _pos = _compact(raw)
            if compact and compact not in terms:
                terms[compact] = _Term(raw, compact, bool(_LATIN_ALNUM.match(compact[0])),
                                       bool(_LATIN_ALNUM.match(compact[-1])))
        index.append(tuple(sorted(terms.values(), key=lambda t: -len(t.compact))))
    return tuple(index)


def _find_terms(text: str, framework: Framework
                ) -> tuple[list[list[tuple[int, int, str]]], str, int]:
    """Occurrences ``(start, end, term)`` of each element's terms in ``text``."""
    norm, compact, positions = _compact(text)
    found: list[list[tuple[int, int, str]]] = []
    for terms in _term_index(framework):
        hits: list[tuple[int, int, str]] = []
        for term in terms:
            start = compact.find(term.compact)
            while start >= 0:
                end = start + len(term.compact)
                ok = True
                if term.latin_start:
                    before = positions[start] - 1
                    ok = before < 0 or not _LATIN_ALNUM.match(norm[before])
                if ok and term.latin_end:
                    after = positions[end - 1] + 1
                    ok = after >= len(norm) or not _LATIN_ALNUM.match(norm[after])
                if ok:
                    hits.append((start, end, term.text))
                start = compact.find(term.compact, start + 1)
        found.append(hits)
    return found, compact, len(_WORD_CHAR.findall(compact))


SUBJECT_BONUS = 0.5
"""Extra weight of a text's first letters in key-term coverage (falls linearly to 0 at the end)."""


def _term_scores(texts: Sequence[str], framework: Framework
                 ) -> tuple[np.ndarray, list[list[tuple[str, ...]]]]:
    """Key-term coverage of each text by each element, and the terms found.

    The score of element *e* for a text is the share of the text's letters covered
    by *e*'s title or key terms; a letter covered by the terms of *k* elements
    counts 1/*k* for each. In [0, 1], higher = more of the text speaks of *e*.
    """
    import numpy as np

    n_el = len(framework)
    scores = np.zeros((len(texts), n_el))
    shared: list[list[tuple[str, ...]]] = []
    for row, text in enumerate(texts):
        found, compact, n_letters = _find_terms(text, framework)
        if not n_letters:
            shared.append([() for _ in range(n_el)])
            continue
        cover = np.zeros((n_el, len(compact)), dtype=bool)
        for j, hits in enumerate(found):
            for start, end, _term in hits:
                cover[j, start:end] = True
        letters = np.array([bool(_WORD_CHAR.match(ch)) for ch in compact])
        counts = cover.sum(axis=0)
        weight = np.where(counts > 0, 1.0 / np.maximum(counts, 1), 0.0) * letters
        # the subject of a goal comes first: earlier letters weigh up to 1 + SUBJECT_BONUS
        place = 1.0 + SUBJECT_BONUS * (1.0 - np.arange(len(compact)) / len(compact))
        scores[row] = (cover * weight * place).sum(axis=1) / (letters * place).sum()
        shared.append([_kept_terms(hits) for hits in found])
    return np.clip(scores, 0.0, 1.0), shared


def _kept_terms(hits: Sequence[tuple[int, int, str]]) -> tuple[str, ...]:
    """Terms found, in text order, without those inside a longer term found."""
    ordered = sorted(hits, key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[str] = []
    reach = -1
    for _start, end, term in ordered:
        if end <= reach:
            continue
        reach = max(reach, end)
        if term not in kept:
            kept.append(term)
    return tuple(kept)


def _tfidf_scores(texts: Sequence[str], framework: Framework) -> np.ndarray:
    """Cosine of each text with each element's text, from a Matcher fitted on both."""
    from ..similarity import Matcher

    element_texts = [e.text for e in framework]
    matcher = Matcher().fit([*element_texts, *texts])  # the default similarity
    sim: np.ndarray = matcher.similarity(list(texts), element_texts)
    return sim


def _hybrid_scores(texts: Sequence[str], framework: Framework) -> np.ndarray:
    terms, _shared = _term_scores(texts, framework)
    tfidf = _tfidf_scores(texts, framework)
    blended: np.ndarray = (1.0 - TFIDF_WEIGHT) * terms + TFIDF_WEIGHT * tfidf
    return blended


TFIDF_WEIGHT = 0.25
"""Weight of the TF-IDF cosine in the ``"hybrid"`` score (the rest is key-term coverage)."""

METHODS: dict[str, Any] = {
    "hybrid": _hybrid_scores,
    "terms": lambda texts, framework: _term_scores(texts, framework)[0],
    "tfidf": _tfidf_scores,
}
"""Scoring methods by name (the valid ``method`` choices), each
``fn(texts, framework) -> array (n_texts, n_elements)`` in [0, 1]:

* ``"hybrid"`` (default): key-term coverage blended with the TF-IDF cosine
  (weight :data:`TFIDF_WEIGHT`);
* ``"terms"``: key-term coverage only — the share of the item's letters covered
  by an element's title or key terms (a letter claimed by *k* elements counts 1/*k*);
* ``"tfidf"``: cosine between the item and the element's title, description and
  key terms, with a :class:`~thaiplan.similarity.Matcher` fitted on both.
"""

DEFAULT_THRESHOLDS: dict[str, float] = {"hybrid": 0.1, "terms": 0.1, "tfidf": 0.05}
"""Default minimum score per method below which an item maps to no element."""


def score_items(texts: Iterable[str | Item], framework: str | os.PathLike[str] | Framework
                = "national-strategy", *, method: Method = "hybrid") -> np.ndarray:
    """Score every text against every element of a framework.

    Args:
        texts: item texts (or :class:`~thaiplan.model.Item` s).
        framework: a framework name, file or :class:`Framework`.
        method: a key of :data:`METHODS`.

    Returns:
        A float array of shape ``(n_texts, n_elements)``, values in [0, 1],
        higher = the item speaks more of the element; columns in framework order.

    Raises:
        UnknownChoiceError: unknown ``method`` or framework name.

    >>> score_items(["ลดความเหลื่อมล้ำทางการศึกษา"], "obec", method="terms").argmax()
    np.int64(3)
    """
    import numpy as np

    if method not in METHODS:
        raise UnknownChoiceError("framework mapping method", method, METHODS)
    fw = load_framework(framework)
    docs = [t.text if isinstance(t, Item) else t for t in texts]
    if not docs:
        return np.zeros((0, len(fw)))
    scores: np.ndarray = np.clip(METHODS[method](docs, fw), 0.0, 1.0)
    return scores
