"""Reading a .docx back into a data file (``bdg-docs nhap``, :func:`bdg_docs.nhap`): start from
last year's Word file.

The document is read with the checker's recognition of its parts
(:func:`bdg_docs.reader.find_parts`); its type is told among those bdg_docs builds
(:mod:`.kinds`); its parts become the type's fields, one module per type, named as the type
(:mod:`.ke_hoach_truyen_thong`, :mod:`.cong_van_huong_dan`, :mod:`.ke_hoach_bdg_vstbcpn`); the data
is written in the style of the starter files (:mod:`.yaml_text`), loaded back, laid out again
and compared with the .docx, and every difference is reported (:mod:`.document`).
"""
from __future__ import annotations

import os
from pathlib import Path

from bdg_docs.importing.document import Imported
from bdg_docs.importing.source import Review
from bdg_docs.profiles import Profiles


def import_docx(source: str | os.PathLike[str] | bytes, *, loai: str | None = None, dia_phuong: Profiles = None,
                filename: str | None = None) -> Imported:
    """Read a .docx (a path or its bytes) into the data of one of bdg_docs' document types
    (see :func:`bdg_docs.nhap`)."""
    from bdg_docs.importing import kinds, shared
    from bdg_docs.importing.document import import_document
    from bdg_docs.importing.source import Source
    from bdg_docs.profiles import profile_registry
    from bdg_docs.reader import find_parts, read

    forced = kinds.canonical(loai) if loai is not None else None
    view = read(source)
    parts = find_parts(view)
    origin = "văn bản.docx" if isinstance(source, (bytes, bytearray)) else Path(os.fspath(source)).name
    filename = origin if filename is None else filename
    if forced is None:
        trich_yeu = shared.trich_yeu(Source(view, parts)) or shared.vv(Source(view, parts)) or ""
        kind = kinds.recognise(parts, trich_yeu)
    else:
        kind = forced
    return import_document(Source(view, parts), kind, profile_registry(dia_phuong), filename, forced=forced is not None,
                           origin=origin)


__all__ = ["Imported", "Review", "import_docx"]
