"""The one module that uses docxtpl: template in, .docx bytes out.

docxtpl does the template work (its clean-up of tags split across runs, the ``{%p %}`` and
``{{r }}`` tags, rendering the body, headers and footnotes). It renders in a sandboxed Jinja
environment with autoescaping, and everything from data arrives already escaped (see
:mod:`bdg_docs.rendering.context`). The output is re-zipped with fixed times and order so the same
input gives the same bytes.
"""
from __future__ import annotations

import io
from datetime import datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from bdg_docs.errors import TemplateError
from bdg_docs.nd30.page import CELL_MARGIN
from bdg_docs.rendering.geometry import Geometry, TextStyle
from bdg_docs.rendering.zipfile_fixed import normalise

DEFAULT_TEMPLATE = "van_ban.docx"


def template_path(name: str = DEFAULT_TEMPLATE) -> Path:
    path = Path(str(resources.files("bdg_docs.templates").joinpath(name)))
    if not path.is_file():
        raise TemplateError(f"Không tìm thấy mẫu {name}.")
    return path


def _jinja_env():  # type: ignore[no-untyped-def]
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    # StrictUndefined: what the sandbox refuses raises instead of printing nothing.
    return ImmutableSandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


@lru_cache(maxsize=8)
def geometry(path: Path) -> Geometry:
    """Read the sizes the renderer needs from a template (once per template)."""
    from docx import Document

    doc = Document(str(path))
    section = doc.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin

    def style(name: str) -> TextStyle:
        font = doc.styles[name].font
        if font.size is None:
            raise TemplateError(f"Kiểu '{name}' trong mẫu không có cỡ chữ.")
        return TextStyle(font.size.pt, bold=bool(font.bold), italic=bool(font.italic))

    header = doc.tables[0]
    widths = [col.width for col in header.columns]
    return Geometry(
        text_width=int(text_width) // 635,
        header_left=widths[0].twips - 2 * CELL_MARGIN,
        header_right=widths[1].twips - 2 * CELL_MARGIN,
        co_quan=style("BDG Cơ quan ban hành"),
        tieu_ngu=style("BDG Tiêu ngữ"),
        trich_yeu=style("BDG Trích yếu"),
        vv=style("BDG Trích yếu công văn"),
    )


def render_docx(path: Path, context: dict[str, Any], *, created: datetime) -> bytes:
    """Render one document from a template; deterministic bytes."""
    from docxtpl import DocxTemplate

    from bdg_docs.rendering.inspect import check_variables

    template = DocxTemplate(str(path))
    env = _jinja_env()
    check_variables(path, template, context, env)
    template.render(context, jinja_env=env, autoescape=True)
    props = template.docx.core_properties
    props.created = created
    props.modified = created
    buf = io.BytesIO()
    template.save(buf)
    return normalise(buf.getvalue())
