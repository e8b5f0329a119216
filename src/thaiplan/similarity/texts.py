"""What the similarity code accepts as a text (a string, an Item, a dict with ``"text"``),
and when two texts count as the same one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..features.tokenize import normalize_for_tokens
from ..model import Item

if TYPE_CHECKING:
    import numpy as np

__all__ = ["TextLike", "mark_identical"]

TextLike = str | Item | Mapping[str, Any]
"""A text, an :class:`~thaiplan.model.Item`, or a dict with a ``"text"`` key."""


def _text(obj: TextLike) -> str:
    if isinstance(obj, Item):
        return obj.text
    if isinstance(obj, str):
        return obj
    if isinstance(obj, Mapping) and isinstance(obj.get("text"), str):
        # an item as a dict (Item.to_dict(), JSON records)
        return str(obj["text"])
    raise TypeError(f"expected a str, an Item or a dict with 'text', got {type(obj).__name__}")


def _texts(objs: Iterable[TextLike] | TextLike) -> list[str]:
    if isinstance(objs, (str, Item, Mapping)):
        return [_text(objs)]
    return [_text(o) for o in objs]


def _identity_key(text: str) -> str:
    """Texts with the same key differ only in digits, invisible characters and spacing."""
    return normalize_for_tokens(text).replace(" ", "")


def mark_identical(sim: np.ndarray, ta: Sequence[str], tb: Sequence[str] | None) -> None:
    """Set ``sim[i, j]`` to 1.0 where ``ta[i]`` and ``tb[j]`` (``ta[j]`` when ``tb`` is
    ``None``) differ only in digits, invisible characters and spacing (empty texts never).

    >>> import numpy as np
    >>> sim = np.zeros((2, 1))
    >>> mark_identical(sim, ["เขต ๒๐", ""], ["เขต\u00a020"])
    >>> sim.tolist()
    [[1.0], [0.0]]
    """
    keys_a = [_identity_key(t) for t in ta]
    keys_b = keys_a if tb is None else [_identity_key(t) for t in tb]
    index: dict[str, list[int]] = {}
    for j, key in enumerate(keys_b):
        if key:
            index.setdefault(key, []).append(j)
    for i, key in enumerate(keys_a):
        for j in index.get(key, ()) if key else ():
            sim[i, j] = 1.0
