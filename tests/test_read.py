"""Reading files of every format and encoding (thaiplan.read)."""

from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _docx import numbered, thai_numbering
from _pdf import make_pdf
from thaiplan.errors import MissingDependencyError, UndecodableFileError, UnknownChoiceError
from thaiplan.normalize import squash
from thaiplan.read import READERS, decode_bytes, read_document, read_text
from thaiplan.read.docx import docx_to_text

SHARED = Path(__file__).parents[1] / ".." / "shared" / "corpus"
PAGE = "วิสัยทัศน์\nผู้เรียนมีคุณภาพ ครูมีสมรรถนะ\nพันธกิจ\n๑. จัดการศึกษาให้ทั่วถึง\n2. ส่งเสริมคุณธรรม\n"


# --- encodings ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16"),
        (PAGE.encode("utf-16-le"), "utf-16"),  # no BOM
        (PAGE.encode("cp874"), "cp874"),
        (PAGE.encode("tis-620"), "cp874"),
        (PAGE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (PAGE.replace("\n", "\r\n").encode("cp874"), "cp874"),
        (PAGE.replace("\n", "\r").encode("utf-16"), "utf-16"),
    ],
)
def test_every_encoding_and_line_end_reads_the_same_text(data: bytes, encoding: str) -> None:
    decoded = read_document(data)
    assert decoded.text == PAGE
    assert decoded.encoding == encoding
    assert decoded.bad_bytes == 0
    assert decoded.format == "txt"


def test_read_document_records_path_hash_and_format(tmp_path: Path) -> None:
    path = tmp_path / "sesao.htm"
    path.write_bytes("<p>วิสัยทัศน์</p>".encode("cp874"))
    decoded = read_document(path)
    assert decoded.source == str(path)
    assert decoded.format == "html"
    assert decoded.encoding == "cp874"
    assert len(decoded.sha256) == 64
    assert decoded.sha256 == read_document(path.read_bytes()).sha256


def test_unknown_forced_format_names_the_choices() -> None:
    with pytest.raises(UnknownChoiceError, match=r"'docx'.*'pdf'"):
        read_document(b"x", format="odt")


@given(st.text(alphabet=st.sampled_from("กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอะาำิีึืุูเแโใไ่้๊๋็์ ๑๒๓0123456789.\n"),
               min_size=1))
def test_utf8_utf16_and_cp874_round_trip(text: str) -> None:
    expected = text.replace("\r", "\n")
    for encoding in ("utf-8", "utf-16"):
        assert read_text(text.encode(encoding)) == expected
    if len(text) >= 2:  # without a BOM, one UTF-16 character is too short to tell
        assert read_text(text.encode("utf-16-le")) == expected
    legacy = text.encode("cp874")
    try:  # a few short byte strings are valid in both (ยข = C2 A2 = "¢"): UTF-8 wins
        legacy.decode("utf-8")
    except UnicodeDecodeError:
        assert read_text(legacy) == expected


# --- HTML --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<h2>วิสัยทัศน์</h2><p>ผู้เรียน<b>มีคุณภาพ</b></p>", "วิสัยทัศน์\nผู้เรียนมีคุณภาพ"),
        ("<ul><li>๑. จัดการศึกษา</li><li>๒. ส่งเสริม</li></ul>", "๑. จัดการศึกษา\n๒. ส่งเสริม"),
        ("<div>พันธกิจ<br>1. พัฒนาครู</div>", "พันธกิจ\n1. พัฒนาครู"),
        ("<p>พัฒนา\nคุณภาพ</p>", "พัฒนา คุณภาพ"),  # a source line break inside a block
        ("<table><tr><td>ค่านิยม</td><td>SMART</td></tr></table>", "ค่านิยม\tSMART"),
        ("<head><title>สพม.</title></head><script>var x=1;</script><p>เป้าประสงค์</p>",
         "สพม.\nเป้าประสงค์"),
        ("<p>ค่า&nbsp;นิยม &amp; วัฒนธรรม</p>", "ค่า\u00a0นิยม & วัฒนธรรม"),
    ],
)
def test_html_blocks_become_lines(html: str, text: str) -> None:
    assert read_text(html.encode("utf-8"), format="html") == text


# --- Word --------------------------------------------------------------------------

