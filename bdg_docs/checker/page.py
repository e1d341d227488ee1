"""Page setup, fonts, colours, Unicode and page numbers (R1–R10)."""
from __future__ import annotations

import unicodedata
from typing import Iterator

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.checker.measure import runs_past_first_page
from bdg_docs.nd30 import page
from bdg_docs.reader.views import DocxView, ParagraphView, RunView, SectionView, TableView

LEGACY_FONTS = (".vn", "vni-", "vni ", "abc")


def check_page(view: DocxView, out: Collector) -> None:
    if not view.sections or not any(s.page_width for s in view.sections):
        for rule in ("R1", "R2", "R3", "R4", "R5", "R6"):
            out.cannot(rule, "tệp không ghi thiết lập trang (khổ giấy, lề)")
    else:
        for i, section in enumerate(view.sections, start=1):
            _section(i, section, out, _holds_wide_table(view, i - 1))
    _page_numbers(view, out)


def _holds_wide_table(view: DocxView, index: int) -> bool:
    """Whether a section holds a table wider than a portrait page's text (landscape is then allowed, R2)."""
    start = view.sections[index].first_block
    end = view.sections[index + 1].first_block if index + 1 < len(view.sections) else len(view.blocks)
    room = page.PAGE_WIDTH - page.MARGIN_LEFT[0] * page.TWIPS_PER_MM - page.MARGIN_RIGHT[0] * page.TWIPS_PER_MM
    return any(isinstance(b, TableView) and sum(b.grid) > room for b in view.blocks[start:end])


def _section(i: int, s: SectionView, out: Collector, wide_table: bool = False) -> None:
    where = f"mục (section) {i}"
    out.checked("R1", "R2", "R3", "R4", "R5", "R6")
    w, h = s.page_width or 0, s.page_height or 0
    landscape = s.orientation == "landscape" or w > h
    short, long_ = sorted((w, h))
    if abs(short - page.PAGE_WIDTH) > page.PAGE_TOLERANCE or abs(long_ - page.PAGE_HEIGHT) > page.PAGE_TOLERANCE:
        out.add("R1", where, f"khổ giấy {_mm(w)} × {_mm(h)} mm ({w}×{h} twip), không phải A4 (210 × 297 mm).",
                "Chọn khổ A4 (210 × 297 mm) trong Page Setup.")
    if landscape and not wide_table:
        out.add("R2", where, "trang nằm ngang mà không có bảng rộng.",
                "Trình bày theo chiều dài khổ A4; chỉ để ngang phần có bảng rộng.")
    m = s.margins
    for rule, side, allowed, name in (
        ("R3", "top", page.MARGIN_TOP, "trên"),
        ("R4", "bottom", page.MARGIN_BOTTOM, "dưới"),
        ("R5", "left", page.MARGIN_LEFT, "trái"),
        ("R6", "right", page.MARGIN_RIGHT, "phải"),
    ):
        value = m.get(side)
        if value is None or not page.margin_ok(value, allowed):
            low, high = allowed
            shown = f"{_mm(value or 0)} mm ({value or 0} twip)"
            out.add(rule, where, f"lề {name} {shown}; Nghị định 30 cho phép {low}–{high} mm.",
                    f"Đặt lề {name} từ {low} đến {high} mm (Layout > Margins > Custom Margins).")
    if m.get("gutter"):
        out.add("R5", where, f"có lề đóng gáy (gutter) {_mm(m['gutter'])} mm.", "Đặt gutter = 0.")


def _mm(twips: int) -> str:
    """Millimetres as an officer reads them: ``25,4``, ``20``."""
    return f"{page.margin_mm(twips):.1f}".rstrip("0").rstrip(".").replace(".", ",")


