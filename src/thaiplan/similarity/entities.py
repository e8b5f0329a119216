"""What is compared: the entities of a set of documents (whole documents, or their units),
their labels, and the items each one brings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from ..model import Item, Office, PlanDocument, Section, SectionKind
from .texts import TextLike, _text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["BY", "By", "Entity", "entities"]

By = Literal["auto", "unit", "document"]
BY: tuple[str, ...] = get_args(By)
"""What :func:`compare` compares: ``"unit"`` (each unit of a document with units, a
document without units as a whole), ``"document"`` (each document as a whole) or
``"auto"`` (units when any document has them)."""

ENTITY_COLUMNS = ["office", "document", "unit", "source", "owner", "owner_kind", "quoted",
                  "first_page", "last_page", "items"]
_SEP = " › "


@dataclass(frozen=True, slots=True)
class _Entry:
    """One compared item: its position in its list, its text, its path in the plan."""

    position: int
    text: str
    path: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """One compared entity: a unit of a document, or a whole document.

    Attributes:
        label: its name in :attr:`Comparison.offices` (unique among the entities).
        document: 0-based index of its document in the input.
        unit: 0-based index of its unit in ``doc.units``; ``None`` for a whole document.
        owner: whose plan it is (the unit's owner, else the document's office).
        sections: the top-level sections it holds.
        source: its document's source.
        pages: ``(first, last)`` pages of a unit, else ``None``.
        quoted: a unit quoting another body's plan.
    """

    label: str
    document: int
    unit: int | None
    owner: Office
    sections: tuple[Section, ...] = ()
    source: str | None = None
    pages: tuple[int, int] | None = None
    quoted: bool = False


def _marker_node(item: Item) -> str:
    """How an item that nests sections is named in a path: its marker when it is a phrase
    (``ยุทธศาสตร์ที่ 1``), else its number or position."""
    marker = item.marker.strip()
    if any("\u0e01" <= ch <= "\u0e2e" for ch in marker):
        return marker
    return marker.strip(".)(").strip() or str(item.position)


def _section_entries(sections: Sequence[Section], kind: SectionKind, nested: bool,
                     prefix: str = "") -> Iterator[tuple[Section, str]]:
    """The sections of ``kind`` among ``sections`` (and, when ``nested``, among the
    sections nested in their items, depth-first), each with its path prefix."""
    for section in sections:
        if section.kind is kind:
            yield section, prefix
        if nested:
            for item in section.walk():
                if item.sections:
                    yield from _section_entries(item.sections, kind, nested,
                                                prefix + _marker_node(item) + _SEP)


def _entries_of_sections(sections: Sequence[Section], kind: SectionKind, *,
                       nested: bool = False) -> list[_Entry]:
    found = list(_section_entries(sections, kind, nested))
    items = [_Entry(item.position, item.text, f"{prefix}{item.position}")
             for section, prefix in found for item in section.items if item.text.strip()]
    if items or any(section.items for section, _ in found):
        return items
    # a section written as free text (a vision, a motto) is one unit
    texts = [(prefix, s.text) for s, prefix in found if s.text.strip()]
    return [_Entry(n, t, f"{prefix}{n}") for n, (prefix, t) in enumerate(texts, start=1)]


def _entries_of_list(objs: Iterable[TextLike]) -> list[_Entry]:
    units = []
    for n, obj in enumerate(objs, start=1):
        if isinstance(obj, Item):
            units.append(_Entry(obj.position, obj.text, str(obj.position)))
        else:
            units.append(_Entry(n, _text(obj), str(n)))
    return units


def _doc_label(doc: PlanDocument, n: int) -> str:
    if doc.office.name or doc.office.area is not None:
        return doc.office.label
    if doc.source:
        return Path(doc.source).stem
    return f"document {n}"


def _unique(labels: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        count = seen.get(label, 0) + 1
        seen[label] = count
        out.append(label if count == 1 else f"{label} ({count})")
    return out


def _stem(entity: Entity) -> str:
    """The file name of an entity's document without its suffix (``document N`` without)."""
    return Path(entity.source).stem if entity.source else f"document {entity.document + 1}"


def _resolve_by(by: str, docs: Sequence[PlanDocument]) -> Literal["unit", "document"]:
    if by not in BY:
        from ..errors import UnknownChoiceError

        raise UnknownChoiceError("compare by", by, BY)
    if by == "unit" or (by == "auto" and any(doc.units for doc in docs)):
        return "unit"
    return "document"


