"""The Decree 30 checker: read any .docx and say which rule it breaks, where, and how to fix it::

    report = check("out/ke_hoach.docx")
    [str(f) for f in report.errors]
    report.evaluated, report.not_evaluated   # what could be checked, and what not and why

The document's parts are recognised by :func:`bdg_docs.reader.parts.find_parts`, whatever the
layout; the rules come from :mod:`bdg_docs.nd30`, the same definitions the models enforce when
they build a document. A Party document is recognised and not checked (Decree 30 does not
govern it); a document whose type cannot be told is checked on everything but the rules that
depend on its type, and says why in ``review``.
"""
from __future__ import annotations

import os

from bdg_docs.checker.body import check_body, check_can_cu
from bdg_docs.checker.findings import Collector, Finding, Report
from bdg_docs.checker.header import check_header
from bdg_docs.checker.marks import check_marks
from bdg_docs.checker.opening import check_opening
from bdg_docs.checker.page import check_fonts, check_page
from bdg_docs.checker.signing import check_noi_nhan, check_signature
from bdg_docs.nd30.loai import DANG
from bdg_docs.reader.docx import DocxReadError, DocxView, read
from bdg_docs.reader.parts import Parts, find_parts, page_text_width

PARTY_NOTE = (f"văn bản của Đảng ({DANG}): thể thức theo Hướng dẫn của Văn phòng Trung ương Đảng "
              "(36-HD/VPTW, nay 05-HD/VPTW), không theo Nghị định 30; không kiểm tra.")


def check(source: bytes | str | os.PathLike[str] | DocxView) -> Report:
    """Check a .docx (path, bytes, or an already read view). Raises DocxReadError if unreadable."""
    view = source if isinstance(source, DocxView) else read(source)
    parts = find_parts(view)
    out = Collector()
    if parts.kind == "dang":
        return out.report(parts.kind, None, parts=parts.found(), note=PARTY_NOTE)
    width = page_text_width(view)
    check_page(view, out)
    check_fonts(view, out)
    check_header(parts, width, out)
    check_opening(parts, width, out)
    check_can_cu(parts, out)
    check_body(parts, width, out)
    check_signature(parts, out)
    check_noi_nhan(parts, view, out)
    check_marks(parts, view, out)
    copy_of = {"kind": parts.copy_of[0], "type_name": parts.copy_of[1]} if parts.copy_of else None
    return out.report(parts.kind, parts.type_name, parts=parts.found(), review=list(parts.review), copy_of=copy_of)


__all__ = ["DocxReadError", "Finding", "Parts", "Report", "check", "find_parts"]
