"""The header (ô 1–5): Quốc hiệu, Tiêu ngữ, issuer, number, date, type name, trích yếu,
V/v and Kính gửi (R11–R27, R49, R50)."""
from __future__ import annotations

import re

from bdg_docs.checker.findings import Collector
from bdg_docs.checker.measure import rule_length, text_width
from bdg_docs.checker.structure import Structure, is_rule_paragraph, norm
from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import dates, page, symbols
from bdg_docs.nd30.header import DASHES_NOT_HYPHEN, QUOC_HIEU, TIEU_NGU
from bdg_docs.reader.docx import ParagraphView


def _size(p: ParagraphView) -> float | None:
    runs = p.visible_runs
    return runs[0].size if runs else None


def _bold(p: ParagraphView) -> bool:
    runs = p.visible_runs
    return bool(runs) and all(r.bold for r in runs)


def _italic(p: ParagraphView) -> bool:
    runs = p.visible_runs
    return bool(runs) and all(r.italic for r in runs)


def _any_bold(p: ParagraphView) -> bool:
    return any(r.bold for r in p.visible_runs)


def _any_italic(p: ParagraphView) -> bool:
    return any(r.italic for r in p.visible_runs)


def _in(size: float | None, element: str) -> bool:
    low, high = page.SIZE[element]
    return size is not None and low <= size <= high


def _sizes(element: str) -> str:
    low, high = page.SIZE[element]
    return f"{low:g}" if low == high else f"{low:g}–{high:g}"


def _next_rule(paragraphs: list[ParagraphView], after: ParagraphView) -> ParagraphView | None:
    """The rule line drawn under a paragraph: its own bottom border, a line shape anchored in
    it (Word puts the anchor in the paragraph the line was drawn next to), or the next empty line."""
    if after.border_bottom or after.shape_widths:
        return after
    i = paragraphs.index(after)
    for p in paragraphs[i + 1:i + 3]:
        if is_rule_paragraph(p):
            return p
        if p.text.strip():
            return None
    return None


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
    if not _in(_size(qh), "quoc_hieu") or not _bold(qh) or _any_italic(qh):
        out.add("R11", qh, f"Quốc hiệu phải in hoa, đậm, đứng, cỡ {_sizes('quoc_hieu')} (đang cỡ {_size(qh)}).",
                "Đặt cỡ 12–13, chữ đậm, không nghiêng.")
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
    if not _in(_size(tn), "tieu_ngu") or not _bold(tn) or _any_italic(tn) or tn.alignment != "center":
        out.add("R12", tn, f"Tiêu ngữ phải đậm, đứng, căn giữa, cỡ {_sizes('tieu_ngu')} (đang cỡ {_size(tn)}).",
                "Đặt cỡ 13–14, chữ đậm, căn giữa.")
    rule = _next_rule(s.right, tn)
    if rule is None:
        out.add("R13", tn, "không có đường kẻ dưới Tiêu ngữ.", "Kẻ một đường nét liền dưới Tiêu ngữ, dài bằng dòng chữ.")
        return
    length, text_len = rule_length(rule, width), text_width([tn], width)
    low, high = page.RULE_TIEU_NGU
    if length is not None and text_len and not low <= length / text_len <= high:
        out.add("R13", rule, f"đường kẻ dưới Tiêu ngữ dài {length / text_len:.0%} dòng chữ.",
                "Kẻ đường dài bằng dòng Tiêu ngữ.")


def _near_tieu_ngu(text: str) -> bool:
    simple = re.sub(r"[\s\-–—‐‑‒−]", "", text).lower()
    return simple == re.sub(r"[\s\-]", "", TIEU_NGU).lower()


