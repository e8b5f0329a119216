"""A small PDF writer for tests: real PDF structure, Sarabun embedded, text placed as asked.

Glyphs are Sarabun's (the font the project depends on, ``fontpkg-sarabun``), embedded
whole as a CID TrueType font (``Identity-H``, CIDs = glyph ids), with a ``ToUnicode``
map that can leave glyphs out or map them wrongly — or as a simple TrueType font with
``WinAnsiEncoding``, no ``ToUnicode`` and its own code-to-glyph ``cmap`` (a legacy Thai
font). The program itself can lose its ``cmap`` and ``post`` names, as the subsets of
a budget volume do.

Text is written as :class:`Text` items: where, what (``{uni0E48.small}`` names a glyph),
which font, and whether the marks are drawn in a second pass after the letters (as a
budget volume does). Widths come from the font, so pdfium lays the characters out as a
viewer shows them.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from fontTools.ttLib import TTFont

_MARKS = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b"
             "\u0e4c\u0e4d\u0e4e")
_NAME = re.compile(r"\{([^}]+)\}")


@cache
def sarabun(weight: str = "Regular") -> bytes:
    return resources.files("fontpkg_sarabun").joinpath(f"files/Sarabun-{weight}.ttf").read_bytes()


@cache
def _font(weight: str) -> TTFont:
    return TTFont(io.BytesIO(sarabun(weight)))


@dataclass
class Font:
    """How a font is embedded.

    ``kind``: ``"cid"`` (Type0, Identity-H) or ``"winansi"`` (simple TrueType, codes 0x21+
    drawn through the program's own ``(3,0)`` cmap, no ``ToUnicode``).
    ``to_unicode``: glyph name → the Unicode the ``ToUnicode`` map gives it (``None``:
    left out); the others get the font's own. ``strip``: drop the program's ``cmap``
    and ``post`` names (``"cmap"``, ``"post"``).
    """

    kind: str = "cid"
    weight: str = "Regular"
    to_unicode: dict[str, str | None] = field(default_factory=dict)
    strip: tuple[str, ...] = ()


@dataclass
class Text:
    """Text set at ``(x, y)`` (points, from the page's bottom-left), ``size`` points."""

    x: float
    y: float
    text: str
    size: float = 14.0
    font: int = 0  # index in the document's fonts
    marks_later: bool = False  # draw the marks after all the letters, one by one


def glyph_names(text: str, weight: str = "Regular") -> list[str]:
    """The glyphs of ``text``: characters through Sarabun's cmap, ``{name}`` as named."""
    cmap = _font(weight).getBestCmap()
    names: list[str] = []
    pos = 0
    for m in _NAME.finditer(text):
        names += [cmap[ord(ch)] for ch in text[pos:m.start()]]
        names.append(m.group(1))
        pos = m.end()
    names += [cmap[ord(ch)] for ch in text[pos:]]
    return names


def _program(spec: Font) -> bytes:
    font = TTFont(io.BytesIO(sarabun(spec.weight)))
    if spec.kind == "winansi":
        from fontTools.ttLib.tables._c_m_a_p import cmap_format_4

        table = cmap_format_4(4)
        table.platformID, table.platEncID, table.language = 3, 0, 0
        table.cmap = {0xF000 + code: name for code, name in _winansi_codes(spec).items()}
        font["cmap"].tables = [table]
    if "cmap" in spec.strip:
        del font["cmap"]
    if "post" in spec.strip:
        font["post"].formatType = 3.0
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@cache
def _thai_glyphs(weight: str) -> tuple[str, ...]:
    cmap = _font(weight).getBestCmap()
    extra = [n for n in _font(weight).getGlyphOrder() if n.startswith("uni0E") and "." in n]
    return tuple(sorted({cmap[c] for c in range(0x0E01, 0x0E5C) if c in cmap} | set(extra)))


def _winansi_codes(spec: Font) -> dict[int, str]:
    """Codes 0xA1... for the Thai glyphs of a legacy font (0x20-0x7E stay ASCII)."""
    cmap = _font(spec.weight).getBestCmap()
    codes = {c: cmap[c] for c in range(0x20, 0x7F) if c in cmap}
    for code, name in enumerate(_thai_glyphs(spec.weight), 0xA1):
        if code > 0xFF:
            break
        codes[code] = name
    return codes


def _cmap_stream(entries: dict[int, str], width: int) -> bytes:
    lines = [f"<{code:0{width}X}> <{''.join(f'{ord(c):04X}' for c in text)}>"
             for code, text in sorted(entries.items())]
    blocks = [f"{len(lines[i:i + 100])} beginbfchar\n" + "\n".join(lines[i:i + 100])
              + "\nendbfchar" for i in range(0, len(lines), 100)]
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            f"1 begincodespacerange\n<{'0' * width}> <{'F' * width}>\nendcodespacerange\n"
            + "\n".join(blocks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\n"
            "end\nend\n").encode("ascii")


class _Writer:
    def __init__(self) -> None:
        self.objects: dict[int, bytes] = {}

    def add(self, body: bytes | str, stream: bytes | None = None) -> int:
        number = len(self.objects) + 1
        data = body.encode() if isinstance(body, str) else body
        if stream is not None:
            data = data[:-2] + b" /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        self.objects[number] = data
        return number

    def bytes(self, root: int) -> bytes:
        out = bytearray(b"%PDF-1.4\n")
        offsets = {}
        for number in sorted(self.objects):
            offsets[number] = len(out)
            out += b"%d 0 obj\n" % number + self.objects[number] + b"\nendobj\n"
        xref = len(out)
        size = len(self.objects) + 1
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for number in range(1, size):
            out += b"%010d 00000 n \n" % offsets[number]
        out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            size, root, xref)
        return bytes(out)


def _embed(writer: _Writer, spec: Font, used: set[str]) -> int:
    font = _font(spec.weight)
    upem = font["head"].unitsPerEm
    program = _program(spec)
    file_ = writer.add("<< >>", program)
    name = f"Sarabun-{spec.weight}"
    descriptor = writer.add(
        f"<< /Type /FontDescriptor /FontName /{name} /Flags {4 if spec.kind == 'winansi' else 32}"
        f" /FontBBox [-500 -300 1500 1200] /ItalicAngle 0 /Ascent 1068 /Descent -232"
        f" /CapHeight 700 /StemV 80 /FontFile2 {file_} 0 R >>")
    if spec.kind == "winansi":
        codes = _winansi_codes(spec)
        widths = " ".join(str(round(font["hmtx"][codes[c]][0] * 1000 / upem)) if c in codes
                          else "0" for c in range(0x20, 0x100))
        return writer.add(
            f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar 32 /LastChar 255"
            f" /Widths [{widths}] /Encoding /WinAnsiEncoding /FontDescriptor {descriptor} 0 R >>")
    cmap = {name: chr(code) for code, name in font.getBestCmap().items()}
    entries = {}
    for glyph in used:
        text = spec.to_unicode.get(glyph, cmap.get(glyph))
        if text is not None:
            entries[font.getGlyphID(glyph)] = text
    to_unicode = writer.add("<< >>", _cmap_stream(entries, 4))
    widths = " ".join(f"{font.getGlyphID(g)} [{round(font['hmtx'][g][0] * 1000 / upem)}]"
                      for g in sorted(used, key=font.getGlyphID))
    cid = writer.add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo"
        f" << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor"
        f" {descriptor} 0 R /CIDToGIDMap /Identity /W [{widths}] >>")
    return writer.add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H"
                      f" /DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>")


