"""The PDF reader: Thai rebuilt from glyphs, reading order, furniture, limits, bad files,
and the real PDFs of ``../shared/corpus/realpdf`` when they are there."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _pdf import Font, Text, build_pdf, make_pdf
from conftest import SHARED
from thaiplan.errors import LimitExceededError, MissingDependencyError, UndecodableFileError
from thaiplan.layout import Role
from thaiplan.model import WarningCode
from thaiplan.parse import parse_document
from thaiplan.read import ReadOptions, read_document
from thaiplan.read.pdf.thai import PUA_MARKS, best_base, cluster, tidy

pytest.importorskip("pypdfium2")
pytest.importorskip("fontTools")

REALPDF = SHARED / "corpus" / "realpdf"


def read(data: bytes, **options: object) -> list[str]:
    return read_document(data, format="pdf", options=ReadOptions(**options)).text.split("\n")


def repairs(data: bytes) -> str:
    document = read_document(data, format="pdf")
    return " ".join(w.message for w in document.warnings
                    if w.code is WarningCode.GLYPHS_REPAIRED)


def _sarabun_width(text: str, size: float) -> float:
    from _pdf import _font, glyph_names

    font = _font("Regular")
    return sum(font["hmtx"][g][0] for g in glyph_names(text)) * size / 1000


# --- glyph decoding -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "font", "expected", "repair"),
    [
        # a tone mark above an upper vowel, left out of ToUnicode; the subset keeps no cmap
        # and no glyph names: decoded by its outline against the font's own marks
        ("ที{uni0E48.small}ตั้ง ที่ดิน", Font(to_unicode={"uni0E48.small": None},
                                              strip=("cmap", "post")),
         "ที่ตั้ง ที่ดิน", "glyphs decoded from the font program"),
        # ...the same, the program keeping its glyph names: decoded by name
        ("ที{uni0E48.small}ตั้ง", Font(to_unicode={"uni0E48.small": None}, strip=("cmap",)),
         "ที่ตั้ง", "glyphs decoded from the font program"),
        # a simple TrueType font, WinAnsiEncoding, no ToUnicode: Latin-1 codes drawn as
        # Thai glyphs through the program's own cmap
        ("วิสัยทัศน์ ที่ได้", Font(kind="winansi"), "วิสัยทัศน์ ที่ได้",
         "glyphs decoded from the font program"),
        # a private-use shifted mark (U+F70B, mai tho moved left)
        ("ด{uni0E49.narrow}าน", Font(to_unicode={"uni0E49.narrow": "\uf70b"}), "ด้าน",
         "PUA marks mapped"),
        # a Canva export maps its shifted marks to Latin letters (ดlาน): the glyph decides,
        # by name, or by outline where the subset keeps neither cmap nor names
        ("ด{uni0E49.narrow}าน", Font(to_unicode={"uni0E49.narrow": "l"}), "ด้าน",
         "glyphs decoded from the font program"),
        ("ด{uni0E49.narrow}าน ที{uni0E48.small}ดิน",
         Font(to_unicode={"uni0E49.narrow": "l", "uni0E48.small": "k"}, strip=("cmap", "post")),
         "ด้าน ที่ดิน", "glyphs decoded from the font program"),
        # a Word export maps mai tho moved left over ป to ู: drawn above, it is ้
        ("เป{uni0E49.narrow}าหมาย ปู", Font(to_unicode={"uni0E49.narrow": "\u0e39"}),
         "เป้าหมาย ปู", "mis-mapped marks fixed"),
        # LibreOffice gives a cluster's vowel below and tone mark each other's value (the
        # ink of ู labelled ่ and the other way round): the side each is drawn on decides
        ("ค{uni0E39}{uni0E48} ผ{uni0E39.small}{uni0E49}",
         Font(to_unicode={"uni0E39": "\u0e48", "uni0E48": "\u0e39",
                          "uni0E39.small": "\u0e49", "uni0E49": "\u0e39"}),
         "คู่ ผู้", "mis-mapped marks fixed"),
        # ...over ป, its tone mark shifted left; ฝ, vowel and tone mark in the other order
        ("ปู{uni0E48.narrow} ฝ{uni0E48.small}ุน",
         Font(to_unicode={"uni0E39": "\u0e48", "uni0E48.narrow": "\u0e39",
                          "uni0E48.small": "\u0e38", "uni0E38": "\u0e48"}),
         "ปู่ ฝุ่น", "mis-mapped marks fixed"),
        # Chrome's PDFs (Skia's) map a cluster's glyphs to its whole text: the letter's
        # glyph gives ที, the mark's drawn above it ที again (ทีทีมงาน) — dropped
        ("ทีมงาน", Font(to_unicode={"uni0E17": "ที", "uni0E35": "ที"}), "ทีมงาน",
         "cluster texts of mark glyphs dropped"),
        # the ํ of ำ mapped to a space (ส าคัญ)
        ("ส{uni0E4D}าคัญ", Font(to_unicode={"uni0E4D": " "}), "สำคัญ",
         "mis-mapped marks fixed"),
        # the ํ of ำ mapped to U+FFFD (a budget volume's cover font), the subset without
        # cmap or names: the glyph found by its ink box, its shape the nikhahit's
        ("ประจ{uni0E4D}าปี ส{uni0E4D}านัก", Font(to_unicode={"uni0E4D": "\ufffd"},
                                              strip=("cmap", "post")),
         "ประจำปี สำนัก", "glyphs decoded from the font program"),
        # ...the glyph keeping its name
        ("ส{uni0E4D}านัก", Font(to_unicode={"uni0E4D": "\ufffd"}, strip=("cmap",)),
         "สำนัก", "glyphs decoded from the font program"),
    ],
)
def test_glyphs_decoded_from_the_font(text: str, font: Font, expected: str, repair: str) -> None:
    data = build_pdf([[Text(72, 700, text, 16)]], [font])
    assert read(data) == [expected]
    assert repair in repairs(data)


def test_correct_text_is_left_alone() -> None:
    lines = ["วิสัยทัศน์ (Vision)", "สำนักงานเขตพื้นที่การศึกษา ที่ได้มาตรฐาน น้ำใจ",
             "1. ผู้เรียนมีคุณภาพ 2567", "e-Service และ ICT"]
    data = make_pdf([lines])
    assert read(data) == lines
    assert repairs(data) == ""


# --- marks put back on their letters -------------------------------------------------

@pytest.mark.parametrize("text", ["วิสัยทัศน์", "ที่ทั้งสำนักงาน", "ผลสัมฤทธิ์ น้ำ เพื่อ"])
def test_marks_drawn_in_a_second_pass_go_back_on_their_letters(text: str) -> None:
    data = build_pdf([[Text(72, 700, text, 16, marks_later=True)]])
    assert read(data) == [text]
    assert "marks reattached" in repairs(data)


def test_marks_of_each_others_value_drawn_in_a_second_pass() -> None:
    # LibreOffice's swapped vowel below and tone mark, drawn after all the letters: each
    # mark's value put right by the side it is drawn on, then moved to its letter
    swapped = Font(to_unicode={"uni0E39.small": "\u0e49", "uni0E49": "\u0e39",
                               "uni0E39": "\u0e48", "uni0E48": "\u0e39"})
    data = build_pdf([[Text(72, 700, "ความร{uni0E39.small}{uni0E49}ค{uni0E39}{uni0E48}", 16,
                            marks_later=True)]], [swapped])
    assert read(data) == ["ความรู้คู่"]
    assert "mis-mapped marks fixed" in repairs(data)


def test_a_cluster_text_given_again_to_a_mark_drawn_later_goes() -> None:
    # the mark's glyph mapped to its cluster (ที), drawn after the letters: pdfium reads
    # ทีม / ที on lines of their own
    data = build_pdf([[Text(72, 700, "ทีม ที่ดิน", 16, marks_later=True)]],
                     [Font(to_unicode={"uni0E17": "ที", "uni0E35": "ที"})])
    assert read(data) == ["ทีม ที่ดิน"]


_TYPED = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๒ ทั้งนี้ ผู้เรียนมีความรู้คู่คุณธรรม น้ำใจ ที่นี่"


@pytest.mark.parametrize(
    ("name", "wrapped_after", "repeats"),
    [
        # tests/data/pdf/README.md: a cluster's text given to its mark's glyph too, no
        # character for the า of ำ (pdfium reads สำ นักงาน… ทั้งทั้นี้)
        ("chrome_garuda.pdf", "คู่", True),
        # ...and every cluster a fragment of its own, its ink 0.1–0.16 em from the next
        # (pdfium reads สำ/นั/ก/ง/า/น…; the gaps alone tell a word space)
        ("chrome_norasi.pdf", "คุณธรรม", True),
        ("chrome_sawasdee.pdf", "คู่", False),
    ],
)
def test_a_chrome_print_reads_as_typed(name: str, wrapped_after: str, repeats: bool) -> None:
    data = (Path(__file__).parent / "data" / "pdf" / name).read_bytes()
    cut = _TYPED.index(wrapped_after) + len(wrapped_after)
    assert read(data) == [_TYPED[:cut], _TYPED[cut:].lstrip()]
    assert ("cluster texts of mark glyphs dropped" in repairs(data)) == repeats


def test_a_cluster_text_given_again_after_the_next_words_goes() -> None:
    # Chrome, Loma Bold: น์'s text given again to the glyph of ์, drawn after "(V"
    data = (Path(__file__).parent / "data" / "pdf" / "chrome_loma_heading.pdf").read_bytes()
    assert read(data) == ["วิสัยทัศน์ (Vision)"]


def test_a_libreoffice_export_reads_as_typed() -> None:
    # tests/data/pdf/README.md: LibreOffice swaps the values of a vowel below and a tone
    # mark, and sets some marks after the next letter; in five fonts, every mark found
    typed = "ผู้เรียนมีความรู้คู่คุณธรรม ปู่ย่าตายาย ฟื้นฟู ฝุ่นละออง สู่ความเป็นเลิศ"
    data = (Path(__file__).parent / "data" / "pdf" / "libreoffice_tlwg.pdf").read_bytes()
    text = "".join(read(data)).replace(" ", "")
    assert text == typed.replace(" ", "") * 5
    assert "mis-mapped marks fixed" in repairs(data)


def test_a_libreoffice_export_s_sara_am_drawn_later_counts_its_aa() -> None:
    # tests/data/pdf/README.md: Waree's ำ is a ring (mapped to ำ, drawn after the next
    # letters) and a า with no character; its font gives no advance for า: a า of the
    # page measures it (pdfium reads น้อมน / ้ / ำ, a gap where the า is)
    data = (Path(__file__).parent / "data" / "pdf" / "libreoffice_waree.pdf").read_bytes()
    assert read(data) == ["ลำพูน เป็นองค์กรแห่งคุณภาพ น้อมนำหลักปรัชญา ก้าวทันโลก",
                          "จำแนกตามประเภท ทำนุบำรุง ความเป็นเลิศ"]


@pytest.mark.parametrize(
    ("base", "marks", "expected"),
    [("ท", "\u0e48\u0e35", "ที่"), ("ร", "\u0e31\u0e31", "รั"), ("น", "\u0e4d\u0e49", "น้ํ"),
     ("ธ", "\u0e4c\u0e34", "ธิ์")],
)
def test_cluster_puts_marks_in_canonical_order_once(base: str, marks: str, expected: str) -> None:
    assert cluster(base, marks) == expected


@pytest.mark.parametrize(
    ("text", "left", "right", "on_left"),
    [
        # a tone drawn on the boundary of ล and ว: the dictionary reads แล้ว
        ("แลวเสร \u0e47จ", 1, 2, True),
        # ...of น and ด: it reads คนได้, the mark on the right letter
        ("คนได", 1, 3, False),
    ],
)
def test_a_tone_on_the_boundary_of_two_letters_goes_where_the_dictionary_reads_it(
        text: str, left: int, right: int, on_left: bool) -> None:
    from thaiplan.read.pdf.marks import _dictionary_prefers

    assert _dictionary_prefers(text, "\u0e49", left, right, start=0, stop=len(text)) is on_left


def test_best_base_prefers_the_letter_under_the_mark_then_the_one_on_its_left() -> None:
    letters = [(0.0, 5.0, 6.0, 12.0), (7.0, 5.0, 13.0, 12.0)]
    assert best_base((8.0, 0.0, 11.0, 2.0), letters, 2.0) == (1, 0)
    assert best_base((5.0, 0.0, 7.4, 2.0), letters, 2.0) == (0, 1)  # middle in the gap
    assert best_base((40.0, 0.0, 42.0, 2.0), letters, 2.0) is None


_THAI = st.text(alphabet="กขคงจทนมรสอเแาะ่้๊๋ัิีึืุู็์ํ ", max_size=30)


@given(_THAI)
@settings(max_examples=200, deadline=None)
def test_tidy_is_idempotent_and_keeps_the_letters(text: str) -> None:
    once = tidy(text)
    assert tidy(once) == once
    letters = re.sub("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", "", text).replace("\u0e33", "")
    assert re.sub("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", "", once).replace("\u0e33", "") \
        .replace("\u0e32", "") == letters.replace("\u0e32", "")


@given(st.text(alphabet="".join(chr(c) for c in range(0xF700, 0xF71B)), max_size=10))
def test_every_private_use_mark_maps_to_thai(text: str) -> None:
    assert all("\u0e01" <= ch <= "\u0e4e" for ch in text.translate(PUA_MARKS))


# --- spaces ------------------------------------------------------------------------------

def test_a_space_inside_a_word_goes_and_word_spaces_stay() -> None:
    font = _sarabun_width
    # "การ" then "สรรหา" a little apart (a justified line's stretch): one word
    left = Text(72, 700, "กา", 16)
    right = Text(72 + font("กา", 16) + 1.5, 700, "รสรรหา", 16)
    apart = Text(72 + font("กา", 16) + 1.5 + font("รสรรหา", 16) + 6, 700, "ประชาชน", 16)
    assert read(build_pdf([[left, right, apart]])) == ["การสรรหา ประชาชน"]


_CLUSTER = re.compile("[^\u0e31\u0e34-\u0e3a\u0e47-\u0e4e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*")


def _tracked(text: str, x: float, tracking: float, stretch: float,
             size: float = 16) -> list[Text]:
    """``text`` set one cluster at a time, ``tracking`` em apart and ``stretch`` em more
    at each ``|`` (a justified line stretched between its letters and more at its word
    breaks, as a Word export draws it); a ``" "`` in ``text`` leaves 0.4 em more."""
    items = []
    for piece in _CLUSTER.findall(text):
        if piece in " |":
            x += (0.4 if piece == " " else stretch) * size
            continue
        items.append(Text(round(x, 2), 700, piece, size))
        x += _sarabun_width(piece, size) + tracking * size
    return items


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # a letter-spaced line, stretched more at its word breaks: no spaces there (the
        # dictionary reads การกระทำ|ที่ and การทำ|งาน apart as well as together)
        (_tracked("ห้ามมิให้|มีการ|กระทำ|ที่|เป็นการ|ทำ|งาน|โดย|มิชอบ", 72, 0.06, 0.08),
         ["ห้ามมิให้มีการกระทำที่เป็นการทำงานโดยมิชอบ"]),
        # ...its word spaces, 0.4 em wider, stay
        (_tracked("ให้คำ|แนะนำ และ|รับฟัง|ความ|คิดเห็น|ของ|ประชาชน", 72, 0.06, 0.08),
         ["ให้คำแนะนำ และรับฟังความคิดเห็นของประชาชน"]),
        # a line set tight: a gap of 0.3 em after ำ is a word space
        ([Text(72, 700, "ระดับน้ำ", 16), Text(72 + _sarabun_width("ระดับน้ำ", 16) + 4.8, 700,
                                                 "และพายุ", 16)], ["ระดับน้ำ และพายุ"]),
        # the ring of ำ mapped to ำ, its า drawn by a glyph the text layer leaves out:
        # the gap after the ring counts the า (จำ แนก → จำแนก)
        ([Text(72, 700, "จ{uni0E4D}", 16, font=1),
          Text(72 + _sarabun_width("จา", 16) + 0.5, 700, "แนกตามประเภท", 16, font=1)],
         ["จำแนกตามประเภท"]),
    ],
)
def test_spaces_are_decided_by_the_line_s_spacing(items: list[Text], expected: list[str]) -> None:
    fonts = [Font(), Font(to_unicode={"uni0E4D": "\u0e33"})]
    assert read(build_pdf([items], fonts)) == expected


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # a budget volume's cover: a shadow half a point off, its first copy lost the า
        # of ำ to its map (pdfium put a space there); the copy without it is kept
        ([("สำ นักงบประมาณ", 430.2, 520.0, 750.6), ("สำานักงบประมาณ", 430.6, 520.4, 751.1)],
         ["สำนักงบประมาณ"]),
        # a fake bold: three copies a fraction of a point apart
        ([("วิสัยทัศน์", 72.0, 140.0, 700.0), ("วิสัยทัศน์", 72.3, 140.3, 700.0),
          ("วิสัยทัศน์", 72.6, 140.6, 700.0)], ["วิสัยทัศน์"]),
        # the same text in two cells of a row is two cells
        ([("งบประมาณ", 72.0, 140.0, 700.0), ("งบประมาณ", 300.0, 368.0, 700.0)],
         ["งบประมาณ", "งบประมาณ"]),
        # touching spans of other text are joined, not taken for copies
        ([("เครื่", 72.0, 101.5, 700.0), ("องมือ", 101.5, 141.5, 700.0)], ["เครื่องมือ"]),
    ],
)
def test_text_drawn_twice_over_itself_is_read_once(
        spans: list[tuple[str, float, float, float]], expected: list[str]) -> None:
    from thaiplan.read.pdf.lines import rows_of
    from thaiplan.read.pdf.spans import Span

    rows = rows_of([Span(text, x0, x1, baseline, 21.0, False) for text, x0, x1, baseline in spans])
    assert [s.text for row in rows for s in row.segments] == expected


def test_a_row_set_glyph_by_glyph_is_joined_by_its_gaps() -> None:
    # each cluster a span 0.15 em from the next (more than letters touching, less than a
    # word space): one word; 0.5 em: a word space. The dictionary cannot judge a gap
    # with one cluster on its right.
    from thaiplan.read.pdf.lines import rows_of
    from thaiplan.read.pdf.spans import Span

    spans, x = [], 72.0
    for word in ("สำนักงาน", "เขต", "๒"):
        for piece in _CLUSTER.findall(word):
            spans.append(Span(piece, x, x + 8.0, 700.0, 16.0, False))
            x += 8.0 + 0.15 * 16
        x += 0.35 * 16
    rows = rows_of(spans)
    assert [s.text for row in rows for s in row.segments] == ["สำนักงาน เขต ๒"]


# --- reading order -------------------------------------------------------------------

def test_two_columns_are_read_one_after_the_other() -> None:
    left = ["คอลัมน์ซ้ายบรรทัดที่หนึ่งยาวพอสมควร", "คอลัมน์ซ้ายบรรทัดที่สองยาวพอสมควร",
            "คอลัมน์ซ้ายบรรทัดที่สามยาวพอสมควร"]
    right = ["คอลัมน์ขวาบรรทัดที่หนึ่งยาวพอสมควรนะ", "คอลัมน์ขวาบรรทัดที่สองยาวพอสมควรนะ",
             "คอลัมน์ขวาบรรทัดที่สามยาวพอสมควรนะ"]
    items = [Text(40, 700 - 20 * k, line, 12) for k, line in enumerate(left)]
    items += [Text(320, 700 - 20 * k, line, 12) for k, line in enumerate(right)]
    assert read(build_pdf([items])) == left + right


def test_diagram_boxes_that_start_at_different_heights_are_read_box_by_box() -> None:
    # (a strategy map: the right box starts a line above the left one, and the footer
    # below both is furniture, not the last line of the left column)
    left = ["ยุทธศาสตร์ที่ ๑ การสร้างมาตรฐาน", "ทางจริยธรรมภายในหน่วยงาน", "ของรัฐทุกแห่งทั่วประเทศ",
            "ยุทธศาสตร์ที่ ๒ การพัฒนานโยบาย", "และระบบบริหารการส่งเสริม"]
    right = ["“ไม่มีข้อยกเว้น”", "การสร้างมาตรฐานทางจริยธรรม", "ให้มีมาตรฐานเดียวกันในกลุ่ม",
             "เจ้าหน้าที่ของรัฐทุกประเภท", "โดยไม่มีข้อยกเว้นใด ๆ", "ในทุกหน่วยงานของรัฐ"]
    footer = ["๘๘ สำนักงาน ก.พ.", "ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม"]
    pages = []
    for n in range(1, 4):
        items = [Text(40, 680 - 21 * k, line, 14) for k, line in enumerate(left)]
        items += [Text(330, 690 - 21 * k, line, 14) for k, line in enumerate(right)]
        items += [Text(60, 40, f"{footer[0]} {n}", 12), Text(300, 40, footer[1], 12)]
        pages.append(items)
    document = read_document(build_pdf(pages), format="pdf")
    assert [b.text for b in document.body if b.page == 2] == left + right
    assert {b.page for b in document.blocks if b.role is Role.FOOTER} == {1, 2, 3}


def test_no_cell_starts_with_a_mark() -> None:
    # (a short line spread over the width: its marks can stand far from their letter)
    items = [Text(40, 700, "กลยุทธ์ท", 14), Text(140, 700, "ี่", 14),
             Text(300, 700, "พัฒนาครูและบุคลากร", 14)]
    (block,) = read_document(build_pdf([items]), format="pdf").blocks
    assert block.cells == ("กลยุทธ์ที่", "พัฒนาครูและบุคลากร")


@pytest.mark.parametrize("gap", [8, 40])  # (a word gap; a cell's)
def test_no_word_ends_with_a_leading_vowel(gap: float) -> None:
    left = Text(40, 700, "สร้างความพร้อมในการขับเ", 14)
    width = _sarabun_width(left.text, 14)
    items = [left, Text(40 + width + gap, 700, "คลื่อน", 14)]
    assert read(build_pdf([items])) == ["สร้างความพร้อมในการขับเคลื่อน"]


@pytest.mark.parametrize("markers", [["๑.", "๒.", "๓."], ["1)", "2)", "3)"],
                                     ["กลยุทธ์ที่ ๑", "กลยุทธ์ที่ ๒", "กลยุทธ์ที่ ๓"]])
def test_a_list_whose_text_starts_at_a_tab_is_read_item_by_item(markers: list[str]) -> None:
    # (Word's hanging indent: the marker, a gap wider than a cell's, the text; the
    # markers are no column of their own)
    texts = ["ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีคุณภาพ", "พัฒนาครูและบุคลากรทางการศึกษา",
             "พัฒนาระบบบริหารจัดการ"]
    items = [Text(40, 760, "กลยุทธ์", 16)]
    for k, (marker, text) in enumerate(zip(markers, texts, strict=True)):
        items += [Text(60, 730 - 25 * k, marker, 16), Text(170, 730 - 25 * k, text, 16)]
    data = build_pdf([items])
    assert [b.cells for b in read_document(data, format="pdf").blocks][1:] == [
        (marker, text) for marker, text in zip(markers, texts, strict=True)]
    (section,) = parse_document(read_document(data, format="pdf")).sections
    assert [item.text for item in section.items] == texts


def test_a_table_of_labels_and_figures_is_read_row_by_row() -> None:
    labels = ["รวมทั้งสิ้นทุกแหล่งเงิน", "เงินงบประมาณรายจ่าย", "- งบบุคลากรภาครัฐ",
              "- งบดำเนินงานประจำ"]
    figures = ["128.0356 130.7048 138.1650", "128.0356 130.7048 138.1650",
               "0.0000 0.0000 0.0000", "128.0356 130.7048 138.1650"]
    items = [Text(60, 690, "หน่วย: ล้านบาท", 12), Text(300, 700, "งบรายจ่าย", 12)]
    items += [Text(60, 660 - 20 * k, label, 12) for k, label in enumerate(labels)]
    items += [Text(300, 660 - 20 * k, row, 12) for k, row in enumerate(figures)]
    document = read_document(build_pdf([items]), format="pdf")
    assert [b.cells for b in document.blocks][-4:] == list(zip(labels, figures, strict=True))


def test_a_heading_beside_its_text_comes_first() -> None:
    items = [Text(40, 700, "วิสัยทัศน์", 14), Text(160, 700, "องค์กรแห่งคุณภาพ", 14),
             Text(160, 680, "มุ่งพัฒนาผู้เรียนสู่สากล", 14),
             Text(160, 660, "ด้วยการมีส่วนร่วม", 14)]
    assert read(build_pdf([items])) == ["วิสัยทัศน์", "องค์กรแห่งคุณภาพ",
                                        "มุ่งพัฒนาผู้เรียนสู่สากล", "ด้วยการมีส่วนร่วม"]


def test_a_heading_written_last_is_read_where_it_stands() -> None:
    items = [Text(72, 660, "เป็นองค์กรกำกับดูแล", 14), Text(72, 630, "2. พันธกิจ", 14),
             Text(72, 600, "1. กำกับดูแลการแข่งขัน", 14), Text(72, 690, "1. วิสัยทัศน์", 14)]
    assert read(build_pdf([items])) == ["1. วิสัยทัศน์", "เป็นองค์กรกำกับดูแล", "2. พันธกิจ",
                                        "1. กำกับดูแลการแข่งขัน"]


def test_a_table_row_is_one_block_with_its_cells() -> None:
    items = [Text(60, 700, "งบประมาณรายจ่าย", 14), Text(300, 700, "191,976,200 บาท", 14),
             Text(450, 700, "166,576,700 บาท", 14)]
    document = read_document(build_pdf([items]), format="pdf")
    (block,) = document.blocks
    assert block.cells == ("งบประมาณรายจ่าย", "191,976,200 บาท", "166,576,700 บาท")
    assert block.text == "\t".join(block.cells)


def test_blocks_carry_page_position_size_and_weight() -> None:
    data = build_pdf([[Text(72, 700, "๓.๑ วิสัยทัศน์ (Vision)", 20, font=1),
                       Text(72, 670, "เจ้าหน้าที่ของรัฐเป็นแบบอย่าง", 16)]],
                     [Font(), Font(weight="Bold")])
    heading, text = read_document(data, format="pdf").blocks
    assert (heading.page, heading.line, heading.size, heading.bold) == (1, 1, 20.0, True)
    assert (text.line, text.size, text.bold) == (2, 16.0, False)
    assert heading.bbox is not None and heading.bbox[0] == pytest.approx(72, abs=2)
    assert heading.bbox[1] < text.bbox[1]  # type: ignore[index]
    assert heading.block != text.block


@pytest.mark.parametrize(("typed", "spaced_after", "expected"), [
    (True, False, ["พัฒนาครูและ"]),  # the page types its spaces: a 0.15 em gap is no space
    (False, False, ["พัฒนาครู และ"]),  # a gap pdfium took for a space: the dictionary keeps it
    (True, True, ["พัฒนาครู และ"]),  # a space typed at the end of the fragment
])
def test_a_gap_between_fragments_is_a_space_as_the_page_types_them(
        typed: bool, spaced_after: bool, expected: list[str]) -> None:
    from thaiplan.read.pdf.lines import rows_of
    from thaiplan.read.pdf.spans import Span

    left = Span("พัฒนาครู", 72.0, 130.0, 700.0, 16.0, False, spaced_after=spaced_after)
    right = Span("และ", 130.0 + 0.15 * 16, 150.0, 700.0, 16.0, False)
    rows = rows_of([left, right], spaces_typed=lambda: typed)
    assert [s.text for row in rows for s in row.segments] == expected


def test_a_ruled_table_s_wrapped_cells_are_read_as_rows() -> None:
    # tests/data/pdf/README.md: LibreOffice's export of a Word table (Table Grid) whose
    # cells wrap over two to four lines: each row one line of cells
    data = (Path(__file__).parent / "data" / "pdf" / "libreoffice_table.pdf").read_bytes()
    assert read(data)[3:] == [
        "ประเด็นกลยุทธ์\tเป้าประสงค์\tตัวชี้วัด",
        "๑. พัฒนาคุณภาพผู้ เรียนให้มีทักษะใน ศตวรรษที่ ๒๑\tผู้เรียนมีผลสัมฤทธิ์ ทางการเรียนสูงขึ้น"
        " และมีทักษะการคิด วิเคราะห์\tร้อยละของผู้เรียนที่มี ผลการทดสอบระดับ ชาติสูงกว่าค่าเฉลี่ย",
        "๒. พัฒนาครูและ บุคลากรทางการ ศึกษา\tครูมีสมรรถนะตาม มาตรฐานวิชาชีพ\tร้อยละของครูที่ผ่าน"
        " การพัฒนาตามเกณฑ์"]


def test_a_ruled_row_keeps_its_empty_cells() -> None:
    # a grid of three columns, the middle cell empty: the row's cells say so (a table of
    # sections puts each cell in its column's section)
    from thaiplan.read.pdf.extract import Rules
    from thaiplan.read.pdf.tables import ruled_rows

    grid = Rules([(90.0, 50.0, 400.0), (140.0, 50.0, 400.0)],
                 [(50.0, 90.0, 140.0), (200.0, 90.0, 140.0), (300.0, 90.0, 140.0),
                  (400.0, 90.0, 140.0)])
    [row] = ruled_rows(_rows((105, (("๑. พัฒนา", 55, 150), ("ร้อยละ", 305, 390)))), grid)
    assert row.ruled and row.cells == ("๑. พัฒนา", "", "ร้อยละ")


def test_a_table_printed_by_chrome_is_read_by_its_grid() -> None:
    # tests/data/pdf/README.md: an HTML table (borders collapsed, 2 pt of padding) in
    # Laksaman: cells closer than a word space, split where a rule runs down; a cell's
    # text given again to its marks' glyphs (ตัวชี้วัชี้ วัด) dropped
    data = (Path(__file__).parent / "data" / "pdf" / "chrome_table.pdf").read_bytes()
    assert read(data)[2:] == [
        "ประเด็นกลยุทธ์\tเป้าประสงค์\tตัวชี้วัด",
        "๑. พัฒนาคุณภาพผู้เรียนให้ มีทักษะในศตวรรษที่ ๒๑\tผู้เรียนมีผลสัมฤทธิ์ทางการเรียนสูง ขึ้น"
        " และมีทักษะการคิดวิเคราะห์\tร้อยละของผู้เรียนที่มีผลการ ทดสอบระดับชาติสูงกว่าค่า เฉลี่ย",
        "๒. พัฒนาครูและบุคลากร ทางการศึกษา\tครูมีสมรรถนะตามมาตรฐานวิชาชีพ\tร้อยละของครูที่ผ่านการพัฒนา"
        " ตามเกณฑ์"]


def test_a_text_layer_that_cannot_be_read_is_reported() -> None:
    # tests/data/pdf/README.md: printed through PostScript by Ghostscript, the fonts lost
    # every name of their glyphs: pdfium reads symbols and loose marks (!"#$!%&'่()ีู้)
    data = (Path(__file__).parent / "data" / "pdf" / "ghostscript_garuda.pdf").read_bytes()
    document = read_document(data, format="pdf")
    [warning] = [w for w in document.warnings if w.code is WarningCode.NO_TEXT_LAYER]
    assert warning.page == 1 and "cannot be read" in warning.message
    assert "ReadOptions(ocr=True)" in warning.message
    assert document.text.strip()  # (kept: no text dropped without OCR in its place)


def _rows(*lines: tuple[float, tuple[tuple[str, float, float], ...]]) -> list[Any]:
    from thaiplan.read.pdf.lines import Row, Segment

    return [Row(y, [Segment(t, x0, x1, 12.0, False) for t, x0, x1 in parts])
            for y, parts in lines]


_GRID = ([(90.0, 50.0, 400.0), (140.0, 50.0, 400.0)],
         [(50.0, 90.0, 140.0), (200.0, 90.0, 140.0), (400.0, 90.0, 140.0)])


@pytest.mark.parametrize(("lines", "rules", "expected"), [
    # two cells over two lines between two rules across, cut by a rule down: one row
    ([(105, (("๑. พัฒนา", 55, 150), ("ร้อยละ", 205, 330))), (121, (("ผู้เรียน", 55, 100),))],
     _GRID, [["๑. พัฒนา ผู้เรียน", "ร้อยละ"]]),
    # a list in the second cell: joined in it, as a Word table's cell is read
    ([(105, (("๑. พัฒนา", 55, 150), ("- ร้อยละ", 205, 330))), (121, (("- จำนวน", 205, 300),))],
     _GRID, [["๑. พัฒนา", "- ร้อยละ - จำนวน"]]),
    # a list in the first cell: a row for each item, with the figures beside it
    ([(100, (("(1) ผลสัมฤทธิ์ :", 55, 150),)), (116, (("- ตัวชี้วัด : ร้อยละ", 55, 190), ("80", 205, 215))),
      (132, (("ของผู้เรียน", 55, 100),)), (148, (("- ตัวชี้วัด : จำนวน", 55, 190), ("12", 205, 215)))],
     ([(90.0, 50.0, 400.0), (160.0, 50.0, 400.0)],
      [(50.0, 90.0, 160.0), (200.0, 90.0, 160.0), (400.0, 90.0, 160.0)]),
     [["(1) ผลสัมฤทธิ์ :"], ["- ตัวชี้วัด : ร้อยละ ของผู้เรียน", "80"], ["- ตัวชี้วัด : จำนวน", "12"]]),
    # the first cell centred down its row: its number is no new item of a list
    ([(105, (("ร้อยละ", 205, 330),)), (121, (("๑. พัฒนา", 55, 150), ("ของผู้เรียน", 205, 330))),
      (137, (("ที่ผ่าน", 205, 330),))],
     ([(90.0, 50.0, 400.0), (160.0, 50.0, 400.0)],
      [(50.0, 90.0, 160.0), (200.0, 90.0, 160.0), (400.0, 90.0, 160.0)]),
     [["๑. พัฒนา", "ร้อยละ ของผู้เรียน ที่ผ่าน"]]),
    # no rule down between the cells (a frame round the page): left alone
    ([(105, (("ก", 55, 150), ("ข", 205, 330))), (121, (("ค", 55, 100),))],
     (_GRID[0], [(50.0, 90.0, 140.0), (400.0, 90.0, 140.0)]), [["ก", "ข"], ["ค"]]),
    # a line across the rule down: no table of these cells
    ([(105, (("ก", 55, 150), ("ข", 205, 330))), (121, (("ค ง จ", 55, 300),))],
     _GRID, [["ก", "ข"], ["ค ง จ"]]),
    # one filled cell: a paragraph in a box, its lines kept
    ([(105, (("ก", 55, 150),)), (121, (("ค", 55, 100),))], _GRID, [["ก"], ["ค"]]),
])
def test_ruled_rows(lines: list[Any], rules: tuple[Any, Any], expected: list[list[str]]) -> None:
    from thaiplan.read.pdf.extract import Rules
    from thaiplan.read.pdf.tables import ruled_rows

    rows = ruled_rows(_rows(*lines), Rules(*rules))
    assert [[s.text for s in row.segments] for row in rows] == expected


# --- furniture -----------------------------------------------------------------------

def test_running_header_footer_and_page_numbers_are_marked_not_dropped() -> None:
    header = "แผนปฏิบัติการประจำปี 2567 สพป.ขอนแก่น เขต 1"
    pages = [[header, "วิสัยทัศน์", "องค์กรแห่งคุณภาพ"], [header, "พันธกิจ", "1. พัฒนาผู้เรียน"],
             [header, "เป้าประสงค์", "1. ผู้เรียนมีคุณภาพ"]]
    items = [[Text(72, 800, lines[0], 12), *(Text(72, 700 - 20 * k, line, 14)
                                            for k, line in enumerate(lines[1:])),
              Text(290, 40, f"- {n} -", 12)] for n, lines in enumerate(pages, 1)]
    document = read_document(build_pdf(items), format="pdf")
    assert document.text.split("\n") == [line for lines in pages for line in lines[1:]]
    roles = [(b.page, b.role, b.line) for b in document.blocks if b.is_furniture]
    assert roles == [(n, role, 0) for n in (1, 2, 3) for role in (Role.HEADER, Role.PAGE_NUMBER)]
    assert [b.line for b in document.body] == list(range(1, 7))


def test_a_footer_that_each_chapter_sets_at_its_own_height_is_furniture() -> None:
    # (pages 1-3 set it 20 points higher than pages 4-6, as chapters of a Word file may)
    footer = "ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม สำนักงาน ก.พ."
    items = [[Text(72, 700, f"ข้อความหน้า {n}", 14), Text(72, 60 if n <= 3 else 40, footer, 12)]
             for n in range(1, 7)]
    document = read_document(build_pdf(items), format="pdf")
    assert [b.page for b in document.blocks if b.role is Role.FOOTER] == [1, 2, 3, 4, 5, 6]
    assert footer not in document.text


def test_a_heading_word_at_the_top_of_two_pages_is_no_running_header() -> None:
    pages = [["เป้าหมาย", "1. ผู้เรียนมีคุณภาพ"], ["ผลการดำเนินงาน", "ตามแผน"],
             ["เป้าหมาย", "1. ครูมีสมรรถนะ"]]
    items = [[Text(150, 770 - 20 * k, line, 14) for k, line in enumerate(lines)]
             for lines in pages]
    document = read_document(build_pdf(items), format="pdf")
    assert not [b for b in document.blocks if b.is_furniture]
    assert document.text.split("\n").count("เป้าหมาย") == 2


def test_a_line_on_one_page_only_is_body() -> None:
    items = [[Text(72, 800, "สพม.ตรัง", 12), Text(72, 700, "วิสัยทัศน์", 14)],
             [Text(72, 700, "พันธกิจ", 14)], [Text(72, 700, "ค่านิยม", 14)]]
    assert read(build_pdf(items)) == ["สพม.ตรัง", "วิสัยทัศน์", "พันธกิจ", "ค่านิยม"]


def test_text_outside_the_page_is_left_out() -> None:
    items = [Text(-300, 400, "๖", 14), Text(72, 700, "วิสัยทัศน์", 14)]
    assert read(build_pdf([items])) == ["วิสัยทัศน์"]


# --- pages without text, bad files, limits -----------------------------------------------

def test_a_scanned_page_gets_a_warning_naming_file_and_page(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(build_pdf([[Text(72, 700, "วิสัยทัศน์", 14)], []], images={1}))
    document = read_document(path)
    (warning,) = [w for w in document.warnings if w.code is WarningCode.NO_TEXT_LAYER]
    assert warning.page == 2 and "scan.pdf" in warning.message
    assert document.text == "วิสัยทัศน์" and document.pages == 2


def test_an_image_page_with_only_a_page_number_is_a_scan() -> None:
    data = build_pdf([[Text(72, 700, "วิสัยทัศน์", 14)], [Text(290, 40, "๖", 12)]], images={1})
    document = read_document(data, format="pdf")
    assert [(w.code, w.page) for w in document.warnings] == [(WarningCode.NO_TEXT_LAYER, 2)]
    assert [(b.page, b.role) for b in document.blocks] == [(1, Role.BODY),
                                                           (2, Role.PAGE_NUMBER)]


def test_a_blank_page_is_no_scan() -> None:
    document = read_document(build_pdf([[Text(72, 700, "ก", 14)], []]), format="pdf")
    assert not document.warnings


def test_ocr_reads_pages_without_text_when_available(monkeypatch: pytest.MonkeyPatch) -> None:
    ocr = pytest.importorskip("thaiplan.read.ocr")
    if not ocr.ocr_available():
        pytest.skip("Tesseract with Thai is not installed")
    document = read_document(build_pdf([[]], images={0}), format="pdf",
                             options=ReadOptions(ocr=True))
    assert any(w.code is WarningCode.OCR_TEXT and w.page == 1 for w in document.warnings)


def test_without_ocr_module_scans_only_warn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "thaiplan.read.ocr", None)
    document = read_document(build_pdf([[]], images={0}), format="pdf",
                             options=ReadOptions(ocr=True))
    assert [w.code for w in document.warnings] == [WarningCode.NO_TEXT_LAYER]


@pytest.mark.parametrize("data", [b"%PDF-1.4\nnot a pdf at all", b"", b"\x00\x01\x02"])
def test_broken_pdf_names_the_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(data)
    with pytest.raises(UndecodableFileError, match=r"scan\.pdf: not a readable PDF"):
        read_document(path)


def test_encrypted_pdf_names_the_file(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(__import__("io").BytesIO(
        make_pdf([["วิสัยทัศน์"]]))))
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as out:
        writer.write(out)
    with pytest.raises(UndecodableFileError, match=r"locked\.pdf: the PDF is encrypted"):
        read_document(path)


def test_too_many_pages_is_refused_naming_file_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(make_pdf([["ก"], ["ข"], ["ค"]]))
    with pytest.raises(LimitExceededError, match=r"big\.pdf: 3 pages.*max_pages"):
        read_document(path, options=ReadOptions(max_pages=2))


def test_reading_too_long_is_stopped_naming_file_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "slow.pdf"
    path.write_bytes(make_pdf([["ก"], ["ข"]]))
    with pytest.raises(LimitExceededError,
                       match=r"slow\.pdf: reading took .* at page \d.*max_seconds"):
        read_document(path, options=ReadOptions(max_seconds=1e-9))


def test_missing_pypdfium2_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(MissingDependencyError, match=r"thaiplan\[pdf\]"):
        read_document(b"%PDF", format="pdf")


# --- the real PDFs ---------------------------------------------------------------------

def _real(name: str) -> Path:
    path = REALPDF / name
    if not path.is_file():
        pytest.skip("../shared/corpus/realpdf is not available")
    return path


_SIGNS = re.compile(
    r"(?<=[\u0e01-\u0e4e])[A-Za-z\u00c0-\u00ff](?=[\u0e01-\u0e4e])"
    r"|(?<=[\u0e01-\u0e2e\u0e31-\u0e3a\u0e47-\u0e4e]) +"
    r"(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e32\u0e33])"
    r"|[\ue000-\uf8ff]|\ufffd|\u0e4d\u0e32|\u0e33\u0e32|\(cid:")


@pytest.fixture(scope="module")
def real_documents() -> dict[str, object]:
    if not REALPDF.is_dir():
        pytest.skip("../shared/corpus/realpdf is not available")
    return {p.name: read_document(p) for p in sorted(REALPDF.glob("*.pdf"))}


def test_real_pdfs_have_almost_no_damage_left(real_documents: dict[str, object]) -> None:
    for name, document in real_documents.items():
        text = document.text  # type: ignore[attr-defined]
        thai = len(re.findall("[\u0e01-\u0e5b]", text))
        assert 1000 * len(_SIGNS.findall(text)) / thai <= 0.2, name


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [
        # the cover font's nikhahit (U+FFFD), its shadow copy, the ring of ำ without า
        ("budget14.pdf", ["ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "สำนักงบประมาณ", "สำนักนายกรัฐมนตรี",
                          "ประโยชน์ที่คาดว่าจะได้รับ", "จำแนกตามประเภทงบประมาณรายจ่าย",
                          "เพื่อให้บริการเทคโนโลยีได้อย่างทั่วถึง"],
         ["\u0e4c\u0e32", "\u0e48\u0e4c", "\u0e33 แนก", "ณสำนัก", "ใหบ้", "ใหเกิ้"]),
        ("budget31.pdf", ["สำนักงบประมาณ สำนักนายกรัฐมนตรี", "ของหน่วยงานอื่นของรัฐ",
                          "ความเชื่อมโยงยุทธศาสตร์ชาติ", "สาธารณสุขที่ได้มาตรฐาน",
                          "ปี 2564\tปี 2565",  # (a cell's ป written out of turn)
                          "แล้วเสร็จตามระยะเวลา"],
         ["\u0e4c\u0e32", "\u0e48\u0e4c", "\u0e33 แนก", "ณสำนัก", "แลว้"]),
        # a letter-spaced Word export: stretch between letters is no space
        ("ocsc-ethics-strategy-2565-2570.pdf", ["การกระทำที่", "ข้าราชการ", "ภาครัฐ"],
         ["กระทำ ที่", "ข้ารา ชกา ร", "ดำรงตำ แหน่ง"]),
    ],
)
def test_real_pdfs_read_thai_as_the_page_shows(real_documents: dict[str, object], name: str,
                                               present: list[str], absent: list[str]) -> None:
    _real(name)
    text = real_documents[name].text  # type: ignore[attr-defined]
    assert [p for p in present if p not in text] == []
    assert [a for a in absent if a in text] == []


def test_budget_volumes_are_the_bureau_of_the_budget_s(real_documents: dict[str, object]) -> None:
    _real("budget14.pdf")
    from thaiplan import parse_file

    for name in ("budget14.pdf", "budget31.pdf"):
        office = parse_file(REALPDF / name).office
        assert office is not None and office.name.startswith("สำนักงบประมาณ"), name


def test_budget_agency_headers_are_header_blocks(real_documents: dict[str, object]) -> None:
    _real("budget31.pdf")
    blocks = real_documents["budget31.pdf"].blocks  # type: ignore[attr-defined]
    headers = {(b.page, b.text) for b in blocks if b.role is Role.HEADER}
    assert {(13, "หน่วยงานอื่นของรัฐ"), (13, "สำนักงานคณะกรรมการการแข่งขันทางการค้า"),
            (27, "สำนักงานสภาเกษตรกรแห่งชาติ"), (41, "สภากาชาดไทย"),
            (75, "ส่วนราชการในพระองค์")} <= headers


def test_each_labelled_heading_comes_before_its_content(real_documents: dict[str, object]) -> None:
    labels = REALPDF / "labels.jsonl"
    squash = re.compile(r"\s+")
    for row in labels.read_text(encoding="utf-8").splitlines():
        label = json.loads(row)
        document = real_documents[label["file"]]
        for unit in label["units"]:
            first, last = unit["pages"]
            stream = squash.sub("", "".join(
                b.text for b in document.blocks  # type: ignore[attr-defined]
                if first + 1 <= b.page <= last + 1))
            headings = [squash.sub("", s["heading"]) for s in unit["sections"]]
            places = [stream.find(h) for h in headings]
            for section, heading, at in zip(unit["sections"], headings, places, strict=True):
                start = section.get("text_starts") or section.get("first_item_starts") or ""
                content = squash.sub("", start)[:12]
                assert at >= 0, (label["file"], heading)
                begins = stream.find(content, at + len(heading))
                assert begins >= 0, (label["file"], heading, content)
                assert not [p for p in places if at < p < begins], (label["file"], heading)


def test_budget_vision_page_reads_as_the_page_shows(real_documents: dict[str, object]) -> None:
    _real("budget31.pdf")
    page = [b.text for b in real_documents["budget31.pdf"].blocks  # type: ignore[attr-defined]
            if b.page == 13]
    assert page[:2] == ["หน่วยงานอื่นของรัฐ", "สำนักงานคณะกรรมการการแข่งขันทางการค้า"]
    vision, mission = page.index("1. วิสัยทัศน์"), page.index("2. พันธกิจ")
    assert page[vision + 1].startswith("เป็นองค์กรกำกับดูแลการประกอบธุรกิจ")
    assert page[mission + 1].startswith("1. กำกับดูแลการแข่งขันทางการค้า")
    assert "5. พัฒนาองค์กรให้เป็นหน่วยงานสมรรถนะสูงที่มีธรรมาภิบาล" in page[mission + 5]


def test_the_benchmark_prints_every_figure(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    import os
    import subprocess

    from conftest import ROOT

    path = tmp_path / "plan.pdf"
    path.write_bytes(build_pdf([[Text(72, 700, "วิสัยทัศน์ ที่ทั้งสำนักงาน", 16, marks_later=True)]]))
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "read_pdf.py"), str(path)],
                          capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "PYTHAINLP_OFFLINE": "1"})
    assert done.returncode == 0, done.stderr[-2000:]
    for figure in (r"plan\.pdf +1 +[\d.]+ +[\d.]+ +[\d.]+x", r"marks reattached",
                   r"speed: thaiplan reads [\d.]+x as fast as pypdf",
                   r"damage: 0\.00 per 1,000", r"peak memory reading plan\.pdf .* MB resident"):
        assert re.search(figure, done.stdout), (figure, done.stdout)


def test_a_document_reads_the_same_whatever_was_read_before(
        real_documents: dict[str, object]) -> None:
    _real("budget31.pdf")
    code = ("import sys, thaiplan; sys.stdout.write(thaiplan.read_text(sys.argv[1]))")
    import os
    import subprocess

    alone = subprocess.run([sys.executable, "-c", code, str(REALPDF / "budget31.pdf")],
                           capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHAINLP_OFFLINE": "1"}).stdout
    assert alone == real_documents["budget31.pdf"].text  # type: ignore[attr-defined]
