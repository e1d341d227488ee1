"""The opening under the header: the type name and trích yếu of a typed document (Mẫu 1.4,
R23–R25), or the V/v and Kính gửi of a Công văn (Mẫu 1.5, R26–R27)."""
from __future__ import annotations

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.checker.measure import rule_length, text_width
from bdg_docs.checker.structure import Structure, norm
from bdg_docs.nd30 import page
from bdg_docs.nd30.header import KINH_GUI, la_chu_in_hoa


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
    if not fmt.in_range(fmt.size(t), "ten_loai") or not fmt.all_bold(t) or fmt.any_italic(t) or t.alignment != "center" \
            or not fmt.shows_upper(t):
        out.add("R23", t, f"tên loại phải in hoa, đậm, đứng, căn giữa, cỡ {fmt.sizes('ten_loai')} (đang cỡ {fmt.size(t)}).",
                "Sửa định dạng dòng tên loại.")
    if not s.trich_yeu:
        out.add("R24", t, "không có trích yếu dưới tên loại.", "Ghi trích yếu (in đậm, căn giữa) ngay dưới tên loại.")
        return
    for p in s.trich_yeu:
        if not fmt.in_range(fmt.size(p), "trich_yeu") or not fmt.all_bold(p) or fmt.any_italic(p) or p.alignment != "center" \
                or la_chu_in_hoa(norm(p.text)):
            out.add("R24", p, f"trích yếu phải đậm, đứng, căn giữa, chữ thường, cỡ {fmt.sizes('trich_yeu')}.",
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
        if not fmt.in_range(fmt.size(p), "vv") or fmt.any_bold(p) or fmt.any_italic(p):
            out.add("R26", p, f"trích yếu công văn phải cỡ {fmt.sizes('vv')}, không đậm, không nghiêng (đang cỡ {fmt.size(p)}).",
                    f"Đặt cỡ {fmt.sizes('vv')}, chữ đứng, không đậm.")
    if s.vv and s.so is not None and s.vv[0].space_before < 120 and s.so.space_after < 120:
        out.add("R26", s.vv[0], "dòng V/v sát dòng số.", "Cách dòng số 6pt (Spacing Before 6pt).")
    if not s.kinh_gui:
        out.add("R27", None, "công văn không có 'Kính gửi:'.", "Ghi 'Kính gửi: <nơi nhận>' trước nội dung.")
        return
    head, items = s.kinh_gui[0], s.kinh_gui[1:]
    for p in s.kinh_gui:
        if not fmt.in_range(fmt.size(p), "kinh_gui") or fmt.any_bold(p) or fmt.any_italic(p):
            out.add("R27", p, f"'Kính gửi' phải cỡ {fmt.sizes('kinh_gui')}, chữ đứng, không đậm.", "Sửa cỡ chữ, bỏ đậm/nghiêng.")
    text = norm(head.text)
    if not items and text.rstrip(":") == KINH_GUI:
        out.add("R27", head, "'Kính gửi:' không có nơi nhận.", "Ghi nơi nhận cùng dòng, hoặc mỗi nơi một dòng '- ...;' bên dưới.")
    if items:
        if text != f"{KINH_GUI}:":
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
    elif text.startswith(KINH_GUI) and not text.startswith(f"{KINH_GUI}:"):
        out.add("R27", head, "thiếu dấu ':' sau 'Kính gửi'.", "Viết 'Kính gửi: <nơi nhận>'.")
