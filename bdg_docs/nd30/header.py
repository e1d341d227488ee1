"""Quốc hiệu, Tiêu ngữ, issuing body and type name (spec §2.2, §2.5; R11–R16, R23)."""
from __future__ import annotations

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
