"""Item markers (``parse/markers.py``): every style, numbers that are no markers
(decimals, quantities, dates), symbols and Wingdings bullets, inline lists."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thaiplan.parse.markers import (
    MarkerMatch,
    Style,
    find_inline_marker,
    match_marker,
    split_inline,
)


@pytest.mark.parametrize(("line", "expected"), [
    ("๑. จัดการศึกษา", ("๑.", 1, "", "จัดการศึกษา", Style.DOT, (1,))),
    ("12) ส่งเสริม", ("12)", 12, "", "ส่งเสริม", Style.CLOSE, (12,))),
    ("๒.๔ พัฒนาครู", ("๒.๔", 4, "", "พัฒนาครู", Style.NESTED, (2, 4))),
    ("2.05 ของนักเรียน", None),  # a decimal; BARE refuses "2" before ".05" too
    ("ประเด็นยุทธศาสตร์ที่ ๒ : การสร้างโอกาส",
     ("ประเด็นยุทธศาสตร์ที่ ๒", 2, ":", "การสร้างโอกาส", Style.PREFIX, (2,))),
    ("- ให้บริการ", ("-", None, "", "ให้บริการ", Style.BULLET, ())),
    ("C - Compassion", ("C", None, "-", "Compassion", Style.LETTER, ())),
    ("Teamwork      ทำงานเป็นทีม", ("Teamwork", None, "", "ทำงานเป็นทีม", Style.WORD, ())),
])
def test_match_marker_reads_each_style(line: str, expected: tuple[object, ...] | None) -> None:
    assert match_marker(line) == (MarkerMatch(*expected) if expected else None)  # type: ignore[arg-type]


_PIECES = st.sampled_from([
    "1", "๒", "0", "๐", "12", "3", ".", ")", "(", " ", "  ", "\t", "-", "–", ":", "：", "=",
    "ข้อ", "ที่", "ยุทธศาสตร์ที่", "ประเด็นกลยุทธ์ที่", "ข้อที่", "S", "Team", "ab", "ก", "ข.",
    "a", "ครู", "ปี", "ปีที่", "ร้อยละ", "คน", "%", "•", "*", "\uf0b7", "๏", ".5", "31", "\"",
    "เป้าหมายที่", "/", "o", "Ø", "ü", "✅", "✔", "\ufe0f", "\u20e3", "①", "หมายถึง", "M", "Mastery",
])


@pytest.mark.parametrize("line", [
    "2.50 ของนักเรียน", "1.0 ก", "๒.๐๕ ร้อยละ", "3.31) ครู", "2.05 ของนักเรียน", "0.5 ก"])
def test_decimals_are_not_nested_markers(line: str) -> None:
    m = match_marker(line)
    assert m is None or m.style is not Style.NESTED


@pytest.mark.parametrize("first", [" ", "ะ", "า", "ๆ", "\u0e2f", "\uf100", "\uefff", "#",
                                   "│", "™", "©", "°", "\u2800"])
def test_characters_no_marker_starts_with(first: str) -> None:
    assert match_marker(first + "1. ครู") is None
    assert match_marker("") is None


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(_PIECES, min_size=1, max_size=8).map("".join), st.text(max_size=12)))
def test_a_marker_is_never_empty_nor_holds_outer_whitespace(line: str) -> None:
    found = match_marker(line)
    if found is not None:
        assert found.marker == found.marker.strip() != ""
        assert line.startswith(found.marker)
        assert line.endswith(found.text)


@pytest.mark.parametrize(("line", "texts"), [
    ("1. อ่านออก  2. เขียนได้  3. คิดเลขเป็น", ["อ่านออก  ", "เขียนได้  ", "คิดเลขเป็น"]),
    ("๕.จัดระบบดูแลผู้เรียน ๖.สร้างความร่วมมือ", ["จัดระบบดูแลผู้เรียน ", "สร้างความร่วมมือ"]),
    ("(1) อ่านคล่อง (2) เขียนคล่อง", ["อ่านคล่อง ", "เขียนคล่อง"]),
    ("1) ก 2) ข", ["ก ", "ข"]),
    ("1. ร้อยละ 2.50 ของนักเรียน", ["ร้อยละ 2.50 ของนักเรียน"]),  # a decimal
    ("1. อ่านออก ๒. เขียนได้", ["อ่านออก ๒. เขียนได้"]),  # other digits: not the next item
    ("1. อ่านออก 3. เขียนได้", ["อ่านออก 3. เขียนได้"]),  # not the next number
    ("1 อ่านออก 2 เขียนได้", ["อ่านออก 2 เขียนได้"]),  # bare numbers never run together
])
def test_items_written_on_one_line(line: str, texts: list[str]) -> None:
    m: MarkerMatch | None = match_marker(line)
    found = []
    while m is not None:
        text, m = split_inline(m)
        found.append(text)
    assert found == texts


@pytest.mark.parametrize(("text", "style", "number", "thai", "at"), [
    ("อ่านออก  2. เขียนได้", Style.DOT, 2, False, 9),
    ("อ่านออก 2.เขียนได้", Style.DOT, 2, False, 8),
    ("อ่านออก2. เขียนได้", Style.DOT, 2, False, -1),  # the number follows a space
    ("ร้อยละ 2.50 ของนักเรียน", Style.DOT, 2, False, -1),
    ("อ่านออก ๒) เขียนได้", Style.CLOSE, 2, True, 8),
    ("อ่านออก ( 2 ) เขียนได้", Style.PAREN, 2, False, 8),
    ("อ่านออก 2 เขียนได้", Style.BARE, 2, False, -1),
])
def test_where_the_next_item_of_an_inline_list_starts(text: str, style: Style, number: int,
                                                      thai: bool, at: int) -> None:
    assert find_inline_marker(text, style, number, thai) == at


def _m(marker: str, number: int | None, text: str, style: Style, sep: str = "") -> MarkerMatch:
    return MarkerMatch(marker, number, sep, text, style, () if number is None else (number,))


@pytest.mark.parametrize(("line", "expected"), [
    # prefixes that start with a leading vowel
    ("เป้าประสงค์ที่ ๑ ผู้เรียนทุกคนได้รับโอกาสทางการศึกษา",
     _m("เป้าประสงค์ที่ ๑", 1, "ผู้เรียนทุกคนได้รับโอกาสทางการศึกษา", Style.PREFIX)),
    ("เป้าหมายที่ 1 ผู้เรียนทุกคนได้รับการศึกษา",
     _m("เป้าหมายที่ 1", 1, "ผู้เรียนทุกคนได้รับการศึกษา", Style.PREFIX)),
    # prefix, number and a dot or bracket: the punctuation is part of the marker
    ("ข้อ ๑. พัฒนาคุณภาพผู้เรียนสู่มาตรฐานสากล",
     _m("ข้อ ๑.", 1, "พัฒนาคุณภาพผู้เรียนสู่มาตรฐานสากล", Style.PREFIX)),
    ("ยุทธศาสตร์ที่ 1. การจัดการศึกษาเพื่อความมั่นคง",
     _m("ยุทธศาสตร์ที่ 1.", 1, "การจัดการศึกษาเพื่อความมั่นคง", Style.PREFIX)),
    ("กลยุทธ์ที่ ๒) พัฒนาครู", _m("กลยุทธ์ที่ ๒)", 2, "พัฒนาครู", Style.PREFIX)),
    ("ยุทธศาสตร์ที่ 1 : การพัฒนาครู", _m("ยุทธศาสตร์ที่ 1", 1, "การพัฒนาครู", Style.PREFIX, ":")),
    ("ข้อ 2.5 ของแผน", None),  # a decimal after ข้อ
    # careless number punctuation
    ("1 . พัฒนาผู้เรียนให้มีความรู้", _m("1 .", 1, "พัฒนาผู้เรียนให้มีความรู้", Style.DOT)),
    ("๑ . จัดการศึกษา", _m("๑ .", 1, "จัดการศึกษา", Style.DOT)),
    ("1.) ผู้เรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น",
     _m("1.)", 1, "ผู้เรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น", Style.DOT)),
    ("1- พัฒนาผู้เรียนให้มีคุณภาพ", _m("1-", 1, "พัฒนาผู้เรียนให้มีคุณภาพ", Style.BARE)),
    ("2 - พัฒนาครู", _m("2 -", 2, "พัฒนาครู", Style.BARE)),
    ("3/ ส่งเสริมการมีส่วนร่วม", _m("3/", 3, "ส่งเสริมการมีส่วนร่วม", Style.BARE)),
    ("1: พัฒนาผู้เรียน", _m("1", 1, "พัฒนาผู้เรียน", Style.BARE, ":")),
    # ... but numbers inside text stay text
    ("2-3 คน ต่อห้อง", None),
    ("1/2568 ประชุมคณะกรรมการ", None),
    ("1/10/2567 ประชุม", None),
    ("08:30 น. ลงทะเบียน", None),
    ("12 . 50 บาท", _m("12", 12, ". 50 บาท", Style.BARE)),  # as before: no Thai after the dot
    ("1 - ร้อยละ 80", _m("1", 1, "- ร้อยละ 80", Style.BARE)),  # as before
    ("3 . 5 ปี", _m("3", 3, ". 5 ปี", Style.BARE)),
    # pictographic bullets, by Unicode category
    ("✅ พัฒนาผู้เรียนให้มีคุณภาพ", _m("✅", None, "พัฒนาผู้เรียนให้มีคุณภาพ", Style.BULLET)),
    ("🔸 ผู้เรียนมีผลสัมฤทธิ์", _m("🔸", None, "ผู้เรียนมีผลสัมฤทธิ์", Style.BULLET)),
    ("📌 ครูใช้เทคโนโลยี", _m("📌", None, "ครูใช้เทคโนโลยี", Style.BULLET)),
    ("❑ ส่งเสริม", _m("❑", None, "ส่งเสริม", Style.BULLET)),
    ("➣ ส่งเสริม", _m("➣", None, "ส่งเสริม", Style.BULLET)),
    ("◆ ส่งเสริม", _m("◆", None, "ส่งเสริม", Style.BULLET)),
    ("✔️ พัฒนาผู้เรียน", _m("✔️", None, "พัฒนาผู้เรียน", Style.BULLET)),
    ("▶️ จัดการศึกษา", _m("▶️", None, "จัดการศึกษา", Style.BULLET)),
    ("➡️ ซื่อสัตย์", _m("➡️", None, "ซื่อสัตย์", Style.BULLET)),
    ("1️⃣ ผู้เรียนอ่านออก เขียนได้", _m("1️⃣", 1, "ผู้เรียนอ่านออก เขียนได้", Style.BARE)),
    ("① ส่งเสริมการจัดการศึกษา", _m("①", None, "ส่งเสริมการจัดการศึกษา", Style.BULLET)),
    ("❸พัฒนาครู", _m("❸", None, "พัฒนาครู", Style.BULLET)),
    ("➀ พัฒนาครู", _m("➀", None, "พัฒนาครู", Style.BULLET)),
    ("☎ 053-123456", None),  # a symbol before no Thai text
    ("│ 1 │ พัฒนาครู │", None),  # box drawing: a table border
    ("™ ตราสินค้า", None),
    # Wingdings bullets pasted as Latin letters, before Thai text only
    ("o ผู้เรียนระดับปฐมวัยมีพัฒนาการ", _m("o", None, "ผู้เรียนระดับปฐมวัยมีพัฒนาการ", Style.BULLET)),
    ("Ø ส่งเสริมคุณธรรม", _m("Ø", None, "ส่งเสริมคุณธรรม", Style.BULLET)),
    ("ü\tพัฒนาครู", _m("ü", None, "พัฒนาครู", Style.BULLET)),
    ("§ เอกสาร", _m("§", None, "เอกสาร", Style.BULLET)),
    ("o Latin text", None),
    ("vผู้เรียน", None),
    ("Ø", None),
    # acronym values without punctuation (word style: the parser takes them in values)
    ("S หมายถึง Service Mind มีจิตบริการ",
     _m("S", None, "หมายถึง Service Mind มีจิตบริการ", Style.WORD)),
    ("M\tMastery\tเป็นนายตัวเอง", _m("M", None, "Mastery\tเป็นนายตัวเอง", Style.WORD)),
    ("P\tPeople centered\tใส่ใจประชาชน", _m("P", None, "People centered\tใส่ใจประชาชน", Style.WORD)),
    ("A Active", None),
    ("M\tMastery", None),
])
def test_match_marker_reads_red_team_shapes(line: str, expected: MarkerMatch | None) -> None:
    assert match_marker(line) == expected
