"""Thai tokenisation: normalisation first, domain words whole, engines agree, cached."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thaiplan
from thaiplan.errors import UnknownChoiceError
from thaiplan.features.tokenize import (
    _PUNCT,
    ENGINES,
    clear_memos,
    domain_phrases,
    domain_words,
    is_word_token,
    memo_stats,
    normalize_for_tokens,
    tokenize,
    tokenize_cached,
    word_list,
)

THAI = st.text(alphabet=st.sampled_from(
    list("กขคงจฉชซญดตถทนบปผพฟภมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์ ๑๒๓0123456789\u00a0\u200b")),
    max_size=40)


@pytest.mark.parametrize(("text", "expected"), [
    ("ครูและบุคลากรทางการศึกษามีสมรรถนะ", ["ครูและบุคลากรทางการศึกษา", "มี", "สมรรถนะ"]),
    ("ดำเนินชีวิตตามหลักปรัชญาของเศรษฐกิจพอเพียง",
     ["ดำเนินชีวิต", "ตาม", "หลัก", "ปรัชญาของเศรษฐกิจพอเพียง"]),
    ("ประชากรวัยเรียนทุกคน", ["ประชากรวัยเรียน", "ทุกคน"]),
    ("ผู้เรียนมีทักษะที่จำเป็นในศตวรรษที่ ๒๑", ["ผู้เรียน", "มี", "ทักษะ", "ที่", "จำเป็น",
                                               "ใน", "ศตวรรษที่ 21"]),
    ("ศตวรรษที่21", ["ศตวรรษที่ 21"]),
    ("จัดกิจกรรมแบบ Active  Learning", ["จัดกิจกรรม", "แบบ", "active learning"]),
    ("(O-NET) สูงกว่า", ["o-net", "สูง", "กว่า"]),
])
def test_domain_terms_come_out_whole(text: str, expected: list[str]) -> None:
    assert tokenize(text) == expected


@pytest.mark.parametrize(("a", "b"), [
    ("สพม. เขต ๒๐", "สพม. เขต 20"),
    ("ร้อยละ ๘๐  ของนักเรียน", "ร้อยละ\u00a080 ของนักเรียน"),
    ("นวัต\u200bกรรม", "นวัตกรรม"),
    ("ส\u0e4d\u0e32นักงาน", "สำนักงาน"),
    ("ที่่สุด", "ที่สุด"),
    ("ส ำนักงาน", "สำนักงาน"),
    ("ครู\r\nผู้สอน", "ครู ผู้สอน"),
])
def test_variants_give_the_same_tokens(a: str, b: str) -> None:
    assert tokenize(a) == tokenize(b)


def test_punctuation_and_spaces_are_not_tokens() -> None:
    assert tokenize("(ครู) - ผู้เรียน ๆ .") == ["ครู", "ผู้เรียน"]
    assert tokenize("") == [] and tokenize(" \u00a0\u200b\n") == []


def test_newmm_engine_uses_the_same_dictionary() -> None:
    text = "ครูและบุคลากรทางการศึกษามีสมรรถนะตามมาตรฐานวิชาชีพ"
    assert tokenize(text, engine="newmm") == tokenize(text, engine="nlpo3")


def test_unknown_engine_names_the_choices() -> None:
    with pytest.raises(UnknownChoiceError, match="'newmm', 'nlpo3'"):
        tokenize("ครู", engine="deepcut")  # type: ignore[arg-type]


def test_public_name_and_registry() -> None:
    assert thaiplan.tokenize is tokenize
    assert set(ENGINES) == {"nlpo3", "newmm"}


def test_domain_dictionary_is_loaded_on_top_of_pythainlp() -> None:
    words = word_list()
    assert "บุคลากรทางการศึกษา" in words and "โรงเรียน" in words
    assert "ศตวรรษที่ 21" in domain_phrases() and "ศตวรรษที่ 21" not in words
    assert all(w == normalize_for_tokens(w) for w in domain_words())


def test_tokens_are_cached_per_text() -> None:
    tokenize_cached.cache_clear()
    tokenize("ผู้เรียนมีทักษะอาชีพ")
    tokenize("ผู้เรียนมีทักษะอาชีพ")
    assert tokenize_cached.cache_info().hits >= 1


@pytest.mark.parametrize(("token", "expected"), [
    ("ครู", True), ("21", True), ("o-net", True), ("(", False), (" ", False), ("ๆ", False),
])
def test_is_word_token(token: str, expected: bool) -> None:
    assert is_word_token(token) is expected


def test_does_not_print(capsys: pytest.CaptureFixture[str]) -> None:
    tokenize("ผู้เรียนได้รับการศึกษาอย่างทั่วถึง", engine="newmm")
    assert capsys.readouterr() == ("", "")


@settings(max_examples=150, deadline=None)
@given(THAI)
def test_no_letters_are_lost_and_digits_are_arabic(text: str) -> None:
    tokens = tokenize(text)
    joined = "".join(tokens).replace(" ", "")
    assert not any(c in "๐๑๒๓๔๕๖๗๘๙" for c in joined)
    assert all(t.strip() == t and t for t in tokens)
    assert tokenize(text.replace(" ", "  ")) == tokens


@settings(max_examples=100, deadline=None)
@given(THAI)
def test_normalize_for_tokens_is_idempotent(text: str) -> None:
    once = normalize_for_tokens(text)
    assert normalize_for_tokens(once) == once


# Thai words, dictionary words with a space and their halves, punctuation, marks
# that need repair, digits and Latin: the per-chunk path must give what
# segmenting the whole normalised text gives.
CHUNKY = st.lists(st.sampled_from([
    "ครู", "ผู้เรียน", "การศึกษา", "สมรรถนะ", "เอซี", "มิลาน", "เอซี มิลาน", "มือถือสาก",
    "ปากถือศีล", " ", "  ", "(", ")", ".", "ๆ", "ฯ", "\u00a0", "\u200b", "๒๑", "เ", "า", "ส ำ",
    "ที่่", "\u0e4d\u0e32", "กขค", "งจฉ", "ICT", "o-net", "ศตวรรษที่ 21"]), max_size=30).map("".join)


def _whole_text_tokens(text: str) -> list[str]:
    """The reference: the whole normalised text segmented in one call (phrase-free texts)."""
    words = _PUNCT.sub(" ", normalize_for_tokens(text))
    return [t for t in ENGINES["nlpo3"](words) if not t.isspace() and t]


@settings(max_examples=300, deadline=None)
@given(CHUNKY)
def test_chunk_by_chunk_equals_whole_text_segmentation(text: str) -> None:
    clear_memos()
    normalized = normalize_for_tokens(text)
    if any(c.isascii() and c.isalnum() for c in normalized) or len(normalized) > 300:
        return  # phrases are matched first; long texts are split at spaces by design
    assert tokenize(text) == _whole_text_tokens(text)
    tokenize_cached.cache_clear()
    assert tokenize(text) == _whole_text_tokens(text)  # again, from the chunk memos


@pytest.mark.parametrize(("text", "expected"), [
    ("เชียร์ทีมเอซี มิลาน", ["เชียร์", "ทีม", "เอซี มิลาน"]),
    ("เชียร์ทีมเอซี\u00a0\u00a0มิลาน", ["เชียร์", "ทีม", "เอซี มิลาน"]),
    ("ทีม(เอซี)มิลาน", ["ทีม", "เอซี มิลาน"]),
    ("มือถือสาก ปากถือศีล", ["มือถือสาก ปากถือศีล"]),
    ("ครู เอซี", ["ครู", "เอ", "ซี"]),
])
def test_dictionary_words_with_a_space_stay_whole(text: str, expected: list[str]) -> None:
    clear_memos()
    assert tokenize(text) == expected
    tokenize_cached.cache_clear()
    assert tokenize(text) == expected


def test_chunks_shared_by_texts_are_segmented_once() -> None:
    clear_memos()
    assert memo_stats()["chunks"] == (0, 0, 0)
    tokenize("ผู้เรียนมีคุณภาพ ตามมาตรฐานการศึกษา")
    tokenize("ครูมีคุณภาพ ตามมาตรฐานการศึกษา")
    hits, misses, size = memo_stats()["chunks"]
    assert (hits, misses, size) == (1, 3, 3)


def test_threads_get_the_same_tokens() -> None:
    texts = [f"ครูและผู้เรียนมีสมรรถนะ ตามมาตรฐาน{w} ที่กำหนด" for w in
             ("การศึกษา", "วิชาชีพ", "สากล", "ชาติ")] * 50
    clear_memos()
    expected = [tokenize(t) for t in texts]
    results: dict[int, list[list[str]]] = {}

    def work(n: int) -> None:
        results[n] = [list(tokenize_cached.__wrapped__(t, "nlpo3")) for t in texts]

    clear_memos()
    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result == expected for result in results.values())
