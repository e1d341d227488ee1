"""The Công văn hướng dẫn read back (``loai: cong_van_huong_dan``).

After the header with ``V/v`` and ``Kính gửi``: the opening paragraphs (``mo_dau``), the numbered
items ``1.``, ``2.``, ... (``noi_dung``: a paragraph, or a bold title with paragraphs and bullets,
or a run-in title), the closing paragraphs (``ket_luan``). Documents sent with the letter are
found where the text names them (``(có đề cương báo cáo gửi kèm theo)``) for ``kem_theo``.
"""
from __future__ import annotations

import re
from typing import Any

from bdg_docs.importing.outline import Node, Para, blocks, flat, khoan
from bdg_docs.importing.sections import closing_of, opening
from bdg_docs.importing.text import plain

LOAI = "cong_van_huong_dan"
_ATTACHED = re.compile(r"\(có (?P<ten>[^()]{3,80}?) (?:gửi )?kèm theo\)")


def content(roots: list[Node], review: Any) -> dict[str, Any]:
    """``mo_dau``, ``noi_dung``, ``ket_luan``: the letter's own fields, in layout order."""
    nodes = list(roots)  # sections (I., II.) have no place in a letter: kept with their numbers
    first = next((i for i, n in enumerate(nodes) if n.role == "khoan"), len(nodes))
    data: dict[str, Any] = {"mo_dau": opening(nodes[:first])}
    items = nodes[first:]
    holder = Node("muc_la_ma", None, [], "", 0, children=items)
    closing = closing_of(holder) if items else []
    data["noi_dung"] = [khoan(n) if n.role == "khoan" else None for n in holder.children]
    kept: list[Any] = []
    for n, item in zip(holder.children, data["noi_dung"]):
        if item is None:  # between numbered items: a section or a list the letter cannot number
            kept.extend(flat(n, "đoạn giữa các mục đánh số: giữ nguyên") if n.label else blocks([n]))
    if kept:
        review(kept[0].where if isinstance(kept[0], Para) else "", "có đoạn không thuộc mục đánh số nào: ghi ở đoạn kết.")
    data["noi_dung"] = [item for item in data["noi_dung"] if item is not None]
    data["ket_luan"] = [*kept, *blocks(closing)]
    return data


def attachments(texts: list[str]) -> list[str]:
    """Documents the letter says it sends: ``(có đề cương báo cáo gửi kèm theo)`` → ``đề cương báo cáo``."""
    found: list[str] = []
    for text in texts:
        for match in _ATTACHED.finditer(text):
            if match["ten"] not in found:
                found.append(match["ten"])
    return found


def texts(value: Any) -> list[str]:
    from bdg_docs.importing.references import paras

    return [plain(p.items) for p in paras(value)]


__all__ = ["LOAI", "attachments", "content", "texts"]
