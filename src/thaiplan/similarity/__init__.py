"""Similarity between goals and offices: :class:`Matcher` and :func:`compare`.

Import from here: ``from thaiplan.similarity import compare`` (the submodule
:mod:`thaiplan.similarity.compare` has the same name as the function).
"""

from __future__ import annotations

from .compare import Comparison, compare
from .matcher import Match, Matcher

__all__ = ["Comparison", "Match", "Matcher", "compare"]
