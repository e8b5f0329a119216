"""The Word "zip bomb" of issue 14: how fast, and in how much memory, it is refused.

    PYTHAINLP_OFFLINE=1 .venv/bin/python benchmarks/read_limits.py

Builds, in a temporary folder, a 1.9 MB ``.docx`` whose ``word/document.xml`` holds
800 MB of text (Thai paragraphs padded with spaces), and a copy whose zip headers
declare that part to be 30 KB (the sizes a hostile file can lie about). Each is read
with :func:`thaiplan.read_document` and the default
:class:`~thaiplan.read.ReadOptions` in a fresh process; the time to the
``LimitExceededError`` and the process's peak memory
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a process that runs only that
reader) are printed, beside a process that only imports the same modules.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

_PARAGRAPH = ("<w:p><w:r><w:t>ยุทธศาสตร์ที่ 1 " + "พัฒนาคุณภาพการศึกษาให้ผู้เรียนมีสมรรถนะ " * 8
              + " " * 3000 + "</w:t></w:r></w:p>")
_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         "<w:body>")
_TAIL = "</w:body></w:document>"

# Read a file in this process and print the seconds to the refusal (or to the end).
_READ = """
import sys, time
from thaiplan.read import read_document
from thaiplan.errors import LimitExceededError
started = time.perf_counter()
try:
    read_document(sys.argv[1])
    outcome = "read"
except LimitExceededError as error:
    outcome = str(error)
print(time.perf_counter() - started)
print(outcome)
"""
_IMPORT = "import docx, thaiplan.read; print(0.0); print('imported')"
# Run one child and report its time, outcome and peak memory.
_MEASURE = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, check=True)
seconds, outcome = done.stdout.splitlines()[:2]
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(json.dumps({"seconds": float(seconds), "outcome": outcome, "peak_kib": peak}))
"""


def build_bomb(path: Path, unpacked: int) -> None:
    """A valid Word file whose ``word/document.xml`` unpacks to about ``unpacked`` bytes."""
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    source = zipfile.ZipFile(template)
    paragraphs = (_PARAGRAPH * 250).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, source.read(info.filename))
                continue
            with out.open("word/document.xml", "w") as part:
                part.write(_HEAD.encode())
                written = 0
                while written < unpacked:
                    part.write(paragraphs)
                    written += len(paragraphs)
                part.write(_TAIL.encode())


def lie_about_size(data: bytes, member: str, size: int) -> bytes:
    """``data`` with the uncompressed size of ``member`` set to ``size`` in its local
    header and its central directory entry."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(member)
    out = bytearray(data)
    struct.pack_into("<I", out, info.header_offset + 22, size)
    position = archive.start_dir
    while out[position:position + 4] == b"PK\x01\x02":
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", out, position + 28)
        name = bytes(out[position + 46:position + 46 + name_length]).decode("utf-8")
        if name == member:
            struct.pack_into("<I", out, position + 24, size)
        position += 46 + name_length + extra_length + comment_length
    return bytes(out)


def _measure(code: str, path: Path | None) -> dict[str, object]:
    child = [sys.executable, "-c", code] + ([str(path)] if path else [])
    done = subprocess.run([sys.executable, "-c", _MEASURE, *child], capture_output=True,
                          text=True, check=True, env={**os.environ, "PYTHAINLP_OFFLINE": "1"})
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=800,
                        help="text the bomb unpacks to, in MB (default: 800)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        honest = Path(folder) / "bomb.docx"
        build_bomb(honest, args.megabytes * 10**6)
        lying = Path(folder) / "bomb-lying.docx"
        lying.write_bytes(lie_about_size(honest.read_bytes(), "word/document.xml", 30_000))
        unpacked = zipfile.ZipFile(honest).getinfo("word/document.xml").file_size
        print(f"bomb: {honest.stat().st_size / 1e6:.1f} MB .docx, word/document.xml unpacks "
              f"to {unpacked / 1e6:.0f} MB")
        base = _measure(_IMPORT, None)
        print(f"  python + thaiplan.read + python-docx imported: peak memory "
              f"{int(base['peak_kib']) / 1024:.0f} MB")  # type: ignore[call-overload]
        for label, path in (("sizes as declared", honest), ("sizes falsified", lying)):
            got = _measure(_READ, path)
            print(f"  {label}: refused in {got['seconds']:.2f} s, peak memory "
                  f"{int(got['peak_kib']) / 1024:.0f} MB")  # type: ignore[call-overload]
            print(f"    {got['outcome']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
