"""Chapters of strategies: a plan that lists its strategies, then gives each a chapter.

A national plan lists its strategies (``๔.๑ ยุทธศาสตร์ชาติด้านความมั่นคง มีเป้าหมาย…``) and
then states each in a chapter of its own, titled with the strategy's name and numbered
from ``๑.`` again (``ยุทธศาสตร์ชาติด้านความมั่นคง`` / ``๑. บทนำ`` / ``๒. เป้าหมาย`` /
``๓. ตัวชี้วัด`` / ``๔. ประเด็นยุทธศาสตร์…``). The chapter's sections are the strategy's
own: they are nested in its item, and the title, a heading of nothing, is dropped.

>>> from thaiplan.model import SectionKind
>>> from thaiplan.parse.blocks import Line
>>> from thaiplan.parse.markers import match_marker
>>> def section(kind, heading, items=()):
...     draft = SectionDraft(kind, heading, Line(1, heading, heading))
...     for text in items:
...         marker = match_marker(text)
...         draft.items.append(ItemDraft(marker, Line(1, text, text), [marker.text], [text]))
...     return draft
>>> drafts = [section(SectionKind.STRATEGIES, "๔. ประเด็นยุทธศาสตร์ชาติ",
...                   ["๔.๑ ยุทธศาสตร์ชาติด้านความมั่นคง มีเป้าหมาย…"]),
...           section(SectionKind.STRATEGIES, "ยุทธศาสตร์ชาติด้านความมั่นคง"),
...           section(SectionKind.GOALS, "๒. เป้าหมาย", ["๒.๑ ประชาชนอยู่ดี กินดี"])]
>>> kept, titles = nest_chapters(drafts)
>>> [d.heading for d in kept], [s.heading for s in kept[0].items[0].sections]
(['๔. ประเด็นยุทธศาสตร์ชาติ'], ['๒. เป้าหมาย'])
>>> [t.heading for t in titles]
['ยุทธศาสตร์ชาติด้านความมั่นคง']
"""

from __future__ import annotations

from ..model import SectionKind
from .state import ItemDraft, SectionDraft

__all__ = ["nest_chapters"]

_TITLE_MIN = 8  # characters a chapter title shares with its strategy at least
_STATEMENT = frozenset({SectionKind.VISION, SectionKind.MISSION})


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _title(draft: SectionDraft) -> str:
    """What a section without items says, heading and text: a chapter's title may wrap
    (``ยุทธศาสตร์ชาติ`` / ``ด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์``)."""
    return _squeezed(draft.heading + "".join(text for _, text in draft.text))


def _strategy_titled(drafts: list[SectionDraft], title: str) -> ItemDraft | None:
    """The strategy item, among the lists before, whose text opens with ``title``."""
    if len(title) < _TITLE_MIN:
        return None
    for draft in drafts:
        if draft.kind is not SectionKind.STRATEGIES:
            continue
        for item in draft.items:
            if _squeezed(" ".join(item.pieces)).startswith(title):
                return item
    return None


def nest_chapters(drafts: list[SectionDraft]
                  ) -> tuple[list[SectionDraft], list[SectionDraft]]:
    """The top-level sections once each chapter titled by a strategy is nested in that
    strategy's item; and the chapters' titles, no sections (the caller keeps their
    lines as unparsed). A chapter ends at the next chapter, or at a vision or mission
    (a new statement)."""
    kept: list[SectionDraft] = []
    titles: list[SectionDraft] = []
    chapter: ItemDraft | None = None
    for draft in drafts:
        strategy = None if draft.items else _strategy_titled(kept, _title(draft))
        if strategy is not None:
            chapter = strategy
            titles.append(draft)
            continue
        if draft.kind in _STATEMENT:
            chapter = None
        if chapter is None:
            kept.append(draft)
        else:
            chapter.sections.append(draft)
    return kept, titles
