"""The HTML report in a real browser: headless Chromium renders, screenshots and prints it.

Needs Debian's ``chromium`` package (``apt-get install -y chromium``); skipped with
the reason when no Chromium is on PATH. Chromium runs offline with a fresh profile
(``--user-data-dir`` in a temporary folder) and no background networking.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import unicodedata
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import _units
import thaiplan
from conftest import DATA_RAW
from thaiplan.report import office_labels, render_html
from thaiplan.similarity import compare

CHROMIUM = next((p for p in (os.environ.get("THAIPLAN_CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser"), shutil.which("google-chrome"))
                 if p), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install -y chromium; "
           "or set THAIPLAN_CHROMIUM to a Chrome/Chromium binary)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
         "--no-default-browser-check", "--disable-dev-shm-usage"]

# A test-only page that shows the report in a phone-sized frame (390 × 844 CSS px, an
# iPhone 12-15) and records its layout; the report itself has no script. Headless
# windows are at least 500 px wide, hence the frame.
PROBE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<iframe id="phone" src="report.html" style="width:390px;height:844px;border:0"></iframe>
<script>
document.getElementById("phone").addEventListener("load", async () => {
  const w = document.getElementById("phone").contentWindow, d = w.document, b = document.body;
  await d.fonts.ready;
  b.dataset.scrollWidth = d.documentElement.scrollWidth;
  b.dataset.viewport = w.innerWidth;
  b.dataset.fontOk = d.fonts.check("16px 'Sarabun Embedded'", "ที่น้ำผู้เรียน");
  const cell = d.querySelector("#heatmap-table td.cell");
  b.dataset.cellBg = cell ? w.getComputedStyle(cell).backgroundColor : "";
  const box = d.querySelector("table.pairs").parentElement;
  b.dataset.pairsScroll = box.scrollWidth > box.clientWidth;
  b.dataset.done = "yes";
});
</script></body></html>"""


def _run(args: Sequence[str], profile: Path, *,
         timeout: int = 90) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    env = {**os.environ, "HOME": str(profile.parent)}  # Chromium writes dot-folders in HOME
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=timeout, env=env, check=False)


