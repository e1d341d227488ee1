"""Quốc hiệu, Tiêu ngữ, issuing body and type name (spec §2.2, §2.5; R11–R16, R23)."""
from __future__ import annotations

import re

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
QUOC_HIEU_VARIANTS = frozenset({QUOC_HIEU, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
# Phrases joined by a hyphen-minus with a space either side: not an en dash (R12).
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
DASHES_NOT_HYPHEN = "\u2010\u2011\u2012\u2013\u2014\u2212"

TEN_LOAI = {"KH": "KẾ HOẠCH"}

# The issuer block (ô 2): a parent body (chủ quản, not bold), then the issuing body (bold). When
# both are bold they are told apart by their words: the parent is a body with its place
# (``UBND TỈNH NGHỆ AN``, ``BỘ NỘI VỤ``), the issuer one of its units (``SỞ Y TẾ``, ``VĂN PHÒNG``).
CHU_QUAN_MO_DAU = ("UBND ", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HĐND ", "HỘI ĐỒNG NHÂN DÂN", "BỘ ",
                   "TỔNG CỤC ", "ĐẠI HỌC ")
DON_VI_TRUC_THUOC = ("SỞ ", "PHÒNG ", "VĂN PHÒNG", "BAN ", "TRƯỜNG ", "TRUNG TÂM ", "CỤC ", "CHI CỤC ", "VỤ ",
                     "VIỆN ", "THANH TRA", "BỆNH VIỆN ", "TRẠM ", "ĐÀI ", "QUỸ ", "CÔNG AN ", "KHOA ",
                     "BAN QUẢN LÝ ", "HỘI ĐỒNG ", "TỔ ", "ĐOÀN ")


def issuer_starts(lines: list[str]) -> int:
    """Where the issuing body starts in an issuer block whose lines are all bold: after a parent
    body's lines when a line names one of its units; 0 when the words do not tell.

    >>> issuer_starts(["UBND TỈNH NGHỆ AN", "SỞ Y TẾ"]), issuer_starts(["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"])
    (1, 0)
    >>> issuer_starts(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "VĂN PHÒNG"])
    2
    """
    if len(lines) < 2 or not lines[0].upper().startswith(CHU_QUAN_MO_DAU):
        return 0
    return next((j for j in range(1, len(lines)) if lines[j].upper().startswith(DON_VI_TRUC_THUOC)), 0)

# Mẫu 1.5 (Công văn): the trích yếu starts with ``V/v`` (R26); the addressees follow
# ``Kính gửi:`` (R27), alone on its line when there are several, each then on its own line.
VV = "V/v"
KINH_GUI = "Kính gửi"


# A space before a number (``năm 2026``, ``số 87/KH-UBND``): where a trích yếu must not break.
_SPACE_BEFORE_NUMBER = re.compile(r"(?<=\S)[ ](?=\d)")
NBSP = "\u00a0"


def format_trich_yeu(text: str) -> str:
    """The trích yếu as printed (R24, R26): a number stays on the line of the word before it
    (a no-break space), so it never wraps between ``năm`` and ``2026``. Readers that compare
    words (the checker, text comparisons) see an ordinary space.

    >>> format_trich_yeu("Kế hoạch số 87/KH-UBND năm 2026")
    'Kế hoạch số\xa087/KH-UBND năm\xa02026'
    """
    return _SPACE_BEFORE_NUMBER.sub(NBSP, text)


def upper(text: str) -> str:
    """Vietnamese upper case (``Ủy ban nhân dân`` → ``ỦY BAN NHÂN DÂN``)."""
    return text.upper()

# Marks a document may carry (spec §2.11). Written exactly so, in capitals, bold (R44, R45).
DAU_KHAN = ("HỎA TỐC", "HOẢ TỐC", "THƯỢNG KHẨN", "KHẨN")  # ô 10b, under the number
DAU_MAT = ("TUYỆT MẬT", "TỐI MẬT", "MẬT")  # ô 10a
PHAM_VI_LUU_HANH = ("LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI", "KHÔNG PHỔ BIẾN")  # ô 11, above the Quốc hiệu
# Appendices (R47): "Phụ lục I", its title in capitals, then "(Kèm theo ...)" in italics.
KEM_THEO = "(Kèm theo"


def la_chu_in_hoa(text: str) -> bool:
    """A line typed all in capitals (more than three letters that have a case, none lower case):
    what a trích yếu (R24) or a signer's name (R37) must not be.

    >>> la_chu_in_hoa("TRUYỀN THÔNG VỀ BÌNH ĐẲNG GIỚI NĂM 2026"), la_chu_in_hoa("Truyền thông năm 2026")
    (True, False)
    """
    cased = [ch for ch in text if ch.lower() != ch.upper()]
    return len(cased) > 3 and not any(ch.islower() for ch in cased)