def check_fonts(view: DocxView, out: Collector) -> None:
    out.checked("R7", "R8", "R9")
    seen_font = seen_colour = seen_nfc = seen_legacy = False
    for p in _all(view):
        for run in p.visible_runs:
            if run.label and not any(ch.isalnum() for ch in run.text):
                continue  # a bullet is drawn in its own symbol font
            ascii_, hansi, cs = run.fonts
            # The cs (complex script) font shows only Arabic, Hebrew, Thai ... characters; Word sets
            # Vietnamese in the ascii and hAnsi fonts, whatever the cs slot holds.
            shown = (ascii_, hansi, cs) if _complex_script(run.text) else (ascii_, hansi)
            if not seen_font and any(f != page.FONT for f in shown):
                seen_font = True
                font = next((f for f in shown if f and f != page.FONT), None) or "mặc định của Word"
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


def _complex_script(text: str) -> bool:
    """Whether the text holds characters Word sets in the complex-script (cs) font: Hebrew,
    Arabic, Syriac, Thaana, Thai, Lao and their presentation forms."""
    return any("\u0590" <= ch <= "\u08ff" or "\u0e00" <= ch <= "\u0eff" or "\ufb1d" <= ch <= "\ufeff"
               for ch in text)


def _all(view: DocxView) -> Iterator[ParagraphView]:
    yield from view.all_paragraphs()
    seen: set[int] = set()
    for section in view.sections:
        for paragraphs in (*section.headers.values(), *section.footers.values()):
            if id(paragraphs) not in seen:  # a header shared by many sections is looked at once
                seen.add(id(paragraphs))
                yield from paragraphs
    for paragraphs in view.footnotes.values():
        yield from paragraphs


def _page_numbers(view: DocxView, out: Collector) -> None:
    hint = (f"Chèn số trang (Insert > Page Number > Top of Page) ở giữa lề trên, cỡ {fmt.sizes('so_trang')}, "
            "và chọn 'Different First Page' để trang đầu không có số.")
    first = view.sections[0] if view.sections else None
    numbered = [(s, p) for s in view.sections for p in s.headers.get("default", []) if any(_is_page(r) for r in p.runs)]
    if not numbered:
        in_footer = next((p for s in view.sections for ps in s.footers.values() for p in ps
                          if any(_is_page(r) for r in p.runs)), None)
        more = runs_past_first_page(view)
        if in_footer is not None:
            out.add("R10", in_footer, "số trang đặt ở chân trang.", hint)
        elif more:
            out.add("R10", "đầu trang", "văn bản nhiều trang nhưng không có số trang ở đầu trang.", hint)
        elif more is None:
            out.cannot("R10", "không có số trang, và không xác định được văn bản có hơn một trang không")
        else:
            out.checked("R10")  # one page: no number is needed
        return
    out.checked("R10")
    _, p = numbered[0]
    runs = [r for r in p.runs if _is_page(r)]
    size = runs[0].size
    if p.alignment != "center" or not fmt.in_range(size, "so_trang") or runs[0].italic:
        out.add("R10", p, f"số trang phải căn giữa, cỡ {fmt.sizes('so_trang')}, chữ đứng "
                          f"(đang: {_ALIGN.get(p.alignment or '', p.alignment)}, cỡ {size:g}"
                          f"{', nghiêng' if runs[0].italic else ''}).", hint)
    if first is not None and (not first.title_page or _shows_number(first.headers.get("first"))):
        out.add("R10", "đầu trang", "trang đầu có số trang.", "Chọn 'Different First Page' và để trống đầu trang của trang 1.")


_ALIGN = {"left": "căn trái", "right": "căn phải", "center": "căn giữa", "both": "căn đều"}


def _shows_number(paragraphs: list[ParagraphView] | None) -> bool:
    return paragraphs is not None and any(_is_page(r) for p in paragraphs for r in p.runs)


def _is_page(run: RunView) -> bool:
    """A run of a PAGE field (not NUMPAGES or PAGEREF)."""
    return bool(run.field) and run.field.upper().split()[:1] == ["PAGE"]
