"""OCR of scanned PDF pages (thaiplan.read.ocr): Tesseract's lines as blocks.

The test that runs Tesseract needs it with its Thai data (Debian's ``tesseract-ocr``
and ``tesseract-ocr-tha``; CI installs them) and is skipped elsewhere.
"""

from __future__ import annotations

import difflib
import io
import sys
import time
from pathlib import Path

import pytest

from thaiplan.errors import LimitExceededError, MissingDependencyError
from thaiplan.read import ReadOptions
from thaiplan.read import ocr as ocr_module
from thaiplan.read.ocr import join_thai, ocr_available, ocr_page

PAGE = [
    ("วิสัยทัศน์", True),
    ("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเป็นองค์กรแห่งคุณภาพ", False),
    ("พันธกิจ", True),
    ("1. จัดการศึกษาให้ผู้เรียนมีคุณภาพตามมาตรฐานการศึกษาของชาติ", False),
    ("2. พัฒนาครูและบุคลากรทางการศึกษาให้มีสมรรถนะในศตวรรษที่ 21", False),
    ("3. ส่งเสริมการมีส่วนร่วมของภาคีเครือข่ายในการจัดการศึกษา", False),
    ("เป้าประสงค์", True),
    ("๑. ผู้เรียนมีคุณธรรม จริยธรรม และค่านิยมที่พึงประสงค์", False),
]


@pytest.mark.parametrize(
    ("tesseract", "text"),
    [
        ("ว ิ ส ั ย ท ั ศ น ์", "วิสัยทัศน์"),
        ("ส ํ า น ั ก ง า น เข ต", "สำนักงานเขต"),
        ("1. จ ั ด ก า ร ศึ ก ษา", "1. จัดการศึกษา"),
        ("ศตวรรษ ท ี ่ 21", "ศตวรรษที่ 21"),
        ("Service mind > ม ี จ ิ ต บ ร ิ ก า ร", "Service mind > มีจิตบริการ"),
        ("๑ ๒ ๓", "๑๒๓"),
    ],
)
def test_thai_text_is_put_back_together(tesseract: str, text: str) -> None:
    assert join_thai(tesseract) == text


def test_tesseract_table_to_blocks() -> None:
    data = {
        "text": ["", "พ น ธ ก จ", "", "1.", "จ ั ด", "", "ค ร ู"],
        "block_num": [1, 1, 1, 1, 1, 2, 2],
        "par_num": [0, 1, 1, 2, 2, 1, 1],
        "line_num": [0, 1, 1, 1, 1, 1, 1],
        "left": [0, 300, 0, 300, 400, 0, 300],
        "top": [0, 300, 0, 450, 440, 0, 600],
        "width": [0, 200, 0, 50, 100, 0, 90],
        "height": [0, 60, 0, 50, 60, 0, 50],
    }
    blocks = ocr_module._blocks(data, 4, 300 / 72)
    assert [(b.text, b.page, b.block, b.line) for b in blocks] == [
        ("พนธกจ", 4, 0, 0), ("1. จัด", 4, 1, 0), ("ครู", 4, 2, 0)]
    assert blocks[1].bbox == pytest.approx((72.0, 105.6, 120.0, 120.0))


def test_no_tesseract_means_no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    ocr_available.cache_clear()
    monkeypatch.setattr(ocr_module.shutil, "which", lambda name: None)
    try:
        assert ocr_available() is False
    finally:
        ocr_available.cache_clear()


def test_missing_pytesseract_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pytesseract", None)
    with pytest.raises(MissingDependencyError, match=r"thaiplan\[ocr\]"):
        ocr_page(object(), page_number=1, options=ReadOptions())


def _scanned_pdf() -> bytes:
    """An image-only PDF page (A4, 300 dpi) of ``PAGE`` set in Sarabun."""
    from PIL import Image, ImageDraw, ImageFont

    fonts = pytest.importorskip("fontpkg_sarabun")
    root = Path(fonts.ROOT) / "files"
    dpi = 300
    image = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    y = dpi
    for text, heading in PAGE:
        font = ImageFont.truetype(str(root / ("Sarabun-Bold.ttf" if heading else
                                              "Sarabun-Regular.ttf")), int(16 / 72 * dpi))
        draw.text((dpi, y), text, font=font, fill=0)
        y += int(0.45 * dpi)
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=dpi)
    return buffer.getvalue()


@pytest.mark.skipif(not ocr_available(), reason="Tesseract with Thai (tesseract-ocr-tha) "
                                                 "is not installed")
def test_ocr_reads_a_scanned_thai_page() -> None:
    import pypdfium2

    page = pypdfium2.PdfDocument(_scanned_pdf())[0]
    assert page.get_textpage().get_text_range() == ""  # no text layer: a scan
    blocks = ocr_page(page, page_number=3, options=ReadOptions(source="scan.pdf"))
    assert {b.page for b in blocks} == {3}
    got = "\n".join(b.text for b in blocks)
    want = "\n".join(text for text, _ in PAGE)
    # Tesseract drops the spaces between Thai phrases: compare without spaces.
    similarity = difflib.SequenceMatcher(None, want.replace(" ", ""),
                                         got.replace(" ", "")).ratio()
    assert similarity > 0.85, (similarity, got)  # 0.98 with Debian 12's Tesseract 5.3
    lines = [text.replace(" ", "") for text, _ in PAGE]
    assert sum(line in got.replace(" ", "") for line in lines) >= 4, got
    for block in blocks:
        assert block.bbox is not None
        x0, top, x1, bottom = block.bbox
        assert 0 <= x0 < x1 <= 596 and 0 <= top < bottom <= 842


@pytest.mark.skipif(not ocr_available(), reason="Tesseract with Thai is not installed")
def test_a_page_whose_text_layer_cannot_be_read_is_read_by_ocr() -> None:
    # tests/data/pdf/README.md: Ghostscript's re-distilled fonts name no letter
    from thaiplan.read import read_document

    data = (Path(__file__).parent / "data" / "pdf" / "ghostscript_garuda.pdf").read_bytes()
    document = read_document(data, format="pdf", options=ReadOptions(ocr=True))
    assert any("read by OCR instead" in w.message for w in document.warnings)
    for expected in ("วิสัยทัศน์", "พันธกิจ", "พัฒนาครูและบุคลากรทางการศึกษา"):
        assert expected in document.text.replace(" ", "")
    assert '!"#$' not in document.text


@pytest.mark.skipif(not ocr_available(), reason="Tesseract with Thai is not installed")
def test_ocr_stops_at_the_time_limit() -> None:
    import pypdfium2

    page = pypdfium2.PdfDocument(_scanned_pdf())[0]
    late = ReadOptions(source="scan.pdf", max_seconds=5, started=time.monotonic() - 10)
    with pytest.raises(LimitExceededError, match=r"scan\.pdf: reading took \d+ s at page 2"):
        ocr_page(page, page_number=2, options=late)


def test_ocr_flag_without_tesseract_warns_and_parses(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from thaiplan.cli import main

    monkeypatch.setattr(ocr_module, "ocr_available", lambda: False)
    page = tmp_path / "page.txt"
    page.write_text("พันธกิจ\n1. จัดการศึกษา\n", encoding="utf-8")
    assert main(["parse", str(page), "--ocr"]) == 0
    captured = capsys.readouterr()
    assert "--ocr: Tesseract with Thai (tesseract-ocr-tha) is not installed" in captured.err
    assert "mission" in captured.out