def _docx_bytes(build: object) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    build(document)  # type: ignore[operator]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_numbering_and_tables(tmp_path: Path) -> None:
    def build(document: object) -> None:
        d = document
        d.add_heading("วิสัยทัศน์", level=2)  # type: ignore[attr-defined]
        d.add_paragraph("ผู้เรียนมีคุณภาพ")  # type: ignore[attr-defined]
        d.add_paragraph("พันธกิจ")  # type: ignore[attr-defined]
        d.add_paragraph("จัดการศึกษาให้ทั่วถึง", style="List Number")  # type: ignore[attr-defined]
        d.add_paragraph("ส่งเสริมคุณธรรม", style="List Number")  # type: ignore[attr-defined]
        d.add_paragraph("ค่านิยม")  # type: ignore[attr-defined]
        d.add_paragraph("ซื่อสัตย์", style="List Bullet")  # type: ignore[attr-defined]
        num = thai_numbering(d)
        d.add_paragraph("เป้าประสงค์")  # type: ignore[attr-defined]
        numbered(d, "ผู้เรียนอ่านออก", num, 0)
        numbered(d, "อ่านคล่อง", num, 1)
        numbered(d, "เขียนคล่อง", num, 1)
        numbered(d, "ครูมีสมรรถนะ", num, 0)
        numbered(d, "สอนเชิงรุก", num, 1)
        table = d.add_table(rows=2, cols=2)  # type: ignore[attr-defined]
        table.cell(0, 0).text = "S"
        table.cell(0, 1).text = "Service mind"
        table.cell(1, 0).text = "M"
        table.cell(1, 1).text = "มีจิตบริการ"

    path = tmp_path / "plan.docx"
    path.write_bytes(_docx_bytes(build))
    decoded = read_document(path)
    assert decoded.format == "docx"
    assert decoded.encoding == "docx"
    assert decoded.text.split("\n") == [
        "วิสัยทัศน์", "ผู้เรียนมีคุณภาพ", "พันธกิจ", "1. จัดการศึกษาให้ทั่วถึง",
        "2. ส่งเสริมคุณธรรม", "ค่านิยม", "• ซื่อสัตย์", "เป้าประสงค์",
        "๑. ผู้เรียนอ่านออก", "๑.๑ อ่านคล่อง", "๑.๒ เขียนคล่อง", "๒. ครูมีสมรรถนะ",
        "๒.๑ สอนเชิงรุก", "S\tService mind", "M\tมีจิตบริการ",
    ]


def test_docx_merged_cells_are_read_once() -> None:
    def build(document: object) -> None:
        table = document.add_table(rows=1, cols=3)  # type: ignore[attr-defined]
        merged = table.cell(0, 0).merge(table.cell(0, 1))
        merged.text = "วิสัยทัศน์"
        table.cell(0, 2).text = "องค์กรแห่งคุณภาพ"

    assert docx_to_text(_docx_bytes(build)) == "วิสัยทัศน์\tองค์กรแห่งคุณภาพ"


def test_broken_docx_names_the_file(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UndecodableFileError, match=r"broken\.docx: not a readable \.docx"):
        read_document(path)


def test_missing_python_docx_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(MissingDependencyError, match=r"thaiplan\[docx\]"):
        read_document(b"PK", format="docx")


# --- PDF (more in test_read_pdf.py) ------------------------------------------------

def test_pdf_text_without_page_numbers_and_running_headers(tmp_path: Path) -> None:
    pytest.importorskip("pypdfium2")
    header = "แผนปฏิบัติการประจำปี 2567 สพป.ขอนแก่น เขต 1"
    pages = [
        [header, "วิสัยทัศน์", "องค์กรแห่งคุณภาพ", "- 1 -"],
        [header, "พันธกิจ", "1. พัฒนาผู้เรียน", "2. พัฒนาครู", "- 2 -"],
        [header, "เป้าประสงค์", "1. ผู้เรียนมีคุณภาพ", "หน้า 3"],
    ]
    path = tmp_path / "plan.pdf"
    path.write_bytes(make_pdf(pages))
    decoded = read_document(path)
    assert decoded.format == "pdf"
    assert decoded.text.split("\n") == [
        "วิสัยทัศน์", "องค์กรแห่งคุณภาพ", "พันธกิจ", "1. พัฒนาผู้เรียน", "2. พัฒนาครู",
        "เป้าประสงค์", "1. ผู้เรียนมีคุณภาพ",
    ]


def test_pdf_and_docx_are_registered() -> None:
    assert {".txt", ".html", ".htm", ".docx", ".pdf"} <= set(READERS)


# --- the shared corpus ---------------------------------------------------------------

def _corpus(sub: str) -> Path:
    path = SHARED / sub
    if not path.is_dir():
        pytest.skip("shared corpus not available")
    return path


def test_corpus_pages_decode_with_their_labelled_encoding() -> None:
    folder = _corpus("parse")
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    for label in labels:
        decoded = read_document(folder / label["file"])
        assert decoded.encoding == label["encoding"], label["file"]
        assert decoded.bad_bytes == 0
        assert "\r" not in decoded.text
        flat = squash(decoded.text)
        for section in label["sections"]:
            assert squash(section["heading"]) in flat, (label["file"], section["heading"])


