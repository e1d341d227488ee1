"""The parts every document shares, read back into their fields: issuing body, number and symbol,
place and date (a draft's blanks kept blank), trích yếu or ``V/v``, ``Kính gửi``, căn cứ,
Nơi nhận (names only, ``Như trên`` and the ``Lưu`` line back into their fields) and signature.

Each field is what the library would print again: ``co_quan`` lines as the header shows them
(the library prints them in capitals anyway), ``noi_nhan`` names without ``- `` and ``;``. A
value the library would refuse (``K/T`` for ``KT.``, a name in capitals) is corrected the way its
rule says, and the correction is reported.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import dates, recipients, signature, symbols
from bdg_docs.nd30.header import la_chu_in_hoa
from bdg_docs.nd30.vv import PREFIX as VV
from bdg_docs.importing.outline import CONG, GACH, PLACEHOLDER, Para
from bdg_docs.importing.source import Source
from bdg_docs.importing.text import Seg
from bdg_docs.reader import lines as L

_LUU = re.compile(r"^[-–•+]?\s*Lưu\s*:?\s*(?P<rest>.*?)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD = re.compile(r"\w+")
_BULLETS = "".join(sorted(ch for ch in GACH | CONG if not ch.isalnum()))  # what a list item may start with


def issuer(src: Source) -> dict[str, Any]:
    """``co_quan``: the issuing body's lines, and its chủ quản's when there is one."""
    header = src.parts.header
    if header is None or not header.co_quan:
        src.review("phần đầu", "không tìm thấy tên cơ quan ban hành: ghi 'co_quan'.")
        return {"ten": [PLACEHOLDER]}
    src.take_all(header.co_quan)
    src.take_all(header.chu_quan)
    src.take(header.quoc_hieu, header.tieu_ngu, header.tieu_ngu_rule, header.co_quan_rule)
    out: dict[str, Any] = {}
    if header.chu_quan:
        out["chu_quan"] = [src.text(p) for p in header.chu_quan]
    out["ten"] = [src.text(p) for p in header.co_quan]
    return out


def number(src: Source, viet_tat: str | None) -> tuple[int | None, str]:
    """``so`` and ``ky_hieu`` from ``Số: 05/KH-UBND`` (blank number: a draft)."""
    header = src.parts.header
    line = header.so if header else None
    match = symbols.DONG_SO_LOOSE().match(src.text(line)) if line is not None else None
    if match is None:
        fallback = f"{viet_tat}-UBND" if viet_tat else "UBND-VP"
        src.review(line.location if line else "phần đầu",
                   f"không đọc được số, ký hiệu: ghi 'ky_hieu' (tạm ghi {fallback}).")
        return None, fallback
    src.take(line)
    so = int(match["so"]) if match["so"] else None
    if so == 0:
        so = None
    ky_hieu = "".join(match["ky_hieu"].split())
    try:
        symbols.validate_ky_hieu(ky_hieu, loai=viet_tat)
    except RuleViolation as exc:
        fixed = retyped(ky_hieu, viet_tat)
        src.review(line.location, f"ký hiệu '{ky_hieu}': {exc.message} Ghi lại thành '{fixed}'.")
        return so, fixed
    return so, ky_hieu


def retyped(ky_hieu: str, viet_tat: str | None) -> str:
    """A symbol written for the type read: ``BC-UBND`` → ``KH-UBND`` for a plan, ``KH-UBND`` or
    ``CV-UBND`` → ``UBND-VP`` for a Công văn (which has no type abbreviation), ``UBND-VX`` →
    ``KH-UBND``, a year taken out; what still breaks a rule becomes the type's plain symbol.

    >>> retyped("BC-UBND", "KH"), retyped("KH-UBND", None), retyped("UBND-VX", "KH"), retyped("KH-UBND-2026", "KH")
    ('KH-UBND', 'UBND-VP', 'KH-UBND', 'KH-UBND')
    >>> retyped("CV-UBND", None), retyped("KH-2023/KH", "KH"), retyped("CV-UBND-VX", None)
    ('UBND-VP', 'KH-UBND', 'UBND-VX')
    """
    groups = [g for g in re.split(r"[-/]", ky_hieu) if g and not g.isdigit()]  # a year has no place in it (R19)
    typed = bool(groups) and symbols.la_viet_tat_loai(groups[0])
    rest = [g for g in (groups[1:] if typed else groups) if not symbols.la_viet_tat_loai(g)]
    if viet_tat is not None:
        fixed = "-".join([viet_tat, *(rest[:1] or ["UBND"])])
    else:
        fixed = "-".join(rest if len(rest) >= 2 else [*(rest or ["UBND"]), "VP"])
    try:
        return symbols.validate_ky_hieu(fixed, loai=viet_tat)
    except RuleViolation:
        return f"{viet_tat}-UBND" if viet_tat else "UBND-VP"


_DATE_FIGURES = re.compile(r"^(?P<place>[^,]+),\s*ngày\s*(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*"
                           r"(?P<year>\d{4})\s*$")
PLACE = "Địa danh"  # written when the document has no date line to read it from


def place_and_date(src: Source, fallback_year: int | None) -> tuple[str, dict[str, Any]]:
    """``dia_danh`` and ``ngay`` from the date line; day and month left blank as the draft has them."""
    header = src.parts.header
    line = header.ngay if header else None
    text = src.text(line)
    match = (dates.DONG_NGAY_LOOSE().match(text) or _DATE_FIGURES.match(text)) if line is not None else None
    if match is None or not match["year"].isdigit():
        src.review(line.location if line else "phần đầu", "không đọc được địa danh, ngày tháng: ghi 'dia_danh' và 'ngay'.")
        return PLACE, {"nam": fallback_year or year_in(text) or 2000}
    src.take(line)
    place = match["place"].strip()
    day = int(match["day"]) if match["day"] else None
    month = int(match["month"]) if match["month"] else None
    year = int(match["year"])
    try:
        dates.validate_ngay(day, month, year)
    except RuleViolation as exc:
        src.review(line.location, f"ngày ghi trên văn bản không có thật ({exc}): để trống ngày, tháng.")
        day = month = None
    if place[:1].islower():
        place = place[:1].upper() + place[1:]
    ngay: dict[str, Any] = {"ngay": day, "thang": month, "nam": year}
    return place, {k: v for k, v in ngay.items() if v is not None}


def year_in(text: str) -> int | None:
    found = _YEAR.findall(text)
    return int(found[-1]) if found else None


def trich_yeu(src: Source) -> str | None:
    """The trích yếu under the type name; lines typed apart stay apart (``\\n``)."""
    if not src.parts.trich_yeu:
        return None
    src.take(src.parts.type_line, src.parts.trich_yeu_rule)
    src.take_all(src.parts.trich_yeu)
    return "\n".join(src.text(p) for p in src.parts.trich_yeu if src.text(p))


def lower_case(src: Source, text: str) -> str:
    """A trích yếu typed all in capitals (R24 refuses it) in lower case, its first letter upper,
    each word as the document writes it mid-sentence elsewhere (``Triệu Sơn``, ``UBND``, ``Kế
    hoạch số 87``); reported, since a name the document writes nowhere else stays lower case."""
    if not la_chu_in_hoa(text):
        return text
    seen: dict[str, Counter[str]] = {}
    for paragraph in src.view.all_paragraphs():
        line = paragraph.text
        if la_chu_in_hoa(line):
            continue  # the header's lines, headings in capitals: no casing to learn from
        for match in _WORD.finditer(line):
            before = line[:match.start()].rstrip()
            if before and before[-1] not in ".!?:;":  # mid-sentence: its capitals are its own
                seen.setdefault(match.group().lower(), Counter())[match.group()] += 1

    def cased(match: re.Match[str]) -> str:
        word = match.group().lower()
        forms = seen.get(word)
        return forms.most_common(1)[0][0] if forms else word

    lowered = _WORD.sub(cased, text)
    lowered = lowered[:1].upper() + lowered[1:]
    lines = src.parts.trich_yeu or (src.parts.header.vv if src.parts.header else [])
    src.review(lines[0].location if lines else "trích yếu", f"trích yếu viết in hoa toàn bộ, ghi lại chữ thường: '{' '.join(lowered.split())}' "
                            "(xem lại chữ viết hoa của tên riêng).")
    return lowered


def vv(src: Source) -> str | None:
    """The trích yếu of a Công văn, after ``V/v``."""
    header = src.parts.header
    if header is None or not header.vv:
        return None
    src.take_all(header.vv)
    text = "\n".join(src.text(p) for p in header.vv if src.text(p))
    return re.sub(rf"^{re.escape(VV)}\s*:?\s*", "", text, flags=re.IGNORECASE).strip()


def kinh_gui(src: Source) -> list[str]:
    """The addressees under ``Kính gửi:`` (one on its line, or ``- ...;`` lines)."""
    block = src.parts.kinh_gui
    if block is None:
        return []
    src.take(block.heading)
    src.take_all(block.items)
    names = []
    head = src.text(block.heading).split(":", 1)
    if len(head) == 2 and head[1].strip():
        names.append(_bare(head[1].strip()))  # "Kính gửi: Sở Nội vụ." or "Kính gửi: - Các phòng;"
    names += [_bare(src.text(p)) for p in block.items]
    return [name for name in names if name]


def _bare(text: str) -> str:
    """A list item without its bullet and its ND30 punctuation (``- Sở Nội vụ;`` → ``Sở Nội vụ``)."""
    text = text.lstrip(_BULLETS + " \u00a0").strip()
    return text[:-1].rstrip() if text.endswith((";", ",")) or (text.endswith(".") and not text.endswith("./.")) \
        else text


def can_cu(src: Source) -> list[Para]:
    """The căn cứ lines, without the ``;`` or ``.`` the library writes at their end."""
    out = []
    for line in src.parts.can_cu:
        para = src.para(line, italic=True)
        last = para.items[-1] if para.items else None
        if isinstance(last, Seg) and last.text.endswith((";", ".")):
            para.items[-1] = replace(last, text=last.text[:-1].rstrip())
        out.append(para)
    return out


def noi_nhan(src: Source, *, nhu_tren: bool) -> dict[str, Any]:
    """Nơi nhận: the names (``Như trên`` of a Công văn and the ``Lưu`` line go back to their fields)."""
    block = src.parts.noi_nhan
    if block is None:
        src.review("cuối văn bản", "không tìm thấy Nơi nhận: ghi 'noi_nhan' (chương trình thêm dòng Lưu).")
        return {"danh_sach": []}
    src.take(block.heading)
    names: list[Any] = []
    luu = None
    for p in block.items:
        src.take(p)
        text = src.text(p)
        if not text:
            continue
        match = _LUU.match(text)
        if match and L.is_luu(text):
            rest = match["rest"].rstrip(".").strip()
            rest = re.sub(r"^VT\s*[,.;]?\s*", "", rest)
            luu = rest or None
            if not match["rest"].startswith("VT"):
                src.review(p.location, f"dòng Lưu '{text}' được viết lại thành '{recipients.dong_luu(luu)}'.")
            continue
        if recipients.is_nhu_tren(text):
            if not nhu_tren:
                src.review(p.location, "'Như trên' chỉ dùng khi văn bản có Kính gửi: bỏ khỏi nơi nhận.")
            continue
        if text[:1] not in _BULLETS and text.endswith(":"):
            names.append({"nhom": text})
            continue
        names.append(_bare(text))
    out: dict[str, Any] = {"danh_sach": [n for n in names if n]}
    if luu is not None:
        try:
            recipients.validate_luu(recipients.dong_luu(luu))
        except RuleViolation as exc:
            src.review(block.items[-1].location, f"dòng Lưu: {exc}")
        out["luu"] = luu
    return out


def chu_ky(src: Source) -> dict[str, Any]:
    """The signature: its title lines (``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``) and the signer's name."""
    sig = src.parts.signature
    if sig is None or not sig.titles:
        src.review("cuối văn bản", "không tìm thấy phần chữ ký: ghi 'chu_ky' (chức danh, họ tên).")
        return {"chuc_danh": ["Chủ tịch"], "ho_ten": PLACEHOLDER}
    src.take_all(sig.lines)
    titles = [_title(src, p.location, src.text(p)) for p in sig.titles]
    try:
        signature.validate_chuc_danh(titles)
    except RuleViolation as exc:
        src.review(sig.titles[0].location, f"chức danh người ký: {exc}")
    name = src.text(sig.name) if sig.name is not None else ""
    if not name:
        src.review(sig.titles[-1].location, "không tìm thấy họ tên người ký: ghi 'ho_ten'.")
        name = PLACEHOLDER
    for title in signature.ACADEMIC_TITLES:
        if name.startswith(title + " "):
            src.review(sig.name.location if sig.name else "", f"bỏ học hàm, học vị '{title}' trước họ tên người ký.")
            name = name[len(title):].strip()
    if name.isupper() and len(name) > 3:
        src.review(sig.name.location if sig.name else "", f"họ tên '{name}' viết in hoa: ghi lại '{name.title()}'.")
        name = name.title()
    return {"chuc_danh": titles, "ho_ten": name}


def _title(src: Source, where: str, text: str) -> str:
    """A title line, its authority written the ND30 way (``K/T CHỦ TỊCH`` → ``KT. CHỦ TỊCH``)."""
    fixed = signature.correct_prefix(text)
    if fixed != " ".join(text.split()):
        src.review(where, f"'{text}' được viết lại thành '{fixed}' (quyền hạn ghi TM., KT., TL., TUQ., Q.).")
    return fixed


__all__ = ["can_cu", "chu_ky", "issuer", "kinh_gui", "noi_nhan", "number", "place_and_date", "trich_yeu", "vv", "year_in"]
