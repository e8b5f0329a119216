"""The walk through a page's element tree: lines as displayed, with headings, list
numbers, table rows, weight and size.

A :class:`Walker` reads the elements in document order (lxml's ``iterwalk``, no
recursion: pages nest deeply). Block elements end the line and the paragraph, ``br`` the
line; text is gathered in pieces with the weight and size they are set in (a line is bold
when every visible character is); an ``li`` gets the number its list shows
(:mod:`.lists`); what an element is comes from :mod:`.elements`. A table row of one-line
cells becomes one line of cells, read by a walker per cell; any other row is read as its
paragraphs.

>>> import itertools
>>> from lxml import etree
>>> root = etree.HTML("<h3>พันธกิจ</h3><ol><li>จัดการศึกษา<br>ให้ทั่วถึง</li></ol>"
...                   "<table><tr><td>1</td><td>พัฒนาครู</td></tr></table>")
>>> lines = Walker(ReadOptions(), itertools.count()).walk(root)
>>> [(line.text, line.heading_level, line.list_level, line.cells) for line in lines]
[('พันธกิจ', 3, None, ()), ('1. จัดการศึกษา', None, 1, ()), ('ให้ทั่วถึง', None, 1, ()),
 ('1\\tพัฒนาครู', None, None, ('1', 'พัฒนาครู'))]
>>> lines[1].group == lines[2].group  # one paragraph, two lines
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .._lines import Font, Line
from ..options import ReadOptions
from .elements import (
    BLOCK,
    BOLD,
    CELLS,
    FONT_SIZES,
    HEADINGS,
    HIDDEN,
    LINE_BREAKS,
    LISTS,
    NAVIGATION_ROLES,
    PRE,
    inline_style,
)
from .lists import List, label, open_list

__all__ = ["Walker"]

# A number the item's text starts with: "1.", "๑)", "(2)", "3 ".
_OWN_NUMBER = re.compile(r"\(?[0-9๐-๙]{1,3}(?:[.)]|\s)")
_TIME_EVERY = 1024  # elements between checks of ReadOptions.max_seconds

# Entry flags of the element stack.
_IS_BLOCK, _IS_LIST, _IS_ITEM = 1, 2, 4


class Walker:
    """Lines of an element tree in document order (see the module's docstring)."""

    def __init__(self, options: ReadOptions, groups: Iterator[int], *, bold: bool = False,
                 size: float | None = None, heading: int | None = None) -> None:
        self.lines: list[Line] = []
        self._options = options
        self._groups = groups
        self._group = next(groups)
        self._used = False  # a line was written in the current group
        self._pieces: list[str] = []
        self._styles: list[tuple[bool, float | None]] = []  # (bold, size) of each piece
        self._style: tuple[bool, float | None] = (bold, size)  # (bold, size) here
        self._heading, self._pre = heading, False
        self._lists: list[List] = []
        self._items: list[list[str]] = []  # open li: [label not yet written]
        self._seen = 0

    # --- text ---------------------------------------------------------------------

    def _add(self, text: str) -> None:
        if self._pre and "\n" in text:
            first, *rest = text.replace("\r\n", "\n").split("\n")
            self._piece(first)
            for part in rest:
                self._flush(new_block=False)
                self._piece(part)
        elif self._pieces or not text.isspace():  # blanks at a line's start go
            self._pieces.append(text)
            self._styles.append(self._style)

    def _piece(self, text: str) -> None:
        if text and (self._pieces or not text.isspace()):
            self._pieces.append(text)
            self._styles.append(self._style)

    def _flush(self, *, new_block: bool) -> None:
        """End the current line (and paragraph, with ``new_block``)."""
        if self._pieces:
            pieces, styles = self._pieces, self._styles
            self._pieces, self._styles = [], []
            text = "".join(pieces)
            if not text.isprintable():  # (a quick look first: most lines hold none)
                text = LINE_BREAKS.sub(" ", text)
            text = text.strip()
            if text:
                font = Font()
                if len(styles) == 1 or styles.count(styles[0]) == len(styles):
                    font.add(text, *styles[0])
                else:
                    for piece, (bold, size) in zip(pieces, styles, strict=True):
                        font.add(piece, bold, size)
                label = ""
                if self._items and self._items[-1][0]:
                    label, self._items[-1][0] = self._items[-1][0], ""
                    if _OWN_NUMBER.match(text):
                        label = ""
                    else:
                        text = f"{label} {text}"
                level = max(1, len(self._lists)) if self._items else None
                self.lines.append(Line(text, self._group, font, self._heading, level, label))
                self._used = True
        if new_block and self._used:
            self._group, self._used = next(self._groups), False

    def _adopt(self, lines: list[Line]) -> None:
        """Write lines read by another walker (their groups are already unique)."""
        self._flush(new_block=True)
        if lines:
            self.lines.extend(lines)
            self._used = True
            self._flush(new_block=True)

    # --- elements -----------------------------------------------------------------

    def walk(self, root: Any) -> list[Line]:
        """Read ``root`` and everything in it (not its tail); returns the lines."""
        from lxml import etree

        walker = etree.iterwalk(root, events=("start", "end"))
        stack: list[tuple[int, tuple[bool, float | None], int | None, bool]] = []
        start, push, pop = self._start, stack.append, stack.pop
        for event, element in walker:
            if event == "start":
                saved = (self._style, self._heading, self._pre)
                push((start(element, walker), *saved))
                continue
            flags, self._style, heading, pre = pop()
            if flags:
                if flags & _IS_BLOCK and (self._pieces or self._used):
                    self._flush(new_block=True)
                if flags & _IS_ITEM:
                    self._items.pop()
                if flags & _IS_LIST:
                    self._lists.pop()
            self._heading, self._pre = heading, pre
            tail = element.tail
            if tail and element is not root:
                self._add(tail)
        self._flush(new_block=True)
        return self.lines

    def _start(self, element: Any, walker: Any) -> int:
        """Open ``element``: returns its stack flags (the subtree may be skipped)."""
        tag = element.tag
        if not isinstance(tag, str):  # a comment, processing instruction or entity
            walker.skip_subtree()
            return 0
        self._seen += 1
        if not self._seen % _TIME_EVERY:
            self._options.check_time(f"element {self._seen:,}")
        bold = size = counter = None
        if len(element.attrib):
            get = element.get
            if get("hidden") is not None or (get("aria-hidden") or "").strip() == "true":
                walker.skip_subtree()
                return 0
            if (get("role") or "").strip().lower() in NAVIGATION_ROLES:
                walker.skip_subtree()
                return _IS_BLOCK
            style = get("style")
            if style:
                hidden, bold, size, counter = inline_style(style)
                if hidden:
                    walker.skip_subtree()
                    return 0
            if tag == "font":
                size = FONT_SIZES.get((get("size") or "").strip(), size)
        if tag in HIDDEN or tag == "nav":
            walker.skip_subtree()
            return _IS_BLOCK if tag == "nav" else 0
        flags = 0
        if tag == "br":
            self._flush(new_block=False)
        elif tag in BLOCK:
            flags = _IS_BLOCK
            if self._pieces or self._used:
                self._flush(new_block=True)
            if tag == "tr" and self._row(element):
                walker.skip_subtree()
                return flags
            if tag in HEADINGS:
                self._heading = HEADINGS[tag]
            elif tag in LISTS:
                flags |= _IS_LIST
                self._lists.append(open_list(element, tag, counter))
            elif tag == "li":
                flags |= _IS_ITEM
                self._items.append([label(self._lists, element, counter)])
        if tag in BOLD or bold is not None or size is not None:
            self._style = (bold if bold is not None else tag in BOLD or self._style[0],
                           size if size is not None else self._style[1])
        if tag in PRE:
            self._pre = True
        if element.text:
            self._add(element.text)
        return flags

    def _row(self, row: Any) -> bool:
        """Write table row ``row``: one block of cells when each cell holds a line at
        most, else the paragraphs of its cells. ``False`` for a row that holds a table
        (layout): this walker reads it as paragraphs. (The cells are read by walkers of
        their own, which meet no table: recursion goes no deeper.)"""
        if next(row.iter("table"), None) is not None:
            return False
        walkers = []
        for cell in row:
            if cell.tag in CELLS:
                walker = Walker(self._options, self._groups, bold=self._style[0],
                                 size=self._style[1], heading=self._heading)
                walker.walk(cell)
                walkers.append(walker)
        if not walkers:
            return False
        lines = [line for w in walkers for line in w.lines]
        if any(len(w.lines) > 1 for w in walkers) or any(
                line.heading_level is not None for line in lines):
            self._adopt(lines)
            return True
        texts = [w.lines[0].text if w.lines else "" for w in walkers]
        filled = [text for text in texts if text]
        if filled:
            font = Font()
            for line in lines:
                font.merge(line.font)
            level = max(1, len(self._lists)) if self._items else None
            self._adopt([Line("\t".join(filled), next(self._groups), font, self._heading,
                              level, cells=tuple(texts))])
        return True
