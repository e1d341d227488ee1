"""Fill a document's data from its locality profile and the citation catalogue, before validation.

A document names its locality with one key (``dia_phuong: trieu_son``). What the document does
not write is taken from the profile resolved at the document's date: ``co_quan``, ``dia_danh``,
``ky_hieu`` (``KH-UBND``; a Công văn ``UBND-<lead unit>``), ``noi_nhan`` (the list and the
``Lưu`` unit), ``chu_ky`` (the default signer; a document may give only ``ho_ten``), and agencies
of Tổ chức thực hiện written ``co_quan: {khoa: cong_an}``. Every ``[@key]`` and ``can_cu``
key not written out in ``van_ban`` comes from the profile's documents, then the catalogue; an
entry the document writes partly, without ``loai`` (``qd_1790_2021: {dang_ngay: dai}``), overrides
those fields only; one written in full (with ``loai``) is the document's own.
Running it twice gives the same data.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Iterator

from bdg_docs.errors import BdgError, InputError, RuleViolation
from bdg_docs.profiles import Profile, ProfileRegistry

_REF = re.compile(r"(?<!\\)\[@([A-Za-z0-9_.-]+)\]")


def fill(data: Any, *, viet_tat_loai: str | None, profiles: ProfileRegistry | None = None) -> Any:
    """``data`` with the profile's and the catalogue's facts where the document is silent."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    profile = profile_of(data, profiles)
    if profile is not None:
        _fill_locality(out, profile, viet_tat_loai)
    _fill_citations(out, profile)
    return out


def profile_of(data: dict[str, Any], profiles: ProfileRegistry | None) -> Profile | None:
    """The document's profile, or None when there is none.

    ``dia_phuong`` is a key, a former key or a unit's full name. A locality that could not issue
    a document on that date still fills the document (at the nearest day it could), so that the
    only error reported is the one on ``dia_phuong``.
    """
    key = data.get("dia_phuong")
    span = date_span(data.get("ngay"))
    registry = profiles or ProfileRegistry.shipped()
    if not isinstance(key, str) or span is None:
        return None
    try:
        return registry.resolve(key, *span)
    except RuleViolation:
        pass
    try:
        own = registry.unit(registry.key_of(key, *span))
        day = own.den if own.den and span[0] > own.den else own.tu
        return registry.resolve(own.key, day) if day else None
    except BdgError:
        return None


def date_span(ngay: Any) -> tuple[date, date] | None:
    """Earliest and latest day a (possibly blank) document date can be."""
    try:
        return _span(ngay)
    except RuleViolation:
        return None


def _span(ngay: Any) -> tuple[date, date]:
    from bdg_docs.loading import loc_of
    from bdg_docs.models.header import Ngay

    if ngay is None:
        raise RuleViolation("thiếu trường bắt buộc 'ngay'.", where=("ngay",),
                            hint="Thêm 'ngay: ...': hồ sơ địa phương được chọn theo ngày ban hành (ví dụ 'ngay: 08/12/2026').")
    try:
        value = ngay if isinstance(ngay, Ngay) else Ngay.model_validate(ngay)
    except InputError as exc:
        first = exc.problems[0]
        raise _at(RuleViolation(first.message, hint=first.hint, rule=first.rule), "ngay", *loc_of(first.field)) from None
    return value.earliest(), value.bound()


def _at(exc: RuleViolation, *where: str | int) -> RuleViolation:
    """``exc`` reported on the field ``where`` of the document."""
    return RuleViolation(exc.message, hint=exc.hint, rule=exc.rule, where=where)


def check_profile(data: Any, profiles: ProfileRegistry | None, folder: Any = None) -> None:
    """Raise the one problem when a document names a profile that cannot be applied: an unknown
    key, a date that is missing or invalid, a locality that could not issue a document then.

    Everything the profile would have supplied is missing then; reporting those fields too
    would bury the cause under problems the officer must not fix. ``folder`` is the data file's
    (an unknown key that is a profile file there is told how to add).
    """
    if not isinstance(data, dict) or data.get("dia_phuong") is None:
        return
    key = data["dia_phuong"]
    if not isinstance(key, str):
        raise _at(RuleViolation("'dia_phuong' phải là khóa hồ sơ địa phương, ví dụ 'xa_trieu_son'.",
                                hint="Tìm khóa: bdg-docs profiles <tên địa phương>."), "dia_phuong")
    span = _span(data.get("ngay"))  # the date picks the unit of a name and the profile's period: first
    registry = profiles or ProfileRegistry.shipped()
    try:
        registry.resolve(key, *span)
    except RuleViolation as exc:
        raise _at(next_to_data_file(exc, key, folder, registry), "dia_phuong") from None


