"""Which of bdg_docs' document types a read document is, from what the checker recognised.

A Công văn (``V/v``, ``Kính gửi``) is a ``cong_van_huong_dan``. A ``KẾ HOẠCH`` whose trích yếu
is the year's work on gender equality and the advancement of women (``... vì sự tiến bộ của phụ
nữ ... năm 2024``) is read as the annual plan ``ke_hoach_bdg_vstbcpn`` when it has that plan's
parts (the caller falls back otherwise); any other plan as ``ke_hoach_truyen_thong``, whose free
sections take any plan. A ``BÁO CÁO`` of the year's results on gender equality is the annual
report. Anything else (a Quyết định, a Party document, a copy, an appendix alone) is refused with
a message saying what it is.
"""
from __future__ import annotations

from bdg_docs.errors import UnsupportedDocument
from bdg_docs.reader.parts import Parts
from bdg_docs.search import fold

TYPES = {
    "ke_hoach_truyen_thong": "Kế hoạch truyền thông về bình đẳng giới",
    "cong_van_huong_dan": "Công văn hướng dẫn",
    "ke_hoach_bdg_vstbcpn": "Kế hoạch thực hiện công tác BĐG và VSTBCPN năm N",
    "bao_cao_bdg_vstbcpn": "Báo cáo kết quả thực hiện công tác BĐG và VSTBCPN năm N",
}
_ANNUAL = ("vi su tien bo cua phu nu", "vstbcpn")
_GENDER = ("binh dang gioi", "bdg")


def canonical(loai: str) -> str:
    """``ke-hoach-truyen-thong`` → ``ke_hoach_truyen_thong``; UnsupportedDocument for another name."""
    name = loai.strip().replace("-", "_")
    if name not in TYPES:
        raise UnsupportedDocument(f"không có loại văn bản '{loai}'. Ghi một trong: {', '.join(TYPES)}.")
    return name


def recognise(parts: Parts, trich_yeu: str) -> str:
    """The type to read ``parts`` as; UnsupportedDocument (with what it is) when bdg_docs builds none."""
    kind = parts.kind
    if kind == "cong_van":
        return "cong_van_huong_dan"
    if kind == "co_ten_loai" and parts.loai is not None:
        abbr = parts.loai.viet_tat
        if abbr == "KH":
            return "ke_hoach_bdg_vstbcpn" if annual(trich_yeu) else "ke_hoach_truyen_thong"
        if abbr == "BC" and annual(trich_yeu) and "ket qua" in fold(trich_yeu):
            return "bao_cao_bdg_vstbcpn"
    if kind == "khong_ro" and parts.loai is not None and parts.loai.viet_tat == "KH":
        return "ke_hoach_truyen_thong"  # a plan whose type line is missing: its symbol says KH
    raise UnsupportedDocument(refusal(parts))


def annual(trich_yeu: str) -> bool:
    """The trích yếu of the year's work on gender equality and the advancement of women."""
    text = fold(trich_yeu)
    return any(w in text for w in _ANNUAL) and any(w in text for w in _GENDER)


def refusal(parts: Parts) -> str:
    """Why a document cannot be read into a data file, in an officer's words."""
    types = "; ".join(TYPES.values())
    kind = parts.kind
    if kind == "dang":
        what = ("văn bản của Đảng (ĐẢNG CỘNG SẢN VIỆT NAM): thể thức theo hướng dẫn của Văn phòng Trung ương Đảng, "
                "bdg_docs không soạn loại văn bản này")
    elif kind == "ban_sao":
        copied = parts.copy_of[1] if parts.copy_of and parts.copy_of[1] else "một văn bản"
        what = (f"bản sao ({parts.type_name}) của {copied}: nhập từ tệp của văn bản gốc "
                "(không có khối sao y ở cuối)")
    elif kind == "phu_luc":
        what = "một phụ lục đứng riêng, không phải văn bản có đủ phần đầu, nội dung và chữ ký"
    elif kind == "can_xem_lai":
        what = "văn bản chưa rõ loại (" + "; ".join(parts.review) + "); chọn loại bằng --loai"
    elif kind == "co_ten_loai" and parts.type_name:
        name = parts.loai.ten if parts.loai is not None else parts.type_name.capitalize()
        what = f"{name} ({parts.type_name}): bdg_docs chưa soạn loại văn bản này"
        if parts.loai is not None and parts.loai.viet_tat == "BC":
            what = (f"Báo cáo ({parts.type_name}) không phải báo cáo kết quả công tác bình đẳng giới và vì sự tiến bộ "
                    "của phụ nữ năm N: bdg_docs chưa soạn loại báo cáo này")
    else:
        what = ("văn bản không nhận ra loại: không có dòng tên loại (KẾ HOẠCH, ...) và cũng không có V/v, Kính gửi "
                "của công văn")
    return f"{what}. Các loại nhập được: {types} (và các kế hoạch khác, đọc như kế hoạch truyền thông)."


__all__ = ["TYPES", "annual", "canonical", "recognise", "refusal"]
