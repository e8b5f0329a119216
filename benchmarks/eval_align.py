"""Goal alignment: every method and setting, cross-validated on development pairs, then held out.

Usage::

    PYTHAINLP_OFFLINE=1 .venv/bin/python benchmarks/eval_align.py [--markdown] [--no-heldout]

Three sets of judged pairs (rows = items of office A, columns = items of office B):

* ``../shared/corpus/align/pairs.json``: 12 shared development pairs, written paraphrases
  (skipped with a note when ``../shared`` is absent);
* ``benchmarks/data/align_dev.json``: 18 development pairs written like real pages
  (copies with small edits, merges, splits, numbering residue);
* ``benchmarks/data/align_heldout.json``: 29 pairs kept back: never used to choose
  anything, only scored here.

Each set is scored as ``../shared/tools/eval_align.py`` scores it: one matcher fitted on
every item text of the set, ``similarity`` for top-1 (the gold item is the row's
argmax) and the aligned pairs for precision, recall and F1, pooled over the set's pairs.

**Development figures are leave-one-pair-out cross-validated** over the 30 development
pairs: for each pair, every free parameter of a row (its threshold, the merge threshold,
the weights of a logistic-regression blend) is chosen on the 29 others (highest pooled
F1, the highest threshold on a tie) and the pair is scored with it. The rows of generic
signals (``--only generic``: Thai National Corpus word rarity, Thai WordNet synonyms,
copy measures of the whole text, a list-position prior, hubness correction, a flattened
IDF; none shipped) also choose their setting in each fold, for the highest mean of F1
and top-1 (the default, or a blend weight of 0, on a tie). The shipped
thesaurus was written by reading the 12 shared pairs, so in the fold of a shared pair the
thesaurus groups that serve gold matches of that pair alone are left out (they could
not have been written without it). **Held-out figures** use the parameters chosen on all
30 development pairs and the full thesaurus; the default row is ``Matcher()`` and
``align()`` with their defaults, exactly as the shared scorer runs them.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
SHARED_PAIRS = HERE.parent / ".." / "shared" / "corpus" / "align" / "pairs.json"
DEV_PAIRS = HERE / "data" / "align_dev.json"
HELDOUT_PAIRS = HERE / "data" / "align_heldout.json"

THRESHOLDS = tuple(round(0.02 * n, 2) for n in range(31))  # 0.00 ... 0.60
MERGE_THRESHOLDS = tuple(round(0.05 * n, 2) for n in range(2, 17))  # 0.10 ... 0.80
RRF_K = 5  # rank fusion: 1 / (RRF_K + rank); lists are short (4-10 items)


@dataclass(frozen=True)
class Pair:
    a: tuple[str, ...]
    b: tuple[str, ...]
    gold: frozenset[tuple[int, int]]
    group: str  # "shared", "dev" or "heldout"


def load(path: Path, group: str) -> list[Pair]:
    data = json.loads(path.read_text(encoding="utf-8"))
    pairs = []
    for p in data:
        if "gold" in p:  # the shared development format
            a, b = p["a"]["goals"], p["b"]["goals"]
            gold = {(int(i), int(j)) for i, j in p["gold"]}
        else:
            a, b = p["a"]["items"], p["b"]["items"]
            gold = {(int(m["a"]), int(m["b"])) for m in p["matches"]}
        pairs.append(Pair(tuple(a), tuple(b), frozenset(gold), group))
    return pairs


# ----------------------------------------------------------------------------- signals
# A signal maps the pairs of one set (its corpus) and a thesaurus to one score matrix per pair.

Signal = Callable[[Sequence[Pair], Any], list[np.ndarray]]


def corpus(pairs: Sequence[Pair]) -> list[str]:
    return [t for p in pairs for t in (*p.a, *p.b)]


def matcher_signal(**options: Any) -> Signal:
    """A :class:`thaiplan.Matcher` configuration, fitted on the set's items."""
    from thaiplan import Matcher

    def run(pairs: Sequence[Pair], thesaurus: Any) -> list[np.ndarray]:
        opts = dict(options)
        if opts.get("thesaurus", True) is not False:
            opts["thesaurus"] = thesaurus
        m = Matcher(**opts).fit(corpus(pairs))
        return [m.similarity(list(p.a), list(p.b)) for p in pairs]

    return run


