"""The one place that imports pythainlp: offline, lazily, once.

pythainlp may try the network for corpora and then quietly return empty data, and
its import creates ``~/pythainlp-data``. thaiplan never downloads: it sets
``PYTHAINLP_OFFLINE=1`` (unless the caller chose otherwise) and imports pythainlp
only when a function that needs it is first called, never at ``import thaiplan``.
Its Thai word list is read from pythainlp's data file without importing it
(:func:`pythainlp_words`): parsing never imports pythainlp.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from types import ModuleType

__all__ = ["pythainlp_module", "pythainlp_words"]

# pythainlp.corpus.thai_words() reads this file of the pythainlp package.
_WORDS_FILE = "corpus/words_th.txt"


@cache
def pythainlp_module(name: str = "pythainlp") -> ModuleType:
    """Import ``name`` (a pythainlp module) with downloads switched off."""
    import importlib

    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    return importlib.import_module(name)


@cache
def pythainlp_words() -> frozenset[str]:
    """``pythainlp.corpus.thai_words()``, read from its file without importing pythainlp.

    The file is found with ``importlib.util.find_spec`` (which does not run the
    package) and read as pythainlp's ``get_corpus`` reads it: every non-empty line is
    a word. Should the file not be there, pythainlp is imported and asked.

    Returns:
        pythainlp's Thai word list (about 62,000 words).

    >>> {"สำนักงาน", "การศึกษา"} <= pythainlp_words()
    True
    """
    from importlib.util import find_spec

    spec = find_spec("pythainlp")
    for directory in (spec and spec.submodule_search_locations) or ():
        path = Path(directory, _WORDS_FILE)
        if path.is_file():
            text = path.read_text(encoding="utf-8-sig")
            return frozenset(filter(None, text.splitlines()))
    words: frozenset[str] = pythainlp_module("pythainlp.corpus").thai_words()
    return words
