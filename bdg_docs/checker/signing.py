"""Signature and Nơi nhận (R34–R43), of the document and of a copy's block.

The signature may be a table cell, lines after tabs, indented or aligned right
(:class:`bdg_docs.reader.parts.Signature`); "centred" is judged only where it means something,
in a table cell. Nơi nhận's place beside the first title line (R38) is judged in a table only,
by where each starts in its cell (empty lines and spacing above it counted alike).
"""
from __future__ import annotations

from bdg_docs.checker import fmt, measure
from bdg_docs.checker.findings import Collector
from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import recipients, signature
from bdg_docs.reader.lines import norm
from bdg_docs.reader.parts import NoiNhan, Parts, Signature
from bdg_docs.reader.views import DocxView, ParagraphView

SIGNATURE_RULES = ("R34", "R35", "R36", "R37")
NOI_NHAN_RULES = ("R38", "R39", "R40", "R43")


def check_signature(parts: Parts, out: Collector) -> None:
    if not parts.signatures:
        if not parts.attached and parts.kind not in ("phu_luc",):
            for rule in SIGNATURE_RULES:
                out.cannot(rule, "không tìm thấy phần chữ ký (quyền hạn, chức vụ, họ tên người ký)")
        return
    for sig in parts.signatures:
        check_one_signature(sig, out)


def check_one_signature(sig: Signature, out: Collector) -> None:
    out.checked(*SIGNATURE_RULES)
    titles, name = sig.titles, sig.name
    centred = sig.layout == "table"
    if not titles and name is not None:
        out.add("R34", name, "thiếu dòng quyền hạn, chức vụ người ký.", "Ghi chức vụ (in hoa, đậm) trên họ tên người ký.")
    for p in titles:
        text = norm(p.text)
        if not fmt.shows_upper(p) or not fmt.in_range(fmt.size(p), "chuc_vu") or not fmt.all_bold(p) \
                or fmt.any_italic(p) or (centred and p.alignment not in ("center", None)):
            out.add("R34", p, f"quyền hạn, chức vụ phải in hoa, đậm, đứng, căn giữa, cỡ {fmt.sizes('chuc_vu')} "
                              f"({fmt.described(p)}).", "Sửa định dạng dòng chức vụ.")
        try:
            signature.split_prefix(text)
        except RuleViolation as exc:
            out.add("R35", p, exc.message, exc.hint or "Dùng TM., KT., TL., TUQ., Q.")
    try:
        signature.validate_chuc_danh([norm(p.text) for p in titles] or ["?"])
    except RuleViolation as exc:
        if exc.rule == "R36":
            out.add("R36", titles[-1] if titles else name, exc.message, exc.hint or "Thêm dòng chức vụ của người ký.")
    if name is None:
        out.cannot("R37", "không thấy dòng họ tên người ký")
        return
    text = norm(name.text)
    if not fmt.in_range(fmt.size(name), "ho_ten") or not fmt.all_bold(name) or fmt.any_italic(name) \
            or (centred and name.alignment not in ("center", None)):
        out.add("R37", name, f"họ tên người ký phải đậm, đứng, căn giữa, cỡ {fmt.sizes('ho_ten')} ({fmt.described(name)}).",
                "Sửa định dạng họ tên.")
    try:
        signature.validate_ho_ten(text)
    except RuleViolation as exc:
        out.add("R37", name, exc.message, exc.hint or "Chỉ ghi họ và tên.")


def check_noi_nhan(parts: Parts, view: DocxView, out: Collector) -> None:
    if parts.noi_nhan is None:
        if parts.attached or parts.kind == "phu_luc":
            return
        out.checked("R38")
        out.add("R38", None, "không tìm thấy 'Nơi nhận:'.", "Ghi 'Nơi nhận:' ở bên trái, ngang dòng chức vụ người ký.")
        for rule in ("R39", "R40", "R43"):
            out.cannot(rule, "không có Nơi nhận")
        return
    # A Biên bản's Nơi nhận stands under its two signatures (Mẫu 1.9), not beside a title.
    entries = check_one_noi_nhan(parts.noi_nhan, parts.signature if len(parts.signatures) == 1 else None, view, out)
    if not entries:
        return
    first = norm(entries[0].text)
    kind = parts.copy_of[0] if parts.copy_of else parts.kind  # a copy: the copied document's kind
    # Kính gửi (Công văn, Tờ trình or Báo cáo sent upward) is what "Như trên" stands for; a Công
    # điện's addressees after "... điện:" are not (Mẫu 1.6 has no "Như trên").
    addressed = kind == "cong_van" or (parts.kinh_gui is not None and not parts.kinh_gui.dien)
    if addressed:
        out.checked("R41")
        if not recipients.is_nhu_tren(first):
            out.add("R41", entries[0], "nơi nhận đầu tiên của văn bản có 'Kính gửi' phải là '- Như trên;'.",
                    "Thêm dòng '- Như trên;' đầu danh sách.")
    elif kind == "co_ten_loai" and parts.kinh_gui is None and not (parts.loai and parts.loai.nhu_tren):
        out.checked("R42")
        if any(norm(p.text).startswith(f"- {recipients.NHU_TREN}") for p in entries):
            out.add("R42", entries[0], "văn bản có tên loại không ghi 'Như trên' (không có Kính gửi).",
                    "Xóa dòng 'Như trên', ghi tên nơi nhận.")


