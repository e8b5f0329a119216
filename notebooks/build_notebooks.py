"""Write the analysis notebooks and run them, so committed outputs come from the current code.

    PYTHAINLP_OFFLINE=1 .venv/bin/python notebooks/build_notebooks.py          # write + execute
    PYTHAINLP_OFFLINE=1 .venv/bin/python notebooks/build_notebooks.py --no-run # sources only

The cells below are the single source of the notebooks: edit them here, rerun this
script, commit the ``.ipynb`` files. ``tests/test_notebooks.py`` executes every
notebook from a clean kernel and fails when a committed notebook's code differs
from this file or its text outputs differ from a fresh run.
Narrative is in Thai and English; the cells hold no function definitions (the
logic lives in the library).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
TIMEOUT = 300

Cell = tuple[str, str]  # ("md" | "code", source)

SETUP = """\
from pathlib import Path

import thaiplan
from thaiplan import plot

DATA = Path("..") / "data" / "raw"   # the bundled pages · เอกสารตัวอย่างที่มากับโปรเจกต์"""

PARSE: list[Cell] = [
    ("md", """\
# 1 · อ่านและแยกโครงสร้างเอกสาร · Parse the documents

หน่วยงานราชการเขียนวิสัยทัศน์ พันธกิจ เป้าประสงค์ และกลยุทธ์ไว้บนหน้าเว็บในรูปแบบที่ต่างกัน
`thaiplan` อ่านหน้าเหล่านั้น แยกเป็นหมวดและข้อ พร้อมบอกสิ่งผิดปกติที่พบ

Government offices publish their vision, missions, goals and strategies as loosely formatted
pages. This notebook reads the two bundled pages in `data/raw/`, looks at the sections, items
and parse warnings, and turns everything into a pandas DataFrame."""),
    ("code", """\
from pathlib import Path

import thaiplan

DATA = Path("..") / "data" / "raw"   # the bundled pages · เอกสารตัวอย่างที่มากับโปรเจกต์
sorted(p.name for p in DATA.glob("*.txt"))"""),
    ("md", """\
## อ่านไฟล์ดิบ · Read the raw file

`read_document` เดารหัสอักขระ (UTF-8, UTF-16, TIS-620/cp874) และเก็บค่า hash ของไฟล์ไว้
— it detects the encoding and keeps a hash for provenance. The text still has the page's
non-breaking-space indentation and Thai digits."""),
    ("code", """\
raw = thaiplan.read_document(DATA / "sesao20_mission.txt")
print(raw.encoding, len(raw.text), "characters")
print(raw.text[:420])"""),
    ("md", """\
## แยกหมวดและข้อ · Sections and items

`parse_file` ให้ `PlanDocument`: หน่วยงานที่เผยแพร่ หมวดต่าง ๆ (ชนิดมาตรฐาน เช่น `goals`)
และข้อที่มีเลขกำกับ — the publishing office, the sections (with a canonical kind) and
their numbered items, each keeping the marker as written and its line number."""),
    ("code", """\
doc = thaiplan.parse_file(DATA / "sesao20_mission.txt")
doc.office"""),
    ("code", """\
[(section.kind.value, section.heading, len(section.items)) for section in doc.sections]"""),
    ("code", """\
for item in doc.items("goals"):
    print(f"{item.marker or '∅':>4}  number={item.number}  line={item.line}  {item.text[:55]}")"""),
    ("md", """\
## คำเตือน · Warnings

ตัวแยกไม่ทิ้งข้อมูลเงียบ ๆ: ข้อแรกของเป้าประสงค์ไม่มีตัวเลข (`. ประชากร…`) จึงมีคำเตือน
`numeral_missing` พร้อมเลขบรรทัด — the parser is lenient but says what it worked around;
`strict=True` would raise instead."""),
    ("code", """\
for warning in doc.warnings:
    print(warning)"""),
    ("md", """\
## ตาราง · One DataFrame for all documents

`to_frame` ให้หนึ่งแถวต่อหนึ่งข้อ (รวมข้อย่อย) — one row per item, children included, ready
for pandas."""),
    ("code", """\
docs = [thaiplan.parse_file(path) for path in sorted(DATA.glob("*.txt"))]
frame = thaiplan.to_frame(docs)
frame.shape"""),
    ("code", """\
frame[["office", "section_kind", "marker", "number", "text"]].head(8)"""),
    ("code", """\
frame.pivot_table(index="section_kind", columns="office", values="text", aggfunc="count",
                  fill_value=0)"""),
    ("md", """\
## บันทึกและอ่านกลับ · Save and load

ทุกระเบียนแปลงเป็น JSON และกลับมาได้ครบ (`thaiplan parse` บนบรรทัดคำสั่งก็ใช้รูปแบบนี้) —
records round-trip through JSON, the format `thaiplan report` also reads."""),
    ("code", """\
text = doc.to_json()
print(text[:300], "…")
thaiplan.PlanDocument.from_json(text) == doc"""),
]

