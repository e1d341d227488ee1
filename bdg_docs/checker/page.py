"""Page setup, fonts, colours, Unicode and page numbers (R1–R10)."""
from __future__ import annotations

import unicodedata

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.nd30 import page
from bdg_docs.reader.docx import DocxView, RunView, SectionView

LEGACY_FONTS = (".vn", "vni-", "vni ", "abc")


def check_page(view: DocxView, out: Collector) -> None:
    if not view.sections:
        out.add("R1", None, "không đọc được khổ giấy (thiếu thiết lập trang).", "Đặt khổ A4 trong Page Setup.")
        return
    for i, section in enumerate(view.sections, start=1):
        _section(i, section, out)
    _page_numbers(view.sections[-1], out)


def _section(i: int, s: SectionView, out: Collector) -> None:
    where = f"mục (section) {i}"
    w, h = s.page_width or 0, s.page_height or 0
    landscape = s.orientation == "landscape" or w > h
    short, long_ = sorted((w, h))
    if abs(short - page.PAGE_WIDTH) > page.PAGE_TOLERANCE or abs(long_ - page.PAGE_HEIGHT) > page.PAGE_TOLERANCE:
        out.add("R1", where, f"khổ giấy {w}×{h} twip, không phải A4 (11906×16838).", "Chọn khổ A4 (210 × 297 mm).")
    if landscape:
        out.add("R2", where, "trang nằm ngang.", "Trình bày theo chiều dài khổ A4; chỉ để ngang phần có bảng rộng.")
    m = s.margins
    for rule, side, (low, high), name in (
        ("R3", "top", page.MARGIN_TOP, "trên"),
        ("R4", "bottom", page.MARGIN_BOTTOM, "dưới"),
        ("R5", "left", page.MARGIN_LEFT, "trái"),
        ("R6", "right", page.MARGIN_RIGHT, "phải"),
    ):
        value = m.get(side)
        if value is None or not low - page.MARGIN_ROUNDING <= abs(value) <= high + page.MARGIN_ROUNDING:
            mm = f"{(abs(value or 0)) / 56.7:.0f} mm"
            out.add(rule, where, f"lề {name} {mm} ({value} twip) ngoài khoảng {low / 56.7:.0f}–{high / 56.7:.0f} mm.",
                    f"Đặt lề {name} từ {low / 56.7:.0f} đến {high / 56.7:.0f} mm.")
    if m.get("gutter"):
        out.add("R5", where, "có lề đóng gáy (gutter).", "Đặt gutter = 0.")


def check_fonts(view: DocxView, out: Collector) -> None:
    seen_font = seen_colour = seen_nfc = seen_legacy = False
    for p in _all(view):
        for run in p.visible_runs:
            ascii_, hansi, cs = run.fonts
            if not seen_font and (ascii_ != page.FONT or hansi != page.FONT or cs not in (None, page.FONT)):
                seen_font = True
                font = next((f for f in run.fonts if f and f != page.FONT), None) or "không xác định"
                out.add("R7", p, f"chữ dùng phông '{font}', không phải Times New Roman.",
                        "Chọn toàn bộ văn bản (Ctrl+A) và đặt phông Times New Roman.")
            if not seen_colour and run.color not in (None, "auto", "000000"):
                seen_colour = True
                out.add("R8", p, f"chữ màu #{run.color}.", "Đặt màu chữ đen (Automatic).")
            if not seen_legacy and any(f and f.lower().startswith(LEGACY_FONTS) for f in run.fonts):
                seen_legacy = True
                out.add("R9", p, "dùng phông chữ cũ (TCVN3/VNI).", "Chuyển mã sang Unicode (Unikey: Ctrl+Shift+F6) rồi đặt Times New Roman.")
            if not seen_nfc and unicodedata.normalize("NFC", run.text) != run.text:
                seen_nfc = True
                out.add("R9", p, "chữ Unicode tổ hợp (dấu gõ rời, không phải NFC).",
                        "Chuyển sang Unicode dựng sẵn (Unikey: chuyển mã Unicode → Unicode dựng sẵn).")


def _all(view: DocxView):  # type: ignore[no-untyped-def]
    yield from view.all_paragraphs()
    for section in view.sections:
        for paragraphs in section.headers.values():
            yield from paragraphs
    for paragraphs in view.footnotes.values():
        yield from paragraphs


def _page_numbers(s: SectionView, out: Collector) -> None:
    hint = (f"Chèn số trang (Insert > Page Number) ở giữa lề trên, cỡ {fmt.sizes('so_trang')}, "
            "và chọn 'Different First Page' để trang đầu không có số.")
    default = s.headers.get("default", [])
    field = [p for p in default if any(_is_page(r) for r in p.runs)]
    if not field:
        out.add("R10", "đầu trang", "không có số trang ở đầu trang.", hint)
        return
    p = field[0]
    runs = [r for r in p.runs if _is_page(r)]
    size = runs[0].size
    if p.alignment != "center" or not fmt.in_range(size, "so_trang") or runs[0].italic:
        out.add("R10", p, f"số trang không căn giữa, cỡ {fmt.sizes('so_trang')}, chữ đứng "
                          f"(đang: {p.alignment}, cỡ {size}).", hint)
    first = s.headers.get("first")
    first_has_number = first is not None and any(_is_page(r) or r.text.strip() for q in first for r in q.runs)
    if not s.title_page or first_has_number:
        out.add("R10", "đầu trang", "trang đầu có số trang.", "Chọn 'Different First Page' và để trống đầu trang của trang 1.")


def _is_page(run: RunView) -> bool:
    """A run of a PAGE field (not NUMPAGES or PAGEREF)."""
    return bool(run.field) and run.field.upper().split()[:1] == ["PAGE"]
