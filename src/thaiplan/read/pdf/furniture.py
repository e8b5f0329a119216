"""Page furniture: running headers and footers found by repetition, page numbers.

Only lines in a page's margins are candidates: among its first (last) three lines and
in the top 18% (bottom 12%) of the page.

* A **page number** is a number alone there (``- 12 -``, ``หน้า 5``, ``3/10``, ``๑๒``), or
  alone as the first or last line of its page wherever that stands.
* A **running header or footer** repeats: the same text, digits aside, at the same
  height on pages near each other (at most two pages apart: facing pages alternate;
  three pages for a short line without digits, which may be a heading word), or on 60%
  of the pages — each height apart, as chapters may move their footers; and it stands
  outermost, only page numbers or furniture between it and the page's edge.
* A **title header** stands first on its page, in a place and style (height, size,
  weight, centred) where other pages repeat a header of their own: a budget volume
  heads each agency's first page with the ministry line and the agency line
  (``หน่วยงานอื่นของรัฐ`` / ``สำนักงานคณะกรรมการการแข่งขันทางการค้า``), the ministry line
  repeated from agency to agency, the agency line not; the agency is the owner of
  what follows, so the header stays among the blocks, marked.

Numbered lines (``3. ผลสัมฤทธิ์...``) and chapter lines (``บทที่ ๓``) are headings, never
furniture.

>>> from .lines import Line, Segment
>>> def line(page, y, text):
...     return Line([Segment(text, 50, 300, 12, False)], y, page)
>>> pages = [[line(p, 40, "แผนปฏิบัติราชการ ๒๕๖๗"), line(p, 100, body),
...           line(p, 800, f"- {p} -")] for p, body in enumerate(["วิสัยทัศน์", "พันธกิจ", "ค่านิยม"], 1)]
>>> mark_furniture(pages, [(595.0, 842.0)] * 3)
>>> [(l.role, l.text) for l in pages[1]]
[('header', 'แผนปฏิบัติราชการ ๒๕๖๗'), ('body', 'พันธกิจ'), ('page_number', '- 2 -')]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .lines import Line
from .order import BOTTOM_MARGIN

__all__ = ["is_page_number", "mark_furniture"]

_PAGE_NUMBER = re.compile(
    r"(?i)^(?:หน้า|หน้ำ|page|p\.)?\s*[-–—(\[]?\s*[0-9๐-๙]{1,4}\s*[-–—)\]]?"
    r"(?:\s*(?:/|จาก|of)\s*[0-9๐-๙]{1,4})?$")
_HEADING = re.compile(r"^\s*(?:\(?[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]|บทที่|ส่วนที่|ภาคผนวก|หมวด)")
_DIGITS = re.compile(r"[0-9๐-๙]+")
_EDGE_LINES = 3
_TOP, _BOTTOM = 0.18, BOTTOM_MARGIN  # margins, as shares of the page height
_SLACK = 0.005  # of the page height: "the same height" on two pages
_PLACE = 0.03  # of the page height: a title header's place on two pages
_NEAR_PAGES = 2
_SHARE = 0.6
_NAMING = 15  # characters of a running header that names the plan or the office

Size = tuple[float, float]  # a page's width and height


def _key(line: Line) -> str:
    return "".join(_DIGITS.sub("#", line.text).split())


def _margins(lines: list[Line], height: float) -> list[tuple[str, Line]]:
    """The lines of a page in its margins, each with ``"header"`` or ``"footer"``."""
    by_height = sorted(lines, key=lambda line: line.baseline)
    top = [("header", line) for k, line in enumerate(by_height[:_EDGE_LINES])
           if line.baseline <= _TOP * height or (k == 0 and _is_page_number(line))]
    bottom = [("footer", line) for k, line in enumerate(by_height[::-1][:_EDGE_LINES])
              if line.baseline >= _BOTTOM * height or (k == 0 and _is_page_number(line))][::-1]
    return top + [item for item in bottom if all(item[1] is not t for _, t in top)]


def is_page_number(text: str) -> bool:
    """Whether ``text`` is a page number alone (``- 12 -``, ``หน้า 5``, ``3/10``, ``๑๒``)."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _is_page_number(line: Line) -> bool:
    return is_page_number(line.text)


