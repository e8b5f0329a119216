"""Stage 4 — drafts to records: the sections and items of the page, frozen.

Once every line is read (:mod:`thaiplan.parse.rules`), the draft sections become
:class:`~thaiplan.model.Section` s and their items :class:`~thaiplan.model.Item` s, with
what only the whole section tells: a heading word with nothing under it before the next
heading is a page title (``ภารกิจ``); text before a list that starts at ``2.`` is its
first item, whose numeral was lost; other text before the items is their lead-in.
Empty items and sections and odd numbering (:mod:`thaiplan.parse.numbering`) are
reported here.

>>> from thaiplan.layout import Document
>>> from thaiplan.parse.blocks import read_body
>>> from thaiplan.parse.classify import classify
>>> from thaiplan.parse.rules import build_tree
>>> warnings = Warnings(None)
>>> state = build_tree(classify(read_body(Document.from_text(
...     "ภารกิจ\\nเป้าประสงค์\\nผู้เรียนมีคุณภาพ\\n2. ครูมีสมรรถนะ")).lines), warnings)
>>> page = to_records(state, warnings)
>>> [t.text for t in page.preamble], [(i.marker, i.text) for i in page.sections[0].items]
(['ภารกิจ'], [('', 'ผู้เรียนมีคุณภาพ'), ('2.', 'ครูมีสมรรถนะ')])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Item, Section, TextLine, WarningCode
from ..normalize import squash
from .chapters import nest_chapters
from .lead_ins import split_lead_ins
from .markers import MarkerMatch, Style
from .numbering import check_numbering
from .sequence import heading_numbering
from .state import ItemDraft, SectionDraft, State
from .warnings import Warnings

__all__ = ["Records", "to_records"]

# Text that ends like this introduces the list: a lead-in, not its first item.
_LEAD_IN_END = re.compile(r"(?:ดังนี้|ดังต่อไปนี้|ประกอบด้วย|ได้แก่|คือ|[:：])\s*$")
_NUMBERED = frozenset({Style.DOT, Style.CLOSE, Style.PAREN, Style.BARE, Style.PREFIX})


@dataclass(frozen=True, slots=True)
class Records:
    """The records of a page: its sections, and the lines of no section, by line."""

    sections: tuple[Section, ...]
    preamble: tuple[TextLine, ...]
    unparsed: tuple[TextLine, ...]


def to_records(state: State, warnings: Warnings) -> Records:
    """The sections of ``state`` as records (see the module's description)."""
    sections: list[Section] = []
    preamble, unparsed = list(state.preamble), list(state.unparsed)
    drafts = [d for draft in state.sections
              for d in (*split_lead_ins(draft), *_given_back(draft))]
    drafts, titles = nest_chapters(drafts)
    for title in titles:  # a chapter's title: no section
        unparsed.append(TextLine(title.line.number, title.heading))
        unparsed.extend(TextLine(line.number, text) for line, text in title.text)
    for index, draft in enumerate(drafts):
        parent = index < len(drafts) - 1 and _parent_of(draft, drafts[index + 1])
        if not draft.text and not draft.items and index < len(drafts) - 1 and not parent:
            # A heading word with nothing under it before the next heading: a page
            # title such as "ภารกิจ" or "วิสัยทัศน์" (the last section may stay empty).
            (unparsed if sections else preamble).append(
                TextLine(draft.line.number, draft.heading))
            continue
        sections.append(_section(draft, warnings, heads_others=parent))
    return Records(tuple(sections), tuple(sorted(preamble, key=_by_line)),
                   tuple(sorted(unparsed, key=_by_line)))


def _parent_of(draft: SectionDraft, after: SectionDraft) -> bool:
    """Whether ``draft``'s heading is numbered as the parent of the next one's
    (``๒.๒ การวิเคราะห์…`` before ``๒.๒.๑ กฎหมาย…``): a heading over headings."""
    own, next_one = heading_numbering(draft.heading), heading_numbering(after.heading)
    return (own is not None and next_one is not None and len(next_one) > len(own)
            and next_one[:len(own)] == own)


def _given_back(draft: SectionDraft) -> list[SectionDraft]:
    """Sections that only the list's last item got are the page's own, after the list
    (a list of strategies, then the page's goals): taken off the item. Where several
    items have sections of their own, each keeps them; so does a table's row."""
    holders = [item for item in draft.items if item.sections]
    if not holders or holders != draft.items[-1:] or holders[0].sections[0].cell:
        return []
    given, holders[0].sections = holders[0].sections, []
    return given


def _by_line(text: TextLine) -> int:
    return text.line


def _section(draft: SectionDraft, warnings: Warnings, *, heads_others: bool = False
             ) -> Section:
    lead_in: tuple[str, ...] = ()
    text = ""
    if draft.items:
        missing = _first_item_from_text(draft)
        if missing is not None:
            draft.items.insert(0, missing)
        elif draft.text:
            lead_in = (squash(" ".join(t for _, t in draft.text)),)
        lead_in += tuple(draft.labels)
    else:
        text = squash(" ".join(t for _, t in draft.text))
        if not text and not heads_others:
            warnings.warn(WarningCode.EMPTY_SECTION,
                          f"section {draft.heading!r} has no text and no items",
                          line=draft.line.number, page=draft.line.page)
    return Section(draft.kind, squash(draft.heading), text, _items(draft.items, warnings),
                   lead_in, draft.line.number, draft.line.page)


def _first_item_from_text(draft: SectionDraft) -> ItemDraft | None:
    """``ผู้เรียน…`` then ``2. …``: the text is the first item, whose numeral was lost
    (unless it reads as a lead-in: ``…ดังนี้``)."""
    if not draft.text or not draft.items:
        return None
    first = draft.items[0].marker
    if first.style not in _NUMBERED or first.number != 2 or len(first.path) != 1:
        return None
    joined = " ".join(t for _, t in draft.text)
    if _LEAD_IN_END.search(joined) or "ดังนี้" in joined:
        return None
    texts = [t for _, t in draft.text]
    return ItemDraft(MarkerMatch("", None, "", joined, Style.MISSING), draft.text[0][0],
                     texts, list(texts))


def _items(drafts: list[ItemDraft], warnings: Warnings) -> tuple[Item, ...]:
    """The items of one list (children first built and checked), then its numbering
    checked."""
    items = []
    for position, draft in enumerate(drafts, start=1):
        marker, line = draft.marker, draft.line
        text = " ".join(" ".join(draft.pieces).split())
        if not text:
            warnings.warn(WarningCode.EMPTY_ITEM, f"item {marker.marker!r} has no text",
                          line=line.number, page=line.page)
        items.append(Item(
            marker=marker.marker, number=marker.number, position=position, text=text,
            raw="\n".join(r.rstrip() for r in draft.raw if r), line=line.number,
            separator=marker.separator, children=_items(draft.children, warnings),
            depth=draft.depth, page=line.page,
            sections=tuple(_section(own, warnings) for own in draft.sections)))
    check_numbering(drafts, warnings)
    return tuple(items)
