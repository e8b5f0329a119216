"""Parsing: plan-page text to sections and numbered items.

``lexicon`` (heading words) and ``markers`` (item markers) are the vocabulary,
``junk`` recognises page furniture, ``office`` the publisher, and ``parser``
runs the single pass that builds the :class:`~thaiplan.model.PlanDocument`.
"""

from .parser import clear_memos, parse_file, parse_text, prepare_text

__all__ = ["clear_memos", "parse_file", "parse_text", "prepare_text"]
