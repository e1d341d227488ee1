"""The zip writer: the bytes zipfile writes for the same entries, with or without entries
compressed in advance."""
from __future__ import annotations

import io
import zipfile

import pytest

from bdg_docs.rendering.zipfile_fixed import FIXED_TIME, LEVEL, Deflated, read_zip, write_zip

ENTRIES = [
    ("word/document.xml", "<w:document>Cộng hòa xã hội chủ nghĩa Việt Nam</w:document>".encode() * 200),
    ("[Content_Types].xml", b"<Types/>"),
    ("word/trống.xml", b""),
    ("_rels/.rels", bytes(range(256)) * 40),
]


def _with_zipfile(entries: list[tuple[str, bytes]]) -> bytes:
    """The same zip written by the standard library (the format write_zip must keep)."""
    order = sorted(entries, key=lambda e: {"[Content_Types].xml": 0, "_rels/.rels": 1}.get(e[0], 2))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=LEVEL) as z:
        for name, data in order:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 0
            z.writestr(info, data, compresslevel=LEVEL)
    return buf.getvalue()


def test_write_zip_writes_what_zipfile_writes():
    assert write_zip(ENTRIES) == _with_zipfile(ENTRIES)


def test_entries_compressed_in_advance_give_the_same_zip():
    mixed = [(name, Deflated.of(data) if i % 2 else data) for i, (name, data) in enumerate(ENTRIES)]
    assert write_zip(mixed) == write_zip(ENTRIES)


def test_the_zip_reads_back_in_order_with_fixed_times():
    data = write_zip(ENTRIES)
    assert [name for name, _ in read_zip(data)] == ["[Content_Types].xml", "_rels/.rels",
                                                    "word/document.xml", "word/trống.xml"]
    assert dict(read_zip(data)) == dict(ENTRIES)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        assert {info.date_time for info in z.infolist()} == {FIXED_TIME}


def test_a_part_too_large_for_a_plain_zip_is_refused():
    huge = Deflated(crc=0, size=2**32, data=b"")
    with pytest.raises(ValueError):
        write_zip([("word/document.xml", huge)])
