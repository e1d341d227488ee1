"""The annual BĐG–VSTBCPN report read back (``loai: bao_cao_bdg_vstbcpn``).

Its sections are found by their titles: ``CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO``; ``KẾT QUẢ THỰC HIỆN`` with
the plan's groups (each result a ``- `` line; an activity without its result printed with a dotted
line stays so), the indicator table and the budget; ``ĐÁNH GIÁ CHUNG`` (kết quả đạt được, hạn chế,
nguyên nhân); ``PHƯƠNG HƯỚNG``; ``ĐỀ XUẤT, KIẾN NGHỊ``; the closing paragraph. The indicator table
is read row by row back into indicator keys (the catalogue's by their wording and unit, others
declared in ``chi_tieu_rieng``), results, targets and last year's results (from the "tăng 2,2"
of its comparison column); the budget sentence back into its two amounts.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from bdg_docs.documents.bao_cao_bdg_vstbcpn import CHO_GHI_TAY, KinhPhi, budget_sentence
from bdg_docs.errors import RuleViolation
from bdg_docs.importing.outline import Node, Para, blocks
from bdg_docs.importing.sections import Plan, closing_of, insert_before, opening, titled
from bdg_docs.importing.text import Seg, plain, strip, unformatted
from bdg_docs.indicators import shipped_indicators
from bdg_docs.models.bang_chi_tieu import BangChiTieu
from bdg_docs.numbers import format_number, parse_number
from bdg_docs.reader import lines as L
from bdg_docs.reader.views import TableView
from bdg_docs.search import fold

LOAI = "bao_cao_bdg_vstbcpn"
HEADER = ("TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu")
_AMOUNT = r"(?P<{}>[\d.]+) đồng"
_GIVEN = re.compile(r"kinh phí được giao năm \d{4}: " + _AMOUNT.format("given"), re.IGNORECASE)
_SPENT = re.compile(r"đã sử dụng: " + _AMOUNT.format("spent"), re.IGNORECASE)
_CHANGE = re.compile(r"^(?P<way>tăng|giảm) (?P<by>[\d.,]+)$")


def indicator_table(table: TableView) -> bool:
    """The report's indicator table: its first row starts ``TT | Chỉ tiêu | Đơn vị tính | Mục tiêu``."""
    first = [L.norm(cell.text) for cell in table.rows[0]] if table.rows else []
    return tuple(first[:4]) == HEADER


def content(roots: list[Node], nam: int, table: tuple[TableView, int] | None, review: Any) -> tuple[dict[str, Any], list[Para]]:
    """The report's fields in layout order, and the paragraphs whose citations may be declared."""
    plan = Plan.of(roots)
    closing: list[Any] = []
    if plan.sections:
        closing = blocks(closing_of(plan.sections[-1]))
    data: dict[str, Any] = {"mo_dau": opening(plan.opening)}
    lead = plan.take("lanh dao", "chi dao")
    data["lanh_dao_chi_dao"] = blocks(lead.children) if lead else []
    results = plan.take("ket qua thuc hien", "ket qua")
    groups, extra = _results(results, nam, table, review) if results else ([], {})
    data["ket_qua_thuc_hien"] = groups
    data.update(extra)
    judged = plan.take("danh gia")
    data["danh_gia"] = _judged(judged) if judged else {}
    ahead = plan.take("phuong huong")
    data["phuong_huong"] = blocks(ahead.children) if ahead else []
    asks = plan.take("de xuat", "kien nghi")
    data["de_xuat"] = blocks(asks.children) if asks else []
    for node in plan.sections:
        review(node.where, f"mục '{node.title_text}' không có trong báo cáo năm: giữ ở đoạn kết.")
        closing = [*blocks([node]), *closing]
    data["ket_luan"] = closing
    return data, data["mo_dau"][:1]


def _results(section: Node, nam: int, table: tuple[TableView, int] | None, review: Any) -> tuple[list[Any], dict[str, Any]]:
    groups: list[Any] = []
    extra: dict[str, Any] = {}
    items = [c for c in section.children if c.role == "khoan"]
    table_at = None
    if table is not None:
        before = [k for k in items if k.order < table[1]]
        table_at = before[-1] if before else None
    for child in section.children:
        if child.role != "khoan":
            review(child.where, "đoạn trước nhóm đầu tiên của mục Kết quả thực hiện: ghi vào nhóm đó")
            continue
        if child is table_at and table is not None:
            extra["chi_tieu_rieng"], extra["bang_chi_tieu"] = _table(child, table[0], nam, review)
        elif titled(child, "kinh phi") and child is items[-1] and _budget(child, nam) is not None:
            extra["kinh_phi"] = _budget(child, nam)
        else:
            groups.append(_group(child))
    if groups and any(c.role != "khoan" for c in section.children):
        first = next(c for c in section.children if c.role != "khoan")
        groups[0]["noi_dung"] = [*blocks([first]), *groups[0].get("noi_dung", [])]
    if not extra.get("chi_tieu_rieng"):
        extra.pop("chi_tieu_rieng", None)
    return groups, extra


