"""Quốc hiệu, Tiêu ngữ, issuing body and type name (spec §2.2, §2.5; R11–R16, R23)."""
from __future__ import annotations

import re

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
QUOC_HIEU_VARIANTS = frozenset({QUOC_HIEU, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
# Phrases joined by a hyphen-minus with a space either side: not an en dash (R12).
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
DASHES_NOT_HYPHEN = "\u2010\u2011\u2012\u2013\u2014\u2212"

TEN_LOAI = {"KH": "KẾ HOẠCH"}

# Mẫu 1.5 (Công văn): the trích yếu starts with ``V/v`` (R26); the addressees follow
# ``Kính gửi:`` (R27), alone on its line when there are several, each then on its own line.
VV = "V/v"
KINH_GUI = "Kính gửi"


def upper(text: str) -> str:
    """Vietnamese upper case (``Ủy ban nhân dân`` → ``ỦY BAN NHÂN DÂN``)."""
    return text.upper()

# Marks a document may carry (spec §2.11). Written exactly so, in capitals, bold (R44, R45).
DAU_KHAN = ("HỎA TỐC", "HOẢ TỐC", "THƯỢNG KHẨN", "KHẨN")  # ô 10b, under the number
DAU_MAT = ("TUYỆT MẬT", "TỐI MẬT", "MẬT")  # ô 10a
PHAM_VI_LUU_HANH = ("LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI", "KHÔNG PHỔ BIẾN")  # ô 11, above the Quốc hiệu
# Appendices (R47): "Phụ lục I", its title in capitals, then "(Kèm theo ...)" in italics.
PHU_LUC = re.compile(r"^phụ lục(\s+[IVXLC]+)?$", re.IGNORECASE)
KEM_THEO = "(Kèm theo"
