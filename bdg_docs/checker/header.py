"""The header table (ô 1–4): Quốc hiệu, Tiêu ngữ, issuer, number and date (R11–R22, R49, R50)."""
from __future__ import annotations

import re

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.checker.measure import rule_length, text_width
from bdg_docs.checker.structure import TYPE_NAMES, Structure, is_rule_paragraph, norm, rule_under
from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import dates, page, symbols
from bdg_docs.nd30.header import DASHES_NOT_HYPHEN, QUOC_HIEU, TIEU_NGU, VV
from bdg_docs.reader.docx import ParagraphView









def check_header(s: Structure, text_width_page: int, out: Collector) -> None:
    if s.header is None:
        out.add("R11", None, "không tìm thấy phần đầu văn bản (bảng có Quốc hiệu).",
                "Trình bày phần đầu bằng bảng 2 cột không viền: trái tên cơ quan, số; phải Quốc hiệu, Tiêu ngữ, ngày tháng.")
        return
    _layout(s, out)
    _quoc_hieu(s, text_width_page, out)
    _issuer(s, text_width_page, out)
    _so(s, out)
    _ngay(s, out)


def _layout(s: Structure, out: Collector) -> None:
    assert s.header is not None
    grid = s.header.grid
    if not s.header.borderless:
        out.add("R49", f"bảng {s.header.index}", "bảng phần đầu có viền.", "Bỏ viền bảng (Borders: None).")
    if len(grid) >= 2 and sum(grid):
        share = grid[0] / sum(grid)
        if not 0.35 <= share <= 0.45:
            out.add("R49", f"bảng {s.header.index}", f"cột trái chiếm {share:.0%} bề rộng bảng.",
                    "Cột trái (tên cơ quan) nên chiếm khoảng 35–45% bề rộng.")


def _quoc_hieu(s: Structure, width: int, out: Collector) -> None:
    qh = s.quoc_hieu
    if qh is None:
        out.add("R11", None, "không có Quốc hiệu.", f"Ghi '{QUOC_HIEU}' ở cột phải phần đầu.")
        return
    if not fmt.in_range(fmt.size(qh), "quoc_hieu") or not fmt.all_bold(qh) or fmt.any_italic(qh) \
            or not fmt.shows_upper(qh):
        out.add("R11", qh, f"Quốc hiệu phải in hoa, đậm, đứng, cỡ {fmt.sizes('quoc_hieu')} (đang cỡ {fmt.size(qh)}).",
                f"Viết '{QUOC_HIEU}', cỡ {fmt.sizes('quoc_hieu')}, chữ đậm, không nghiêng.")
    if qh.cell and qh.cell[2] == 1 and s.left:
        out.add("R11", qh, "Quốc hiệu nằm ở cột trái của phần đầu.",
                "Đặt Quốc hiệu và Tiêu ngữ ở cột phải; cột trái dành cho tên cơ quan và số, ký hiệu.")
    i = s.right.index(qh)
    following = [p for p in s.right[i + 1:] if p.text.strip()]
    tn = following[0] if following else None
    if tn is None or norm(tn.text).replace("–", "-") != TIEU_NGU and not _near_tieu_ngu(tn.text):
        out.add("R12", tn or qh, "không có Tiêu ngữ ngay dưới Quốc hiệu.", f"Ghi '{TIEU_NGU}' dưới Quốc hiệu.")
        return
    text = norm(tn.text)
    if text != TIEU_NGU:
        if any(ch in text for ch in DASHES_NOT_HYPHEN):
            out.add("R12", tn, "Tiêu ngữ dùng gạch ngang dài (–) thay cho gạch nối (-).",
                    f"Viết đúng '{TIEU_NGU}' với dấu gạch nối '-' và một dấu cách hai bên.")
        else:
            out.add("R12", tn, "Tiêu ngữ viết sai.", f"Viết đúng '{TIEU_NGU}'.")
    if not fmt.in_range(fmt.size(tn), "tieu_ngu") or not fmt.all_bold(tn) or fmt.any_italic(tn) or tn.alignment != "center":
        out.add("R12", tn, f"Tiêu ngữ phải đậm, đứng, căn giữa, cỡ {fmt.sizes('tieu_ngu')} (đang cỡ {fmt.size(tn)}).",
                f"Đặt cỡ {fmt.sizes('tieu_ngu')}, chữ đậm, căn giữa.")
    rule = rule_under(s.right, tn)
    if rule is None:
        out.add("R13", tn, "không có đường kẻ dưới Tiêu ngữ.", "Kẻ một đường nét liền dưới Tiêu ngữ, dài bằng dòng chữ.")
        return
    length, text_len = rule_length(rule, width), text_width([tn], width)
    low, high = page.RULE_TIEU_NGU
    if length is not None and text_len and not low <= length / text_len <= high:
        out.add("R13", rule, f"đường kẻ dưới Tiêu ngữ dài {length / text_len:.0%} dòng chữ.",
                "Kẻ đường dài bằng dòng Tiêu ngữ.")


