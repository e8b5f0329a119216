"""The one place that imports pythainlp: offline, lazily, once.

pythainlp may try the network for corpora and then quietly return empty data, and
its import creates ``~/pythainlp-data``. thaiplan never downloads: it sets
``PYTHAINLP_OFFLINE=1`` (unless the caller chose otherwise) and imports pythainlp
only when a function that needs it is first called, never at ``import thaiplan``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from types import ModuleType

__all__ = ["pythainlp_module", "pythainlp_normalize"]


@cache
def pythainlp_module(name: str = "pythainlp") -> ModuleType:
    """Import ``name`` (a pythainlp module) with downloads switched off."""
    import importlib

    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    return importlib.import_module(name)


def pythainlp_normalize() -> Callable[[str], str]:
    """``pythainlp.util.normalize``: tone-mark, vowel-order and duplicate fixes."""
    fn: Callable[[str], str] = pythainlp_module("pythainlp.util").normalize
    return fn
