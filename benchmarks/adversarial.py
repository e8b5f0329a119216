"""Parse time of hostile 1 MB inputs (each should stay well under one second).

    PYTHAINLP_OFFLINE=1 python benchmarks/adversarial.py [--profile NAME]

A parser with a quadratic corner (a regex that backtracks, a list scanned for
every line, an inline-list search over a huge line) shows up here long before it
shows up on real pages. Figures are printed, not asserted. ``--profile NAME``
prints the top functions of one input under cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable

MB = 1_000_000
SENTENCE = "ผู้เรียนมีคุณภาพตามมาตรฐานการศึกษาของชาติ และมีทักษะที่จำเป็นในศตวรรษที่ ๒๑ "
DAMAGED = "ส ำนักงานเขตพื้นที่กำรศึกษำเป็ นองค์กรแห่งควำมเป็ นเลิศ ผู้ป่ วยได้รับบริกำร "


def _fill(unit: str, size: int = MB) -> str:
    return unit * max(1, size // len(unit.encode("utf-8")))


def inputs(size: int = MB) -> dict[str, str]:
    """Name → text of about ``size`` bytes (UTF-8; 1 MB by default)."""
    def times(n: int) -> int:  # n at 1 MB, as many in proportion at other sizes
        return max(1, n * size // MB)

    return {
        "one 1 MB line of Thai": "พันธกิจ\n" + _fill(SENTENCE, size),
        "one 1 MB line of Thai, no spaces": "พันธกิจ\n" + _fill(SENTENCE.replace(" ", ""), size),
        "'1. ' x 300k on one line": "พันธกิจ\n" + "1. " * times(300_000),
        "'1.' x 300k lines": "พันธกิจ\n" + "1.\n" * times(300_000),
        "numbered lines 1..50k": "เป้าประสงค์\n" + "".join(
            f"{i}. ครูดี\n" for i in range(1, times(50_000) + 1)),
        "100k bullet lines": "ค่านิยม\n" + "- คนดี\n" * times(100_000),
        "100k headings": "พันธกิจ\n" * times(100_000),
        "50k heading + item pairs": "พันธกิจ\n๑. ดี\n" * times(50_000),
        "1 MB of PDF-damaged Thai lines": "พันธกิจ\n" + _fill("1. " + DAMAGED + "\n", size),
        "1 MB of NBSP-indented wrapped items": "พันธกิจ\n" + _fill(
            "\u00a0\u00a0\u00a01. พัฒนาคุณภาพผู้เรียนให้มีสมรรถนะที่จำเป็น\n\u00a0\u00a0\u00a0\u00a0"
            "ในศตวรรษที่ 21 อย่างทั่วถึง\n", size),
        "1 MB of marks and junk": _fill("่่่่ ำำ ็็ \u200b\u00ad ‐‐‐ ***** - 12 - หน้า 3\n", size),
    }


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profile", metavar="NAME", help="profile the input whose name "
                        "contains NAME")
    args = parser.parse_args()
    from thaiplan import parse_text
    from thaiplan.normalize import normalize

    parse_text("พันธกิจ\n1. อุ่นเครื่องสำนักงาน")  # load lexicons before timing
    cases = inputs()
    if args.profile:
        name = next(n for n in cases if args.profile in n)
        text = cases[name]
        cProfile.runctx("parse_text(text)", globals(), {"parse_text": parse_text, "text": text},
                        "/tmp/thaiplan-adversarial.prof")
        pstats.Stats("/tmp/thaiplan-adversarial.prof").sort_stats("tottime").print_stats(15)
        return
    print(f"{'input':<40} {'MB':>5} {'normalize':>10} {'parse':>8}")
    slow = []
    for name, text in cases.items():
        size = len(text.encode("utf-8")) / MB
        parse = _time(lambda text=text: parse_text(text))
        norm = _time(lambda text=text: normalize(text))
        flag = "  <-- over 1 s" if parse > 1.0 else ""
        if parse > 1.0:
            slow.append(name)
        print(f"{name:<40} {size:>5.2f} {norm:>9.3f}s {parse:>7.3f}s{flag}")
    print("all under 1 s" if not slow else f"over 1 s: {', '.join(slow)}")


if __name__ == "__main__":
    main()
