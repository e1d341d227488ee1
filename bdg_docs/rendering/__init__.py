"""Rendering a laid-out :class:`~bdg_docs.layout.Page` into .docx bytes.

Importing this package is cheap: docxtpl and python-docx load on the first render. Each
template is prepared once per process (see :mod:`bdg_docs.rendering.engine`), so rendering many
documents costs little more than zipping them.
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
        prepared = engine.prepare(path)
        context = build_context(page, prepared.geometry)
        return prepared.render(context, created=datetime.combine(page.ngay_tep, time()), path=path)


__all__ = ["render_page"]