def bm25_signal(k1: float = 1.2, b: float = 0.75) -> Signal:
    """Cosine of BM25-weighted content-term vectors (the matcher's terms)."""
    from thaiplan import Matcher

    def run(pairs: Sequence[Pair], thesaurus: Any) -> list[np.ndarray]:
        m = Matcher(thesaurus=thesaurus)
        docs = {t: m.terms(t) for t in corpus(pairs)}
        n = len(docs)
        df: dict[str, int] = {}
        for terms in docs.values():
            for t in set(terms):
                df[t] = df.get(t, 0) + 1
        avg = sum(len(t) for t in docs.values()) / max(n, 1)

        def vec(text: str) -> dict[str, float]:
            terms = docs[text]
            w: dict[str, float] = {}
            for t in set(terms):
                tf = terms.count(t)
                idf = math.log((n - df[t] + 0.5) / (df[t] + 0.5) + 1.0)
                w[t] = idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(terms) / max(avg, 1e-9)))
            norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
            return {t: v / norm for t, v in w.items()}

        out = []
        for p in pairs:
            va, vb = [vec(t) for t in p.a], [vec(t) for t in p.b]
            out.append(np.array([[sum(v * y.get(t, 0.0) for t, v in x.items()) for y in vb]
                                 for x in va]).reshape(len(va), len(vb)))
        return out

    return run


def plain_char_signal() -> Signal:
    """Baseline: scikit-learn character 2-4-gram TF-IDF of the (normalised) text."""
    def run(pairs: Sequence[Pair], thesaurus: Any) -> list[np.ndarray]:
        from sklearn.feature_extraction.text import TfidfVectorizer

        from thaiplan.features.tokenize import normalize_for_tokens

        v = TfidfVectorizer(analyzer="char", ngram_range=(2, 4),
                            preprocessor=normalize_for_tokens).fit(corpus(pairs))
        return [(v.transform(p.a) @ v.transform(p.b).T).toarray() for p in pairs]

    return run


def plain_newmm_signal() -> Signal:
    """Baseline: scikit-learn word TF-IDF of pythainlp's newmm tokens."""
    def run(pairs: Sequence[Pair], thesaurus: Any) -> list[np.ndarray]:
        from pythainlp.tokenize import word_tokenize
        from sklearn.feature_extraction.text import TfidfVectorizer

        def tokens(text: str) -> list[str]:
            return [w for w in word_tokenize(text, engine="newmm") if w.strip()]

        v = TfidfVectorizer(tokenizer=tokens, token_pattern=None,
                            lowercase=False).fit(corpus(pairs))
        return [(v.transform(p.a) @ v.transform(p.b).T).toarray() for p in pairs]

    return run


# ----------------------------------------------------------------------------- generic signals
# Signals written from general resources, none read off the judged pairs: word rarity in the
# Thai National Corpus, Thai WordNet synonyms, copy measures of the whole text, list position,
# hubness correction. Each is a variant of the default or a blend with it; none is shipped.

def _identity(pairs: Sequence[Pair], mats: list[np.ndarray]) -> list[np.ndarray]:
    """As :meth:`thaiplan.Matcher.similarity`: texts equal up to digits and spacing score 1."""
    from thaiplan.features.tokenize import normalize_for_tokens

    def key(t: str) -> str:
        return normalize_for_tokens(t).replace(" ", "")

    for p, m in zip(pairs, mats, strict=True):
        for i, x in enumerate(p.a):
            for j, y in enumerate(p.b):
                if key(x) and key(x) == key(y):
                    m[i, j] = 1.0
    return [np.clip(m, 0.0, 1.0) for m in mats]


@cache
def _tnc() -> tuple[dict[str, int], int]:
    """Word frequencies of the Thai National Corpus (pythainlp's ``tnc_freq.txt``, offline)."""
    from thaiplan._pythainlp import pythainlp_module

    freqs = dict(pythainlp_module("pythainlp.corpus.tnc").word_freqs())
    return freqs, sum(freqs.values())


@cache
def tnc_information(term: str) -> float:
    """``log(N / (f + 1))`` of a term in the TNC; a term it lacks (a compound, an acronym)
    takes its rarest part's, or ``log N`` when no part is known."""
    from pythainlp.tokenize import word_tokenize

    freqs, n = _tnc()
    if term in freqs:
        return math.log(n / (freqs[term] + 1))
    parts = [math.log(n / (freqs[w] + 1)) for w in word_tokenize(term, engine="newmm")
             if w in freqs]
    return max(parts, default=math.log(n))


@cache
def _wordnet() -> Any:
    import sqlite3

    import pythainlp

    return sqlite3.connect(str(Path(pythainlp.__file__).parent / "corpus" / "wordnet_th.db"))


@cache
def wordnet_synsets(term: str) -> tuple[str, ...]:
    """Thai WordNet synsets (pythainlp's ``wordnet_th.db``, offline) of a term that name
    at least one other word: a synset of the term alone adds nothing to the term."""
    db = _wordnet()
    ids = [s for (s,) in db.execute("select synsetid from word_synset where li = ?", (term,))]
    return tuple(s for s in ids if db.execute(
        "select count(*) from word_synset where synsetid = ?", (s,)).fetchone()[0] > 1)


