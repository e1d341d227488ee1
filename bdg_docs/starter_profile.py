"""A starter file made for one locality: ``bdg-docs new KIND --profile KEY``.

The starter's own YAML (:mod:`bdg_docs.starters` finds it) stays the one source of the commented
layout; this module edits its lines, and knows nothing of where starters come from.
The locality placeholders (``${ten}``, ``${cap}``, ...) take the profile's names, ``dia_phuong:
KEY`` is written under ``loai``, and the fields the profile supplies are left out. What they are
comes from :func:`bdg_docs.documents.defaults.fill` itself, so the comments show exactly what
``render`` will use: each left-out field stays as a commented-out line an officer can restore.
"""
from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from bdg_docs import lazy
from bdg_docs.errors import InputError, Problem, RuleViolation
from bdg_docs.profiles import Profile, ProfileRegistry
from bdg_docs.starter_text import PLACEHOLDERS, field_span, fill_placeholders

# Top-level fields the profile may supply, in the order they are considered.
SUPPLIED = ("co_quan", "ky_hieu", "dia_danh", "noi_nhan", "chu_ky")
RESTORE = 'hồ sơ điền sẵn; muốn khác thì bỏ "# " đầu dòng rồi sửa'
_AGENCY = lazy.pattern(r"^(\s*- co_quan: )(.+?)\s*$")


def profiled(text: str, loai: str, *, nam: int, key: str, profiles: ProfileRegistry | None = None) -> str:
    """The starter ``text`` (year already filled in) for the locality ``key``."""
    from bdg_docs.documents import DOCUMENT_TYPES
    from bdg_docs.documents.defaults import date_span, fill

    registry = profiles or ProfileRegistry.shipped()
    span = date_span({"nam": nam})
    assert span is not None
    profile = _resolve(registry, key, span)
    if key not in registry:
        key = profile.khoa  # a name is written as the unit's key
    text = fill_placeholders(text, _names(profile, registry))
    supplied = fill({"loai": loai, "dia_phuong": key, "ngay": {"nam": nam}},
                    viet_tat_loai=getattr(DOCUMENT_TYPES[loai], "VIET_TAT", None), profiles=registry)
    lines = text.splitlines()
    lines = _insert_key(lines, key, profile)
    for name in SUPPLIED:
        lines = _leave_out(lines, name, supplied.get(name), profile)
    return "\n".join(_agencies(lines, profile)) + "\n"


def _resolve(registry: ProfileRegistry, key: str, span: tuple[date, date]) -> Profile:
    try:
        return registry.resolve(key, *span)
    except RuleViolation as exc:
        raise InputError([Problem("dia_phuong", exc.message, hint=exc.hint)]) from None


def _names(profile: Profile, registry: ProfileRegistry) -> dict[str, str]:
    """The placeholders' values for ``profile``: its names, its lead unit, the level above it."""
    lead = profile.don_vi_chu_tri.ten if profile.don_vi_chu_tri else PLACEHOLDERS["chu_tri"]
    if profile.thuoc:
        parent = registry.resolve(profile.thuoc[0], profile.ngay)
        above = (f"{parent.don_vi_chu_tri.ten} {parent.ten_day_du}" if parent.don_vi_chu_tri
                 else PLACEHOLDERS["cap_tren"])
        issuer = " ".join(parent.co_quan.ten)
    else:
        # A province reports to the ministry its Sở mirrors: Sở Nội vụ → Bộ Nội vụ.
        above = re.sub(r"^Sở ", "Bộ ", lead)
        issuer = above
    return {"ten": profile.ten, "cap": profile.loai_don_vi, "chu_tri": lead,
            "cap_tren": above, "co_quan_cap_tren": issuer}


def _insert_key(lines: list[str], key: str, profile: Profile) -> list[str]:
    at = next(i for i, line in enumerate(lines) if line.startswith("loai:")) + 1
    note = [f"dia_phuong: {key}".ljust(32) + f" # hồ sơ địa phương: {profile.ten_day_du} (xem: bdg-docs profiles {key})",
            "# Các dòng bắt đầu bằng \"# \" có tên trường là thông tin lấy từ hồ sơ; ghi trường đó thì văn bản",
            "# dùng giá trị của mình thay cho hồ sơ."]
    return lines[:at] + note + lines[at:]


def _leave_out(lines: list[str], name: str, value: Any, profile: Profile) -> list[str]:
    """Comment out ``name`` where the profile supplies all of it; for Nơi nhận and the signer, the part it supplies."""
    span = field_span(lines, name)
    if span is None or value is None:
        return lines
    start, end = span
    if name == "noi_nhan" and not profile.noi_nhan:
        value = {"luu": value["luu"]} if value.get("luu") else None
        return _leave_out_inner(lines, span, "luu", value)
    if name == "chu_ky" and profile.nguoi_ky[0].ho_ten is None:
        return _leave_out_inner(lines, span, "chuc_danh", value)
    return lines[:start] + _commented({name: value}, "") + lines[end:]


def _leave_out_inner(lines: list[str], span: tuple[int, int], field: str, value: Any) -> list[str]:
    start, end = span
    inner = next((i for i in range(start + 1, end) if lines[i].startswith(f"  {field}:")), None)
    if inner is None or not value or field not in value:
        return lines
    stop = inner + 1
    while stop < end and lines[stop].startswith("  ") and not re.match(r"^  [a-z_]+:", lines[stop]):
        stop += 1
    return lines[:inner] + _commented({field: value[field]}, "  ") + lines[stop:]


def _commented(value: dict[str, Any], indent: str) -> list[str]:
    """``value`` as YAML, every line behind ``# ``, the first saying where it comes from."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.width = 4096
    yaml.allow_unicode = True
    out = io.StringIO()
    yaml.dump(_compact(value), out)
    body = [f"{indent}# {line}" for line in out.getvalue().splitlines()]
    body[0] = body[0].ljust(32) + f" # {RESTORE}"
    return body


def _compact(value: Any) -> Any:
    """Without empty lists and None: ``co_quan: {ten: [...]}``, not ``chu_quan: []`` too."""
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items() if v not in (None, [], {})}
    if isinstance(value, list):
        return [_compact(v) for v in value]
    return value


def _agencies(lines: list[str], profile: Profile) -> list[str]:
    """``co_quan: <a name the profile holds>`` → ``co_quan: {khoa: ...}``, so the name follows the profile."""
    by_name = {profile.agency(k): k for k in profile.agency_keys()}
    span = field_span(lines, "to_chuc_thuc_hien")
    if span is None:
        return lines
    out = list(lines)
    for i in range(*span):
        match = _AGENCY().match(lines[i])
        if match and match.group(2) in by_name:
            out[i] = (match.group(1) + f"{{khoa: {by_name[match.group(2)]}}}").ljust(32) + f" # {match.group(2)} (theo hồ sơ)"
    return out
