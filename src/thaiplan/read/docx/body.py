"""The body of a Word file, walked in document order: paragraphs to lines, table rows,
text boxes, content controls, page headers and footers.

Each paragraph gives a :class:`~thaiplan.read._lines.Line` per line break (the lines
share a group: one :attr:`~thaiplan.layout.Block.block`), after the text boxes anchored
in it, with its heading level and weight and size (:mod:`.styles`) and Word's automatic
number put back before its text (:mod:`.numbering`). A table row of data is one line of
cells; a row used for layout is read as the paragraphs it holds.

>>> import docx
>>> document = docx.Document()
>>> _ = document.add_paragraph("พันธกิจ", style="Heading 1")
>>> _ = document.add_paragraph("จัดการศึกษาให้ทั่วถึง", style="List Number")
>>> lines: list[Line] = []
>>> Reader(document, ReadOptions()).content(document.element.body, lines)
>>> [(line.text, line.heading_level, line.list_level) for line in lines]
[('พันธกิจ', 1, None), ('1. จัดการศึกษาให้ทั่วถึง', None, 1)]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from ...normalize import normalize_newlines
from .._lines import Font, Line
from ..options import ReadOptions
from .numbering import Numbering
from .styles import Styles, outline_level, props, resolve
from .tags import (
    ALTERNATE,
    CHOICE,
    FALLBACK,
    PPR,
    RPR,
    SDT,
    SDT_CONTENT,
    TBL,
    TC,
    TCPR,
    TR,
    TXBX,
    VAL,
    P,
    R,
    T,
    W,
)

__all__ = ["Reader"]

# Run content and its text (python-docx's Run.text); drawings may hold text boxes.
_RUN_TEXT = {W + "tab": "\t", W + "ptab": "\t", W + "cr": "\n", W + "noBreakHyphen": "-"}
_BR = W + "br"
_SHAPES = frozenset([W + "drawing", W + "pict", W + "object", ALTERNATE])
# Elements around runs whose text is displayed (w:del and w:moveFrom are not).
_RUN_CONTAINERS = frozenset(W + t for t in ("hyperlink", "ins", "moveTo", "smartTag",
                                            "fldSimple", "customXml", "dir", "bdo",
                                            "sdtContent"))
_BLOCK_CONTAINERS = frozenset(W + t for t in ("customXml", "sdtContent", "ins", "moveTo"))
# Thai letters, digits and marks: Word sets them in the complex-script font.
_NOT_THAI = {code: None for code in range(0x0E00, 0x0E80)}
_TIME_EVERY = 256  # paragraphs or rows between checks of ReadOptions.max_seconds


def _boxes(shape: Any) -> list[Any]:
    """Text boxes (``w:txbxContent``) in a drawing, in order, each once: the first
    choice of an ``mc:AlternateContent`` (its fallback repeats it), not boxes in boxes."""
    found: list[Any] = []
    stack = [shape]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == TXBX:
            found.append(node)
        elif tag == ALTERNATE:
            choice = node.find(CHOICE)
            chosen = choice if choice is not None else node.find(FALLBACK)
            if chosen is not None:
                stack.append(chosen)
        else:
            stack.extend(reversed(node))
    return found


class Reader:
    """Lines of a Word document's body, tables, text boxes, headers and footers."""

    def __init__(self, document: Any, options: ReadOptions) -> None:
        self._options = options
        self._styles = Styles(document)
        self._numbering = Numbering(document, self._styles.by_id)
        self._groups = itertools.count()
        self._count = 0

    def _tick(self, what: str) -> None:
        self._count += 1
        if not self._count % _TIME_EVERY:
            self._options.check_time(f"{what} {self._count:,}")

    def content(self, parent: Any, out: list[Line]) -> None:
        """Paragraphs and tables of ``parent`` (body, cell, text box...), in order."""
        for child in parent.iterchildren():
            tag = child.tag
            if tag == P:
                self.paragraph(child, out)
            elif tag == TBL:
                self.table(child, out)
            elif tag == SDT:
                inner = child.find(SDT_CONTENT)
                if inner is not None:
                    self.content(inner, out)
            elif tag in _BLOCK_CONTAINERS:
                self.content(child, out)
            elif tag == ALTERNATE:
                chosen = child.find(CHOICE)
                if chosen is not None:
                    self.content(chosen, out)

    def paragraph(self, p: Any, out: list[Line]) -> None:
        """Lines of paragraph ``p`` (after the text boxes anchored in it)."""
        self._tick("paragraph")
        ppr = p.find(PPR)
        style_id = self._styles.paragraph_style(ppr)
        pieces: list[tuple[str, tuple[bool, bool, float, float] | None]] = []
        boxes: list[Any] = []
        self._runs(p, style_id, pieces, boxes)
        for box in boxes:
            self.content(box, out)
        numbered = self._numbering.prefix(ppr, style_id)
        prefix = numbered[0] if numbered else ""
        if prefix:
            pieces.insert(0, (prefix, None))
        outline = None if ppr is None else ppr.find(W + "outlineLvl")
        heading = (outline_level(outline) if outline is not None
                   else self._styles.heading(style_id))
        group = next(self._groups)
        lines = [Line("", group, heading_level=heading,
                      list_level=numbered[1] + 1 if numbered else None,
                      list_label=prefix.strip())]
        texts: list[list[str]] = [[]]
        for text, font in pieces:
            parts = normalize_newlines(text).split("\n")
            for k, part in enumerate(parts):
                if k:
                    lines.append(Line("", group, heading_level=heading,
                                      list_level=lines[0].list_level))
                    texts.append([])
                texts[-1].append(part)
                if font is not None and part:
                    thai = len(part) - len(part.translate(_NOT_THAI))
                    other = len("".join(part.translate(_NOT_THAI).split()))
                    lines[-1].font.count(other, font[0], font[2])
                    lines[-1].font.count(thai, font[1], font[3])
        for line, parts_of_line in zip(lines, texts, strict=True):
            line.text = "".join(parts_of_line)
        out.extend(lines)

    def _runs(self, parent: Any, style_id: str | None,
              pieces: list[tuple[str, tuple[bool, bool, float, float] | None]],
              boxes: list[Any]) -> None:
        """Text of the runs in ``parent`` with their formatting; text boxes to ``boxes``."""
        for child in parent.iterchildren():
            tag = child.tag
            if tag == R:
                rpr = child.find(RPR)
                levels = self._styles.levels(self._styles.run_style(rpr), style_id)
                font = resolve((props(rpr), *levels))
                for item in child.iterchildren():
                    kind = item.tag
                    if kind == T:
                        if item.text:
                            pieces.append((item.text, font))
                    elif kind in _RUN_TEXT:
                        pieces.append((_RUN_TEXT[kind], font))
                    elif kind == _BR:
                        if item.get(W + "type", "textWrapping") == "textWrapping":
                            pieces.append(("\n", font))
                    elif kind in _SHAPES:
                        boxes.extend(_boxes(item))
            elif tag in _RUN_CONTAINERS:
                self._runs(child, style_id, pieces, boxes)
            elif tag == SDT:
                inner = child.find(SDT_CONTENT)
                if inner is not None:
                    self._runs(inner, style_id, pieces, boxes)
            elif tag == ALTERNATE:
                boxes.extend(_boxes(child))

    def table(self, tbl: Any, out: list[Line]) -> None:
        for row in _children(tbl, TR):
            self.row(row, out)

    def row(self, tr: Any, out: list[Line]) -> None:
        """A row of data as one line of cells, a row of layout as its paragraphs."""
        self._tick("row")
        cells: list[list[Line]] = []
        nested = False
        for tc in _children(tr, TC):
            tcpr = tc.find(TCPR)
            merge = None if tcpr is None else tcpr.find(W + "vMerge")
            if merge is not None and merge.get(VAL, "continue") != "restart":
                cells.append([])  # merged with the cell above: shown there
                continue
            lines: list[Line] = []
            self.content(tc, lines)
            nested = nested or next(tc.iter(TBL), None) is not None
            cells.append(lines)
        texts = [" ".join(t for t in (line.text.strip() for line in lines) if t)
                 for lines in cells]
        filled = [text for text in texts if text]
        if not filled:
            return
        every = [line for lines in cells for line in lines]
        if (nested or any(line.heading_level is not None for line in every)
                or (len(filled) == 1 and sum(1 for line in every if line.text.strip()) > 1)):
            out.extend(every)
            return
        font = Font()
        for line in every:
            font.merge(line.font)
        out.append(Line("\t".join(filled), next(self._groups), font, cells=tuple(texts)))

    def furniture(self, document: Any) -> tuple[list[Line], list[Line]]:
        """Lines of the page headers and footers (each part once, empty lines out)."""
        headers: list[Line] = []
        footers: list[Line] = []
        seen: list[Any] = []  # (held, so that ``is`` compares live elements)
        for section in document.sections:
            for part, out in ((section.header, headers), (section.footer, footers)):
                if part.is_linked_to_previous:
                    continue
                element = part._element
                if any(element is other for other in seen):
                    continue
                seen.append(element)
                lines: list[Line] = []
                self.content(element, lines)
                out.extend(line for line in lines if line.text.strip())
        return headers, footers


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """Children ``tag`` of ``parent``, also inside content controls and custom XML."""
    for child in parent.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == SDT:
            inner = child.find(SDT_CONTENT)
            if inner is not None:
                yield from _children(inner, tag)
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _children(child, tag)
