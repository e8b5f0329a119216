"""Heading lexicon: which words open which kind of section.

The words live in ``resources/headings.json`` (heading words per kind, in Thai and
English; qualifiers; item prefixes; the words of the heading grammar of
:mod:`thaiplan.parse.headings`); this module
loads them once and turns them into regular expressions. Matching tolerates what PDF
extraction does to these words (``เป้ ำประสงค์``, ``ยุทธศำสตร์``): ``า`` and ``ำ`` are
interchangeable in the patterns, a single space may stand between two letters of a
heading word (a heading spread over its line: ``วิสัย ทัศน์``; not of an item prefix,
whose spread-out copies are the labels of a diagram), and spaces before ``ำ`` are removed by
:func:`thaiplan.normalize.repair_pdf_text` beforehand.

>>> kind_of("ยุทธศำสตร์").value, kind_of("วิสัย ทัศน์").value
('strategies', 'vision')
>>> keyword_count("วิสัยทัศน์ / พันธกิจ / เป้าประสงค์")
(3, '')
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from ..model import SectionKind

__all__ = [
    "alternation",
    "item_prefix_pattern",
    "keyword_count",
    "keyword_pattern",
    "kind_of",
    "lexicon",
    "qualifier_pattern",
]

_THAI = re.compile("[\u0e01-\u0e4e]")
_SPACED = re.compile("[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46]")  # Thai but no mark
_THAI_SPACE = re.compile("(?<=[\u0e01-\u0e4e]) (?=[\u0e01-\u0e4e])")
# What separates the heading words of a page title (วิสัยทัศน์ / พันธกิจ | Goals).
_SEPARATORS = re.compile("[/|>»,;&\\-–—・·()]|และ|and")


@cache
def lexicon() -> dict[str, Any]:
    """The contents of ``resources/headings.json``."""
    text = resources.files("thaiplan.resources").joinpath("headings.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _tolerant(word: str, spaced: bool) -> str:
    """Regex for ``word`` that also accepts ``ำ`` where ``า`` is written and back, and
    (``spaced``) a space between two Thai letters where no mark follows (a heading
    spread over its line in a PDF: ``วิสัย ทัศน์``)."""
    out = []
    for before, ch in zip(" " + word, word, strict=False):
        if spaced and _THAI.match(before) and _SPACED.match(ch):
            out.append(" ?")
        if ch in "าำ":
            out.append("[าำ]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alternation(words: list[str], *, spaced: bool = False) -> str:
    """A regex matching any of ``words`` (``า``/``ำ`` tolerant; ``spaced``: a single
    space tolerated between letters); where several match, the longest is tried first
    (ประเด็นยุทธศาสตร์ before ประเด็น).

    >>> alternation(["ข้อ", "ข้อที่", "ภารกิจ"])
    '(?:ข้อที่|ภ[าำ]รกิจ|ข้อ)'
    >>> alternation(["วิสัยทัศน์"], spaced=True)
    '(?:วิ ?สั ?ย ?ทั ?ศ ?น์)'
    """
    spellings = sorted({word.replace("ำ", "า") for word in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_tolerant(word, spaced) for word in spellings) + ")"


@cache
def keyword_pattern() -> str:
    """Regex of any heading word: Thai, or English in any case (``Vision``, ``GOALS``)."""
    kinds = lexicon()["kinds"].values()
    thai = [w for v in kinds for w in v["th"]]
    english = [w for v in kinds for w in v["en"]]
    return f"(?:{alternation(thai, spaced=True)}|(?i:(?:{alternation(english)})(?![a-z])))"


@cache
def qualifier_pattern() -> str:
    """Regex of the words that may follow a heading word and leave a heading
    (``องค์กร``, ``การพัฒนา``)."""
    return alternation(lexicon()["qualifiers"])


def kind_of(word: str) -> SectionKind:
    """The kind of section a heading word opens (``OTHER`` for a word of no kind).

    >>> kind_of("Our  Vision").value, kind_of("KPI").value
    ('vision', 'indicators')
    """
    key = " ".join(word.lower().replace("ำ", "า").split())
    kinds = _word_kinds()
    return kinds.get(key) or kinds.get(_THAI_SPACE.sub("", key), SectionKind.OTHER)


@cache
def _word_kinds() -> dict[str, SectionKind]:
    """Every heading word (English lower-cased, ``ำ`` read as ``า``) → its kind."""
    out: dict[str, SectionKind] = {}
    for kind, words in lexicon()["kinds"].items():
        for word in [*words["th"], *words["en"]]:
            key = word.lower().replace("ำ", "า")
            out[key] = out[_THAI_SPACE.sub("", key)] = SectionKind(kind)
    return out


@cache
def _anywhere() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Heading words and qualifiers, to be found anywhere in a line."""
    return re.compile(keyword_pattern()), re.compile(f"(?:{qualifier_pattern()})")


def keyword_count(line: str) -> tuple[int, str]:
    """How many kinds of heading word ``line`` names, and what is left once they,
    their qualifiers and separators (``/ | > ,``, ``และ``, brackets) are removed. A page
    title lists several: ``วิสัยทัศน์ / พันธกิจ / เป้าประสงค์`` → ``(3, "")``.

    >>> keyword_count("Vision / Mission / Goals")
    (3, '')
    >>> keyword_count("วิสัยทัศน์ (Vision)")
    (1, '')
    """
    keyword, qualifier = _anywhere()
    found = {kind_of(w) for w in keyword.findall(line)}
    left = _SEPARATORS.sub(" ", qualifier.sub("", keyword.sub(" ", line)))
    return len(found), left.strip()


@cache
def item_prefix_pattern() -> str:
    """Regex of the words that prefix a numbered item (``ยุทธศาสตร์ที่``, ``ข้อ``)."""
    return alternation(lexicon()["item_prefixes"])
