"""Turn a :class:`bdg_docs.layout.Page` into the template's context.

Every string from data is escaped here and handed to the template as markup, so the template
engine inserts it as it is: text can never become a tag or break the XML.
"""
from __future__ import annotations

from typing import Any

from markupsafe import Markup

from bdg_docs.layout import Block, Page, Style, Table
from bdg_docs.rendering import ooxml
from bdg_docs.rendering.geometry import Geometry


def build_context(page: Page, geometry: Geometry) -> dict[str, Any]:
    t = ooxml.text
    return {
        # header table
        "chu_quan": [t(line) for line in page.chu_quan],
        "co_quan": [t(line) for line in page.co_quan],
        "ke_co_quan": ooxml.rule_paragraph(geometry.indent_co_quan(list(page.co_quan))),
        "ke_tieu_ngu": ooxml.rule_paragraph(geometry.indent_tieu_ngu()),
        "so": t(page.so),
        "vv": t(page.vv) if page.vv else None,
        "dia_danh_ngay": t(page.dia_danh_ngay),
        # Mẫu 1.4 / Mẫu 1.5
        "ten_loai": t(page.ten_loai) if page.ten_loai else None,
        "trich_yeu": ooxml.text_lines(page.trich_yeu) if page.trich_yeu else None,
        "ke_trich_yeu": ooxml.rule_paragraph(geometry.indent_trich_yeu(page.trich_yeu or "")),
        "kinh_gui": [t(line) for line in page.kinh_gui],
        # body
        "can_cu": [ooxml.runs(p.runs) for p in page.can_cu],
        "than": [_block(block) for block in page.than],
        "chu_thich": [{"id": f.id, "runs": ooxml.runs(f.runs)} for f in page.chu_thich],
        # bottom table
        "noi_nhan": [{"style": _style(line.style), "text": t(line.text)} for line in page.noi_nhan],
        "chuc_danh": [t(line) for line in page.chuc_danh],
        "ho_ten": t(page.ho_ten),
        # appendices after the signature, each on its own pages
        "phu_luc": [{"nhan": t(a.label), "ten": t(a.title), "kem_theo": t(a.kem_theo),
                     "than": [_block(block) for block in a.body]} for a in page.phu_luc],
        # file properties: python-docx escapes these itself, so they go in as plain text
        "tieu_de_tep": _property(f"{page.loai_van_ban} {page.trich_yeu or page.vv or ''}"),
        "loai_van_ban": _property(page.loai_van_ban),
        "co_quan_ban_hanh": _property(" ".join(page.co_quan)),
    }


def _block(block: Block) -> dict[str, Any]:
    """A body paragraph (``style``, ``runs``, ``keep_next``), or a table (``bang``: column titles and
    rows of cells)."""
    t = ooxml.text
    if isinstance(block, Table):
        return {"bang": {"tieu_de": [t(title) for title in block.header],
                         "dong": [[{"style": _style(cell.style), "runs": ooxml.runs(cell.runs)} for cell in row]
                                  for row in block.rows]}}
    return {"style": _style(block.style), "runs": ooxml.runs(block.runs), "keep_next": block.keep_next, "bang": None}


# The template's styles, escaped once rather than for every paragraph.
_STYLES = {style: ooxml.text(style) for name, style in vars(Style).items() if name.isupper() and isinstance(style, str)}


def _style(style: str) -> Markup:
    return _STYLES.get(style) or ooxml.text(style)


def _property(value: str) -> Markup:
    """A core property: one line, at most 255 characters (the limit of the .docx format)."""
    return Markup(" ".join(value.split())[:255])
