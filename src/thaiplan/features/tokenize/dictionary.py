"""The segmentation dictionary: pythainlp's word list, the shipped domain words and phrases."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..._pythainlp import pythainlp_words
from .normal import normalize_for_tokens

__all__ = ["domain_phrases", "domain_words", "removed_words", "word_list"]

_PHRASE_CHARS = re.compile(r"[ 0-9A-Za-z]")


def _read_resource(name: str) -> list[str]:
    """Non-comment, non-blank lines of a text file in ``thaiplan/resources``."""
    text = resources.files("thaiplan.resources").joinpath(name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def domain_words() -> tuple[str, ...]:
    """The shipped domain terms (planning, education, health...), normalised.

    >>> "บุคลากรทางการศึกษา" in domain_words()
    True
    """
    lines = _read_resource("domain_words.txt")
    words = (normalize_for_tokens(w) for w in lines if not w.startswith("-"))
    return tuple(dict.fromkeys(w for w in words if w))


@cache
def removed_words() -> frozenset[str]:
    """Words of pythainlp's list taken out of the dictionary (``-word`` lines).

    They glue a function word onto a content word (``ร่วมใน``, ``ได้ที่``) and
    win ties against the right split in planning text
    (``มีส่วนร่วมใน`` → ``มีส่วน|ร่วมใน``, ``รายได้ที่`` → ``ราย|ได้ที่``).

    >>> "ได้ที่" in removed_words()
    True
    """
    lines = _read_resource("domain_words.txt")
    return frozenset(normalize_for_tokens(w[1:]) for w in lines if w.startswith("-"))


@cache
def domain_phrases() -> tuple[str, ...]:
    """Domain terms with a space, digit or Latin letter: matched before segmentation.

    >>> "ศตวรรษที่ 21" in domain_phrases()
    True
    """
    return tuple(w for w in domain_words() if _PHRASE_CHARS.search(w))


@cache
def _phrase_pattern() -> re.Pattern[str] | None:
    phrases = sorted(domain_phrases(), key=len, reverse=True)
    if not phrases:
        return None
    parts = []
    for phrase in phrases:
        # spaces optional and any number of them; Latin words must not be glued on
        body = r"\s*".join(re.escape(p) for p in phrase.split(" "))
        if phrase[0].isascii() and phrase[0].isalnum():
            # (?<![a-z0-9]) checked after the first character, so that every
            # alternative starts with a literal and re scans for those quickly
            first = re.escape(phrase[0])
            body = f"{first}(?<![a-z0-9].){body[len(first):]}"
        right = r"(?![a-z0-9])" if phrase[-1].isascii() and phrase[-1].isalnum() else ""
        parts.append(f"{body}{right}")
    return re.compile("|".join(parts))


@cache
def _phrase_forms() -> dict[str, str]:
    """Phrase without spaces → the phrase as listed (``ศตวรรษที่21`` → ``ศตวรรษที่ 21``)."""
    return {p.replace(" ", ""): p for p in domain_phrases()}


@cache
def word_list() -> frozenset[str]:
    """pythainlp's Thai word list plus the Thai domain words, less :func:`removed_words`.

    This is the segmentation dictionary of both engines.
    """
    words = set(pythainlp_words()) - removed_words()
    words.update(w for w in domain_words() if not _PHRASE_CHARS.search(w))
    return frozenset(words)
