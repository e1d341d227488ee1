"""The annual BĐG–VSTBCPN plan read back (``loai: ke_hoach_bdg_vstbcpn``), ready to roll forward.

Besides the sections (``MỤC ĐÍCH, YÊU CẦU``, the groups of ``NỘI DUNG HOẠT ĐỘNG`` with the
action month's group, ``KINH PHÍ THỰC HIỆN``, ``TỔ CHỨC THỰC HIỆN``, the closing paragraph), what
follows from the year is written as the values the library computes: ``năm 2024`` as
``năm [$nam]``, the action month's dates and the bold reporting deadlines as
``[$thang_hanh_dong]``, ``[$han_bao_cao_6_thang]``, ``[$han_bao_cao_nam]``, so that
``bdg-docs render --year 2025`` moves them all. The superior's plan cited in the opening and the
budget decision cited under Kinh phí become ``ke_hoach_cap_tren`` and ``kinh_phi.quyet_dinh``
(declared in ``van_ban`` from the text when no catalogue has them).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from bdg_docs.documents.ke_hoach_bdg_vstbcpn import (HAN_BAO_CAO_6_THANG, HAN_BAO_CAO_NAM, TEN_THANG_HANH_DONG,
                                                     THANG_HANH_DONG)
from bdg_docs.nd30.dates import day_text, format_ngay_ngan, month_text
from bdg_docs.importing.ke_hoach_truyen_thong import to_chuc_thuc_hien
from bdg_docs.importing.outline import Node, Para, blocks
from bdg_docs.importing.sections import Plan, closing_of, insert_before, muc_dich_yeu_cau, opening
from bdg_docs.importing.text import Piece, Ref, Seg, plain, strip, unformatted
from bdg_docs.search import fold

LOAI = "ke_hoach_bdg_vstbcpn"
_TRAILING_YEAR = re.compile(r"\s+năm\s+(?P<nam>(?:19|20)\d\d)\s*$")
_DATES = re.compile(r"từ ngày (\d{1,2}/\d{1,2}/\d{4}) đến ngày (\d{1,2}/\d{1,2}/\d{4})")


def split_year(trich_yeu: str) -> tuple[str, int | None]:
    """``Thực hiện công tác ... năm 2024`` → (``Thực hiện công tác ...``, 2024): the library adds the year."""
    match = _TRAILING_YEAR.search(trich_yeu)
    return (trich_yeu[:match.start()], int(match["nam"])) if match else (trich_yeu, None)


class NotThisType(Exception):
    """The document does not have what this type needs; the caller reads it as another type."""


def content(roots: list[Node], nam: int, review: Any) -> tuple[dict[str, Any], list[Para]]:
    """The plan's own fields in layout order, and the paragraphs whose citations may be declared."""
    plan = Plan.of(roots)
    doing = plan.take("to chuc thuc hien")
    closing: list[Any] = []
    if doing is None and plan.sections:
        closing = blocks(closing_of(plan.sections[-1]))
    data: dict[str, Any] = {"mo_dau": opening(plan.opening)}
    first = plan.take("muc dich", "yeu cau")
    data["muc_dich"], data["yeu_cau"] = muc_dich_yeu_cau(first) if first else ([], [])
    groups = plan.take("noi dung hoat dong", "hoat dong", "nhiem vu", "noi dung")
    if groups is None:
        raise NotThisType("không có mục Nội dung hoạt động")
    data["noi_dung_hoat_dong"], dates = _groups(groups, nam, review)
    if dates is not None:
        data["thang_hanh_dong"] = dates
    budget = plan.take("kinh phi")
    if budget is None:
        raise NotThisType("không có mục Kinh phí thực hiện")
    data["kinh_phi"] = {"noi_dung": blocks(budget.children)}
    if plan.sections:
        raise NotThisType("có mục " + ", ".join(f"'{n.title_text}'" for n in plan.sections) + " mà kế hoạch năm không có")
    if doing is not None:
        data["to_chuc_thuc_hien"], closing = to_chuc_thuc_hien(doing, review)
    else:
        data["to_chuc_thuc_hien"] = []
    data["ket_luan"] = closing
    declare = [*data["mo_dau"][:1], *(p for p in data["kinh_phi"]["noi_dung"] if isinstance(p, Para))]
    return data, declare


