"""The opening under the header: the type name and trích yếu of a typed document (Mẫu 1.4 and
its kin, R23–R25), the V/v of a Công văn (R26) and Kính gửi (R27)."""
from __future__ import annotations

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.checker.header import at_rule
from bdg_docs.checker.measure import rule_length, text_width
from bdg_docs.nd30 import page
from bdg_docs.nd30.header import KINH_GUI, la_chu_in_hoa
from bdg_docs.reader.lines import norm
from bdg_docs.reader.parts import Parts

_TYPED = ("R23", "R24", "R25")


def check_opening(parts: Parts, width: int, out: Collector) -> None:
    """Type name and trích yếu, or V/v; Kính gửi wherever it is."""
    if parts.kind == "co_ten_loai" or (parts.kind == "ban_sao" and parts.type_line is not None):
        _typed(parts, width, out)
    elif parts.kind == "cong_van":
        _vv(parts, out)
    elif parts.kind in ("khong_ro", "can_xem_lai"):
        _unknown(parts, out)
    if parts.kinh_gui is not None or parts.kind == "cong_van":
        _kinh_gui(parts, out)


def _unknown(parts: Parts, out: Collector) -> None:
    why = "; ".join(parts.review) or "không thấy tên loại (KẾ HOẠCH, QUYẾT ĐỊNH, ...), 'V/v' hay 'Kính gửi'"
    for rule in (*_TYPED, "R26"):
        out.cannot(rule, f"chưa rõ loại văn bản ({why})")
    if parts.kind == "khong_ro" and parts.loai is not None:
        # The symbol names a type (KH-, QĐ-): its type name is missing under the header.
        out.add("R23", parts.header.so if parts.header else None,
                f"không có dòng tên loại '{parts.loai.ten_in_hoa}' dưới phần đầu (ký hiệu '{parts.loai.viet_tat}-').",
                f"Ghi tên loại '{parts.loai.ten_in_hoa}' (in hoa, đậm, căn giữa) và trích yếu dưới phần đầu.")
    elif parts.kind == "khong_ro" and parts.header is not None:
        out.add("R23", None, "không nhận ra loại văn bản: không có tên loại (KẾ HOẠCH, ...) cũng không có 'V/v' và 'Kính gửi'.",
                "Văn bản có tên loại: ghi tên loại in hoa, đậm, căn giữa dưới phần đầu. Công văn: ghi 'V/v ...' dưới dòng số.",
                severity="warning")


def _typed(parts: Parts, width: int, out: Collector) -> None:
    t = parts.type_line
    assert t is not None
    out.checked("R23", "R25")
    if not fmt.in_range(fmt.size(t), "ten_loai") or not fmt.all_bold(t) or fmt.any_italic(t) \
            or t.alignment not in ("center", None) or not fmt.shows_upper(t):
        out.add("R23", t, f"tên loại phải in hoa, đậm, đứng, căn giữa, cỡ {fmt.sizes('ten_loai')} ({fmt.described(t)}).",
                "Sửa định dạng dòng tên loại.")
    loai = parts.loai
    if loai is not None and loai.trich_yeu:
        out.checked("R24")
        if not parts.trich_yeu:
            out.add("R24", t, "không có trích yếu dưới tên loại.", "Ghi trích yếu (in đậm, căn giữa) ngay dưới tên loại.")
    whole = " ".join(norm(p.text) for p in parts.trich_yeu)
    capitals = la_chu_in_hoa(whole)  # judged on the whole trích yếu, not a line
    for p in parts.trich_yeu:
        if not fmt.in_range(fmt.size(p), "trich_yeu") or not fmt.all_bold(p) or fmt.any_italic(p) \
                or p.alignment not in ("center", None) or capitals:
            out.add("R24", p, f"trích yếu phải đậm, đứng, căn giữa, chữ thường, cỡ {fmt.sizes('trich_yeu')} "
                              f"({fmt.described(p)}{', in hoa toàn bộ' if capitals else ''}).",
                    "Sửa định dạng trích yếu (không in hoa toàn bộ).")
    above = parts.trich_yeu or [t]
    if parts.trich_yeu_rule is None:
        out.add("R25", above[-1], f"không có đường kẻ dưới {'trích yếu' if parts.trich_yeu else 'tên loại'}.",
                "Kẻ đường nét liền dài 1/3–1/2 dòng chữ, căn giữa.")
        return
    length, text_len = rule_length(parts.trich_yeu_rule, width), text_width(above, width)
    low, high = page.RULE_SHORT
    if length is not None and text_len and not low <= length / text_len <= high:
        out.add("R25", at_rule(parts.trich_yeu_rule, above[-1]), f"đường kẻ dưới trích yếu dài {length / text_len:.0%} dòng chữ.",
                "Kẻ đường dài 1/3–1/2 dòng trích yếu.")


