"""Units: which organisation's plan each section states.

A document may state the plans of several organisations (a budget volume: one agency
after another, each with ``1. วิสัยทัศน์`` and ``2. พันธกิจ``), and quote plans of other
bodies inside its own (a ministry's strategy citing the National Strategy, or its own
earlier plan). This stage groups the sections of a parsed document into
:class:`~thaiplan.model.Unit` s:

* a **quoted** unit for each section whose heading names another plan — a national
  strategy, a master plan, an organisation's plan, or a plan of another period than
  the document's own — with the sections nested under its numbered heading; its owner
  is the organisation the heading names, or the lead agency the text gives; and one for
  the sections whose headings name another organisation than the title's, its page's
  agency and its statement's owner (``วิสัยทัศน์ สพฐ.`` in an area office's plan);
* one **own** unit per statement of an organisation's plan: a statement opens with a
  vision or a mission; a second one opens a new unit when an organisation's name
  stands just before it on its page (the agency line of a budget volume's header).
  Its owner is that name, else the document's owner (:func:`document_owner`).

Sections before the first statement that quote nothing belong to no unit when the
document holds several statements (a budget volume's introduction); when it holds one,
they are part of it (a national plan's introduction and trends). A document without a
vision or mission states no plan: it has no units.

>>> from thaiplan.model import Section, SectionKind, Office
>>> lines = [TextAt(1, 1, "สำนักงานคณะกรรมการการแข่งขันทางการค้า"), TextAt(2, 1, "1. วิสัยทัศน์"),
...          TextAt(4, 1, "2. พันธกิจ"), TextAt(8, 2, "สภากาชาดไทย"), TextAt(9, 2, "1. วิสัยทัศน์")]
>>> sections = [Section(SectionKind.VISION, "1. วิสัยทัศน์", "เป็นองค์กร…", line=2, page=1),
...             Section(SectionKind.MISSION, "2. พันธกิจ", line=4, page=1),
...             Section(SectionKind.VISION, "1. วิสัยทัศน์", "สภากาชาดไทย เป็น…", line=9, page=2)]
>>> [(u.owner.name, len(u.sections), u.pages) for u in find_units(sections, lines, Office())]
[('สำนักงานคณะกรรมการการแข่งขันทางการค้า', 2, (1, 1)), ('สภากาชาดไทย', 1, (2, 2))]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..model import Office, Section, SectionKind, Unit
from ..normalize import thai_to_arabic_digits
from .owners import (
    abbreviations,
    author,
    expand,
    heading_org,
    lead_agency,
    local_first,
    office_of,
    org_line,
    plan_owner,
    same_org,
)

__all__ = ["TextAt", "document_owner", "find_units"]


class TextAt(NamedTuple):
    """A line of the document in reading order: its 1-based line number in the body
    text (``0`` for page furniture: a running header, an agency's header line), page
    and text."""

    line: int
    page: int | None
    text: str


_STATEMENT = (SectionKind.VISION, SectionKind.MISSION)
# A heading naming a plan that is not the document's own: a national plan, a master or
# reform plan, a government policy.
_OTHER_PLAN = re.compile(
    r"ยุทธศาสตร์ชาติ|แผนแม่บท|แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ|แผนปฏิรูป|แผนระดับที่|นโยบายรัฐบาล"
    r"|แผนพัฒนา(?:การศึกษา|จังหวัด|กลุ่มจังหวัด)|แผนการศึกษาแห่งชาติ|SDGs?|Sustainable Development")
_PERIOD = re.compile(r"([0-9๐-๙]{4})\s*[-–—]\s*(?:พ\.\s*ศ\.\s*)?([0-9๐-๙]{4})")
_NUMBERING = re.compile(r"^\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)*)\.?\s")
_THAI_END = re.compile("[\u0e01-\u0e4e]$")
_THAI_START = re.compile("[\u0e01-\u0e4e]")
_CHAPTER = re.compile(r"(?:บทที่|ส่วนที่)\s*[0-9๐-๙]{1,2}(?:\s|$)")
_LOOK_BACK = 12  # lines looked back from a statement's first heading for its owner
_FRONT_PAGES = 12  # pages searched for the document's owner (cover, foreword)
_TITLE_LINES = 30


def _joined(texts: Iterable[str]) -> str:
    """Lines of a paragraph as one text: a line wrapped between two Thai letters is
    joined without a space (Thai writes none between words)."""
    out = ""
    for text in texts:
        if out and not (_THAI_END.search(out) and _THAI_START.match(text)):
            out += " "
        out += text
    return out


def _period(text: str) -> tuple[int, int] | None:
    m = _PERIOD.search(text)
    if m is None:
        return None
    return int(thai_to_arabic_digits(m.group(1))), int(thai_to_arabic_digits(m.group(2)))


def _numbering(heading: str) -> tuple[int, ...] | None:
    """The numbering path a heading starts with: ``"๒.๒.๓.๔ ยุทธศาสตร์…"`` → ``(2, 2, 3, 4)``."""
    m = _NUMBERING.match(heading)
    if m is None:
        return None
    return tuple(int(p) for p in thai_to_arabic_digits(m.group(1)).split(".") if p)


def document_owner(lines: Sequence[TextAt], office: Office) -> Office:
    """Whose document it is: the organisation on its cover (a line that is only a name,
    on the first page with text), else the one a sentence says drew the plan up, else
    ``office`` (the first organisation the text names)."""
    first_page = next((t.page for t in lines if t.text.strip()), None)
    front = [t for t in lines if t.page is not None and first_page is not None
             and t.page < first_page + _FRONT_PAGES]
    cover = [name for t in front if t.page == first_page
             for name in [org_line(t.text)] if name is not None]
    known = abbreviations(t.text for t in lines[:4000])
    if cover:  # (the publisher, not the bodies above it the cover also names)
        return office_of(expand(local_first(cover) or cover[-1], known))
    drafted = author(" ".join(t.text for t in front))
    if drafted is not None:
        return office_of(expand(drafted, known))
    return office


def _title(lines: Sequence[TextAt], first_section: int) -> list[str]:
    """What the document says it is: the lines of its first page (its cover), or — a
    document without pages — the lines before its first section."""
    first_page = next((t.page for t in lines if t.text.strip()), None)
    if first_page is not None:
        return [t.text for t in lines[:_TITLE_LINES] if t.page == first_page]
    return [t.text for t in lines[:_TITLE_LINES] if t.line < first_section]


def _owner_before(lines: Sequence[TextAt], at: int, page: int | None) -> str | None:
    """An organisation's name standing just before line ``at`` on its page; of names on
    consecutive lines (an office, then the bodies above it), the most local."""
    names: list[str] = []
    for t in reversed(lines[max(0, at - _LOOK_BACK):at]):
        if page is not None and t.page != page:
            break
        name = org_line(t.text)
        if name is not None:
            names.insert(0, name)
        elif names:
            break
    return local_first(names)


def _quoted_owner(section: Section, text: str, own: Office, known: dict[str, str]) -> Office:
    """The owner of a quoted plan: the organisation its heading names, else the lead
    agency or author its text gives, else the known owner of a national plan it names,
    else the owner of the document (its own earlier plan)."""
    heading = re.sub(r"^\S*\s*(?:ยุทธศาสตร์|แผน\S*)\s*", "", section.heading)
    named = org_line(re.split(r"\s(?:ระยะ|พ\.ศ\.|\()", heading)[0]) if heading else None
    found = named or lead_agency(text) or author(text) or plan_owner(section.heading)
    return office_of(expand(found, known)) if found else own


class _Draft:
    """A unit while it is being built."""

    def __init__(self, owner: Office, quoted: bool = False,
                 scope: tuple[int, ...] | None = None, named: str | None = None) -> None:
        self.owner = owner
        self.quoted = quoted
        self.scope = scope  # a quoted unit's heading numbering: deeper headings join it
        self.named = named  # the organisation its headings name (``วิสัยทัศน์ สพฐ.``)
        self.sections: list[Section] = []

    def build(self) -> Unit:
        pages = [s.page for s in self.sections if s.page is not None]
        pages += [i.page for s in self.sections for i in s.walk() if i.page is not None]
        return Unit(self.owner, tuple(self.sections),
                    (min(pages), max(pages)) if pages else None, self.quoted)


def find_units(sections: Sequence[Section], lines: Sequence[TextAt],
               office: Office) -> tuple[Unit, ...]:
    """Group ``sections`` (in document order) into units.

    Args:
        sections: the document's top-level sections, with their ``line`` and ``page``.
        lines: the document's body lines (:class:`TextAt`), in order.
        office: the organisation the text names first (the fallback owner).

    Returns:
        The units, in the order of their first sections.
    """
    if not any(s.kind in _STATEMENT for s in sections):
        return ()
    own = document_owner(lines, office)
    title_lines = _title(lines, sections[0].line)
    title = " ".join(title_lines)
    own_period = _period(title)
    known = abbreviations(t.text for t in lines[:4000])
    # the organisation the title names: a heading naming another quotes its plan
    titled = local_first(name for text in title_lines for name in [org_line(text)] if name)
    index = {t.line: k for k, t in enumerate(lines) if t.line}
    drafts: list[_Draft] = []
    before: list[Section] = []  # own sections before the first statement
    current: _Draft | None = None
    quoted: _Draft | None = None
    for k, section in enumerate(sections):
        numbering = _numbering(section.heading)
        if quoted is not None and numbering is not None and not (
                quoted.scope is not None and len(numbering) > len(quoted.scope)
                and numbering[:len(quoted.scope)] == quoted.scope):
            quoted = None  # a numbered heading not under the quoted plan's ends it
        if _quotes(section.heading, own_period, title):
            end = sections[k + 1].line if k + 1 < len(sections) else section.line + 400
            text = _joined(t.text for t in lines if section.line <= t.line < end)
            quoted = _Draft(_quoted_owner(section, text, own, known), True, numbering)
            quoted.sections.append(section)
            drafts.append(quoted)
            continue
        other = _other_org(section, titled, known, current=current, lines=lines, index=index)
        if other is not None and (quoted is None or quoted.named is not None):
            quoted = next((d for d in drafts if d.named is not None
                           and same_org(other, d.named, known)), None)
            if quoted is None:
                quoted = _Draft(office_of(expand(other, known)), True, named=other)
                drafts.append(quoted)
            quoted.sections.append(section)
            continue
        if quoted is not None and quoted.named is not None:
            quoted = None  # a heading naming no other organisation: the document's own
        if quoted is not None:
            quoted.sections.append(section)
            continue
        if section.kind in _STATEMENT and (current is None or _repeats(current, section)):
            at = index.get(section.line, 0)
            named = _owner_before(lines, at, section.page)
            if current is None or named is not None:
                owner = office_of(expand(named, known)) if named else own
                current = _Draft(owner)
                drafts.append(current)
        if current is None:
            before.append(section)
        else:
            current.sections.append(section)
    own_units = [d for d in drafts if not d.quoted]
    if not own_units and before and any(d.named is not None for d in drafts):
        # the document's own sections beside the plan it quotes of the body above it
        # (an office's goals after its department's vision and mission)
        drafts.append(_Draft(office_of(expand(titled, known)) if titled else own))
        drafts[-1].sections = before
    elif len(own_units) == 1 and before:
        # The plan's own introduction — but not the chapters of the report before the
        # chapter that states the plan (its analysis, a SWOT).
        start = _chapter_start(lines, own_units[0].sections[0].line)
        own_units[0].sections[:0] = [s for s in before if s.line > start]
    drafts.sort(key=lambda d: d.sections[0].line if d.sections else 0)
    return tuple(d.build() for d in drafts if d.sections)


def _other_org(section: Section, titled: str | None, known: dict[str, str], *,
               current: _Draft | None, lines: Sequence[TextAt], index: dict[int, int]
               ) -> str | None:
    """The organisation ``section``'s heading names when it is not the one the
    document's title names (``titled``; none: nothing is quoted by name), nor the owner
    of the statement it is in (``current``), nor the name standing before it on its page
    (a budget volume's agency): the heading quotes its plan (``วิสัยทัศน์ สพฐ.`` in an
    area office's plan)."""
    named = heading_org(section.heading)
    if named is None or titled is None:
        return None
    here = (titled, current.owner.name if current is not None else None,
            _owner_before(lines, index.get(section.line, 0), section.page))
    return None if any(name and same_org(named, name, known) for name in here) else named


def _chapter_start(lines: Sequence[TextAt], line: int) -> int:
    """The body line of the chapter line (``บทที่ ๓``) that ``line`` is in, ``0`` when
    there is none before it."""
    start = 0
    for t in lines:
        if t.line >= line:
            break
        if t.line and _CHAPTER.match(t.text):
            start = t.line
    return start


def _repeats(draft: _Draft, section: Section) -> bool:
    """Whether ``section`` opens a new statement after ``draft``: the draft already has
    a section of its kind (a second vision), or has a mission and this is a vision."""
    kinds = {s.kind for s in draft.sections}
    return section.kind in kinds or (section.kind is SectionKind.VISION
                                     and SectionKind.MISSION in kinds)


def _quotes(heading: str, own_period: tuple[int, int] | None, title: str) -> bool:
    """Whether a heading names a plan other than the document's own (whose period and
    title the first page gives): a plan of another period, or a national or master plan
    that the title does not name."""
    period = _period(heading)
    if period is not None and own_period is not None:
        return period != own_period
    plan = _OTHER_PLAN.search(heading)
    return plan is not None and plan.group(0) not in title
