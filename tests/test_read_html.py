"""Web pages (thaiplan.read.html): lines as displayed, headings, lists, tables, hidden
and navigation elements out, hostile markup."""

from __future__ import annotations

import html
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thaiplan.layout import Block
from thaiplan.model import WarningCode
from thaiplan.read import ReadOptions, read_document, read_text
from thaiplan.read.html import html_to_text, read_html


def _blocks(page: str) -> list[Block]:
    return list(read_html(page.encode("utf-8"), ReadOptions()).blocks)


# --- lines ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("page", "lines"),
    [
        # block elements start lines; inline elements do not
        ("<h2>วิสัยทัศน์</h2><p>ผู้เรียน<b>มีคุณภาพ</b> <span>ครู</span><a>มีสมรรถนะ</a></p>",
         ["วิสัยทัศน์", "ผู้เรียนมีคุณภาพ ครูมีสมรรถนะ"]),
        ("<div>พันธกิจ<div>1. พัฒนาครู</div>ต่อท้าย</div>", ["พันธกิจ", "1. พัฒนาครู", "ต่อท้าย"]),
        ("<center>วิสัยทัศน์</center><center>องค์กรคุณภาพ</center>", ["วิสัยทัศน์", "องค์กรคุณภาพ"]),
        # source line breaks are spaces, except in pre
        ("<p>พัฒนา\nคุณภาพ\r\nผู้เรียน</p>", ["พัฒนา คุณภาพ ผู้เรียน"]),
        ("<pre>พันธกิจ\n1. จัดการศึกษา\n\n2. พัฒนาครู</pre>",
         ["พันธกิจ", "1. จัดการศึกษา", "2. พัฒนาครู"]),
        # entities, NBSP kept inside a line, blank lines dropped
        ("<p>ค่า&nbsp;นิยม &amp; วัฒนธรรม &#3585;</p><p> </p><p>&nbsp;</p>",
         ["ค่า\u00a0นิยม & วัฒนธรรม ก"]),
        # the title is the first line; the rest of head is not shown
        ("<head><title>สพม.ตรัง</title><style>p{}</style><meta name=x content=y></head>"
         "<p>เป้าประสงค์</p>", ["สพม.ตรัง", "เป้าประสงค์"]),
        # libxml2 puts the HTML5 elements it does not know in head when they come first
        ("<script>x = 1;</script><section>วิสัยทัศน์</section><article>พันธกิจ</article>",
         ["วิสัยทัศน์", "พันธกิจ"]),
        # page header and footer stay: the banner names the office
        ("<header><h1>สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐</h1></header><main><p>พันธกิจ</p>"
         "</main><footer>ปรัชญา: การศึกษาคือความเจริญงอกงาม</footer>",
         ["สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๐", "พันธกิจ",
          "ปรัชญา: การศึกษาคือความเจริญงอกงาม"]),
    ],
)
def test_lines_as_displayed(page: str, lines: list[str]) -> None:
    assert read_text(page.encode("utf-8"), format="html").split("\n") == lines


@pytest.mark.parametrize(
    "page",
    [
        "<p>เห็น</p><p hidden>ซ่อน</p>",
        '<p>เห็น</p><div aria-hidden="true">ซ่อน</div>',
        '<p>เห็น</p><div style="display: none">ซ่อน</div>',
        '<p>เห็น</p><div style="color:red;DISPLAY:NONE !important">ซ่อน</div>',
        '<p>เห็น</p><span style="visibility:hidden">ซ่อน</span>',
        "<p>เห็น</p><template><p>ซ่อน</p></template>",
        "<p>เห็น</p><script>var x = 'ซ่อน';</script><style>.a{content:'ซ่อน'}</style>",
        "<p>เห็น</p><noscript>ซ่อน</noscript><svg><text>ซ่อน</text></svg>",
        "<p>เห็น</p><iframe>ซ่อน</iframe><select><option>ซ่อน</option></select>",
        "<nav><a>หน้าแรก</a> <a>ซ่อน</a></nav><p>เห็น</p>",
        '<div role="navigation"><a>ซ่อน</a></div><p>เห็น</p>',
        '<ul role="menubar"><li>ซ่อน</li></ul><p>เห็น</p>',
        "<!-- ซ่อน --><p>เห็น</p><?php echo 'ซ่อน' ?>",
    ],
)
def test_hidden_and_navigation_elements_are_left_out(page: str) -> None:
    assert read_text(page.encode("utf-8"), format="html") == "เห็น"


