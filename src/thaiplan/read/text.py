"""Plain text: bytes to text, detecting the encoding.

A BOM wins; then strict UTF-8; then UTF-16 without BOM; then the Thai legacy encoding
cp874 (a superset of TIS-620). A cp874 file with a few undefined bytes decodes with
U+FFFD in their place and a count; bytes that are not text in any of these raise
:class:`~thaiplan.errors.UndecodableFileError` naming the file.

(charset-normalizer was tried for detection and rejected here: on short Thai pages
it often guesses a Cyrillic or Greek code page for cp874 bytes, while the
rules above are exact for the encodings Thai sites use.)

>>> read_plain("วิสัยทัศน์\\r\\n".encode("cp874"), ReadOptions()).text
'วิสัยทัศน์\\n'
"""

from __future__ import annotations

import codecs

from ..errors import UndecodableFileError
from ..layout import Document
from ..normalize import normalize_newlines
from .options import ReadOptions, name_of

__all__ = ["decode_bytes", "read_plain"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOM_STARTS = b"".join(sorted({bom[:1] for bom, _ in _BOMS}))
# cp874 leaves these bytes undefined; C0 controls other than \t \n \r \f are
# not text either. Random bytes hit one of them about a third of the time.
# (As bytes: ``bytes.translate`` deletes and so counts them at C speed.)
_CP874_UNDEFINED = bytes([*range(0x81, 0x85), *range(0x86, 0x91), *range(0x98, 0xA0),
                          *range(0xDB, 0xDF), *range(0xFC, 0x100)])
_CONTROL = bytes(sorted(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}))
_MAX_BAD_SHARE = 0.02  # more than 2% undecodable bytes: not text in this encoding


def _utf8_with_few_errors(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a handful of broken sequences (a truncated character)."""
    most = max(4, len(data) // 200)
    # A first look at a prefix (cp874 text fails there): it decodes as in the whole
    # text, but for its last character, which the cut may break (one U+FFFD more).
    if data[:128].decode("utf-8", errors="replace").count("\ufffd") > most + 1:
        return None
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > most:
        return None
    ascii_chars = len(text.encode("ascii", errors="ignore"))
    decoded_multibyte = len(text) - ascii_chars - bad  # characters above U+007F
    if decoded_multibyte >= 10 * bad:
        return text, bad
    return None


def decode_bytes(data: bytes, *, source: str | None = None) -> tuple[str, str, int]:
    """Decode ``data``, detecting the encoding; returns ``(text, encoding, bad_bytes)``.

    Raises:
        UndecodableFileError: the bytes are not text in UTF-8/16/32 or cp874.

    >>> decode_bytes("ค่านิยม".encode("utf-16"))[1]
    'utf-16'
    """
    for bom, encoding in _BOMS if data[:1] in _BOM_STARTS else ():
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, 0
            except UnicodeDecodeError as exc:
                raise UndecodableFileError(
                    f"{name_of(source)}: starts with a {encoding} byte-order mark but "
                    f"is not valid {encoding} (byte {exc.start})"
                ) from None
    # UTF-16 without BOM before UTF-8: Thai UTF-16-LE bytes (0x27 0x0E...) are all
    # below 0x80, so they would pass as (control-character) UTF-8.
    # (Its test needs 0x00 or 0x0E bytes: a look for either, at C speed, comes first.)
    if len(data) >= 4 and len(data) % 2 == 0 and (b"\x00" in data or b"\x0e" in data):
        for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
            if (high.count(0) + high.count(0x0E)) * 10 < len(high) * 9:
                continue
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not any(ord(ch) < 0x20 and ch not in "\t\n\r\f" for ch in text):
                return text, "utf-16", 0
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    nearly_utf8 = _utf8_with_few_errors(data)
    if nearly_utf8 is not None:
        return nearly_utf8[0], "utf-8", nearly_utf8[1]
    undefined = len(data) - len(data.translate(None, _CP874_UNDEFINED))
    control = len(data) - len(data.translate(None, _CONTROL))
    if (undefined + control) > _MAX_BAD_SHARE * len(data) + 4:
        raise UndecodableFileError(
            f"{name_of(source)}: not text in any supported encoding "
            f"(tried UTF-8, UTF-16, cp874/TIS-620: {undefined} undefined and "
            f"{control} control bytes in {len(data)})"
        )
    return data.decode("cp874", errors="replace"), "cp874", undefined


def read_plain(data: bytes, options: ReadOptions) -> Document:
    """A text file: one block per line.

    Raises:
        LimitExceededError: the file is larger than ``options.max_bytes``.
        UndecodableFileError: the bytes are not text in a supported encoding.
    """
    options.check_bytes(len(data))
    text, encoding, bad = decode_bytes(data, source=options.source)
    return Document.from_text(normalize_newlines(text), source=options.source,
                              encoding=encoding, bad_bytes=bad, format="txt")
