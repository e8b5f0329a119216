"""A bounded, thread-safe memo from strings to values (shared by parse and features).

Batches repeat themselves: pages copy lines, texts copy chunks. The parser (prepared
lines) and the tokenizer (normalised and segmented chunks) each keep what they computed
for a string in a :class:`BoundedMemo`, whose memory stays bounded however many
documents go through.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar, cast

__all__ = ["BoundedMemo"]

_V = TypeVar("_V")


class BoundedMemo(Generic[_V]):
    """A bounded, thread-safe memo from strings to values, oldest entries dropped first.

    Two generations of at most ``size`` entries each bound the memory: when the
    newer one is full it becomes the older one and the previous older one is
    dropped; a key found in the older one is copied to the newer. Keys longer than
    ``max_key_length`` are never stored (a one-line megabyte page cannot fill the
    memo). Reads take no lock (a dict read is atomic), writes take one. The values
    must depend on the key only and never be ``None``. ``lookups`` and ``misses``
    are statistics (not locked, so approximate when threads share the memo).

    >>> memo: BoundedMemo[int] = BoundedMemo(2)
    >>> memo.get_many(["ครู", "ผู้เรียน", "ครู"], len)
    [3, 8, 3]
    >>> memo.lookups, memo.misses, len(memo)
    (3, 2, 2)
    """

    def __init__(self, size: int, *, max_key_length: int | None = None) -> None:
        if size < 1:
            raise ValueError(f"BoundedMemo size must be >= 1, got {size}")
        self.size = size
        self.max_key_length = max_key_length
        self.lookups = 0
        self.misses = 0
        self._new: dict[str, _V] = {}
        self._old: dict[str, _V] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._new) + len(self._old)

    def get_many(self, keys: list[str], make: Callable[[str], _V]) -> list[_V]:
        """The values of ``keys`` in order; ``make(key)`` computes a missing one (once).

        Args:
            keys: the keys, repeats allowed.
            make: computes the value of a key not in the memo; it is stored.

        Returns:
            One value per key.
        """
        return self.get_many_together(keys, lambda at: [make(keys[i]) for i in at])

    def get_many_together(self, keys: list[str],
                          make_many: Callable[[list[int]], list[_V]]) -> list[_V]:
        """:meth:`get_many`, the missing values computed in one call (one pass of each
        step over all of them, when that is cheaper than one call per key).

        Args:
            keys: the keys, repeats allowed.
            make_many: given the places in ``keys`` of the missing keys (the first
                place of each), their values in that order.

        Returns:
            One value per key.
        """
        self.lookups += len(keys)
        found = list(map(self._new.get, keys))  # the common case: all there
        if None not in found:
            return cast(list[_V], found)
        todo = [i for i, value in enumerate(found) if value is None]
        first: dict[str, int] = {}  # missing key -> its first place
        for i in todo:
            value = self._old.get(keys[i])
            if value is None:
                first.setdefault(keys[i], i)
            found[i] = value
        if first:
            self.misses += len(first)
            made = dict(zip(first, make_many(list(first.values())), strict=True))
            for i in todo:
                if found[i] is None:
                    found[i] = made[keys[i]]
        longest = self.max_key_length
        with self._lock:
            for i in todo:
                key = keys[i]
                if key not in self._new and (longest is None or len(key) <= longest):
                    if len(self._new) >= self.size:
                        self._old, self._new = self._new, {}
                    self._new[key] = cast(_V, found[i])
        return cast(list[_V], found)

    def clear(self) -> None:
        """Forget every key and reset the counters."""
        with self._lock:
            self._new, self._old = {}, {}
            self.lookups = self.misses = 0
