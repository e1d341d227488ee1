"""Reading .docx files: the view with effective formatting, and the layout dump."""
from bdg_docs.reader.docx import DocxReadError, DocxView, ParagraphView, RunView, TableView, read

__all__ = ["DocxReadError", "DocxView", "ParagraphView", "RunView", "TableView", "read"]