def entities(docs: Iterable[PlanDocument], *, by: By = "auto", include_quoted: bool = False,
             document_labels: Sequence[str] | None = None) -> list[Entity]:
    """What :func:`compare` compares in ``docs``, in input order, with unique labels.

    With ``by="unit"`` each document with units gives one entity per unit (quoted
    units only with ``include_quoted``; sections outside every unit — a budget
    volume's introduction — are left out), labelled by its owner's name (quoted ones
    with `` [quoted]``); a document without units is one entity, labelled as with
    ``by="document"``: the office name found by the parser, else the file name (stem),
    else ``document N``. A label shared by units of several files gets the file's stem
    (``สภากาชาดไทย (budget_2567_vol3)``); what is still repeated gets `` (2)``...

    Args:
        docs: parsed documents.
        by: a key of :data:`BY`; ``"auto"`` is ``"unit"`` when any document has units.
        include_quoted: also compare quoted units (a ministry's plan quoting the
            National Strategy).
        document_labels: labels of the documents (one per document), used for whole
            documents and for units whose owner has no name; default as above.

    Returns:
        :class:`Entity` records.

    Raises:
        UnknownChoiceError: an unknown ``by``.
        ValueError: ``document_labels`` of the wrong length.

    >>> from thaiplan.model import Office, Unit
    >>> vision = Section(SectionKind.VISION, "วิสัยทัศน์", "เป็นองค์กรชั้นนำ")
    >>> volume = PlanDocument(sections=(vision, vision), source="vol3.pdf", units=(
    ...     Unit(Office(name="กรมบัญชีกลาง"), (vision,)),
    ...     Unit(Office(name="สภากาชาดไทย"), (vision,))))
    >>> [e.label for e in entities([volume, PlanDocument(source="a.txt")])]
    ['กรมบัญชีกลาง', 'สภากาชาดไทย', 'a']
    """
    doc_list = list(docs)
    if document_labels is not None and len(document_labels) != len(doc_list):
        raise ValueError(f"{len(document_labels)} document labels for {len(doc_list)} "
                         "documents")
    how = _resolve_by(by, doc_list)
    found: list[Entity] = []
    for n, doc in enumerate(doc_list):
        doc_label = (document_labels[n] if document_labels is not None
                     else _doc_label(doc, n + 1))
        if how == "document" or not doc.units:
            found.append(Entity(doc_label, n, None, doc.office, doc.sections, doc.source))
            continue
        for k, unit in enumerate(doc.units):
            if unit.quoted and not include_quoted:
                continue
            owner = unit.owner
            label = owner.label if owner.name or owner.area is not None else doc_label
            found.append(Entity(f"{label} [quoted]" if unit.quoted else label, n, k, owner,
                                unit.sections, doc.source, unit.pages, unit.quoted))
    # one owner in several files, one of them a unit: the file's stem tells them apart
    stems: dict[str, set[str]] = {}
    for entity in found:
        stems.setdefault(entity.label, set()).add(_stem(entity))
    shared = {e.label for e in found if e.unit is not None and len(stems[e.label]) > 1}
    labels = [f"{e.label} ({_stem(e)})" if e.label in shared and _stem(e) != e.label
              else e.label for e in found]
    return [Entity(label, e.document, e.unit, e.owner, e.sections, e.source, e.pages,
                   e.quoted) for label, e in zip(_unique(labels), found, strict=True)]


def _entity_frame(labels: Sequence[str], found: Sequence[Entity],
                  units: Sequence[Sequence[_Entry]]) -> pd.DataFrame:
    """The :attr:`Comparison.entities` table."""
    import pandas as pd

    rows = [{"office": label, "document": e.document, "unit": e.unit, "source": e.source,
             "owner": e.owner.label, "owner_kind": e.owner.kind.value, "quoted": e.quoted,
             "first_page": e.pages[0] if e.pages else None,
             "last_page": e.pages[1] if e.pages else None, "items": len(us)}
            for label, e, us in zip(labels, found, units, strict=True)]
    frame = pd.DataFrame(rows, columns=ENTITY_COLUMNS)
    for column in ("unit", "first_page", "last_page"):
        frame[column] = frame[column].astype("Int64")
    return frame
