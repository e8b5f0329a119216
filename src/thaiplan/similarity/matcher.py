"""Goal-to-goal similarity and alignment, scikit-learn style.

:class:`Matcher` learns a vocabulary and IDF from a corpus (``fit``), scores two
lists of goals against each other (``similarity``: a matrix in [0, 1], higher =
more similar) and pairs them (``align``: for each goal of ``a`` its best goal of
``b``, or an optimal one-to-one assignment), each pair explained by the terms
that contribute most to its score (:class:`Match`).

Methods (the keys of :data:`METHODS`):

* ``"tfidf"`` (default): cosine of TF-IDF vectors of content terms (Thai tokens,
  synonyms folded, stopwords and planning boilerplate dropped), blended with the
  cosine of character 2–4-gram TF-IDF vectors of the same terms, which catches
  shared word parts (``ร่วมมือ``/``มีส่วนร่วม``). ``transform`` gives the
  L2-normalised rows whose dot product *is* the similarity.
* ``"keyword"``: set overlap of content terms (Jaccard, Dice or overlap coefficient).

Texts that differ only in Thai vs Arabic digits, invisible characters and spacing
score 1.0 against each other; empty texts score 0.

Beside the Matcher: :mod:`.texts` (what a text may be), :mod:`.overlap` (the
``keyword`` scores), :mod:`.explain` (the shared terms of a pair).

>>> m = Matcher().fit(["ผู้เรียนได้รับการศึกษาอย่างทั่วถึง", "ครูมีสมรรถนะตามมาตรฐานวิชาชีพ",
...                    "นักเรียนได้รับการศึกษาอย่างเท่าเทียม", "บุคลากรครูมีสมรรถนะทางวิชาชีพ"])
>>> [(x.a, x.b, x.shared_terms[:2]) for x in m.align(
...     ["ผู้เรียนได้รับการศึกษาอย่างทั่วถึง", "ครูมีสมรรถนะตามมาตรฐานวิชาชีพ"],
...     ["บุคลากรครูมีสมรรถนะทางวิชาชีพ", "นักเรียนได้รับการศึกษาอย่างเท่าเทียม"])]
[(0, 1, ('ทั่วถึง', 'ผู้เรียน')), (1, 0, ('วิชาชีพ', 'ครู'))]
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from ..errors import NotFittedError, UnknownChoiceError
from ..features.keywords import Analyzer
from ..features.tfidf import TermTfidf, l2_rows
from ..features.thesaurus import Thesaurus
from ..features.tokenize import Engine, normalize_for_tokens
from .align import ALIGN_MODES, AlignMode, Match, align_scores
from .explain import explaining_terms
from .overlap import METRICS, Metric, overlap_scores
from .texts import TextLike, _text, _texts, mark_identical

if TYPE_CHECKING:
    import numpy as np
    from scipy import sparse

    from .topk import Backend, Repeated

# METRICS, Metric (overlap.py) and TextLike (texts.py) are importable from here, as before
__all__ = ["DEFAULT_MERGE_THRESHOLDS", "DEFAULT_THRESHOLDS", "METHODS", "METRICS", "Match",
           "Matcher", "Method", "Metric", "TextLike"]

logger = logging.getLogger(__name__)

Method = Literal["tfidf", "keyword"]
METHODS: dict[str, str] = {
    "tfidf": "cosine of word TF-IDF vectors blended with character n-gram TF-IDF",
    "keyword": "set overlap of content words (Jaccard, Dice or overlap coefficient)",
}
"""Similarity methods by name; the keys are the valid ``method`` choices."""

DEFAULT_THRESHOLDS: dict[str, float] = {"tfidf": 0.04, "keyword": 0.06}
"""Default ``align`` thresholds per method (see :meth:`Matcher.align`): chosen, with
:data:`DEFAULT_MERGE_THRESHOLDS`, for the highest F1 of ``"merge"`` alignment on the 30
development pairs (``benchmarks/eval_align.py``; the highest threshold on a tie)."""

DEFAULT_MERGE_THRESHOLDS: dict[str, float] = {"tfidf": 0.25, "keyword": 0.25}
"""Default minimum score of an item's second partner in ``"merge"`` alignment, per method."""


