"""Tables whose header row names sections: a plan's strategies laid out as a table.

Plans often set their strategies in a table — ``ประเด็นกลยุทธ์ | เป้าประสงค์ | ตัวชี้วัด`` — a
row for each strategy, its goals and indicators in the cells beside it. A row of cells
(a Word or web table's row, a PDF's ruled row: the reader's :attr:`Block.cells
<thaiplan.layout.Block.cells>`) whose every filled cell is a bare section heading opens
a section of the first cell's kind; each row below it is an item of that section (its
first cell: numbered or not), and each other filled cell a section of that item, of the
kind its column's heading names, the cell's numbered parts its items. A row with an
empty first cell goes on with the item above; the header row repeated on a new page is
skipped; any other line ends the table (page furniture aside).

>>> [kind.value for kind in header_of(("ประเด็นกลยุทธ์", "เป้าประสงค์", "ตัวชี้วัด")).kinds]
['strategies', 'goals', 'indicators']
>>> header_of(("ที่", "โครงการ", "งบประมาณ")) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import SectionKind
from .classify import Classified
from .headings import match_heading
from .markers import MarkerMatch, Style, match_marker
from .state import SectionDraft, State

__all__ = ["Header", "header_of", "table_row"]


@dataclass(frozen=True, slots=True)
class Header:
    """A table's header row: each column's section kind and heading as written."""

    kinds: tuple[SectionKind, ...]
    headings: tuple[str, ...]


def header_of(cells: tuple[str, ...]) -> Header | None:
    """The header a row of cells is: two cells or more, the first filled, every filled
    cell a section heading and nothing else (``None`` otherwise)."""
    texts = tuple(cell.strip() for cell in cells)
    if len(texts) < 2 or not texts[0] or sum(1 for t in texts if t) < 2:
        return None
    kinds = []
    for text in texts:
        found = match_heading(text) if text else None
        if text and (found is None or found.rest):
            return None
        kinds.append(found.kind if found is not None else SectionKind.OTHER)
    return Header(tuple(kinds), texts)


def table_row(state: State, c: Classified) -> bool:
    """A table's header row opens its section; a row below it is an item of that
    section, with its own sections (see the module)."""
    block = c.line.block
    cells = block.cells if block is not None else ()
    header = header_of(cells)
    if header is not None and header != state.table:
        state.table = header
        state.open_section(header.kinds[0], header.headings[0], c.line)
        return True
    if state.table is None:
        return False
    if c.furniture is not None or header == state.table:
        if header is not None:  # the header again, atop a new page
            state.skip(c.line, c.text)
            return True
        return False  # (furniture: the page-break rule's; the table goes on after it)
    if not 2 <= len(cells) <= len(state.table.kinds):
        state.table = None  # (a line of no table: the table ended)
        state.leave_nested()
        return False
    _row(state, state.table, cells, c)
    return True


def _row(state: State, header: Header, cells: tuple[str, ...], c: Classified) -> None:
    """One row of a table: its item, then a section of the item for each other cell."""
    state.leave_nested()
    top = state.top
    assert top is not None  # (the header opened it)
    first = cells[0].strip()
    if first:
        marker = match_marker(first) or MarkerMatch("", None, "", first, Style.CELL)
        state.add_item(top, marker, c.line, first)
    elif not top.items:  # (cells under the header before any item: the section's text)
        top.text.append((c.line, " ".join(cell.strip() for cell in cells if cell.strip())))
        return
    for k in range(1, len(cells)):
        text = cells[k].strip()
        if not text:
            continue
        _cell(state, _own_section(state, top, header, k, c), text, c)


def _own_section(state: State, top: SectionDraft, header: Header, k: int,
                 c: Classified) -> SectionDraft:
    """The section of column ``k`` of the table's last item: opened by its row, or
    by the row above for a row that goes on with it."""
    item = top.stack[0] if top.stack else top.items[-1]
    for section in item.sections:
        if section.heading == header.headings[k]:
            state.host = (top, item)
            return section
    section = state.open_section(header.kinds[k], header.headings[k], c.line, nested=True)
    section.cell = True
    return section


def _cell(state: State, section: SectionDraft, text: str, c: Classified) -> None:
    """A cell's text in its section: an item where it starts with a marker (those run
    together after it split), else the open item's continuation or the section's text."""
    marker = match_marker(text)
    if marker is not None and marker.style is not Style.WORD:
        state.add_item(section, marker, c.line, text)
    elif section.items:
        section.continue_item(text, text)
    else:
        section.text.append((c.line, text))