COMPARE: list[Cell] = [
    ("md", """\
# 2 · เปรียบเทียบเป้าประสงค์ · Compare the offices' goals

สองสำนักงานเขตพื้นที่การศึกษามัธยมศึกษามีเป้าประสงค์ที่ตรงกันมากน้อยเพียงใด ข้อไหนตรงกับข้อไหน
และคำใดที่ใช้ร่วมกัน — how close are two offices' goals, which goal matches which, and
through which shared words? Thai has no spaces between words, so everything starts from
word segmentation (PyThaiNLP, offline), synonyms folded (นักเรียน → ผู้เรียน)."""),
    ("code", SETUP + """

docs = [thaiplan.parse_file(path) for path in sorted(DATA.glob("*.txt"))]
[doc.office.label for doc in docs]"""),
    ("md", """\
## คำสำคัญ · Keyword overlap

วิธี `keyword` นับคำที่ใช้ร่วมกัน (Jaccard) — set overlap of content words: simple and easy to
explain, but blind to how rare a word is."""),
    ("code", """\
by_keywords = thaiplan.compare(docs, method="keyword")
by_keywords.office_similarity.round(3)"""),
    ("md", """\
## TF-IDF · Weighted similarity

วิธี `tfidf` (ค่าเริ่มต้น) ให้น้ำหนักคำที่พบน้อยมากกว่าคำทั่วไป และรวมความคล้ายระดับตัวอักษร
— rare words weigh more, and character n-grams catch shared word parts. The office score is
the mean best-match score of each office's goals against the other's, in [0, 1]."""),
    ("code", """\
comparison = thaiplan.compare(docs, method="tfidf")
comparison"""),
    ("code", """\
comparison.office_similarity.round(3)"""),
    ("md", """\
## แผนภาพความร้อน · Heatmap

ป้ายภาษาไทยใช้ฟอนต์ Sarabun ที่มากับแพ็กเกจ (ฟอนต์ตั้งต้นของ matplotlib ไม่มีอักษรไทย) โดยไม่
เปลี่ยนค่าตั้งของผู้ใช้ — Thai labels use the bundled Sarabun font, selected only inside
thaiplan's plotting functions."""),
    ("code", """\
plot.similarity_heatmap(comparison);"""),
    ("md", """\
## จับคู่เป้าประสงค์ · Goal alignment with shared terms

แต่ละเป้าประสงค์ของหน่วยงานแรกจับคู่กับข้อที่คล้ายที่สุดของอีกหน่วยงาน เมื่อต่างฝ่ายต่างเลือกกัน
และคะแนนถึงเกณฑ์ ข้อที่รวมสองข้อไว้ด้วยกันได้คู่ทั้งสองข้อ ข้อที่ไม่มีคู่บอกเหตุผล
— each goal of the first office with its mutual best goal of the second when the score reaches
the threshold, and a goal that merges two with both; `shared_terms` explains the score, `why`
says why a goal has no match."""),
    ("code", """\
first, second = comparison.offices
aligned = comparison.align(first, second)
aligned[["position_a", "position_b", "score", "kind", "shared_terms", "why"]]"""),
    ("code", """\
plot.alignment_chart(comparison, first, second);"""),
    ("md", """\
## คู่ที่คล้ายที่สุด · The most similar goal pairs"""),
    ("code", """\
comparison.top_pairs(5)[["office_a", "text_a", "office_b", "text_b", "score", "shared_terms"]]"""),
    ("md", """\
## คำสำคัญของแต่ละหน่วยงาน · Keywords per office

คำที่เด่นของแต่ละหน่วยงานเมื่อเทียบกับหน่วยงานอื่น (TF-IDF) — the terms that set each office
apart from the others."""),
    ("code", """\
keywords = comparison.keywords(8)
keywords.pivot(index="rank", columns="group", values="term")"""),
    ("code", """\
plot.keyword_bars(keywords);"""),
    ("md", """\
## หลายหน่วยงานในเอกสารเดียว · Several organisations in one document

เอกสารงบประมาณหนึ่งเล่มมีวิสัยทัศน์และพันธกิจของหลายหน่วยงาน (`PlanDocument.units`: หนึ่งหน่วยต่อหนึ่ง
หน่วยงาน) `compare` จึงเปรียบเทียบรายหน่วย ตั้งชื่อตามเจ้าของแผน — a budget volume states the plans of
many agencies, one unit each; `compare` then compares the units, named by their owners
(`by="auto"`: units when any document has them). Here the two pages are put in one document as
two units, as a budget volume holds its agencies: the scores are those of the two pages."""),
    ("code", """\
from thaiplan.model import Unit

volume = thaiplan.PlanDocument(
    sections=tuple(section for doc in docs for section in doc.sections), source="volume.pdf",
    units=tuple(Unit(owner=doc.office, sections=doc.sections) for doc in docs))
by_unit = thaiplan.compare([volume])
print(by_unit.by, (by_unit.office_similarity.values == comparison.office_similarity.values).all())
by_unit.entities[["office", "document", "unit", "owner_kind", "items"]]"""),
    ("md", """\
## รายงาน HTML · Shareable report

ไฟล์ HTML ไฟล์เดียว เปิดได้โดยไม่ต้องใช้อินเทอร์เน็ต อ่านบนมือถือและพิมพ์ได้ — one
self-contained HTML file (same as `thaiplan report data/raw -o report.html`)."""),
    ("code", """\
import tempfile

report = thaiplan.write_report([DATA], Path(tempfile.mkdtemp()) / "report.html")
print(report.name, f"{report.stat().st_size / 1024:.0f} kB")"""),
]

