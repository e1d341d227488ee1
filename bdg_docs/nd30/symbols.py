"""Số, ký hiệu (ô 3; spec §2.3, §3; rules R17–R19, R50).

>>> format_so(None, "KH-UBND")
'Số:\\xa0\\xa0\\xa0\\xa0\\xa0\\xa0/KH-UBND'
>>> format_so(5, "KH-UBND")
'Số: 05/KH-UBND'
>>> validate_ky_hieu("KH-UBND", loai="KH")
'KH-UBND'
>>> validate_ky_hieu("UBND-LĐTBXH", loai=None)
'UBND-LĐTBXH'
"""
from __future__ import annotations

import re

from bdg_docs import lazy
from bdg_docs.errors import RuleViolation
from bdg_docs.limits import MAX_SO, written

# Phụ lục III: abbreviations of document types (Công văn and Thư công have none).
TYPE_ABBREVIATIONS: dict[str, str] = {
    "Nghị quyết": "NQ",
    "Quyết định": "QĐ",
    "Chỉ thị": "CT",
    "Quy chế": "QC",
    "Quy định": "QyĐ",
    "Thông cáo": "TC",
    "Thông báo": "TB",
    "Hướng dẫn": "HD",
    "Chương trình": "CTr",
    "Kế hoạch": "KH",
    "Phương án": "PA",
    "Đề án": "ĐA",
    "Dự án": "DA",
    "Báo cáo": "BC",
    "Biên bản": "BB",
    "Tờ trình": "TTr",
    "Hợp đồng": "HĐ",
    "Công điện": "CĐ",
    "Bản ghi nhớ": "BGN",
    "Bản thỏa thuận": "BTT",
    "Giấy ủy quyền": "GUQ",
    "Giấy mời": "GM",
    "Giấy giới thiệu": "GGT",
    "Giấy nghỉ phép": "GNP",
    "Phiếu gửi": "PG",
    "Phiếu chuyển": "PC",
    "Phiếu báo": "PB",
    "Bản sao y": "SY",
    "Bản trích sao": "TrS",
    "Bản sao lục": "SL",
}
ABBREVIATIONS = frozenset(TYPE_ABBREVIATIONS.values())
# Abbreviations written with D where Phụ lục III has Đ (R50); CV is no abbreviation at all.
D_FOR_Đ = {"QD": "QĐ", "QyD": "QyĐ", "CD": "CĐ"}

# What an unnumbered draft leaves after "Số:" for the Văn thư to write the number.
BLANK_NUMBER = "\u00a0" * 6

GROUP = r"[A-Za-zĐđ][A-Za-zĐđ0-9.&]*"
KY_HIEU = re.compile(rf"^{GROUP}(-{GROUP})+$")
# R17: the whole number line; the number may be blank in a draft.
DONG_SO = re.compile(r"^Số:\s*+(?P<so>0[1-9]|[1-9]\d+)?\s*+/(?P<ky_hieu>\S++)$")
DONG_SO_LOOSE = lazy.pattern(r"^Số\s*+:?\s*+(?P<so>\d*+)\s*+/\s*+(?P<ky_hieu>.*\S)\s*+$")


def format_so(so: int | None, ky_hieu: str) -> str:
    """The number line: ``Số: 05/KH-UBND``; a draft keeps room for the number."""
    number = f"{validate_so(so):02d}" if so is not None else BLANK_NUMBER
    return f"Số: {number}/{ky_hieu}" if so is not None else f"Số:{number}/{ky_hieu}"


def validate_so(so: int) -> int:
    if so < 1:
        raise RuleViolation(
            f"số văn bản {so} không hợp lệ.",
            rule="R17",
            hint="Số bắt đầu từ 1 mỗi năm; để trống khi là dự thảo.",
        )
    if so > MAX_SO:
        raise RuleViolation(
            f"số văn bản quá lớn (lớn nhất {written(MAX_SO)}).",
            rule="R17",
            hint="Số bắt đầu từ 1 mỗi năm; kiểm tra lại số (để trống khi là dự thảo).",
        )
    return so