def term_space_signal(*, rarity: float = 0.0, planning: bool = True, wordnet: float = 0.0,
                      thesaurus: bool = True, idf_power: float = 1.0,
                      char_weight: float = 0.7) -> Signal:
    """The default ``tfidf`` (words 0.3 + character n-grams of terms 0.7), with one change.

    ``rarity``: word weights times (TNC information / its mean) ** rarity (a background
    prior on the IDF fitted on the set); ``planning=False``: no planning-boilerplate list
    (pythainlp's stopwords only); ``wordnet``: each term's synsets added to the word vector
    at that weight (shared by its synsets); ``idf_power``: IDFs raised to it (1 = as fitted).
    With the defaults it gives the matcher's matrices.
    """
    from scipy import sparse

    from thaiplan.features.keywords import Analyzer
    from thaiplan.features.stopwords import content_words, thai_stopwords
    from thaiplan.features.tfidf import TermTfidf, l2_rows

    def run(pairs: Sequence[Pair], th: Any) -> list[np.ndarray]:
        stop = None if planning else thai_stopwords() - content_words()
        an = Analyzer(stopwords=stop, thesaurus=th if thesaurus else False, strip_prefixes=True,
                      strip_markers=True)
        docs = [an.terms(t) for t in corpus(pairs)]
        space = TermTfidf(char_ngrams=(2, 5)).fit(docs)
        terms = sorted(space.vocabulary_, key=space.vocabulary_.__getitem__)
        scale = np.ones(len(terms))
        if rarity:
            info = np.array([tnc_information(t) for t in terms])
            scale = (info / info.mean()) ** rarity
        if idf_power != 1.0:
            scale = scale * space.idf_ ** (idf_power - 1.0)
            space.char_idf_ = space.char_idf_ ** idf_power
        synsets: dict[str, int] = {}
        if wordnet:
            for t in dict.fromkeys(t for d in docs for t in d):
                for s in wordnet_synsets(t):
                    synsets.setdefault(s, len(synsets))

        def synset_counts(ds: Sequence[Sequence[str]]) -> Any:
            rows, cols, vals = [], [], []
            for r, d in enumerate(ds):
                for t in d:
                    ids = [synsets[s] for s in wordnet_synsets(t) if s in synsets]
                    if not ids:
                        continue
                    rows += [r] * len(ids)
                    cols += ids
                    vals += [1.0 / len(ids)] * len(ids)
            return sparse.csr_matrix((vals, (rows, cols)), shape=(len(ds), max(len(synsets), 1)))

        syn_idf = np.zeros(0)
        if wordnet:
            df = np.asarray((synset_counts(docs) > 0).sum(axis=0)).ravel()
            syn_idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0

        def vectors(texts: Sequence[str]) -> Any:
            ds = [an.terms(t) for t in texts]
            words, chars = space.transform(ds)
            if rarity or idf_power != 1.0:
                words = l2_rows(sparse.csr_matrix(words @ sparse.diags(scale)))
            if wordnet:
                extra = sparse.csr_matrix(synset_counts(ds) @ sparse.diags(syn_idf)) * wordnet
                words = l2_rows(sparse.csr_matrix(sparse.hstack([words, extra], format="csr")))
            assert chars is not None
            blocks = [words * math.sqrt(1.0 - char_weight), chars * math.sqrt(char_weight)]
            return l2_rows(sparse.csr_matrix(sparse.hstack(blocks, format="csr")))

        return _identity(pairs, [np.asarray((vectors(p.a) @ vectors(p.b).T).toarray())
                                 for p in pairs])

    return run


def _copy_text(text: str) -> str:
    """The whole text as written, list marker, spaces and digit forms aside."""
    from thaiplan.features.keywords import _unmarked
    from thaiplan.features.tokenize import normalize_for_tokens

    return normalize_for_tokens(_unmarked(text)).replace(" ", "")


def copy_signal(kind: str) -> Signal:
    """Copy measures of whole texts (stdlib ``difflib``): ``"lcs"``, the ratio of matched
    characters of the normalised texts (2 M / (|a| + |b|)); ``"tokensort"``, the same
    ratio of their content terms sorted and joined (a token-sort ratio)."""
    from difflib import SequenceMatcher

    from thaiplan import Matcher

    def run(pairs: Sequence[Pair], th: Any) -> list[np.ndarray]:
        if kind == "lcs":
            form: Callable[[str], str] = _copy_text
        else:
            m = Matcher(thesaurus=th)
            form = lambda t: "".join(sorted(m.terms(t)))  # noqa: E731
        out = []
        for p in pairs:
            a, b = [form(t) for t in p.a], [form(t) for t in p.b]
            out.append(np.array([[SequenceMatcher(None, x, y, autojunk=False).ratio() for y in b]
                                 for x in a]).reshape(len(a), len(b)))
        return _identity(pairs, out)

    return run


