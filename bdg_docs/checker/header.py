"""The header (ô 1–4): Quốc hiệu, Tiêu ngữ, issuer, number and date (R11–R22, R49, R50).

The header may be a table, paragraphs, lines split by tabs or text boxes (:class:`Header`).
Where its lines are placed by tabs or spaces, their alignment says nothing, so it is not
checked (``Header.aligned``); R49 (a borderless table) is a practice rule and only a warning.
"""
from __future__ import annotations

import re

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.checker.measure import rule_length, text_width
from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import dates, page, symbols
from bdg_docs.nd30.header import DASHES_NOT_HYPHEN, QUOC_HIEU, TIEU_NGU
from bdg_docs.reader.lines import norm
from bdg_docs.reader.parts import Header, Parts
from bdg_docs.reader.views import ParagraphView

_HEADER_RULES = ("R11", "R12", "R13", "R14", "R16", "R49")


def check_header(parts: Parts, width: int, out: Collector) -> None:
    h = parts.header
    if h is None:
        if parts.kind == "phu_luc":
            return
        out.add("R11", None, "không tìm thấy phần đầu văn bản (Quốc hiệu, tên cơ quan, số, ngày tháng).",
                "Trình bày phần đầu: bên trái tên cơ quan, số, ký hiệu; bên phải Quốc hiệu, Tiêu ngữ, địa danh và ngày tháng.")
        for rule in _HEADER_RULES[1:] + ("R17", "R20"):
            out.cannot(rule, "không tìm thấy phần đầu văn bản")
        return
    _layout(h, out)
    _quoc_hieu(h, width, out)
    _issuer(h, width, out)
    _so(parts, out)
    _ngay(parts, out)


def _layout(h: Header, out: Collector) -> None:
    out.checked("R49")
    if h.table is None:
        out.add("R49", h.quoc_hieu or h.so or "phần đầu",
                "phần đầu không trình bày bằng bảng 2 cột (theo mẫu của Phụ lục III).",
                "Nên trình bày phần đầu bằng bảng 2 cột không viền: trái tên cơ quan, số; phải Quốc hiệu, ngày tháng.")
        return
    table = h.table
    where = f"bảng {table.index}"
    if not table.borderless:
        out.add("R49", where, "bảng phần đầu có viền.", "Bỏ viền bảng (Borders: None).")
    first_row = table.rows[0] if table.rows else []
    widths = [c.width for c in first_row] if len(first_row) >= 2 and all(c.width for c in first_row) else table.grid
    if len(widths) >= 2 and sum(widths):  # type: ignore[arg-type]
        share = widths[0] / sum(widths)  # type: ignore[operator,arg-type]
        if not 0.35 <= share <= 0.45:
            out.add("R49", where, f"cột trái chiếm {share:.0%} bề rộng bảng.",
                    "Cột trái (tên cơ quan) nên chiếm khoảng 35–45% bề rộng.")


def _centred(p: ParagraphView, h: Header) -> bool:
    """Centred, as far as the layout lets it be told (lines placed by tabs are not judged)."""
    return not h.aligned or p.alignment in ("center", None)


