"""What a document carries only when needed: urgency and secrecy marks (R44), the circulation
label above the Quốc hiệu (R45), appendices (R47) and the block of a copy (PL I, Phần II).

bdg_docs does not produce them, but documents typed in Word do; each is checked when present.
The frames around marks (a drawn box or a bordered cell) are not checked. A copy's block is held
to the rules of the elements it repeats (PL I, Phần II, 2.c): its form (``SAO Y``) like a type
name (R23), the copying body like an issuer (R14), its number with ``SY``/``SL``/``TrS``
(R17–R19), its date (R20–R22), signature (R34–R37) and Nơi nhận (R38–R40).
"""
from __future__ import annotations

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.checker.header import check_date_line, check_so_line
from bdg_docs.checker.signing import check_one_noi_nhan, check_one_signature
from bdg_docs.nd30.header import KEM_THEO
from bdg_docs.reader.lines import norm
from bdg_docs.reader.parts import Parts
from bdg_docs.reader.views import DocxView, ParagraphView


def check_marks(parts: Parts, view: DocxView, out: Collector) -> None:
    for p in parts.marks:
        out.checked("R44")
        _mark(p, "R44", "dấu mức độ khẩn, mật", out)
    if parts.pham_vi is not None:
        out.checked("R45")
        _mark(parts.pham_vi, "R45", "chỉ dẫn phạm vi lưu hành", out)
    _appendices(parts, out)
    _copy(parts, view, out)


def _mark(p: ParagraphView, rule: str, name: str, out: Collector) -> None:
    if not fmt.shows_upper(p) or not fmt.all_bold(p) or fmt.any_italic(p) or not fmt.in_range(fmt.size(p), "dau"):
        out.add(rule, p, f"{name} phải in hoa, đậm, đứng, cỡ {fmt.sizes('dau')} ({fmt.described(p)}).",
                f"Viết '{norm(p.text).upper()}' in hoa, đậm, cỡ {fmt.sizes('dau')}, trong khung.")


def _appendices(parts: Parts, out: Collector) -> None:
    """Each appendix: ``Phụ lục I`` line, its title, the ``(Kèm theo ...)`` line."""
    for appendix in parts.appendices:
        out.checked("R47")
        p = appendix.heading
        if not norm(p.text).startswith("Phụ lục") or not fmt.in_range(fmt.size(p), "phu_luc") \
                or not fmt.all_bold(p) or p.alignment not in ("center", None):
            out.add("R47", p, f"dòng 'Phụ lục' phải viết 'Phụ lục I' (chữ thường), cỡ {fmt.sizes('phu_luc')}, đậm, căn giữa "
                              f"({fmt.described(p)}).", "Sửa định dạng dòng tên phụ lục.")
        for title in appendix.title:
            if not fmt.shows_upper(title) or not fmt.all_bold(title) or title.alignment not in ("center", None) \
                    or not fmt.in_range(fmt.size(title), "ten_phu_luc"):
                out.add("R47", title, f"tên phụ lục phải in hoa, đậm, căn giữa, cỡ {fmt.sizes('ten_phu_luc')} "
                                      f"({fmt.described(title)}).", "Ghi tên phụ lục in hoa, đậm ngay dưới dòng 'Phụ lục'.")
        kem = appendix.kem_theo
        if kem is not None and (not fmt.all_italic(kem) or not fmt.in_range(fmt.size(kem), "ten_phu_luc")):
            out.add("R47", kem, f"dòng '{KEM_THEO} ...)' phải in nghiêng, cỡ {fmt.sizes('ten_phu_luc')} ({fmt.described(kem)}).",
                    "Đặt chữ nghiêng cho dòng '(Kèm theo ...)'.")


def _copy(parts: Parts, view: DocxView, out: Collector) -> None:
    copy = parts.ban_sao
    if copy is None:
        return
    out.checked("R23")
    form = copy.form
    if not fmt.shows_upper(form) or not fmt.all_bold(form) or fmt.any_italic(form) \
            or not fmt.in_range(fmt.size(form), "ten_loai"):
        out.add("R23", form, f"hình thức sao '{copy.hinh_thuc}' phải in hoa, đậm, đứng, cỡ {fmt.sizes('ten_loai')} "
                             f"({fmt.described(form)}).", f"Viết '{copy.hinh_thuc}' in hoa, đậm.")
    for p in copy.co_quan:
        out.checked("R14")
        if not fmt.shows_upper(p) or not fmt.in_range(fmt.size(p), "co_quan") or fmt.any_italic(p):
            out.add("R14", p, f"tên cơ quan sao văn bản phải in hoa, đứng, cỡ {fmt.sizes('co_quan')} ({fmt.described(p)}).",
                    "Sửa định dạng dòng tên cơ quan sao văn bản.")
    if copy.so is None:
        out.cannot("R17", "khối bản sao không có dòng 'Số:'")
    else:
        out.checked("R17", "R19", "R50")
        check_so_line(copy.so, copy.viet_tat, out, copy=True)
    if copy.ngay is not None:
        check_date_line(copy.ngay, out)
    if copy.signature is not None:
        check_one_signature(copy.signature, out)
    if copy.noi_nhan is not None:
        check_one_noi_nhan(copy.noi_nhan, copy.signature, view, out)
