"""Rendering a laid-out :class:`~bdg_docs.layout.Page` into .docx bytes.

Importing this package is cheap: docxtpl and python-docx load on the first render.
"""
from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from bdg_docs.layout import Page


def render_page(page: Page, *, template: str | Path | None = None) -> bytes:
    """The .docx bytes of a page, from the package's template or the one given."""
    from bdg_docs.rendering import engine
    from bdg_docs.rendering.context import build_context
    from bdg_docs.rendering.inspect import template_errors

    path = Path(template) if template is not None else engine.template_path()
    with template_errors(path):
        context = build_context(page, engine.geometry(path))
        return engine.render_docx(path, context, created=datetime.combine(page.ngay_tep, time()))


__all__ = ["render_page"]