def _groups(section: Node, nam: int, review: Any) -> tuple[list[Any], dict[str, date] | None]:
    out: list[Any] = []
    dates = None
    loose = [c for c in section.children if c.role != "khoan"]
    if loose:
        raise NotThisType("mục Nội dung hoạt động có đoạn không thuộc nhóm nào")
    for child in section.children:
        title = " ".join(plain(unformatted(child.items)).split())
        if "thang hanh dong vi binh dang gioi" in fold(title) and not any("thang_hanh_dong" in g for g in out):
            found = _DATES.search(title)
            span = _span(found, nam)
            default = (date(nam, THANG_HANH_DONG[0][1], THANG_HANH_DONG[0][0]),
                       date(nam, THANG_HANH_DONG[1][1], THANG_HANH_DONG[1][0]))
            if span is not None and span != default:
                dates = {"tu": span[0], "den": span[1]}
            tu, den = span or default
            written = f"{TEN_THANG_HANH_DONG} từ ngày {format_ngay_ngan(tu)} đến ngày {format_ngay_ngan(den)}"
            if title != written:
                review(child.where, f"tên nhóm Tháng hành động do chương trình ghi: '{written}' (bản gốc: '{title}').")
            out.append({"thang_hanh_dong": True, "noi_dung": blocks(child.children)})
            continue
        name = Para(strip(unformatted(child.items)), child.where, child.order,
                    None if child.titled else "tên nhóm không in đậm (chương trình in đậm tên nhóm)")
        out.append({"ten": name, "noi_dung": blocks(child.children)})
    if not any("thang_hanh_dong" in g for g in out):
        raise NotThisType("không có nhóm Tháng hành động vì bình đẳng giới")
    return out, dates


def _span(found: re.Match[str] | None, nam: int) -> tuple[date, date] | None:
    if found is None:
        return None
    try:
        tu, den = (date(*reversed([int(x) for x in d.split("/")])) for d in found.groups())  # type: ignore[misc]
    except ValueError:
        return None
    return (tu, den) if tu.year == den.year == nam and tu < den else None


def finish(data: dict[str, Any], refs: Any) -> None:
    """``ke_hoach_cap_tren`` and ``kinh_phi.quyet_dinh``: the plan cited in the opening, the decision under Kinh phí."""
    superior = refs.cited_in(data["mo_dau"], "Kế hoạch")
    if superior is None:
        raise NotThisType("đoạn mở đầu không trích dẫn kế hoạch của cấp trên (số, ngày, cơ quan)")
    insert_before(data, "mo_dau", "ke_hoach_cap_tren", superior)
    decision = refs.cited_in(data["kinh_phi"]["noi_dung"], "Quyết định")
    if decision is not None:
        data["kinh_phi"] = {"quyet_dinh": decision, **data["kinh_phi"]}


def values(nam: int, *, dates: bool = True) -> Callable[[Seg], list[Piece]]:
    """The year's values in some words: ``năm 2024`` → ``năm [$nam]``; with ``dates``, the plan's
    deadlines and its action month too."""
    tu, den = (date(nam, m, d) for d, m in THANG_HANH_DONG)
    six, year_end = (date(nam, m, d) for d, m in (HAN_BAO_CAO_6_THANG, HAN_BAO_CAO_NAM))
    month = f"{day_text(tu.day)}/{month_text(tu.month)}-{format_ngay_ngan(den)}"  # as bien() writes it
    fixed = [(month, "thang_hanh_dong", None), (format_ngay_ngan(six), "han_bao_cao_6_thang", True),
             (format_ngay_ngan(year_end), "han_bao_cao_nam", True), (format_ngay_ngan(den), "ket_thuc_thang_hanh_dong", False),
             (format_ngay_ngan(tu), "bat_dau_thang_hanh_dong", None)]
    year = re.compile(rf"(?<=năm ){nam}(?!\d)(?![/.,]\d)")
    patterns = [(re.compile(rf"(?<![\d/]){re.escape(text)}(?![\d/])"), name, bold) for text, name, bold in fixed
                if dates]

    def split(seg: Seg) -> list[Piece]:
        text = seg.text
        for pattern, name, bold in patterns:
            match = pattern.search(text)
            if match and (bold is None or bold == seg.bold):
                alone = not text[:match.start()].strip() and not text[match.end():].strip()
                ref = Ref("$", name, seg.bold and not (bold and alone), seg.italic)
                return [*split(Seg(text[:match.start()], seg.bold, seg.italic)), ref,
                        *split(Seg(text[match.end():], seg.bold, seg.italic))]
        match = year.search(text)
        if match:
            return [Seg(text[:match.start()], seg.bold, seg.italic), Ref("$", "nam", seg.bold, seg.italic),
                    *split(Seg(text[match.end():], seg.bold, seg.italic))]
        return [seg] if text else []

    return split


__all__ = ["LOAI", "NotThisType", "content", "finish", "split_year", "values"]
