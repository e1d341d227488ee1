"""Kế hoạch truyền thông về bình đẳng giới read back (``loai: ke_hoach_truyen_thong``).

Its sections are found by their titles: ``MỤC ĐÍCH, YÊU CẦU``; ``MỤC TIÊU`` (chung, cụ thể);
the task groups under ``NHIỆM VỤ VÀ GIẢI PHÁP`` or ``NỘI DUNG THỰC HIỆN`` (bullets; a method
and ``+`` tasks; activities with Chủ trì, Phối hợp, Thời gian); ``KINH PHÍ``; any other section
(``muc_khac``); ``TỔ CHỨC THỰC HIỆN`` agency by agency; the closing paragraphs. This is also
the form any other plan is read in: its sections keep their titles and order where they can.
"""
from __future__ import annotations

import re
from typing import Any

from bdg_docs.documents.ke_hoach_truyen_thong import (CHU_TRI, GIAI_PHAP, HOAT_DONG, KINH_PHI, NHIEM_VU_MAC_DINH,
                                                     PHOI_HOP, PHUONG_THUC, THOI_GIAN)
from bdg_docs.importing.outline import Node, Para, blocks, khoan, placeholder, sentence_case
from bdg_docs.importing.sections import Plan, agencies, closing_of, everything, muc_dich_yeu_cau, opening, section_title, titled
from bdg_docs.importing.text import cut, plain, strip, unformatted

LOAI = "ke_hoach_truyen_thong"
# The task groups' second and third forms, as the library writes them.
_ACTIVITY = re.compile(rf"^{HOAT_DONG} \d+:\s*")
_ACTIVITY_FIELDS = {CHU_TRI: "chu_tri", PHOI_HOP: "phoi_hop", THOI_GIAN: "thoi_gian"}


def content(roots: list[Node], review: Any) -> dict[str, Any]:
    """The plan's own fields, in the order the library lays them out."""
    plan = Plan.of(roots)
    doing = plan.take("to chuc thuc hien")
    closing: list[Any] = []
    if doing is None and plan.sections:  # the closing paragraphs end the last section
        closing = blocks(closing_of(plan.sections[-1]))
    data: dict[str, Any] = {"mo_dau": opening(plan.opening)}
    first = plan.take("muc dich", "yeu cau")
    data["muc_dich"], data["yeu_cau"] = muc_dich_yeu_cau(first) if first else ([], [])
    goals = plan.take("muc tieu")
    if goals is not None:
        split = _muc_tieu(goals)
        if split is None:  # not written as "chung" and "cụ thể": an ordinary section
            plan.sections.insert(0, goals)
        else:
            data["muc_tieu"] = split
    tasks = plan.take("nhiem vu", "giai phap", "noi dung", "hoat dong")
    if tasks is not None:
        data["nhiem_vu"] = nhiem_vu(tasks)
    budget = plan.take("kinh phi")
    if budget is not None:
        data["kinh_phi"] = kinh_phi(budget, review)
    data["muc_khac"] = [muc(node) for node in plan.sections]
    later = max((node.order for node in (tasks, budget) if node is not None), default=-1)
    for node in plan.sections:
        if node.order < later:
            review(node.where, f"mục '{node.title_text}' được đặt sau mục Kinh phí (thứ tự các mục của kế hoạch).")
    if doing is not None:
        data["to_chuc_thuc_hien"], closing = to_chuc_thuc_hien(doing, review)
    else:
        data["to_chuc_thuc_hien"] = []
    data["ket_luan"] = closing
    return data


def _muc_tieu(section: Node) -> dict[str, Any] | None:
    general = next((c for c in section.children if c.role == "khoan" and titled(c, "chung")), None)
    specific = next((c for c in section.children if c.role == "khoan" and titled(c, "cu the")), None)
    if general is None or specific is None or len([c for c in section.children]) != 2:
        return None
    return {"chung": blocks(general.children), "cu_the": blocks(specific.children)}


def nhiem_vu(section: Node) -> dict[str, Any]:
    title = section_title(section)
    out: dict[str, Any] = {} if title.lower() == NHIEM_VU_MAC_DINH.lower() else {"tieu_de": title}
    loose = [child for child in section.children if child.role != "khoan"]  # before the first group
    groups = [group(child) for child in section.children if child.role == "khoan"]
    if loose:
        kept = blocks(loose)
        for item in kept:
            if isinstance(item, Para):
                item.review = "đoạn đứng trước nhóm nhiệm vụ đầu tiên: ghi vào nhóm đó"
        if not groups or "noi_dung" not in groups[0]:
            groups.insert(0, {"ten": placeholder("đoạn không thuộc nhóm nhiệm vụ nào: ghi tên nhóm", section.where,
                                                 section.order), "noi_dung": []})
        groups[0]["noi_dung"] = [*kept, *groups[0]["noi_dung"]]
    out["nhom"] = groups
    return out


