"""Elements a document carries only when needed: urgency and secrecy marks (R44), the
circulation label above the Quốc hiệu (R45) and appendices after the signature (R47).

bdg_docs does not produce them, but documents typed in Word do; each is checked when present.
The frames around marks (a drawn box or a bordered cell) are not checked.
"""
from __future__ import annotations

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.checker.structure import NOI_NHAN, norm
from bdg_docs.nd30.header import DAU_KHAN, DAU_MAT, KEM_THEO, PHAM_VI_LUU_HANH, PHU_LUC
from bdg_docs.reader.docx import DocxView, ParagraphView, TableView

MARKS = frozenset(DAU_KHAN + DAU_MAT)


def check_marks(view: DocxView, out: Collector) -> None:
    header = next((i for i, b in enumerate(view.blocks) if isinstance(b, TableView)), len(view.blocks))
    for i, block in enumerate(view.blocks):
        for p in _paragraphs(block):
            text = norm(p.text).upper()
            if text in MARKS:
                _mark(p, "R44", "dấu mức độ khẩn, mật", out)
            elif text in PHAM_VI_LUU_HANH:
                _mark(p, "R45", "chỉ dẫn phạm vi lưu hành", out)
                if i > header:
                    out.add("R45", p, "chỉ dẫn phạm vi lưu hành không ở trên Quốc hiệu.",
                            "Đặt chỉ dẫn phạm vi lưu hành ở đầu trang 1, trên Quốc hiệu.")
    _appendices(view, out)


def _paragraphs(block: ParagraphView | TableView) -> list[ParagraphView]:
    if isinstance(block, ParagraphView):
        return [block]
    return [p for _, _, cell in block.cells() for p in cell.paragraphs]


def _mark(p: ParagraphView, rule: str, name: str, out: Collector) -> None:
    if not fmt.shows_upper(p) or not fmt.all_bold(p) \
            or fmt.any_italic(p) or not fmt.in_range(fmt.size(p), "dau"):
        out.add(rule, p, f"{name} phải in hoa, đậm, đứng, cỡ {fmt.sizes('dau')} (đang cỡ {fmt.size(p)}).",
                f"Viết '{norm(p.text).upper()}' in hoa, đậm, cỡ {fmt.sizes('dau')}, trong khung.")


def _appendices(view: DocxView, out: Collector) -> None:
    """Each 'Phụ lục' heading after the signature table (the last one with 'Nơi nhận'; an
    appendix may hold tables of its own), then its title and '(Kèm theo ...)' line."""
    tables = [i for i, b in enumerate(view.blocks) if isinstance(b, TableView)]
    signed = [i for i in tables if any(norm(c.text).startswith(NOI_NHAN) for _, _, c in view.blocks[i].cells())]
    end = (signed or tables)[-1] if tables else None
    after = [b for b in view.blocks[end + 1:] if isinstance(b, ParagraphView)] if end is not None else []
    texts = [p for p in after if p.text.strip()]
    for i, p in enumerate(texts):
        if not PHU_LUC.match(norm(p.text)):
            continue
        if not norm(p.text).startswith("Phụ lục") or not fmt.in_range(fmt.size(p), "phu_luc") \
                or not fmt.all_bold(p) or p.alignment != "center":
            out.add("R47", p, f"dòng 'Phụ lục' phải viết 'Phụ lục I', cỡ {fmt.sizes('phu_luc')}, đậm, căn giữa.",
                    "Sửa định dạng dòng tên phụ lục.")
        title = texts[i + 1] if i + 1 < len(texts) else None
        if title is None or not fmt.shows_upper(title) or not fmt.all_bold(title) or title.alignment != "center" \
                or not fmt.in_range(fmt.size(title), "ten_phu_luc"):
            out.add("R47", title or p, f"tên phụ lục phải in hoa, đậm, căn giữa, cỡ {fmt.sizes('ten_phu_luc')}.",
                    "Ghi tên phụ lục in hoa, đậm ngay dưới dòng 'Phụ lục'.")
        kem = next((q for q in texts[i + 1:i + 4] if norm(q.text).startswith(KEM_THEO)), None)
        if kem is not None and (not fmt.all_italic(kem) or not fmt.in_range(fmt.size(kem), "ten_phu_luc")):
            out.add("R47", kem, f"dòng '{KEM_THEO} ...)' phải in nghiêng, cỡ {fmt.sizes('ten_phu_luc')}.",
                    "Đặt chữ nghiêng cho dòng '(Kèm theo ...)'.")