def _near_tieu_ngu(text: str) -> bool:
    simple = re.sub(rf"[\s\-{DASHES_NOT_HYPHEN}]", "", text).lower()
    return simple == re.sub(r"[\s\-]", "", TIEU_NGU).lower()


def _issuer(s: Structure, width: int, out: Collector) -> None:
    lines: list[ParagraphView] = []
    for p in s.left:
        if p is s.so or is_rule_paragraph(p) or norm(p.text).startswith(VV):
            break
        if p.text.strip():
            lines.append(p)
    if not lines:
        out.add("R14", None, "không có tên cơ quan ban hành.", "Ghi tên cơ quan ban hành (in hoa, đậm) ở cột trái phần đầu.")
        return
    bold_from = next((i for i, p in enumerate(lines) if fmt.any_bold(p)), None)
    if bold_from is None:
        out.add("R14", lines[-1], "tên cơ quan ban hành không in đậm.", "Đặt chữ đậm cho tên cơ quan ban hành.")
        bold_from = len(lines) - 1
    chu_quan, issuer = lines[:bold_from], lines[bold_from:]
    for p in issuer:
        if norm(p.text) != norm(p.text).upper() or not fmt.in_range(fmt.size(p), "co_quan") or not fmt.all_bold(p) or fmt.any_italic(p) \
                or p.alignment != "center":
            out.add("R14", p, f"tên cơ quan ban hành phải in hoa, đậm, đứng, căn giữa, cỡ {fmt.sizes('co_quan')}.",
                    "Sửa định dạng dòng tên cơ quan ban hành.")
    for p in chu_quan:
        if norm(p.text) != norm(p.text).upper() or not fmt.in_range(fmt.size(p), "chu_quan") or fmt.any_italic(p) or p.alignment != "center":
            out.add("R15", p, f"tên cơ quan chủ quản phải in hoa, không đậm, đứng, căn giữa, cỡ {fmt.sizes('chu_quan')}.",
                    "Sửa định dạng dòng tên cơ quan chủ quản.")
    rule = rule_under(s.left, issuer[-1])
    if rule is None:
        out.add("R16", issuer[-1], "không có đường kẻ dưới tên cơ quan ban hành.",
                "Kẻ một đường nét liền dưới tên cơ quan, dài 1/3–1/2 dòng chữ, căn giữa.")
        return
    length, text_len = rule_length(rule, width), text_width(issuer, width)
    low, high = page.RULE_SHORT
    if length is not None and text_len and not low <= length / text_len <= high:
        out.add("R16", rule, f"đường kẻ dưới tên cơ quan dài {length / text_len:.0%} dòng chữ.",
                "Kẻ đường dài 1/3–1/2 dòng chữ tên cơ quan ban hành.")


def _so(s: Structure, out: Collector) -> None:
    p = s.so
    if p is None:
        out.add("R17", None, "không có dòng 'Số:'.", "Ghi 'Số: .../KH-UBND' ở cột trái, dưới tên cơ quan.")
        return
    text = norm(p.text)
    try:
        _, ky_hieu = symbols.parse_dong_so(text)
        loai = None if s.kind == "cong_van" else _type_abbreviation(s)
        if s.kind != "khong_ro":
            symbols.validate_ky_hieu(ky_hieu, loai=loai)
    except RuleViolation as exc:
        out.add(exc.rule or "R17", p, exc.message, exc.hint or "Viết 'Số: 05/KH-UBND'.")
    if not fmt.in_range(fmt.size(p), "so") or fmt.any_bold(p) or fmt.any_italic(p) or p.alignment != "center":
        out.add("R17", p, f"dòng số phải cỡ {fmt.sizes('so')}, không đậm, không nghiêng, căn giữa (đang cỡ {fmt.size(p)}).",
                f"Đặt cỡ {fmt.sizes('so')}, chữ thường, căn giữa dưới tên cơ quan.")


def _type_abbreviation(s: Structure) -> str | None:
    return TYPE_NAMES.get(s.type_name or "")


def _ngay(s: Structure, out: Collector) -> None:
    p = s.ngay
    if p is None:
        out.add("R20", None, "không có dòng địa danh, ngày tháng năm.",
                "Ghi '<Địa danh>, ngày ... tháng ... năm ...' ở cột phải, dưới Tiêu ngữ.")
        return
    try:
        dates.parse_dong_ngay(p.text.strip())
    except RuleViolation as exc:
        out.add(exc.rule or "R20", p, exc.message, exc.hint or "Viết '<Địa danh>, ngày 05 tháng 3 năm 2026'.")
    if not fmt.in_range(fmt.size(p), "ngay") or not fmt.all_italic(p) or fmt.any_bold(p):
        out.add("R21", p, f"dòng ngày tháng phải in nghiêng, không đậm, cỡ {fmt.sizes('ngay')} (đang cỡ {fmt.size(p)}).",
                f"Đặt chữ nghiêng, cỡ {fmt.sizes('ngay')}.")
    if s.so is not None and s.so.cell and p.cell and s.so.cell[1] != p.cell[1]:
        out.add("R21", p, "dòng ngày tháng không cùng hàng với dòng số.", "Đặt dòng số và dòng ngày tháng trên cùng một hàng.")
