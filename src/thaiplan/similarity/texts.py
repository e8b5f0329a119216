"""What the similarity code accepts as a text (a string, an Item, a dict with ``"text"``),
and when two texts count as the same one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..features.tokenize import normalize_for_tokens
from ..model import Item

__all__ = ["TextLike"]

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


