"""Each office's part of the report: its file, units, sections, items and parse warnings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from ..model import Item, PlanDocument, Section, Unit
from .markup import _KIND_TH, _e

__all__ = ["office_labels"]


def office_labels(documents: Sequence[PlanDocument]) -> list[str]:
    """A distinct display name per document: the office label, else the file name.

    Repeated names get `` (2)``, `` (3)``… in order.

    >>> from thaiplan.model import Office
    >>> same = PlanDocument(office=Office(name="ก"))
    >>> office_labels([same, same])
    ['ก', 'ก (2)']
    """
    labels: list[str] = []
    seen: dict[str, int] = {}
    for doc in documents:
        if doc.office.name or doc.office.area is not None or not doc.source:
            label = doc.office.label
        else:
            label = Path(doc.source).name
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return labels


def _nested_summary(sections: Sequence[Section]) -> str:
    """``เป้าประสงค์ 2 ข้อ · ตัวชี้วัด 6 ข้อ``: what an item's own sections hold."""
    parts = []
    for section in sections:
        kind = section.kind.value
        count = f" {len(section.items)} ข้อ" if section.items else ""
        parts.append(f"{_KIND_TH.get(kind, kind)}{count}")
    return " · ".join(parts)


def _items(items: Sequence[Item], level: int = 4) -> str:
    out = ['<ol class="items">']
    for item in items:
        separator = f" {_e(item.separator)}" if item.separator else ""
        out.append(f'<li value="{item.position}"><span class="marker">{_e(item.marker)}'
                   f"{separator}</span> {_e(item.text)}")
        if item.sections:  # a strategy's own goals, indicators, tactics
            out.append(f'<details class="nested" open><summary>'
                       f"{_e(_nested_summary(item.sections))}</summary>")
            out += [_section(s, min(level + 1, 6)) for s in item.sections]
            out.append("</details>")
        if item.children:
            out.append(_items(item.children, level))
        out.append("</li>")
    out.append("</ol>")
    return "\n".join(out)


def _section(section: Section, level: int = 4) -> str:
    kind = section.kind.value
    out = [f'<h{level}><span class="kind" title="{_e(kind)}">'
           f"{_e(_KIND_TH.get(kind, kind))}</span>{_e(section.heading)}</h{level}>"]
    out += [f'<p class="lead-in">{_e(line)}</p>' for line in section.lead_in]
    if section.text:
        out.append(f"<p>{_e(section.text)}</p>")
    if section.items:
        out.append(_items(section.items, level))
    return "\n".join(out)


_OFFICE_KIND_TH = {
    "secondary_area_office": "สพม.", "primary_area_office": "สพป.", "school": "โรงเรียน",
    "ministry": "กระทรวง", "agency": "ส่วนราชการ/หน่วยงาน", "national": "ระดับชาติ",
    "local": "ท้องถิ่น", "other": "อื่น ๆ",
}


def _pages(pages: tuple[int, int] | None) -> str:
    if pages is None:
        return ""
    first, last = pages
    return (f"หน้า {first} · page {first}" if first == last
            else f"หน้า {first}–{last} · pages {first}–{last}")


def _unit(anchor: str, unit: Unit, label: str | None) -> str:
    """One unit of a document: its owner, kind, pages and quoted badge, its sections."""
    owner = unit.owner
    kind = owner.kind.value
    badges = [f'<span class="kind" title="{_e(kind)}">{_e(_OFFICE_KIND_TH.get(kind, kind))}'
              "</span>"]
    if owner.area is not None:
        badges.append(f'<span class="kind">เขต {owner.area} · area {owner.area}</span>')
    if unit.pages is not None:
        badges.append(f'<span class="pages">{_e(_pages(unit.pages))}</span>')
    if unit.quoted:
        badges.append('<span class="badge quoted" title="this block quotes another plan">'
                      "อ้างอิง · quoted</span>")
    if label is not None and label != owner.label:
        badges.append(f'<span class="en">ป้ายในตาราง · label: {_e(label)}</span>')
    out = [f'<details class="unit{" quoted" if unit.quoted else ""}" id="{anchor}" open>'
           f'<summary><span class="owner">{_e(owner.label)}</span> {" ".join(badges)}'
           "</summary>"]
    out += [_section(s) for s in unit.sections]
    if not unit.sections:
        out.append('<p class="lead">ไม่มีหมวด · no sections</p>')
    out.append("</details>")
    return "\n".join(out)


def _own_page(doc: PlanDocument) -> bool:
    """Whether the document's units say nothing more than its office and sections: one
    unit, its office's, with every section (a web page)."""
    return (len(doc.units) == 1 and not doc.units[0].quoted
            and doc.units[0].owner == doc.office and doc.units[0].sections == doc.sections)


def _office(index: int, label: str, doc: PlanDocument,
            unit_labels: Mapping[int, str] | None = None) -> str:
    counts = sum(1 for s in doc.sections for _ in s.walk())
    out = [f'<section class="office" id="office-{index}"><h3>{_e(label)}</h3><dl class="meta">']
    if doc.source:
        out.append(f"<dt>ไฟล์ · file</dt><dd><code>{_e(Path(doc.source).name)}</code></dd>")
    if doc.encoding:
        out.append(f"<dt>รหัสอักขระ · encoding</dt><dd><code>{_e(doc.encoding)}</code></dd>")
    grouped = bool(doc.units) and not _own_page(doc)
    if grouped:
        quoted = sum(1 for u in doc.units if u.quoted)
        note = f" ({quoted} อ้างอิง · {quoted} quoted)" if quoted else ""
        out.append(f"<dt>หน่วย · units</dt><dd>{len(doc.units)}{_e(note)}</dd>")
    out.append(f"<dt>หมวด · sections</dt><dd>{len(doc.sections)}</dd>"
               f"<dt>ข้อ · items</dt><dd>{counts}</dd>"
               f"<dt>คำเตือน · warnings</dt><dd>{len(doc.warnings)}</dd></dl>")
    if doc.warnings:
        out.append('<ul class="warnings">')
        for warning in doc.warnings:
            where = f"บรรทัด {warning.line} · line {warning.line}: " if warning.line else ""
            out.append(f"<li><code>{_e(warning.code.value)}</code> {_e(where)}"
                       f"{_e(warning.message)}</li>")
        out.append("</ul>")
    else:
        out.append('<p class="ok">ไม่มีคำเตือน · no parse warnings</p>')
    if grouped:
        labels = unit_labels or {}
        inside = {s for unit in doc.units for s in unit.sections}
        outside = [s for s in doc.sections if s not in inside]
        if outside:
            out.append('<details class="unit outside" open><summary><span class="owner">'
                       "นอกหน่วยงานใด ๆ · outside every unit</span></summary>")
            out += [_section(s) for s in outside]
            out.append("</details>")
        out += [_unit(f"office-{index}-unit-{k + 1}", unit, labels.get(k))
                for k, unit in enumerate(doc.units)]
    else:
        out += [_section(s) for s in doc.sections]
    if not doc.sections:
        out.append('<p class="lead">ไม่พบหมวด · no sections found</p>')
    out.append("</section>")
    return "\n".join(out)
