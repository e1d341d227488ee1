"""What the plans share, read back: the opening paragraphs, ``I. MỤC ĐÍCH, YÊU CẦU``, the agencies
of ``Tổ chức thực hiện`` (bold names, ``Đề nghị``, a role in brackets, a run-in name) and the
closing paragraphs after them.

Sections are known by the words of their titles (accents ignored), not by their numbers: a plan
without ``II. MỤC TIÊU`` numbers its later sections differently, and the library numbers them again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from bdg_docs.importing.outline import Node, Para, blocks, flat, sentence_case
from bdg_docs.importing.text import Seg, bold_head, cut, plain, strip, unformatted
from bdg_docs.search import fold

DE_NGHI = "Đề nghị "
_ROLE = re.compile(r"^\s*\((?P<role>.+)\)\.?\s*$", re.S)


def titled(node: Node, *words: str) -> bool:
    """The section's title holds one of ``words`` (folded: ``muc dich``, ``kinh phi``)."""
    title = fold(node.title_text)
    return any(word in title for word in words)


@dataclass
class Plan:
    """A plan's body: opening paragraphs and sections, in order."""

    opening: list[Node] = field(default_factory=list)
    sections: list[Node] = field(default_factory=list)

    @classmethod
    def of(cls, roots: Sequence[Node]) -> "Plan":
        plan = cls()
        for node in roots:
            if node.role == "muc_la_ma":
                plan.sections.append(node)
            elif plan.sections:  # a paragraph between sections cannot happen: the tree puts it in one
                plan.sections[-1].children.append(node)
            else:
                plan.opening.append(node)
        return plan

    def take(self, *words: str) -> Node | None:
        """The first section whose title holds one of ``words``, taken out of the list."""
        for i, node in enumerate(self.sections):
            if titled(node, *words):
                return self.sections.pop(i)
        return None


def insert_before(data: dict[str, Any], before: str, key: str, value: Any) -> None:
    """``key: value`` put just before the field ``before`` (the data's order is the file's)."""
    items = list(data.items())
    data.clear()
    for name, item in items:
        if name == before:
            data[key] = value
        data[name] = item


def opening(nodes: Sequence[Node]) -> list[Para]:
    """The opening paragraphs: whatever stands before ``I.``, each kept as a paragraph."""
    out: list[Para] = []
    for item in blocks(nodes):
        out.extend(_paras(item))
    return out


def _paras(item: Any) -> list[Para]:
    """A block flattened to paragraphs (an opening holds only paragraphs): list labels kept in the words."""
    if isinstance(item, Para):
        return [item]
    out: list[Para] = []
    for kind, entries in item.items():
        marker = {"gach": "- ", "cong": "+ "}.get(kind)
        for entry in entries:
            first = entry if isinstance(entry, Para) else entry.get("noi_dung")
            paras = [first] if isinstance(first, Para) else [p for e in (first or []) for p in _paras(e)]
            for n, para in enumerate(paras):
                if marker and n == 0:
                    para.items = [Seg(marker), *para.items]
                    para.review = para.review or "gạch đầu dòng ở chỗ dữ liệu chỉ có đoạn văn: giữ dấu trong chữ"
                out.append(para)
            if isinstance(entry, dict):
                for sub in entry.get("cong", []):
                    sub.items = [Seg("+ "), *sub.items]
                    out.append(sub)
    return out


def muc_dich_yeu_cau(section: Node) -> tuple[list[Any], list[Any]]:
    """``1. Mục đích`` and ``2. Yêu cầu`` of section I; content that is neither goes with Mục đích."""
    purpose: list[Any] = []
    demands: list[Any] = []
    loose: list[Node] = []
    for child in section.children:
        if child.role == "khoan" and titled(child, "muc dich") and not purpose:
            purpose = blocks(child.children)
        elif child.role == "khoan" and titled(child, "yeu cau") and not demands:
            demands = blocks(child.children)
        else:
            loose.append(child)
    if loose:
        kept = blocks(loose)
        for item in kept:
            if isinstance(item, Para):
                item.review = item.review or "không thuộc 1. Mục đích hay 2. Yêu cầu: ghi cùng Mục đích"
        (demands if demands and not purpose else purpose).extend(kept)
    return purpose, demands


def section_title(node: Node) -> str:
    return sentence_case(node.title_text)


# ------------------------------------------------------------------- Tổ chức thực hiện
def agencies(section: Node) -> tuple[list[Any], list[Any]] | None:
    """The agencies of Tổ chức thực hiện, and the closing paragraphs after the last one; None when
    the section is not written agency by agency (its content then goes to the closing, as it is)."""
    children = section.children
    numbered = [c for c in children if c.role == "khoan"]
    if not numbered or children[0].role != "khoan" or any(_name_end(c) is None for c in numbered):
        return None
    out = [_agency(node) for node in numbered]
    last = numbered[-1]
    keep, closing = split_closing(last, own_first=out[-1].get("cung_dong", False))
    out[-1]["noi_dung"] = blocks(keep) if not out[-1].get("cung_dong") else [out[-1]["noi_dung"][0], *blocks(keep)]
    return out, blocks(closing)


