"""PDF reading benchmark: thaiplan's reader against pypdf, damage, memory, reading order.

    PYTHAINLP_OFFLINE=1 python benchmarks/read_pdf.py                  # ../shared/corpus/realpdf
    PYTHAINLP_OFFLINE=1 python benchmarks/read_pdf.py a.pdf b.pdf      # any PDFs

In one process and one run, for each PDF (pypdf first, then thaiplan, each file read
once by each):

* the CPU time of pypdf's ``extract_text`` on every page, and of
  ``thaiplan.read_document`` (pdfium, Thai rebuilt from the glyphs, lines in reading
  order, furniture marked), and their ratio — per file and in total (CPU time, not
  wall time: the machine is shared, and CPU time does not count the waits);
* the floor under thaiplan's time: pdfium loading each page and its text page, and
  nothing else (``FPDF_LoadPage`` + ``FPDFText_LoadPage``, no character read), and what
  is left of the time that 10× pypdf allows once that floor is paid;
* the damage left in thaiplan's text, per 1,000 Thai characters, with the signatures of
  ``../shared/tools/thai_damage.py`` (Latin letters or private-use characters for Thai
  marks, U+FFFD, ``ำา``/``ํา``, spaces before marks), and pypdf's for comparison;
* the peak memory of reading the largest file (most pages), in a fresh child process:
  its resident set at the peak (Linux ``VmHWM``) and before reading;
* where ``labels.jsonl`` sits beside the PDFs: for each labelled unit, whether each of
  its section headings comes, in thaiplan's reading order (body text and furniture, as
  the page shows them), before the first words of its own content.

Nothing is asserted: the figures are printed for the README.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALPDF = ROOT.parent / "shared" / "corpus" / "realpdf"

THAI = re.compile(r"[\u0e01-\u0e5b]")
SIGNS = {  # as in ../shared/tools/thai_damage.py
    "latin": re.compile(r"(?<=[\u0e01-\u0e4e])[A-Za-z\u00c0-\u00ff](?=[\u0e01-\u0e4e])"),
    "sp_mark": re.compile(r"(?<=[\u0e01-\u0e2e\u0e31-\u0e3a\u0e47-\u0e4e]) +"
                          r"(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e32\u0e33])"),
    "pua": re.compile(r"[\ue000-\uf8ff]"),
    "fffd": re.compile("\ufffd"),
    "am": re.compile("\u0e4d\u0e32|\u0e33\u0e32"),
    "cid": re.compile(r"\(cid:"),
}
WS = re.compile(r"\s+")


def damage(text: str) -> tuple[float, int, int]:
    """Damage signs per 1,000 Thai characters, the signs, the Thai characters."""
    thai = len(THAI.findall(text))
    signs = sum(len(pattern.findall(text)) for pattern in SIGNS.values())
    return 1000 * signs / max(thai, 1), signs, thai


def read_pypdf(path: Path) -> str:
    import pypdf

    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def pdfium_floor(path: Path) -> None:
    """Load every page and its text page with pdfium, read nothing (the floor)."""
    import pypdfium2
    from pypdfium2 import raw

    document = pypdfium2.PdfDocument(path.read_bytes())
    for index in range(len(document)):
        page = raw.FPDF_LoadPage(document.raw, index)
        raw.FPDFText_ClosePage(raw.FPDFText_LoadPage(page))
        raw.FPDF_ClosePage(page)
    document.close()


def timed(function, *args):  # type: ignore[no-untyped-def]
    start = time.process_time()
    result = function(*args)
    return result, time.process_time() - start


_MEMORY = """
import re, sys, thaiplan

def status(field):
    with open("/proc/self/status") as f:
        return int(re.search(field + r":\\s+(\\d+)", f.read()).group(1)) / 1024

before = status("VmRSS")
with open("/proc/self/clear_refs", "w") as f:  # the peak so far is the interpreter's
    f.write("5")