def _vv(parts: Parts, out: Collector) -> None:
    h = parts.header
    out.checked("R26")
    vv = h.vv if h is not None else []
    if not vv:
        out.add("R26", h.so if h is not None else None, "công văn không có trích yếu 'V/v ...'.",
                "Ghi 'V/v <nội dung>' ở bên trái, dưới dòng số.")
    for p in vv:
        if not fmt.in_range(fmt.size(p), "vv") or fmt.any_bold(p) or fmt.any_italic(p):
            out.add("R26", p, f"trích yếu công văn phải cỡ {fmt.sizes('vv')}, không đậm, không nghiêng ({fmt.described(p)}).",
                    f"Đặt cỡ {fmt.sizes('vv')}, chữ đứng, không đậm.")
    so = h.so if h is not None else None
    if vv and so is not None and vv[0].line_number in (None, 1) and vv[0].space_before < 120 and so.space_after < 120 \
            and h is not None and h.aligned:
        out.add("R26", vv[0], "dòng V/v sát dòng số.", "Cách dòng số 6pt (Spacing Before 6pt).")


def _kinh_gui(parts: Parts, out: Collector) -> None:
    block = parts.kinh_gui
    out.checked("R27")
    if block is None:
        out.add("R27", None, "công văn không có 'Kính gửi:'.", "Ghi 'Kính gửi: <nơi nhận>' trước nội dung.")
        return
    head, items = block.heading, block.items
    for p in [head, *items]:
        if not fmt.in_range(fmt.size(p), "kinh_gui") or fmt.any_bold(p) or fmt.any_italic(p):
            what = "dòng nơi nhận điện" if block.dien else "'Kính gửi'"
            if block.dien and p is head:
                continue  # "<who> điện:" is written in capitals and bold in Mẫu 1.6
            out.add("R27", p, f"{what} phải cỡ {fmt.sizes('kinh_gui')}, chữ đứng, không đậm ({fmt.described(p)}).",
                    "Sửa cỡ chữ, bỏ đậm/nghiêng.")
    text = norm(head.text)
    if block.dien:
        pass
    elif not items and text.rstrip(":").strip() == KINH_GUI:
        out.add("R27", head, "'Kính gửi:' không có nơi nhận.", "Ghi nơi nhận cùng dòng, hoặc mỗi nơi một dòng '- ...;' bên dưới.")
    elif items and text != f"{KINH_GUI}:":
        out.add("R27", head, "có nhiều nơi nhận thì 'Kính gửi:' đứng riêng một dòng.", "Đưa các nơi nhận xuống dòng dưới.")
    elif not items and not text.startswith(f"{KINH_GUI}:"):
        out.add("R27", head, "thiếu dấu ':' sau 'Kính gửi'.", "Viết 'Kính gửi: <nơi nhận>'.")
    for i, p in enumerate(items):
        t = norm(p.text)
        end = "." if i == len(items) - 1 else ";"
        if not t.startswith("- ") or not t.endswith(end):
            out.add("R27", p, f"mỗi nơi nhận bắt đầu '- ' và kết thúc '{end}'.", f"Sửa thành '- {t.lstrip('-–•+ ').rstrip(';.,')}{end}'.")
    # Dashes placed by tabs (or spaces) cannot be measured here.
    if len(items) > 1 and all(p.cell is None and not p.text.startswith(("\t", " ")) for p in items):
        lefts = {p.ind_left + max(p.first_line, 0) for p in items}
        if max(lefts) - min(lefts) > 57:
            out.add("R27", items[0], "các dòng nơi nhận không thẳng hàng.", "Dùng cùng một thụt lề trái cho mọi dòng '- ...'.")
        if not block.dien and min(lefts) <= head.ind_left + max(head.first_line, 0):
            out.add("R27", items[0], "các dòng nơi nhận không lùi vào dưới dấu hai chấm của 'Kính gửi:'.",
                    "Thụt lề trái các dòng '- ...' để gạch đầu dòng nằm dưới dấu ':'.")
