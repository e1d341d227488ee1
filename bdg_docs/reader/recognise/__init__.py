"""Recognising the parts of a document (:func:`find_parts`), step by step.

The document is turned into lines (:mod:`bdg_docs.reader.lines`), then read from the top:
:mod:`.header` finds the header and its two columns, :mod:`.opening` the type name, trích yếu,
Kính gửi and căn cứ, :mod:`.closing` the signature, Nơi nhận, appendices and a copy's block;
what lies between the opening and the signature is the body, each paragraph with its role.
The result is a :class:`bdg_docs.reader.parts.Parts`.
"""
from __future__ import annotations

from bdg_docs.nd30.loai import Loai, loai_tu_viet_tat
from bdg_docs.reader import lines as L
from bdg_docs.reader.lines import Item, norm
from bdg_docs.reader.parts import BodyParagraph, Parts, page_text_width
from bdg_docs.reader.recognise.closing import appendices, copy_start, read_copy, read_end, starts_with_appendix
from bdg_docs.reader.recognise.header import read_header
from bdg_docs.reader.recognise.opening import read_opening
from bdg_docs.reader.views import DocxView, ParagraphView


def find_parts(view: DocxView) -> Parts:
    """The parts of the document in ``view`` (see the module's documentation)."""
    width = page_text_width(view)
    items = L.flatten(view)  # lines built with tabs are split into columns where columns are expected
    parts = Parts()
    start = read_header(parts, items, width)
    if parts.header is not None and parts.header.dang:
        parts.kind = "dang"
        return parts
    copy_at = copy_start(items, start)
    main = items[start:copy_at]
    if parts.header is None and starts_with_appendix(main):
        parts.appendices = appendices(main)
        parts.kind, parts.type_name = "phu_luc", "PHỤ LỤC"
        return parts
    body_start = read_opening(parts, main)
    end, tail = read_end(parts, main, body_start, width)
    parts.body = [_body_paragraph(p, gap) for p, gap in _whole_paragraphs(view, main[body_start:end])]
    parts.appendices = appendices(tail)
    _kind(parts)
    if copy_at < len(items):
        read_copy(parts, items[copy_at:], width)
    return parts


# -- kind --------------------------------------------------------------------------------
def _kind(parts: Parts) -> None:
    header = parts.header
    has_vv = header is not None and bool(header.vv)
    if parts.review:
        parts.kind = "can_xem_lai"
    elif parts.type_line is not None and has_vv:
        parts.review.append(f"có tên loại ({parts.type_name}) và cả trích yếu 'V/v' của công văn")
        parts.kind = "can_xem_lai"
    elif parts.type_line is not None:
        parts.kind = "co_ten_loai"
    elif has_vv or parts.kinh_gui is not None:
        parts.kind = "cong_van"
    elif parts.appendices and not parts.body:
        parts.kind, parts.type_name = "phu_luc", "PHỤ LỤC"
    else:
        symbol = _symbol_type(parts)
        if symbol is not None:
            parts.loai = symbol  # the symbol says which type the missing type name would be
        parts.kind = "khong_ro"


def _symbol_type(parts: Parts) -> Loai | None:
    so = parts.header.so if parts.header else None
    if so is None:
        return None
    text = norm(so.text)
    group = text.partition("/")[2].split("-", 1)[0].strip()
    return loai_tu_viet_tat(group)


# -- body --------------------------------------------------------------------------------
def _body_paragraph(p: ParagraphView, empty_before: int = 0) -> BodyParagraph:
    text = norm(p.text)
    role, label = L.body_role(text)
    if role == "doan" and p.alignment == "center" and L.short(text):
        role = "tieu_de" if L.is_upper(text) else "giua"
    return BodyParagraph(p, role, label, empty_before)


def _whole_paragraphs(view: DocxView, items: list[Item]) -> list[tuple[ParagraphView, int]]:
    """The body's paragraphs whole (their lines joined back), outside tables and boxes, each with
    the height of the empty paragraphs typed before it (a line of space an officer leaves)."""
    out: list[tuple[ParagraphView, int]] = []
    seen: set[int] = set()
    empty = 0
    for it in items:
        if not it.in_flow or it.block in seen:
            continue
        seen.add(it.block)
        block = view.blocks[it.block]
        if not isinstance(block, ParagraphView):
            continue
        if block.text.strip() or block.label:
            out.append((block, empty))
            empty = 0
        elif not block.page_breaks:
            empty += _height(block)
    return out


def _height(p: ParagraphView) -> int:
    """The height an empty paragraph takes (twips): its line and its spacing."""
    size = p.runs[0].size if p.runs and p.runs[0].size else 12.0
    line = size * 20 * 1.15
    if p.line is not None:
        line = p.line if p.line_rule in ("exact", "atLeast") else size * 20 * p.line / 240
    return int(line) + p.space_before + p.space_after
