"""Repair of PDF-damaged Thai (thaiplan.repair): fixes damage, never touches correct words."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from thaiplan.normalize import normalize
from thaiplan.read import read_text
from thaiplan.repair import looks_pdf_damaged, repair_pdf_text

ROOT = Path(__file__).parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus" / "parse"
SEEDS = ROOT / ".." / "shared" / "seeds"
DAMAGED_FILES = {"005.txt", "044.txt"}


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("ส ำนักงาน", "สำนักงาน"),
        ("จ ำเป็ น", "จำเป็น"),
        ("เป็ นองค์กร", "เป็นองค์กร"),
        ("กำรศึกษำ", "การศึกษา"),
        ("แผนปฏิบัติกำรประจ ำปีงบประมำณ", "แผนปฏิบัติการประจำปีงบประมาณ"),
        ("ควำมเป็ นเลิศด้ำนกำรบริหำรจัดกำรและธรรมำภิบำล",
         "ความเป็นเลิศด้านการบริหารจัดการและธรรมาภิบาล"),
        ("ผู้ป่ วยได้รับบริกำรที่ปลอดภัย", "ผู้ป่วยได้รับบริการที่ปลอดภัย"),
        ("เป้ ำประสงค์", "เป้าประสงค์"),
        ("บุคลำกรมีสมรรถนะตำมต ำแหน่ง", "บุคลากรมีสมรรถนะตามตำแหน่ง"),
        ("ทักษะกำรคิดวิเครำะห์", "ทักษะการคิดวิเคราะห์"),
        ("ลดอัตรำป่ วยด้วยโรค", "ลดอัตราป่วยด้วยโรค"),
        ("เด็ ก", "เด็ก"),
        # ำ drawn as ํ + า lost its ํ to a space; a space after a tone mark before า
        ("ส านักงาน", "สำนักงาน"),
        ("ก าหนดเป้ าหมายความส าเร็จ", "กำหนดเป้าหมายความสำเร็จ"),
        ("ค่ านิยมองค์กร", "ค่านิยมองค์กร"),
        ("ด าเนินการตามแผน น าไปใช้", "ดำเนินการตามแผน นำไปใช้"),
        ("น้ าใจ หน้ าที่", "น้ำใจ หน้าที่"),
        # digits, Latin and punctuation around Thai runs are kept as they are
        ("1. พัฒนำบุคลำกร (HR) 100%", "1. พัฒนาบุคลากร (HR) 100%"),
    ],
)
def test_damage_is_repaired(damaged: str, repaired: str) -> None:
    assert repair_pdf_text(damaged) == repaired
    assert looks_pdf_damaged(damaged)
    assert not looks_pdf_damaged(repaired)


@pytest.mark.parametrize(
    "correct",
    [
        "สำนักงานเขตพื้นที่การศึกษา",
        "ทำงานเป็นทีม",
        "จำเป็นต้องสำรวจความต้องการ",
        "กำหนดตำแหน่งและอำนาจหน้าที่",
        "คำนวณตำบลอำเภอ",
        "น้ำใจ ค่ำคืน ต่ำกว่าเกณฑ์",
        "กำราบ",
        "ที่ ได้ ก็ ได้",  # a space after a tone mark is often right
        "ผู้เรียนเป็นคนดี มีทักษะชีวิต",
        "ดำเนินการ ทำแผน นำเสนอ",
        "ของชำ",
        "สพม.ตรัง เขต ๑๓",
        "",
        "Vision 2027",
    ],
)
def test_correct_text_is_unchanged(correct: str) -> None:
    assert repair_pdf_text(correct) == correct
    assert not looks_pdf_damaged(correct)


def _corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not available")
    return CORPUS


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("heading", "text", "marker") and isinstance(value, str):
                yield value
            else:
                yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_clean_corpus_pages_are_unchanged() -> None:
    folder = _corpus()
    pages = [p for p in sorted(folder.glob("*.txt")) if p.name not in DAMAGED_FILES]
    pages += sorted((ROOT / "data" / "raw").glob("*.txt"))
    assert len(pages) >= 45
    for page in pages:
        text = normalize(read_text(page), repair_pdf=False)
        assert repair_pdf_text(text) == text, page.name
        assert not looks_pdf_damaged(read_text(page)), page.name


def test_label_strings_of_clean_pages_are_unchanged() -> None:
    folder = _corpus()
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    if (SEEDS / "labels.json").is_file():
        labels.extend(json.loads((SEEDS / "labels.json").read_text(encoding="utf-8")))
    count = 0
    for label in labels:
        if label.get("file") in DAMAGED_FILES:
            continue
        for text in _strings(label):
            count += 1
            assert repair_pdf_text(text) == text, (label.get("file"), text)
    assert count > 1000


def test_damaged_corpus_pages_are_fully_repaired() -> None:
    folder = _corpus()
    for name in sorted(DAMAGED_FILES):
        raw = read_text(folder / name)
        assert looks_pdf_damaged(raw)
        fixed = normalize(raw)
        for damage in ("กำร", "ควำม", "ประมำณ", "เป็ น", " ำ", "ป่ วย", "บริหำร", "ยุทธศำสตร์"):
            assert damage not in fixed, (name, damage)
        assert "การ" in fixed
        assert "เป้าประสงค์" in fixed.split("\n")


def test_damaged_label_strings_repair_like_the_page() -> None:
    """A label string repaired alone gives what it gives inside its page."""
    folder = _corpus()
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    for label in labels:
        if label["file"] not in DAMAGED_FILES:
            continue
        page = " ".join(normalize(read_text(folder / label["file"])).split())
        for text in _strings(label):
            assert normalize(text) in page, text


def test_simulated_damage_of_clean_lines_is_mostly_undone() -> None:
    """Every า of every corpus line read as ำ: the dictionary restores ≥ 95% of lines."""
    folder = _corpus()
    lines = [line for page in sorted(folder.glob("*.txt")) if page.name not in DAMAGED_FILES
             for line in normalize(read_text(page)).split("\n") if "า" in line]
    restored = sum(repair_pdf_text(line.replace("า", "ำ")) == line for line in lines)
    assert restored >= 0.95 * len(lines)


THAI = st.text(alphabet=st.sampled_from(list("กขคงจชดตทนบปผพมยรลวสหอะาำิีึืุู่้๊๋็์เแโใไ ")),
               max_size=40)


@settings(max_examples=200, deadline=None)
@given(THAI)
def test_repair_is_idempotent(text: str) -> None:
    once = repair_pdf_text(text)
    assert repair_pdf_text(once) == once


@settings(max_examples=200, deadline=None)
@given(THAI)
def test_repair_only_removes_spaces_and_reads_am_as_aa(text: str) -> None:
    fixed = repair_pdf_text(text)
    assert len(fixed) <= len(text)
    assert fixed.replace(" ", "").replace("า", "ำ") == text.replace(" ", "").replace("า", "ำ")


# --- the fast paths agree with the plain definitions -------------------------------

_DAMAGE_ALPHABET = st.sampled_from([*"กขคงจนมรลวสหอาำะิีุู่้็์เแโไใ ", "การ", "กำร", "ความ",
                                    "ควำม", "สำนัก", "ส ำนัก", "เป็ น", "ที่ ได้", "ก็ ได้"])


def _plain_dictionary_repair(text: str) -> str:
    """The dictionary step as first written: split into Thai runs, join, repair each."""
    import re

    from thaiplan import repair

    parts = re.split("([\u0e01-\u0e4e]+)", text)
    i = 1
    while i + 2 < len(parts):
        left, sep, right = parts[i], parts[i + 1], parts[i + 2]
        if (sep == " " and left[-1] in "\u0e47\u0e48\u0e49\u0e4a\u0e4b"
                and right[0] not in repair._NO_START and repair._should_join(left, right)):
            parts[i : i + 3] = [left + right]
            continue
        i += 2
    for k in range(1, len(parts), 2):
        parts[k] = repair._repair_run(parts[k])
    return "".join(parts)


@settings(max_examples=200, deadline=None)
@given(st.lists(_DAMAGE_ALPHABET, max_size=25).map("".join))
def test_dictionary_repair_equals_the_plain_algorithm(text: str) -> None:
    from thaiplan import repair

    assert repair._dictionary_repair(text) == _plain_dictionary_repair(text)


@functools.cache
def _words_with_aa() -> list[str]:
    from thaiplan import repair

    return sorted(w for w in repair._lexicon()[0] if "\u0e32" in w and len(w) <= 10)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_damaged_spellings_find_their_word(data: st.DataObject) -> None:
    from thaiplan import repair

    words = repair._lexicon()[0]
    word = data.draw(st.sampled_from(_words_with_aa()))
    places = [i for i, ch in enumerate(word) if ch == "\u0e32"]
    flipped = data.draw(st.sets(st.sampled_from(places), min_size=1))
    piece = "".join("\u0e33" if i in flipped else ch for i, ch in enumerate(word))
    if piece in words or len(places) > 3:
        return  # not a damaged spelling by definition (a word itself, or too many า)
    found = repair._correct(piece)
    assert found is not None
    # a word of the dictionary, and never more changes than the damage done
    assert found[0] in words and found[1] <= len(flipped)
    assert found[0].replace("\u0e33", "\u0e32") == piece.replace("\u0e33", "\u0e32")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("กขำา่้ เ1x.\n"), max_size=30), st.data())
def test_run_start_walks_back_over_thai_letters(text: str, data: st.DataObject) -> None:
    from thaiplan import repair

    end = data.draw(st.integers(0, len(text)))
    start = end
    while start and "\u0e01" <= text[start - 1] <= "\u0e4e":  # the plain definition
        start -= 1
    assert repair._run_start(text, text[::-1], end) == start


def _plain_segment(run: str) -> tuple[tuple[int, int, int], str]:
    """repair._segment as first written: costs as tuples, every piece looked up."""
    from thaiplan import repair

    words = repair._lexicon()[0]
    n = len(run)
    best = [(1 << 30, 0, 0)] * (n + 1)
    back = [(0, "")] * (n + 1)
    best[n] = (0, 0, 0)
    for i in range(n - 1, -1, -1):
        nxt = best[i + 1]
        cand, choice = (nxt[0] + 1, nxt[1] + 1, nxt[2]), (i + 1, run[i])
        for length in range(1, repair._MAX_WORD + 1):  # every piece up to the longest tried
            j = i + length
            if j > n:
                break
            if j < n and run[j] in repair._NO_START:
                continue
            piece, after = run[i:j], best[j]
            if piece in words:
                cost, fixed = (after[0], after[1] + 1, after[2]), piece
            else:
                correct = repair._correct(piece) if "\u0e33" in piece else None
                if correct is None:
                    continue
                fixed, flips = correct
                cost = (after[0], after[1] + 1, after[2] + flips)
            if cost < cand:
                cand, choice = cost, (j, fixed)
        best[i], back[i] = cand, choice
    out, i = [], 0
    while i < n:
        i, piece = back[i]
        out.append(piece)
    return best[0], "".join(out)


@settings(max_examples=200, deadline=None)
@example("สำนักงานเขตพื้นที่กำรศึกษำมัธยมศึกษำ")
@given(st.lists(_DAMAGE_ALPHABET.filter(lambda p: " " not in p), max_size=25).map("".join))
def test_segment_equals_the_plain_algorithm(run: str) -> None:
    from thaiplan import repair

    assert repair._segment.__wrapped__(run) == _plain_segment(run)
