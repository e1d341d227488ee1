"""WordprocessingML for the pieces the renderer computes: runs and rule lines.

Text from data is escaped here, braces included, so that nothing a user types can be read
as a template tag or as XML, whatever the template engine does with the result afterwards.
"""
from __future__ import annotations

from typing import Iterable

from markupsafe import Markup

from bdg_docs.layout import Run

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                          "{": "&#123;", "}": "&#125;", "%": "&#37;", "#": "&#35;"})
FOOTNOTE_MARK_STYLE = "BDGChuThichSo"
RULE_STYLE = "BDGKe"


def text(value: str) -> Markup:
    """Escaped text, safe inside a ``<w:t>`` element or an attribute."""
    return Markup(value.translate(_ESCAPES))


def _toggle(tag: str, value: bool | None) -> str:
    if value is None:
        return ""
    return f"<w:{tag}/><w:{tag}Cs/>" if value else f'<w:{tag} w:val="0"/><w:{tag}Cs w:val="0"/>'


def run(r: Run) -> str:
    if r.footnote is not None:
        return (f'<w:r><w:rPr><w:rStyle w:val="{FOOTNOTE_MARK_STYLE}"/></w:rPr>'
                f'<w:footnoteReference w:id="{int(r.footnote)}"/></w:r>')
    props = _toggle("b", r.bold) + _toggle("i", r.italic)
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text(r.text)}</w:t></w:r>'


def runs(items: Iterable[Run]) -> Markup:
    """Run XML for docxtpl's ``{{r ...}}`` tag."""
    return Markup("".join(run(r) for r in items))


def rule_paragraph(indent: int) -> Markup:
    """A rule line (for docxtpl's ``{{p ...}}`` tag): the template style draws it, the
    indents on both sides give it its length."""
    indent = max(0, int(round(indent)))
    return Markup(f'<w:p><w:pPr><w:pStyle w:val="{RULE_STYLE}"/>'
                  f'<w:ind w:left="{indent}" w:right="{indent}"/></w:pPr></w:p>')
