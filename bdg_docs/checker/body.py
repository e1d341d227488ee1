"""Căn cứ lines and the body (R28–R33, R48)."""
from __future__ import annotations

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.checker.structure import Structure, norm
from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import can_cu, page
from bdg_docs.nd30.numbering import (DIEM_LINE, KHOAN_LINE, MUC_LINE, la_dong_tieu_de, validate_diem_sequence,
                                     validate_dong_tieu_de)
from bdg_docs.reader.docx import ParagraphView


def check_can_cu(s: Structure, out: Collector) -> None:
    for i, p in enumerate(s.can_cu):
        size = fmt.size(p)
        if fmt.share(p, "italic") < 1 or not fmt.in_range(size, "than"):
            out.add("R31", p, f"dòng căn cứ phải in nghiêng, cỡ {fmt.sizes('than')} (đang cỡ {size}).",
                    f"Đặt chữ nghiêng, cỡ {fmt.sizes('than')}.")
        try:
            can_cu.validate_dau_cuoi(norm(p.text), cuoi=i == len(s.can_cu) - 1)
        except RuleViolation as exc:
            out.add("R31", p, exc.message, exc.hint or "")


def check_body(s: Structure, out: Collector) -> None:
    if not s.body:
        out.add("R28", None, "không tìm thấy nội dung văn bản.", "Kiểm tra văn bản có phần nội dung giữa phần đầu và phần ký.")
        return
    low_fl, high_fl = page.FIRST_LINE_INDENT
    reported: set[str] = set()

    def once(rule: str, p: ParagraphView, message: str, hint: str) -> None:
        key = f"{rule}:{message.split('(')[0]}"
        if key not in reported:
            reported.add(key)
            out.add(rule, p, message, hint)

    previous: ParagraphView | None = None
    for p in s.body:
        text = norm(p.text)
        size = fmt.size(p)
        if not fmt.in_range(size, "than"):
            once("R28", p, f"đoạn nội dung cỡ chữ {size} (phải {fmt.sizes('than')}).",
                 f"Đặt cỡ chữ {fmt.sizes('than')} cho phần nội dung.")
        if not la_dong_tieu_de(text):
            if p.alignment != "both":
                once("R28", p, "đoạn nội dung không căn đều hai bên.", "Căn đều hai bên (Ctrl+J).")
            if not low_fl <= p.first_line <= high_fl:
                once("R28", p, f"thụt đầu dòng {p.first_line / 567:.2f} cm (phải 1–1,27 cm).",
                     "Đặt thụt đầu dòng (First line) 1 cm hoặc 1,27 cm.")
            try:
                page.validate_chu_dung(text, fmt.share(p, "italic"))
            except RuleViolation as exc:
                once("R28", p, exc.message, exc.hint or "")
        if previous is not None and previous.space_after + p.space_before < page.MIN_PARAGRAPH_GAP:
            once("R29", p, f"khoảng cách giữa các đoạn {(previous.space_after + p.space_before) / 20:g}pt (tối thiểu 6pt).",
                 "Đặt Spacing Before 6pt cho các đoạn nội dung.")
        _line_spacing(p, size, once)
        _heading(p, text, once)
        previous = p
    _diem_sequences(s.body, out)
    last = norm(s.body[-1].text)
    if not last.endswith("./."):
        out.add("R48", s.body[-1], "nội dung không kết thúc bằng './.'.", "Thêm './.' vào cuối đoạn cuối cùng.")


def _line_spacing(p: ParagraphView, size: float | None, once) -> None:  # type: ignore[no-untyped-def]
    if p.line is None:
        return
    if p.line_rule in (None, "auto"):
        low, high = page.LINE_SPACING_AUTO
        ok = low <= p.line <= high
    else:
        points = p.line / 20
        ok = size is not None and 1.0 * size <= points <= 1.73 * size
    if not ok:
        once("R30", p, "khoảng cách dòng ngoài khoảng từ dòng đơn đến 1,5 dòng.", "Đặt Line spacing từ Single đến 1.5 lines.")


def _heading(p: ParagraphView, text: str, once) -> None:  # type: ignore[no-untyped-def]
    runs = p.visible_runs
    if not runs:
        return
    try:
        validate_dong_tieu_de(text, all_bold=fmt.all_bold(p), upper=fmt.shows_upper(p), first_bold=bool(runs[0].bold))
    except RuleViolation as exc:
        once("R32", p, exc.message, exc.hint or "")


def _diem_sequences(body: list[ParagraphView], out: Collector) -> None:
    group: list[tuple[str, ParagraphView]] = []

    def flush() -> None:
        if group:
            try:
                validate_diem_sequence([letter for letter, _ in group])
            except RuleViolation as exc:
                out.add("R33", group[0][1], exc.message, exc.hint or "Đánh điểm theo thứ tự a) b) c) d) đ) e) g) ...")
            group.clear()

    for p in body:
        text = norm(p.text)
        match = DIEM_LINE.match(text)
        if match:
            group.append((match["letter"], p))
        elif MUC_LINE.match(text) or KHOAN_LINE.match(text):
            flush()
    flush()