def la_viet_tat_loai(group: str) -> bool:
    """A group of a symbol that names a document type (``KH``, ``BC``, ``QD`` for ``QĐ``, or
    ``CV``, which a Công văn must not write).

    >>> la_viet_tat_loai("KH"), la_viet_tat_loai("CV"), la_viet_tat_loai("UBND")
    (True, True, False)
    """
    return group in ABBREVIATIONS or group in D_FOR_Đ or group.upper() == "CV"


def validate_ky_hieu(ky_hieu: str, *, loai: str | None, type_known: bool = True) -> str:
    """Check a symbol for a typed document (``loai`` = its abbreviation) or a Công văn (None);
    with ``type_known=False`` everything but the type abbreviation (R18)."""
    if re.search(r"\s", ky_hieu):
        raise RuleViolation(
            f"ký hiệu '{ky_hieu}' có dấu cách.",
            rule="R17",
            hint=f"Viết liền: '{''.join(ky_hieu.split())}'.",
        )
    if re.search(r"(^|[/-])(19|20)\d\d([/-]|$)", ky_hieu):
        raise RuleViolation(
            f"ký hiệu '{ky_hieu}' có năm.",
            rule="R19",
            hint="Số, ký hiệu văn bản hành chính không ghi năm.",
        )
    if not KY_HIEU.match(ky_hieu):
        raise RuleViolation(
            f"ký hiệu '{ky_hieu}' không đúng dạng.",
            rule="R17",
            hint="Viết các nhóm chữ in hoa nối bằng '-', ví dụ 'KH-UBND' hoặc 'UBND-VX'.",
        )
    first = ky_hieu.split("-", 1)[0]
    if first in D_FOR_Đ:
        raise RuleViolation(
            f"ký hiệu '{ky_hieu}' viết '{first}' thay cho '{D_FOR_Đ[first]}'.",
            rule="R50",
            hint=f"Dùng chữ Đ: '{D_FOR_Đ[first]}'.",
        )
    if not type_known:
        return ky_hieu
    if loai is not None:
        if first != loai and first == loai.replace("Đ", "D"):  # ĐA written DA (that is Dự án), HĐ as HD
            raise RuleViolation(
                f"ký hiệu '{ky_hieu}' viết '{first}' thay cho '{loai}'.",
                rule="R50",
                hint=f"Dùng chữ Đ: '{loai}-{ky_hieu.split('-', 1)[1]}'.",
            )
        if first != loai:
            raise RuleViolation(
                f"ký hiệu '{ky_hieu}' phải bắt đầu bằng '{loai}-' (chữ viết tắt tên loại văn bản).",
                rule="R18",
                hint=f"Ví dụ: '{loai}-UBND'.",
            )
    elif la_viet_tat_loai(first):
        raise RuleViolation(
            f"ký hiệu công văn '{ky_hieu}' không được bắt đầu bằng chữ viết tắt tên loại '{first}'.",
            rule="R18",
            hint="Công văn ghi '<cơ quan ban hành>-<đơn vị soạn thảo>', ví dụ 'UBND-VX'.",
        )
    return ky_hieu


# Số, ký hiệu of a cited document (spec §2.7): ``1790/QĐ-TTg``, ``125/2021/NĐ-CP`` (with the year
# of a normative document), Party documents ``21-CT/TW``, letters ``739/BNV-CTTN&BĐG``.
_GROUP_TRICH_DAN = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
SO_KY_HIEU_TRICH_DAN = re.compile(
    rf"^(?:\d+/{_GROUP_TRICH_DAN}(?:-{_GROUP_TRICH_DAN})+"
    rf"|\d+/(?:19|20)\d\d/{_GROUP_TRICH_DAN}(?:-{_GROUP_TRICH_DAN})*"
    rf"|\d+-{_GROUP_TRICH_DAN}/{_GROUP_TRICH_DAN})$"
)
# Party documents (Đảng): the type follows the number with a hyphen, ``21-CT/TW``, ``90-KH/TU``.
VAN_BAN_DANG = lazy.pattern(r"^\d+-[A-ZĐ]+/[A-ZĐ]+$")
# In cited symbols, groups where D stands for Đ: type abbreviations and the usual agency groups.
D_FOR_Đ_TRICH_DAN = {**D_FOR_Đ, "ND": "NĐ", "LDTBXH": "LĐTBXH", "BDG": "BĐG", "CTTN&BDG": "CTTN&BĐG"}


