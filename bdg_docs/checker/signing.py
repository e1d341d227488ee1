"""Signature and Nơi nhận (R34–R43)."""
from __future__ import annotations

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.checker.structure import Structure, norm
from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import recipients, signature
from bdg_docs.reader.docx import ParagraphView




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
        size = fmt.size(p)
        if not fmt.shows_upper(p) or not fmt.in_range(size, "chuc_vu") or not fmt.all_bold(p) \
                or fmt.any_italic(p) or p.alignment != "center":
            out.add("R34", p, f"quyền hạn, chức vụ phải in hoa, đậm, đứng, căn giữa, cỡ {fmt.sizes('chuc_vu')} "
                              f"(đang cỡ {size}).",
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
    size = fmt.size(name)
    text = norm(name.text)
    if not fmt.in_range(size, "ho_ten") or not fmt.all_bold(name) or fmt.any_italic(name) or name.alignment != "center":
        out.add("R37", name, f"họ tên người ký phải đậm, đứng, căn giữa, cỡ {fmt.sizes('ho_ten')} (đang cỡ {size}).",
                "Sửa định dạng họ tên.")
    try:
        signature.validate_ho_ten(text)
    except RuleViolation as exc:
        out.add("R37", name, exc.message, exc.hint or "Chỉ ghi họ và tên.")


def check_noi_nhan(s: Structure, out: Collector) -> None:
    if not s.noi_nhan:
        out.add("R38", None, "không tìm thấy 'Nơi nhận:'.", "Ghi 'Nơi nhận:' ở cột trái bảng cuối văn bản, ngang dòng chức vụ người ký.")
        return
    head, *items = s.noi_nhan
    _heading(s, head, out)
    # Group headings ("Các cơ quan:") are not recipients; they carry no dash and end with ':'.
    entries = [p for p in items if norm(p.text).startswith("-") or not norm(p.text).endswith(":")]
    if not entries:
        out.add("R40", head, "không có dòng '- Lưu: VT, ...'.", "Thêm dòng cuối '- Lưu: VT, <đơn vị soạn thảo>.'.")
        return
    for i, p in enumerate(entries):
        text = norm(p.text)
        if not fmt.in_range(fmt.size(p), "noi_nhan") or fmt.any_bold(p) or fmt.any_italic(p):
            out.add("R39", p, f"nơi nhận phải cỡ {fmt.sizes('noi_nhan')}, chữ đứng, không đậm (đang cỡ {fmt.size(p)}).",
                    f"Đặt cỡ {fmt.sizes('noi_nhan')}, chữ thường.")
        if i == len(entries) - 1:
            _luu(p, text, out)
        elif not recipients.ITEM.match(text):
            out.add("R39", p, "mỗi nơi nhận bắt đầu '- ' và kết thúc ';'.", f"Sửa thành '- {text.lstrip('-–• ').rstrip(';.,')};'.")
    first = norm(entries[0].text)
    if s.kind == "cong_van" and first != f"- {recipients.NHU_TREN};":
        out.add("R41", entries[0], "nơi nhận đầu tiên của công văn phải là '- Như trên;'.", "Thêm dòng '- Như trên;' đầu danh sách.")
    if s.kind == "co_ten_loai" and any(norm(p.text).startswith(f"- {recipients.NHU_TREN}") for p in entries):
        out.add("R42", entries[0], "văn bản có tên loại không ghi 'Như trên' (không có Kính gửi).", "Xóa dòng 'Như trên', ghi tên nơi nhận.")


def _heading(s: Structure, head: ParagraphView, out: Collector) -> None:
    if norm(head.text) != recipients.TIEU_DE or not fmt.in_range(fmt.size(head), "noi_nhan_tieu_de") \
            or not (fmt.all_bold(head) and fmt.all_italic(head)) \
            or head.alignment not in ("left", "both", None) or head.ind_left > 0 or head.first_line > 0:
        out.add("R38", head, f"'{recipients.TIEU_DE}' phải đúng chữ, cỡ {fmt.sizes('noi_nhan_tieu_de')}, đậm nghiêng, sát lề trái.",
                f"Sửa thành '{recipients.TIEU_DE}' cỡ {fmt.sizes('noi_nhan_tieu_de')}, đậm, nghiêng, không thụt lề.")
    title = s.chu_ky[0] if s.chu_ky else None
    if title and head.cell and title.cell and (head.cell[1] != title.cell[1]
                                               or abs(head.space_before - title.space_before) > 120):
        out.add("R38", head, f"'{recipients.TIEU_DE}' không ngang dòng chức vụ người ký.",
                f"Đặt '{recipients.TIEU_DE}' và dòng chức vụ trên cùng một hàng bảng.")


def _luu(p: ParagraphView, text: str, out: Collector) -> None:
    """The last line, ``- Lưu: VT, <unit>.`` (R40), and ô 12 at its tail if there is one (R43)."""
    if not recipients.LUU.match(text):
        out.add("R40", p, "dòng cuối không phải '- Lưu: VT, ....'.", "Dòng cuối: '- Lưu: VT, <đơn vị soạn thảo>.'.")
        return
    try:
        recipients.validate_luu(text)
    except RuleViolation as exc:
        out.add("R43", p, exc.message, exc.hint or "Ví dụ: 'PL.(300)'.")