def next_to_data_file(exc: RuleViolation, key: Any, folder: Any, profiles: ProfileRegistry) -> RuleViolation:
    """An unknown key that is a profile file beside the data file (or in its dia_phuong/): say how to add it."""
    if folder is None or not isinstance(key, str) or key in profiles:
        return exc
    for candidate in (Path(folder) / f"{key}.yaml", Path(folder) / "dia_phuong" / f"{key}.yaml"):
        if candidate.is_file():
            where = candidate.parent if candidate.parent.name == "dia_phuong" else candidate
            return RuleViolation(f"hồ sơ '{key}' là tệp {candidate}, chưa được thêm vào.",
                                 hint=f"Chạy lệnh với --dia-phuong {where} (trong Python: dia_phuong=\"{where}\").")
    return exc


def _fill_locality(out: dict[str, Any], profile: Profile, viet_tat_loai: str | None) -> None:
    out.setdefault("co_quan", profile.co_quan.field_values())
    out.setdefault("dia_danh", profile.dia_danh)
    lead = profile.don_vi_chu_tri.viet_tat if profile.don_vi_chu_tri else None
    if viet_tat_loai is not None:
        out.setdefault("ky_hieu", f"{viet_tat_loai}-{profile.viet_tat}")
    elif lead:
        out.setdefault("ky_hieu", f"{profile.viet_tat}-{lead}")
    noi_nhan = out.get("noi_nhan")
    if noi_nhan is None or isinstance(noi_nhan, dict):
        merged = {"danh_sach": list(profile.noi_nhan), **({"luu": lead} if lead else {}), **(noi_nhan or {})}
        out["noi_nhan"] = merged
    chu_ky = out.get("chu_ky")
    if profile.nguoi_ky and (chu_ky is None or isinstance(chu_ky, dict)):
        out["chu_ky"] = {**profile.nguoi_ky[0].field_values(exclude_none=True), **(chu_ky or {})}
    agencies = out.get("to_chuc_thuc_hien")
    if isinstance(agencies, list):
        out["to_chuc_thuc_hien"] = [_agency(item, profile) for item in agencies]


def _agency(item: Any, profile: Profile) -> Any:
    """``co_quan: {khoa: cong_an}`` → the profile's name for that agency."""
    if isinstance(item, dict) and isinstance(item.get("co_quan"), dict):
        key = item["co_quan"].get("khoa")
        try:
            return {**item, "co_quan": profile.agency(str(key))}
        except KeyError:
            return item  # the model reports the unknown key with the keys that exist
    return item


def _fill_citations(out: dict[str, Any], profile: Profile | None) -> None:
    from bdg_docs.catalogue import shipped_catalogue

    written = out.get("van_ban")
    if written is not None and not isinstance(written, dict):
        return
    catalogue = shipped_catalogue()
    van_ban = dict(written or {})
    for key in sorted(set(cited_keys(out))):
        base = profile.van_ban[key].field_values(exclude_none=True) if profile and key in profile.van_ban else None
        if base is None and key in catalogue:
            base = catalogue[key].van_ban()
        own = van_ban.get(key)
        if isinstance(own, dict) and "loai" in own:
            continue  # written out in full: the document's own entry, as it is
        if base is not None and (own is None or isinstance(own, dict)):
            van_ban[key] = {**base, **(own or {})}
    if van_ban or written is not None:
        out["van_ban"] = van_ban


def cited_keys(value: Any) -> Iterator[str]:
    """Keys cited in raw data: ``[@key]`` in any text, and ``van_ban:`` of căn cứ lines."""
    found: list[str] = []
    _collect_cited(value, found)  # into one list: nested generators pass each key up every level
    return iter(found)


def _collect_cited(value: Any, found: list[str]) -> None:
    if isinstance(value, str):
        if "[@" in value:  # what _REF needs
            found.extend(_REF.findall(value))
    elif isinstance(value, dict):
        for name, item in value.items():
            _collect_cited(name, found)  # YAML reads "- Theo [@x], ... như sau:" as a mapping key
            if name == "van_ban" and isinstance(item, dict):
                continue  # the entries themselves, not citations
            if name == "can_cu" and isinstance(item, list):
                found.extend(line["van_ban"] for line in item if isinstance(line, dict) and isinstance(line.get("van_ban"), str))
            _collect_cited(item, found)
    elif isinstance(value, list):
        for item in value:
            _collect_cited(item, found)