def test_line_breaks_split_a_paragraph_into_lines_of_one_block() -> None:
    blocks = _blocks("<p>พันธกิจ<br>1. พัฒนาครู<br/>2. พัฒนาผู้เรียน</p><p>เป้าประสงค์</p>")
    assert [(b.text, b.block, b.line) for b in blocks] == [
        ("พันธกิจ", 0, 1), ("1. พัฒนาครู", 0, 2), ("2. พัฒนาผู้เรียน", 0, 3),
        ("เป้าประสงค์", 1, 4)]


# --- headings, weight and size ---------------------------------------------------------

def test_headings_have_levels_and_are_bold() -> None:
    blocks = _blocks("<h1>แผนปฏิบัติราชการ</h1><h3>วิสัยทัศน์ <small>(Vision)</small></h3>"
                     "<h6>ค่านิยม</h6><p>ผู้เรียนมีคุณภาพ</p>")
    assert [(b.text, b.heading_level, b.bold) for b in blocks] == [
        ("แผนปฏิบัติราชการ", 1, True), ("วิสัยทัศน์ (Vision)", 3, True), ("ค่านิยม", 6, True),
        ("ผู้เรียนมีคุณภาพ", None, False)]


@pytest.mark.parametrize(
    ("page", "bold", "size"),
    [
        ("<p><b>วิสัยทัศน์</b></p>", True, None),
        ("<p><strong>พันธกิจ</strong> </p>", True, None),
        ("<p><b>พันธกิจ</b> (Mission)</p>", False, None),
        ('<p style="font-weight:700">ค่านิยม</p>', True, None),
        ('<p><b style="font-weight:normal">ค่านิยม</b></p>', False, None),
        ('<p><span style="font: bold 16pt TH SarabunPSK">เป้าประสงค์</span></p>', True, 16.0),
        ('<p style="font-size:20px">เป้าประสงค์</p>', False, 15.0),
        ('<p><font size="5">ยุทธศาสตร์</font> ที่ 1</p>', False, 18.0),
        ('<p><span style="font-size:18pt">ยุทธศาสตร์ที่ 1</span> ก</p>', False, 18.0),
    ],
)
def test_bold_when_every_visible_character_is_and_the_commonest_size(
        page: str, bold: bool, size: float | None) -> None:
    (block,) = _blocks(page)
    assert (block.bold, block.size) == (bold, size)


