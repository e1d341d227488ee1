"""The locality profile of a read document: its issuer found in the national register at its date,
and what the profile supplies left out of the data (``dia_phuong:`` then names it).

The issuer is ``ỦY BAN NHÂN DÂN`` and a unit's name (``HUYỆN TRIỆU SƠN``); the unit is the one of
that kind and name existing on the document's date. A name several provinces have (``XÃ TÂN
PHONG``) is told apart by its province named in the document (its chủ quản, or its text); when it
cannot be, no profile is written and the report lists the candidates.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Callable

from bdg_docs.errors import BdgError
from bdg_docs.nd30.header import upper
from bdg_docs.importing.outline import Para
from bdg_docs.importing.text import Seg, plain
from bdg_docs.profiles import Profile, ProfileRegistry
from bdg_docs.register import Unit
from bdg_docs.search import fold

_UBND = "uy ban nhan dan"


def unit_name(co_quan: dict[str, Any]) -> str | None:
    """``huyện Triệu Sơn`` from ``[ỦY BAN NHÂN DÂN, HUYỆN TRIỆU SƠN]`` (or one line holding both)."""
    lines = [" ".join(line.split()) for line in co_quan.get("ten", [])]
    if not lines:
        return None
    if fold(lines[0]) == _UBND and len(lines) > 1:
        return " ".join(lines[1:])
    if fold(lines[0]).startswith(_UBND + " ") and len(lines) == 1:
        return lines[0][len(_UBND):].strip()
    return None


def find(registry: ProfileRegistry, co_quan: dict[str, Any], span: tuple[date, date], text: str,
         review: Callable[[str, str], None]) -> Profile | None:
    """The profile of the document's issuer at its dates, or None (the reason reported when useful)."""
    name = unit_name(co_quan)
    if name is None:
        return None
    wanted = fold(name)
    found: dict[str, Unit] = {}
    for day in dict.fromkeys(span):
        try:
            units = registry.search(name, day)
        except BdgError:
            continue
        for unit in units:
            if fold(unit.ten_day_du) == wanted:
                found.setdefault(unit.key, unit)
    candidates = list(found.values())
    if len(candidates) > 1:
        candidates = _named_province(registry, candidates, fold(text)) or candidates
    if len(candidates) != 1:
        if candidates:
            keys = ", ".join(u.key for u in candidates[:8])
            review("phần đầu", f"'{name}' có ở nhiều tỉnh ({keys}): ghi 'dia_phuong: <khóa>' để dùng hồ sơ địa phương.")
        return None
    try:
        return registry.resolve(candidates[0].key, *span)
    except BdgError:
        return None


def _named_province(registry: ProfileRegistry, units: list[Unit], text: str) -> list[Unit]:
    """The candidates whose province (or district) the document names."""
    out = []
    for unit in units:
        parents = []
        key = unit.thuoc
        while key:
            parent = registry.unit(key)
            parents.append(fold(parent.ten))
            key = parent.thuoc
        if any(f" {name} " in f" {text} " for name in parents):
            out.append(unit)
    return out


def leave_out(data: dict[str, Any], profile: Profile, *, viet_tat_loai: str | None) -> None:
    """Remove from ``data`` what the profile supplies (the document's values being the same)."""
    if _upper(data.get("co_quan", {}).get("ten", [])) == profile.co_quan.dong_ten and \
            _upper(data.get("co_quan", {}).get("chu_quan", [])) == profile.co_quan.dong_chu_quan:
        data.pop("co_quan", None)
    if data.get("dia_danh") == profile.dia_danh:
        data.pop("dia_danh")
    lead = profile.don_vi_chu_tri.viet_tat if profile.don_vi_chu_tri else None
    symbol = f"{viet_tat_loai}-{profile.viet_tat}" if viet_tat_loai else (f"{profile.viet_tat}-{lead}" if lead else None)
    if symbol is not None and data.get("ky_hieu") == symbol:
        data.pop("ky_hieu")
    noi_nhan = data.get("noi_nhan")
    if isinstance(noi_nhan, dict):
        if noi_nhan.get("danh_sach") == list(profile.noi_nhan):
            noi_nhan.pop("danh_sach")
        if noi_nhan.get("luu") == lead:
            noi_nhan.pop("luu", None)
        elif "luu" not in noi_nhan and lead:
            noi_nhan["luu"] = None  # "- Lưu: VT." as the document has it, not the profile's unit
        if not noi_nhan:
            data.pop("noi_nhan")
    chu_ky = data.get("chu_ky")
    if isinstance(chu_ky, dict) and profile.nguoi_ky and \
            _upper(chu_ky.get("chuc_danh", [])) == _upper(profile.nguoi_ky[0].chuc_danh):
        chu_ky.pop("chuc_danh")
    for agency in data.get("to_chuc_thuc_hien", []):
        name = agency.get("co_quan")
        if isinstance(name, Para) and len(name.items) == 1 and isinstance(name.items[0], Seg) \
                and not (name.items[0].bold or name.items[0].italic):
            key = next((k for k in profile.agency_keys() if profile.agency(k) == plain(name.items)), None)
            if key is not None:
                agency["co_quan"] = {"khoa": key}


def _upper(lines: list[str]) -> list[str]:
    return [upper(" ".join(line.split())) for line in lines]


__all__ = ["find", "leave_out", "unit_name"]