def _quoc_hieu(h: Header, width: int, out: Collector) -> None:
    out.checked("R11", "R12", "R13")
    qh = h.quoc_hieu
    if qh is None:
        out.add("R11", h.so or h.ngay or None, "không có Quốc hiệu.", f"Ghi '{QUOC_HIEU}' ở bên phải phần đầu.")
        out.cannot("R12", "không có Quốc hiệu (Tiêu ngữ đứng ngay dưới Quốc hiệu)")
        out.cannot("R13", "không có Quốc hiệu")
        return
    if not fmt.in_range(fmt.size(qh), "quoc_hieu") or not fmt.all_bold(qh) or fmt.any_italic(qh) \
            or not fmt.shows_upper(qh):
        out.add("R11", qh, f"Quốc hiệu phải in hoa, đậm, đứng, cỡ {fmt.sizes('quoc_hieu')} ({fmt.described(qh)}).",
                f"Viết '{QUOC_HIEU}', cỡ {fmt.sizes('quoc_hieu')}, chữ đậm, không nghiêng.")
    tn = h.tieu_ngu
    if tn is None or not _near_tieu_ngu(norm(tn.text)):
        out.add("R12", tn or qh, "không có Tiêu ngữ ngay dưới Quốc hiệu.", f"Ghi '{TIEU_NGU}' dưới Quốc hiệu.")
        out.cannot("R13", "không có Tiêu ngữ")
        return
    text = norm(tn.text)
    if text != TIEU_NGU:
        if any(ch in text for ch in DASHES_NOT_HYPHEN):
            out.add("R12", tn, "Tiêu ngữ dùng gạch ngang dài (–) thay cho gạch nối (-).",
                    f"Viết đúng '{TIEU_NGU}' với dấu gạch nối '-' và một dấu cách hai bên.")
        else:
            out.add("R12", tn, "Tiêu ngữ viết sai chữ hoặc dấu cách.", f"Viết đúng '{TIEU_NGU}'.")
    if not fmt.in_range(fmt.size(tn), "tieu_ngu") or not fmt.all_bold(tn) or fmt.any_italic(tn) or not _centred(tn, h):
        out.add("R12", tn, f"Tiêu ngữ phải đậm, đứng, căn giữa, cỡ {fmt.sizes('tieu_ngu')} ({fmt.described(tn)}).",
                f"Đặt cỡ {fmt.sizes('tieu_ngu')}, chữ đậm, căn giữa.")
    rule = h.tieu_ngu_rule
    if rule is None:
        out.add("R13", tn, "không có đường kẻ dưới Tiêu ngữ.", "Kẻ một đường nét liền dưới Tiêu ngữ, dài bằng dòng chữ.")
        return
    length, text_len = rule_length(rule, width), text_width([tn], width)
    low, high = page.RULE_TIEU_NGU
    if length is not None and text_len and not low <= length / text_len <= high:
        out.add("R13", at_rule(rule, tn), f"đường kẻ dưới Tiêu ngữ dài {length / text_len:.0%} dòng chữ.",
                "Kẻ đường dài bằng dòng Tiêu ngữ.")


def at_rule(rule: ParagraphView, above: ParagraphView) -> ParagraphView:
    """Where to report a rule line: the line itself when it has text (underscores), else the
    text it is drawn under (an empty paragraph holding a border or a shape is hard to find)."""
    return rule if rule.text.strip() else above


def _near_tieu_ngu(text: str) -> bool:
    if len(text) > 80:
        return False
    simple = re.sub(rf"[\s\-{DASHES_NOT_HYPHEN}]", "", text).lower()
    return simple == re.sub(r"[\s\-]", "", TIEU_NGU).lower()


def _issuer(h: Header, width: int, out: Collector) -> None:
    out.checked("R14", "R16")
    lines = h.co_quan
    if not lines:
        out.add("R14", h.so or h.quoc_hieu or None, "không có tên cơ quan ban hành.",
                "Ghi tên cơ quan ban hành (in hoa, đậm) ở bên trái phần đầu, trên dòng số.")
        out.cannot("R16", "không có tên cơ quan ban hành")
        return
    if not any(fmt.any_bold(p) for p in lines):
        out.add("R14", lines[-1], "tên cơ quan ban hành không in đậm.", "Đặt chữ đậm cho tên cơ quan ban hành.")
    for p in lines:
        if not fmt.shows_upper(p) or not fmt.in_range(fmt.size(p), "co_quan") or not fmt.all_bold(p) \
                or fmt.any_italic(p) or not _centred(p, h):
            out.add("R14", p, f"tên cơ quan ban hành phải in hoa, đậm, đứng, căn giữa, cỡ {fmt.sizes('co_quan')} "
                              f"({fmt.described(p)}).", "Sửa định dạng dòng tên cơ quan ban hành.")
    if h.chu_quan:
        out.checked("R15")
    for p in h.chu_quan:
        if not fmt.shows_upper(p) or not fmt.in_range(fmt.size(p), "chu_quan") or fmt.any_italic(p) \
                or fmt.any_bold(p) or not _centred(p, h):
            out.add("R15", p, f"tên cơ quan chủ quản phải in hoa, không đậm, đứng, căn giữa, cỡ {fmt.sizes('chu_quan')} "
                              f"({fmt.described(p)}).", "Sửa định dạng dòng tên cơ quan chủ quản.")
    rule = h.co_quan_rule
    if rule is None:
        out.add("R16", lines[-1], "không có đường kẻ dưới tên cơ quan ban hành.",
                "Kẻ một đường nét liền dưới tên cơ quan, dài 1/3–1/2 dòng chữ, căn giữa.")
        return
    length, text_len = rule_length(rule, width), text_width(lines, width)
    low, high = page.RULE_SHORT
    if length is not None and text_len and not low <= length / text_len <= high:
        out.add("R16", at_rule(rule, lines[-1]), f"đường kẻ dưới tên cơ quan dài {length / text_len:.0%} dòng chữ.",
                "Kẻ đường dài 1/3–1/2 dòng chữ tên cơ quan ban hành.")


