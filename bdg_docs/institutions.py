"""Dates of the 2025 reform of Vietnamese institutions that decide what a document may say.

Source: ../shared/reference/institutions-2026.md (§1, §3). Written once here; the annual-plan
roll-forward, locality profiles and citation warnings all read these.
"""
from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Final

#: Bộ/Sở Lao động - Thương binh và Xã hội merged into Bộ/Sở Nội vụ (Nghị định 25/2025/NĐ-CP).
LDTBXH_SAP_NHAP: Final = dt.date(2025, 3, 1)
#: District-level authorities ended (Luật Tổ chức chính quyền địa phương 72/2025/QH15).
CAP_HUYEN_CHAM_DUT: Final = dt.date(2025, 7, 1)


class Cap(StrEnum):
    """Level of local government."""

    TINH = "tỉnh"  # tỉnh, thành phố trực thuộc trung ương
    HUYEN = "huyện"  # huyện, quận, thị xã, thành phố thuộc tỉnh (until 30/6/2025)
    XA = "xã"  # xã, phường, thị trấn (until 30/6/2025), đặc khu


def cap_con_ton_tai(cap: Cap, ngay: dt.date) -> bool:
    """Whether a local government of this level can issue a document dated ``ngay``.

    >>> cap_con_ton_tai(Cap.HUYEN, dt.date(2025, 6, 30)), cap_con_ton_tai(Cap.HUYEN, dt.date(2025, 7, 1))
    (True, False)
    """
    return cap is not Cap.HUYEN or ngay < CAP_HUYEN_CHAM_DUT


#: Kinds of unit at each level, as written before the name ("huyện Triệu Sơn", "đặc khu Phú Quốc").
LOAI_DON_VI: Final[dict[Cap, frozenset[str]]] = {
    Cap.TINH: frozenset({"tỉnh", "thành phố"}),
    Cap.HUYEN: frozenset({"huyện", "quận", "thị xã", "thành phố"}),
    Cap.XA: frozenset({"xã", "phường", "thị trấn", "đặc khu"}),
}
#: Kinds of unit that exist only before or only from the end of the district level.
CHI_TRUOC_CAI_CACH: Final = frozenset({"thị trấn"})
CHI_SAU_CAI_CACH: Final = frozenset({"đặc khu"})