# --- lists ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("page", "lines"),
    [
        ("<ol><li>จัดการศึกษา</li><li>พัฒนาครู</li></ol>", ["1. จัดการศึกษา", "2. พัฒนาครู"]),
        ('<ol start="4"><li>ก</li><li>ข</li></ol>', ["4. ก", "5. ข"]),
        ('<ol type="a"><li>ก</li><li>ข</li></ol>', ["a. ก", "b. ข"]),
        ('<ol type="A" start="26"><li>ก</li><li>ข</li></ol>', ["Z. ก", "AA. ข"]),
        ('<ol type="i"><li>ก</li><li>ข</li><li>ค</li><li>ง</li></ol>',
         ["i. ก", "ii. ข", "iii. ค", "iv. ง"]),
        ('<ol type="I" start="9"><li>ก</li><li>ข</li></ol>', ["IX. ก", "X. ข"]),
        ("<ol reversed><li>ก</li><li>ข</li><li>ค</li></ol>", ["3. ก", "2. ข", "1. ค"]),
        ('<ol reversed start="10"><li>ก</li><li>ข</li></ol>', ["10. ก", "9. ข"]),
        ('<ol><li>ก</li><li value="7">ข</li><li>ค</li></ol>', ["1. ก", "7. ข", "8. ค"]),
        ('<ol style="list-style-type: thai"><li>ก</li><li>ข</li></ol>', ["๑. ก", "๒. ข"]),
        ('<ol style="list-style: upper-roman inside"><li>ก</li></ol>', ["I. ก"]),
        ('<ol><li style="list-style-type:thai">ก</li><li>ข</li></ol>', ["๑. ก", "2. ข"]),
        ('<ol style="list-style-type:decimal-leading-zero"><li>ก</li></ol>', ["01. ก"]),
        ('<ol style="list-style:none"><li>ก</li></ol>', ["ก"]),
        ('<ol style="list-style-type: disc"><li>ก</li></ol>', ["ก"]),
        ('<ul style="list-style-type: decimal"><li>ก</li><li>ข</li></ul>', ["1. ก", "2. ข"]),
        # numbered by hand inside an ol: the page's own number is kept, once
        ("<ol><li>1. จัดการศึกษา</li><li>๒) พัฒนาครู</li><li>(3) ส่งเสริม</li></ol>",
         ["1. จัดการศึกษา", "๒) พัฒนาครู", "(3) ส่งเสริม"]),
        # bullets of ul are decoration: not added
        ("<ul><li>- ซื่อสัตย์</li><li>รับผิดชอบ</li></ul>", ["- ซื่อสัตย์", "รับผิดชอบ"]),
        # the label goes on the item's first line only
        ("<ol><li><p>จัดการศึกษา</p><p>อย่างทั่วถึง</p></li></ol>",
         ["1. จัดการศึกษา", "อย่างทั่วถึง"]),
    ],
)
def test_ordered_lists_show_their_numbers(page: str, lines: list[str]) -> None:
    assert read_text(page.encode("utf-8"), format="html").split("\n") == lines


def test_list_levels_and_labels() -> None:
    blocks = _blocks("<p>กลยุทธ์</p><ol><li>พัฒนาผู้เรียน<ol type=a><li>อ่านออก</li>"
                     "<li>เขียนได้<ul><li>คิดเลขเป็น</li></ul></li></ol></li><li>พัฒนาครู</li></ol>")
    assert [(b.text, b.list_level, b.list_label) for b in blocks] == [
        ("กลยุทธ์", None, ""), ("1. พัฒนาผู้เรียน", 1, "1."), ("a. อ่านออก", 2, "a."),
        ("b. เขียนได้", 2, "b."), ("คิดเลขเป็น", 3, ""), ("2. พัฒนาครู", 1, "2.")]


# --- tables ---------------------------------------------------------------------------

def test_a_row_of_one_line_cells_is_one_block_of_cells() -> None:
    blocks = _blocks(
        "<table><thead><tr><th>ค่านิยม</th><th>ความหมาย</th></tr></thead>"
        "<tr><td><p>S</p></td><td><p class=MsoNormal>Service <b>mind</b></p></td></tr>"
        "<tr><td></td><td>มุ่งมั่น</td><td> </td></tr></table>")
    assert [(b.text, b.cells, b.bold) for b in blocks] == [
        ("ค่านิยม\tความหมาย", ("ค่านิยม", "ความหมาย"), True),
        ("S\tService mind", ("S", "Service mind"), False),
        ("มุ่งมั่น", ("", "มุ่งมั่น", ""), False)]
    assert len({b.block for b in blocks}) == 3


