"""Reading .docx files.

- :mod:`bdg_docs.reader.docx`: :func:`read` gives a :class:`DocxView`, the paragraphs, tables,
  text boxes and sections of any .docx with the formatting Word would show (Word's XML: styles,
  numbering, fields, breaks, frames);
- :mod:`bdg_docs.reader.parts`: :func:`find_parts` recognises the parts of an administrative
  document in that view (header, number, date, type name, trích yếu, V/v, Kính gửi, căn cứ,
  body, signature, Nơi nhận, appendices, copies), however it was laid out;
- :mod:`bdg_docs.reader.dump`: the readable layout dump the snapshot tests hold.

Its names are imported on first use: rendering a document needs only
:mod:`bdg_docs.reader.lines` (how a line of the body reads), not the .docx reader.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.reader.docx import DocxReadError, DocxView, FrameView, ParagraphView, RunView, TableView, read
    from bdg_docs.reader.parts import Parts, find_parts

_FROM = {"DocxReadError": "docx", "DocxView": "docx", "FrameView": "docx", "ParagraphView": "docx",
         "RunView": "docx", "TableView": "docx", "read": "docx", "Parts": "parts", "find_parts": "parts"}

__all__ = ["DocxReadError", "DocxView", "FrameView", "ParagraphView", "Parts", "RunView", "TableView", "find_parts",
           "read"]


def __getattr__(name: str) -> Any:
    if name not in _FROM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_FROM[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