class _Dom(HTMLParser):
    """Collects what the test checks from Chromium's dumped DOM."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cells: list[dict[str, str]] = []
        self.office_headings: list[str] = []
        self.body: dict[str, str] = {}
        self.text: list[str] = []
        self._cell: dict[str, str] | None = None
        self._heading = False
        self._section: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "body":
            self.body = a
        if tag == "section":
            self._section.append(a.get("class", ""))
        if tag == "td" and "cell" in a.get("class", "").split():
            self._cell = {**a, "text": ""}
        if tag == "h3" and self._section and self._section[-1] == "office":
            self._heading = True
            self.office_headings.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.cells.append(self._cell)
            self._cell = None
        if tag == "h3":
            self._heading = False
        if tag == "section" and self._section:
            self._section.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._cell is not None:
            self._cell["text"] += data
        if self._heading:
            self.office_headings[-1] += data


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    docs = [thaiplan.parse_file(p) for p in sorted(DATA_RAW.glob("*.txt"))]
    labels = office_labels(docs)
    comparison = compare(docs, labels=labels)
    folder = tmp_path_factory.mktemp("browser")
    path = folder / "report.html"
    path.write_text(render_html(docs, comparison), encoding="utf-8")
    return {"path": path, "docs": docs, "labels": labels, "comparison": comparison,
            "folder": folder}


def test_dumped_dom_has_offices_and_heatmap_scores(report: dict[str, Any]) -> None:
    result = _run(["--dump-dom", report["path"].as_uri()], report["folder"] / "profile-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = _Dom()
    dom.feed(result.stdout)
    text = "".join(dom.text)
    # office names, as the reader sees them
    assert dom.office_headings == report["labels"]
    for doc in report["docs"]:
        assert doc.office.label in text
    # the heatmap: one cell per office pair, each with its score shown and in data-score
    table = report["comparison"].office_similarity
    assert len(dom.cells) == len(table) ** 2
    for cell in dom.cells:
        want = float(table.loc[cell["data-row"], cell["data-col"]])
        assert float(cell["data-score"]) == pytest.approx(want, abs=1e-4)
        assert cell["text"].strip() == f"{want:.2f}"
        assert re.fullmatch(r"background:\s*#[0-9a-f]{6};\s*color:\s*#[0-9a-f]{6}",
                            cell["style"].strip().rstrip(";"))
    # no broken characters: no replacement characters, no double-escaped entities
    assert "\ufffd" not in result.stdout
    assert "&amp;amp;" not in result.stdout and "&lt;mark" not in result.stdout
    assert "ที่" in text and "สำนักงาน" in text
    for doc in report["docs"]:
        for item in doc.items("goals"):
            assert item.text in text


def test_screenshot_shows_the_heatmap_colours(report: dict[str, Any]) -> None:
    shot = report["folder"] / "desktop.png"
    result = _run(["--window-size=1200,1400", f"--screenshot={shot}", report["path"].as_uri()],
                  report["folder"] / "profile-shot")
    assert result.returncode == 0, result.stderr[-2000:]
    assert _png_size(shot) == (1200, 1400)
    pytest.importorskip("PIL")
    from PIL import Image

    with Image.open(shot) as image:
        colours = {c for _, c in image.convert("RGB").getcolors(maxcolors=1 << 20) or []}
    assert (8, 29, 88) in colours, "the darkest heatmap colour (score 1.00) is on screen"
    assert len(colours) > 50, "text is anti-aliased glyphs, not a blank page"


def test_phone_layout_does_not_overflow_and_font_is_loaded(report: dict[str, Any]) -> None:
    probe = report["folder"] / "probe.html"
    probe.write_text(PROBE, encoding="utf-8")
    result = _run(["--allow-file-access-from-files", "--window-size=600,900",
                   "--virtual-time-budget=10000", "--dump-dom", probe.as_uri()],
                  report["folder"] / "profile-phone")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = _Dom()
    dom.feed(result.stdout)
    body = dom.body
    assert body.get("data-done") == "yes", result.stderr[-2000:]
    assert int(body["data-viewport"]) == 390
    # the page itself never scrolls sideways: wide tables scroll inside their own box
    assert int(body["data-scroll-width"]) <= int(body["data-viewport"])
    assert body["data-pairs-scroll"] == "true"
    assert body["data-font-ok"] == "true", "the embedded Sarabun font covers Thai"
    assert body["data-cell-bg"].startswith("rgb(")


def test_report_prints_to_pdf_with_thai_text(report: dict[str, Any]) -> None:
    pypdf = pytest.importorskip("pypdf")
    pdf = report["folder"] / "report.pdf"
    result = _run(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", report["path"].as_uri()],
                  report["folder"] / "profile-pdf")
    assert result.returncode == 0, result.stderr[-2000:]
    reader = pypdf.PdfReader(str(pdf))
    assert len(reader.pages) >= 2
    # NFKC undoes the "ffi" ligature the PDF text layer keeps
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() or "" for p in reader.pages))
    assert "Goal similarity between offices" in text
    assert "รายงานแผนยุทธศาสตร์" in text
    assert "1.00" in text


# -- a report of documents with units (a budget volume's agencies, a quoted plan) ---------

@pytest.fixture(scope="module")
def unit_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    docs = [_units.budget_volume(), _units.budget_volume("budget_2568_vol3.pdf",
                                                         (_units.RED_CROSS, _units.CGD)),
            _units.ministry_plan(), _units.web_page()]
    comparison = compare(docs, section="mission", include_quoted=True)
    folder = tmp_path_factory.mktemp("browser-units")
    path = folder / "report.html"
    path.write_text(render_html(docs, comparison), encoding="utf-8")
    return {"path": path, "docs": docs, "comparison": comparison, "folder": folder}


def test_units_are_shown_open_with_owner_pages_and_quoted_badge(
        unit_report: dict[str, Any]) -> None:
    result = _run(["--dump-dom", unit_report["path"].as_uri()],
                  unit_report["folder"] / "profile-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = _Dom()
    dom.feed(result.stdout)
    text = "".join(dom.text)
    offices = unit_report["comparison"].offices
    assert len(dom.cells) == len(offices) ** 2
    assert {c["data-row"] for c in dom.cells} == set(offices)
    assert dom.office_headings == office_labels(unit_report["docs"])
    for owner in (_units.OTCC, _units.RED_CROSS, _units.CGD, _units.BOARD, _units.OCSC):
        assert owner in text
    assert "อ้างอิง · quoted" in text and "หน้า 76–78 · pages 76–78" in text
    assert "เป้าประสงค์ 2 ข้อ · ตัวชี้วัด 6 ข้อ" in text and "ข้าราชการมีจริยธรรม" in text
    assert re.search(r"<details class=\"unit\" id=\"office-1-unit-1\" open(?:=\"\")?>",
                     result.stdout)


def test_units_report_fits_a_phone(unit_report: dict[str, Any]) -> None:
    probe = unit_report["folder"] / "probe.html"
    probe.write_text(PROBE, encoding="utf-8")
    result = _run(["--allow-file-access-from-files", "--window-size=600,900",
                   "--virtual-time-budget=10000", "--dump-dom", probe.as_uri()],
                  unit_report["folder"] / "profile-phone")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = _Dom()
    dom.feed(result.stdout)
    assert dom.body.get("data-done") == "yes", result.stderr[-2000:]
    assert int(dom.body["data-scroll-width"]) <= int(dom.body["data-viewport"]) == 390