def position_signal() -> Signal:
    """List-position prior: 1 - |i / (n - 1) - j / (m - 1)| (same relative place = 1)."""
    def run(pairs: Sequence[Pair], th: Any) -> list[np.ndarray]:
        out = []
        for p in pairs:
            i = np.arange(len(p.a))[:, None] / max(len(p.a) - 1, 1)
            j = np.arange(len(p.b))[None, :] / max(len(p.b) - 1, 1)
            out.append(1.0 - np.abs(i - j))
        return out

    return run


def csls_signal(beta: float, k: int = 2) -> Signal:
    """The default's scores less ``beta`` × the mean of each item's ``k`` best scores
    (cross-domain similarity local scaling): a goal close to everything is penalised."""
    base = matcher_signal()

    def run(pairs: Sequence[Pair], th: Any) -> list[np.ndarray]:
        out = []
        for s in base(pairs, th):
            if s.size == 0:
                out.append(s)
                continue
            ra = -np.sort(-s, axis=1)[:, :k].mean(axis=1)
            rb = -np.sort(-s, axis=0)[:k, :].mean(axis=0)
            out.append(np.clip((s - beta * (ra[:, None] + rb[None, :]) / 2 + beta)
                               / (1 + beta), 0.0, 1.0))
        return out

    return run


SIGNALS: dict[str, Signal] = {
    "tfidf": matcher_signal(),
    "tfidf-nothes": matcher_signal(thesaurus=False),
    "words": matcher_signal(char_weight=0.0),
    "chars": matcher_signal(char_weight=1.0),
    "keyword": matcher_signal(method="keyword"),
    "keyword-nothes": matcher_signal(method="keyword", thesaurus=False),
    "bm25": bm25_signal(),
    "textchars": plain_char_signal(),
    "newmm": plain_newmm_signal(),
    "position": position_signal(),
    "lcs": copy_signal("lcs"),
    "tokensort": copy_signal("tokensort"),
    **{f"tnc{g}": term_space_signal(rarity=g) for g in (0.5, 1.0, 2.0)},
    **{f"tnc{g}-noplan": term_space_signal(rarity=g, planning=False) for g in (0.5, 1.0, 2.0)},
    **{f"wordnet{a}": term_space_signal(wordnet=a) for a in (0.1, 0.2, 0.4)},
    **{f"wordnet{a}-nothes": term_space_signal(wordnet=a, thesaurus=False)
       for a in (0.1, 0.2, 0.4)},
    **{f"idf^{p}": term_space_signal(idf_power=p) for p in (0.5, 0.75)},
    **{f"csls{b}": csls_signal(b) for b in (0.25, 0.5, 1.0)},
}


# ----------------------------------------------------------------------------- thesaurus folds

@cache
def _full_thesaurus() -> Any:
    from thaiplan.features.thesaurus import default_thesaurus

    return default_thesaurus()


def leaked_groups(pairs: Sequence[Pair]) -> dict[int, frozenset[str]]:
    """Per shared pair, the thesaurus groups that serve gold matches of that pair alone.

    A group serves a gold match when it folds a word of one side into a term of the
    other side's text that the raw tokens do not share.
    """
    from thaiplan.features.tokenize import tokenize_cached

    th = _full_thesaurus()
    serves: dict[str, set[int]] = {}
    for k, p in enumerate(pairs):
        for i, j in p.gold:
            ta, tb = tokenize_cached(p.a[i]), tokenize_cached(p.b[j])
            fa, fb = set(th.fold(list(ta))), set(th.fold(list(tb)))
            for canonical in th.groups:
                parts = set(canonical.split())
                if parts <= fa and parts <= fb and not (parts <= set(ta) and parts <= set(tb)):
                    serves.setdefault(canonical, set()).add(k)
    return {k: frozenset(c for c, ks in serves.items() if ks == {k}) for k in range(len(pairs))}


@cache
def thesaurus_without(groups: frozenset[str]) -> Any:
    from thaiplan.features.thesaurus import Thesaurus

    th = _full_thesaurus()
    if not groups:
        return th
    return Thesaurus({c: v for c, v in th.groups.items() if c not in groups})


# ----------------------------------------------------------------------------- rows

@dataclass(frozen=True)
class Row:
    """One method and setting of the table.

    ``signals`` are combined by ``combine`` (``"one"``: the single signal,
    ``"lr"``: logistic-regression weights fitted per fold, ``"rrf"``: reciprocal
    rank fusion, ``"choose"``: one of ``options`` — weight vectors over the signals, a
    blend weight or one alternative setting — chosen per fold with the thresholds);
    ``mode`` is the alignment; ``threshold`` fixed or ``None`` (chosen).
    """

    name: str
    signals: tuple[str, ...]
    mode: str = "mutual"
    combine: str = "one"
    threshold: float | None = None
    default: bool = False
    note: str = ""
    options: tuple[tuple[float, ...], ...] = ()

    def grid(self) -> list[tuple[float, float]]:
        cuts = [self.threshold] if self.threshold is not None else list(THRESHOLDS)
        if self.mode != "merge":
            return [(t, t) for t in cuts]
        return [(t, t2) for t in cuts for t2 in (t, *MERGE_THRESHOLDS) if t2 >= t]