def test_a_row_used_for_layout_is_read_as_its_paragraphs() -> None:
    page = ("<table><tr><td><ul><li><a>หน้าแรก</a></li><li><a>ข่าว</a></li></ul></td>"
            "<td><h2>วิสัยทัศน์</h2><p>ผู้เรียนมีคุณภาพ</p></td></tr>"
            "<tr><td>S</td><td><p>Service mind</p><p>มีจิตบริการ</p></td></tr>"
            "<tr><td><p>พันธกิจ</p><ol><li>จัดการศึกษา</li></ol></td></tr>"
            "<tr><td>เป้าประสงค์<table><tr><td>1.</td><td>ผู้เรียนอ่านออก</td></tr></table></td>"
            "</tr></table>")
    blocks = _blocks(page)
    assert [(b.text, b.heading_level, b.list_level, b.cells) for b in blocks] == [
        ("หน้าแรก", None, 1, ()), ("ข่าว", None, 1, ()),
        ("วิสัยทัศน์", 2, None, ()), ("ผู้เรียนมีคุณภาพ", None, None, ()),
        ("S", None, None, ()), ("Service mind", None, None, ()), ("มีจิตบริการ", None, None, ()),
        ("พันธกิจ", None, None, ()), ("1. จัดการศึกษา", None, 1, ()),
        ("เป้าประสงค์", None, None, ()), ("1.\tผู้เรียนอ่านออก", None, None, ("1.", "ผู้เรียนอ่านออก"))]
    assert len({b.block for b in blocks}) == len(blocks)


def test_a_one_cell_row_of_one_line_keeps_its_cell() -> None:
    (block,) = _blocks("<table><tr><td>ยุทธศาสตร์ที่ 1</td><td></td></tr></table>")
    assert (block.text, block.cells) == ("ยุทธศาสตร์ที่ 1", ("ยุทธศาสตร์ที่ 1", ""))


# --- encodings ------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "cp874", "utf-16"])
def test_the_page_bytes_decide_the_encoding_not_its_meta(encoding: str) -> None:
    page = ('<?xml version="1.0" encoding="iso-8859-1"?><html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            "</head><body><p>วิสัยทัศน์</p></body></html>")
    document = read_document(page.encode(encoding), format="html")
    assert document.text == "วิสัยทัศน์"
    assert document.encoding == ("cp874" if encoding == "cp874" else encoding)


# --- hostile pages --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("page", "text"),
    [
        ("", ""),
        ("   \n ", ""),
        ("<!-- เท่านั้น -->", ""),
        ("ข้อความล้วน ไม่มีแท็ก", "ข้อความล้วน ไม่มีแท็ก"),
        ("<p>ไม่ปิด<p>ไม่ปิด<div>ก<span>ข", "ไม่ปิด\nไม่ปิด\nกข"),
        ("<p>a < b และ c > d</p>", "a < b และ c > d"),
        ("<p>ศูนย์\x00ไบต์</p>", "ศูนย์\ufffdไบต์"),
        ("</p></div></li><p>ปิดเกิน</td></tr>", "ปิดเกิน"),
        ("<table><td>ไม่มี tr<td>ต่อ</table>", "ไม่มี tr\nต่อ"),  # libxml2 adds no tr
    ],
)
def test_malformed_pages_are_read_not_refused(page: str, text: str) -> None:
    assert html_to_text(page) == text


def test_a_one_megabyte_line_is_read_quickly() -> None:
    page = "<p>" + "พัฒนาคุณภาพการศึกษา " * 50_000 + "</p>"
    started = time.perf_counter()
    (block,) = _blocks(page)
    assert time.perf_counter() - started < 5
    assert block.text == ("พัฒนาคุณภาพการศึกษา " * 50_000).strip()


@pytest.mark.parametrize("opening", ["<div>", "<p><font>", "<table><tr><td>", "<ul><li>"])
def test_pages_nested_beyond_the_parser_are_read_as_plain_lines(opening: str) -> None:
    page = opening * 100_000 + "วิสัยทัศน์" + "<p>พันธกิจ</p>"
    started = time.perf_counter()
    document = read_html(page.encode(), ReadOptions(source="deep.html"))
    assert time.perf_counter() - started < 20
    assert document.text.split("\n") == ["วิสัยทัศน์", "พันธกิจ"]
    (warning,) = document.warnings
    assert warning.code is WarningCode.DAMAGED_TEXT and "deep.html" in warning.message


