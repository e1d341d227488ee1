"""The types of administrative document of Phụ lục III and what each one's sample (Mẫu) holds.

Every type with a type name follows Mẫu 1.4 (type name, trích yếu, rule line, body) unless it
has a sample of its own: Nghị quyết (1.1) and Quyết định (1.2, 1.3) put the issuing authority
under the trích yếu, then the căn cứ, then ``QUYẾT NGHỊ:`` / ``QUYẾT ĐỊNH:`` and articles;
Công điện (1.6) names its addressees after ``… điện:``; Giấy mời, Giấy giới thiệu, Biên bản and
Giấy nghỉ phép (1.7–1.10) have bodies of labelled lines, and some have no trích yếu or no date.
A Công văn (1.5) has no type name. Copies (3.1) carry ``SAO Y``, ``SAO LỤC`` or ``TRÍCH SAO``.

>>> loai_tu_ten("quyết định").viet_tat, loai_tu_ten("GIẤY MỜI").mau
('QĐ', '1.7')
>>> loai_tu_ten("Công văn") is None
True
"""
from __future__ import annotations

from dataclasses import dataclass

from bdg_docs.nd30.symbols import TYPE_ABBREVIATIONS
from bdg_docs.search import fold


@dataclass(frozen=True)
class Loai:
    """One type of Phụ lục III and the parts its sample has."""

    ten: str  # "Quyết định"
    viet_tat: str  # "QĐ"
    mau: str = "1.4"
    trich_yeu: bool = True  # a trích yếu under the type name (Giấy giới thiệu, Giấy nghỉ phép: none)
    ngay: bool = True  # a place and date line (Biên bản: none in its sample)
    kinh_gui: bool = False  # may be addressed with Kính gửi (Tờ trình, Báo cáo sent upward; PL I, II.9.b)
    nhu_tren: bool = False  # Nơi nhận starts with "Như trên" though there is no Kính gửi (Giấy giới thiệu)
    mau_bieu: bool = False  # the body is a form of labelled lines, not justified prose
    quyet_nghi: str | None = None  # the line that opens the articles
    dien: bool = False  # Công điện: "<who> điện:" and its addressees
    ban_sao: bool = False  # a copy (SAO Y, SAO LỤC, TRÍCH SAO)

    @property
    def ten_in_hoa(self) -> str:
        return self.ten.upper()


_SPECIAL = {
    "NQ": dict(mau="1.1", quyet_nghi="QUYẾT NGHỊ:"),
    "QĐ": dict(mau="1.2", quyet_nghi="QUYẾT ĐỊNH:"),
    "TTr": dict(kinh_gui=True),
    "BC": dict(kinh_gui=True),
    "CĐ": dict(mau="1.6", dien=True),
    "GM": dict(mau="1.7", mau_bieu=True),
    "GGT": dict(mau="1.8", trich_yeu=False, mau_bieu=True, nhu_tren=True),
    "BB": dict(mau="1.9", ngay=False, mau_bieu=True),
    "GNP": dict(mau="1.10", trich_yeu=False, mau_bieu=True),
    "SY": dict(mau="3.1", ban_sao=True), "TrS": dict(mau="3.1", ban_sao=True), "SL": dict(mau="3.1", ban_sao=True),
}

LOAI: dict[str, Loai] = {abbr: Loai(ten, abbr, **_SPECIAL.get(abbr, {}))  # type: ignore[arg-type]
                         for ten, abbr in TYPE_ABBREVIATIONS.items()}
_BY_NAME = {loai.ten_in_hoa: loai for loai in LOAI.values() if not loai.ban_sao}
# Also without marks: "GIẤY UỶ QUYỀN" (old tone placement), "QUYET DINH" (typed without them).
_BY_FOLD = {fold(loai.ten): loai for loai in _BY_NAME.values()}

# The copy forms of PL I, Phần II, and their symbol abbreviations (Phụ lục III).
HINH_THUC_SAO = {"SAO Y": "SY", "SAO Y BẢN CHÍNH": "SY", "SAO LỤC": "SL", "TRÍCH SAO": "TrS"}

# Party documents follow the Party's own rules (Hướng dẫn 36-HD/VPTW, replaced by 05-HD/VPTW in 2026),
# not Nghị định 30: their header reads this instead of the Quốc hiệu.
DANG = "ĐẢNG CỘNG SẢN VIỆT NAM"

# Lines of the căn cứ block (PL I, II.6.a; Mẫu 1.1–1.3 end it with "Theo đề nghị của ...").
CAN_CU_MO_DAU = ("Căn cứ", "Theo đề nghị", "Xét đề nghị", "Theo đề xuất", "Xét")

# Placeholders some offices type where the signature goes, in brackets (round or square); a
# short line starting "Đã ký" stands for it without them.
CHO_KY = ("(đã ký", "(ký)", "(chữ ký", "(ký tên", "(ký,", "(ký và", "(ký, ghi rõ", "(ký số", "(ký điện tử")
DA_KY = "đã ký"


def loai_tu_ten(ten: str) -> Loai | None:
    """The type whose name a line shows (``QUYẾT ĐỊNH``, any case or tone placement), or None.

    >>> loai_tu_ten("GIẤY UỶ QUYỀN").viet_tat, loai_tu_ten("BẢN THOẢ THUẬN").viet_tat
    ('GUQ', 'BTT')
    """
    return _BY_NAME.get(" ".join(ten.split()).upper()) or _BY_FOLD.get(fold(ten))


def loai_tu_viet_tat(viet_tat: str) -> Loai | None:
    return LOAI.get(viet_tat)