def mark_furniture(pages: list[list[Line]], sizes: list[Size]) -> None:
    """Set ``role`` on the running headers, footers and page numbers of ``pages``
    (each a page's lines; ``sizes`` the pages' widths and heights in points)."""
    margins = [_margins(lines, height) for lines, (_, height) in zip(pages, sizes, strict=True)]
    places: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for number, items in enumerate(margins):
        for zone, line in items:
            if _is_page_number(line):
                line.role = "page_number"
            elif not _HEADING.match(line.text) and _key(line):
                places[zone, _key(line)].append((number, line.baseline / sizes[number][1]))
    running: set[tuple[str, str, int]] = set()
    for (zone, key), found in places.items():
        # A short line met twice (a heading word at two pages' tops) is no header: a
        # running header names the plan or the office, or carries the page number.
        enough = 2 if "#" in key or len(key) >= _NAMING else 3
        for numbers in _same_height(found):
            near = [n for k, n in enumerate(numbers)
                    if (k > 0 and n - numbers[k - 1] <= _NEAR_PAGES)
                    or (k + 1 < len(numbers) and numbers[k + 1] - n <= _NEAR_PAGES)]
            if len(near) >= enough or (len(numbers) >= enough
                                       and len(numbers) >= _SHARE * len(pages)):
                running.update((zone, key, n) for n in numbers)
    for number, items in enumerate(margins):
        for zone in ("header", "footer"):
            # outermost first: a line is furniture only below (above) furniture
            edge = [line for z, line in items if z == zone]
            for line in edge if zone == "header" else reversed(edge):
                if line.role == "body":
                    if (zone, _key(line), number) not in running:
                        break
                    line.role = zone
    _mark_title_headers(pages, sizes)


def _same_height(found: list[tuple[int, float]]) -> list[list[int]]:
    """The pages of a repeated line grouped by the height it stands at (each a share of
    its page's height, within ``_SLACK`` of the next): a document's chapters may set
    their footers a little higher or lower, each chapter the same on all its pages."""
    groups: list[list[tuple[int, float]]] = []
    for number, y in sorted(found, key=lambda item: item[1]):
        if groups and y - groups[-1][-1][1] <= _SLACK:
            groups[-1].append((number, y))
        else:
            groups.append([(number, y)])
    return [sorted({n for n, _ in group}) for group in groups]


def _mark_title_headers(pages: list[list[Line]], sizes: list[Size]) -> None:
    """Mark the title headers (see the module): the first lines of a page whose first
    line opens two pages or more, or that stand in the place and style of such a
    header on another page; never larger than the text (a chapter title is)."""
    text_size = _text_size(pages)
    tops = [[line for line in _title_lines(lines, size) if line.size <= 1.4 * text_size]
            for lines, size in zip(pages, sizes, strict=True)]
    openers: dict[str, set[int]] = defaultdict(set)
    for number, lines in enumerate(tops):
        if lines:
            openers[_key(lines[0])].add(number)
    slots: list[tuple[float, float, bool]] = []
    for number, lines in enumerate(tops):
        if lines and len(openers[_key(lines[0])]) >= 2:
            for line in lines:
                line.role = "header"
                slots.append((line.baseline / sizes[number][1], line.size, line.bold))
    for number, lines in enumerate(tops):
        height = sizes[number][1]
        for line in lines:
            if line.role == "header" or not any(
                    abs(y - line.baseline / height) <= _PLACE and abs(size - line.size) <= 0.5
                    and bold == line.bold for y, size, bold in slots):
                break
            line.role = "header"


def _title_lines(lines: list[Line], size: Size) -> list[Line]:
    """A page's first lines (page numbers and running lines aside) that could be a title
    header: single, centred, bold, not numbered, in the top margin, one after the other,
    in one style."""
    width, height = size
    out: list[Line] = []
    for line in sorted(lines, key=lambda line: line.baseline):
        if line.role != "body":
            continue
        centred = abs((line.x0 + line.x1) / 2 - width / 2) <= 0.05 * width
        if (line.baseline > _TOP * height or len(line.segments) > 1 or not centred
                or not line.bold or _HEADING.match(line.text)
                or (out and (line.baseline - out[-1].baseline > 1.8 * line.size
                             or abs(line.size - out[-1].size) > 0.5))):
            break
        out.append(line)
    return out


def _text_size(pages: list[list[Line]]) -> float:
    """The font size of most of the text."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            for s in line.segments:
                sizes[round(s.size)] += len(s.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0
