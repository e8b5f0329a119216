"""Word files (thaiplan.read.docx): heading styles and outline levels, numbering, weight
and size, line breaks, tables, text boxes, content controls, headers and footers."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest

from _docx import numbered, thai_numbering
from thaiplan.layout import Block, Role
from thaiplan.read import ReadOptions
from thaiplan.read.docx import read_docx

docx = pytest.importorskip("docx")
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Pt  # noqa: E402

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"')


def _read(build: Callable[[Any], None]) -> list[Block]:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return list(read_docx(buffer.getvalue(), ReadOptions()).blocks)


def _body(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.role is Role.BODY]


def _xml(fragment: str) -> Any:
    return parse_xml(fragment.replace("NS", _NAMESPACES))


def _outline(paragraph: Any, level: int) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))


# --- headings ---------------------------------------------------------------------------

def test_heading_levels_from_styles_outline_levels_and_names() -> None:
    def build(d: Any) -> None:
        d.add_heading("แผนปฏิบัติราชการ ประจำปี ๒๕๖๗", level=0)  # Title
        d.add_heading("ส่วนที่ ๑", level=1)
        d.add_heading("วิสัยทัศน์", level=2)
        plan = d.styles.add_style("Plan Heading", WD_STYLE_TYPE.PARAGRAPH)
        plan.base_style = d.styles["Heading 3"]
        d.add_paragraph("พันธกิจ", style="Plan Heading")  # outline level through basedOn
        d.styles.add_style("หัวเรื่อง 4", WD_STYLE_TYPE.PARAGRAPH)  # a Thai Word's name
        d.add_paragraph("เป้าประสงค์", style="หัวเรื่อง 4")
        _outline(d.add_paragraph("ค่านิยม"), 4)  # the paragraph's own outline level
        body_text = d.add_heading("ข้อความธรรมดา", level=1)
        _outline(body_text, 9)  # outline level 9: body text, whatever the style
        d.add_paragraph("ผู้เรียนมีคุณภาพ")

    assert [(b.text, b.heading_level) for b in _read(build)] == [
        ("แผนปฏิบัติราชการ ประจำปี ๒๕๖๗", 1), ("ส่วนที่ ๑", 1), ("วิสัยทัศน์", 2),
        ("พันธกิจ", 3), ("เป้าประสงค์", 4), ("ค่านิยม", 5), ("ข้อความธรรมดา", None),
        ("ผู้เรียนมีคุณภาพ", None)]


# --- weight and size ----------------------------------------------------------------------

def test_bold_and_size_from_runs_styles_and_defaults() -> None:
    def build(d: Any) -> None:
        d.add_heading("วิสัยทัศน์", level=1)  # Heading 1: bold, 14 pt
        p = d.add_paragraph()
        p.add_run("พันธกิจ").bold = True  # w:b only, as python-docx writes it
        p.add_run(" ")
        p = d.add_paragraph()
        p.add_run("เป้าประสงค์").bold = True
        p.add_run(" (Goals)")
        p = d.add_paragraph()
        run = p.add_run("ค่านิยม")
        run.font.size = Pt(16)
        d.add_paragraph("ผู้เรียนมีคุณภาพ")  # the defaults: 11 pt, regular
        heading = d.add_heading("", level=1)
        heading.add_run("ไม่หนา").bold = False  # w:b="0" beats the style
        p = d.add_paragraph()
        p.add_run("ก")._r.get_or_add_rPr().append(parse_xml(
            f'<w:szCs {nsdecls("w")} w:val="40"/>'))  # Thai text: the complex-script size
        p = d.add_paragraph()
        p.add_run("ตัวหนาไทย")._r.get_or_add_rPr().append(parse_xml(
            f'<w:bCs {nsdecls("w")}/>'))

    blocks = _read(build)
    assert [(b.text, b.bold, b.size) for b in blocks] == [
        ("วิสัยทัศน์", True, 14.0), ("พันธกิจ ", True, 11.0), ("เป้าประสงค์ (Goals)", False, 11.0),
        ("ค่านิยม", False, 16.0), ("ผู้เรียนมีคุณภาพ", False, 11.0), ("ไม่หนา", False, 14.0),
        ("ก", False, 20.0), ("ตัวหนาไทย", True, 11.0)]


# --- numbering ----------------------------------------------------------------------------

def test_automatic_numbers_give_list_levels_and_labels() -> None:
    def build(d: Any) -> None:
        d.add_paragraph("พันธกิจ")
        d.add_paragraph("จัดการศึกษาให้ทั่วถึง", style="List Number")
        d.add_paragraph("ส่งเสริมคุณธรรม", style="List Number")
        d.add_paragraph("ซื่อสัตย์", style="List Bullet")
        num = thai_numbering(d)
        numbered(d, "ผู้เรียนอ่านออก", num, 0)
        numbered(d, "อ่านคล่อง", num, 1)
        numbered(d, "ครูมีสมรรถนะ", num, 0)

    assert [(b.text, b.list_level, b.list_label) for b in _read(build)] == [
        ("พันธกิจ", None, ""), ("1. จัดการศึกษาให้ทั่วถึง", 1, "1."),
        ("2. ส่งเสริมคุณธรรม", 1, "2."), ("• ซื่อสัตย์", 1, "•"),
        ("๑. ผู้เรียนอ่านออก", 1, "๑."), ("๑.๑ อ่านคล่อง", 2, "๑.๑"),
        ("๒. ครูมีสมรรถนะ", 1, "๒.")]


# --- lines ----------------------------------------------------------------------------------

def test_a_line_break_splits_a_paragraph_into_lines_of_one_block() -> None:
    def build(d: Any) -> None:
        p = d.add_paragraph("พันธกิจ")
        p.add_run().add_break()
        p.add_run("1. พัฒนาครู")
        p.add_run().add_break(WD_BREAK.PAGE)  # a page break is no line
        p.add_run(" และบุคลากร")
        d.add_paragraph("")
        d.add_paragraph("เป้าประสงค์")

    assert [(b.text, b.block, b.line) for b in _read(build)] == [
        ("พันธกิจ", 0, 1), ("1. พัฒนาครู และบุคลากร", 0, 2), ("", 1, 3), ("เป้าประสงค์", 2, 4)]


def test_content_controls_insertions_and_links_are_text_deletions_are_not() -> None:
    def build(d: Any) -> None:
        body = d.element.body
        body.insert(0, _xml(
            "<w:sdt NS><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>หน้าปก สพป.ลำปาง เขต 1</w:t>"
            "</w:r></w:p></w:sdtContent></w:sdt>"))
        p = d.add_paragraph("ผู้เรียน")
        p._p.append(_xml("<w:ins NS><w:r><w:t>มีคุณภาพ</w:t></w:r></w:ins>"))
        p._p.append(_xml("<w:del NS><w:r><w:delText>ไม่</w:delText></w:r></w:del>"))
        p._p.append(_xml('<w:hyperlink NS w:anchor="a"><w:r><w:t> ตามมาตรฐาน</w:t></w:r>'
                         "</w:hyperlink>"))
        p._p.append(_xml("<w:sdt NS><w:sdtContent><w:r><w:t>ชาติ</w:t></w:r></w:sdtContent>"
                         "</w:sdt>"))

    assert [b.text for b in _read(build)] == ["หน้าปก สพป.ลำปาง เขต 1",
                                              "ผู้เรียนมีคุณภาพ ตามมาตรฐานชาติ"]


def test_text_boxes_are_read_once_before_their_paragraph() -> None:
    box = ("<w:txbxContent><w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r>"
           "<w:t>วิสัยทัศน์</w:t></w:r></w:p></w:txbxContent>")

    def build(d: Any) -> None:
        d.add_paragraph("ปก")
        p = d.add_paragraph()
        p._p.append(_xml(
            "<w:r NS><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
            "<a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp>"
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
            "<w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict>"
            "</mc:Fallback></mc:AlternateContent></w:r>"))
        p.add_run("ผู้เรียนมีคุณภาพ")
        p = d.add_paragraph("พันธกิจ")
        p._p.append(_xml(
            "<w:r NS><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>ใน VML</w:t>"
            "</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))

    assert [(b.text, b.heading_level) for b in _read(build)] == [
        ("ปก", None), ("วิสัยทัศน์", 1), ("ผู้เรียนมีคุณภาพ", None), ("ใน VML", None),
        ("พันธกิจ", None)]


# --- tables ---------------------------------------------------------------------------------

def test_a_row_of_data_is_one_block_of_cells() -> None:
    def build(d: Any) -> None:
        table = d.add_table(rows=3, cols=3)
        table.cell(0, 0).text = "ยุทธศาสตร์ที่ 1"
        table.cell(0, 1).text = "พัฒนาผู้เรียน"
        table.cell(0, 1).add_paragraph("อย่างมีคุณภาพ")  # a cell's paragraphs: one text
        table.cell(0, 2).text = "ร้อยละ 80"
        table.cell(0, 0).merge(table.cell(1, 0))  # merged down: shown once
        table.cell(1, 1).text = "พัฒนาครู"
        table.cell(2, 0).merge(table.cell(2, 1)).text = "รวม"

    blocks = _read(build)
    assert [(b.text, b.cells) for b in blocks] == [
        ("ยุทธศาสตร์ที่ 1\tพัฒนาผู้เรียน อย่างมีคุณภาพ\tร้อยละ 80",
         ("ยุทธศาสตร์ที่ 1", "พัฒนาผู้เรียน อย่างมีคุณภาพ", "ร้อยละ 80")),
        ("พัฒนาครู", ("", "พัฒนาครู", "")),
        ("รวม", ("รวม", ""))]
    assert [b.block for b in blocks] == [0, 1, 2]


def test_a_row_used_for_layout_is_read_as_its_paragraphs() -> None:
    def build(d: Any) -> None:
        frame = d.add_table(rows=1, cols=1).cell(0, 0)  # a one-cell frame around a section
        frame.text = "พันธกิจ"
        frame.add_paragraph("จัดการศึกษาให้ทั่วถึง", style="List Number")
        frame.add_paragraph("พัฒนาครู", style="List Number")
        table = d.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "เป้าประสงค์"
        inner = table.cell(0, 1).add_table(rows=1, cols=2)  # a table in a cell
        inner.cell(0, 0).text = "1."
        inner.cell(0, 1).text = "ผู้เรียนอ่านออก"
        headed = d.add_table(rows=1, cols=2)
        headed.cell(0, 0).paragraphs[0].style = d.styles["Heading 2"]
        headed.cell(0, 0).paragraphs[0].text = "ค่านิยม"
        headed.cell(0, 1).text = "SMART"

    assert [(b.text, b.cells, b.list_level, b.heading_level) for b in _read(build)] == [
        ("พันธกิจ", (), None, None), ("1. จัดการศึกษาให้ทั่วถึง", (), 1, None),
        ("2. พัฒนาครู", (), 1, None), ("เป้าประสงค์", (), None, None),
        ("", (), None, None),  # the cell's (empty) paragraph before its table
        ("1.\tผู้เรียนอ่านออก", ("1.", "ผู้เรียนอ่านออก"), None, None), ("", (), None, None),
        ("ค่านิยม", (), None, 2), ("SMART", (), None, None)]


# --- headers and footers --------------------------------------------------------------------

def test_page_headers_and_footers_are_furniture() -> None:
    def build(d: Any) -> None:
        section = d.sections[0]
        section.header.paragraphs[0].text = "แผนปฏิบัติราชการ ประจำปี ๒๕๖๗ สพม.ตรัง"
        section.footer.paragraphs[0].text = "หน้า ๑"
        d.add_paragraph("วิสัยทัศน์")

    blocks = _read(build)
    assert [(b.text, b.role, b.line) for b in blocks] == [
        ("แผนปฏิบัติราชการ ประจำปี ๒๕๖๗ สพม.ตรัง", Role.HEADER, 0), ("วิสัยทัศน์", Role.BODY, 1),
        ("หน้า ๑", Role.FOOTER, 0)]
    assert len({b.block for b in blocks}) == 3
    assert [b.text for b in _body(blocks)] == ["วิสัยทัศน์"]
