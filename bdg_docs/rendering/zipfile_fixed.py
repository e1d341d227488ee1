"""Write a .docx zip that is the same bytes for the same parts.

Entries get a fixed time (1980-01-01, the zip epoch) and a fixed order: ``[Content_Types].xml``
first (some readers expect it), then the package relationships, then the other parts in the
order given. Compression is deflate at a fixed level.
"""
from __future__ import annotations

import io
import zipfile
from typing import Iterable

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
FIRST = ("[Content_Types].xml", "_rels/.rels")


def write_zip(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of ``(name, data)`` entries, deterministic to the byte."""
    items = dict(entries)
    order = [n for n in FIRST if n in items] + [n for n in items if n not in FIRST]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 0
            z.writestr(info, items[name], compresslevel=6)
    return buf.getvalue()


def read_zip(data: bytes) -> list[tuple[str, bytes]]:
    """The entries of a zip, in its order."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(info.filename, z.read(info.filename)) for info in z.infolist()]


def normalise(data: bytes) -> bytes:
    """Re-zip a .docx with fixed times and order."""
    return write_zip(read_zip(data))
