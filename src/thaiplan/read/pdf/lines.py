"""Spans to visual lines: what shares a baseline, left to right, cut into cells at wide gaps.

pdfium's fragments do not follow the page: it cuts one line in two where a font or a
text object changes (``2. พัฒนากลไกและเครื่`` | ``องมือใน...``), and the marks a second
pass draws make fragments of their own. Spans whose baselines agree form a
:class:`Row`; its spans, left to right, are joined as the gaps between them say — no
space where the letters touch, a space at a word gap, a new :class:`Segment` (a table
cell, or a column) at a gap of more than 1.5 em. A row set glyph by glyph (Chrome's PDFs
in some fonts: each cluster a fragment, no space characters, the ink of one glyph a
tenth of an em or more from the next) is joined by the gaps alone: narrower than a word
space, the letters of one word. Text drawn twice at (nearly) the same
place — a shadow, a fake bold, a budget volume's cover — is read once.

>>> from .spans import Span
>>> row = rows_of([Span("องมือ", 40, 80, 100, 16, False), Span("เครื่", 10, 39.5, 100.5, 16, False),
...                Span("2565", 200, 230, 100, 16, False)])[0]
>>> [s.text for s in row.segments]
['เครื่องมือ', '2565']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .extract import Rules
from .spans import CELL_GAP, TIGHT_GAP, WORD_GAP, Span
from .thai import MARK_CLASS, inside_word, joins_word, tidy

__all__ = ["LIST_START", "Line", "Row", "Segment", "rows_of"]

LIST_START = re.compile(r"^(?:[0-9๐-๙]{1,3}[.)]|\(?[0-9๐-๙]{1,3}\)|[-•▪●○◦✓➢-]\s)")
"""A line that starts a list's item: ``1.``, ``๒)``, ``(3)``, ``- ``, ``• ``."""

_SAME_BASELINE = 0.3  # em: baselines closer than this are one line
_SAME_PLACE = 0.15  # em: spans whose ends are this close, with the same text, are one drawing
_BLANKS = re.compile(r"\s+")
_THAI_END = re.compile("[\u0e01-\u0e4e]+$")
_THAI_START = re.compile("^[\u0e01-\u0e4e]+")
# One Thai cluster: a letter or a vowel written on the line, with its marks.
_CLUSTER = re.compile(f"[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e45][{MARK_CLASS}]*")
_GLYPHWISE = 0.75  # a row whose spans are this share of single clusters (4 or more) ...


@dataclass(slots=True)
class Segment:
    """Text of one line between wide gaps (a table cell, a column's part of a line)."""

    text: str
    x0: float
    x1: float
    size: float
    bold: bool
    chars: int = 0  # how many characters set the size and weight (for the line's majority)


@dataclass(slots=True)
class Row:
    """The segments of one baseline, left to right (``ruled``: a ruled table's row, its
    lines joined cell by cell, ``cells`` the text of each cell of its grid, an empty
    one ``""``: :mod:`.tables`)."""

    baseline: float
    segments: list[Segment]
    ruled: bool = False
    cells: tuple[str, ...] = ()

    @property
    def size(self) -> float:
        return max(s.size for s in self.segments)


@dataclass(slots=True)
class Line:
    """A line in reading order: one segment, or the cells of a table row; its size and
    weight are those of most of its characters."""

    segments: list[Segment]
    baseline: float
    page: int
    role: str = "body"
    cells: tuple[str, ...] = ()  # a ruled table's row: every cell, empty ones too
    size: float = field(init=False)
    bold: bool = field(init=False)

    def __post_init__(self) -> None:
        counts: Counter[float] = Counter()
        weight = 0
        for s in self.segments:
            chars = s.chars or len(s.text)
            counts[s.size] += chars
            weight += chars if s.bold else -chars
        self.size = counts.most_common(1)[0][0] if counts else 0.0
        self.bold = weight > 0

    @property
    def text(self) -> str:
        return "\t".join(s.text for s in self.segments)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        size = max(s.size for s in self.segments)
        return (round(self.x0, 1), round(self.baseline - 0.8 * size, 1), round(self.x1, 1),
                round(self.baseline + 0.25 * size, 1))


