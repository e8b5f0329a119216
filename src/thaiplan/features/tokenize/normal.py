"""Text normalised for matching: what every token, term and phrase is compared in."""

from __future__ import annotations

import re

from ...normalize import (
    compose_sara_am,
    fix_thai_marks,
    remove_invisible,
    repair_pdf_text,
    thai_to_arabic_digits,
)

__all__ = ["normalize_for_tokens"]

# Where normalize.fix_thai_marks could change something (it is slow: check first).
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_DOUBLABLE = f"{_MARKS}\u0e30\u0e32\u0e33\u0e40-\u0e45"
_SUSPECT = re.compile(f"([{_DOUBLABLE}]) ?\\1|[\u0e48-\u0e4c][{_MARKS}]"
                      f"|[\u0e30\u0e32\u0e33\u0e45][\u0e48-\u0e4b]|\u0e4d"
                      f"|(?:^| )[{_MARKS}\u0e32\u0e33]")  # (า, ำ: PDF damage, repair.py)


def normalize_for_tokens(text: str) -> str:
    """Normalise text for matching: one space per whitespace run, Arabic digits, lower case.

    The same steps as :func:`thaiplan.normalize.normalize` with ``digits="arabic"``
    (invisible characters, NBSP, decomposed sara am, doubled marks, PDF damage),
    in one fast pass where possible; lines are joined with one space and Latin
    letters lower-cased.

    >>> normalize_for_tokens(" ร้อยละ\\u00a0๘๐ \\u200bของ  O-NET\\n")
    'ร้อยละ 80 ของ o-net'
    """
    # str.split() splits on NBSP and every other Unicode space or line break.
    text = " ".join(thai_to_arabic_digits(remove_invisible(text)).split()).lower()
    if not text or not _SUSPECT.search(text):
        return text
    # rare: decomposed sara am, PDF spaces before marks, doubled or misordered marks;
    # each repair can expose another, so repeat to a fixed point
    for _ in range(4):
        fixed = " ".join(fix_thai_marks(repair_pdf_text(compose_sara_am(text))).split())
        if fixed == text:
            break
        text = fixed
    return text
