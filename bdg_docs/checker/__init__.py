"""The Decree 30 checker: read any .docx and say which rule it breaks, where, and how to fix it::

    report = check("out/ke_hoach.docx")
    [str(f) for f in report.errors]

The rules come from :mod:`bdg_docs.nd30`, the same definitions the models enforce when they
build a document.
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
from bdg_docs.checker.structure import find_structure
from bdg_docs.reader.docx import DocxReadError, DocxView, read


def check(source: bytes | str | os.PathLike[str] | DocxView) -> Report:
    """Check a .docx (path, bytes, or an already read view). Raises DocxReadError if unreadable."""
    view = source if isinstance(source, DocxView) else read(source)
    structure = find_structure(view)
    out = Collector()
    section = view.sections[-1] if view.sections else None
    text_width = ((section.page_width or 11906) - section.margins.get("left", 1701) - section.margins.get("right", 1134)
                  if section else 9071)
    check_page(view, out)
    check_fonts(view, out)
    check_header(structure, text_width, out)
    check_opening(structure, text_width, out)
    check_can_cu(structure, out)
    check_body(structure, out)
    check_signature(structure, out)
    check_noi_nhan(structure, out)
    check_marks(view, out)
    return Report(kind=structure.kind, type_name=structure.type_name, findings=out.findings)


__all__ = ["DocxReadError", "Finding", "Report", "check"]