def _issuer(s: Structure, width: int, out: Collector) -> None:
    lines: list[ParagraphView] = []
    for p in s.left:
        if p is s.so or is_rule_paragraph(p) or norm(p.text).startswith("V/v"):
            break
        if p.text.strip():
            lines.append(p)
    if not lines:
        out.add("R14", None, "không có tên cơ quan ban hành.", "Ghi tên cơ quan ban hành (in hoa, đậm) ở cột trái phần đầu.")
        return
    bold_from = next((i for i, p in enumerate(lines) if _any_bold(p)), None)
    if bold_from is None:
        out.add("R14", lines[-1], "tên cơ quan ban hành không in đậm.", "Đặt chữ đậm cho tên cơ quan ban hành.")
        bold_from = len(lines) - 1
    chu_quan, issuer = lines[:bold_from], lines[bold_from:]
    for p in issuer:
        if norm(p.text) != norm(p.text).upper() or not _in(_size(p), "co_quan") or not _bold(p) or _any_italic(p) \
                or p.alignment != "center":
            out.add("R14", p, f"tên cơ quan ban hành phải in hoa, đậm, đứng, căn giữa, cỡ {_sizes('co_quan')}.",
                    "Sửa định dạng dòng tên cơ quan ban hành.")
    for p in chu_quan:
        if norm(p.text) != norm(p.text).upper() or not _in(_size(p), "chu_quan") or _any_italic(p) or p.alignment != "center":
            out.add("R15", p, f"tên cơ quan chủ quản phải in hoa, không đậm, đứng, căn giữa, cỡ {_sizes('chu_quan')}.",
                    "Sửa định dạng dòng tên cơ quan chủ quản.")
    rule = _next_rule(s.left, issuer[-1])
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
    if not _in(_size(p), "so") or _any_bold(p) or _any_italic(p):
        out.add("R17", p, f"dòng số phải cỡ 13, không đậm, không nghiêng (đang cỡ {_size(p)}).", "Đặt cỡ 13, chữ thường.")


def _type_abbreviation(s: Structure) -> str | None:
    from bdg_docs.checker.structure import TYPE_NAMES

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
    if not _in(_size(p), "ngay") or not _italic(p) or _any_bold(p):
        out.add("R21", p, f"dòng ngày tháng phải in nghiêng, không đậm, cỡ {_sizes('ngay')} (đang cỡ {_size(p)}).",
                "Đặt chữ nghiêng, cỡ 13–14.")
    if s.so is not None and s.so.cell and p.cell and s.so.cell[1] != p.cell[1]:
        out.add("R21", p, "dòng ngày tháng không cùng hàng với dòng số.", "Đặt dòng số và dòng ngày tháng trên cùng một hàng.")


def check_opening(s: Structure, width: int, out: Collector) -> None:
    """Type name and trích yếu (Mẫu 1.4), or V/v and Kính gửi (Mẫu 1.5)."""
    if s.kind == "co_ten_loai":
        _typed(s, width, out)
    elif s.kind == "cong_van":
        _cong_van(s, out)
    else:
        out.add("R23", None, "không nhận ra loại văn bản: không có tên loại (KẾ HOẠCH, ...) cũng không có 'V/v' và 'Kính gửi'.",
                "Văn bản có tên loại: ghi tên loại in hoa, đậm, căn giữa dưới phần đầu. Công văn: ghi 'V/v ...' dưới dòng số.")


def _typed(s: Structure, width: int, out: Collector) -> None:
    t = s.type_line
    assert t is not None
    if not _in(_size(t), "ten_loai") or not _bold(t) or _any_italic(t) or t.alignment != "center":
        out.add("R23", t, f"tên loại phải in hoa, đậm, đứng, căn giữa, cỡ {_sizes('ten_loai')} (đang cỡ {_size(t)}).",
                "Sửa định dạng dòng tên loại.")
    if not s.trich_yeu:
        out.add("R24", t, "không có trích yếu dưới tên loại.", "Ghi trích yếu (in đậm, căn giữa) ngay dưới tên loại.")
        return
    for p in s.trich_yeu:
        text = norm(p.text)
        letters = [ch for ch in text if ch.isalpha()]
        if not _in(_size(p), "trich_yeu") or not _bold(p) or _any_italic(p) or p.alignment != "center" \
                or (len(letters) > 3 and text == text.upper()):
            out.add("R24", p, f"trích yếu phải đậm, đứng, căn giữa, chữ thường, cỡ {_sizes('trich_yeu')}.",
                    "Sửa định dạng trích yếu (không in hoa toàn bộ).")
    if s.trich_yeu_rule is None:
        out.add("R25", s.trich_yeu[-1], "không có đường kẻ dưới trích yếu.", "Kẻ đường nét liền dài 1/3–1/2 dòng trích yếu, căn giữa.")
        return
    length, text_len = rule_length(s.trich_yeu_rule, width), text_width(s.trich_yeu, width)
    low, high = page.RULE_SHORT
    if length is not None and text_len and not low <= length / text_len <= high:
        out.add("R25", s.trich_yeu_rule, f"đường kẻ dưới trích yếu dài {length / text_len:.0%} dòng chữ.",
                "Kẻ đường dài 1/3–1/2 dòng trích yếu.")


