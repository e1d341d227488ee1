"""Write a .docx zip that is the same bytes for the same parts.

Entries get a fixed time (1980-01-01, the zip epoch) and a fixed order: ``[Content_Types].xml``
first (some readers expect it), then the package relationships, then the other parts in the
order given. Compression is deflate at a fixed level.

The zip is written here rather than by :mod:`zipfile` so that a part that never changes (the
styles, the settings, the relationships of a template) can be compressed once and copied into
every document as it is: :class:`Deflated`. The bytes are the ones ``zipfile`` writes for the
same entries (a test compares them), so any zip reader opens the result.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import Iterable

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
FIRST = ("[Content_Types].xml", "_rels/.rels")
# zlib level 2: compressing a 7-page plan's document.xml takes 0.18 ms instead of 1.1 ms at the
# default level 6, for a file about 15% larger (16.6 kB → 19 kB). Rendering is otherwise ~3 ms.
LEVEL = 2

_DOS_DATE = (FIXED_TIME[0] - 1980) << 9 | FIXED_TIME[1] << 5 | FIXED_TIME[2]
_DOS_TIME = FIXED_TIME[3] << 11 | FIXED_TIME[4] << 5 | FIXED_TIME[5] // 2
_VERSION = 20  # deflate needs zip 2.0
_DEFLATED = zipfile.ZIP_DEFLATED
_MODE = 0o600 << 16  # rw------- for Unix readers; the creating system is recorded as MS-DOS (0)
_UTF8_NAME = 0x800
_LOCAL = struct.Struct("<4s2B4HL2L2H")  # the layouts of zipfile.structFileHeader,
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # structCentralDir
_END = struct.Struct("<4s4H2LH")  # and structEndArchive
_LIMIT = 0xFFFFFFFF  # beyond this a zip needs Zip64, which no document comes near


@dataclass(frozen=True)
class Deflated:
    """One entry's data, compressed once, to be written into many zips."""

    crc: int
    size: int
    data: bytes  # raw deflate stream

    @classmethod
    def of(cls, data: bytes) -> Deflated:
        compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
        return cls(zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush())


def write_zip(entries: Iterable[tuple[str, bytes | Deflated]]) -> bytes:
    """A zip of ``(name, data)`` entries, deterministic to the byte."""
    items = dict(entries)
    order = [n for n in FIRST if n in items] + [n for n in items if n not in FIRST]
    out, central = io.BytesIO(), io.BytesIO()
    for name in order:
        entry = items[name]
        if not isinstance(entry, Deflated):
            entry = Deflated.of(entry)
        if max(entry.size, len(entry.data), out.tell()) > _LIMIT:
            raise ValueError(f"{name}: quá lớn cho một tệp .docx (trên 4 GB)")
        try:
            raw, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            raw, flags = name.encode("utf-8"), _UTF8_NAME
        offset = out.tell()
        out.write(_LOCAL.pack(b"PK\x03\x04", _VERSION, 0, flags, _DEFLATED, _DOS_TIME, _DOS_DATE,
                              entry.crc, len(entry.data), entry.size, len(raw), 0))
        out.write(raw)
        out.write(entry.data)
        central.write(_CENTRAL.pack(b"PK\x01\x02", _VERSION, 0, _VERSION, 0, flags, _DEFLATED,
                                    _DOS_TIME, _DOS_DATE, entry.crc, len(entry.data), entry.size,
                                    len(raw), 0, 0, 0, 0, _MODE, offset))
        central.write(raw)
    directory = central.getvalue()
    start = out.tell()
    out.write(directory)
    out.write(_END.pack(b"PK\x05\x06", 0, 0, len(order), len(order), len(directory), start, 0))
    return out.getvalue()


def read_zip(data: bytes) -> list[tuple[str, bytes]]:
    """The entries of a zip, in its order."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(info.filename, z.read(info.filename)) for info in z.infolist()]


def normalise(data: bytes) -> bytes:
    """Re-zip a .docx with fixed times and order."""
    return write_zip(read_zip(data))