def _code(spec: Font, glyph: str) -> str:
    if spec.kind == "winansi":
        reverse = {name: code for code, name in _winansi_codes(spec).items()}
        return f"{reverse[glyph]:02X}"
    return f"{_font(spec.weight).getGlyphID(glyph):04X}"


def _content(items: list[Text], fonts: list[Font]) -> bytes:
    ops = []
    for item in items:
        spec = fonts[item.font]
        font = _font(spec.weight)
        upem = font["head"].unitsPerEm
        glyphs = glyph_names(item.text, spec.weight)
        ops.append(f"BT /F{item.font} {item.size} Tf")
        if not item.marks_later:
            codes = "".join(_code(spec, g) for g in glyphs)
            ops.append(f"1 0 0 1 {item.x} {item.y} Tm <{codes}> Tj ET")
            continue
        x, later = item.x, []
        for g in glyphs:
            advance = font["hmtx"][g][0] * item.size / upem
            if g.startswith("uni0E") and chr(int(g[3:7], 16)) in _MARKS:
                later.append((x, g))
            else:
                ops.append(f"1 0 0 1 {x:.2f} {item.y} Tm <{_code(spec, g)}> Tj")
            x += advance
        ops += [f"1 0 0 1 {x:.2f} {item.y} Tm <{_code(spec, g)}> Tj" for x, g in later]
        ops.append("ET")
    return "\n".join(ops).encode("ascii")


def build_pdf(pages: list[list[Text]], fonts: list[Font] | None = None, *,
              size: tuple[float, float] = (595, 842), images: set[int] = frozenset(),
              rotate: int = 0) -> bytes:
    """A PDF of ``pages`` (each a list of :class:`Text`); ``images``: 0-based pages
    that also draw an image (a page without text but with one is a scan)."""
    fonts = fonts or [Font()]
    writer = _Writer()
    used: dict[int, set[str]] = {i: set() for i in range(len(fonts))}
    for items in pages:
        for item in items:
            used[item.font].update(glyph_names(item.text, fonts[item.font].weight))
    font_ids = [_embed(writer, spec, used[i]) for i, spec in enumerate(fonts)]
    resources_ = " ".join(f"/F{i} {n} 0 R" for i, n in enumerate(font_ids))
    page_ids = []
    pages_id = len(fonts) * 10 + 10_000  # placeholder, fixed below
    kids: list[int] = []
    for number, items in enumerate(pages):
        content = _content(items, fonts)
        if number in images:
            content = b"q 100 0 0 100 50 50 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q\n" + content
        stream = writer.add("<< >>", content)
        kids.append(writer.add(
            f"<< /Type /Page /Parent PARENT /MediaBox [0 0 {size[0]} {size[1]}]"
            f" /Rotate {rotate} /Resources << /Font << {resources_} >> >>"
            f" /Contents {stream} 0 R >>"))
    pages_id = writer.add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}]"
                          f" /Count {len(kids)} >>")
    for k in kids:
        writer.objects[k] = writer.objects[k].replace(b"PARENT", b"%d 0 R" % pages_id)
    page_ids.append(pages_id)
    root = writer.add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    return writer.bytes(root)


def make_pdf(pages: list[list[str]], *, size: float = 14.0) -> bytes:
    """A PDF with one page per entry of ``pages``, each a list of lines set from the top
    left, one line every ``1.5 * size`` points."""
    return build_pdf([[Text(72, 800 - 1.5 * size * k, line, size) for k, line in enumerate(lines)
                       if line] for lines in pages])
