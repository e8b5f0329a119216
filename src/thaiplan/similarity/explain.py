"""Why two texts match: the terms that explain their score, rarest in the corpus first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher

__all__ = ["explaining_terms"]


def explaining_terms(xa: Sequence[str], xb: Sequence[str], idf: Mapping[str, float], *,
                     word_parts: bool, top: int) -> tuple[str, ...]:
    """The terms of ``xa`` and ``xb`` that contribute most to their similarity.

    Shared terms, rarest first (highest ``idf``; a term the corpus does not know
    weighs as the median), without the parts of a shared compound; when none is
    shared and ``word_parts``, the longest shared word parts (3+ characters).

    >>> explaining_terms(["ครู", "สมรรถนะ"], ["สมรรถนะ", "ครู"], {"ครู": 1.0, "สมรรถนะ": 2.0},
    ...                  word_parts=True, top=5)
    ('สมรรถนะ', 'ครู')
    >>> explaining_terms(["ทักษะอาชีพ"], ["อาชีพ"], {}, word_parts=True, top=5)
    ('อาชีพ',)
    """
    common = set(xa) & set(xb)
    if common:
        known = sorted(idf.values())
        fallback = known[len(known) // 2] if known else 1.0
        # a part is implied by a shared compound that contains it
        common = {t for t in common if not any(t != u and t in u for u in common)}
        # rarer terms explain more; a term used in few goals is the specific aim
        scored = sorted(common, key=lambda t: (-idf.get(t, fallback), t))
        return tuple(scored[:top])
    if not word_parts:
        return ()
    parts: dict[str, int] = {}
    for x in dict.fromkeys(xa):
        for y in dict.fromkeys(xb):
            m = SequenceMatcher(None, x, y, autojunk=False).find_longest_match()
            if m.size >= 3:
                part = x[m.a:m.a + m.size]
                parts[part] = max(parts.get(part, 0), m.size)
    ranked = sorted(parts, key=lambda p: (-len(p), p))
    out: list[str] = []
    for part in ranked:
        if not any(part in kept for kept in out):
            out.append(part)
    return tuple(out[:top])
