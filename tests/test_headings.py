"""Heading lines (``parse/headings.py``): the open-ended heading grammar — decoration,
numbering, glosses of any wording and qualifiers (the organisation, its kind, a field, a
place, a year, a count) after the heading word; content on the heading's line; the lines
that mention a heading word and stay sentences or items; the layout hint; and robustness
(never raises, nothing lost, linear time on long lines)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thaiplan.parse.headings import is_bracket_only, match_heading, starts_with_keyword

# -- headings seen on real pages (red-team sets): qualifiers, glosses, decoration ---------


@pytest.mark.parametrize(("line", "kind", "heading", "rest"), [
    # heading word + a qualifier: ของ/ประจำ + owner, audience, การพัฒนา + place, an
    # organisation's name (after ของ, with a year), English in brackets, year ranges
    ("วิสัยทัศน์ของสำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต ๑", "vision", None, ""),
    ("พันธกิจของเทศบาล", "mission", None, ""),
    ("เป้าประสงค์ของการพัฒนา", "goals", None, ""),
    ("วิสัยทัศน์ของเทศบาลเมืองกาฬสินธุ์", "vision", None, ""),
    ("อัตลักษณ์ของผู้เรียน", "identity", None, ""),
    ("คำขวัญประจำโรงเรียน", "motto", None, ""),
    ("ปรัชญาประจำโรงเรียน", "philosophy", None, ""),
    ("คติพจน์ประจำโรงเรียน", "motto", None, ""),
    ("อัตลักษณ์นักเรียน : กิริยางาม ภาษาเด่น", "identity", "อัตลักษณ์นักเรียน :", "กิริยางาม ภาษาเด่น"),
    ("กลยุทธ์ สพฐ. ปีงบประมาณ พ.ศ. 2567", "strategies", None, ""),
    ("พันธกิจ สพป.สุโขทัย เขต ๑ ปีงบประมาณ พ.ศ. ๒๕๖๗", "mission", None, ""),
    ("พันธกิจ (Mission) ของ สพม.พิษณุโลก อุตรดิตถ์", "mission", None, ""),
    ("เป้าหมาย (Goals) ของโรงเรียน", "goals", None, ""),
    ("วิสัยทัศน์ (พ.ศ. 2566 - 2570)", "vision", None, ""),
    ("วิสัยทัศน์การพัฒนาท้องถิ่น", "vision", None, ""),
    ("ยุทธศาสตร์การพัฒนาจังหวัด", "strategies", None, ""),
    ("๑. วิสัยทัศน์การพัฒนาท้องถิ่น", "vision", None, ""),
    ("พันธกิจของโรงเรียนวัดป่าประดู่", "mission", None, ""),
    # open-ended qualifiers: the organisation (any name), its kind, a field, a place
    ("วิสัยทัศน์จังหวัดขอนแก่น", "vision", None, ""),
    ("พันธกิจของจังหวัด", "mission", None, ""),
    ("วิสัยทัศน์การพัฒนาเทศบาลตำบลบ้านโป่ง", "vision", None, ""),
    ("พันธกิจองค์การบริหารส่วนตำบลหนองบัว", "mission", None, ""),
    ("วิสัยทัศน์กรมส่งเสริมการเกษตร", "vision", None, ""),
    ("วิสัยทัศน์วิทยาลัยการอาชีพนาแก", "vision", None, ""),
    ("ค่านิยมร่วมของข้าราชการจังหวัดขอนแก่น", "values", None, ""),
    ("ยุทธศาสตร์การพัฒนาขององค์กรปกครองส่วนท้องถิ่นในเขตจังหวัด", "strategies", None, ""),
    ("ยุทธศาสตร์ในการพัฒนาท้องถิ่น", "strategies", None, ""),
    ("พันธกิจของหน่วยงาน", "mission", None, ""),
    ("เป้าประสงค์เพื่อการพัฒนาคุณภาพการศึกษา", "goals", None, ""),
    ("กลยุทธ์สำหรับสถานศึกษาในสังกัด", "strategies", None, ""),
    ("วิสัยทัศน์แห่งองค์กร", "vision", None, ""),
    ("พันธกิจระดับจังหวัด", "mission", None, ""),
    ("เป้าประสงค์สำหรับกลุ่มเป้าหมาย", "goals", None, ""),
    ("จุดมุ่งหมายเพื่อการพัฒนาที่ยั่งยืน", "goals", None, ""),
    ("วิสัยทัศน์ รพ.สต.บ้านดงเย็น", "vision", None, ""),
    ("พันธกิจ กศน.อำเภอ", "mission", None, ""),
    ("ค่านิยมองค์กร พม.น่าน", "values", None, ""),
    ("นโยบาย สพฐ. ปีงบประมาณ พ.ศ. 2568", "other", None, ""),
    ("เป้าประสงค์ รพ.สต.บ้านดงเย็น ปี 2568", "goals", None, ""),
    ("เข็มมุ่ง ปี 2568", "other", None, ""),
    ("๓. เป้าประสงค์ของการพัฒนาในระยะ ๕ ปี", "goals", None, ""),
    ("๔. ตัวชี้วัดระดับเป้าประสงค์", "indicators", None, ""),
    ("๓.๕ ตัวชี้วัดตามเป้าหมาย (Key Performance Indicators)", "indicators", None, ""),
    # counts, and a count or qualifier closed by ดังนี้ / ประกอบด้วย (no qualifier before it)
    ("ค่านิยม 5 ประการ", "values", None, ""),
    ("เป้าประสงค์ 6 ประการ", "goals", None, ""),
    ("ค่านิยมหลักของคนไทย 12 ประการ", "values", None, ""),
    ("พันธกิจ 4 ด้าน ดังนี้", "mission", None, ""),
    ("จุดเน้น 5 ด้าน ดังนี้", "other", None, ""),
    ("ยุทธศาสตร์การพัฒนา 5 ด้าน ดังนี้", "strategies", None, ""),
    ("ยุทธศาสตร์การพัฒนาเทศบาลเมืองชุมแพ 5 ด้าน ดังนี้", "strategies", None, ""),
    ("เป้าประสงค์ ประกอบด้วย 4 ข้อ", "goals", None, ""),
    ("พันธกิจ ประกอบด้วย", "mission", None, ""),
    ("พันธกิจ (Missions) ๕ ประการ", "mission", None, ""),
    ("ประเด็นยุทธศาสตร์ (Strategic Issues) 4 ประเด็น", "strategies", None, ""),
    # …และแนวทางการพัฒนา: the same kind named twice
    ("ยุทธศาสตร์และแนวทางการพัฒนา", "strategies", None, ""),
    ("๒. ยุทธศาสตร์การพัฒนาและแนวทางการพัฒนา", "strategies", None, ""),
    # glosses of any wording, in brackets, after a separator, English first
    ("วิสัยทัศน์ (Vision Statement)", "vision", None, ""),
    ("พันธกิจ (Our Missions)", "mission", None, ""),
    ("เป้าประสงค์รวม (Corporate Goals)", "goals", None, ""),
    ("วิสัยทัศน์โรงพยาบาลบ้านไผ่ (Vision)", "vision", None, ""),
    ("วิสัยทัศน์ (Vision) องค์การบริหารส่วนตำบลหนองบัว", "vision", None, ""),
    ("วิสัยทัศน์ (VISION)ขององค์การบริหารส่วนตำบลบ้านเหล่า", "vision", None, ""),
    ("เป้าประสงค์ (Goals) ของการพัฒนาเทศบาล", "goals", None, ""),
    ("ค่านิยม Core Values", "values", None, ""),
    ("ปณิธาน | Determination", "philosophy", None, ""),
    ("วัฒนธรรมองค์กร | ORGANIZATIONAL CULTURE", "culture", None, ""),
    ("VISION วิสัยทัศน์", "vision", None, ""),
    ("VISION : วิสัยทัศน์", "vision", None, ""),
    ("CORE VALUES ค่านิยม", "values", None, ""),
    ("Vision (วิสัยทัศน์)", "vision", None, ""),
    ("School Motto (คำขวัญ)", "motto", None, ""),
    ("วิสัยทัศน์ / Vision", "vision", None, ""),
    ("พันธกิจ - Mission", "mission", None, ""),
    ("เป้าประสงค์ | Goals", "goals", None, ""),
    ("SCHOOL MOTTO", "motto", None, ""),
    ("OUR VISION", "vision", None, ""),
    ("VISION", "vision", None, ""),
    ("Our Mission", "mission", None, ""),
    # decoration on both sides or one, glued or not, kept as written
    ("📌 วิสัยทัศน์ 📌", "vision", None, ""),
    ("★ วิสัยทัศน์ ★", "vision", None, ""),
    ("✨พันธกิจ✨", "mission", None, ""),
    ("“วิสัยทัศน์”", "vision", None, ""),
    ("★ พันธกิจ", "mission", None, ""),
    ("**วิสัยทัศน์**", "vision", None, ""),
    (":: พันธกิจ[MISSION]", "mission", None, ""),
    ("::วิสัยทัศน์::", "vision", None, ""),
    ("【ค่านิยม】", "values", None, ""),
    ("【ยุทธศาสตร์การพัฒนา】", "strategies", None, ""),
    (">> พันธกิจ <<", "mission", None, ""),
    ("=== เป้าประสงค์ ===", "goals", None, ""),
    ("★ วิสัยทัศน์ (Vision) ★", "vision", None, ""),
    ("★ จุดเน้นการพัฒนา ★", "other", None, ""),
    # acronym tails
    ("ค่านิยม I AM READY", "values", None, ""),
    ("ค่านิยมองค์กร “I AM READY”", "values", None, ""),
    ("ค่านิยม : SMART", "values", None, ""),
    ("ค่านิยม (Core Values) : MOPH", "values", None, ""),
    ("ค่านิยมองค์กร (Core Values) “HEALTH”", "values", None, ""),
    # more heading words; a repeated heading marked as continued
    ("ประเด็นการพัฒนา", "strategies", None, ""),
    ("ประเด็นการพัฒนาจังหวัด", "strategies", None, ""),
    ("หมุดหมายการพัฒนา", "strategies", None, ""),  # the 13th national plan's milestones
    ("ตัวชี้วัดและค่าเป้าหมาย", "indicators", None, ""),  # not "indicators and" a topic
    ("ตัวชี้วัดและค่าเป้าหมายระดับประเด็นยุทธศาสตร์", "indicators", None, ""),
    ("จุดมุ่งหมายเพื่อการพัฒนา", "goals", None, ""),
    ("แนวทางการพัฒนา", "strategies", None, ""),
    ("ค่านิยมองค์กร", "values", None, ""),
    ("วัฒนธรรมองค์กร", "culture", None, ""),
    ("ยุทธศาสตร์ (ต่อ)", "strategies", None, ""),
    # content after the heading on the same line is still cut off
    ('วิสัยทัศน์ "มุ่งพัฒนาผู้เรียน"', "vision", "วิสัยทัศน์", '"มุ่งพัฒนาผู้เรียน"'),
    ("วิสัยทัศน์ “มุ่งพัฒนาผู้เรียน”", "vision", "วิสัยทัศน์", "“มุ่งพัฒนาผู้เรียน”"),
    ("พันธกิจ :   ๑. จัดการศึกษา", "mission", "พันธกิจ :", "๑. จัดการศึกษา"),
    ("พันธกิจ (๑) จัดการศึกษา", "mission", "พันธกิจ", "(๑) จัดการศึกษา"),
    ("วิสัยทัศน์\tผู้เรียนมีคุณภาพ", "vision", "วิสัยทัศน์", "ผู้เรียนมีคุณภาพ"),
    ("วิสัยทัศน์ของโรงเรียน : ผู้เรียนมีคุณภาพ", "vision", "วิสัยทัศน์ของโรงเรียน :", "ผู้เรียนมีคุณภาพ"),
    ("วิสัยทัศน์ของโรงเรียน    ผู้เรียนมีคุณภาพ", "vision", "วิสัยทัศน์ของโรงเรียน", "ผู้เรียนมีคุณภาพ"),
    ("ยุทธศาสตร์การพัฒนา 1. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน", "strategies",
     "ยุทธศาสตร์การพัฒนา", "1. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"),
    ("Vision\tTo be a leading school", "vision", "Vision", "To be a leading school"),
])
def test_heading_lines_of_real_pages(line: str, kind: str, heading: str | None, rest: str) -> None:
    h = match_heading(line)
    assert h is not None, line
    assert (h.kind.value, h.heading, h.rest) == (kind, heading or line, rest)


@pytest.mark.parametrize(("line", "qualifier"), [
    ("วิสัยทัศน์", ""), ("วิสัยทัศน์ (Vision Statement)", ""), ("ค่านิยม 5 ประการ", ""),
    ("【ค่านิยม】", ""), ("วิสัยทัศน์ (พ.ศ. 2566 - 2570)", ""),
    ("พันธกิจของโรงเรียน", "ของโรงเรียน"),
    ("วิสัยทัศน์ สพป.เชียงใหม่ เขต 2 (พ.ศ. 2566 – 2570)", "สพป.เชียงใหม่ เขต 2"),
    ("ยุทธศาสตร์การพัฒนาเทศบาลเมืองชุมแพ 5 ด้าน ดังนี้", "การพัฒนาเทศบาลเมืองชุมแพ"),
    ("พันธกิจ (Mission) ของ สพม.พิษณุโลก อุตรดิตถ์", "ของ สพม.พิษณุโลก อุตรดิตถ์"),
    ("อัตลักษณ์นักเรียน : กิริยางาม", "นักเรียน"),
])
def test_the_qualifier_is_the_words_that_qualify_the_heading_word(line: str,
                                                                 qualifier: str) -> None:
    h = match_heading(line)
    assert h is not None and h.qualifier == qualifier


# -- lines that mention a heading word: sentences, lead-ins, items, concepts --------------

@pytest.mark.parametrize("line", [
    # continuation lines of items or text that open with a heading word
    "ยุทธศาสตร์ชาติ ๒๐ ปี และแผนแม่บทภายใต้ยุทธศาสตร์ชาติ",
    "ยุทธศาสตร์ชาติ 20 ปี",
    "เป้าหมายการพัฒนาที่ยั่งยืน (SDGs)",
    "แนวทางการพัฒนาที่ยั่งยืน",
    "ค่านิยมที่ดีงามของสังคมไทย",
    "วัฒนธรรมท้องถิ่นไทยภูเขา",
    "วัฒนธรรมท้องถิ่น",
    "ปรัชญาของเศรษฐกิจพอเพียง",
    "พันธกิจที่ได้รับมอบหมาย",
    "เป้าหมายของการจัดการศึกษา",
    "นโยบายของกระทรวงศึกษาธิการ",  # "…ตาม / นโยบายของ…": no connector after words of no kind
    "พันธกิจตามกฎหมาย",
    "ยุทธศาสตร์การพัฒนาจังหวัดและกลุ่มจังหวัด",
    "อัตลักษณ์นักเรียนมีจิตอาสา",
    # sentences that start with a heading word
    "วิสัยทัศน์ของโรงเรียนมุ่งเน้นให้ผู้เรียนเป็นคนดี มีความรู้",
    "วิสัยทัศน์ของโรงเรียนคือการพัฒนาผู้เรียน",
    "วิสัยทัศน์ของโรงเรียนบ้านนาดี มุ่งพัฒนาผู้เรียนให้มีคุณภาพ",
    "วิสัยทัศน์และพันธกิจของกรมเป็นกรอบทิศทางในการดำเนินงานของหน่วยงานในสังกัด",
    "ค่านิยมของข้าราชการแบบเก่าไม่พร้อมยอมรับความเปลี่ยนแปลง",
    "ค่านิยมองค์กร ร่วมสร้างสังคมคุณภาพ",
    "Vision To be a leading bilingual school",
    # a vision whose text starts with a heading word
    "วัฒนธรรมดี มีคุณธรรม ก้าวทันเทคโนโลยี ผู้เรียนมีความสุข",
    # lead-ins: a qualified heading word then มีดังนี้ / ประกอบด้วย is a sentence
    "พันธกิจของโรงเรียนมีดังนี้",
    "พันธกิจของสำนักงาน มีดังนี้",
    "พันธกิจของ สพม.ลำปาง ลำพูน มีดังนี้",
    "พันธกิจของเทศบาลตำบลท่าช้าง ประกอบด้วย",
    "ยุทธศาสตร์การพัฒนาของเทศบาล ประกอบด้วย 6 ยุทธศาสตร์ ดังนี้",
    "พันธกิจ มีดังนี้",
    "ตัวชี้วัดความสำเร็จตามกลยุทธ์\tมีดังนี้",
    "๓.๕ ตัวชี้วัดตามเป้าหมาย (Key Performance Indicators) ๗๒",  # a table of contents
    # items: an item prefix, a field after a numbered or bulleted heading word
    "ประเด็นการพัฒนาที่ ๑ ส่งเสริมการผลิตสินค้าเกษตรปลอดภัย",
    "หมุดหมายที่ ๑ ไทยเป็นประเทศชั้นนำด้านสินค้าเกษตรและเกษตรแปรรูปมูลค่าสูง",
    "เป้าประสงค์ที่ 1 ประชาชนทุกกลุ่มวัยมีพฤติกรรมสุขภาพที่พึงประสงค์",
    "ยุทธศาสตร์ที่ 1 การพัฒนาเมืองและโครงสร้างพื้นฐาน",
    "1. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน",
    "1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐานและผังเมือง",
    "1. ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน",
    "๒.๑ ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน",
    "✅ ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ",
    "๗. เอกลักษณ์ โรงเรียนส่งเสริมดนตรีพื้นบ้าน",
    "ค่านิยมองค์กร M : Morality > มีคุณธรรม",
    "ประเด็นการพัฒนาที่ ๑ ส่งเสริม",
    # decorated lines with text: bullet items
    "“วิสัยทัศน์ของโรงเรียนคือ มุ่งพัฒนา”",
    "★ วิสัยทัศน์ของโรงเรียนมุ่งพัฒนา",
    # two kinds: a page title, not a heading with a gloss
    "วิสัยทัศน์ - พันธกิจ",
    "วิสัยทัศน์ พันธกิจ เป้าประสงค์",
    "Vision / Mission / Goals",
    # a connector waiting for its word
    "วิสัยทัศน์ตาม",
    "พันธกิจของ",
    # too long to be a heading
    "วิสัยทัศน์ของโรงเรียน" * 7,
    "วิสัยทัศน์ " + "Abc " * 40,
])
def test_lines_that_stay_no_heading(line: str) -> None:
    assert match_heading(line) is None


@pytest.mark.parametrize(("line", "qualifier"), [
    # …สอดคล้องกับ / วิสัยทัศน์ของสำนักงานเขตพื้นที่การศึกษา: on its own a line reads as the
    # heading it would be on another page; only the line above tells (the rules stage).
    ("วิสัยทัศน์ของสำนักงานเขตพื้นที่การศึกษา", "ของสำนักงานเขตพื้นที่การศึกษา"),
    ("ยุทธศาสตร์การพัฒนาจังหวัดขอนแก่น", "การพัฒนาจังหวัดขอนแก่น"),
    ("ยุทธศาสตร์ขององค์กรปกครองส่วนท้องถิ่น", "ขององค์กรปกครองส่วนท้องถิ่น"),
])
def test_a_heading_shaped_line_says_it_rests_on_a_qualifier(line: str, qualifier: str) -> None:
    h = match_heading(line)
    assert h is not None and h.qualifier == qualifier and not h.rest


# -- the layout hint ----------------------------------------------------------------------

@pytest.mark.parametrize(("line", "qualifier"), [
    ("เป้าประสงค์สูงสุด", "สูงสุด"),
    ("ค่านิยมองค์กร ร่วมสร้างสังคมคุณภาพ", "องค์กร ร่วมสร้างสังคมคุณภาพ"),
    ("วัฒนธรรมท้องถิ่น", "ท้องถิ่น"),
    ("ยุทธศาสตร์ชาติ 20 ปี", "ชาติ 20 ปี"),
    ("๒.๒.๓.๔ ยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต ระยะที่ ๓",
     "ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต ระยะที่ ๓"),
    ("นโยบายของกระทรวงศึกษาธิการ", "ของกระทรวงศึกษาธิการ"),
])
def test_a_layout_heading_takes_any_noun_phrase(line: str, qualifier: str) -> None:
    assert match_heading(line) is None
    h = match_heading(line, layout_heading=True)
    assert h is not None and (h.heading, h.rest, h.qualifier) == (line, "", qualifier)


@pytest.mark.parametrize("line", [
    "ยุทธศาสตร์ที่ 1 การพัฒนาเมืองและโครงสร้างพื้นฐาน",  # a bold item prefix
    "วัฒนธรรมดี มีคุณธรรม ก้าวทันเทคโนโลยี",  # a bold vision: a sentence
    "วิสัยทัศน์ มุ่งพัฒนาผู้เรียนสู่สากล",  # content after one space, opening with a verb
    "วิสัยทัศน์ พันธกิจ เป้าประสงค์",  # a page title in an h2
    "พันธกิจของโรงเรียนมีดังนี้",
    "วิสัยทัศน์ของโรงเรียน" * 7,
])
def test_a_layout_heading_is_still_no_sentence(line: str) -> None:
    assert match_heading(line, layout_heading=True) is None


# -- lines that open with a heading word; glosses alone -----------------------------------

@pytest.mark.parametrize(("line", "opens"), [
    ("วิสัยทัศน์", True), ("1. วิสัยทัศน์ของโรงเรียนคือ", True), ("[VISION] วิสัยทัศน์", True),
    ("📌 พันธกิจ", True), ("Our Mission", True), ("ยุทธศำสตร์", True), (":: พันธกิจ", True),
    ("【ค่านิยม】", True),
    ("ผู้เรียนมีคุณภาพ", False), ("ที่ตั้ง", False), ("1.1 ผู้เรียน", False), ("Visionary", False),
])
def test_a_line_opens_with_a_heading_word(line: str, opens: bool) -> None:
    assert starts_with_keyword(line) is opens


@pytest.mark.parametrize(("line", "alone"), [
    ("(Vision)", True), ("[Goals]", True), ("(Missions)", True),
    ("(ผู้เรียน) มีคุณภาพ", False), ("Vision", False), ("(" + "ก" * 41 + ")", False),
])
def test_a_gloss_alone_on_its_line(line: str, alone: bool) -> None:
    assert is_bracket_only(line) is alone


# -- properties ---------------------------------------------------------------------------

_PIECES = ["ของ", "ประจำ", "เพื่อ", "ใน", "และ", "ด้าน", "การพัฒนา", "ท้องถิ่น", "โรงเรียน", "นักเรียน",
           "สพป.ลำปาง", "เขต", " ", "(Vision)", "ปีงบประมาณ 2567", "5 ด้าน", "ดังนี้", "รวม", "ที่",
           "มี", "ให้", "เป็น", "มุ่ง", "พัฒนา", "★", "“", "”", "Core Values", "1.", "ก"]
_SENTENCE_WORDS = ("มี", "ให้", "เป็น", "มุ่ง")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([p for p in _PIECES if p not in ("“", "”", "★", "1.")]),
                max_size=7).map("".join), st.booleans())
def test_a_sentence_word_in_the_qualifier_leaves_no_heading(tail: str, layout: bool) -> None:
    h = match_heading("วิสัยทัศน์" + tail, layout_heading=layout)
    if h is not None and not h.rest:
        assert not any(w in tail for w in _SENTENCE_WORDS), (tail, h)


_WORDS = st.sampled_from(["วิสัยทัศน์", "พันธกิจ", "ค่านิยม", "VISION", *_PIECES, ":", "\t", "  "])


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.lists(_WORDS, max_size=12).map("".join), st.text(max_size=80)),
       st.booleans())
def test_a_heading_and_its_rest_are_the_line_and_nothing_raises(text: str, layout: bool) -> None:
    line = text.strip()
    h = match_heading(line, layout_heading=layout)
    if h is None:
        return
    assert line.startswith(h.heading) and line.endswith(h.rest)
    assert "".join((h.heading + h.rest).split()) == "".join(line.split())
    assert h.qualifier in h.heading


@pytest.mark.parametrize("line", [
    "วิสัยทัศน์" + "ของ" * 35_000, "วิสัยทัศน์ " + " " * 100_000 + "x", "วิสัยทัศน์" + "(" * 100_000,
    ":" * 100_000 + "x", "“" * 100_000, "★" * 50_000 + "วิสัยทัศน์" + "★" * 50_000,
    "วิสัยทัศน์" + "*" * 100_000 + "ก", "วิสัยทัศน์" + " A" * 50_000, "วิสัยทัศน์" + "๑" * 100_000,
    "วิสัยทัศน์ของโรงเรียน" + "และ" * 30_000, "วิสัยทัศน์" + " ของ" * 25_000,
    "วิสัยทัศน์" + "กก." * 33_000, "วิสัยทัศน์ " + "1." * 50_000, "วิสัยทัศน์\t" * 10_000,
    "วิสัยทัศน์" + " ปี 2567" * 12_000, "วิสัยทัศน์" + "  ก" * 33_000, "ค่านิยม :" + " ABC" * 25_000,
    "วิสัยทัศน์ของ" + "ก" * 100_000,
], ids=lambda line: f"{line[:12]}…{len(line)}")
def test_a_100_kb_line_is_read_in_linear_time(line: str) -> None:
    start = time.perf_counter()
    match_heading(line)
    match_heading(line, layout_heading=True)
    starts_with_keyword(line)
    assert time.perf_counter() - start < 1.0  # about 0.05 s; catastrophic backtracking: minutes
