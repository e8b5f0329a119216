"""TF-IDF vectors of term lists, with character n-grams composed per distinct term.

:class:`TermTfidf` weighs the content terms of each text (the output of
:class:`~thaiplan.features.keywords.Analyzer`) two ways, as scikit-learn's
``TfidfVectorizer`` would (sublinear TF, smoothed IDF, L2-normalised rows):

* **words**: one column per term seen in ``fit``;
* **character n-grams** of the terms (``char_wb``: each term padded with a
  space, n-grams inside terms only), which catch shared word parts
  (``ร่วมมือ``/``มีส่วนร่วม``).

A text's n-gram counts are the sum of its terms' n-gram counts, so the n-grams of
each *distinct term* are extracted once and a text's row is a sparse product
(text × term counts) @ (term × n-gram counts). Texts repeat a small vocabulary,
so this is many times faster than extracting n-grams text by text, and gives the
same vectors as ``TfidfVectorizer(analyzer="char_wb")`` on the space-joined terms
(a test checks both). scikit-learn itself is not imported: its import alone
takes seconds, more than fitting a thousand offices' goals.

>>> space = TermTfidf(char_ngrams=(2, 3)).fit([("ครู", "วิชาชีพ"), ("ผู้เรียน", "วิชาชีพ")])
>>> words, chars = space.transform([("วิชาชีพ", "ครู"), ("ทักษะ",)])
>>> words.toarray().round(2).tolist()
[[0.81, 0.0, 0.58], [0.0, 0.0, 0.0]]
>>> chars.shape[0], sorted(space.vocabulary_)
(2, ['ครู', 'ผู้เรียน', 'วิชาชีพ'])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy import sparse

__all__ = ["TermTfidf", "char_wb_ngrams", "l2_rows"]

Terms = Sequence[str]


def char_wb_ngrams(text: str, ngrams: tuple[int, int]) -> list[str]:
    """Character n-grams inside words, each word padded with a space (scikit-learn's ``char_wb``).

    A padded word no longer than an n-gram length gives itself once, as in
    scikit-learn, which this reproduces without importing it.

    >>> char_wb_ngrams("ครู", (2, 3))
    [' ค', 'คร', 'รู', 'ู ', ' คร', 'ครู', 'รู ']
    """
    low, high = ngrams
    out: list[str] = []
    for word in text.split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if n >= size:  # the whole padded word, once, and no longer n-grams
                out.append(padded)
                break
            out.extend(padded[i:i + n] for i in range(size - n + 1))
    return out


def l2_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Rows scaled to unit L2 norm, in place; all-zero rows stay zero.

    The same arithmetic as scikit-learn's ``normalize`` (each row's squares
    summed in order), without importing scikit-learn.
    """
    import numpy as np

    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    norms = np.sqrt(np.bincount(rows, weights=matrix.data * matrix.data,
                                minlength=matrix.shape[0]))
    norms[norms == 0.0] = 1.0
    matrix.data /= norms[rows]
    return matrix


def _tfidf(counts: sparse.csr_matrix, idf: NDArray[np.float64]) -> sparse.csr_matrix:
    """Sublinear TF (``1 + ln tf``) times IDF, rows L2-normalised (in place)."""
    import numpy as np

    np.log(counts.data, out=counts.data)
    counts.data += 1.0
    counts.data *= idf[counts.indices]
    return l2_rows(counts)


def _weighted_idf(counts: sparse.csr_matrix, weights: NDArray[np.float64]) -> NDArray[np.float64]:
    """Smoothed IDF ``ln((1 + n) / (1 + df)) + 1``, each row counted ``weights`` times."""
    import numpy as np

    occurs = counts.copy()
    occurs.data[:] = 1.0
    df = np.asarray(occurs.T @ weights).ravel()
    n = float(weights.sum())
    idf: NDArray[np.float64] = np.log((1.0 + n) / (1.0 + df)) + 1.0
    return idf


class TermTfidf:
    """Word and character n-gram TF-IDF of term lists, fitted on a corpus.

    Args:
        char_ngrams: (min, max) lengths of the character n-grams, or ``None``
            for word vectors only.

    Attributes (after :meth:`fit`):
        vocabulary_: term → word column (terms sorted).
        idf_: IDF of each word column.
        char_vocabulary_: n-gram → character column (sorted); empty without n-grams.
        char_idf_: IDF of each character column.
    """

    def __init__(self, *, char_ngrams: tuple[int, int] | None = (2, 5)) -> None:
        self.char_ngrams = char_ngrams

    def __repr__(self) -> str:
        return f"TermTfidf(char_ngrams={self.char_ngrams!r})"

    def fit(self, docs: Sequence[Terms], weights: Sequence[float] | None = None) -> TermTfidf:
        """Learn the vocabularies and IDFs from the term lists ``docs``.

        Args:
            docs: one term list per text.
            weights: how many times each text occurs (default once each): the
                IDF is that of the corpus with the repeats, the vocabulary is
                the same.

        Returns:
            ``self``.
        """
        import numpy as np

        w = np.ones(len(docs)) if weights is None else np.asarray(weights, dtype=np.float64)
        terms = sorted({t for doc in docs for t in doc})
        self.vocabulary_: dict[str, int] = {t: i for i, t in enumerate(terms)}
        counts, _ = self._counts(docs)
        self.idf_ = _weighted_idf(counts, w)
        self.char_vocabulary_: dict[str, int] = {}
        self.char_idf_ = np.zeros(0)
        if self.char_ngrams is not None:
            grams = [char_wb_ngrams(t, self.char_ngrams) for t in terms]
            self.char_vocabulary_ = {g: i for i, g in enumerate(sorted(
                {g for term_grams in grams for g in term_grams}))}
            self._term_grams = self._gram_matrix(grams)
            self.char_idf_ = _weighted_idf(counts @ self._term_grams, w)
        return self

    def transform(self, docs: Sequence[Terms]
                  ) -> tuple[sparse.csr_matrix, sparse.csr_matrix | None]:
        """Word and character TF-IDF rows of the term lists ``docs``.

        Terms not seen in :meth:`fit` have no word column, but their n-grams
        known to the fit still count.

        Returns:
            ``(words, chars)``: L2-normalised CSR matrices with one row per
            text (all-zero rows for texts without known features); ``chars``
            is ``None`` without character n-grams.
        """
        from scipy import sparse

        counts, unseen = self._counts(docs)
        chars = None
        if self.char_ngrams is not None:
            term_grams = self._term_grams
            if unseen:
                extra = self._gram_matrix([char_wb_ngrams(t, self.char_ngrams)
                                           for t in unseen])
                term_grams = sparse.vstack([term_grams, extra], format="csr")
            chars = _tfidf(sparse.csr_matrix(counts @ term_grams), self.char_idf_)
        words = _tfidf(sparse.csr_matrix(counts[:, :len(self.vocabulary_)]), self.idf_)
        return words, chars

    def _counts(self, docs: Sequence[Terms]) -> tuple[sparse.csr_matrix, list[str]]:
        """Text × term counts; terms outside the vocabulary get columns after it."""
        import numpy as np
        from scipy import sparse

        vocab = self.vocabulary_
        unseen: dict[str, int] = {}
        cols: list[int] = []
        lengths = np.fromiter((len(doc) for doc in docs), dtype=np.int64, count=len(docs))
        for doc in docs:
            for t in doc:
                col = vocab.get(t)
                if col is None:
                    col = unseen.setdefault(t, len(vocab) + len(unseen))
                cols.append(col)
        indptr = np.concatenate(([0], np.cumsum(lengths)))
        counts = sparse.csr_matrix(
            (np.ones(len(cols)), np.asarray(cols, dtype=np.int64), indptr),
            shape=(len(docs), len(vocab) + len(unseen)))
        counts.sum_duplicates()  # repeated terms of a text add up
        return counts, list(unseen)

    def _gram_matrix(self, grams: list[list[str]]) -> sparse.csr_matrix:
        """Term × n-gram counts over the fitted n-gram vocabulary."""
        import numpy as np
        from scipy import sparse

        vocab = self.char_vocabulary_
        rows = [[vocab[g] for g in term_grams if g in vocab] for term_grams in grams]
        indptr = np.concatenate(([0], np.cumsum([len(r) for r in rows])))
        matrix = sparse.csr_matrix(
            (np.ones(int(indptr[-1])), np.fromiter((c for r in rows for c in r), dtype=np.int64,
                                                   count=int(indptr[-1])), indptr),
            shape=(len(grams), len(vocab)))
        matrix.sum_duplicates()
        return matrix
