"""WordprocessingML for the pieces the renderer computes: runs and rule lines.

Text from data is escaped here, braces included, so that nothing a user types can be read
as a template tag or as XML, whatever the template engine does with the result afterwards.
"""
from __future__ import annotations

import re
from typing import Iterable

from markupsafe import Markup

from bdg_docs.layout import Run
from bdg_docs.limits import MAX_RENDERED_TEXT, MAX_TEXT, written
from bdg_docs.models.base import NOT_XML as _NOT_XML

# "&" and "#" first, so that the escapes written after them are not escaped again. A chain of
# str.replace is some fifty times faster than str.translate on Vietnamese text (translate is
# only fast on ASCII).
ESCAPES = (("&", "&amp;"), ("#", "&#35;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
            ("{", "&#123;"), ("}", "&#125;"), ("%", "&#37;"))
# A line break inside a <w:t>: the markup docxtpl writes for "\n" (resolve_listing), written here
# so that the renderer does not have to search the whole document for it.
_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'
# What text written as it is holds none of (most text): one search in place of one per character
# to escape and the check for what XML cannot hold.
_SPECIAL = re.compile("[" + re.escape("".join(char for char, _ in ESCAPES)) + "\n" + _NOT_XML.pattern[1:-1] + "]")
FOOTNOTE_MARK_STYLE = "BDGChuThichSo"
RULE_STYLE = "BDGKe"


def _escape(value: str) -> str:
    if len(value) <= MAX_RENDERED_TEXT and not _SPECIAL.search(value):
        return value
    if len(value) > MAX_RENDERED_TEXT or _NOT_XML.search(value):
        _refuse(value)
    for char, escaped in ESCAPES:
        if char in value:
            value = value.replace(char, escaped)
    return value


def _refuse(value: str) -> None:
    """Text a .docx cannot hold, or longer than any validated document has, is the document's
    fault, not the template's. A validated model never holds any; one built or copied without
    validation (``model_construct``, ``model_copy``) may."""
    from bdg_docs.errors import InputError, Problem, RuleViolation
    from bdg_docs.models.base import check_xml_text

    excerpt = "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in value[:40])
    if len(value) > MAX_RENDERED_TEXT:
        raise InputError([Problem("", f"đoạn chữ «{excerpt}…» dài {written(len(value))} ký tự, quá giới hạn "
                                      f"{written(MAX_TEXT)} ký tự của một trường (MAX_TEXT).",
                                  hint="Tạo văn bản bằng bdg_docs.load/loads hoặc model_validate để dữ liệu được kiểm tra.")])
    try:
        check_xml_text(value)
    except RuleViolation as exc:
        raise InputError([Problem("", f"đoạn chữ «{excerpt}…» {exc.message}", hint=exc.hint)]) from None


def text(value: str) -> Markup:
    """Escaped text, safe inside a ``<w:t>`` element or an attribute."""
    return Markup(_escape(value))


def text_lines(value: str) -> Markup:
    """Escaped text for a ``<w:t>`` element, each line feed a line break (not for attributes)."""
    return Markup(_escape_lines(value))


def _escape_lines(value: str) -> str:
    return _escape(value).replace("\n", _BREAK)


def _toggle(tag: str, value: bool | None) -> str:
    if value is None:
        return ""
    return f"<w:{tag}/><w:{tag}Cs/>" if value else f'<w:{tag} w:val="0"/><w:{tag}Cs w:val="0"/>'


def _run_start(bold: bool | None, italic: bool | None) -> str:
    props = _toggle("b", bold) + _toggle("i", italic)
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">'


# The start of a run in each format, written once rather than for every run.
_RUN_START = {(bold, italic): _run_start(bold, italic) for bold in (None, True, False) for italic in (None, True, False)}


def run(r: Run) -> str:
    if r.footnote is not None:
        return (f'<w:r><w:rPr><w:rStyle w:val="{FOOTNOTE_MARK_STYLE}"/></w:rPr>'
                f'<w:footnoteReference w:id="{int(r.footnote)}"/></w:r>')
    return f"{_RUN_START[r.bold, r.italic]}{_escape_lines(r.text)}</w:t></w:r>"


def runs(items: Iterable[Run]) -> Markup:
    """Run XML for docxtpl's ``{{r ...}}`` tag."""
    return Markup("".join([run(r) for r in items]))


def rule_paragraph(indent: int) -> Markup:
    """A rule line (for docxtpl's ``{{p ...}}`` tag): the template style draws it, the
    indents on both sides give it its length."""
    indent = max(0, int(round(indent)))
    return Markup(f'<w:p><w:pPr><w:pStyle w:val="{RULE_STYLE}"/>'
                  f'<w:ind w:left="{indent}" w:right="{indent}"/></w:pPr></w:p>')