BATCH: list[Cell] = [
    ("md", """\
# 3 · ประมวลผลทั้งโฟลเดอร์ · Batch parsing and many offices

เมื่อมีเอกสารหลายสิบหน่วยงาน: แยกทั้งโฟลเดอร์ หาเป้าประสงค์ที่คล้ายกันข้ามหน่วยงาน และจัดกลุ่ม
หน่วยงาน — parse a whole folder, find the most similar goals across many offices, and cluster
the offices. The folder is generated with the benchmark corpus generator
(`benchmarks/generate.py`): made-up office pages written in the style of real ones."""),
    ("code", SETUP),
    ("code", """\
import sys
import tempfile

sys.path.insert(0, str(Path("..") / "benchmarks"))
import generate  # the benchmark's corpus generator · ตัวสร้างชุดเอกสารทดสอบ

folder = Path(tempfile.mkdtemp()) / "corpus"
generate.generate(24, folder, seed=7)
len(list(folder.iterdir()))"""),
    ("md", """\
## แยกทั้งโฟลเดอร์ · Parse the folder

`parse_many` แยกไฟล์ทั้งหมดแบบขนาน ได้ผลหนึ่งรายการต่อไฟล์ตามลำดับ ไฟล์ที่อ่านไม่ได้กลายเป็น
`ParseFailure` ไม่ทำให้งานทั้งหมดหยุด — every file is parsed (here with 2 processes), one result
per input in input order; an unreadable file becomes a `ParseFailure`, not a crash."""),
    ("code", """\
results = list(thaiplan.parse_many(sorted(folder.iterdir()), jobs=2))
docs = [r for r in results if isinstance(r, thaiplan.PlanDocument)]  # the rest: ParseFailure
frame = thaiplan.to_frame(docs)
print(len(docs), "documents,", len(frame), "items,",
      sum(len(doc.warnings) for doc in docs), "warnings")"""),
    ("code", """\
frame.groupby("section_kind").size().sort_values(ascending=False)"""),
    ("md", """\
## เป้าประสงค์ที่คล้ายกันข้ามหน่วยงาน · Top-k similar goals across offices

`top_k=3` เก็บเฉพาะเป้าประสงค์ที่คล้ายที่สุด 3 อันดับของแต่ละข้อ โดยไม่สร้างเมทริกซ์เต็ม — each goal
keeps only its 3 most similar goals of other offices, computed without a full n × n matrix
(the same call scales to the whole country)."""),
    ("code", """\
comparison = thaiplan.compare(docs, top_k=3)
comparison"""),
    ("code", """\
comparison.item_similarity.sort_values("score", ascending=False).head(8)"""),
    ("code", """\
comparison.top_pairs(10)[["office_a", "text_a", "office_b", "text_b", "score"]]"""),
    ("md", """\
## จัดกลุ่มหน่วยงาน · Clustering

หน่วยงานที่เป้าประสงค์คล้ายกันถูกรวมกลุ่มก่อน (ระยะห่าง = 1 − ความคล้าย, average linkage)
— offices whose goals agree merge first; the heatmap is reordered by the tree."""),
    ("code", """\
plot.clustered_heatmap(comparison, label_width=18);"""),
    ("code", """\
plot.dendrogram(comparison, label_width=22);"""),
]

