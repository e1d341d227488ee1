"""Opening a .docx package: the zip, its XML parts, and the limits that keep a hostile file cheap.

A .docx is a zip of XML parts. Anyone can write one, so every cost is bounded before it is paid:

- a part is inflated in chunks and refused as soon as it passes :data:`MAX_PART_BYTES`, or the
  parts together pass :data:`MAX_TOTAL_BYTES`, whatever sizes the zip's directory claims;
- a part that inflates more than :data:`MAX_RATIO` times its compressed size (once past
  :data:`RATIO_FROM_BYTES`) is refused: text and formatting compress about ten times, a
  "zip bomb" thousands of times;
- XML is parsed without entities, DTDs or network access, and with libxml2's own limits on depth
  and node size left on (``huge_tree=False``).

Every refusal is a :class:`DocxReadError` with a Vietnamese message that says which limit.
"""
from __future__ import annotations

import io
import os
import zipfile
import zlib
from typing import Iterator

from lxml import etree

from bdg_docs.errors import BdgError, UnreadableFile
from bdg_docs.files import read_input

# An OLE compound file: the old binary .doc format.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RESAVE_HINT = "Mở tệp bằng Word rồi lưu lại dạng .docx (File > Save As > Word Document)."

# Limits. A 300-page report is about 5 MB of XML, its biggest part (document.xml) about 4 MB.
MAX_FILE_BYTES = 100_000_000  # the .docx itself (images included)
MAX_PART_BYTES = 64_000_000  # one XML part, inflated
MAX_TOTAL_BYTES = 128_000_000  # all XML parts together, inflated
MAX_RATIO = 100  # inflated / compressed size of one part ...
RATIO_FROM_BYTES = 4_000_000  # ... checked once the part has inflated this far
MAX_PARAGRAPHS = 100_000  # paragraphs in the whole document (about 3,000 pages)
MAX_RUNS = 1_000_000  # runs of text, after merging runs formatted alike
_CHUNK = 1 << 16


class DocxReadError(BdgError):
    """The file cannot be read as a .docx (not a zip, damaged, too large, or missing its main part)."""


def _mb(n: int) -> str:
    return f"{n // 1_000_000} MB"


def too_many(what: str, limit: int) -> DocxReadError:
    """The refusal of a file with more of something than the reader takes (``100.000 đoạn``)."""
    from bdg_docs.numbers import format_number  # the one place that formats numbers (babel, only on refusal)

    shown = format_number(limit)
    return DocxReadError(f"văn bản có hơn {shown} {what}: quá lớn để kiểm tra (giới hạn đặt ra để không treo máy).")


def load_bytes(source: bytes | str | os.PathLike[str]) -> bytes:
    """The bytes of a .docx given as bytes or a path, at most :data:`MAX_FILE_BYTES`."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > MAX_FILE_BYTES:
            raise DocxReadError(f"tệp quá lớn (hơn {_mb(MAX_FILE_BYTES)}).")
        return data
    try:  # a FIFO, a device or a folder is refused by its type, before it is opened
        return read_input(source, MAX_FILE_BYTES, what="tệp .docx")
    except UnreadableFile as exc:
        raise DocxReadError(f"{exc.reason}." + (f" {exc.hint}" if exc.hint else "")) from None


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


class Package:
    """The XML parts of a .docx, inflated within the limits above."""

    def __init__(self, data: bytes):
        if not data:
            raise DocxReadError("tệp rỗng (0 byte).")
        if data.startswith(OLE_MAGIC):
            raise DocxReadError(f"đây là tệp .doc (Word 97–2003), không phải .docx. {RESAVE_HINT}")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError):
            # NotImplementedError: a directory entry stating a zip version zipfile does not read (damage)
            raise DocxReadError(f"tệp không phải .docx (không phải tệp zip, hoặc đã hỏng). {RESAVE_HINT}") from None
        self._infos = {i.filename: i for i in infos if _is_xml(i.filename)}
        self._total = 0
        self._cache: dict[str, bytes] = {}
        if "word/document.xml" not in self._infos:
            raise DocxReadError("tệp zip không phải văn bản Word (thiếu word/document.xml).")

    def names(self) -> list[str]:
        return list(self._infos)

    def part(self, name: str) -> bytes | None:
        """One XML part, inflated in chunks and stopped at the limits; None when absent."""
        if name in self._cache:
            return self._cache[name]
        info = self._infos.get(name)
        if info is None:
            return None
        chunks = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    self._check(name, size, info.compress_size)
                    chunks.append(chunk)
        except DocxReadError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, RuntimeError,
                ValueError, NotImplementedError):
            # A member's data is damaged, encrypted or in a method zipfile cannot read.
            raise DocxReadError(f"tệp .docx bị hỏng: không giải nén được phần {name}. {RESAVE_HINT}") from None
        data = b"".join(chunks)
        self._cache[name] = data
        return data

    def _check(self, name: str, size: int, compressed: int) -> None:
        if size > MAX_PART_BYTES or self._total + size > MAX_TOTAL_BYTES:
            raise DocxReadError(
                f"tệp .docx quá lớn khi giải nén (phần {name} vượt {_mb(MAX_PART_BYTES)}, "
                f"hoặc cả tệp vượt {_mb(MAX_TOTAL_BYTES)} chữ và định dạng).")
        if size > RATIO_FROM_BYTES and size > MAX_RATIO * max(compressed, 1):
            raise DocxReadError(
                f"tệp .docx quá lớn khi giải nén: phần {name} nở ra hơn {MAX_RATIO} lần dung lượng nén "
                "(chữ và định dạng của văn bản thật chỉ khoảng 10 lần).")

    def account(self, size: int) -> None:
        """Count a part that has been read against the total budget."""
        self._total += size

    def xml(self, name: str) -> etree._Element | None:
        """A part parsed whole (for the small parts: styles, numbering, headers, footnotes)."""
        data = self.part(name)
        if data is None:
            return None
        self.account(len(data))
        try:
            return etree.fromstring(data, parser=_parser())
        except etree.XMLSyntaxError as exc:
            raise DocxReadError(f"phần {name} của tệp bị hỏng ({_short(exc)}).") from None

    def iter_children(self, name: str, parent_tag: str) -> Iterator[etree._Element]:
        """The children of ``parent_tag`` in a part, one at a time, each freed after use.

        The body of a document is read this way, so memory holds one paragraph or table at a
        time, not the whole tree."""
        data = self.part(name)
        if data is None:
            return
        self.account(len(data))
        events = etree.iterparse(io.BytesIO(data), events=("end",), resolve_entities=False, no_network=True,
                                 huge_tree=False, load_dtd=False, remove_comments=True, remove_pis=True)
        try:
            for _, el in events:
                parent = el.getparent()
                if parent is None or parent.tag != parent_tag:
                    continue
                yield el
                el.clear(keep_tail=False)
                while el.getprevious() is not None:
                    del parent[0]
        except etree.XMLSyntaxError as exc:
            raise DocxReadError(f"phần {name} của tệp bị hỏng ({_short(exc)}).") from None


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           remove_comments=True, remove_pis=True)


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 120 else text[:119] + "…"