def _so(parts: Parts, out: Collector) -> None:
    h = parts.header
    assert h is not None
    p = h.so
    if p is None:
        if parts.attached:
            return  # an attached document takes the number of the decision that issues it
        out.checked("R17")
        out.add("R17", h.co_quan[-1] if h.co_quan else None, "không có dòng 'Số:'.",
                "Ghi 'Số: .../KH-UBND' ở bên trái, dưới tên cơ quan.")
        for rule in ("R18", "R19", "R50"):
            out.cannot(rule, "không có dòng số, ký hiệu")
        return
    out.checked("R17", "R19", "R50")
    check_so_line(p, _expected_type(parts), out, copy=False)
    if not fmt.in_range(fmt.size(p), "so") or fmt.any_bold(p) or fmt.any_italic(p) or not _centred(p, h):
        out.add("R17", p, f"dòng số phải cỡ {fmt.sizes('so')}, không đậm, không nghiêng, căn giữa ({fmt.described(p)}).",
                f"Đặt cỡ {fmt.sizes('so')}, chữ thường, căn giữa dưới tên cơ quan.")


def _expected_type(parts: Parts) -> str | None | bool:
    """The abbreviation the symbol must start with; None for a Công văn; False when unknown."""
    if parts.kind == "co_ten_loai" and parts.loai is not None:
        return parts.loai.viet_tat
    if parts.kind == "cong_van":
        return None
    return False


def check_so_line(p: ParagraphView, loai: str | None | bool, out: Collector, *, copy: bool) -> None:
    """R17–R19, R50 on a number line; ``loai``: the abbreviation expected, None (Công văn), or
    False when the type is not known (then R18 is not evaluated)."""
    text = norm(p.text)

    def report(exc: RuleViolation) -> None:
        hint = exc.hint or "Viết 'Số: 05/KH-UBND'."
        if copy and exc.rule == "R18":
            hint = f"Bản sao ghi ký hiệu '{loai}-<cơ quan sao>', ví dụ 'Số: 05/{loai}-VP'."
        out.add(exc.rule or "R17", p, exc.message, hint)

    try:
        _, ky_hieu = symbols.parse_dong_so(text)
        form_wrong = False
    except RuleViolation as exc:
        report(exc)
        # A line written loosely may have other slips: its symbol, spaces taken out, is checked too.
        ky_hieu, form_wrong = symbols.loose_ky_hieu(text), True
        if ky_hieu is None:
            return
    try:
        if loai is False:
            symbols.validate_ky_hieu(ky_hieu, loai=None, type_known=False)
            out.cannot("R18", "không xác định được loại văn bản, nên không biết ký hiệu phải bắt đầu bằng gì")
        else:
            out.checked("R18")
            symbols.validate_ky_hieu(ky_hieu, loai=loai)  # type: ignore[arg-type]
    except RuleViolation as exc:
        if not (form_wrong and exc.rule in (None, "R17")):  # the line's form is reported once
            report(exc)


def _ngay(parts: Parts, out: Collector) -> None:
    h = parts.header
    assert h is not None
    p = h.ngay
    if p is None:
        if parts.attached or (parts.loai is not None and not parts.loai.ngay):
            return
        out.checked("R20")
        out.add("R20", h.so or h.quoc_hieu or None, "không có dòng địa danh, ngày tháng năm.",
                "Ghi '<Địa danh>, ngày ... tháng ... năm ...' ở bên phải, dưới Tiêu ngữ.")
        out.cannot("R21", "không có dòng ngày tháng")
        out.cannot("R22", "không có dòng ngày tháng")
        return
    check_date_line(p, out)
    if h.so is not None and h.so.cell and p.cell and h.so.cell[:2] != p.cell[:2] and h.table is not None \
            and h.so.cell[0] == p.cell[0]:
        out.add("R21", p, "dòng ngày tháng không cùng hàng với dòng số.", "Đặt dòng số và dòng ngày tháng trên cùng một hàng.")


def check_date_line(p: ParagraphView, out: Collector) -> None:
    """R20–R22 on a place and date line."""
    out.checked("R20", "R21", "R22")
    try:
        dates.parse_dong_ngay(norm(p.text))
    except RuleViolation as exc:
        out.add(exc.rule or "R20", p, exc.message, exc.hint or "Viết '<Địa danh>, ngày 05 tháng 3 năm 2026'.")
    if not fmt.in_range(fmt.size(p), "ngay") or not fmt.all_italic(p) or fmt.any_bold(p):
        out.add("R21", p, f"dòng ngày tháng phải in nghiêng, không đậm, cỡ {fmt.sizes('ngay')} ({fmt.described(p)}).",
                f"Đặt chữ nghiêng, cỡ {fmt.sizes('ngay')}.")