NOTEBOOKS: dict[str, list[Cell]] = {
    "01_parse_documents.ipynb": PARSE,
    "02_compare_goals.ipynb": COMPARE,
    "03_batch_and_scale.ipynb": BATCH,
}


def missing(name: str) -> str | None:
    """Why ``name`` cannot run yet (a part of thaiplan it needs is absent), or ``None``."""
    if name == "03_batch_and_scale.ipynb":
        import thaiplan

        if not (HERE.parent / "benchmarks" / "generate.py").exists():
            return "benchmarks/generate.py (the benchmark corpus generator) is absent"
        if not hasattr(thaiplan, "parse_many"):
            return "thaiplan.parse_many (batch parsing) is absent"
    return None


def build(name: str) -> nbformat.NotebookNode:
    """The notebook ``name`` from its cells, without outputs."""
    cells = [new_markdown_cell(src) if kind == "md" else new_code_cell(src)
             for kind, src in NOTEBOOKS[name]]
    notebook = new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    for n, cell in enumerate(notebook.cells):
        cell["id"] = f"{Path(name).stem[:2]}-{n:02d}"
    return notebook


def execute(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Run ``notebook`` top to bottom in a fresh ``python3`` kernel in this folder."""
    from nbclient import NotebookClient

    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    client = NotebookClient(notebook, timeout=TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(HERE)}})
    client.execute()
    notebook.metadata.pop("widgets", None)
    return notebook


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="notebooks to build (default: all)")
    parser.add_argument("--no-run", action="store_true", help="write without executing")
    args = parser.parse_args(argv)
    for name in args.names or NOTEBOOKS:
        reason = missing(name)
        if reason and not args.no_run:
            print(f"skipped notebooks/{name}: {reason}", file=sys.stderr)
            continue
        notebook = build(name)
        if not args.no_run:
            execute(notebook)
        nbformat.validate(notebook)
        nbformat.write(notebook, HERE / name)
        print(f"wrote notebooks/{name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
