"""TermTfidf gives scikit-learn's TF-IDF vectors, with n-grams composed per distinct term."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from thaiplan.features.tfidf import TermTfidf, char_wb_ngrams

DOCS = [
    ("ผู้เรียน", "คุณภาพ", "มาตรฐาน"),
    ("ครู", "สมรรถนะ", "มาตรฐานวิชาชีพ", "ครู"),
    ("ผู้เรียน", "คุณภาพ", "มาตรฐาน"),
    ("ศตวรรษที่ 21", "ทักษะ"),
    (),
]
UNSEEN = [("ครู", "นวัตกรรม"), ("สถานศึกษา",), ("ศตวรรษที่ 21", "ผู้เรียน", "ผู้เรียน")]


def _reference(fit: list[tuple[str, ...]], docs: list[tuple[str, ...]],
               ngrams: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, TfidfVectorizer]:
    words = TfidfVectorizer(analyzer=list, lowercase=False, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=ngrams, lowercase=False,
                            sublinear_tf=True)
    words.fit(fit)
    chars.fit([" ".join(d) for d in fit])
    return (words.transform(docs).toarray(), chars.transform([" ".join(d) for d in docs]).toarray(),
            words)


@pytest.mark.parametrize("ngrams", [(2, 5), (1, 3), (3, 3)])
def test_equals_scikit_learn_on_the_repeated_corpus(ngrams: tuple[int, int]) -> None:
    fit = [d for d in DOCS if d]
    space = TermTfidf(char_ngrams=ngrams).fit(fit)
    words, chars = space.transform(fit + UNSEEN)
    ref_words, ref_chars, ref = _reference(fit, fit + UNSEEN, ngrams)
    assert space.vocabulary_ == ref.vocabulary_
    assert chars is not None
    np.testing.assert_allclose(words.toarray(), ref_words, atol=1e-12)
    np.testing.assert_allclose(chars.toarray(), ref_chars, atol=1e-12)


def test_weights_stand_for_repeats() -> None:
    distinct = [DOCS[0], DOCS[1], DOCS[3]]
    weighted = TermTfidf().fit(distinct, [2.0, 1.0, 1.0])
    repeated = TermTfidf().fit([DOCS[0], DOCS[1], DOCS[0], DOCS[3]])
    np.testing.assert_allclose(weighted.idf_, repeated.idf_)
    np.testing.assert_allclose(weighted.char_idf_, repeated.char_idf_)
    for a, b in zip(weighted.transform(UNSEEN), repeated.transform(UNSEEN), strict=True):
        assert a is not None and b is not None
        np.testing.assert_allclose(a.toarray(), b.toarray())


def test_words_only_and_empty_texts() -> None:
    space = TermTfidf(char_ngrams=None).fit(DOCS)
    words, chars = space.transform([(), ("ไม่รู้จัก",)])
    assert chars is None
    assert words.shape == (2, len(space.vocabulary_)) and words.nnz == 0
    assert space.char_vocabulary_ == {}


_TERMS = st.lists(st.sampled_from(["ครู", "ผู้เรียน", "มาตรฐาน", "ทักษะ", "ศตวรรษที่ 21",
                                   "ก", "วิชาชีพ"]), max_size=6).map(tuple)


@settings(max_examples=40, deadline=None)
@given(st.lists(_TERMS, min_size=1, max_size=8).filter(any),
       st.lists(_TERMS, max_size=4))
def test_rows_match_scikit_learn_and_are_unit_or_zero(fit: list[tuple[str, ...]],
                                                      more: list[tuple[str, ...]]) -> None:
    space = TermTfidf(char_ngrams=(2, 4)).fit(fit)
    words, chars = space.transform(fit + more)
    ref_words, ref_chars, _ = _reference(fit, fit + more, (2, 4))
    assert chars is not None
    np.testing.assert_allclose(words.toarray(), ref_words, atol=1e-12)
    np.testing.assert_allclose(chars.toarray(), ref_chars, atol=1e-12)
    for m in (words, chars):
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        assert np.all((np.abs(norms - 1) < 1e-9) | (norms == 0))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("กขค ู่\t\na"), max_size=12),
       st.integers(1, 4), st.integers(0, 3))
def test_char_ngrams_are_scikit_learns(text: str, low: int, extra: int) -> None:
    analyze = TfidfVectorizer(analyzer="char_wb", ngram_range=(low, low + extra),
                              lowercase=False).build_analyzer()
    assert char_wb_ngrams(text, (low, low + extra)) == analyze(text)
