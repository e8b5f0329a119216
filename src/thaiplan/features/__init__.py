"""Thai text features: tokens, stopwords, synonyms, keywords.

* :func:`tokenize` — normalised word tokens (nlpo3 or newmm, with a shipped
  domain dictionary);
* :func:`~thaiplan.features.stopwords.default_stopwords` — pythainlp's list plus
  planning boilerplate;
* :class:`~thaiplan.features.thesaurus.Thesaurus` — synonym folding;
* :func:`keywords` — the distinctive terms of each office or section;
* :class:`~thaiplan.features.tfidf.TermTfidf` — word and character n-gram
  TF-IDF vectors of term lists (the vectors behind ``Matcher``).

Import functions from here: ``from thaiplan.features import tokenize`` (the
submodules have the same names as the functions).
"""

from __future__ import annotations

from .keywords import Analyzer, keywords
from .stopwords import default_stopwords
from .tfidf import TermTfidf
from .thesaurus import Thesaurus, default_thesaurus
from .tokenize import ENGINES, tokenize

__all__ = ["ENGINES", "Analyzer", "TermTfidf", "Thesaurus", "default_stopwords",
           "default_thesaurus", "keywords", "tokenize"]