def rows_of(spans: Iterable[Span], *, spaces_typed: Callable[[], bool] | None = None,
            rules: Callable[[], Rules] | None = None) -> list[Row]:
    """The spans of a page grouped by baseline, top to bottom (see the module).

    ``spaces_typed``: whether the page's word spaces are characters of its text
    (:meth:`~.extract.Page.types_spaces`; asked where a gap is narrower than a word
    space and wider than letters touching): then a gap between two spans narrower than
    a word space, no space typed there, is inside a word (``พัฒนาคร`` | ``ู`` | ``และ``:
    pdfium breaks the line where LibreOffice draws ``ู`` after ``ร``). ``rules``: the
    page's ruled lines (asked where two spans do not touch); a rule down between two
    spans starts a new cell, however narrow the gap (a table's cells, padded tight)."""
    rows: list[Row] = []
    group: list[Span] = []
    for span in sorted(spans, key=lambda s: s.baseline):
        if group and (not span.upright or not group[0].upright or span.baseline - group[0].baseline
                      > _SAME_BASELINE * min(span.size, group[0].size)):
            rows.append(_row(group, spaces_typed, rules))
            group = []
        group.append(span)
    if group:
        rows.append(_row(group, spaces_typed, rules))
    return rows


def _row(spans: list[Span], spaces_typed: Callable[[], bool] | None,
         rules: Callable[[], Rules] | None) -> Row:
    spans = _once(sorted(spans, key=lambda s: s.x0))
    glyphwise = _set_glyph_by_glyph(spans)
    segments: list[Segment] = []
    previous = spans[0]
    for span in spans:
        if not span.text:
            continue
        chars = len(span.text)
        if segments:
            last = segments[-1]
            gap, em = span.x0 - last.x1, min(last.size, span.size)
            if rules is not None and gap >= TIGHT_GAP * em and rules().down_between(
                    last.x1, span.x0, span.baseline):
                joint = None
            else:  # (below which gap two spans are one word: see _joint)
                wide = glyphwise or (spaces_typed is not None and gap < WORD_GAP * em
                                     and gap >= TIGHT_GAP * em and spaces_typed())
                joint = _joint(last.text, span.text, gap, em,
                               in_word=WORD_GAP if wide else TIGHT_GAP,
                               typed=previous.spaced_after or span.spaced_before)
            previous = span
            if joint is not None:
                last.text += joint + span.text
                last.x1 = max(last.x1, span.x1)
                if chars > last.chars:  # the longer part sets size and weight
                    last.size, last.bold = span.size, span.bold
                last.chars += chars
                continue
        segments.append(Segment(span.text, span.x0, span.x1, span.size, span.bold, chars))
        previous = span
    for segment in segments:
        segment.text = tidy(segment.text)
    return Row(spans[0].baseline, segments)


def _set_glyph_by_glyph(spans: list[Span]) -> bool:
    """Whether a row's spans are (nearly all) single clusters: set glyph by glyph."""
    single = sum(1 for span in spans if _CLUSTER.fullmatch(span.text))
    return len(spans) >= 4 and single >= _GLYPHWISE * len(spans)


def _once(spans: list[Span]) -> list[Span]:
    """The spans of a row (left to right), each text drawn twice over itself kept once:
    the copy with fewer spaces (a copy may lose a glyph to its map, and pdfium puts a
    space in its place: ``สำ นักงบประมาณ`` over ``สำนักงบประมาณ``)."""
    if len(spans) < 2:
        return spans
    kept: list[Span] = []
    for span in spans:
        twin = _twin(kept, span)
        if twin is None:
            kept.append(span)
        elif span.text.count(" ") < kept[twin].text.count(" "):
            kept[twin] = span
    return kept


def _twin(kept: list[Span], span: Span) -> int | None:
    """The index of the span of ``kept`` (left to right) that ``span`` draws again."""
    near = _SAME_PLACE * span.size
    for k in range(len(kept) - 1, -1, -1):
        other = kept[k]
        if other.x0 < span.x0 - near:
            return None  # (the others start further left still)
        if (abs(other.x1 - span.x1) <= near and abs(other.x0 - span.x0) <= near
                and _drawn_text(other.text) == _drawn_text(span.text)):
            return k
    return None


def _drawn_text(text: str) -> str:
    """What a span draws, for comparing two copies: its letters, marks in order."""
    return tidy(_BLANKS.sub("", text))


def _joint(left: str, right: str, gap: float, em: float, *, in_word: float = TIGHT_GAP,
           typed: bool = False) -> str | None:
    """What goes between two spans of a line: ``""``, ``" "``, or ``None`` (a new cell).

    ``typed``: a space is typed between them (at the end or start of pdfium's
    fragment). Else a gap narrower than ``in_word`` em is inside a word:
    :data:`~.spans.TIGHT_GAP`, or :data:`~.spans.WORD_GAP` where no gap but a space
    character makes a word space (the page types its spaces, or its row is set glyph by
    glyph); between the two, the dictionary decides."""
    if inside_word(left, right):
        return ""  # (one word, however far apart)
    if gap > CELL_GAP * em:
        return None
    if typed:
        return " "
    if gap < in_word * em:
        return ""
    if gap < WORD_GAP * em:
        a, b = _THAI_END.search(left), _THAI_START.match(right)
        if a is not None and b is not None and joins_word(a.group(), b.group()):
            return ""
    return " "
