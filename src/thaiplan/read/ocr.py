"""OCR of scanned PDF pages (no text layer) with Tesseract's Thai and English models.

Needs the extra ``thaiplan[ocr]`` (pytesseract, Pillow, pypdfium2) and the Tesseract
program with its Thai data (Debian: ``apt-get install tesseract-ocr tesseract-ocr-tha``).
The PDF reader calls :func:`ocr_page` for pages without text when
:attr:`ReadOptions.ocr <thaiplan.read.ReadOptions.ocr>` is set.

A page is rendered at 300 dpi and read with ``tha+eng``; each line Tesseract finds
becomes a :class:`~thaiplan.layout.Block`. Tesseract's Thai model returns Thai text
as one "word" per character cluster (``"ส ่ ง เส ร ิ ม"``), so spaces between two Thai
characters are removed (the spaces between Thai phrases go with them: Tesseract does
not tell them apart) and a decomposed sara am (``ํา``) is composed (``ำ``).
"""

from __future__ import annotations

import math
import re
import shutil
import time
from functools import cache
from typing import Any

from ..errors import LimitExceededError, MissingDependencyError, UndecodableFileError
from ..layout import Block
from .options import ReadOptions, name_of

__all__ = ["OCR_DPI", "OCR_LANGUAGES", "join_thai", "ocr_available", "ocr_page"]

OCR_DPI = 300
"""Resolution pages are rendered at for OCR (Tesseract reads 300 dpi best)."""
OCR_LANGUAGES = "tha+eng"
"""Tesseract's models used: Thai, and English for the Latin words of Thai plans."""

_THAI = "\u0e01-\u0e5b"
_THAI_SPACE = re.compile(f"(?<=[{_THAI}]) +(?=[{_THAI}])")


def join_thai(text: str) -> str:
    """Tesseract's Thai text put back together: no spaces between Thai characters,
    sara am composed.

    >>> join_thai("1. ส ่ ง เส ร ิ ม ก า ร ศึ ก ษา ส ํ า ห ร ั บ ทุ ก ค น")
    '1. ส่งเสริมการศึกษาสำหรับทุกคน'
    """
    return _THAI_SPACE.sub("", text).replace("\u0e4d\u0e32", "\u0e33")


@cache
def ocr_available() -> bool:
    """Whether OCR can run here: the ``ocr`` extra, and Tesseract with its Thai data.

    (Asks Tesseract once per process.)
    """
    if shutil.which("tesseract") is None:
        return False
    try:
        import pypdfium2  # noqa: F401
        import pytesseract
        from PIL import Image  # noqa: F401
    except ImportError:
        return False
    try:
        return "tha" in pytesseract.get_languages()
    except Exception:  # a broken installation: no OCR
        return False


def _pytesseract() -> Any:
    try:
        import pytesseract
    except ImportError:
        raise MissingDependencyError("pytesseract", "ocr", "OCR of scanned PDF pages") from None
    return pytesseract


def ocr_page(page: Any, *, page_number: int, options: ReadOptions) -> list[Block]:
    """The lines of a PDF page read by OCR, one block per line.

    Args:
        page: a ``pypdfium2.PdfPage``.
        page_number: its 1-based number (provenance and messages).
        options: the read's options: Tesseract is stopped when ``options.max_seconds``
            runs out.

    Returns:
        Blocks in Tesseract's reading order with ``page``, ``bbox`` (points from the
        page's top-left corner) and ``block`` (Tesseract's paragraph, numbered from 0
        on each page: the caller offsets it); ``line`` is 0 (the caller numbers body
        lines). Font size and weight are unknown.

    Raises:
        MissingDependencyError: the ``ocr`` extra is not installed.
        LimitExceededError: OCR would run past ``options.max_seconds``.
        UndecodableFileError: Tesseract failed on the page (not installed, no Thai
            data, a broken image).
    """
    pytesseract = _pytesseract()
    where = f"page {page_number}"
    options.check_time(where)
    scale = OCR_DPI / 72
    image = page.render(scale=scale, grayscale=True).to_pil()
    left = options.max_seconds - (time.monotonic() - options.started)
    try:
        data = pytesseract.image_to_data(image, lang=OCR_LANGUAGES,
                                         output_type=pytesseract.Output.DICT,
                                         timeout=max(1, math.ceil(left)))
    except RuntimeError as exc:
        if "timeout" not in str(exc).lower():
            raise
        raise LimitExceededError(
            f"{name_of(options.source)}: OCR of {where} did not finish within the limit "
            f"of {options.max_seconds:g} s (ReadOptions.max_seconds)") from None
    except (pytesseract.TesseractError, pytesseract.TesseractNotFoundError, OSError) as exc:
        raise UndecodableFileError(
            f"{name_of(options.source)}: {where}: OCR failed ({type(exc).__name__}: {exc})"
        ) from exc
    return _blocks(data, page_number, scale)


def _blocks(data: dict[str, list[Any]], page_number: int, scale: float) -> list[Block]:
    """Blocks of Tesseract's ``image_to_data`` table: its lines, in its order."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if str(word).strip():
            key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            lines.setdefault(key, []).append(i)
    paragraphs: dict[tuple[int, int], int] = {}
    blocks: list[Block] = []
    for (block, paragraph, _), words in lines.items():
        text = join_thai(" ".join(str(data["text"][i]).strip() for i in words))
        x0 = min(int(data["left"][i]) for i in words)
        top = min(int(data["top"][i]) for i in words)
        x1 = max(int(data["left"][i]) + int(data["width"][i]) for i in words)
        bottom = max(int(data["top"][i]) + int(data["height"][i]) for i in words)
        number = paragraphs.setdefault((block, paragraph), len(paragraphs))
        blocks.append(Block(text, page=page_number,
                            bbox=(x0 / scale, top / scale, x1 / scale, bottom / scale),
                            block=number))
    return blocks
