"""The end of a document: its signature (in a table, after tabs, indented or aligned right),
Nơi nhận and its Lưu line, the appendices after them, and the block of a copy at the very end."""
from __future__ import annotations

from bdg_docs.reader import lines as L
from bdg_docs.reader.lines import Item, norm
from bdg_docs.reader.parts import Appendix, BanSao, NoiNhan, Parts, Signature
from bdg_docs.reader.views import ParagraphView


def read_end(parts: Parts, items: list[Item], body_start: int, width: int) -> tuple[int, list[Item]]:
    """Find Nơi nhận and the signature; return where the body ends, and what follows them."""
    nn = next((j for j in range(body_start, len(items)) if L.is_noi_nhan(items[j].text) and L.short(items[j].text)),
               None)
    appendix = next((j for j in range(nn if nn is not None else body_start, len(items))
                     if L.is_phu_luc(items[j].text) and items[j].in_flow), len(items))
    if nn is not None and nn > appendix:
        nn = None
    if nn is not None and items[nn].table is not None:
        return _table_end(parts, items, body_start, nn, appendix)
    return _flow_end(parts, items, body_start, nn, appendix, width)


def _table_end(parts: Parts, items: list[Item], body_start: int, nn: int, appendix: int) -> tuple[int, list[Item]]:
    table = items[nn].table
    column = items[nn].cell.column if items[nn].cell is not None else 0
    first = min(j for j in range(body_start, len(items)) if items[j].table is table)
    last = max(j for j in range(first, min(appendix, len(items))) if items[j].table is table)
    in_table = items[first:last + 1]
    heading = items[nn]
    own = [it for it in in_table if it.cell is not None and it.cell.column == column]
    at = next(k for k, it in enumerate(own) if it is heading)
    before, after = own[:at], own[at + 1:]
    parts.noi_nhan = NoiNhan(heading.line, [it.line for it in after if it.text], "table")
    columns: dict[int, list[Item]] = {}
    for it in in_table:
        if it.cell is not None and it.cell.column != column:
            columns.setdefault(it.cell.column, []).append(it)
    signers = [sig for sig in (_signature([it.line for it in before], "table"),) if sig is not None]
    for col in sorted(columns):
        sig = _signature([it.line for it in columns[col]], "table")
        if sig is not None:
            signers.append(sig)
    parts.signatures = signers
    tail = items[last + 1:]
    if not signers:  # the signature may follow the table as paragraphs
        sig, used = _trailing_signature(tail)
        if sig is not None:
            parts.signatures = [sig]
            tail = tail[used:]
    return first, tail


def _signature(lines: list[ParagraphView], layout: str) -> Signature | None:
    """Titles and name among some lines (placeholders and empty lines left out)."""
    texts = [p for p in lines if norm(p.text) and not L.is_placeholder(norm(p.text)) and not L.is_rule(p)]
    if not texts or not any(L.is_title(norm(p.text)) for p in texts):
        return None
    *titles, name = texts
    if L.is_title(norm(name.text)) and not L.is_name(norm(name.text)) or len(texts) == 1:
        return Signature(texts, None, layout)
    return Signature(titles, name, layout)


def _signers(items: list[Item], layout: str) -> list[Signature]:
    """The signers among some lines: one per column when the lines stand side by side in the
    cells of one table (a Biên bản's secretary and chair), else one."""
    tables = {id(it.table) for it in items}
    if len(tables) == 1 and items and items[0].table is not None:
        columns: dict[int, list[ParagraphView]] = {}
        for it in items:
            columns.setdefault(it.cell.column if it.cell is not None else 0, []).append(it.line)
        if len(columns) > 1:
            found = [_signature(columns[c], "table") for c in sorted(columns)]
            return [sig for sig in found if sig is not None]
    sig = _signature([it.line for it in items], layout)
    return [sig] if sig is not None else []


def _trailing_signature(tail: list[Item]) -> tuple[Signature | None, int]:
    used = 0
    lines: list[ParagraphView] = []
    for it in tail:
        text = it.text
        if text and not (L.is_title(text) or L.is_name(text) or L.is_placeholder(text)):
            break
        used += 1
        lines.append(it.line)
    return _signature(lines, "paragraphs"), used


