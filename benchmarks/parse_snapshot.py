"""Snapshot of what the parser makes of every page we have, to prove a rewrite changes nothing.

    PYTHAINLP_OFFLINE=1 python benchmarks/parse_snapshot.py --write /tmp/parse-snapshot
    PYTHAINLP_OFFLINE=1 python benchmarks/parse_snapshot.py --check /tmp/parse-snapshot

Pages, in groups:

* ``seeds``, ``dev``, ``bad``, ``realworld``, ``realpdf``: the bundled pages (``data/raw``),
  the shared development corpus and its unusable inputs, ``tests/data/realworld`` and the
  real PDFs (when ``../shared`` is present; ``--no-pdf`` skips the PDFs), read from their
  files with :func:`thaiplan.parse_file`, leniently and with ``strict=True``;
* ``generated``: the pages of ``benchmarks/generate.py`` (``--generated``, 3,000 by
  default; UTF-8, CRLF, cp874 and HTML files, written once under the snapshot folder);
* ``perturbed``: the text of every page above damaged each way of
  ``benchmarks/perturb.py`` (and all ways at once), the generated pages one way each;
* ``adversarial``: the hostile inputs of ``benchmarks/adversarial.py`` at 20 kB;
* ``fuzz``: pages drawn at random (seeded) from the pieces the property tests use, and
  random Thai-heavy text.

For each page it stores ``PlanDocument.to_dict()`` (or the error raised) and, for text
input, :func:`thaiplan.parse.prepare_text`. ``--check`` parses everything again and
lists the differences (``--ignore FIELD`` leaves a field out of the comparison, for a
field a change adds on purpose). Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(HERE))

from adversarial import inputs as adversarial_inputs  # noqa: E402
from generate import generate  # noqa: E402
from perturb import PERTURBATIONS, perturb  # noqa: E402

Page = tuple[str, str, Path | str]  # group, key, a file path or the text itself

_FUZZ_PIECES = [
    "วิสัยทัศน์", "พันธกิจ", "เป้าประสงค์ (Goals)", "ยุทธศาสตร์ที่ 1", "ยุทธศาสตร์ (ต่อ)", "๑.", "2.",
    "1.1", "๒.๓", "(๓)", "3)", "- ", "• ", "✅ ", "1️⃣ ", "S : ", "T\tTeam\t", ". ", "ข้อ ๒", "ก. ",
    "ผู้เรียนมีคุณภาพ", "ครูมีสมรรถนะ", "พ.ศ. 2561", "\n", "\n", "\n", "\n", " ", "  ", "\u00a0",
    "\u200b", "\t", "**********", "ผู้เข้าชม 12", "ที่่", "\u0e4d\u0e32", ":", "(Vision)", "\n1\n",
    "\n2\n", "\n๓\n", "\n(4)\n", "\uf0b7 ", "สพป.ลำปาง เขต 1", "โรงเรียนบ้านหนองบัว", "“SMART”",
    "80 ของ", "- 12 -", "หน้า ๑๘", "ส่วนที่ 2", "บทที่ 3\nบทนำ", "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2567",
    "หน้าแรก", "Share this:", "วันนี้ 12", "#สพฐ", "โทร 02-123-4567", "ด้านครู", "มีดังนี้", "ดังนี้ :",
    "วิสัยทัศน์ / พันธกิจ / เป้าประสงค์", "หน้าหลัก > ข้อมูลพื้นฐาน > วิสัยทัศน์", "กำร", "เป็ น", "ส ำนัก",
    "ค่านิยมองค์กร", "Teamwork      ", "อัตลักษณ์นักเรียน : ", "📌 ", "(Missions)", "ปีงบประมาณ 2567",
]
_FUZZ_ALPHABET = (
    "กขคงจฉชซญดตถทนบปผพฟภมยรลวศษสหอฮะัาำิีึืุูเแโใไ็่้๊๋์ํ๐๑๒๓๔๕๖๗๘๙0123456789"
    " \t\n\n\n\u00a0\u200b\r.()-:*•✓📌ABCSMabco#/|>\ufeff\u2028"
)


def _files(folder: Path, pattern: str) -> list[Path]:
    return sorted(p for p in folder.glob(pattern) if p.is_file())


def _file_pages(args: argparse.Namespace) -> Iterator[Page]:
    for path in _files(ROOT / "data" / "raw", "*.txt"):
        yield "seeds", path.name, path
    if SHARED.is_dir():
        for path in _files(SHARED / "parse", "*.txt"):
            yield "dev", path.name, path
        for path in _files(SHARED / "bad", "*.txt"):
            yield "bad", path.name, path
    for path in _files(ROOT / "tests" / "data" / "realworld", "*/*"):
        if path.suffix != ".json":
            yield "realworld", f"{path.parent.name}/{path.name}", path
    if SHARED.is_dir() and not args.no_pdf:
        for path in _files(SHARED / "realpdf", "*.pdf"):
            yield "realpdf", path.name, path
    for path in generate(args.generated, args.snapshot / "generated-pages"):
        yield "generated", path.name, path


def _text_of(path: Path) -> str | None:
    import thaiplan

    try:
        return thaiplan.read_text(path)
    except Exception:  # an unusable input: nothing to perturb
        return None


def _text_pages(files: list[Page], args: argparse.Namespace) -> Iterator[Page]:
    kinds = [*PERTURBATIONS, "all"]
    generated = 0
    for group, key, path in files:
        if group == "realpdf" or not isinstance(path, Path):
            continue
        text = _text_of(path)
        if text is None:
            continue
        if group == "generated":  # one way each, in turn
            kind = kinds[generated % len(kinds)]
            generated += 1
            yield "perturbed", f"{group}/{key}/{kind}", perturb(text, kind, key)
            continue
        for kind in kinds:
            yield "perturbed", f"{group}/{key}/{kind}", perturb(text, kind, key)
    for name, text in adversarial_inputs(20_000).items():
        yield "adversarial", name, text
    rng = random.Random("fuzz")
    for n in range(args.fuzz):
        if n % 3 == 2:
            text = "".join(rng.choice(_FUZZ_ALPHABET) for _ in range(rng.randint(0, 300)))
        else:
            text = "".join(rng.choice(_FUZZ_PIECES) for _ in range(rng.randint(0, 60)))
        yield "fuzz", str(n), text


def _outcome(call: Any) -> Any:
    try:
        return call().to_dict()
    except Exception as exc:
        return {"error": type(exc).__name__, "message": str(exc)}


def _record(page: Page) -> dict[str, Any]:
    import thaiplan
    from thaiplan.parse import prepare_text

    group, key, source = page
    if isinstance(source, Path):
        record: dict[str, Any] = {"result": _outcome(lambda: thaiplan.parse_file(source))}
        if group != "generated":
            record["strict"] = _outcome(lambda: thaiplan.parse_file(source, strict=True))
    else:
        record = {"result": _outcome(lambda: thaiplan.parse_text(source)),
                  "prepared": prepare_text(source)}
        if group != "fuzz":
            record["strict"] = _outcome(
                lambda: thaiplan.parse_text(source, source="page.txt", strict=True))
    return {"group": group, "key": key, **record}


def _pages(args: argparse.Namespace) -> Iterator[Page]:
    files = list(_file_pages(args))
    yield from files
    yield from _text_pages(files, args)


def _drop(value: Any, ignored: set[str]) -> Any:
    if isinstance(value, dict):
        return {k: _drop(v, ignored) for k, v in value.items() if k not in ignored}
    if isinstance(value, list):
        return [_drop(v, ignored) for v in value]
    return value


def _first_difference(a: Any, b: Any, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k, "<absent>") != b.get(k, "<absent>"):
                return _first_difference(a.get(k, "<absent>"), b.get(k, "<absent>"), f"{path}.{k}")
        return path
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    was, now = (json.dumps(x, ensure_ascii=False)[:200] for x in (a, b))
    return f"{path}: {was} != {now}"


def write(args: argparse.Namespace) -> int:
    args.snapshot.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with open(args.snapshot / "snapshot.jsonl", "w", encoding="utf-8") as out:
        for page in _pages(args):
            out.write(json.dumps(_record(page), ensure_ascii=False) + "\n")
            counts[page[0]] = counts.get(page[0], 0) + 1
    print("written:", ", ".join(f"{g} {n}" for g, n in counts.items()),
          f"— {sum(counts.values())} pages")
    return 0


def check(args: argparse.Namespace) -> int:
    stored: dict[tuple[str, str], dict[str, Any]] = {}
    with open(args.snapshot / "snapshot.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            stored[record["group"], record["key"]] = record
    ignored = set(args.ignore)
    counts: dict[str, list[int]] = {}
    shown = 0
    seen = set()
    for page in _pages(args):
        now = _drop(_record(page), ignored)
        key = (page[0], page[1])
        seen.add(key)
        was = _drop(stored.get(key), ignored)
        tally = counts.setdefault(page[0], [0, 0])
        tally[0] += 1
        if now != was:
            tally[1] += 1
            if shown < args.show:
                shown += 1
                print(f"DIFF {page[0]}/{page[1]}: {_first_difference(was, now)}")
    missing = set(stored) - seen
    for group, (pages, differ) in counts.items():
        print(f"{group:<12} {pages:>6} pages, {differ} differ")
    total = sum(d for _, d in counts.values())
    print(f"{sum(p for p, _ in counts.values())} pages compared, {total} differ, "
          f"{len(missing)} stored pages not produced")
    return 1 if total or missing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, metavar="DIR", dest="write")
    mode.add_argument("--check", type=Path, metavar="DIR", dest="check")
    parser.add_argument("--generated", type=int, default=3000, help="generated pages")
    parser.add_argument("--fuzz", type=int, default=3000, help="random pages")
    parser.add_argument("--no-pdf", action="store_true", help="skip the real PDFs")
    parser.add_argument("--ignore", action="append", default=[], metavar="FIELD",
                        help="leave this field out of the comparison (repeatable)")
    parser.add_argument("--show", type=int, default=20, help="differences to print")
    args = parser.parse_args()
    args.snapshot = args.write or args.check
    return write(args) if args.write else check(args)


if __name__ == "__main__":
    sys.exit(main())
