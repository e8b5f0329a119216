"""Text normalisation: small pure ``str -> str`` steps and one :func:`normalize`.

:func:`normalize` applies, in this order:

1. :func:`normalize_newlines` — CRLF and CR become LF.
2. :func:`remove_invisible` — zero-width characters, BOMs and soft hyphens go.
3. :func:`normalize_spaces` — NBSP, tabs and other Unicode spaces become one
   ASCII space per run; line ends are stripped (line breaks are kept).
4. :func:`compose_sara_am` — decomposed sara am (U+0E4D U+0E32) becomes ``ำ``.
5. :func:`fix_thai_marks` — duplicated tone marks and vowels, marks in the wrong
   order, spaces before marks (the rules of ``pythainlp.util.normalize``, run only
   on the lines that need them; a mark parted from its letter by a space is joined
   back rather than dropped).
6. :func:`repair_pdf_text` — the damage PDF text extraction does to Thai
   (``การศึกษำ``, ``เป็ น``, ``ส ำนัก``), repaired where it is unambiguous.
7. digits, only when asked: :func:`thai_to_arabic_digits` or
   :func:`arabic_to_thai_digits` (parsing keeps digits as written).

Each step is idempotent and so is the chain:

>>> normalize("\\u00a0\\u00a0วิสัยทัศน์\\u200b  (Vision) ")
'วิสัยทัศน์ (Vision)'
>>> normalize("สพม. เขต ๒๐", digits="arabic")
'สพม. เขต 20'
>>> normalize("ที่่ส\\u0e4d\\u0e32คัญ")
'ที่สำคัญ'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from .errors import UnknownChoiceError
from .repair import repair_pdf_text

__all__ = [
    "INVISIBLE",
    "Digits",
    "arabic_to_thai_digits",
    "compose_sara_am",
    "fix_thai_marks",
    "normalize",
    "normalize_newlines",
    "normalize_spaces",
    "remove_invisible",
    "repair_pdf_text",
    "squash",
    "thai_to_arabic_digits",
]

Digits = Literal["keep", "arabic", "thai"]

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
"""Characters :func:`remove_invisible` removes."""
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]+")
# Every horizontal space Unicode knows (tab, NBSP, en/em spaces, ideographic...).
_HSPACE = "\t\x0b\x0c \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_HSPACE_RUN = re.compile(f"[{_HSPACE}]+")
_LINE_EDGES = re.compile(f"(?m)^[{_HSPACE}]+|[{_HSPACE}]+$")
_OTHER_NEWLINES = ("\u2028", "\u2029", "\x85")
_THAI_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_ARABIC_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
# str.translate walks every character (slowly, on Thai text): look for a digit first.
_THAI_DIGIT = re.compile("[๐-๙]")
_ARABIC_DIGIT = re.compile("[0-9]")
_SARA_AM_DECOMPOSED = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")

# Where pythainlp's normalize (:func:`_normalize_marks`) would change something.
_ABOVE = "\u0e31\u0e34-\u0e37\u0e47"
_BELOW = "\u0e38-\u0e3a"
_TONES = "\u0e48-\u0e4b"
_SIGNS = "\u0e4c-\u0e4e"
_FOLLOW = "\u0e30\u0e32\u0e33\u0e45"
_LEAD = "\u0e40-\u0e44"
_NONBASE = f"{_ABOVE}{_BELOW}{_TONES}{_SIGNS}"
_NEEDS_MARK_FIX = re.compile(
    f"([{_NONBASE}]) *\\1|([{_FOLLOW}{_LEAD}])\\2"  # the same vowel/mark twice
    f"|[{_TONES}]{{2,}}"  # two tone marks
    f"|[{_TONES}\u0e4c][{_ABOVE}{_BELOW}]"  # tone before its vowel
    f"|[{_FOLLOW}][{_TONES}]"  # follow vowel before tone
    f"|\u0e4d|\u0e45"  # nikhahit, lakkhangyao
    f"|(?:^| )[{_NONBASE}]",  # dangling mark after a space or at line start
    re.MULTILINE,
)


def normalize_newlines(text: str) -> str:
    """CRLF, CR and Unicode line separators become ``\\n``.

    >>> normalize_newlines("ก\\r\\nข\\rค")
    'ก\\nข\\nค'
    """
    if "\r" in text:  # str.replace and ``in`` run at C speed; a regex is 20 times slower
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for separator in _OTHER_NEWLINES:
        if separator in text:
            text = text.replace(separator, "\n")
    return text


def remove_invisible(text: str) -> str:
    """Remove zero-width characters (ZWSP, ZWNJ, ZWJ, WJ), BOMs and soft hyphens.

    >>> remove_invisible("นวัต\\u200bกรรม")
    'นวัตกรรม'
    """
    return _INVISIBLE_RE.sub("", text)


def normalize_spaces(text: str) -> str:
    """Every run of horizontal whitespace (NBSP, tab...) becomes one space; lines stripped.

    Line breaks are kept so that line structure survives.

    >>> normalize_spaces("\\u00a0\\u00a0๑. จัด\\tการ  ศึกษา ")
    '๑. จัด การ ศึกษา'
    """
    return _LINE_EDGES.sub("", _HSPACE_RUN.sub(" ", text))


def compose_sara_am(text: str) -> str:
    """Decomposed sara am (nikhahit + sara aa, U+0E4D U+0E32) becomes ``ำ`` (U+0E33).

    A tone mark typed between the two is moved before ``ำ``.

    >>> compose_sara_am("ส\\u0e4d\\u0e32นัก") == "สำนัก"
    True
    """
    if "\u0e4d" not in text:
        return text
    return _SARA_AM_DECOMPOSED.sub("\\1\u0e33", text)


def fix_thai_marks(text: str) -> str:
    """Fix duplicated and misordered Thai vowels and tone marks (``ที่่`` → ``ที่``).

    Applies the rules of ``pythainlp.util.normalize`` (ported: pythainlp is not
    imported) to the lines that need them only. A vowel or tone mark parted from
    its letter by spaces (PDF damage) is joined back first, where pythainlp would
    drop it.

    >>> fix_thai_marks("ดิจิิทัล ผู ้เรียน")
    'ดิจิทัล ผู้เรียน'
    """
    return "\n".join(map(_fix_line, text.split("\n")))


# A mark parted from the letter or mark it sits on by spaces (PDF text: ``ผู ้เรียน``).
# No word starts with a mark, so the spaces are damage; pythainlp's rules would drop
# the mark with them (``ผู เรียน``).
_PARTED_MARK = re.compile(
    f"(?<=[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]) +(?=[{_NONBASE}])")


def _fix_line(line: str) -> str:
    """The line fixed by :func:`_normalize_marks` (to a fixed point), if it needs it;
    a mark parted from its letter by spaces is joined back first."""
    if not _NEEDS_MARK_FIX.search(line):
        return line
    if " " in line:
        line = _PARTED_MARK.sub("", line)
    # pythainlp's rules can expose a new case; stop at a fixed point.
    for _ in range(4):
        fixed = _normalize_marks(line)
        if fixed == line:
            break
        line = fixed
        if not _NEEDS_MARK_FIX.search(line):
            break
    return line


# pythainlp.util.normalize (5.4), ported rule for rule. Its character classes,
# written out: the consonants leave out ฤ ฦ, the above vowels include ํ (U+0E4D).
_PT_CONSONANTS = "\u0e01-\u0e23\u0e25\u0e27-\u0e2e"
_PT_VOWELS = "\u0e24\u0e26\u0e30-\u0e39\u0e40-\u0e45\u0e47\u0e4d"
_PT_ABOVE_BELOW = "\u0e31\u0e34-\u0e39\u0e47\u0e4d"
_PT_FOLLOW = "\u0e30\u0e32\u0e33\u0e45"
_PT_TONES = "\u0e48-\u0e4b"
_PT_DANGLING = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # above, below, tones, ฺ ์ ํ ๎
_PT_NOREPEAT = "\u0e30-\u0e3a\u0e40-\u0e45\u0e47\u0e4c-\u0e4e"  # vowels, ฺ ์ ํ ๎
_PT_NEWLINES = re.compile("[ \n]*\n[ \n]*")
_PT_SPACES = re.compile(" {2,}")
_PT_SPACE_BEFORE_MARK = re.compile(
    f"([{_PT_CONSONANTS}])(?<![{_PT_VOWELS}][{_PT_CONSONANTS}]) ([{_PT_DANGLING}])")
_PT_TONE_VOWEL = re.compile(f"([{_PT_TONES}\u0e4c]+)([{_PT_ABOVE_BELOW}]+)")
_PT_NIKHAHIT_AA = re.compile(f"\u0e4d([{_PT_TONES}]*)\u0e32")
_PT_FOLLOW_TONE = re.compile(f"([{_PT_FOLLOW}]+)([{_PT_TONES}]+)")
_PT_LAKKHANGYAO = re.compile("([^\u0e24\u0e26])\u0e45")
# pythainlp runs ``(c[ ]*)+c`` → ``c`` for each c in turn. A run of one character
# (with spaces between) never overlaps a run of another, and shrinking it to one c
# joins no other run: one pass over every c gives the same text.
_PT_REPEATS = re.compile(f"([{_PT_NOREPEAT}])(?: *\\1)+")
_PT_TONE_RUN = re.compile(f"[{_PT_TONES}]{{2,}}")  # pythainlp: each run → its last
_PT_DANGLING_START = re.compile(f"^[{_PT_DANGLING}]+")  # no MULTILINE: text start only
_PT_DANGLING_AFTER_SPACE = re.compile(f" +[{_PT_DANGLING}]+")


def _last_char(match: re.Match[str]) -> str:
    return match.group()[-1]


def _normalize_marks(text: str) -> str:
    """pythainlp.util.normalize (5.4), ported rule for rule (pythainlp is not imported).

    In order: remove ZWSP/ZWNJ; collapse spaces and blank lines and strip the text;
    drop a space before a mark after a consonant (not itself after a vowel); reorder
    marks (``เเ`` → ``แ``, tone before vowel, ``ํา`` → ``ำ``, follow vowel before
    tone, ``ๅ`` → ``า``); drop repeated vowels and signs, then all but the last of
    consecutive tone marks; drop marks at the text start or after spaces.

    >>> _normalize_marks(" ที่่ เเปลก ส\\u0e4d\\u0e32คัญ ดิจิิทัล ")
    'ที่ แปลก สำคัญ ดิจิทัล'
    """
    # (``in`` runs at C speed: a pattern that cannot match is not tried.)
    text = text.replace("\u200b", "").replace("\u200c", "")
    if "  " in text:
        text = _PT_SPACES.sub(" ", text)
    if "\n" in text:
        text = _PT_NEWLINES.sub("\n", text)
    text = _PT_SPACE_BEFORE_MARK.sub("\\1\\2", text.strip())
    # reordering, in pythainlp's order
    text = text.replace("\u0e40\u0e40", "\u0e41")  # เเ → แ
    text = _PT_TONE_VOWEL.sub("\\2\\1", text)  # tone or ์ before vowel: swapped
    if "\u0e4d" in text:
        text = _PT_NIKHAHIT_AA.sub("\\1\u0e33", text)  # ํ (tone) า → (tone) ำ
    text = _PT_FOLLOW_TONE.sub("\\2\\1", text)  # follow vowel before tone: swapped
    if "\u0e45" in text:
        text = _PT_LAKKHANGYAO.sub("\\1\u0e32", text)  # ๅ → า (but ฤๅ ฦๅ)
    text = _PT_TONE_RUN.sub(_last_char, _PT_REPEATS.sub("\\1", text))
    text = _PT_DANGLING_START.sub("", text)
    return _PT_DANGLING_AFTER_SPACE.sub(" ", text)


def thai_to_arabic_digits(text: str) -> str:
    """Thai digits ``๐–๙`` become ``0–9``.

    >>> thai_to_arabic_digits("เขต ๒๑")
    'เขต 21'
    """
    return text.translate(_THAI_TO_ARABIC) if _THAI_DIGIT.search(text) else text


def arabic_to_thai_digits(text: str) -> str:
    """Arabic digits ``0–9`` become ``๐–๙``.

    >>> arabic_to_thai_digits("เขต 21")
    'เขต ๒๑'
    """
    return text.translate(_ARABIC_TO_THAI) if _ARABIC_DIGIT.search(text) else text


def _keep(text: str) -> str:
    return text


_DIGITS: dict[str, Callable[[str], str]] = {
    "keep": _keep, "arabic": thai_to_arabic_digits, "thai": arabic_to_thai_digits}


def normalize(text: str, *, digits: Digits = "keep", repair_pdf: bool = True) -> str:
    """Apply every normalisation step, in the documented order (idempotent).

    Args:
        text: any text; line breaks are kept (``\\r\\n`` becomes ``\\n``).
        digits: ``"keep"`` (default) leaves digits as written; ``"arabic"`` or
            ``"thai"`` unifies them.
        repair_pdf: repair PDF-extraction damage (:func:`repair_pdf_text`).

    Returns:
        The normalised text.

    Raises:
        UnknownChoiceError: ``digits`` is not one of ``keep``, ``arabic``, ``thai``.

    >>> normalize("ส ำนักงาน :")
    'สำนักงาน :'
    """
    convert = _DIGITS.get(digits)
    if convert is None:
        raise UnknownChoiceError("digits", digits, _DIGITS)
    text = normalize_spaces(remove_invisible(normalize_newlines(text)))
    text = fix_thai_marks(compose_sara_am(text))
    if repair_pdf:
        # A removed space can bring marks together for the steps before (ก าำ → กำำ):
        # repeat them to a fixed point (once on real text).
        for _ in range(4):
            repaired = repair_pdf_text(text)
            if repaired == text:
                break
            text = fix_thai_marks(compose_sara_am(repaired))
        text = normalize_spaces(text)
    return convert(text)


def squash(text: str) -> str:
    """Collapse all whitespace, line breaks included, to single spaces and strip.

    >>> squash(" ก\\n\\n ข\\u00a0 ค ")
    'ก ข ค'
    """
    return " ".join(remove_invisible(text).split())
