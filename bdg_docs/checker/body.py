"""Căn cứ lines and the body (R28–R33, R48).

Body paragraphs come with their role (:class:`bdg_docs.reader.parts.BodyParagraph`): the
justification and first-line indent of R28 apply to running text, not to headings placed on
their own centred lines (Chương, Mục, their titles), and not to the labelled lines of forms
(Giấy mời, Giấy giới thiệu, Biên bản, Giấy nghỉ phép), whose samples do not justify them.
"""
from __future__ import annotations

from bdg_docs.checker import fmt
from bdg_docs.checker.findings import Collector
from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import can_cu, metrics, page
from bdg_docs.nd30.numbering import (first_wrong_diem, validate_diem_sequence, validate_tieu_de,
                                     validate_tieu_de_khoan)
from bdg_docs.reader.lines import norm, tab_position
from bdg_docs.reader.parts import BodyParagraph, Parts
from bdg_docs.reader.views import ParagraphView

CENTRED_ROLES = ("phan", "chuong", "muc", "tieu_muc", "tieu_de", "giua")
HEADING_ROLES = ("muc_la_ma", "khoan", "khoan_con", "diem", "dieu")


def check_can_cu(parts: Parts, out: Collector) -> None:
    lines = parts.can_cu
    if not lines:
        return
    out.checked("R31")
    for i, p in enumerate(lines):
        size = fmt.size(p)
        if fmt.share(p, "italic") < 1 or not fmt.in_range(size, "than"):
            out.add("R31", p, f"dòng căn cứ phải in nghiêng, cỡ {fmt.sizes('than')} ({fmt.described(p)}).",
                    f"Đặt chữ nghiêng, cỡ {fmt.sizes('than')}.")
        try:
            can_cu.validate_dau_cuoi(norm(p.text), cuoi=i == len(lines) - 1)
        except RuleViolation as exc:
            out.add("R31", p, exc.message, exc.hint or "")


def check_body(parts: Parts, width: int, out: Collector) -> None:
    body = parts.body
    if not body:
        if parts.kind not in ("phu_luc",):
            for rule in ("R28", "R29", "R30", "R32", "R33", "R48"):
                out.cannot(rule, "không tìm thấy nội dung văn bản")
        return
    out.checked("R28", "R29", "R30", "R32", "R33", "R48")
    form = parts.loai is not None and parts.loai.mau_bieu
    low_fl, high_fl = page.FIRST_LINE_INDENT
    reported: set[str] = set()

    def once(rule: str, p: ParagraphView, message: str, hint: str, severity: str | None = None) -> None:
        key = f"{rule}:{message.split('(')[0]}"
        if key not in reported:
            reported.add(key)
            out.add(rule, p, message, hint, severity)

    previous: ParagraphView | None = None
    for k, item in enumerate(body):
        p, role = item.paragraph, item.role
        text = norm(p.text)
        size = fmt.size(p)
        if not fmt.in_range(size, "than"):
            once("R28", p, f"đoạn nội dung cỡ chữ {size:g} (phải {fmt.sizes('than')}).",
                 f"Đặt cỡ chữ {fmt.sizes('than')} cho phần nội dung.")
        if role == "doan" and not form:
            if p.alignment != "both" and not (p.alignment in ("left", None) and _one_line(p, width)):
                once("R28", p, "đoạn nội dung không căn đều hai bên.", "Căn đều hai bên (Ctrl+J).")
            first_line = _first_line(p)
            if not low_fl <= first_line <= high_fl:
                once("R28", p, f"thụt đầu dòng {first_line / 567:.2f} cm (phải 1–1,27 cm).".replace(".", ",", 1),
                     "Đặt thụt đầu dòng (First line) 1 cm hoặc 1,27 cm.")
            try:
                page.validate_chu_dung(text, fmt.share(p, "italic"))
            except RuleViolation as exc:
                once("R28", p, exc.message, exc.hint or "")
        gap = _gap(previous, p) + item.empty_before if previous is not None else 0
        if previous is not None and role not in CENTRED_ROLES and gap < page.MIN_PARAGRAPH_GAP:
            once("R29", p, f"khoảng cách giữa các đoạn {gap / 20:g}pt (tối thiểu 6pt).",
                 "Đặt Spacing Before 6pt cho các đoạn nội dung.")
        _line_spacing(p, size, once)
        _heading(item, text, once, body[k + 1].role if k + 1 < len(body) else None)
        previous = p
    _diem_sequences(body, out)
    last = norm(body[-1].paragraph.text)
    if not last.endswith("./."):
        out.add("R48", body[-1].paragraph, "nội dung không kết thúc bằng './.'.", "Thêm './.' vào cuối đoạn cuối cùng.")


def _first_line(p: ParagraphView) -> int:
    """Where the first line starts, from the left indent (twips): the first-line indent, or the
    tab stop reached by the Tab an officer typed at the start of the paragraph instead."""
    leading = len(p.text) - len(p.text.lstrip("\t"))
    if leading and p.first_line <= 0:
        return tab_position(p, leading) - p.ind_left
    return p.first_line


def _one_line(p: ParagraphView, width: int) -> bool:
    """A paragraph of one line looks the same justified or aligned left."""
    size = fmt.size(p) or 14
    return len(metrics.wrap(p.text, max(width - p.ind_left - p.ind_right - max(p.first_line, 0), 500), size)) <= 1


def _gap(previous: ParagraphView, p: ParagraphView) -> int:
    """Space between two paragraphs as Word lays them out (the larger of after and before when
    Word's compatibility says so is not known here: the sum, as the rule counts it)."""
    if previous.contextual and p.contextual and previous.style_id == p.style_id:
        return 0
    return previous.space_after + p.space_before


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


def _heading(item: BodyParagraph, text: str, once, next_role: str | None) -> None:  # type: ignore[no-untyped-def]
    p = item.paragraph
    runs = p.visible_runs
    if not runs:
        return
    # The label of Word's automatic numbering takes the paragraph mark's formatting, not the words'.
    words = [r for r in runs if not r.label]
    try:
        validate_tieu_de(item.role, item.label, text, all_bold=fmt.all_bold(p), upper=fmt.shows_upper(p),
                         first_bold=bool(runs[0].bold), all_words_bold=bool(words) and all(r.bold for r in words))
    except RuleViolation as exc:
        once("R32", p, exc.message, exc.hint or "")
        return
    if item.role == "khoan":
        try:
            validate_tieu_de_khoan(text, any_word_bold=any(r.bold for r in words), next_role=next_role)
        except RuleViolation as exc:  # told from the text only: a warning
            once("R32", p, exc.message, exc.hint or "", "warning")


def _diem_sequences(body: list[BodyParagraph], out: Collector) -> None:
    group: list[tuple[str, ParagraphView]] = []

    def flush() -> None:
        if group:
            letters = [letter for letter, _ in group]
            try:
                validate_diem_sequence(letters)
            except RuleViolation as exc:
                at = group[first_wrong_diem(letters) or 0][1]  # the first điểm out of sequence
                out.add("R33", at, exc.message, exc.hint or "Đánh điểm theo thứ tự a) b) c) d) đ) e) g) ...")
            group.clear()

    for item in body:
        if item.role == "diem" and item.label:
            group.append((item.label[0], item.paragraph))
        elif item.role in ("muc_la_ma", "khoan", "khoan_con", "dieu", "chuong", "muc", "phan"):
            flush()
    flush()
