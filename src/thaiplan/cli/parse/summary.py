"""The readable summary ``thaiplan parse`` prints of each document: its office, its units,
its sections with their item counts and the strategy trees under them, its warnings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# A heading's numbering before its keyword, and its gloss or colon after it:
# ``"๒.๒ เป้าประสงค์ (Goals) :"`` → ``"เป้าประสงค์"``.
_HEADING_NUMBER = re.compile(r"^[\s\d๐-๙.)(:-]+")
_HEADING_TAIL = re.compile(r"\s*[:：]\s*$|\s*\(.*$")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def _what(section: Any) -> str:
    """A section's contents in a few words: its item count, or the start of its text."""
    if section.items:
        count = len(section.items)
        nested = sum(1 for _ in section.walk()) - count
        what = _plural(count, "item")
        if nested:
            what += f" (+{_plural(nested, 'sub-item')})"
        return what
    text = section.text
    return f"“{text[:60]}…”" if len(text) > 60 else (f"“{text}”" if text else "(empty)")


def _heading_label(heading: str) -> str:
    label = _HEADING_TAIL.sub("", _HEADING_NUMBER.sub("", heading)).strip()
    return label or heading.strip()


def _tree(section: Any, indent: str) -> list[str]:
    """The items of ``section`` that nest sections, one line each with those sections
    (``ยุทธศาสตร์ที่ 1 พัฒนาผู้เรียน › เป้าประสงค์ (2 items) › ตัวชี้วัด (6 items)``),
    each followed by the deeper levels, indented."""
    lines: list[str] = []
    for item in section.walk():
        if not item.sections:
            continue
        from ...report.labels import truncate

        head = " ".join(part for part in (item.marker.strip(), truncate(item.text, 30))
                        if part)
        parts = [head or f"{item.position}."]
        for nested in item.sections:
            count = (_plural(len(nested.items), "item") if nested.items
                     else "text" if nested.text else "empty")
            parts.append(f"{_heading_label(nested.heading)} ({count})")
        lines.append(indent + " › ".join(parts))
        for nested in item.sections:
            lines += _tree(nested, indent + "  ")
    return lines


def _section_lines(sections: Iterable[Any], width: int, indent: str) -> list[str]:
    lines = []
    for section in sections:
        lines.append(f"{indent}{section.kind.value:<{width}}  {section.heading}  —  "
                     f"{_what(section)}")
        lines += _tree(section, indent + " " * (width + 4))
    return lines


def _owner(unit: Any) -> str:
    """``name  (kind, area N; pages 3–4; quoted)``."""
    office = unit.owner
    detail = office.kind.value.replace("_", " ")
    if office.area is not None:
        detail += f", area {office.area}"
    if unit.pages is not None:
        first, last = unit.pages
        detail += f"; page {first}" if first == last else f"; pages {first}–{last}"
    if unit.quoted:
        detail += "; quoted"
    return f"{office.name or office.label}  ({detail})"


def _just_the_office(doc: Any) -> bool:
    """Whether the document's one unit is its office's, holding every section (a web
    page): the unit says nothing the office line does not."""
    (unit, *more) = doc.units
    return (not more and not unit.quoted and unit.owner == doc.office
            and unit.sections == doc.sections)


def _summary(doc: Any) -> str:
    """A few readable lines about one parsed document: its office, its sections (grouped
    by unit when it has units, the nested strategy tree under its section), warnings."""
    lines = [f"{doc.source}  ({doc.encoding or 'text'})"]
    office = doc.office
    if office.name or office.area is not None or office.kind.value != "other":
        detail = office.kind.value.replace("_", " ")
        if office.area is not None:
            detail += f", area {office.area}"
        lines.append(f"  office    {office.name or '-'}  ({detail})")
    if not doc.sections:
        lines.append("  no sections found")
    width = max((len(s.kind.value) for s in doc.sections), default=0)
    if doc.units and not _just_the_office(doc):
        inside = {s for unit in doc.units for s in unit.sections}
        outside = [s for s in doc.sections if s not in inside]
        if outside:  # a budget volume's introduction, before its agencies
            lines.append(f"  outside every unit ({_plural(len(outside), 'section')})")
            lines += _section_lines(outside, width, "    ")
        for number, unit in enumerate(doc.units, start=1):
            lines.append(f"  {f'unit {number}':<8}  {_owner(unit)}")
            lines += _section_lines(unit.sections, width, "    ")
    else:
        lines += _section_lines(doc.sections, width, "  ")
    if doc.warnings:
        lines.append(f"  {_plural(len(doc.warnings), 'warning')}:")
        lines.extend(f"    {w}" for w in doc.warnings)
    return "\n".join(lines)