def check_one_noi_nhan(block: NoiNhan, sig: Signature | None, view: DocxView, out: Collector) -> list[ParagraphView]:
    """R38–R40, R43 on one Nơi nhận; return its entries (group headings left out)."""
    out.checked(*NOI_NHAN_RULES)
    head = block.heading
    _heading(block, sig, view, out)
    # Group headings ("Các cơ quan:") are not recipients; they carry no dash and end with ':'.
    entries = [p for p in block.items if norm(p.text).startswith("-") or not norm(p.text).endswith(":")]
    if not entries:
        out.add("R40", head, "không có dòng '- Lưu: VT, ...'.", "Thêm dòng cuối '- Lưu: VT, <đơn vị soạn thảo>.'.")
        return entries
    for i, p in enumerate(entries):
        text = norm(p.text)
        if not fmt.in_range(fmt.size(p), "noi_nhan") or fmt.any_bold(p) or fmt.any_italic(p):
            out.add("R39", p, f"nơi nhận phải cỡ {fmt.sizes('noi_nhan')}, chữ đứng, không đậm ({fmt.described(p)}).",
                    f"Đặt cỡ {fmt.sizes('noi_nhan')}, chữ thường.")
        if i == len(entries) - 1:
            _luu(p, text, out)
        elif not recipients.ITEM().match(text):
            out.add("R39", p, "mỗi nơi nhận bắt đầu '- ' và kết thúc ';'.", f"Sửa thành '- {text.lstrip('-–• ').rstrip(';.,')};'.")
    return entries


def _heading(block: NoiNhan, sig: Signature | None, view: DocxView, out: Collector) -> None:
    head = block.heading
    if norm(head.text) != recipients.TIEU_DE or not fmt.in_range(fmt.size(head), "noi_nhan_tieu_de") \
            or not (fmt.all_bold(head) and fmt.all_italic(head)) \
            or head.alignment not in ("left", "both", None) or head.ind_left > 0 or head.first_line > 0:
        out.add("R38", head, f"'{recipients.TIEU_DE}' phải đúng chữ, cỡ {fmt.sizes('noi_nhan_tieu_de')}, đậm nghiêng, sát lề trái "
                             f"({fmt.described(head)}).",
                f"Sửa thành '{recipients.TIEU_DE}' cỡ {fmt.sizes('noi_nhan_tieu_de')}, đậm, nghiêng, không thụt lề.")
    title = sig.titles[0] if sig and sig.titles else None
    if title is not None and _level(head, title, view) is False:
        out.add("R38", head, f"'{recipients.TIEU_DE}' không ngang dòng chức vụ người ký.",
                f"Đặt '{recipients.TIEU_DE}' bên trái, cùng hàng với dòng chức vụ đầu tiên "
                "(bảng 2 cột không viền: trái nơi nhận, phải chữ ký).")


def _level(head: ParagraphView, title: ParagraphView, view: DocxView) -> bool | None:
    """Whether 'Nơi nhận:' stands level with the first title line, told in the cells of one table
    only: None elsewhere. Paragraphs one under the other (a signature indented or aligned right,
    Nơi nhận below it) are common enough in offices' files that the place is not judged there;
    text boxes and frames are placed freely. In one row, they are level unless one starts a line
    and a half or more below the other (empty lines and space before counted alike): a single
    empty line left at the top of a cell is too common, and too slight, to be called an error."""
    if head.floating or title.floating or not (head.cell and title.cell) or head.cell[0] != title.cell[0]:
        return None
    if head.cell[1] != title.cell[1]:
        return False
    tops = [_top(p, view) for p in (head, title)]
    if tops[0] is None or tops[1] is None:
        return None  # text above one of them in its cell: not told here
    return abs(tops[0] - tops[1]) < 1.5 * measure.LINE_HEIGHT * (fmt.size(title) or 13) * 20


def _top(p: ParagraphView, view: DocxView) -> float | None:
    """How far below the top of its cell the paragraph's first line starts (twips): the empty
    paragraphs above it and its space before; None when a line with text stands above it."""
    top, size = 0.0, fmt.size(p) or 13  # an empty line is taken at the size of the text under it
    for q in view.all_paragraphs():
        if q.cell != p.cell:
            continue
        if p.location.startswith(q.location) and (p.line_number or 1) == 1:
            return top + q.space_before
        if q.text.strip():
            return None
        top += measure.paragraph_height(q, q.cell_width or 0, size)
    return None


def _luu(p: ParagraphView, text: str, out: Collector) -> None:
    """The last line, ``- Lưu: VT, <unit>.`` (R40), and ô 12 at its tail if there is one (R43)."""
    if not recipients.LUU().match(text):
        out.add("R40", p, "dòng cuối không phải '- Lưu: VT, ....'.", "Dòng cuối: '- Lưu: VT, <đơn vị soạn thảo>.'.")
        return
    try:
        recipients.validate_luu(text)
    except RuleViolation as exc:
        out.add("R43", p, exc.message, exc.hint or "Ví dụ: 'PL.(300)'.")