def blend(weights: Iterable[float]) -> tuple[tuple[float, ...], ...]:
    """Options of a two-signal blend: (1 - w) × the first + w × the second, for each w."""
    return tuple((round(1.0 - w, 4), w) for w in weights)


def alternatives(n: int) -> tuple[tuple[float, ...], ...]:
    """Options that take one of ``n`` signals (settings of one method) alone."""
    return tuple(tuple(float(i == k) for i in range(n)) for k in range(n))


BLEND = (0.0, 0.1, 0.2, 0.3, 0.5)
GENERIC = "generic, "  # the rows of generic signals (--only generic)

ROWS: list[Row] = [
    Row("default: tfidf (words 0.3 + character n-grams of terms 0.7)", ("tfidf",), "merge",
        default=True, note="the default"),
    Row("tfidf", ("tfidf",), "mutual"),
    Row("tfidf", ("tfidf",), "one_to_one"),
    Row("tfidf, thesaurus off", ("tfidf-nothes",), "mutual"),
    Row("word TF-IDF of terms", ("words",), "mutual"),
    Row("character n-grams of terms", ("chars",), "mutual"),
    Row("keyword (Jaccard)", ("keyword",), "mutual"),
    Row("keyword (Jaccard)", ("keyword",), "one_to_one"),
    Row("keyword (Jaccard)", ("keyword",), "merge"),
    Row("keyword, thesaurus off", ("keyword-nothes",), "mutual"),
    Row("BM25-weighted terms (cosine)", ("bm25",), "mutual"),
    Row("character 2-4-grams of the text", ("textchars",), "mutual"),
    Row("LR blend: words, chars", ("words", "chars"), "mutual", "lr"),
    Row("LR blend: words, chars, keyword, text chars", ("words", "chars", "keyword", "textchars"),
        "mutual", "lr"),
    Row("LR blend: words, chars, keyword, text chars",
        ("words", "chars", "keyword", "textchars"), "merge", "lr"),
    Row("rank fusion: words, chars, keyword, text chars",
        ("words", "chars", "keyword", "textchars"), "mutual", "rrf"),
    Row("rank fusion: words, chars, keyword, text chars",
        ("words", "chars", "keyword", "textchars"), "merge", "rrf"),
    Row("previous default: tfidf, mutual best >= 0.1", ("tfidf",), "mutual", threshold=0.1,
        note="fixed threshold, no CV"),
    Row("baseline: plain character 2-4-gram TF-IDF", ("textchars",), "mutual", threshold=0.1,
        note="fixed threshold"),
    Row("baseline: plain newmm word TF-IDF", ("newmm",), "mutual", threshold=0.1,
        note="fixed threshold"),
    # generic signals: a setting (a blend weight of 0 = the default) chosen in each fold
    Row(GENERIC + "TNC rarity x fitted IDF (power 0.5/1/2)", ("tnc0.5", "tnc1.0", "tnc2.0"),
        "merge", "choose", options=alternatives(3)),
    Row(GENERIC + "TNC rarity instead of the planning list (power 0.5/1/2)",
        ("tnc0.5-noplan", "tnc1.0-noplan", "tnc2.0-noplan"), "merge", "choose",
        options=alternatives(3)),
    Row(GENERIC + "Thai WordNet synsets in the word vectors (0.1/0.2/0.4)",
        ("wordnet0.1", "wordnet0.2", "wordnet0.4"), "merge", "choose", options=alternatives(3)),
    Row(GENERIC + "Thai WordNet instead of the thesaurus (0.1/0.2/0.4)",
        ("wordnet0.1-nothes", "wordnet0.2-nothes", "wordnet0.4-nothes"), "merge", "choose",
        options=alternatives(3)),
    Row(GENERIC + "flattened IDF (IDF^0.5 / ^0.75)", ("idf^0.5", "idf^0.75"), "merge", "choose",
        options=alternatives(2)),
    Row(GENERIC + "tfidf + character 2-4-grams of the whole text", ("tfidf", "textchars"),
        "merge", "choose", options=blend(BLEND)),
    Row(GENERIC + "tfidf + longest-common-subsequence ratio of the text", ("tfidf", "lcs"),
        "merge", "choose", options=blend(BLEND)),
    Row(GENERIC + "tfidf + token-sort ratio", ("tfidf", "tokensort"), "merge", "choose",
        options=blend(BLEND)),
    Row(GENERIC + "tfidf + list-position prior (0-0.1)", ("tfidf", "position"), "merge",
        "choose", options=blend((0.0, 0.02, 0.04, 0.06, 0.1))),
    Row(GENERIC + "tfidf, hubness-corrected (CSLS k=2, 0.25/0.5/1)",
        ("csls0.25", "csls0.5", "csls1.0"), "merge", "choose", options=alternatives(3)),
]