def group(node: Node) -> dict[str, Any]:
    """A task group in whichever of its three forms it is written."""
    name = _name(node)
    for form in (_activities, _method):
        found = form(node)
        if found is not None:
            return {"ten": name, **found}
    return {"ten": name, "noi_dung": blocks(node.children)}


def _name(node: Node) -> Para:
    review = None if node.titled else "tên nhóm không in đậm (chương trình in đậm tên nhóm)"
    return Para(strip(unformatted(node.items)), node.where, node.order, review)


def _activities(node: Node) -> dict[str, Any] | None:
    """``a) Hoạt động 1: <tên>`` then ``- Chủ trì: ...``, ``- Phối hợp: ...``, ``- Thời gian thực hiện: ...``."""
    kids = node.children
    if not kids or any(k.role != "diem" or not _ACTIVITY.match(plain(k.items)) for k in kids):
        return None
    out = []
    for k in kids:
        prefix = _ACTIVITY.match(plain(k.items))
        activity: dict[str, Any] = {"ten": Para(strip(cut(k.items, prefix.end())[1]), k.where, k.order)}  # type: ignore[union-attr]
        for line in k.children:
            label = next((lab for lab in _ACTIVITY_FIELDS if plain(line.items).startswith(lab)), None)
            if line.role != "gach" or label is None or _ACTIVITY_FIELDS[label] in activity or line.children:
                return None
            activity[_ACTIVITY_FIELDS[label]] = Para(strip(cut(line.items, len(label))[1]), line.where, line.order)
        if "chu_tri" not in activity or "thoi_gian" not in activity:
            return None
        out.append(activity)
    return {"hoat_dong": out}


def _method(node: Node) -> dict[str, Any] | None:
    """``- Phương thức thực hiện: ...`` and ``- Một số nhiệm vụ, giải pháp cụ thể:`` with ``+`` items."""
    kids = node.children
    if not kids or any(k.role != "gach" for k in kids) or len(kids) > 2:
        return None
    out: dict[str, Any] = {}
    for k in kids:
        text = plain(k.items)
        if text.startswith(PHUONG_THUC) and "phuong_thuc" not in out and not k.children:
            out["phuong_thuc"] = Para(strip(cut(k.items, len(PHUONG_THUC))[1]), k.where, k.order)
        elif text.strip() == GIAI_PHAP and all(c.role == "cong" for c in k.children):
            out["giai_phap"] = [c.para() for c in k.children]
        else:
            return None
    return out if "phuong_thuc" in out else None


def kinh_phi(section: Node, review: Any) -> Any:
    if sentence_case(section.title_text).lower() != KINH_PHI.lower():
        review(section.where, f"tên mục '{section.title_text}' được viết thành '{KINH_PHI.upper()}'.")
    return noi_dung_muc(section)


def noi_dung_muc(section: Node) -> Any:
    """A section whose title the library writes: its paragraphs, then its numbered khoản."""
    before = [c for c in section.children if c.role != "khoan"]
    items = [khoan(c) for c in section.children if c.role == "khoan"]
    if [c for c in section.children if c.role == "khoan"] and section.children[0].role == "khoan" and before:
        before = []  # paragraphs after a khoản belong to it (the tree put them there)
    text = blocks(before)
    if not items and not text:
        return placeholder(f"mục '{section.title_text}' không có nội dung trong văn bản gốc: viết vào đây, hoặc bỏ mục",
                           section.where, section.order)
    if not items and len(text) == 1 and isinstance(text[0], Para):
        return text[0]
    out: dict[str, Any] = {}
    if text:
        out["noi_dung"] = text
    if items:
        out["khoan"] = items
    return out


def muc(section: Node) -> dict[str, Any]:
    """Any other section: its title, its paragraphs, its khoản."""
    body = noi_dung_muc(section)
    body = {"noi_dung": [body]} if isinstance(body, Para) else body
    return {"tieu_de": section_title(section), **body}


def to_chuc_thuc_hien(section: Node, review: Any) -> tuple[list[Any], list[Any]]:
    """The agencies and the closing paragraphs; a section not written agency by agency goes, as it
    is, into the closing paragraphs (its numbers kept in the words)."""
    found = agencies(section)
    if found is not None:
        return found
    if any(child.role == "khoan" for child in section.children):
        review(section.where, "mục Tổ chức thực hiện không viết theo từng cơ quan (tên cơ quan đầu mỗi khoản): "
                              "giữ nguyên, kể cả số khoản, ở đoạn kết.")
    return [], everything(section, "giữ nguyên số hiệu của mục Tổ chức thực hiện")


__all__ = ["LOAI", "content", "group", "kinh_phi", "muc", "nhiem_vu", "noi_dung_muc", "to_chuc_thuc_hien"]
