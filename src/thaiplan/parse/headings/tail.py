"""What follows a heading word on its line: the end of the heading, the start of its
content, and the qualifier's span — or no heading at all.

:func:`read_tail` reads the line from the heading word on, a piece at a time: the closed
pieces of :mod:`.pieces` (a gloss, Latin words, a year, a count, decoration), a
qualifier by the grammar of :mod:`.qualifiers`, and the section's first content after
``:`` (:func:`after_colon`), a tab or a wide gap, in quotes or as an item. A line that
goes on like a sentence is no heading (``None``). Each piece is read once: linear in
the line.

>>> from thaiplan.parse.headings.qualifiers import OPEN
>>> line = "วิสัยทัศน์ของโรงเรียน :   ผู้เรียนมีคุณภาพ"
>>> tail = read_tail(line, len("วิสัยทัศน์"), SectionKind.VISION, OPEN, quote=False, bracket=False)
>>> line[:tail.end], line[tail.rest:].strip(), line[slice(*tail.qualifier)]
('วิสัยทัศน์ของโรงเรียน :', 'ผู้เรียนมีคุณภาพ', 'ของโรงเรียน')
>>> read_tail("วิสัยทัศน์ของโรงเรียนมุ่งเน้นให้ผู้เรียนเป็นคนดี", len("วิสัยทัศน์"),
...           SectionKind.VISION, OPEN, quote=False, bracket=False) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import SectionKind
from ..lexicon import kind_of
from .pieces import ACRONYM, GLOSS, LATIN, QUOTED, QUOTES_CLOSING, SEPARATOR, TRAIL_DECO, YEAR
from .qualifiers import LAYOUT, grammar, is_sentence, opens

__all__ = ["MAX_HEADING", "Tail", "after_colon", "read_tail"]

_N = "[0-9๐-๙]"
_GAP = re.compile(r" *\t[ \t]*| {2,}")
_COLON = re.compile("[:：](?![:：])")
_DIGITS = re.compile(rf"{_N}+(?:[.,/]{_N}+)*")
_SPACED_NUMBER = re.compile(rf"\s?{_N}")
# A Thai word run, maybe an abbreviation with its name (``สพป.ลำปาง``, ``รพ.สต.บ้านดง``).
_CHUNK = re.compile(r"[\u0e01-\u0e4e]+(?:\.[\u0e01-\u0e4e]*)*")
_ENDING = re.compile("(?:ดังต่อไปนี้|ดังนี้)$")
_CLOSING_BRACKETS = re.compile(r"\s*[\])】》]")
_LEAD_IN_WORD = re.compile("ประกอบด้วย|คือ")
_STRONG_MARKER = re.compile(r"(?:\(?[0-9๐-๙]{1,2}[.)]|ข้อ\s*[0-9๐-๙])")
_OPENING_QUOTES = "“\"'‘"
MAX_HEADING = 120  # no longer heading: a sentence
_MAX_QUALIFIER = 90


@dataclass(slots=True)
class Tail:
    """What :func:`read_tail` found after the heading word."""

    end: int  # where the heading ends
    rest: int  # where the content starts (``len(line)`` when none)
    qualifier: tuple[int, int] | None = None  # the qualifier's span


def read_tail(line: str, start: int, kind: SectionKind, level: int, *,
              quote: bool, bracket: bool) -> Tail | None:
    """Read what follows a heading word ending at ``start``: the end of the heading, the
    start of its content and the qualifier's span, or ``None`` when the line is no heading
    (see the module's docstring). ``quote``, ``bracket``: the heading opened with a quote
    or a bracket, which may close after the word. Each step consumes a piece, and a piece
    is read once: linear in the line.
    """
    g = grammar()
    n = len(line)
    pos = start
    space = False  # a space before the piece at pos
    cut: Tail | None = None  # the heading ends at the first wide gap, if what follows fails
    qualifier: tuple[int, int] | None = None
    named = lead_in = ended = False
    pending = ""  # a connector alone: its word follows (ของ สพม.ลำปาง)
    closing = _CLOSING_BRACKETS if bracket else None
    while pos < n:
        if pos > MAX_HEADING:
            return cut
        m = _GAP.match(line, pos)
        if m is not None:
            if cut is None and not pending:
                cut = Tail(pos, m.end(), qualifier)
            space, pos = True, m.end()
            continue
        if line[pos] == " ":
            space, pos = True, pos + 1
            continue
        piece, spaced, space = pos, space, False
        m = _COLON.match(line, pos)
        if m is not None:
            return None if pending else after_colon(line, m.end(), kind, qualifier)
        m = QUOTED.match(line, pos)
        if m is not None and not ended and not pending:  # ค่านิยม “I AM READY”
            pos = m.end()
            continue
        if spaced and not pending and (line[pos] in _OPENING_QUOTES
                                       or _STRONG_MARKER.match(line, pos)):
            space = spaced
            break  # วิสัยทัศน์ “…”, พันธกิจ 1. …: the content
        if not ended and not pending:
            same = g.keyword.match(line, pos) if qualifier is None else None
            if same is not None and kind_of(same.group()) is kind:  # VISION วิสัยทัศน์
                pos = same.end()
                continue
            m = (GLOSS.match(line, pos)
                 or (None if same else LATIN.match(line, pos))  # (not: Vision Mission)
                 or g.count.match(line, pos) or YEAR.match(line, pos))
            if m is not None:
                pos = m.end()
                continue
            m = SEPARATOR.match(line, pos)
            if m is not None:  # วิสัยทัศน์ / Vision
                same = g.keyword.match(line, m.end()) or LATIN.match(line, m.end())
                if same is not None and (kind_of(same.group()) is kind
                                         or g.keyword.match(same.group()) is None):
                    pos = same.end()
                    continue
        if not pending:
            m = (TRAIL_DECO.match(line, pos) or (closing and closing.match(line, pos))
                 or (QUOTES_CLOSING.match(line, pos) if quote else None))
            if m is not None:
                pos, ended = m.end(), True  # decoration closes the heading
                continue
        m = _CHUNK.match(line, pos) if not ended else None
        if m is not None:
            chunk = m.group()
            if len(chunk) > _MAX_QUALIFIER:
                return cut
            ending = _ENDING.search(chunk)
            word = chunk[:ending.start()] if ending else chunk
            # (the number after it: ระยะที่ ๓ is an ordinal, not a relative ที่)
            number = _SPACED_NUMBER.match(line, m.end()) if word.endswith("ที่") else None
            said = word + number.group() if number else word
            if word and lead_in:
                return cut  # พันธกิจ ประกอบด้วย ด้าน…: a sentence
            if _LEAD_IN_WORD.fullmatch(word):
                # พันธกิจ ประกอบด้วย: a heading; พันธกิจของเทศบาล ประกอบด้วย: a lead-in
                if qualifier is not None or pending:
                    return cut
                lead_in = True
            elif word and (qualifier is None or pending):
                ok, names = opens(word, 0, level, kind, pending)
                if not ok:
                    pos = piece
                    space = spaced
                    break
                if is_sentence(said, kind, names or level == LAYOUT):
                    return cut
                qualifier = (qualifier[0] if qualifier else pos, pos + len(word))
                named = named or names
                pending = word if g.connector.fullmatch(word) else ""
            elif word:  # the qualifier goes on: names, places, fields
                if ((spaced and level < LAYOUT and g.verb.match(word))
                        or is_sentence(said, kind, named or level == LAYOUT)):
                    return cut
                assert qualifier is not None
                qualifier = (qualifier[0], pos + len(word))
            pos, ended = m.end(), bool(ending)
            if qualifier is not None and qualifier[1] - qualifier[0] > _MAX_QUALIFIER:
                return cut
            continue
        m = _DIGITS.match(line, pos)
        if (m is not None and qualifier is not None and not (ended or pending)
                and not line[qualifier[1]:pos].strip()):
            pos = m.end()  # สพป.เชียงใหม่ เขต 2 (not a page number after a gloss)
            qualifier = (qualifier[0], pos)
            continue
        space = spaced
        break
    else:
        return None if pending else Tail(n, n, qualifier)
    # Something no heading holds: content after a gap, in quotes or as an item.
    if pending:
        return None
    if cut is not None:
        return cut
    content = line[pos:]
    if space and (content[0] in _OPENING_QUOTES or _STRONG_MARKER.match(content)):
        return Tail(len(line[:pos].rstrip()), pos, qualifier)
    return None


def after_colon(line: str, at: int, kind: SectionKind,
                qualifier: tuple[int, int] | None) -> Tail:
    """A heading that ends with ``:``: what follows is content, unless it is only a gloss,
    an acronym, decoration or the heading word again (``ค่านิยม : SMART``,
    ``เป้าประสงค์ : (Goals)``, ``VISION : วิสัยทัศน์``)."""
    keyword = grammar().keyword
    pos, n = at, len(line)
    while pos < n:
        if line[pos] in " \t":
            pos += 1
            continue
        m = (GLOSS.match(line, pos) or QUOTED.match(line, pos) or ACRONYM.match(line, pos)
             or TRAIL_DECO.match(line, pos))
        if m is None:
            m = keyword.match(line, pos)
            if m is None or kind_of(m.group()) is not kind:
                return Tail(at, at, qualifier)
        pos = m.end()
    return Tail(n, n, qualifier)
