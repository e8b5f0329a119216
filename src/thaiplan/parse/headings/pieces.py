"""The closed pieces of a heading line: the heading word with what may stand before it,
and the pieces after it that say nothing of the plan (decoration, a gloss, a year).

:func:`heading_pattern` finds a heading word at the start of a line, maybe after
decoration (``★``, ``📌``, ``::``, an opening quote), a number (``1.``) or an opening
bracket. After the word, :mod:`.tail` reads these pieces: a gloss in brackets in any
wording (:data:`GLOSS`), Latin words (:data:`LATIN`), a quoted acronym (:data:`QUOTED`),
a year or a period (:data:`YEAR`), the word again after a separator (:data:`SEPARATOR`)
and trailing decoration (:data:`TRAIL_DECO`); after a colon, an acronym alone
(:data:`ACRONYM`).

>>> heading_pattern().match("📌 1. วิสัยทัศน์ 📌").group("deco", "num", "kw")
('📌 ', '1. ', 'วิสัยทัศน์')
>>> YEAR.match("ปีงบประมาณ พ.ศ. 2567 - 2570").group()
'ปีงบประมาณ พ.ศ. 2567 - 2570'
>>> closes("★ วิสัยทัศน์ ★", quote=False), closes("“วิสัยทัศน์", quote=True)
(True, False)
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import keyword_pattern

__all__ = ["ACRONYM", "GLOSS", "LATIN", "QUOTED", "QUOTES_CLOSING", "SEPARATOR", "TRAIL_DECO",
           "YEAR", "closes", "heading_pattern"]

# Decoration around a heading (``★ วิสัยทัศน์ ★``, ``📌 พันธกิจ 📌``, ``**ค่านิยม**``): bullets,
# arrows, geometric shapes, dingbats and emoji (with their variation selector).
_DECO = ("#*•\u2190-\u21ff\u2500-\u25ff\u2600-\u27bf\u2b00-\u2bff"
         "\U0001f000-\U0001faff\ufe0f")
# ... and ASCII runs before the word (``:: พันธกิจ``, ``>> พันธกิจ <<``, ``=== เป้าประสงค์ ===``)
_LEAD_ASCII = ":=<>~»«"
TRAIL_DECO = re.compile(f"[{_DECO}{_LEAD_ASCII}|_\\-–—]+")
QUOTES_CLOSING = re.compile("[”\"’']+")
_N = "[0-9๐-๙]"
# A year, a year range, a budget year or a period (``ปีงบประมาณ พ.ศ. 2567``, ``2566 - 2570``,
# ``ในระยะ ๕ ปี``).
YEAR = re.compile(
    rf"(?:ประจำ)?(?:ปี(?:งบประมาณ|การศึกษา)?|พ\.\s*ศ\.|ค\.\s*ศ\.|ระยะ)\s*(?:พ\.\s*ศ\.\s*)?{_N}{{4}}"
    rf"(?:\s*[-–—]\s*(?:พ\.\s*ศ\.\s*)?{_N}{{2,4}})?(?!{_N})"
    rf"|{_N}{{4}}(?:\s*[-–—]\s*{_N}{{2,4}})?(?!{_N})"
    rf"|(?:ใน)?ระยะ\s*{_N}{{1,2}}\s*ปี")
GLOSS = re.compile(r"[\[(【《{][^\[\]()【】《》{}\n]{0,60}[\])】》}]")
QUOTED = re.compile(r"[“\"‘'][A-Za-z0-9][A-Za-z0-9 &.'/-]{0,30}[”\"’']")
# An English gloss: capitalised words (``Vision Statement``, ``OUR MISSIONS``, ``I AM READY``),
# ``of``/``and``; not a letter alone (``ค่านิยม M : Morality`` is an acronym value).
LATIN = re.compile(r"[A-Z][A-Za-z0-9&'.-]+|[A-Z](?= [A-Z]{2})|(?:of|and|the|for|&)(?![A-Za-z])")
# An upper-case acronym after a heading's colon: ``CARE``, ``I AM READY``.
ACRONYM = re.compile(r"(?:[A-Z]{1,8}(?:\s[A-Z]{1,8}){1,4}|[A-Z]{2,8})(?![A-Za-z])")
SEPARATOR = re.compile(r"[/|\-–—]\s*")


@cache
def heading_pattern() -> re.Pattern[str]:
    """A heading word at the start of a line: optional decoration (``★``, ``📌``, ``::``, an
    opening quote), optional numbering (``1.``, ``๒.``), an optional opening bracket, the
    heading word and its closing bracket. What follows is read by :func:`.tail.read_tail`.
    (The decoration is read possessively: it shares no character with a heading word, and
    a long run of it before no heading word then fails at once.)"""
    return re.compile(
        f"(?P<deco>(?:[{_DECO}{_LEAD_ASCII}]|(?P<quote>[“\"‘']))++\\s*)?"
        r"(?P<num>[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*[.)]?\s*)?"
        r"(?P<open>[\[(【《]\s*)?"
        f"(?P<kw>{keyword_pattern()})"
        r"(?P<close>\s*[\])】》])?"
    )


def closes(text: str, *, quote: bool) -> bool:
    """Whether ``text`` ends with decoration or a closing bracket (``★ วิสัยทัศน์ ★``)."""
    last = text.rstrip()[-1:]
    if not last:
        return False
    return (TRAIL_DECO.fullmatch(last) is not None or last in ")]】》"
            or (quote and last in "”\"’'"))
