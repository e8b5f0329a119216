"""Similarity between goals and offices: :class:`Matcher` and :func:`compare`.

Import from here: ``from thaiplan.similarity import compare`` (the submodule
:mod:`thaiplan.similarity.compare` has the same name as the function).
:func:`entities` says what :func:`compare` compares in a set of documents: each
document, or each unit of a document with units (a budget volume's agencies).
"""

from __future__ import annotations

from .compare import Comparison, Entity, compare, entities
from .matcher import Match, Matcher

__all__ = ["Comparison", "Entity", "Match", "Matcher", "compare", "entities"]
