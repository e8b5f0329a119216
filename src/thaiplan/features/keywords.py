"""Content terms of a text and the distinctive keywords of each office or section.

:class:`Analyzer` turns a text into the terms that carry its meaning: word tokens
(:func:`~thaiplan.features.tokenize.tokenize`), synonyms folded
(:class:`~thaiplan.features.thesaurus.Thesaurus`), the nominalising prefixes
``การ``/``ความ`` taken off (``ความปลอดภัย`` → ``ปลอดภัย``), stopwords and
planning boilerplate dropped. :func:`keywords` ranks the terms of each office by
TF-IDF across the offices given.

>>> Analyzer()("นักเรียนได้รับการศึกษาอย่างเท่าเทียมและมีความปลอดภัย")
['ผู้เรียน', 'ศึกษา', 'ทั่วถึง', 'ปลอดภัย']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from .._pythainlp import pythainlp_module
from ..model import Item, PlanDocument, SectionKind
from .stopwords import default_stopwords
from .thesaurus import Thesaurus, default_thesaurus
from .tokenize import Engine, domain_words, normalize_for_tokens, tokenize_cached, word_list

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Analyzer", "keywords"]

_PREFIXES = ("การ", "ความ")


@dataclass(frozen=True, slots=True)
class Analyzer:
    """Text → content terms, the analyzer behind keywords and matchers.

    Attributes:
        engine: tokenizer engine (``"nlpo3"`` or ``"newmm"``).
        stopwords: terms to drop; ``None`` = :func:`default_stopwords`
            (pythainlp's list plus planning boilerplate).
        thesaurus: a :class:`Thesaurus`, ``True`` for the shipped one, ``False``
            or ``None`` for no folding.
        strip_prefixes: take ``การ``/``ความ`` off a token when the rest is a word.
        expand_compounds: after a domain compound, add the words it is made of
            (``มาตรฐานวิชาชีพ`` → ``มาตรฐานวิชาชีพ``, ``มาตรฐาน``, ``วิชาชีพ``).
        strip_markers: leave out a list marker left at the start of the text
            (``1.``, ``๒)``, ``กลยุทธ์ที่ 3``, ``-``: what the parser reads as a
            marker): its number says where an item stands, not what it is about.
    """

    engine: Engine = "nlpo3"
    stopwords: frozenset[str] | None = None
    thesaurus: Thesaurus | bool | None = True
    strip_prefixes: bool = True
    expand_compounds: bool = False
    strip_markers: bool = False
    _cache: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, compare=False,
                                               repr=False)

    def _folder(self) -> Thesaurus | None:
        if isinstance(self.thesaurus, Thesaurus):
            return self.thesaurus
        return default_thesaurus(self.engine) if self.thesaurus else None

    def terms(self, text: str) -> tuple[str, ...]:
        """The content terms of ``text`` (cached per distinct text).

        When every token is a stopword the tokens themselves are kept, so a
        non-empty text always has terms.
        """
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        tokens: Sequence[str] = tokenize_cached(
            _unmarked(text) if self.strip_markers else text, self.engine)
        folder = self._folder()
        if folder is not None:
            tokens = folder.fold(tokens)
        if self.strip_prefixes:
            tokens = [_strip_prefix(t) for t in tokens]
        stop = default_stopwords() if self.stopwords is None else self.stopwords
        kept = [t for t in tokens if t not in stop]
        if self.expand_compounds:
            expanded = []
            for t in kept:
                expanded.append(t)
                expanded.extend(p for p in _parts(t) if p not in stop)
            kept = expanded
        result = tuple(kept) or tuple(tokens)
        if len(self._cache) < 1 << 17:
            self._cache[text] = result
        return result

    def __call__(self, text: str) -> list[str]:
        return list(self.terms(text))


@lru_cache(maxsize=1 << 16)
def _unmarked(text: str) -> str:
    """``text`` without a leading list marker (``1.``, ``ยุทธศาสตร์ที่ 3``), if any.

    >>> _unmarked("กลยุทธ์ที่ 3 พัฒนาครู"), _unmarked("S : Service mind")
    ('พัฒนาครู', 'S : Service mind')
    """
    from ..parse.markers import Style, match_marker

    found = match_marker(text.strip())
    if found is None or found.style in (Style.LETTER, Style.WORD, Style.BARE):
        return text  # letters and words of an acronym list are content; a bare number may be
    return found.text if found.text.strip() else text


@lru_cache(maxsize=1 << 16)
def _strip_prefix(token: str) -> str:
    for prefix in _PREFIXES:
        if token.startswith(prefix) and len(token) > len(prefix) + 1:
            rest = token[len(prefix):]
            if rest in word_list():
                return rest
    return token


@cache
def _domain_set() -> frozenset[str]:
    return frozenset(domain_words())


@cache
def _parts(token: str) -> tuple[str, ...]:
    """The words a domain compound is made of (``มาตรฐานวิชาชีพ`` → มาตรฐาน, วิชาชีพ)."""
    if token not in _domain_set() or " " in token:
        return ()
    base = pythainlp_module("pythainlp.tokenize")
    parts = [_strip_prefix(p) for p in base.word_tokenize(token, engine="newmm")
             if p.strip()]
    return tuple(parts) if len(parts) > 1 else ()


def _label(doc: PlanDocument, index: int) -> str:
    label = doc.office.label if (doc.office.name or doc.office.area is not None) else None
    return label or doc.source or f"document {index + 1}"


def _doc_text(doc: PlanDocument, section: str | SectionKind | None) -> str:
    if section is None:
        parts = [s.text for s in doc.sections]
        parts += [i.text for s in doc.sections for i in s.walk()]
    else:
        parts = [i.text for i in doc.items(section)]
        parts += [s.text for s in doc.sections if s.kind is SectionKind(section)]
    return "\n".join(p for p in parts if p)


def keywords(
    texts_or_docs: Iterable[str | Item | PlanDocument] | PlanDocument | str,
    *,
    top: int = 10,
    section: str | SectionKind | None = None,
    labels: Sequence[str] | None = None,
    engine: Engine = "nlpo3",
    stopwords: Iterable[str] | None = None,
) -> pd.DataFrame:
    """The distinctive terms of each text or office, ranked by TF-IDF.

    Each input is one *group* (an office, a section, any text): its terms are
    weighted by how often they occur in it and how few other groups use them
    (scikit-learn's smoothed IDF, sublinear TF). Multiword domain terms
    (``บุคลากรทางการศึกษา``, ``ปรัชญาของเศรษฐกิจพอเพียง``) stay whole, stopwords and
    planning boilerplate are dropped; synonyms are *not* folded, so terms appear
    as written (digits Arabic, Latin lower case).

    Args:
        texts_or_docs: texts, :class:`~thaiplan.model.Item` s, or parsed
            :class:`~thaiplan.model.PlanDocument` s (a single one is accepted).
        top: how many terms per group (≥ 1).
        section: for documents, the section kind to read (``"goals"``...);
            ``None`` reads every section.
        labels: group names; default the office label (else the source file or
            ``document N``) for documents and ``text N`` for texts.
        engine: tokenizer engine.
        stopwords: replaces the default stopwords when given.

    Returns:
        A DataFrame with columns ``group``, ``rank`` (1 = most distinctive),
        ``term`` and ``score`` (TF-IDF weight in [0, 1], higher = more
        distinctive), ``top`` rows or fewer per group.

    Raises:
        ValueError: ``top`` < 1 or ``labels`` of the wrong length.

    >>> kw = keywords(["ครูมีสมรรถนะตามมาตรฐานวิชาชีพ", "ผู้เรียนมีทักษะอาชีพ"], top=2)
    >>> kw.values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['text 1', 1, 'ครู', 0.577], ['text 1', 2, 'มาตรฐานวิชาชีพ', 0.577],
     ['text 2', 1, 'ทักษะอาชีพ', 0.707], ['text 2', 2, 'ผู้เรียน', 0.707]]
    """
    import pandas as pd
    from sklearn.feature_extraction.text import TfidfVectorizer

    if top < 1:
        raise ValueError(f"top must be at least 1, got {top}")
    if isinstance(texts_or_docs, (str, PlanDocument, Item)):
        texts_or_docs = [texts_or_docs]
    groups: list[str] = []
    names: list[str] = []
    for n, obj in enumerate(texts_or_docs):
        if isinstance(obj, PlanDocument):
            groups.append(_doc_text(obj, section))
            names.append(_label(obj, n))
        else:
            groups.append(obj.text if isinstance(obj, Item) else str(obj))
            names.append(f"text {n + 1}")
    if labels is not None:
        if len(labels) != len(groups):
            raise ValueError(f"{len(labels)} labels for {len(groups)} groups")
        names = [str(x) for x in labels]
    stop = default_stopwords() if stopwords is None else frozenset(
        normalize_for_tokens(w) for w in stopwords)
    analyzer = Analyzer(engine=engine, stopwords=stop, thesaurus=False, strip_prefixes=False)
    rows: list[dict[str, Any]] = []
    columns = ["group", "rank", "term", "score"]
    if not any(analyzer.terms(g) for g in groups):
        return pd.DataFrame(rows, columns=columns)
    vectorizer = TfidfVectorizer(analyzer=analyzer, token_pattern=None, lowercase=False,
                                 sublinear_tf=True)
    matrix = vectorizer.fit_transform(groups).tocsr()
    vocab = vectorizer.get_feature_names_out()
    for g, name in enumerate(names):
        row = matrix.getrow(g)
        order = sorted(zip(row.data, row.indices, strict=True), key=lambda p: (-p[0], vocab[p[1]]))
        for rank, (score, col) in enumerate(order[:top], start=1):
            rows.append({"group": name, "rank": rank, "term": str(vocab[col]),
                         "score": round(float(score), 3)})
    return pd.DataFrame(rows, columns=columns)
