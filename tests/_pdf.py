"""A tiny PDF writer for tests: real PDF structure, Thai text via a ToUnicode map.

No font is embedded (viewers would show the wrong glyphs); text extraction, which
is all thaiplan reads, goes through the ``/ToUnicode`` CMap as in real files.
"""

from __future__ import annotations


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with one page per entry of ``pages``, each a list of text lines."""
    chars = sorted({ch for page in pages for line in page for ch in line})
    if len(chars) > 255:
        raise ValueError("make_pdf supports at most 255 distinct characters")
    code = {ch: i + 1 for i, ch in enumerate(chars)}
    entries = [f"<{code[ch]:02X}> <{ord(ch):04X}>" for ch in chars]
    blocks = []
    for start in range(0, len(entries), 100):
        chunk = entries[start:start + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")
    n_pages = len(pages)
    page_ids = [5 + 2 * i for i in range(n_pages)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: ("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids)
            + f"] /Count {n_pages} >>").encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>",
        4: b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    }
    for pid, lines in zip(page_ids, pages, strict=True):
        ops = ["BT", "/F1 12 Tf", "14 TL", "72 800 Td"]
        for line in lines:
            ops.append("<" + "".join(f"{code[ch]:02X}" for ch in line) + "> Tj T*")
        ops.append("ET")
        content = "\n".join(ops).encode("ascii")
        objects[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 3 0 R >> >> /Contents {pid + 1} 0 R >>"
                        ).encode()
        objects[pid + 1] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)