def _flow_end(parts: Parts, items: list[Item], body_start: int, nn: int | None, appendix: int,
              width: int) -> tuple[int, list[Item]]:
    """Signature and Nơi nhận typed as paragraphs: side by side with tabs, or one after the other."""
    if nn is None:  # no Nơi nhận: the signature closes the document
        b = appendix - 1
        while b >= body_start and (not items[b].text or _signature_like(items[b])) and appendix - b <= 12:
            b -= 1
        collected = [it for it in items[b + 1:appendix] if it.text]
        signers = _signers(collected, _flow_layout(collected, width))
        if not signers:
            return appendix, items[appendix:]
        parts.signatures = signers
        return b + 1, items[appendix:]
    b = nn - 1
    while b >= body_start and (not items[b].text or _signature_like(items[b])):
        b -= 1
    before = items[b + 1:nn]
    signed_before = any(L.is_title(it.text) for it in before)
    region = L.columns(items[nn:appendix], width)  # Nơi nhận and the signature side by side, split
    heading = region[0]
    noi_nhan = NoiNhan(heading.line, [], "tabs" if heading.side else "paragraphs")
    side: list[Item] = []  # the right halves of lines split by tabs, and lines placed right
    j = 1
    while j < len(region):
        it = region[j]
        text = it.text
        if it.side == "right":
            side.append(it)
        elif text and (text.startswith(("-", "–", "+", "•")) or L.is_luu(text)) and not noi_nhan.luu:
            noi_nhan.items.append(it.line)
        elif text:
            break
        j += 1
    # Lines after the list belong to the signature when it is not above Nơi nhận, or when they
    # stand to the right; a page or section break ends the document's own lines.
    while j < len(region) and (not region[j].text or _signature_like(region[j])) \
            and not (region[j].line.page_breaks or region[j].line.section_start) \
            and (not signed_before or not region[j].text or L.right_placed(region[j], width)):
        side.append(region[j])
        j += 1
    parts.noi_nhan = noi_nhan
    lines = [it for it in before + side if it.text]
    layout = "tabs" if any(it.side for it in lines) else _flow_layout(lines, width)
    signers = _signers(lines, layout)
    body_end = b + 1 if signers and any(it.text for it in before) else nn
    if not signers or not any(it.text for it in before):
        signers = _signers([it for it in side if it.text], layout) or signers
    parts.signatures = signers
    while body_end > body_start and not items[body_end - 1].text:
        body_end -= 1
    return body_end, items[appendix:]


def _signature_like(item: Item) -> bool:
    text = item.text
    if not text:
        return False
    if L.is_placeholder(text):
        return True
    if len(text) > 80 or text.endswith((";", ":", "./.")) or L.heading_role(text):
        return False
    return L.is_title(text) or L.is_name(text)


def _flow_layout(lines: list[Item], width: int) -> str:
    if lines and all(it.table is not None for it in lines):
        return "table"
    if any(it.frame is not None or it.line.floating for it in lines):
        return "frames"
    if any(it.line.alignment == "right" for it in lines):
        return "right"
    if any(it.line.text.startswith("\t") for it in lines):
        return "tabs"
    if any(it.line.ind_left >= width * 0.3 for it in lines):
        return "indent"
    return "paragraphs"


def starts_with_appendix(items: list[Item]) -> bool:
    first = next((it for it in items if it.text), None)
    return first is not None and L.is_phu_luc(first.text)


def appendices(items: list[Item]) -> list[Appendix]:
    out: list[Appendix] = []
    i = 0
    while i < len(items):
        if not (items[i].in_flow and L.is_phu_luc(items[i].text)):
            i += 1
            continue
        appendix = Appendix(items[i].line)
        i += 1
        while i < len(items):
            it = items[i]
            text = it.text
            if not text and not L.is_rule(it.line):
                i += 1
                continue
            if L.is_kem_theo(text):
                appendix.kem_theo = it.line
            elif L.is_rule(it.line) and appendix.rule is None:
                appendix.rule = it.line
            elif appendix.kem_theo is None and appendix.rule is None and it.line.alignment in ("center", None) \
                    and L.short(text) and not L.is_phu_luc(text):
                appendix.title.append(it.line)
            else:
                break
            i += 1
        while i < len(items) and not (items[i].in_flow and L.is_phu_luc(items[i].text)):
            if items[i].text and items[i].table is None:
                appendix.body.append(items[i].line)
            i += 1
        out.append(appendix)
    return out


# -- copies ---
def copy_start(items: list[Item], start: int) -> int:
    """Where the block of a copy starts (its own table or the rule line above it), else the end."""
    form = next((j for j in range(len(items) - 1, start - 1, -1) if L.copy_form(items[j].text)), None)
    if form is None:
        return len(items)
    j = form
    table = items[form].table
    if table is not None:
        while j > start and items[j - 1].table is table:
            j -= 1
    while j > start and not items[j - 1].text and not L.is_rule(items[j - 1].line):
        j -= 1
    if j > start and L.is_rule(items[j - 1].line):
        j -= 1
    return j


def read_copy(parts: Parts, items: list[Item], width: int) -> None:
    form = next(it for it in items if L.copy_form(it.text))
    copy = BanSao(form.line, L.copy_form(form.text) or "SAO Y")
    nn = next((j for j, it in enumerate(items) if L.is_noi_nhan(it.text)), None)
    zone = items[:nn] if nn is not None else items
    copy.so = next((it.line for it in zone if L.is_so(it.text)), None)
    copy.ngay = next((it.line for it in zone if L.is_date_line(it.text)), None)
    for it in zone:
        if it.line is copy.so or it is form:
            break
        if it.text and L.is_upper(it.text) and not L.is_rule(it.line):
            copy.co_quan.append(it.line)
    sub = Parts()
    start = next((j for j, it in enumerate(items) if it.line is copy.so or it.line is copy.ngay), 0)
    read_end(sub, items, start + 1, width)
    copy.signature, copy.noi_nhan = sub.signature, sub.noi_nhan
    parts.copy_of = (parts.kind, parts.type_name)
    parts.ban_sao = copy
    parts.kind, parts.type_name = "ban_sao", copy.hinh_thuc
