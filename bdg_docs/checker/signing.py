"""Signature and Nơi nhận (R34–R43)."""
from __future__ import annotations

import re

from bdg_docs.checker.findings import Collector
from bdg_docs.checker.structure import Structure, norm
from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import recipients, signature
from bdg_docs.reader.docx import ParagraphView

DRAFTER = re.compile(r"[A-ZĐ]{1,6}\.?\(?\d+\)?")


def _size(p: ParagraphView) -> float | None:
    runs = p.visible_runs
    return runs[0].size if runs else None


def check_signature(s: Structure, out: Collector) -> None:
    if not s.chu_ky:
        out.add("R34", None, "không tìm thấy phần chữ ký (bảng cuối văn bản, cột phải).",
                "Trình bày phần ký bằng bảng 2 cột: trái 'Nơi nhận:', phải quyền hạn, chức vụ và họ tên người ký.")
        return
    *titles, name = s.chu_ky
    if not titles:
        out.add("R34", name, "thiếu dòng quyền hạn, chức vụ người ký.", "Ghi chức vụ (in hoa, đậm) trên họ tên người ký.")
    for p in titles:
        text = norm(p.text)
        runs = p.visible_runs
        size = _size(p)
        if text != text.upper() or size is None or not 13 <= size <= 14 or not all(r.bold for r in runs) \
                or any(r.italic for r in runs) or p.alignment != "center":
            out.add("R34", p, f"quyền hạn, chức vụ phải in hoa, đậm, đứng, căn giữa, cỡ 13–14 (đang cỡ {size}).",
                    "Sửa định dạng dòng chức vụ.")
        try:
            signature.split_prefix(text)
        except RuleViolation as exc:
            out.add("R35", p, exc.message, exc.hint or "Dùng TM., KT., TL., TUQ., Q.")
    try:
        signature.validate_chuc_danh([norm(p.text) for p in titles])
    except RuleViolation as exc:
        if exc.rule == "R36":
            out.add("R36", titles[-1] if titles else name, exc.message, exc.hint or "Thêm dòng chức vụ của người ký.")
    size = _size(name)
    runs = name.visible_runs
    text = norm(name.text)
    if size is None or not 13 <= size <= 14 or not all(r.bold for r in runs) or any(r.italic for r in runs) \
            or name.alignment != "center":
        out.add("R37", name, f"họ tên người ký phải đậm, đứng, căn giữa, cỡ 13–14 (đang cỡ {size}).", "Sửa định dạng họ tên.")
    try:
        signature.validate_ho_ten(text)
    except RuleViolation as exc:
        out.add("R37", name, exc.message, exc.hint or "Chỉ ghi họ và tên.")


def check_noi_nhan(s: Structure, out: Collector) -> None:
    if not s.noi_nhan:
        out.add("R38", None, "không tìm thấy 'Nơi nhận:'.", "Ghi 'Nơi nhận:' ở cột trái bảng cuối văn bản, ngang dòng chức vụ người ký.")
        return
    head, *items = s.noi_nhan
    runs = head.visible_runs
    if norm(head.text) != recipients.TIEU_DE or _size(head) != 12 or not all(r.bold and r.italic for r in runs) \
            or head.alignment not in ("left", None) or head.ind_left > 0 or head.first_line > 0:
        out.add("R38", head, "'Nơi nhận:' phải đúng chữ, cỡ 12, đậm nghiêng, sát lề trái.", "Sửa thành 'Nơi nhận:' cỡ 12, đậm, nghiêng.")
    if s.chu_ky and head.cell and s.chu_ky[0].cell and (head.cell[1] != s.chu_ky[0].cell[1]
                                                        or abs(head.space_before - s.chu_ky[0].space_before) > 120):
        out.add("R38", head, "'Nơi nhận:' không ngang dòng chức vụ người ký.", "Đặt 'Nơi nhận:' và dòng chức vụ trên cùng một hàng bảng.")
    entries = [p for p in items if not (not norm(p.text).startswith("-") and norm(p.text).endswith(":"))]
    if not entries:
        out.add("R40", head, "không có dòng '- Lưu: VT, ...'.", "Thêm dòng cuối '- Lưu: VT, <đơn vị soạn thảo>.'.")
        return
    for i, p in enumerate(entries):
        text = norm(p.text)
        last = i == len(entries) - 1
        runs = p.visible_runs
        if _size(p) != 11 or any(r.bold for r in runs) or any(r.italic for r in runs):
            out.add("R39", p, f"nơi nhận phải cỡ 11, chữ đứng, không đậm (đang cỡ {_size(p)}).", "Đặt cỡ 11, chữ thường.")
        if last:
            if not recipients.LUU.match(text):
                out.add("R40", p, "dòng cuối không phải '- Lưu: VT, ....'.", "Dòng cuối: '- Lưu: VT, <đơn vị soạn thảo>.'.")
            else:
                tail = text.rstrip(".").split(",")[-1].strip()
                if "(" in tail and not DRAFTER.fullmatch(tail.replace(" ", "")) and tail[:1].isupper() and tail.isupper():
                    out.add("R43", p, "ký hiệu người soạn thảo, số bản chưa đúng dạng.", "Ví dụ: 'PL.(300)'.")
        elif not recipients.ITEM.match(text):
            out.add("R39", p, "mỗi nơi nhận bắt đầu '- ' và kết thúc ';'.", f"Sửa thành '- {text.lstrip('-–• ').rstrip(';.,')};'.")
    first = norm(entries[0].text)
    if s.kind == "cong_van" and first != f"- {recipients.NHU_TREN};":
        out.add("R41", entries[0], "nơi nhận đầu tiên của công văn phải là '- Như trên;'.", "Thêm dòng '- Như trên;' đầu danh sách.")
    if s.kind == "co_ten_loai" and any(norm(p.text).startswith(f"- {recipients.NHU_TREN}") for p in entries):
        out.add("R42", entries[0], "văn bản có tên loại không ghi 'Như trên' (không có Kính gửi).", "Xóa dòng 'Như trên', ghi tên nơi nhận.")