thaiplan.read_document(sys.argv[1])
print(before, status("VmHWM"))
"""


def peak_memory(path: Path) -> str:
    """Read ``path`` in a fresh child process: its resident set before and at its peak
    (Linux ``VmHWM``, reset after start-up: a child inherits its parent's peak)."""
    done = subprocess.run([sys.executable, "-c", _MEMORY, str(path)], capture_output=True,
                          text=True, check=True)
    before, peak = (float(v) for v in done.stdout.split())
    return (f"peak memory reading {path.name} ({path.stat().st_size / 2**20:.1f} MB, the most "
            f"pages): {peak:.0f} MB resident at the peak (VmHWM, fresh process), "
            f"{before:.0f} MB before reading")


def squash(text: str) -> str:
    return WS.sub("", text)


def heading_order(document, label: dict) -> list[str]:  # type: ignore[no-untyped-def]
    """For one labelled unit, a line per section: whether its heading comes, in reading
    order on the unit's pages, before the first words of its own content, with no other
    heading of the unit between them."""
    first, last = label["pages"]
    pages = range(first + 1, last + 2)  # labels count pages from 0
    stream = squash("\n".join(b.text for b in document.blocks if b.page in pages))
    headings = [squash(s["heading"]) for s in label["sections"]]
    places = [stream.find(h) for h in headings]
    out = []
    for section, heading, at in zip(label["sections"], headings, places, strict=True):
        start = section.get("text_starts") or section.get("first_item_starts") or ""
        content = squash(start)[:12]
        begins = stream.find(content, at + len(heading)) if at >= 0 and content else at
        between = [h for h, p in zip(headings, places, strict=True)
                   if h != heading and at < p < begins]
        problem = ("heading not found" if at < 0 else "content not found after it"
                   if begins < 0 else f"another heading between: {between[0][:30]}"
                   if between else "")
        out.append(f"{'FAIL' if problem else 'ok  '} {label['owner'][:40]} / "
                   f"{section['heading'][:40]}" + (f"  ({problem})" if problem else ""))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    args = parser.parse_args()
    pdfs = args.pdfs or sorted(REALPDF.glob("*.pdf"))
    if not pdfs:
        raise SystemExit(f"no PDFs given and none in {REALPDF}")

    import thaiplan

    totals = {"pypdf": 0.0, "thaiplan": 0.0, "floor": 0.0}
    signs = {"pypdf": [0, 0], "thaiplan": [0, 0]}
    documents = {}
    print(f"{'file':40} {'pages':>5} {'pypdf s':>8} {'thaiplan s':>10} {'ratio':>6} "
          f"{'damage pypdf':>12} {'damage thaiplan':>15} {'pdfium floor s':>14}")
    for path in pdfs:
        text_pypdf, t_pypdf = timed(read_pypdf, path)
        document, t_ours = timed(thaiplan.read_document, path)
        _, t_floor = timed(pdfium_floor, path)
        documents[path.name] = document
        totals["pypdf"] += t_pypdf
        totals["thaiplan"] += t_ours
        totals["floor"] += t_floor
        d_pypdf, d_ours = damage(text_pypdf), damage(document.text)
        for name, found in (("pypdf", d_pypdf), ("thaiplan", d_ours)):
            signs[name][0] += found[1]
            signs[name][1] += found[2]
        print(f"{path.name[:40]:40} {document.pages:5d} {t_pypdf:8.2f} {t_ours:10.2f} "
              f"{t_pypdf / max(t_ours, 1e-9):5.1f}x {d_pypdf[0]:12.2f} {d_ours[0]:15.2f} "
              f"{t_floor:14.2f}")
        for warning in document.warnings:
            if warning.code.value == "glyphs_repaired":
                print(f"    {warning.message.split(': ', 1)[-1]}")
    print(f"{'total':40} {'':5} {totals['pypdf']:8.2f} {totals['thaiplan']:10.2f} "
          f"{totals['pypdf'] / max(totals['thaiplan'], 1e-9):5.1f}x "
          f"{1000 * signs['pypdf'][0] / max(signs['pypdf'][1], 1):12.2f} "
          f"{1000 * signs['thaiplan'][0] / max(signs['thaiplan'][1], 1):15.2f} "
          f"{totals['floor']:14.2f}")
    print(f"speed: thaiplan reads {totals['pypdf'] / max(totals['thaiplan'], 1e-9):.1f}x as fast "
          f"as pypdf extract_text (CPU time, {totals['thaiplan']:.2f} s against "
          f"{totals['pypdf']:.2f} s)")
    allowed = totals["pypdf"] / 10
    print(f"floor: pdfium's page and text-page loading alone takes {totals['floor']:.2f} s "
          f"({100 * totals['floor'] / max(totals['thaiplan'], 1e-9):.0f}% of thaiplan's time); "
          f"10x pypdf allows {allowed:.2f} s, {allowed - totals['floor']:.2f} s beyond the floor "
          f"(thaiplan spends {totals['thaiplan'] - totals['floor']:.2f} s there)")
    print(f"damage: {1000 * signs['thaiplan'][0] / max(signs['thaiplan'][1], 1):.2f} per 1,000 "
          f"Thai characters ({signs['thaiplan'][0]} signs in {signs['thaiplan'][1]})")
    largest = max(pdfs, key=lambda p: (documents[p.name].pages, p.stat().st_size))
    print(peak_memory(largest))

    labels = pdfs[0].parent / "labels.jsonl"
    if labels.is_file():
        lines = []
        for row in labels.read_text(encoding="utf-8").splitlines():
            label = json.loads(row)
            if label["file"] in documents:
                for unit in label["units"]:
                    lines += heading_order(documents[label["file"]], unit)
        good = sum(line.startswith("ok") for line in lines)
        print(f"reading order: {good}/{len(lines)} labelled headings before their own content")
        for line in lines:
            if not line.startswith("ok"):
                print("   ", line)


if __name__ == "__main__":
    main()