def test_bad_corpus_files() -> None:
    folder = _corpus("bad")
    assert read_text(folder / "empty.txt") == ""
    assert read_text(folder / "whitespace_only.txt").strip(" \t\n\u00a0") == ""
    with pytest.raises(UndecodableFileError, match=r"random_binary\.txt"):
        read_text(folder / "random_binary.txt")
    news = read_document(folder / "news_no_sections.txt")
    assert news.encoding == "utf-8" and news.bad_bytes == 0
    bad = read_document(folder / "cp874_invalid_bytes.txt")
    assert (bad.encoding, bad.bad_bytes) == ("cp874", 4)
    assert "โรงเรียนบ้านดอนกลางวิทยา" in bad.text


def test_decode_bytes_rejects_binary_with_counts() -> None:
    data = bytes(range(256)) * 4
    with pytest.raises(UndecodableFileError, match="undefined"):
        decode_bytes(data, source="x.bin")


# --- decoding: the fast paths agree with the plain definitions ---------------------

@given(st.binary(max_size=300))
def test_undecodable_byte_counts_equal_a_byte_by_byte_count(data: bytes) -> None:
    from thaiplan.read.text import _CONTROL, _CP874_UNDEFINED

    assert len(data) - len(data.translate(None, _CP874_UNDEFINED)) == sum(
        b in _CP874_UNDEFINED for b in data)
    assert len(data) - len(data.translate(None, _CONTROL)) == sum(b in _CONTROL for b in data)


def _plain_decode(data: bytes) -> tuple[str, str, int] | None:
    """decode_bytes as first written (no quick looks first); ``None`` for an error."""
    from thaiplan.read import text as read

    for bom, encoding in read._BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, 0
            except UnicodeDecodeError:
                return None
    if len(data) >= 4 and len(data) % 2 == 0:
        for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
            if (high.count(0) + high.count(0x0E)) * 10 < len(high) * 9:
                continue
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not any(ord(ch) < 0x20 and ch not in "\t\n\r\f" for ch in text):
                return text, "utf-16", 0
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    ascii_chars = len(text.encode("ascii", errors="ignore"))
    if bad <= max(4, len(data) // 200) and len(text) - ascii_chars - bad >= 10 * bad:
        return text, "utf-8", bad
    return data.decode("cp874", errors="replace"), "cp874", -1  # -1: the count is not compared


def _encoded_with_junk(text: str, encoding: str, junk: bytes, at: int) -> bytes:
    data = text.encode(encoding, "replace")
    return data[:at] + junk + data[at:]


_TEXTS = st.one_of(st.text(alphabet=st.sampled_from("วิสัยทัศน์ ๑2.\nabc\x00\x0e\ufffd"), max_size=200),
                   st.text(alphabet=st.sampled_from("วิสัยทัศน์"), max_size=100))


@settings(max_examples=300, deadline=None)
@example("วิสัยทัศน์".encode("utf-16-le"))  # no 0x00 byte: Thai only
@example(b"\xff" * 4 + "ก".encode() * 60)  # 4 bad bytes, and a character cut at byte 128
@given(st.one_of(
    st.binary(max_size=300),
    st.builds(_encoded_with_junk, _TEXTS,
              st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-16", "cp874"]),
              st.binary(max_size=3), st.integers(0, 300))))
def test_decode_bytes_equals_its_plain_definition(data: bytes) -> None:
    expected = _plain_decode(data)
    try:
        text, encoding, bad = decode_bytes(data)
    except UndecodableFileError:
        assert expected is None or expected[1] == "cp874"  # (there byte counts decide)
        return
    assert expected is not None and (text, encoding) == expected[:2]
    if expected[2] >= 0:
        assert bad == expected[2]


@pytest.mark.parametrize("size", [0, 1, 2150, (1 << 16) - 1, 1 << 16, (1 << 16) + 1, 300_000])
def test_read_document_reads_every_byte(tmp_path: Path, size: int) -> None:
    import hashlib

    from thaiplan.read import read_document

    data = ("วิสัยทัศน์\n" * size).encode("utf-8")[:size]
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    assert read_document(path).sha256 == hashlib.sha256(data).hexdigest()
    assert read_document(str(path)).source == str(path)


def test_read_errors_name_the_file_as_open_does(tmp_path: Path) -> None:
    from thaiplan.read import read_document

    for path in (tmp_path, tmp_path / "missing.txt"):
        with pytest.raises(OSError) as ours:
            read_document(str(path))
        with pytest.raises(OSError) as theirs:
            path.read_bytes()
        assert (type(ours.value), str(ours.value)) == (type(theirs.value), str(theirs.value))
