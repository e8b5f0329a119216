"""A small thesaurus of equivalent planning terms, folded before weighting.

Offices say the same thing with different words: ``นักเรียน``/``ผู้เรียน``,
``เท่าเทียม``/``ทั่วถึง`` (access), ``ผู้สูงวัย``/``ผู้สูงอายุ``, an acronym and its
Thai name (``ITA``). :class:`Thesaurus` replaces every variant, matched as a token
sequence (longest first), by its canonical form. A canonical form written with
spaces stands for several tokens: a fixed term replaced by its definition
(``สถาบันหลักของชาติ`` → ``ชาติ ศาสนา พระมหากษัตริย์``). The shipped groups are in
``resources/thesaurus.json``.

>>> th = default_thesaurus()
>>> th.fold(["นักเรียน", "ได้รับ", "การศึกษา", "อย่าง", "เท่าเทียม"])
['ผู้เรียน', 'ได้รับ', 'การศึกษา', 'อย่าง', 'ทั่วถึง']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from .tokenize import Engine, normalize_for_tokens, tokenize_cached

__all__ = ["Thesaurus", "default_thesaurus"]


class Thesaurus:
    """Variant → canonical term folding over token sequences.

    Args:
        groups: canonical form → its variants (texts; they are tokenised with
            ``engine`` so that they match however the tokenizer splits them).
        engine: the tokenizer engine the folded tokens come from.

    >>> Thesaurus({"ผู้สูงอายุ": ["ผู้สูงวัย"]}).fold(["ผู้สูงวัย", "ได้รับ", "สวัสดิการ"])
    ['ผู้สูงอายุ', 'ได้รับ', 'สวัสดิการ']
    """

    __slots__ = ("_index", "_max_len", "engine", "groups")

    def __init__(self, groups: Mapping[str, Iterable[str]], *, engine: Engine = "nlpo3") -> None:
        self.engine: Engine = engine
        self.groups: dict[str, tuple[str, ...]] = {
            canonical: tuple(variants) for canonical, variants in groups.items()
        }
        index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for canonical, variants in self.groups.items():
            target = tuple(normalize_for_tokens(part) for part in canonical.split())
            sources = list(variants)
            if len(target) == 1:
                sources.append(canonical)
            for variant in sources:
                seq = tokenize_cached(variant, engine)
                if seq and seq != target:
                    index.setdefault(seq[0], []).append((seq, target))
        for entries in index.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        self._index = index
        self._max_len = max((len(s) for e in index.values() for s, _ in e), default=0)

    @classmethod
    def from_json(cls, path: str | Path, *, engine: Engine = "nlpo3") -> Thesaurus:
        """Load ``{"groups": [{"canonical": ..., "variants": [...]}, ...]}`` from a file."""
        return cls(_groups(json.loads(Path(path).read_text(encoding="utf-8"))), engine=engine)

    def __len__(self) -> int:
        return len(self.groups)

    def __repr__(self) -> str:
        return f"Thesaurus({len(self.groups)} groups, engine={self.engine!r})"

    def fold(self, tokens: Sequence[str]) -> list[str]:
        """Replace every variant sequence by its canonical tokens (longest match first).

        Args:
            tokens: tokens from :func:`~thaiplan.features.tokenize.tokenize` with
                the same engine.

        Returns:
            A new token list; tokens that belong to no group are kept as they are.
        """
        out: list[str] = []
        i, n = 0, len(tokens)
        index = self._index
        while i < n:
            entries = index.get(tokens[i])
            if entries:
                for seq, target in entries:
                    if tuple(tokens[i:i + len(seq)]) == seq:
                        out.extend(target)
                        i += len(seq)
                        break
                else:
                    out.append(tokens[i])
                    i += 1
            else:
                out.append(tokens[i])
                i += 1
        return out


def _groups(data: Mapping[str, object]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for group in data.get("groups", []):  # type: ignore[attr-defined]
        groups.setdefault(group["canonical"], []).extend(group.get("variants", []))
    return groups


@cache
def default_thesaurus(engine: Engine = "nlpo3") -> Thesaurus:
    """The shipped thesaurus (``resources/thesaurus.json``) for ``engine``'s tokens."""
    text = resources.files("thaiplan.resources").joinpath("thesaurus.json").read_text("utf-8")
    return Thesaurus(_groups(json.loads(text)), engine=engine)