class Matcher:
    """Similarity between goals (or any short texts), fitted on a corpus.

    Args:
        method: ``"tfidf"`` (default) or ``"keyword"`` (see :data:`METHODS`).
        engine: tokenizer engine, ``"nlpo3"`` (default) or ``"newmm"``.
        stopwords: terms to ignore; default pythainlp's Thai list plus planning
            boilerplate (``ส่งเสริม``, ``พัฒนา``, ``คุณภาพ``...).
        thesaurus: fold synonyms before weighting: ``True`` (default, the shipped
            thesaurus), ``False``, or a :class:`~thaiplan.features.thesaurus.Thesaurus`.
        char_weight: ``tfidf`` only: weight in [0, 1] of the character n-gram
            cosine in the blend (0 = words only, 1 = characters only).
        char_ngrams: ``tfidf`` only: (min, max) character n-gram lengths.
        metric: ``keyword`` only: ``"jaccard"`` (default), ``"dice"`` or ``"overlap"``.
        expand_compounds: also count the words a domain compound is made of
            (``มาตรฐานวิชาชีพ`` → + ``มาตรฐาน``, ``วิชาชีพ``); ``None`` = on for
            ``keyword`` (it has no other way to see shared word parts), off for
            ``tfidf`` (its character n-grams already do).
        threshold: default ``align`` threshold; ``None`` = :data:`DEFAULT_THRESHOLDS`.
        alignment: default ``align`` mode, a key of
            :data:`~thaiplan.similarity.align.ALIGN_MODES` (``"merge"``: mutual
            best pairs, and one item matched to two when it merges them).
        merge_threshold: default minimum score of an item's second partner in
            ``"merge"`` alignment; ``None`` = :data:`DEFAULT_MERGE_THRESHOLDS`.

    Raises:
        UnknownChoiceError: an unknown ``method``, ``metric``, ``engine`` or ``alignment``.
        ValueError: ``char_weight`` outside [0, 1].
    """

    def __init__(
        self,
        method: Method = "tfidf",
        *,
        engine: Engine = "nlpo3",
        stopwords: Iterable[str] | None = None,
        thesaurus: bool | Thesaurus = True,
        char_weight: float = 0.7,
        char_ngrams: tuple[int, int] = (2, 5),
        metric: Metric = "jaccard",
        expand_compounds: bool | None = None,
        threshold: float | None = None,
        alignment: AlignMode = "merge",
        merge_threshold: float | None = None,
    ) -> None:
        from ..features.tokenize import ENGINES

        if method not in METHODS:
            raise UnknownChoiceError("similarity method", method, METHODS)
        if metric not in METRICS:
            raise UnknownChoiceError("keyword metric", metric, METRICS)
        if engine not in ENGINES:
            raise UnknownChoiceError("tokenizer engine", engine, ENGINES)
        if alignment not in ALIGN_MODES:
            raise UnknownChoiceError("alignment mode", alignment, ALIGN_MODES)
        if not 0.0 <= char_weight <= 1.0:
            raise ValueError(f"char_weight must be in [0, 1], got {char_weight}")
        self.method: Method = method
        self.engine: Engine = engine
        self.stopwords = None if stopwords is None else frozenset(
            normalize_for_tokens(w) for w in stopwords)
        self.thesaurus = thesaurus
        self.char_weight = float(char_weight)
        self.char_ngrams = char_ngrams
        self.metric: Metric = metric
        self.expand_compounds = (method == "keyword") if expand_compounds is None \
            else bool(expand_compounds)
        self.threshold = threshold
        self.alignment: AlignMode = alignment
        self.merge_threshold = merge_threshold
        # list markers left in item texts (1., กลยุทธ์ที่ 3) are not content
        self._analyzer = Analyzer(engine=engine, stopwords=self.stopwords,
                                  thesaurus=thesaurus, strip_prefixes=True,
                                  expand_compounds=self.expand_compounds, strip_markers=True)
        # explanations also name the shared parts of compounds (ทักษะอาชีพ ~ อาชีพ)
        self._explainer = Analyzer(engine=engine, stopwords=self.stopwords,
                                   thesaurus=thesaurus, strip_prefixes=True,
                                   expand_compounds=True, strip_markers=True)

    def __repr__(self) -> str:
        extra = (f", char_weight={self.char_weight}" if self.method == "tfidf"
                 else f", metric={self.metric!r}")
        return f"Matcher(method={self.method!r}{extra})"

    # -- fitting ---------------------------------------------------------------

    def terms(self, text: TextLike) -> list[str]:
        """The content terms the matcher sees in ``text`` (after folding and stopwords).

        >>> Matcher().terms("ส่งเสริมให้นักเรียนมีทักษะอาชีพ")
        ['ผู้เรียน', 'ทักษะอาชีพ']
        """
        return list(self._analyzer.terms(_text(text)))

    def fit(self, texts: Iterable[TextLike]) -> Matcher:
        """Learn the vocabulary and IDF from ``texts`` (all the items to be compared).

        Args:
            texts: strings or :class:`~thaiplan.model.Item` s.

        Returns:
            ``self``.
        """
        corpus = _texts(texts)
        self.n_fitted_ = len(corpus)
        # Real corpora repeat central wording verbatim: fit on each distinct text once,
        # weighting document frequencies by how often it occurs (same IDF as a full fit).
        counts = Counter(corpus)
        terms = [self._analyzer.terms(t) for t in counts]
        self.vectors_: TermTfidf | None = None
        if any(terms):
            chars = self.method == "tfidf" and self.char_weight > 0
            self.vectors_ = TermTfidf(char_ngrams=self.char_ngrams if chars else None).fit(
                terms, list(counts.values()))
        self.idf_: dict[str, float] = {} if self.vectors_ is None else {
            term: float(self.vectors_.idf_[i]) for term, i in self.vectors_.vocabulary_.items()}
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "idf_"):
            raise NotFittedError(
                f"this {self!r} is not fitted yet; call .fit(texts) with the items to compare")

    # -- vectors ---------------------------------------------------------------

    def transform(self, texts: Iterable[TextLike]) -> sparse.csr_matrix:
        """L2-normalised row vectors whose dot products are the ``tfidf`` similarity.

        Words and character n-grams are stacked, weighted by ``1 - char_weight``
        and ``char_weight``. Rows of texts with no known term are all zero.
        For ``keyword`` the rows are binary term indicators, L2-normalised: their
        dot product is the cosine (Ochiai) overlap, not the Jaccard score.

        Args:
            texts: strings or items (unseen texts are fine).

        Returns:
            A ``scipy.sparse.csr_matrix`` of shape ``(len(texts), n_features)``.

        Raises:
            NotFittedError: before :meth:`fit`.
        """
        from scipy import sparse

        self._check_fitted()
        distinct = self._collapsed(_texts(texts))
        if distinct.rows.shape[0] < len(distinct.repeats):
            return sparse.csr_matrix(distinct.rows[distinct.repeats])
        return distinct.rows

    def _transform(self, docs: list[str]) -> sparse.csr_matrix:
        """:meth:`transform` of already-extracted texts."""
        from scipy import sparse

        if self.vectors_ is None:
            return sparse.csr_matrix((len(docs), 1))
        words, chars = self.vectors_.transform([self._analyzer.terms(t) for t in docs])
        if self.method == "keyword":
            words.data[:] = 1.0
            return l2_rows(words)
        if chars is None:
            return words
        w = self.char_weight
        blocks = [words * math.sqrt(1.0 - w), chars * math.sqrt(w)]
        return l2_rows(sparse.csr_matrix(sparse.hstack(blocks, format="csr")))

    # -- scores ----------------------------------------------------------------

    def similarity(self, a: Iterable[TextLike] | TextLike,
                   b: Iterable[TextLike] | TextLike | None = None) -> np.ndarray:
        """Pairwise similarity of the items of ``a`` and ``b``.

        Args:
            a: strings or items.
            b: strings or items; ``None`` compares ``a`` with itself.

        Returns:
            A float array of shape ``(len(a), len(b))`` with values in [0, 1],
            higher = more similar. Symmetric: ``similarity(a, b) ==
            similarity(b, a).T``. Texts equal up to digits, invisible characters
            and spacing score 1.0; empty texts score 0.

        Raises:
            NotFittedError: before :meth:`fit`.
        """
        import numpy as np

        self._check_fitted()
        ta = _texts(a)
        tb = ta if b is None else _texts(b)
        if not ta or not tb:
            return np.zeros((len(ta), len(tb)))
        if self.method == "keyword":
            sim = overlap_scores([set(self._analyzer.terms(t)) for t in ta],
                                 [set(self._analyzer.terms(t)) for t in tb], self.metric)
        else:
            va = self.transform(ta)
            vb = va if b is None else self.transform(tb)
            sim = np.asarray((va @ vb.T).toarray(), dtype=float)
        mark_identical(sim, ta, None if b is None else tb)
        clipped: np.ndarray = np.clip(sim, 0.0, 1.0)
        return clipped

    def top_k(self, a: Iterable[TextLike] | TextLike,
              b: Iterable[TextLike] | TextLike | None = None, *,
              k: int = 5, n_jobs: int | None = None,
              backend: Backend = "auto") -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` most similar items of ``b`` for each item of ``a``, without an n × m matrix.

        Uses the exact kernel :func:`thaiplan.similarity.topk.sparse_top_k` on
        :meth:`transform` rows, each distinct text vectorised once, so it scales
        to corpora whose full similarity matrix would not fit in memory. Scores equal
        :meth:`similarity` for ``tfidf`` (texts without any known term score 0,
        even against an identical text). For ``keyword`` the ranking is by the
        cosine (Ochiai) overlap of the term sets — :meth:`transform`'s binary
        rows — not by the Jaccard score, and those cosines are returned.

        Args:
            a: strings or items.
            b: strings or items; ``None`` searches ``a`` itself, leaving each
                item's own index out.
            k: neighbours per item (≥ 0); fewer when ``b`` is shorter.
            n_jobs: threads for the kernel (``None`` = its default).
            backend: the kernel, a key of
                :data:`~thaiplan.similarity.topk.BACKENDS` (``"auto"``: the
                compiled one for large inputs when numba is installed).

        Returns:
            ``(indices, scores)``, arrays of shape ``(len(a), k')``: indices into
            ``b`` (or ``a``) best first (ties by lower index) and their scores in
            [0, 1], higher = more similar.

        Raises:
            NotFittedError: before :meth:`fit`.
            ValueError: ``k`` is negative.
        """
        from .topk import sparse_top_k

        self._check_fitted()
        if k < 0:
            raise ValueError(f"k must be >= 0, got {k}")
        va = self._collapsed(_texts(a))
        vb = None if b is None else self._collapsed(_texts(b))
        indices, scores = sparse_top_k(va, vb, k=k, n_jobs=n_jobs, backend=backend)
        return indices, scores.clip(0.0, 1.0)

    def _collapsed(self, docs: list[str]) -> Repeated:
        """Rows of each distinct text once, and which one each text repeats.

        Offices copy central wording verbatim: each distinct text is vectorised once.
        """
        import numpy as np

        from .topk import Repeated

        index: dict[str, int] = {}
        repeats = np.fromiter((index.setdefault(d, len(index)) for d in docs), dtype=np.int64,
                              count=len(docs))
        return Repeated(self._transform(list(index)), repeats)

    # -- explanations ----------------------------------------------------------

    def shared_terms(self, a: TextLike, b: TextLike, *, top: int = 5) -> tuple[str, ...]:
        """The terms that contribute most to the similarity of ``a`` and ``b``.

        Shared content terms (synonyms folded, parts of compounds included),
        rarest in the fitted corpus first (highest IDF); when none is shared,
        the longest shared word parts (3+ characters).

        >>> m = Matcher().fit(["ผู้สูงอายุได้รับสวัสดิการ", "ผู้สูงวัยได้รับเบี้ยยังชีพ"])
        >>> m.shared_terms("ผู้สูงอายุได้รับสวัสดิการ", "ผู้สูงวัยได้รับเบี้ยยังชีพ")
        ('ผู้สูงอายุ',)
        """
        self._check_fitted()
        return explaining_terms(self._explainer.terms(_text(a)), self._explainer.terms(_text(b)),
                                self.idf_, word_parts=self.method != "keyword", top=top)

    # -- alignment -------------------------------------------------------------

    @property
    def default_threshold(self) -> float:
        """The threshold ``align`` uses when none is given."""
        return self.threshold if self.threshold is not None else DEFAULT_THRESHOLDS[self.method]

    @property
    def default_merge_threshold(self) -> float:
        """The minimum score of a second partner in ``"merge"`` alignment when none is given."""
        if self.merge_threshold is not None:
            return self.merge_threshold
        return DEFAULT_MERGE_THRESHOLDS[self.method]

    def align(self, a: Iterable[TextLike], b: Iterable[TextLike], *,
              threshold: float | None = None, mode: AlignMode | None = None,
              merge_threshold: float | None = None, one_to_one: bool = False,
              mutual: bool = True) -> list[Match]:
        """Pair the items of ``a`` with the items of ``b``.

        By default (mode ``"merge"``) an item's best match is kept when it
        scores at least ``threshold`` *and* is mutual: the item of ``a`` is also
        the best of ``a`` for that item of ``b``. Mutual best matching drops most
        decoys — goals that share boilerplate with several goals of the other
        office but match none. Then an item that merges two goals of the other
        list gets both: an unpaired item whose best candidate is already paired
        joins it when that score reaches ``merge_threshold`` (``kind="merge"``
        when an item of ``a`` gets two items of ``b``, ``"split"`` when an item
        of ``b`` gets two items of ``a``). The README gives the cross-validated
        figures of every mode.

        Args:
            a: strings or items.
            b: strings or items.
            threshold: minimum score in [0, 1] of a pair. Default
                :attr:`default_threshold`.
            mode: a key of :data:`~thaiplan.similarity.align.ALIGN_MODES`
                (``"merge"``, ``"mutual"``, ``"one_to_one"``, ``"best"``);
                default the matcher's ``alignment``.
            merge_threshold: ``"merge"`` only: minimum score of a second
                partner. Default :attr:`default_merge_threshold`.
            one_to_one: shorthand for ``mode="one_to_one"`` (when ``mode`` is not given).
            mutual: ``False`` is shorthand for ``mode="best"`` (when ``mode`` is
                not given): every item's best match that reaches the threshold.

        Returns:
            :class:`Match` records sorted by ``a``: one per item of ``a`` (two
            for an item that merges two items of ``b``); ``b`` is ``None`` when
            the item has no pair, and then ``reason`` says why (no candidate
            reaches the threshold, its best candidate prefers another item, or
            the one-to-one assignment gave it away).

        Raises:
            NotFittedError: before :meth:`fit`.
            UnknownChoiceError: an unknown ``mode``.

        >>> m = Matcher().fit(["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ", "ครูได้รับการพัฒนาตามมาตรฐานวิชาชีพ",
        ...                    "ผู้เรียนได้รับการศึกษาอย่างทั่วถึง"])
        >>> [(x.a, x.b, x.kind, x.reason) for x in m.align(
        ...     ["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ", "ครูได้รับการพัฒนาตามมาตรฐานวิชาชีพ"],
        ...     ["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ"], mode="mutual")]
        [(0, 0, 'pair', None), (1, None, 'none', 'prefers_other')]
        """
        if mode is None:
            mode = "one_to_one" if one_to_one else ("best" if not mutual else self.alignment)
        ta, tb = _texts(a), _texts(b)
        sim = self.similarity(ta, tb)
        cut = self.default_threshold if threshold is None else float(threshold)
        merge_cut = (self.default_merge_threshold if merge_threshold is None
                     else float(merge_threshold))
        return [replace(x, shared_terms=self.shared_terms(ta[x.a], tb[x.b]))
                if x.b is not None else x
                for x in align_scores(sim, threshold=cut, mode=mode, merge_threshold=merge_cut)]
