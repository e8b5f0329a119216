"""The one place that imports pythainlp: offline, lazily, once.

pythainlp may try the network for corpora and then quietly return empty data, and
its import creates ``~/pythainlp-data``. thaiplan never downloads: it sets
``PYTHAINLP_OFFLINE=1`` (unless the caller chose otherwise) and imports pythainlp
only when a function that needs it is first called, never at ``import thaiplan``.
Its Thai word list and province names are read from pythainlp's data files
without importing it (:func:`pythainlp_words`, :func:`pythainlp_provinces`): parsing
never imports pythainlp.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from types import ModuleType

__all__ = ["pythainlp_module", "pythainlp_provinces", "pythainlp_words"]

# The files of pythainlp's ``corpus`` folder that thai_words() and provinces() read.
_WORDS_FILE = "words_th.txt"
_PROVINCES_FILE = "thailand_provinces_th.csv"


@cache
def pythainlp_module(name: str = "pythainlp") -> ModuleType:
    """Import ``name`` (a pythainlp module) with downloads switched off."""
    import importlib

    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    return importlib.import_module(name)


def _corpus_lines(name: str) -> list[str] | None:
    """The lines of pythainlp's corpus file ``name``, read as its ``get_corpus`` reads
    them, found with ``importlib.util.find_spec`` (which does not run the package);
    ``None`` if the file is not there."""
    from importlib.util import find_spec

    spec = find_spec("pythainlp")
    for directory in (spec and spec.submodule_search_locations) or ():
        path = Path(directory, "corpus", name)
        if path.is_file():
            return path.read_text(encoding="utf-8-sig").splitlines()
    return None


@cache
def pythainlp_words() -> frozenset[str]:
    """``pythainlp.corpus.thai_words()``, read from its file without importing pythainlp
    (every non-empty line is a word); should the file not be there, pythainlp is
    imported and asked.

    Returns:
        pythainlp's Thai word list (about 62,000 words).

    >>> {"สำนักงาน", "การศึกษา"} <= pythainlp_words()
    True
    """
    lines = _corpus_lines(_WORDS_FILE)
    if lines is not None:
        return frozenset(filter(None, lines))
    words: frozenset[str] = pythainlp_module("pythainlp.corpus").thai_words()
    return words


@cache
def pythainlp_provinces() -> frozenset[str]:
    """``pythainlp.corpus.provinces()``: the 77 provinces' Thai names, read from its
    file (the first column) without importing pythainlp.

    >>> {"ชุมพร", "กรุงเทพมหานคร"} <= pythainlp_provinces()
    True
    """
    lines = _corpus_lines(_PROVINCES_FILE)
    if lines is not None:
        return frozenset(line.split(",")[0].strip() for line in lines if line.strip())
    names: frozenset[str] = pythainlp_module("pythainlp.corpus").provinces()
    return names
