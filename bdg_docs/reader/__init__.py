"""Reading .docx files.

- :mod:`bdg_docs.reader.docx`: :func:`read` gives a :class:`DocxView`, the paragraphs, tables,
  text boxes and sections of any .docx with the formatting Word would show (Word's XML: styles,
  numbering, fields, breaks, frames);
- :mod:`bdg_docs.reader.parts`: :func:`find_parts` recognises the parts of an administrative
  document in that view (header, number, date, type name, trích yếu, V/v, Kính gửi, căn cứ,
  body, signature, Nơi nhận, appendices, copies), however it was laid out;
- :mod:`bdg_docs.reader.dump`: the readable layout dump the snapshot tests hold.
"""
from bdg_docs.reader.docx import DocxReadError, DocxView, FrameView, ParagraphView, RunView, TableView, read
from bdg_docs.reader.parts import Parts, find_parts

__all__ = ["DocxReadError", "DocxView", "FrameView", "ParagraphView", "Parts", "RunView", "TableView", "find_parts",
           "read"]
