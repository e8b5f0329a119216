"""The warnings of one parse: what was odd, named by file, line and page, capped per code.

Every stage reports what it notices to one :class:`Warnings`. A page with 300,000 empty
items does not get 300,000 warnings: past :data:`MAX_PER_CODE` of one code, the rest are
counted and summed up in one closing warning.

>>> w = Warnings("พันธกิจ.txt")
>>> w.warn(WarningCode.EMPTY_ITEM, "item '๒.' has no text", line=4, page=2)
>>> [str(warning) for warning in w.in_order()]
["page 2: line 4: พันธกิจ.txt: item '๒.' has no text [empty_item]"]
"""

from __future__ import annotations

from ..model import ParseWarning, WarningCode

__all__ = ["MAX_PER_CODE", "Warnings"]

MAX_PER_CODE = 100
"""Warnings of one code listed per document; the rest are counted in a summary."""


class Warnings:
    """The warnings of one document, in the order they were found."""

    def __init__(self, source: str | None) -> None:
        self.source = source
        self._found: list[ParseWarning] = []
        self._seen: dict[WarningCode, int] = {}

    @property
    def name(self) -> str:
        """What messages start with: ``"file.txt: "``, or ``""`` for text."""
        return f"{self.source}: " if self.source else ""

    def warn(self, code: WarningCode, message: str, *, line: int | None = None,
             page: int | None = None) -> None:
        """Note a problem (listed unless ``code`` has been noted too often already)."""
        seen = self._seen[code] = self._seen.get(code, 0) + 1
        if seen <= MAX_PER_CODE:
            self._found.append(ParseWarning(code, f"{self.name}{message}", line, page))

    def add(self, warning: ParseWarning) -> None:
        """Keep a warning made elsewhere (by the reader), as it is and uncounted."""
        self._found.append(warning)

    def in_order(self) -> list[ParseWarning]:
        """Every warning, by line (whole-file ones first, then as found), followed by
        one summary for each code noted more often than listed."""
        listed = sorted(self._found, key=lambda w: w.line or 0)
        return listed + [
            ParseWarning(code, f"{self.name}{seen - MAX_PER_CODE} more {code.value} "
                               f"warnings not listed ({seen} in all)")
            for code, seen in self._seen.items() if seen > MAX_PER_CODE]
