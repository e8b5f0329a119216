"""The segmentation engines: nlpo3 (Rust newmm, the default) and pythainlp's newmm."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from functools import cache

from ..._pythainlp import pythainlp_module
from .dictionary import word_list

__all__ = ["ENGINES"]

logger = logging.getLogger("thaiplan.features.tokenize")  # the name it has always logged under


def _newmm(text: str) -> list[str]:
    newmm = pythainlp_module("pythainlp.tokenize.newmm")
    tokens: list[str] = newmm.segment(text, custom_dict=_newmm_trie())
    return tokens


@cache
def _newmm_trie() -> object:
    util = pythainlp_module("pythainlp.util")
    return util.dict_trie(sorted(word_list()))


_NLPO3_LOCK = threading.Lock()


@cache
def _nlpo3_dict_name() -> str:
    """Write the word list to a file once per process and load it into nlpo3."""
    import nlpo3

    words = "\n".join(sorted(word_list()))
    digest = hashlib.sha1(words.encode("utf-8")).hexdigest()[:16]
    name = f"thaiplan-{digest}"
    with _NLPO3_LOCK:
        fd, path = tempfile.mkstemp(prefix="thaiplan-words-", suffix=".txt")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(words)
            # nlpo3 keeps the dictionary in memory; it never overrides a loaded name
            message, _ok = nlpo3.load_dict(path, name)
            logger.debug("nlpo3.load_dict(%s): %s", name, message)
        finally:
            os.unlink(path)
    return name


def _nlpo3(text: str) -> list[str]:
    try:
        import nlpo3
    except ImportError:  # pragma: no cover - nlpo3 is a dependency
        logger.info("nlpo3 is not installed; using newmm")
        return _newmm(text)
    tokens: list[str] = nlpo3.segment(text, _nlpo3_dict_name())
    return tokens


ENGINES: dict[str, Callable[[str], list[str]]] = {"nlpo3": _nlpo3, "newmm": _newmm}
"""Segmentation engines by name; the keys are the valid ``engine`` choices."""
