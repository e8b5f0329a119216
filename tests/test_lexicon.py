"""The heading lexicon (``parse/lexicon.py``): the kind of each heading word, the
alternations built from the word lists, page titles counted by kind."""

from __future__ import annotations

import re

import pytest

from thaiplan import parse_text
from thaiplan.model import SectionKind
from thaiplan.parse.lexicon import (
    alternation,
    item_prefix_pattern,
    keyword_count,
    keyword_pattern,
    kind_of,
)


@pytest.mark.parametrize(("word", "kind"), [
    ("วิสัยทัศน์", "vision"), ("ยุทธศำสตร์", "strategies"), ("Our  Vision", "vision"),
    ("KPI", "indicators"), ("ประวัติ", "background"), ("ปณิธาน", "philosophy"),
    ("MISSION", "mission"), ("เป้าประสงค์", "goals"), ("ค่านิยม", "values"),
    ("อำนาจหน้าที่", "other"), ("ไม่ใช่หัวข้อ", "other"),
    ("วิสัย ทัศน์", "vision"), ("เป้า ประสงค์", "goals"), ("พันธ กิจ", "mission"),
])
def test_kind_of_a_heading_word(word: str, kind: str) -> None:
    assert kind_of(word) is SectionKind(kind)


def test_the_longest_word_that_matches_is_taken_and_aa_and_am_are_one() -> None:
    pattern = re.compile(alternation(["ประเด็น", "ประเด็นยุทธศาสตร์", "ยุทธศาสตร์"]))
    assert pattern.match("ประเด็นยุทธศาสตร์ที่ 1").group() == "ประเด็นยุทธศาสตร์"
    assert pattern.match("ประเด็นการพัฒนา").group() == "ประเด็น"
    assert pattern.match("ยุทธศำสตร์").group() == "ยุทธศำสตร์"  # PDF damage: ำ for า
    prefix = re.compile(item_prefix_pattern())
    assert prefix.match("ข้อที่ 1").group() == "ข้อที่"
    assert prefix.match("ประเด็นยุทธศาสตร์ที่ ๒").group() == "ประเด็นยุทธศาสตร์ที่"


@pytest.mark.parametrize(("line", "word"), [
    ("วิสัย ทัศน์", "วิสัย ทัศน์"), ("ยุทธ ศาสตร์ที่ ๑", "ยุทธ ศาสตร์"),
    ("เป้ า ประสงค์", "เป้ า ประสงค์"), ("วิ สัย ทัศ น์", "วิ สัย ทัศ น์"),
    ("วิสัยทัศ น ์", None),  # (a space before a mark is other damage, repaired before)
    ("วิสัย  ทัศน์", None),  # (two spaces: two words)
])
def test_a_letter_spaced_heading_word_is_the_word(line: str, word: str | None) -> None:
    # (a PDF line justified by spreading its letters: Word's Thai distributed alignment)
    found = re.match(keyword_pattern(), line)
    assert (found.group() if found else None) == word


def test_a_letter_spaced_heading_opens_its_section() -> None:
    text = "วิสัย ทัศน์\nองค์กรแห่งคุณภาพ\nพันธ กิจ\n1. พัฒนาผู้เรียน\nเป้า ประสงค์\n1. ผู้เรียนมีคุณภาพ"
    spaced = parse_text(text)
    plain = parse_text(text.replace("ย ท", "ยท").replace("ธ ก", "ธก").replace("า ป", "าป"))
    assert [(s.kind, s.text, [i.text for i in s.items]) for s in spaced.sections] == [
        (s.kind, s.text, [i.text for i in s.items]) for s in plain.sections]
    assert [s.kind.value for s in spaced.sections] == ["vision", "mission", "goals"]


@pytest.mark.parametrize(("line", "count"), [
    ("วิสัยทัศน์ / พันธกิจ / เป้าประสงค์", (3, "")),
    ("Vision / Mission / Goals", (3, "")),
    ("วิสัยทัศน์ พันธกิจ และเป้าประสงค์", (3, "")),
    ("วิสัยทัศน์ (Vision)", (1, "")),
    ("วิสัยทัศน์องค์กร | ค่านิยมองค์กร", (2, "")),
    ("วิสัยทัศน์ของโรงเรียน", (1, "")),
    ("วิสัยทัศน์ ผู้เรียนมีคุณภาพ", (1, "ผู้เรียนมีคุณภาพ")),
    ("กลยุทธ์ที่ 2 ยกระดับ", (1, "ที่ 2 ยกระดับ")),
])
def test_heading_words_counted_by_kind(line: str, count: tuple[int, str]) -> None:
    assert keyword_count(line) == count


@pytest.mark.parametrize(("line", "marker", "number"), [
    ("ประเด็นการพัฒนาที่ ๒ พัฒนาการท่องเที่ยววิถีธรรม", "ประเด็นการพัฒนาที่ ๒", 2),
    # the milestones of the 13th national economic and social development plan
    ("หมุดหมายที่ ๑๓ ไทยมีภาครัฐที่ทันสมัย", "หมุดหมายที่ ๑๓", 13),
])
def test_item_prefix_of_a_new_heading_word(line: str, marker: str, number: int) -> None:
    from thaiplan.parse.markers import match_marker

    m = match_marker(line)
    assert m is not None and (m.marker, m.number) == (marker, number)