def test_tables_nested_fifty_deep_are_read() -> None:
    page = "<table><tr><td>" * 50 + "ลึก" + "</td></tr></table>" * 50
    assert html_to_text(page) == "ลึก"


# --- every visible character is kept --------------------------------------------------

_TEXT = st.text(alphabet=st.sampled_from(list("กขคงจัิ่้ำเแ ๑๒1.-<>&\"'\u00a0\t")), max_size=12)
_INLINE = ("b", "span", "a", "font", "strong", "em")
_BLOCK = ("p", "div", "h2", "h5", "section", "blockquote", "center", "pre")


@st.composite
def _pages(draw: st.DrawFn, depth: int = 0) -> tuple[str, str]:
    """A page fragment and its visible text (escaped text in visible and hidden elements)."""
    parts: list[tuple[str, str]] = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["text", "inline", "block", "list", "table", "hidden",
                                     "br"] if depth < 3 else ["text", "br"]))
        if kind == "text":
            text = draw(_TEXT)
            parts.append((html.escape(text), text))
        elif kind == "br":
            parts.append(("<br>", ""))
        elif kind in ("inline", "block"):
            tag = draw(st.sampled_from(_INLINE if kind == "inline" else _BLOCK))
            markup, text = draw(_pages(depth + 1))
            parts.append((f"<{tag}>{markup}</{tag}>", text))
        elif kind == "list":
            tag = draw(st.sampled_from(["ol", "ul"]))
            items = draw(st.lists(_pages(depth + 1), max_size=3))
            parts.append((f"<{tag}>" + "".join(f"<li>{m}</li>" for m, _ in items) + f"</{tag}>",
                          "".join(t for _, t in items)))
        elif kind == "table":
            rows = draw(st.lists(st.lists(_pages(depth + 1), min_size=1, max_size=3),
                                 max_size=3))
            parts.append(("<table>" + "".join(
                "<tr>" + "".join(f"<td>{m}</td>" for m, _ in row) + "</tr>" for row in rows)
                + "</table>", "".join(t for row in rows for _, t in row)))
        else:
            how = draw(st.sampled_from(['<div hidden>{}</div>', '<span style="display:none">{}'
                                        "</span>", "<script>{}</script>", "<nav>{}</nav>"]))
            markup, _ = draw(_pages(depth + 1))
            parts.append((how.format(markup if "script" not in how else "x = 1;"), ""))
    return "".join(m for m, _ in parts), "".join(t for _, t in parts)


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


@settings(max_examples=200, deadline=None)
@given(_pages())
def test_every_visible_character_is_read_in_order(page: tuple[str, str]) -> None:
    markup, visible = page
    text = "".join(read_text(markup.encode("utf-8"), format="html").split())
    assert _is_subsequence("".join(visible.split()), text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<br>", "<td>", "</td>", "<tr>", "<table>", "</table>",
    "<ol start=x>", "<ol reversed>", "<li value=-3>", "<li>", "</ol>", "<ul>", "<h2>", "</h2>",
    "<b>", "</b>", "<!--", "-->", "<script>", "</script>", "<", ">", "&", "&#0;", "&#xD800;",
    "<pre>", "\n", "\r", " ", "ก", "๑.", "<p style='display:none'>", "<font size=9>",
    "<span style='font-size:-3px;font-weight:abc'>", "<ol type=Z>", "<li type=i>", "\x00",
    "<svg>", "<math>", "<![CDATA[", "]]>", "<?", "<title>", "</title>", "<head>", "<body>",
]), max_size=30).map("".join))
def test_any_markup_is_read_without_error(markup: str) -> None:
    for block in read_html(markup.encode("utf-8"), ReadOptions()).blocks:
        assert block.text == block.text.strip() and block.text
        assert "\n" not in block.text