def _group(node: Node) -> dict[str, Any]:
    """A group: its results as activities when they are all ``- `` lines, else its content as it is."""
    name = Para(strip(unformatted(node.items)), node.where, node.order)
    kids = node.children
    if kids and all(k.role == "gach" and not k.children for k in kids):
        activities = []
        for k in kids:
            text = plain(k.items)
            if text.endswith(f": {CHO_GHI_TAY}"):
                words = strip([*k.items[:-1], Seg(k.items[-1].text[:-len(CHO_GHI_TAY) - 2])]) \
                    if isinstance(k.items[-1], Seg) else k.items
                activities.append({"hoat_dong": Para(words, k.where, k.order), "ket_qua": None})
            else:
                activities.append({"ket_qua": k.para()})
        return {"ten": name, "hoat_dong": activities}
    return {"ten": name, "noi_dung": blocks(kids)}


def _judged(section: Node) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, words in (("ket_qua_dat_duoc", "ket qua dat duoc"), ("han_che", "han che"), ("nguyen_nhan", "nguyen nhan")):
        node = next((c for c in section.children if c.role == "khoan" and titled(c, words)), None)
        out[key] = blocks(node.children) if node else []
    return out


def _budget(node: Node, nam: int) -> dict[str, Any] | None:
    """``duoc_giao`` and ``da_su_dung`` read from the budget sentence, which they must give back exactly."""
    kids = node.children
    first = plain(kids[0].items) if kids and kids[0].role == "doan" else ""
    given, spent = _GIVEN.search(first), _SPENT.search(first)
    out: dict[str, Any] = {}
    if given:
        out["duoc_giao"] = given["given"]
    if spent:
        out["da_su_dung"] = spent["spent"]
    try:
        sentence = budget_sentence(KinhPhi.model_validate(out), nam) if out else None
    except (ValueError, RuleViolation):
        sentence = None
    if sentence is None or sentence != first:
        out = {}
        rest = kids
    else:
        rest = kids[1:]
    if rest:
        out["noi_dung"] = blocks(rest)
    return out or None


def _table(node: Node, table: TableView, nam: int, review: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """``bang_chi_tieu`` (and the indicators of its own) from the table's rows."""
    catalogue = shipped_indicators()
    own: dict[str, Any] = {}
    rows = []
    for r, row in enumerate(table.rows[1:], start=2):
        cells = [" ".join(L.norm(p.text) for p in cell.paragraphs if p.text.strip()) for cell in row]
        if len(cells) < 8:
            review(f"bảng {table.index}, hàng {r}", "hàng của bảng chỉ tiêu không đủ 8 cột: bỏ qua, ghi lại bằng tay.")
            continue
        name, unit, target, result, _, change, note = cells[1:8]
        key = _indicator(catalogue, name, unit) or _own(own, name, unit)
        entry: dict[str, Any] = {"chi_tieu": key, "ket_qua": result}
        if target and not target.endswith(")"):
            entry["ke_hoach"] = target
        before = _before(result, change)
        if before is not None:
            entry["nam_truoc"] = before
        if note:
            last = row[-1]
            words = [piece for p in last.paragraphs for piece in _words(p)]
            entry["ghi_chu"] = Para(strip(words), last.paragraphs[0].location if last.paragraphs else "", node.order)
        rows.append(entry)
    default = BangChiTieu.model_construct(ten=None).title(nam)
    out: dict[str, Any] = {}
    title = " ".join(plain(unformatted(node.items)).split())
    if title != " ".join(default.split()):
        out["ten"] = title
    if node.children:
        out["noi_dung"] = blocks(node.children)
    out["dong"] = rows
    return own, out


def _words(paragraph: Any) -> list[Any]:
    from bdg_docs.importing.text import pieces

    return pieces(paragraph.runs, {})


def _indicator(catalogue: Any, name: str, unit: str) -> str | None:
    for key in catalogue:
        entry = catalogue[key]
        if fold(entry.ten) == fold(name) and fold(entry.don_vi) == fold(unit):
            return key
    return None


def _own(own: dict[str, Any], name: str, unit: str) -> str:
    """A key for an indicator of the locality's own (``rieng_1``), declared in ``chi_tieu_rieng``."""
    for key, entry in own.items():
        if entry["ten"] == name and entry["don_vi"] == unit:
            return key
    key = f"rieng_{len(own) + 1}"
    own[key] = {"ten": name, "don_vi": unit}
    return key


def _before(result: str, change: str) -> str | None:
    """Last year's result from this year's and the change column (``tăng 2,2``, ``giảm 1``, ``không đổi``)."""
    try:
        now = parse_number(result)[0]
    except (ValueError, RuleViolation):
        return None
    if change == "không đổi":
        return format_number(now)
    match = _CHANGE.match(change)
    if match is None:
        return None
    try:
        by = parse_number(match["by"])[0]
    except (ValueError, RuleViolation):
        return None
    value: Decimal = now - by if match["way"] == "tăng" else now + by
    return format_number(value) if value >= 0 else None


def finish(data: dict[str, Any], refs: Any, nam: int) -> None:
    """``ke_hoach``: the plan cited in the opening (its year from its trích yếu, else the report's)."""
    key = refs.cited_in(data["mo_dau"], "Kế hoạch")
    if key is None:
        return
    entry = refs.entries[key]
    year = re.search(r"năm ((?:19|20)\d\d)\b", entry.trich_yeu or "")
    plan = {"van_ban": key, "nam": int(year[1]) if year and int(year[1]) <= nam else nam}
    insert_before(data, "mo_dau", "ke_hoach", plan)


__all__ = ["LOAI", "content", "finish", "indicator_table"]
