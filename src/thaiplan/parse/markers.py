"""Item markers: ``๑.`` ``1)`` ``(๑)`` ``๑จัด…`` ``ข้อ ๑`` ``ยุทธศาสตร์ที่ 1`` ``1.1`` ``-`` ``S :``…

:func:`match_marker` reads the marker at the start of a line; numbers inside
sentences are never markers (``พ.ศ. 2561``, ``12 ประการ``, a year that starts a line).

>>> m = match_marker("๑จัดและส่งเสริมการศึกษา")
>>> (m.marker, m.number, m.text)
('๑', 1, 'จัดและส่งเสริมการศึกษา')
>>> m = match_marker("ประเด็นยุทธศาสตร์ที่ ๒ : การพัฒนาครู")
>>> (m.marker, m.number, m.separator, m.text)
('ประเด็นยุทธศาสตร์ที่ ๒', 2, ':', 'การพัฒนาครู')
>>> match_marker("2570 โรงเรียนคุณภาพ") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from ..normalize import arabic_to_thai_digits
from .lexicon import item_prefix_pattern

__all__ = ["MarkerMatch", "Style", "find_inline_marker", "match_marker", "read_number",
           "split_inline"]

_DIGIT = "[0-9๐-๙]"
_THAI_LETTER = "\u0e01-\u0e4f"


class Style(StrEnum):
    """How a marker is written; items of one list usually share a style."""

    DOT = "dot"  # 1.  ๑.
    CLOSE = "close"  # 1)  ๑)
    PAREN = "paren"  # (1) (๑)
    BARE = "bare"  # 1 จัด…  ๑จัด…
    NESTED = "nested"  # 1.1  ๒.๓  2.1.3
    PREFIX = "prefix"  # ข้อ ๑  ยุทธศาสตร์ที่ 1
    MISSING = "missing"  # . ประชากร…  (numeral lost)
    BULLET = "bullet"  # - • * ✓ ▪
    LETTER = "letter"  # S : service mind
    WORD = "word"  # Teamwork      ทำงานเป็นทีม
    CELL = "cell"  # a table row's first cell, without a marker (parse.tables)


@dataclass(frozen=True, slots=True)
class MarkerMatch:
    """A marker found at the start of a line.

    Attributes:
        marker: as written, without the separator.
        number: last number of the marker (Thai digits read), ``None`` if none.
        separator: punctuation between marker and text (``":"``), or ``""``.
        text: the rest of the line after marker and separator.
        style: the :class:`Style`.
        path: every number of the marker (``2.1.3`` → ``(2, 1, 3)``).
    """

    marker: str
    number: int | None
    separator: str
    text: str
    style: Style
    path: tuple[int, ...] = ()


def read_number(digits: str) -> int:
    """``"๑๒"`` → 12, ``"12"`` → 12."""
    return int(digits)  # int() reads Thai digits (Unicode category Nd) itself


# Words that, after a bare number, make it a quantity, not a marker (12 ประการ).
_UNITS = (
    "ปี(?!ที่)|ประการ|ครั้ง|แห่ง|เดือน|วัน(?!ที่)|ชั่วโมง|นาที|บาท|ชิ้น|เท่า|รายการ|เล่ม"
    "|คน(?=\\s|$|ละ|ต่อ)|ข้อ(?=\\s|$)|ด้าน(?=\\s|$)|ร้อยละ"
    "|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
    "|พฤศจิกายน|ธันวาคม|ม\\.ค|ก\\.พ|มี\\.ค|เม\\.ย|พ\\.ค|มิ\\.ย|ก\\.ค|ส\\.ค|ก\\.ย|ต\\.ค|พ\\.ย|ธ\\.ค"
)
# Bullets that need no space after them. Word and PDF exports turn Wingdings bullets
# into private-use characters (U+F0xx); circled numbers (① ❶ ➀) are bullets too: their
# number is no run of digits (the corpus reads a marker's number from its digits).
_BULLET_CHARS = "•●○◦▪■□♦◆❖✓✔√➢➤►▸▶★☆※·∙⁃๏→⇒➔➜"
_BULLET_RANGES = ((0xF000, 0xF0FF), (0x2460, 0x24FF), (0x2776, 0x2793))
_BULLETS = _BULLET_CHARS + "".join(f"{chr(a)}-{chr(b)}" for a, b in _BULLET_RANGES)
# Wingdings bullets pasted as Latin-1 letters (o Ø ü v q § Ÿ ð): bullets only before
# Thai text, after a space or tab.
_LATIN_BULLETS = "ovq§ØüŸð"
# What may follow a pictographic bullet and belongs to it: variation selectors,
# the keycap mark, skin tones (✔️ 1️⃣ 👍🏻).
_EMOJI_TAIL = "[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff]*"
# Blocks of pictographic symbols that a line may start with as a bullet (arrows,
# technical, geometric shapes, miscellaneous symbols, dingbats, emoji). Box drawing
# (U+2500–U+259F, the borders of text tables) and letter-like symbols (™ ℃) are not.
_SYMBOL_BLOCKS = ((0x2190, 0x21FF), (0x2300, 0x23FF), (0x25A0, 0x27BF), (0x2900, 0x297F),
                  (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF))
_THAI_START = "\u0e01-\u0e2e\u0e40-\u0e44"  # a consonant or a leading vowel


@cache
def _patterns() -> list[tuple[Style, re.Pattern[str]]]:
    prefix = item_prefix_pattern()
    thai = _THAI_LETTER
    return [
        # ข้อ ๑  ยุทธศาสตร์ที่ 1.  กลยุทธ์ที่ ๒)  (not ข้อ 2.5)
        (Style.PREFIX, re.compile(
            f"(?P<m>(?:{prefix})\\s*(?P<n>{_DIGIT}{{1,2}})(?:\\.(?![0-9๐-๙])|\\))?)"
            r"(?![0-9๐-๙.])(?P<sep>\s*[:：.\-–)](?=\s|$)\s*|\s*)")),
        # 1️⃣ ผู้เรียน…: a keycap digit
        (Style.BARE, re.compile("(?P<m>(?P<n>[0-9])\ufe0f?\u20e3)(?P<sep>\\s*)")),
        (Style.NESTED, re.compile(
            f"(?P<m>(?P<n>{_DIGIT}{{1,2}}(?:\\.{_DIGIT}{{1,2}}){{1,3}})[.)]?)"
            f"(?P<sep>\\s+|(?=[{thai}A-Za-z\"“(]))")),
        (Style.PAREN, re.compile(f"(?P<m>\\(\\s*(?P<n>{_DIGIT}{{1,2}})\\s*\\))(?P<sep>\\s*)")),
        # 1.  1.)  and, before Thai text, a dot set apart: 1 . พัฒนา…
        (Style.DOT, re.compile(
            f"(?P<m>(?P<n>{_DIGIT}{{1,2}})(?:\\.\\)?|[ \\t]\\.(?=\\s*[{thai}])))(?![0-9๐-๙])"
            "(?P<sep>\\s*)")),
        (Style.CLOSE, re.compile(f"(?P<m>(?P<n>{_DIGIT}{{1,2}})\\))(?P<sep>\\s*)")),
        # 1 จัด…  ๑จัด…  and, before Thai text, 1- พัฒนา…  1/ …  (the dash or slash
        # written as the dot of 1.) and 1: … (a separator); not 2-3 คน, 1/2568, 08:30
        (Style.BARE, re.compile(
            f"(?P<m>(?P<n>{_DIGIT}{{1,2}})(?:\\s*[-–/](?=\\s*[{thai}]))?)"
            f"(?P<sep>\\s*[:：]\\s*(?=[{thai}])|\\s+|(?=[{thai}]))"
            f"(?!\\s*(?:{_UNITS}|%|[0-9๐-๙]))")),
        (Style.MISSING, re.compile(f"(?P<m>\\.)(?P<sep>\\s*)(?=[{thai}])")),
        (Style.BULLET, re.compile(
            f"(?P<m>[{_BULLETS}]{_EMOJI_TAIL}|[-–—*](?=\\s)"
            f"|[{_LATIN_BULLETS}](?=[ \\t]+[{_THAI_START}]))(?P<sep>\\s*)(?=\\S)")),
        (Style.LETTER, re.compile(r"(?P<m>[A-Z])\s*(?P<sep>[:：\-–=>])\s*(?=\S)")),
        # ก. ข. ค. / (ก) / a) b): lettered lists
        (Style.LETTER, re.compile(
            f"(?P<m>\\([ก-ฮa-z]\\)|[ก-ฮ][.)]|[a-zA-Z][.)])(?P<sep>\\s+)(?=[{thai}A-Za-z])")),
        (Style.WORD, re.compile(
            f"(?P<m>[A-Z][A-Za-z\\-]{{2,24}})(?P<sep>\\t\\s*|\\s{{2,}})(?=[{thai}])")),
        # S หมายถึง Service Mind มีจิตบริการ;  M<tab>Mastery<tab>เป็นนายตัวเอง
        (Style.WORD, re.compile(
            f"(?P<m>[A-Z])(?P<sep>\\s+(?=(?:หมายถึง|คือ)\\s*\\S)"
            f"|\\t\\s*(?=[A-Z][A-Za-z\\- ]{{1,30}}\\t\\s*[{thai}]))")),
    ]


# ✅ พัฒนา…  🔸 …  ➡️ …: any pictographic symbol (see _is_symbol) before Thai text.
_SYMBOL_BULLET = re.compile(f"(?P<m>.{_EMOJI_TAIL})(?P<sep>\\s+)(?=[{_THAI_START}])")
# Styles that can run together on one line: 1. อ่านออก  2. เขียนได้
_INLINE_STYLES = frozenset({Style.DOT, Style.CLOSE, Style.PAREN})
_THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")


def _is_symbol(first: str) -> bool:
    """Whether ``first`` is a pictographic symbol (emoji, dingbat, geometric shape,
    arrow) that starts a bulleted line.

    >>> _is_symbol("✅"), _is_symbol("🔸"), _is_symbol("│"), _is_symbol("ก")
    (True, True, False, False)
    """
    code = ord(first)
    for low, high in _SYMBOL_BLOCKS:
        if low <= code <= high:
            return unicodedata.category(first) in ("So", "Sm")
    return False


def match_marker(line: str) -> MarkerMatch | None:
    """The item marker at the start of ``line`` (stripped), if any.

    The patterns are tried in order; the first that matches and is no decimal wins.
    Any pictographic symbol before Thai text is a bullet too, tried last, for a line that
    starts with one (:func:`_is_symbol`).

    >>> match_marker("(๓) ครูมีสมรรถนะ").marker
    '(๓)'
    >>> match_marker("2.1.3 จัดทำแผน").path
    (2, 1, 3)
    >>> match_marker("S : service mind  >  มีจิตบริการ").text
    'service mind  >  มีจิตบริการ'
    """
    patterns = _patterns()
    if line and _is_symbol(line[0]):
        patterns = [*patterns, (Style.BULLET, _SYMBOL_BULLET)]
    for style, pattern in patterns:
        m = pattern.match(line)
        found = None if m is None else _read_match(line, style, m)
        if found is not None:
            return _with_prefix(line, found) if style is Style.BULLET else found
    return None


def _with_prefix(line: str, bullet: MarkerMatch) -> MarkerMatch:
    """A bullet before a numbered prefix (``- ยุทธศาสตร์ที่ ๑ สร้าง…``) is part of that
    marker: the item is numbered."""
    style, pattern = _patterns()[0]
    m = pattern.match(bullet.text)
    inner = None if m is None else _read_match(bullet.text, style, m)
    if inner is None:
        return bullet
    marker = line[:len(line) - len(bullet.text) + m.end("m")]  # type: ignore[union-attr]
    return MarkerMatch(marker, inner.number, inner.separator, inner.text, Style.PREFIX,
                       inner.path)


def _read_match(line: str, style: Style, m: re.Match[str]) -> MarkerMatch | None:
    """The :class:`MarkerMatch` of a pattern's match; ``None`` for a decimal (``2.05``
    is no nested marker: the patterns after that one decide)."""
    numbers = m.group("n") if "n" in m.re.groupindex else None
    text, separator = line[m.end():], m.group("sep").strip()
    if not numbers:
        return MarkerMatch(m.group("m"), None, separator, text, style)
    parts = numbers.split(".")
    path = tuple(map(int, parts))  # int() reads Thai digits too
    if style is Style.NESTED and (path[0] == 0 or any(p[0] in "0๐" for p in parts[1:])
                                  or (len(path) == 2 and path[1] > 30)):
        return None  # 2.05, 0.5, 2.50, 1.0: a decimal, not a marker
    return MarkerMatch(m.group("m"), path[-1], separator, text, style, path)


def split_inline(m: MarkerMatch) -> tuple[str, MarkerMatch | None]:
    """The text of the item that ``m`` opens, and the marker of a second item written
    on the same line (``1. อ่านออก  2. เขียนได้``), if any: the next number, in the
    same style and digits.

    >>> text, nxt = split_inline(match_marker("1. อ่านออก  2. เขียนได้"))
    >>> text, nxt.marker, nxt.text
    ('อ่านออก  ', '2.', 'เขียนได้')
    """
    if m.style in _INLINE_STYLES and m.number is not None:
        thai = any(ch in _THAI_DIGITS for ch in m.marker)
        at = find_inline_marker(m.text, m.style, m.number + 1, thai)
        nxt = match_marker(m.text[at:]) if at >= 0 else None
        if nxt is not None:
            return m.text[:at], nxt
    return m.text, None


# Where the next item of an inline list starts: its number after a space, in its style.
_INLINE_TEMPLATES = {
    Style.DOT: r"(?<=\s){n}\.(?![0-9๐-๙])",
    Style.CLOSE: r"(?<=\s){n}\)",
    Style.PAREN: r"(?<=\s)\(\s*{n}\s*\)",
}


def find_inline_marker(text: str, style: Style, number: int, thai_digits: bool) -> int:
    """Where the next item (``number``, same style and script) starts inside ``text``.

    Used to split two items written on one line (``…ผู้เรียน 6.สร้าง…``) and
    inline lists (``1. อ่านออก  2. เขียนได้``). Returns the index, or -1.

    >>> find_inline_marker("อ่านออก  2. เขียนได้", Style.DOT, 2, False)
    9
    >>> find_inline_marker("ร้อยละ 2.50 ของนักเรียน", Style.DOT, 2, False)
    -1
    """
    template = _INLINE_TEMPLATES.get(style)
    if template is None:
        return -1
    digits = arabic_to_thai_digits(str(number)) if thai_digits else str(number)
    m = re.search(template.format(n=digits), text)
    return m.start() if m else -1
