"""What stands between the header and the body: the type name and trích yếu (with a
Quyết định's issuing authority and an attached document's "(Kèm theo ...)"), Kính gửi or a
Công điện's addressees, the căn cứ block and the "QUYẾT ĐỊNH:" line."""
from __future__ import annotations

from bdg_docs.nd30.loai import Loai
from bdg_docs.reader import lines as L
from bdg_docs.reader.lines import Item
from bdg_docs.reader.parts import KinhGui, Parts
from bdg_docs.reader.recognise.header import underlined


def read_opening(parts: Parts, items: list[Item]) -> int:
    """Read what stands between the header and the body; return where the body starts."""
    i = _skip_empty(items, 0)
    while i < len(items) and (L.is_mark(items[i].text) or L.is_pham_vi(items[i].text) or L.is_rule(items[i].line)):
        if L.is_mark(items[i].text):
            parts.marks.append(items[i].line)
        i = _skip_empty(items, i + 1)
    types: list[tuple[int, Loai]] = []
    if i < len(items) and (loai := L.type_of(items[i].text)):
        types.append((i, loai))
        parts.type_line, parts.loai = items[i].line, loai
        parts.type_name = loai.ten_in_hoa
        i = _skip_empty(items, i + 1)
        if i < len(items) and (other := L.type_of(items[i].text)) and other is not loai:
            types.append((i, other))
            i = _skip_empty(items, i + 1)
        i = _trich_yeu(parts, items, i)
    if len(types) > 1:
        parts.review.append("có hai tên loại: " + ", ".join(loai.ten_in_hoa for _, loai in types))
    i = _skip_empty(items, i)
    if i < len(items) and (L.is_kinh_gui(items[i].text) or L.is_dien(items[i].text)):
        i = _kinh_gui(parts, items, i)
    i = _skip_empty(items, i)
    while i < len(items):
        text = items[i].text
        if not text:
            i += 1
            continue
        if L.is_can_cu(items[i].line, text) and (parts.can_cu or L.italic_share(items[i].line) > 0.5
                                                 or text.endswith(";")):
            # An upright "Căn cứ ..., ... như sau:" opens the body; a căn cứ line ends with ';' or '.'.
            parts.can_cu.append(items[i].line)
            i += 1
        else:
            break
    i = _skip_empty(items, i)
    if i < len(items) and L.quyet_nghi(items[i].text):
        parts.quyet_nghi = items[i].line
        i += 1
    if parts.kinh_gui is None:  # Kính gửi after the căn cứ (a Tờ trình)
        j = _skip_empty(items, i)
        if j < len(items) and L.is_kinh_gui(items[j].text):
            i = _kinh_gui(parts, items, j)
    return i


def _skip_empty(items: list[Item], i: int) -> int:
    while i < len(items) and not items[i].text and not L.is_rule(items[i].line):
        i += 1
    return i


def _trich_yeu(parts: Parts, items: list[Item], i: int) -> int:
    """Lines under the type name: trích yếu, (Kèm theo ...), rule, issuing authority."""
    loai = parts.loai
    decides = loai is not None and loai.quyet_nghi is not None
    while i < len(items):
        item = items[i]
        text = item.text
        if not text and not L.is_rule(item.line):
            i += 1
            continue
        if L.is_rule(item.line) and not text:
            if parts.trich_yeu_rule is None and (parts.trich_yeu or not (loai and loai.trich_yeu)):
                parts.trich_yeu_rule = item.line
                i += 1
                continue
            break
        if L.is_kem_theo(text):
            parts.kem_theo = item.line
        elif L.is_rule(item.line):  # a row of underscores
            if parts.trich_yeu_rule is not None:
                break
            parts.trich_yeu_rule = item.line
        elif decides and L.is_upper(text) and L.short(text) and (parts.trich_yeu or parts.trich_yeu_rule is not None):
            parts.tham_quyen.append(item.line)
        elif (parts.trich_yeu_rule is None and item.line.alignment in ("center", None)
              and not _stops_trich_yeu(item, text) and (loai is None or loai.trich_yeu)):
            parts.trich_yeu.append(item.line)
            if item.line.shape_widths or item.line.border_bottom or underlined(item.line):
                parts.trich_yeu_rule = item.line
        else:
            break
        i += 1
    return i


def _stops_trich_yeu(item: Item, text: str) -> bool:
    return bool(L.is_kinh_gui(text) or L.is_can_cu(item.line, text) or L.quyet_nghi(text) or L.heading_role(text)
                or L.is_dien(text) or L.type_of(text) or L.is_noi_nhan(text))


def _kinh_gui(parts: Parts, items: list[Item], i: int) -> int:
    """``Kính gửi:`` and the ``- ...`` lines under it: not indented like body text, one addressee each."""
    head = items[i]
    block = KinhGui(head.line, dien=L.is_dien(head.text))
    i += 1
    while i < len(items):
        text = items[i].text
        if not text:
            if block.items:
                break
            i += 1
            continue
        if text.startswith(("-", "–", "+", "•")) and items[i].line.first_line <= 0:
            block.items.append(items[i].line)
            i += 1
        else:
            break
    parts.kinh_gui = block
    return i
