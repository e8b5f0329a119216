"""Repair of the damage PDF text extraction does to Thai.

Only repairs that cannot change a correctly written word are applied.

>>> repair_pdf_text("ส ำนักงาน")
'สำนักงาน'
"""

from __future__ import annotations

import re

__all__ = ["repair_pdf_text"]

# A follow vowel (ำ) or a combining mark never starts a word, so a space before
# one right after a Thai letter or mark is extraction damage, never spelling.
_SPACE_BEFORE_MARK = re.compile("(?<=[\u0e01-\u0e4e]) +(?=[\u0e33\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")


def repair_pdf_text(text: str) -> str:
    """Undo PDF-extraction damage in Thai text where the repair is unambiguous.

    Args:
        text: text, possibly extracted from a PDF.

    Returns:
        The text with spaces removed before ``ำ`` and combining marks
        (``ส ำนัก`` → ``สำนัก``). Correct text is returned unchanged.
    """
    return _SPACE_BEFORE_MARK.sub("", text)