def rank_fusion(mats: Sequence[np.ndarray]) -> np.ndarray:
    """Mean over signals of 1 / (k + rank) in the row and in the column, scaled to [0, 1]."""
    total = np.zeros_like(mats[0], dtype=float)
    if total.size == 0:
        return total
    for s in mats:
        rows = np.argsort(np.argsort(-s, axis=1, kind="stable"), axis=1, kind="stable")
        cols = np.argsort(np.argsort(-s, axis=0, kind="stable"), axis=0, kind="stable")
        total += 1.0 / (RRF_K + 1 + rows) + 1.0 / (RRF_K + 1 + cols)
    scaled: np.ndarray = total * (RRF_K + 1) / (2 * len(mats))
    return scaled


def lr_weights(feats: Sequence[np.ndarray], pairs: Sequence[Pair]) -> np.ndarray:
    """Non-negative logistic-regression weights (summing to 1) of the stacked signals."""
    from sklearn.linear_model import LogisticRegression

    x = np.concatenate([f.reshape(-1, f.shape[-1]) for f in feats])
    y = np.concatenate([np.array([[(i, j) in p.gold for j in range(f.shape[1])]
                                  for i in range(f.shape[0])], dtype=bool).ravel()
                        for f, p in zip(feats, pairs, strict=True)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = LogisticRegression(class_weight="balanced", max_iter=2000).fit(x, y)
    w = np.clip(model.coef_[0], 0.0, None)
    return w / w.sum() if w.sum() > 0 else np.full(len(w), 1.0 / len(w))


# ----------------------------------------------------------------------------- scoring

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    hits: int = 0
    total: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.hits += other.hits
        self.total += other.total

    @property
    def p(self) -> float:
        return self.tp / max(self.tp + self.fp, 1)

    @property
    def r(self) -> float:
        return self.tp / max(self.tp + self.fn, 1)

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / max(self.p + self.r, 1e-9)

    @property
    def top1(self) -> float:
        return self.hits / max(self.total, 1)


def score(sim: np.ndarray, pair: Pair, mode: str, cut: float, merge_cut: float) -> Counts:
    from thaiplan.similarity.align import align_scores

    pred = {(m.a, m.b) for m in align_scores(sim, threshold=cut, mode=mode,  # type: ignore[arg-type]
                                              merge_threshold=merge_cut) if m.b is not None}
    hits = sum(int(sim.shape[1] > 0 and int(np.argmax(sim[i])) == j) for i, j in pair.gold)
    return Counts(len(pred & pair.gold), len(pred - pair.gold), len(pair.gold - pred),
                  hits, len(pair.gold))


@dataclass
class Evaluation:
    """Signal matrices of every set, per thesaurus variant, computed once."""

    shared: list[Pair]
    dev: list[Pair]
    heldout: list[Pair]
    variants: dict[int, frozenset[str]] = field(default_factory=dict)
    _cache: dict[tuple[str, str, frozenset[str]], list[np.ndarray]] = field(default_factory=dict)

    def matrices(self, signal: str, group: str, drop: frozenset[str] = frozenset()
                 ) -> list[np.ndarray]:
        key = (signal, group, drop)
        if key not in self._cache:
            pairs = {"shared": self.shared, "dev": self.dev, "heldout": self.heldout}[group]
            self._cache[key] = SIGNALS[signal](pairs, thesaurus_without(drop)) if pairs else []
        return self._cache[key]

    def fold_feats(self, row: Row, fold: int | None) -> list[np.ndarray]:
        """Stacked signals (n_a, n_b, n_signals) of every development pair, as in ``fold``.

        In the fold of shared pair ``fold`` every shared pair is scored with the
        thesaurus that pair's own groups are left out of; ``None``: the full thesaurus.
        """
        drop = self.variants.get(fold, frozenset()) if fold is not None else frozenset()
        per_signal = [self.matrices(s, "shared", drop) + self.matrices(s, "dev")
                      for s in row.signals]
        return [np.stack(ms, axis=-1) for ms in zip(*per_signal, strict=True)]

    def heldout_feats(self, row: Row) -> list[np.ndarray]:
        per_signal = [self.matrices(s, "heldout") for s in row.signals]
        return [np.stack(ms, axis=-1) for ms in zip(*per_signal, strict=True)]


def combine(row: Row, feats: Sequence[np.ndarray], weights: np.ndarray | None) -> list[np.ndarray]:
    if row.combine == "one":
        return [f[..., 0] for f in feats]
    if row.combine == "rrf":
        return [rank_fusion([f[..., n] for n in range(f.shape[-1])]) for f in feats]
    assert weights is not None  # "lr" and "choose"
    return [f @ weights for f in feats]


_COUNTS: dict[tuple[Any, ...], list[Counts]] = {}


def count_table(row: Row, sims: Sequence[np.ndarray], pairs: Sequence[Pair]
                ) -> list[list[Counts]]:
    """Counts of each pair at each grid point of ``row``.

    Memoised on the matrix: the thesaurus of a fold changes the shared pairs' matrices
    only, and the options of a row share most of theirs.
    """
    import hashlib

    grid = row.grid()
    out = []
    for sim, pair in zip(sims, pairs, strict=True):
        key = (row.mode, tuple(grid), pair, sim.shape,
               hashlib.blake2b(np.ascontiguousarray(sim, dtype=float).tobytes()).digest())
        if key not in _COUNTS:
            _COUNTS[key] = [score(sim, pair, row.mode, cut, merge_cut) for cut, merge_cut in grid]
        out.append(_COUNTS[key])
    return out


def choose(row: Row, table: Sequence[Sequence[Counts]]) -> tuple[float, float]:
    """The grid point of highest pooled F1 over the pairs of ``table``.

    On a tie the last in grid order: the highest threshold, which claims fewest pairs.
    """
    grid = row.grid()
    best: tuple[float, int] | None = None
    for g in range(len(grid)):
        total = Counts()
        for counts in table:
            total.add(counts[g])
        if best is None or total.f1 >= best[0] - 1e-12:
            best = (total.f1, g)
    assert best is not None
    return grid[best[1]]


def choose_option(row: Row, tables: Sequence[Sequence[Sequence[Counts]]]
                  ) -> tuple[int, tuple[float, float]]:
    """The option (and its grid point) of highest mean of pooled F1 and top-1.

    Each option's thresholds are its highest-F1 grid point (:func:`choose`); top-1 does
    not depend on them. On a tie the first option (the default, a blend weight of 0).
    """
    grid = row.grid()
    best: tuple[float, int, tuple[float, float]] | None = None
    for o, table in enumerate(tables):
        point = choose(row, table)
        total = Counts()
        for counts in table:
            total.add(counts[grid.index(point)])
        value = (total.f1 + total.top1) / 2
        if best is None or value > best[0] + 1e-12:
            best = (value, o, point)
    assert best is not None
    return best[1], best[2]


def option_tables(ev: Evaluation, row: Row, fold: int | None) -> list[list[list[Counts]]]:
    """Count tables of every development pair for each option of ``row`` (as in ``fold``)."""
    feats = ev.fold_feats(row, fold)
    pairs = ev.shared + ev.dev
    return [count_table(row, combine(row, feats, np.array(o)), pairs) for o in row.options]


def cross_validate(ev: Evaluation, row: Row) -> tuple[Counts, Counts, Counts]:
    """Leave-one-pair-out over the development pairs: all, shared ones, written-like-real ones."""
    pairs = ev.shared + ev.dev
    grid = row.grid()
    tables: dict[frozenset[str], list[list[Counts]]] = {}
    totals = (Counts(), Counts(), Counts())
    for k, pair in enumerate(pairs):
        fold = k if k < len(ev.shared) else None
        train = [n for n in range(len(pairs)) if n != k]
        if row.combine == "choose":  # an option and its thresholds chosen on the other pairs
            tables_o = option_tables(ev, row, fold)
            o, (cut, merge_cut) = choose_option(row, [[t[n] for n in train] for t in tables_o])
            counts = tables_o[o][k][grid.index((cut, merge_cut))]
            totals[0].add(counts)
            totals[1 if pair.group == "shared" else 2].add(counts)
            continue
        if row.combine == "lr":  # weights fitted on the other pairs: a new table per fold
            feats = ev.fold_feats(row, fold)
            weights = lr_weights([feats[n] for n in train], [pairs[n] for n in train])
            table = count_table(row, combine(row, feats, weights), pairs)
        else:
            drop = ev.variants.get(fold, frozenset()) if fold is not None else frozenset()
            if drop not in tables:
                tables[drop] = count_table(row, combine(row, ev.fold_feats(row, fold), None),
                                           pairs)
            table = tables[drop]
        cut, merge_cut = choose(row, [table[n] for n in train])
        counts = table[k][grid.index((cut, merge_cut))]
        totals[0].add(counts)
        totals[1 if pair.group == "shared" else 2].add(counts)
    return totals


def held_out(ev: Evaluation, row: Row) -> tuple[Counts, tuple[float, float], np.ndarray | None]:
    """Parameters chosen on all development pairs (full thesaurus), scored on the held-out set."""
    pairs = ev.shared + ev.dev
    feats = ev.fold_feats(row, None)
    weights = lr_weights(feats, pairs) if row.combine == "lr" else None
    if row.combine == "choose":
        o, (cut, merge_cut) = choose_option(row, option_tables(ev, row, None))
        weights = np.array(row.options[o])
    else:
        cut, merge_cut = choose(row, count_table(row, combine(row, feats, weights), pairs))
    total = Counts()
    for sim, pair in zip(combine(row, ev.heldout_feats(row), weights), ev.heldout, strict=True):
        total.add(score(sim, pair, row.mode, cut, merge_cut))
    return total, (cut, merge_cut), weights


def default_on(pairs: Sequence[Pair]) -> Counts:
    """``Matcher()`` and ``align()`` with their defaults, as the shared scorer runs them."""
    from thaiplan import Matcher

    m = Matcher().fit(corpus(pairs))
    total = Counts()
    for p in pairs:
        sim = m.similarity(list(p.a), list(p.b))
        pred = {(x.a, x.b) for x in m.align(list(p.a), list(p.b)) if x.b is not None}
        hits = sum(int(int(np.argmax(sim[i])) == j) for i, j in p.gold)
        total.add(Counts(len(pred & p.gold), len(pred - p.gold), len(p.gold - pred),
                         hits, len(p.gold)))
    return total


# ----------------------------------------------------------------------------- output

def _cells(c: Counts | None, full: bool = True) -> list[str]:
    if c is None or not c.total:
        return ["–"] * (4 if full else 2)
    if full:
        return [f"{c.p:.3f}", f"{c.r:.3f}", f"{c.f1:.3f}", f"{c.top1:.3f}"]
    return [f"{c.f1:.3f}", f"{c.top1:.3f}"]


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--no-heldout", action="store_true",
                        help="development figures only (while working on the method)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="only the first N pairs of each set (a quick check)")
    parser.add_argument("--only", default=None, metavar="REGEX",
                        help="only the rows whose method matches REGEX")
    args = parser.parse_args(list(argv) if argv is not None else None)

    start = time.perf_counter()
    shared = load(SHARED_PAIRS, "shared")[:args.limit] if SHARED_PAIRS.exists() else []
    if not shared:
        print(f"note: {SHARED_PAIRS} is absent: development = the 18 pairs of "
              f"{DEV_PAIRS.name} only", file=sys.stderr)
    ev = Evaluation(shared, load(DEV_PAIRS, "dev")[:args.limit],
                    [] if args.no_heldout else load(HELDOUT_PAIRS, "heldout")[:args.limit])
    ev.variants = leaked_groups(shared)
    n_gold = {g: sum(len(p.gold) for p in ps) for g, ps in
              (("shared", ev.shared), ("dev", ev.dev), ("heldout", ev.heldout))}

    head = ["method", "align", "CV P", "CV R", "CV F1", "CV top-1",
            f"shared {len(ev.shared)}: F1", "top-1", f"like-real {len(ev.dev)}: F1", "top-1",
            "held-out P", "R", "F1", "top-1", "chosen on dev"]
    lines = []
    rows = [r for r in ROWS if args.only is None or re.search(args.only, r.name)]
    for row in rows:
        cv_all, cv_shared, cv_dev = cross_validate(ev, row)
        ho: Counts | None = None
        chosen = ""
        if ev.heldout:
            ho, (cut, merge_cut), weights = held_out(ev, row)
            chosen = f"t={cut:.2f}" + (f", merge={merge_cut:.2f}" if row.mode == "merge" else "")
            if weights is not None and row.options == alternatives(len(row.signals)):
                chosen += ", " + row.signals[int(np.argmax(weights))]
            elif weights is not None:
                chosen += ", w=" + "/".join(f"{w:.2f}" for w in weights)
            if row.default:
                exact = default_on(ev.heldout)
                if (exact.tp, exact.fp, exact.hits) != (ho.tp, ho.fp, ho.hits):
                    chosen += f" (Matcher() defaults: F1 {exact.f1:.3f} top-1 {exact.top1:.3f})"
        name = f"**{row.name}**" if row.default and args.markdown else row.name
        lines.append([name, row.mode, *_cells(cv_all), *_cells(cv_shared, False),
                      *_cells(cv_dev, False), *_cells(ho), chosen or row.note])

    print(f"goal alignment: {len(ev.shared) + len(ev.dev)} development pairs "
          f"({n_gold['shared'] + n_gold['dev']} gold), leave-one-pair-out CV; "
          f"{len(ev.heldout)} held-out pairs ({n_gold['heldout']} gold)")
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for line in lines:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(str(x)) for x in col) for col in zip(head, *lines, strict=True)]
        for line in [head, *lines]:
            print("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)).rstrip())
    print(f"({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
