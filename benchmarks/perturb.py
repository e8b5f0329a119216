"""Damage a plan page the ways real input is damaged (deterministic, for snapshots).

    python benchmarks/perturb.py KIND FILE      # print FILE damaged by KIND

Each perturbation takes the page text and a seeded :class:`random.Random` and returns
the damaged text: line ends (CRLF, CR, Unicode separators), invisible characters,
NBSP and other Unicode spaces, indentation and tabs, PDF text-layer damage (``กำร``,
``เป็ น``, ``ส ำนัก``, ``ส านัก``, ``ผู ้``), decomposed sara am and doubled marks, odd
numbering (Thai and Arabic digits swapped, ``1 .``, ``1)``, ``(1)``, ``1-``, lost or
repeated numerals, lines out of order), blank lines and joined lines. ``all`` applies
every one in turn. The same text, kind and seed always give the same damage.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable
from pathlib import Path

Perturbation = Callable[[str, random.Random], str]

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_NUMBERED = re.compile(r"^(\s*)([0-9๐-๙]{1,2})([.)])\s*", re.MULTILINE)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACES = "\u00a0\u2003\u3000\u202f\u2009\u205f"
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"


def _lines(text: str, rng: random.Random, share: float,
           change: Callable[[str, random.Random], str]) -> str:
    """``change`` applied to about ``share`` of the lines."""
    return "\n".join(change(line, rng) if rng.random() < share else line
                     for line in text.split("\n"))


def _chars(text: str, rng: random.Random, share: float, where: Callable[[str], bool],
           change: Callable[[str, random.Random], str]) -> str:
    """``change`` applied to about ``share`` of the characters for which ``where`` holds."""
    return "".join(change(ch, rng) if where(ch) and rng.random() < share else ch
                   for ch in text)


def crlf(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


def cr_and_separators(text: str, rng: random.Random) -> str:
    ends = ["\r", "\u2028", "\u2029", "\x85", "\r\n", "\n"]
    return "".join(rng.choice(ends) if ch == "\n" else ch for ch in text)


def invisible(text: str, rng: random.Random) -> str:
    damaged = _chars(text, rng, 0.05, lambda ch: not ch.isspace(),
                     lambda ch, r: ch + r.choice(_INVISIBLE))
    return "\ufeff" + damaged


def nbsp(text: str, rng: random.Random) -> str:
    indented = _lines(text, rng, 0.6, lambda line, r: "\u00a0" * r.randint(1, 6) + line)
    return _chars(indented, rng, 0.3, lambda ch: ch == " ", lambda ch, r: "\u00a0")


def unicode_spaces(text: str, rng: random.Random) -> str:
    return _chars(text, rng, 0.5, lambda ch: ch == " ", lambda ch, r: r.choice(_SPACES))


def tabs(text: str, rng: random.Random) -> str:
    tabbed = _lines(text, rng, 0.4, lambda line, r: "\t" * r.randint(1, 2) + line)
    return _chars(tabbed, rng, 0.4, lambda ch: ch == " ", lambda ch, r: "\t")


def indentation(text: str, rng: random.Random) -> str:
    return _lines(text, rng, 0.7,
                  lambda line, r: " " * r.randint(1, 8) + line + " " * r.randint(0, 3))


def pdf_damage(text: str, rng: random.Random) -> str:
    """The damage of PDF text layers: ``า`` read as ``ำ``, a space before ``ำ`` or a
    mark, after ``็`` or a tone mark, and ``ำ`` read as a space and ``า``."""
    def damage(ch: str, r: random.Random) -> str:
        if ch == "า":
            return "ำ"
        if ch == "ำ":
            return r.choice([" ำ", " า", "ำ"])
        if ch == "็":
            return "็ "
        if ch in _TONES:
            return r.choice([" " + ch, ch + " "])
        return ch

    return _chars(text, rng, 0.3, lambda ch: ch in "าำ็" + _TONES, damage)


def marks(text: str, rng: random.Random) -> str:
    """Decomposed sara am (``ํา``) and doubled tone marks and vowels (``ที่่``)."""
    def damage(ch: str, r: random.Random) -> str:
        if ch == "ำ":
            return r.choice(["\u0e4d\u0e32", "\u0e4d\u0e48\u0e32"])
        return ch + ch

    return _chars(text, rng, 0.3, lambda ch: ch in "ำ" + _TONES + "ิี", damage)


def digits(text: str, rng: random.Random) -> str:
    """Thai and Arabic digits swapped, line by line."""
    return _lines(text, rng, 0.5, lambda line, r: line.translate(
        _THAI_DIGITS if r.random() < 0.5 else _ARABIC_DIGITS))


def numbering(text: str, rng: random.Random) -> str:
    """Careless numbering: ``1 .``, ``1)``, ``(1)``, ``1-``, ``1.)``, a lost or repeated
    numeral, a number run into its text."""
    def renumber(m: re.Match[str]) -> str:
        indent, number, _ = m.groups()
        shape = rng.randrange(9)
        return indent + [f"{number} . ", f"{number}) ", f"({number}) ", f"{number}- ",
                         f"{number}.) ", ". ", f"{number}. {number}. ", number,
                         f"{number}.\t"][shape]

    return _NUMBERED.sub(renumber, text)


def reorder(text: str, rng: random.Random) -> str:
    """Two neighbouring lines swapped here and there (numbers out of order)."""
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        if rng.random() < 0.1:
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
    return "\n".join(lines)


def blank_lines(text: str, rng: random.Random) -> str:
    return _lines(text, rng, 0.3, lambda line, r: line + "\n" * r.randint(1, 3))


def joined_lines(text: str, rng: random.Random) -> str:
    """Some line breaks become two spaces (inline lists, wrapped items run together)."""
    return _chars(text, rng, 0.2, lambda ch: ch == "\n", lambda ch, r: r.choice(["  ", " "]))


PERTURBATIONS: dict[str, Perturbation] = {
    "crlf": crlf,
    "cr_and_separators": cr_and_separators,
    "invisible": invisible,
    "nbsp": nbsp,
    "unicode_spaces": unicode_spaces,
    "tabs": tabs,
    "indentation": indentation,
    "pdf_damage": pdf_damage,
    "marks": marks,
    "digits": digits,
    "numbering": numbering,
    "reorder": reorder,
    "blank_lines": blank_lines,
    "joined_lines": joined_lines,
}


def perturb(text: str, kind: str, seed: str | int = 0) -> str:
    """``text`` damaged by ``kind`` (a key of :data:`PERTURBATIONS`, or ``"all"``)."""
    rng = random.Random(f"{kind}-{seed}")
    if kind == "all":
        for step in PERTURBATIONS.values():
            text = step(text, rng)
        return text
    return PERTURBATIONS[kind](text, rng)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kind", choices=[*PERTURBATIONS, "all"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--seed", default="0")
    args = parser.parse_args()
    print(perturb(args.file.read_text(encoding="utf-8"), args.kind, args.seed))


if __name__ == "__main__":
    main()
