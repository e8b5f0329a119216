"""A Word package checked against the reading limits before anything is unpacked.

A .docx file is a zip archive. Before python-docx opens it, :func:`check_package` checks
it against :class:`~thaiplan.read.ReadOptions`: the number of parts, their declared
sizes, the compression ratio of each part, then every part inflated as a stream and
counted (declared sizes can lie) — so that a "zip bomb" is refused in a fraction of a
second without being unpacked.

>>> import io, zipfile
>>> buffer = io.BytesIO()
>>> with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
...     archive.writestr("word/document.xml", "<w:t>พันธกิจ</w:t>" * 10_000)
>>> check_package(buffer.getvalue(), ReadOptions(source="plan.docx"))
>>> check_package(buffer.getvalue(), ReadOptions(source="plan.docx", max_unpacked_bytes=100_000))
Traceback (most recent call last):
...
thaiplan.errors.LimitExceededError: plan.docx: unpacks to 320,000 bytes, more than the limit
of 100,000 (ReadOptions.max_unpacked_bytes)
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from ...errors import LimitExceededError, UndecodableFileError
from ..options import ReadOptions, name_of

__all__ = ["check_package"]

# Package limits beyond ReadOptions: Word writes a few dozen parts, a few hundred with
# many images; its XML deflates to 1/5-1/30 (deflate's ceiling is about 1/1032).
_MAX_PARTS = 10_000
_MAX_RATIO = 500
_RATIO_FROM = 4 * 2**20  # smaller parts may compress as they like
_CHUNK = 1 << 20


def _local_data(data: bytes, info: zipfile.ZipInfo) -> int:
    """Offset in ``data`` of a member's compressed bytes (after its local header)."""
    offset = info.header_offset
    header = data[offset:offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header of {info.filename!r}")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    return int(offset + 30 + name_length + extra_length)


def _inflated_size(data: bytes, info: zipfile.ZipInfo, cap: int) -> int:
    """Bytes a member really inflates to, counted up to ``cap`` + 1 (nothing kept)."""
    start = _local_data(data, info)
    if info.compress_type == zipfile.ZIP_STORED:
        return min(info.compress_size, len(data) - start)
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise zipfile.BadZipFile(
            f"part {info.filename!r} uses compression method {info.compress_type} "
            "(Word writes deflate)")
    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
    size, position = 0, start
    while not inflate.eof and size <= cap:
        chunk = inflate.unconsumed_tail or data[position:position + _CHUNK]
        if not inflate.unconsumed_tail:
            if not chunk:
                break  # truncated: python-docx will say so
            position += len(chunk)
        size += len(inflate.decompress(chunk, _CHUNK))
    return size


def check_package(data: bytes, options: ReadOptions) -> None:
    """Refuse a Word package that would unpack to too much, before it is unpacked.

    Raises:
        LimitExceededError: more than 10,000 parts; parts declared to unpack to more
            than ``options.max_unpacked_bytes`` in all; a part over 4 MiB compressed
            more than 500 times (real Word XML: 5-30); parts that really inflate to
            more than the limit; reading past ``options.max_seconds``.
        UndecodableFileError: not a zip archive.
    """
    name = name_of(options.source)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        if len(infos) > _MAX_PARTS:
            raise LimitExceededError(
                f"{name}: {len(infos):,} parts in the package, more than the limit of "
                f"{_MAX_PARTS:,} (a Word file has a few dozen)")
        options.check_unpacked(sum(info.file_size for info in infos))
        for info in infos:
            if (info.file_size > _RATIO_FROM
                    and info.file_size > _MAX_RATIO * max(1, info.compress_size)):
                raise LimitExceededError(
                    f"{name}: part {info.filename} is compressed "
                    f"{info.file_size // max(1, info.compress_size):,} times "
                    f"({info.compress_size:,} bytes unpack to {info.file_size:,}), more "
                    f"than the limit of {_MAX_RATIO} (a zip bomb; Word's parts: 5-30)")
        total = 0
        for info in infos:
            size = _inflated_size(data, info, options.max_unpacked_bytes - total)
            total += size
            if total > options.max_unpacked_bytes:
                raise LimitExceededError(
                    f"{name}: unpacks to more than the limit of "
                    f"{options.max_unpacked_bytes:,} bytes (ReadOptions.max_unpacked_bytes); "
                    f"part {info.filename} declares {info.file_size:,}")
            if size != info.file_size:
                raise zipfile.BadZipFile(
                    f"part {info.filename} declares {info.file_size:,} bytes and unpacks "
                    f"to {size:,}")
            options.check_time(f"part {info.filename}")
    except LimitExceededError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError,
            NotImplementedError) as exc:
        raise UndecodableFileError(
            f"{name}: not a readable .docx file ({type(exc).__name__}: {exc})") from exc
