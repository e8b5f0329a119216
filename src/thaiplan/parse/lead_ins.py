"""Sections a vision's text introduces: its goal and the list that measures it.

National and ministry plans write, inside their vision, the clauses that open the
plan's next parts: ``โดยมีเป้าหมายการพัฒนาประเทศ คือ “ประเทศชาติมั่นคง…”`` opens a
paragraph and states the goal; ``… โดยการประเมินผลการพัฒนาตามยุทธศาสตร์ชาติประกอบด้วย``
closes one and introduces a numbered list (a vision has no items). Each clause is the
heading of a section of its own, of the kind its words name.

>>> from thaiplan.model import SectionKind
>>> from thaiplan.parse.blocks import Line
>>> vision = SectionDraft(SectionKind.VISION, "๓. วิสัยทัศน์", Line(1, "", ""))
>>> vision.text = [(Line(2, "", ""), "“ประเทศไทยมีความมั่นคง”"),
...                (Line(3, "", ""), "โดยมีเป้าหมายการพัฒนาประเทศ คือ “ประเทศชาติมั่นคง”")]
>>> for part in split_lead_ins(vision):
...     print(part.kind.value, part.heading, [text for _, text in part.text])
vision ๓. วิสัยทัศน์ ['“ประเทศไทยมีความมั่นคง”']
goals โดยมีเป้าหมายการพัฒนาประเทศ คือ ['“ประเทศชาติมั่นคง”']
"""

from __future__ import annotations

import re

from ..model import SectionKind
from .state import SectionDraft

__all__ = ["split_lead_ins"]

# ``โดยมีเป้าหมาย… คือ`` opening a line: the clause states a part of the plan.
_STATES = re.compile(r"(?P<clause>โดยมี(?:เป้าหมาย|เป้าประสงค์|พันธกิจ|ยุทธศาสตร์)\S*"
                     r"(?:\s\S+){0,3}?\s*คือ)\s*(?P<rest>\S.*)")
# ``… โดยการประเมินผล… ประกอบด้วย`` closing a line before a list.
_INTRODUCES = re.compile(r"(?P<clause>โดย\S*(?:\s\S+){0,3}?\s*(?:ประกอบด้วย|ดังนี้|ได้แก่))\s*$")
_KINDS = (
    (re.compile("ประเมินผล|ตัวชี้วัด|วัดผล|ตัวบ่งชี้"), SectionKind.INDICATORS),
    (re.compile("เป้าหมาย|เป้าประสงค์|วัตถุประสงค์"), SectionKind.GOALS),
    (re.compile("ยุทธศาสตร์|กลยุทธ์"), SectionKind.STRATEGIES),
    (re.compile("พันธกิจ"), SectionKind.MISSION),
)


def _kind(clause: str) -> SectionKind:
    return next((kind for words, kind in _KINDS if words.search(clause)), SectionKind.OTHER)


def split_lead_ins(draft: SectionDraft) -> list[SectionDraft]:
    """``draft`` and the sections its text introduces, in order (``[draft]`` for any
    section but a vision, or a vision without such clauses)."""
    if draft.kind is not SectionKind.VISION or not draft.text:
        return [draft]
    out = [draft]
    text, draft.text = draft.text, []
    for index, (line, words) in enumerate(text):
        states = _STATES.match(words) if index else None
        if states is not None:
            part = SectionDraft(_kind(states.group("clause")), states.group("clause"), line)
            part.text.append((line, states.group("rest")))
            out.append(part)
        else:
            out[-1].text.append((line, words))
    _split_list(out, draft)
    return out


def _split_list(out: list[SectionDraft], vision: SectionDraft) -> None:
    """The vision's items, after a line that introduces them, are a section of their own."""
    if not vision.items or not out[-1].text:
        return
    last = out[-1]
    line, words = last.text[-1]
    m = _INTRODUCES.search(words)
    if m is None:
        return
    part = SectionDraft(_kind(m.group("clause")), m.group("clause"), line)
    part.items, part.stack, part.labels = vision.items, vision.stack, vision.labels
    vision.items, vision.stack, vision.labels = [], [], []
    before = words[:m.start()].strip()
    if before:
        last.text[-1] = (line, before)
    else:
        last.text.pop()
    out.append(part)