def _cong_van(s: Structure, out: Collector) -> None:
    if not s.vv:
        out.add("R26", None, "công văn không có trích yếu 'V/v ...'.", "Ghi 'V/v <nội dung>' ở cột trái, dưới dòng số.")
    for p in s.vv:
        if not _in(_size(p), "vv") or _any_bold(p) or _any_italic(p):
            out.add("R26", p, f"trích yếu công văn phải cỡ {_sizes('vv')}, không đậm, không nghiêng (đang cỡ {_size(p)}).",
                    "Đặt cỡ 12–13, chữ đứng, không đậm.")
    if s.vv and s.so is not None and s.vv[0].space_before < 120 and s.so.space_after < 120:
        out.add("R26", s.vv[0], "dòng V/v sát dòng số.", "Cách dòng số 6pt (Spacing Before 6pt).")
    if not s.kinh_gui:
        out.add("R27", None, "công văn không có 'Kính gửi:'.", "Ghi 'Kính gửi: <nơi nhận>' trước nội dung.")
        return
    head, items = s.kinh_gui[0], s.kinh_gui[1:]
    for p in s.kinh_gui:
        if not _in(_size(p), "kinh_gui") or _any_bold(p) or _any_italic(p):
            out.add("R27", p, f"'Kính gửi' phải cỡ {_sizes('kinh_gui')}, chữ đứng, không đậm.", "Sửa cỡ chữ, bỏ đậm/nghiêng.")
    text = norm(head.text)
    if not items and text.rstrip(":") == "Kính gửi":
        out.add("R27", head, "'Kính gửi:' không có nơi nhận.", "Ghi nơi nhận cùng dòng, hoặc mỗi nơi một dòng '- ...;' bên dưới.")
    if items:
        if text != "Kính gửi:":
            out.add("R27", head, "có nhiều nơi nhận thì 'Kính gửi:' đứng riêng một dòng.", "Đưa các nơi nhận xuống dòng dưới.")
        for i, p in enumerate(items):
            t = norm(p.text)
            end = "." if i == len(items) - 1 else ";"
            if not t.startswith("- ") or not t.endswith(end):
                out.add("R27", p, f"mỗi nơi nhận bắt đầu '- ' và kết thúc '{end}'.", f"Sửa thành '- ...{end}'.")
        lefts = {p.ind_left + max(p.first_line, 0) for p in items}
        if max(lefts) - min(lefts) > 57:
            out.add("R27", items[0], "các dòng nơi nhận không thẳng hàng.", "Dùng cùng một thụt lề trái cho mọi dòng '- ...'.")
        if min(lefts) <= head.ind_left + max(head.first_line, 0):
            out.add("R27", items[0], "các dòng nơi nhận không lùi vào dưới dấu hai chấm của 'Kính gửi:'.",
                    "Thụt lề trái các dòng '- ...' để gạch đầu dòng nằm dưới dấu ':'.")
    elif text.startswith("Kính gửi") and not text.startswith("Kính gửi:"):
        out.add("R27", head, "thiếu dấu ':' sau 'Kính gửi'.", "Viết 'Kính gửi: <nơi nhận>'.")
