"""Dates of the 2025 reform of Vietnamese institutions that decide what a document may say.

Source: ../shared/reference/institutions-2026.md (§1, §3). Written once here; the annual-plan
roll-forward, locality profiles and citation warnings all read these.
"""
from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Final, Iterable

from bdg_docs import lazy

#: Bộ/Sở Lao động - Thương binh và Xã hội merged into Bộ/Sở Nội vụ (Nghị định 25/2025/NĐ-CP).
LDTBXH_SAP_NHAP: Final = dt.date(2025, 3, 1)
#: The ministry, departments and district offices merged into Nội vụ, as documents write them,
#: with the level word when there is one ("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH",
#: "Phòng Lao động, Thương binh, Xã hội - Dân tộc", "ngành LĐTBXH"; not the unit inside "SLĐTBXH").
TEN_LDTBXH: Final = lazy.pattern(
    r"(?:(?P<cap>Bộ|Sở|Phòng)\s+)?(?<![\w])(?:Lao động\s*[-,–]\s*Thương binh\s*(?:và|,)\s*Xã hội"
    r"|Lao động\s*-\s*TBXH|LĐ\s*-?\s*TB\s*&\s*XH|LĐTBXH)"
)
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
#: The six centrally-run cities (thành phố trực thuộc trung ương) after Nghị quyết 202/2025/QH15;
#: any other "thành phố" is a provincial city, of district level until 01/7/2025.
THANH_PHO_TRUC_THUOC_TW: Final = frozenset({"HÀ NỘI", "HỒ CHÍ MINH", "HẢI PHÒNG", "ĐÀ NẴNG", "CẦN THƠ", "HUẾ"})

# A level word at the start of a header line, or right after the body's name on the same line
# ("ỦY BAN NHÂN DÂN HUYỆN LỘC BÌNH"). Longer words first: THỊ XÃ before XÃ. Anchoring matters:
# "PHÒNG VĂN HÓA - XÃ HỘI" holds the word XÃ but names no commune.
_CAP = lazy.pattern(
    r"(?:^|^(?:ỦY|UỶ) BAN NHÂN DÂN\s+|^UBND\s+|^HỘI ĐỒNG NHÂN DÂN\s+|^HĐND\s+)"
    r"(?P<word>THỊ XÃ|THỊ TRẤN|ĐẶC KHU|THÀNH PHỐ|HUYỆN|QUẬN|TỈNH|XÃ|PHƯỜNG)(?:\s+(?P<name>.+))?$"
)
_WORD_CAP = {"TỈNH": Cap.TINH, "HUYỆN": Cap.HUYEN, "QUẬN": Cap.HUYEN, "THỊ XÃ": Cap.HUYEN,
             "XÃ": Cap.XA, "PHƯỜNG": Cap.XA, "THỊ TRẤN": Cap.XA, "ĐẶC KHU": Cap.XA}


def cap_tu_ten(lines: Iterable[str]) -> Cap | None:
    """The level of the local government a header names, or None if no line says.

    ``lines`` are the header lines of the issuing body (then of its parent body, if any), as
    written in ô 2; the first line naming a level decides.

    >>> cap_tu_ten(["Ủy ban nhân dân", "huyện Lộc Bình"]), cap_tu_ten(["UBND THÀNH PHỐ HÀ NỘI"])
    (<Cap.HUYEN: 'huyện'>, <Cap.TINH: 'tỉnh'>)
    >>> cap_tu_ten(["Phòng Văn hóa - Xã hội"]), cap_tu_ten(["UBND xã Đông Sơn", "Phòng Văn hóa - Xã hội"])
    (None, <Cap.XA: 'xã'>)
    """
    for line in lines:
        match = _CAP().match(" ".join(line.upper().split()))
        if match:
            if match["word"] == "THÀNH PHỐ":
                name = (match["name"] or "").removeprefix("TP.").strip()
                return Cap.TINH if name in THANH_PHO_TRUC_THUOC_TW else Cap.HUYEN
            return _WORD_CAP[match["word"]]
    return None