def validate_so_ky_hieu_trich_dan(so_ky_hieu: str) -> str:
    """Check the số, ký hiệu of a cited document; raise RuleViolation (R50 for D/Đ).

    >>> validate_so_ky_hieu_trich_dan("125/2021/NĐ-CP"), validate_so_ky_hieu_trich_dan("21-CT/TW")
    ('125/2021/NĐ-CP', '21-CT/TW')
    >>> validate_so_ky_hieu_trich_dan("1790/QD-TTg")
    Traceback (most recent call last):
    bdg_docs.errors.RuleViolation: số, ký hiệu '1790/QD-TTg' viết 'QD' thay cho 'QĐ'. Dùng chữ Đ: '1790/QĐ-TTg'.
    """
    groups = re.split(r"[/-]", so_ky_hieu)
    for group in groups:
        if group in D_FOR_Đ_TRICH_DAN:
            fixed = re.sub(rf"(?<![A-Za-zĐđ]){re.escape(group)}(?![A-Za-zĐđ])", D_FOR_Đ_TRICH_DAN[group], so_ky_hieu)
            raise RuleViolation(f"số, ký hiệu '{so_ky_hieu}' viết '{group}' thay cho '{D_FOR_Đ_TRICH_DAN[group]}'.",
                                rule="R50", hint=f"Dùng chữ Đ: '{fixed}'.")
    if not SO_KY_HIEU_TRICH_DAN.match(so_ky_hieu):
        raise RuleViolation(
            f"số, ký hiệu '{so_ky_hieu}' không đúng dạng.",
            hint="Viết như trên văn bản gốc: '1790/QĐ-TTg', '125/2021/NĐ-CP', '21-CT/TW', '739/BNV-CTTN&BĐG'.",
        )
    return so_ky_hieu


def la_van_ban_dang(so_ky_hieu: str | None) -> bool:
    """Whether a symbol is a Party document's (``21-CT/TW``): cited with "Thực hiện"."""
    return bool(so_ky_hieu and VAN_BAN_DANG().match(so_ky_hieu))


def loose_ky_hieu(text: str) -> str | None:
    """The symbol of a number line written loosely ("Số 5/KH - UBND"), its spaces taken out, so
    its other slips can be told; None when the line has no symbol to read.

    >>> loose_ky_hieu("Số: 07/CV - UBND")
    'CV-UBND'
    """
    loose = DONG_SO_LOOSE().match(text.strip())
    return "".join(loose["ky_hieu"].split()) if loose else None


def parse_dong_so(text: str) -> tuple[int | None, str]:
    """Read a number line; raise RuleViolation (R17) naming what is wrong."""
    match = DONG_SO.match(text.strip())
    if not match:
        loose = DONG_SO_LOOSE().match(text.strip())
        if loose and re.fullmatch(r"[1-9]", loose["so"] or ""):
            raise RuleViolation(f"số '{loose['so']}' phải viết '0{loose['so']}'.", rule="R17",
                                hint=f"Viết 'Số: 0{loose['so']}/{''.join(loose['ky_hieu'].split())}'.")
        if loose and re.search(r"\s", loose["ky_hieu"]):
            raise RuleViolation("ký hiệu có dấu cách.", rule="R17", hint="Viết liền, ví dụ 'Số: 05/KH-UBND'.")
        raise RuleViolation(
            "dòng số, ký hiệu không đúng dạng.", rule="R17", hint="Viết 'Số: 05/KH-UBND'."
        )
    return (int(match["so"]) if match["so"] else None), match["ky_hieu"]
