"""Records that a parse produces: frozen, slotted dataclasses with provenance.

Every record keeps what was written (``marker``, ``raw``, ``line``) beside the
normalised values (``number``, ``text``) and round-trips through plain dicts/JSON:

>>> item = Item(marker="๑", number=1, position=1, text="จัดการศึกษาให้ทั่วถึง",
...             raw="๑จัดการศึกษาให้ทั่วถึง", line=7)
>>> Item.from_dict(item.to_dict()) == item
True
>>> item.to_dict()["marker"]
'๑'
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "Item",
    "Office",
    "OfficeKind",
    "ParseWarning",
    "PlanDocument",
    "Section",
    "SectionKind",
    "TextLine",
    "Unit",
    "WarningCode",
]


class SectionKind(StrEnum):
    """Canonical kind of a section, whatever its heading says."""

    VISION = "vision"
    MISSION = "mission"
    GOALS = "goals"
    STRATEGIES = "strategies"
    VALUES = "values"
    CULTURE = "culture"
    IDENTITY = "identity"
    INDICATORS = "indicators"
    PHILOSOPHY = "philosophy"
    MOTTO = "motto"
    BACKGROUND = "background"
    OTHER = "other"


class OfficeKind(StrEnum):
    """What kind of organisation published the page."""

    SECONDARY_AREA_OFFICE = "secondary_area_office"  # สพม.
    PRIMARY_AREA_OFFICE = "primary_area_office"  # สพป.
    SCHOOL = "school"
    MINISTRY = "ministry"  # กระทรวง
    AGENCY = "agency"  # a department, office or public organisation (กรม, สำนักงาน…, องค์การมหาชน)
    NATIONAL = "national"  # a national body: a committee, the National Strategy's board
    LOCAL = "local"  # a municipality or local administration (เทศบาล, อบต., อบจ.)
    OTHER = "other"


class WarningCode(StrEnum):
    """Codes of :class:`ParseWarning`; stable, for filtering and counting."""

    EMPTY_FILE = "empty_file"
    NO_TEXT = "no_text"
    NO_SECTIONS = "no_sections"
    UNDECODABLE_BYTES = "undecodable_bytes"
    NUMERAL_MISSING = "numeral_missing"
    NUMBER_GAP = "number_gap"
    DUPLICATE_NUMBER = "duplicate_number"
    OUT_OF_ORDER = "out_of_order"
    EMPTY_ITEM = "empty_item"
    EMPTY_SECTION = "empty_section"
    ITEMS_SPLIT = "items_split"
    TEXT_OUTSIDE_SECTION = "text_outside_section"
    DAMAGED_TEXT = "damaged_text"
    GLYPHS_REPAIRED = "glyphs_repaired"  # PDF text rebuilt from glyphs (marks, fonts)
    NO_TEXT_LAYER = "no_text_layer"  # a PDF page without text (scanned)
    OCR_TEXT = "ocr_text"  # a page's text comes from OCR


def _items_from(data: Any) -> tuple[Item, ...]:
    return tuple(Item.from_dict(d) for d in data or ())


@dataclass(frozen=True, slots=True)
class Item:
    """One numbered (or bulleted) entry of a section.

    Attributes:
        marker: the marker as written, without the separator after it
            (``"๑."``, ``"1)"``, ``"ข้อ ๑"``, ``"ยุทธศาสตร์ที่ 1"``, ``"-"``, ``"S"``;
            ``"."`` or ``""`` when the numeral is missing).
        number: the last number in the marker, Thai digits read (``"๒.๔"`` → 4);
            ``None`` for bullets, letters and a missing numeral. Never inferred.
        position: 1-based place in its list (always set).
        text: the item text, whitespace-normalised, continuation lines joined.
        raw: the source lines of the item as written (joined with ``"\\n"``).
        line: 1-based line number of the marker.
        separator: what stood between marker and text (``":"``, ``"-"``...), or ``""``.
        children: nested items (``1.1`` under ``1.``).
        depth: 1 for top-level items, 2 for their children, ...
        page: 1-based page of the marker (PDF), else ``None``.
        sections: the item's own sections, for an item that nests a plan of its own
            (a strategy with its goals, indicators and tactics).
    """

    marker: str
    number: int | None
    position: int
    text: str
    raw: str = ""
    line: int = 0
    separator: str = ""
    children: tuple[Item, ...] = ()
    depth: int = 1
    page: int | None = None
    sections: tuple[Section, ...] = ()

    def walk(self) -> Iterator[Item]:
        """This item, then all its descendants depth-first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_dict(self) -> dict[str, Any]:
        return {
            "marker": self.marker,
            "number": self.number,
            "position": self.position,
            "text": self.text,
            "raw": self.raw,
            "line": self.line,
            "separator": self.separator,
            "depth": self.depth,
            "page": self.page,
            "children": [c.to_dict() for c in self.children],
            "sections": [s.to_dict() for s in self.sections],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Item:
        return cls(
            marker=data["marker"],
            number=data.get("number"),
            position=data["position"],
            text=data["text"],
            raw=data.get("raw", ""),
            line=data.get("line", 0),
            separator=data.get("separator", ""),
            children=_items_from(data.get("children")),
            depth=data.get("depth", 1),
            page=data.get("page"),
            sections=tuple(Section.from_dict(s) for s in data.get("sections", ())),
        )


@dataclass(frozen=True, slots=True)
class Section:
    """A headed part of a page: vision, missions, goals...

    Attributes:
        kind: canonical kind (:class:`SectionKind`).
        heading: the heading as written (numbering, brackets, ``:`` included);
            a heading split over two lines is joined with one space.
        text: free text of a section without items (vision, motto...); ``""``
            when the section has items.
        items: the numbered/bulleted entries, in order.
        lead_in: sentences between the heading and the first item
            (``"พันธกิจของสำนักงาน มีดังนี้"``) and labels of groups inside the list
            (``"ด้านครู"`` before a list that restarts at 1), kept apart from ``text``.
        line: 1-based line number of the heading.
        page: 1-based page of the heading (PDF), else ``None``.
    """

    kind: SectionKind
    heading: str
    text: str = ""
    items: tuple[Item, ...] = ()
    lead_in: tuple[str, ...] = ()
    line: int = 0
    page: int | None = None

    def walk(self) -> Iterator[Item]:
        """All items of the section, children included, depth-first."""
        for item in self.items:
            yield from item.walk()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "heading": self.heading,
            "text": self.text,
            "items": [i.to_dict() for i in self.items],
            "lead_in": list(self.lead_in),
            "line": self.line,
            "page": self.page,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Section:
        return cls(
            kind=SectionKind(data["kind"]),
            heading=data["heading"],
            text=data.get("text", ""),
            items=_items_from(data.get("items")),
            lead_in=tuple(data.get("lead_in", ())),
            line=data.get("line", 0),
            page=data.get("page"),
        )


@dataclass(frozen=True, slots=True)
class Office:
    """Who published the page, when the text says so.

    Attributes:
        kind: :class:`OfficeKind`.
        area: the เขต number of an area office (``เขต ๒๑`` → 21), else ``None``.
        name: the organisation's name as found in the text, else ``None``.
    """

    kind: OfficeKind = OfficeKind.OTHER
    area: int | None = None
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "area": self.area, "name": self.name}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Office:
        return cls(kind=OfficeKind(data.get("kind", "other")), area=data.get("area"),
                   name=data.get("name"))

    @property
    def label(self) -> str:
        """A short display name: the name, else kind and area."""
        if self.name:
            return self.name
        if self.area is not None:
            return f"{self.kind.value} {self.area}"
        return self.kind.value


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something odd the parser noticed and worked around.

    Attributes:
        code: a :class:`WarningCode`.
        message: human-readable, names the file when known.
        line: 1-based line, or ``None`` for whole-file problems.
        page: 1-based page (PDF), or ``None``.
    """

    code: WarningCode
    message: str
    line: int | None = None
    page: int | None = None

    def __str__(self) -> str:
        where = f"page {self.page}: " if self.page is not None else ""
        where += f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.message} [{self.code.value}]"

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code.value, "message": self.message, "line": self.line,
                "page": self.page}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParseWarning:
        return cls(code=WarningCode(data["code"]), message=data["message"],
                   line=data.get("line"), page=data.get("page"))


@dataclass(frozen=True, slots=True)
class TextLine:
    """A line of input that belongs to no section (title, counter, rule...)."""

    line: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextLine:
        return cls(line=data["line"], text=data["text"])


@dataclass(frozen=True, slots=True)
class Unit:
    """One organisation's plan statement inside a document, or a block quoting one.

    A budget volume states the vision and mission of each of its agencies: one unit
    each. A ministry's plan states its own (one unit) and may quote the National
    Strategy or another body's plan (units with ``quoted=True``).

    Attributes:
        owner: whose plan it is (:class:`Office`: name, kind, area).
        sections: the unit's sections, in document order.
        pages: ``(first, last)`` 1-based pages the unit spans (PDF), else ``None``.
        quoted: the block quotes another plan (of another body, or an earlier plan of
            the same body) rather than stating the document's own.
    """

    owner: Office
    sections: tuple[Section, ...] = ()
    pages: tuple[int, int] | None = None
    quoted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner.to_dict(),
            "sections": [s.to_dict() for s in self.sections],
            "pages": list(self.pages) if self.pages is not None else None,
            "quoted": self.quoted,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Unit:
        pages = data.get("pages")
        return cls(
            owner=Office.from_dict(data.get("owner") or {}),
            sections=tuple(Section.from_dict(s) for s in data.get("sections", ())),
            pages=(int(pages[0]), int(pages[1])) if pages else None,
            quoted=bool(data.get("quoted", False)),
        )


@dataclass(frozen=True, slots=True)
class PlanDocument:
    """A parsed page.

    Every non-whitespace character of the (normalised) input is in exactly one
    place: ``preamble`` (titles before the first section), a section's
    ``heading``/``text``/``lead_in``, an item's ``marker``/``separator``/``text``,
    or ``unparsed`` (junk after the first section: counters, rules, addresses).

    Attributes:
        sections: in document order.
        office: who published it (:class:`Office`).
        warnings: what was odd (:class:`ParseWarning`).
        source: file path or name, ``None`` for in-memory text.
        encoding: the encoding the bytes were decoded with, when read from bytes.
        preamble: lines before the first section (page titles, breadcrumbs).
        unparsed: junk lines after the first section.
        sha256: hash of the input bytes (or text), for de-duplication and resuming.
        units: the organisations' plans the document states (:class:`Unit`), grouping
            ``sections``; empty when the document states none (a budget volume of
            tables only) or when it is one page of one organisation (then ``office``
            and ``sections`` say it all).
    """

    sections: tuple[Section, ...] = ()
    office: Office = field(default_factory=Office)
    warnings: tuple[ParseWarning, ...] = ()
    source: str | None = None
    encoding: str | None = None
    preamble: tuple[TextLine, ...] = ()
    unparsed: tuple[TextLine, ...] = ()
    sha256: str | None = None
    units: tuple[Unit, ...] = ()

    @property
    def title(self) -> str | None:
        """The first preamble line, usually the page or organisation title."""
        return self.preamble[0].text if self.preamble else None

    def section(self, kind: str | SectionKind) -> Section | None:
        """The first section of ``kind`` (``"goals"``...), or ``None``."""
        want = SectionKind(kind)
        return next((s for s in self.sections if s.kind is want), None)

    def items(self, kind: str | SectionKind) -> list[Item]:
        """All top-level items of every section of ``kind``, in order."""
        want = SectionKind(kind)
        return [i for s in self.sections if s.kind is want for i in s.items]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "encoding": self.encoding,
            "sha256": self.sha256,
            "office": self.office.to_dict(),
            "sections": [s.to_dict() for s in self.sections],
            "preamble": [t.to_dict() for t in self.preamble],
            "unparsed": [t.to_dict() for t in self.unparsed],
            "warnings": [w.to_dict() for w in self.warnings],
            "units": [u.to_dict() for u in self.units],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanDocument:
        return cls(
            sections=tuple(Section.from_dict(s) for s in data.get("sections", ())),
            office=Office.from_dict(data.get("office") or {}),
            warnings=tuple(ParseWarning.from_dict(w) for w in data.get("warnings", ())),
            source=data.get("source"),
            encoding=data.get("encoding"),
            preamble=tuple(TextLine.from_dict(t) for t in data.get("preamble", ())),
            unparsed=tuple(TextLine.from_dict(t) for t in data.get("unparsed", ())),
            sha256=data.get("sha256"),
            units=tuple(Unit.from_dict(u) for u in data.get("units", ())),
        )

    def to_json(self, *, indent: int | None = None) -> str:
        """JSON text (Thai kept as is, not ``\\u`` escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> PlanDocument:
        return cls.from_dict(json.loads(text))