_RUN_IN = re.compile(r"^(?P<name>[^:;.()]{3,400}?):\s")
_WITH_ROLE = re.compile(r"^(?P<name>[^()]{3,400}?)\s*\([^()]+\)\.?$")
MAX_NAME_WORDS = 60  # "Ủy ban MTTQ Việt Nam huyện, Hội Liên hiệp Phụ nữ huyện, ... và các tổ chức thành viên"
MAX_TITLE_WORDS = 25  # a line that is a name alone


def _name_end(node: Node) -> int | None:
    """Where an agency's name ends in its line: its bold words; else, in a line typed without bold,
    the words before ``: `` (a run-in name), before ``(vai trò).``, or the whole line when it is
    short and has no final punctuation. None when the line is not an agency's."""
    head = bold_head(node.items)
    if head:
        return head
    text = plain(node.items)
    for pattern, end in ((_RUN_IN, lambda m: m.end("name") + 1), (_WITH_ROLE, lambda m: m.end("name"))):
        found = pattern.match(text)
        if found and len(found["name"].split()) <= MAX_NAME_WORDS:
            return end(found)
    if len(text.split()) <= MAX_TITLE_WORDS and not text.rstrip().endswith((".", ";", ":", ",")):
        return len(text)
    return None


def _agency(node: Node) -> dict[str, Any]:
    head = _name_end(node) or 0
    title, rest = cut(node.items, head)
    name = strip(unformatted(title))
    out: dict[str, Any] = {}
    text = plain(name)
    if text.startswith(DE_NGHI):
        out["de_nghi"] = True
        name = strip(cut(name, len(DE_NGHI))[1])
    rest_text = plain(rest)
    role = _ROLE.match(rest_text) if rest_text.strip() else None
    run_in = plain(name).endswith(":") or (rest_text.strip() and role is None)
    if run_in:
        last = name[-1]
        if isinstance(last, Seg) and last.text.endswith(":"):
            name[-1] = Seg(last.text[:-1].rstrip(), last.bold, last.italic)
        elif isinstance(last, Seg):
            review = "tên cơ quan và nội dung viết liền: chương trình thêm dấu ':' sau tên"
            out["_review"] = review
    out = {"co_quan": Para(strip(name), node.where, node.order, out.pop("_review", None)), **out}
    if role is not None:
        offset = len(rest_text) - len(rest_text.lstrip()) + 1
        inner = cut(cut(rest, offset)[1], len(role["role"]))[0]
        out["vai_tro"] = Para(strip(inner), node.where, node.order)
    if run_in:
        out["cung_dong"] = True
        out["noi_dung"] = [Para(strip(rest), node.where, node.order), *blocks(node.children)]
    else:
        out["noi_dung"] = blocks(node.children)
    return out


def split_closing(last: Node, *, own_first: bool) -> tuple[list[Node], list[Node]]:
    """What hangs under the last numbered item, split into its own content and the closing
    paragraphs after it: the plain paragraphs that follow its last list; if it has no list, all
    but its first paragraph (``own_first``: the item's line is its first paragraph already)."""
    kids = list(last.children)
    tail = len(kids)
    while tail > 0 and kids[tail - 1].role == "doan" and not kids[tail - 1].children and kids[tail - 1].original is None:
        tail -= 1
    if tail == 0 and kids and not own_first:
        tail = 1  # a title's first paragraph is its own
    return kids[:tail], kids[tail:]


def closing_of(section: Node) -> list[Node]:
    """The closing paragraphs at the end of a section, taken out of it (from its last khoản when
    it has khoản: the tree put the paragraphs after a khoản under it)."""
    items = [c for c in section.children if c.role == "khoan"]
    holder = items[-1] if items else section
    own_first = bool(items) and (holder.run_in() is not None or not holder.titled)
    keep, closing = split_closing(holder, own_first=own_first)
    holder.children = keep
    return closing


def everything(section: Node, why: str) -> list[Any]:
    """A whole section as paragraphs and lists, its numbered items keeping their numbers."""
    out: list[Any] = []
    for node in section.children:
        if node.role == "khoan":
            out.extend(flat(node, why))
        else:
            out.extend(blocks([node]))
    return out


__all__ = ["DE_NGHI", "Plan", "agencies", "closing_of", "everything", "insert_before", "muc_dich_yeu_cau", "opening",
           "section_title",
           "split_closing", "titled"]
