"""bdg_docs: ready-to-sign drafts of Vietnamese administrative documents on gender equality
(bình đẳng giới) and the advancement of women, laid out to Nghị định 30/2020/NĐ-CP::

    import bdg_docs
    plan = bdg_docs.load("plan.yaml")
    bdg_docs.render_to(plan, "out/plan.docx")

The library reads no clock, environment or current directory: everything it uses is passed in.
Names load on first use, so ``import bdg_docs`` stays cheap.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "load": "bdg_docs.api",
    "loads": "bdg_docs.api",
    "lay_out": "bdg_docs.api",
    "render": "bdg_docs.api",
    "render_to": "bdg_docs.api",
    "render_file": "bdg_docs.api",
    "nhap": "bdg_docs.api",
    "profile_registry": "bdg_docs.api",
    "ProfileRegistry": "bdg_docs.profiles",
    "Profile": "bdg_docs.profiles",
    "catalogue": "bdg_docs.catalogue",
    "indicator_catalogue": "bdg_docs.indicators",
    "roll_forward": "bdg_docs.chuyen_nam",
    "cap_xa": "bdg_docs.cascade",
    "Cascade": "bdg_docs.cascade",
    "check": "bdg_docs.checker",
    "Report": "bdg_docs.checker",
    "Finding": "bdg_docs.checker",
    "DocxReadError": "bdg_docs.reader",
    "DOCUMENT_TYPES": "bdg_docs.documents",
    "KeHoachTruyenThong": "bdg_docs.documents",
    "KeHoachBdgVstbcpn": "bdg_docs.documents",
    "BaoCaoBdgVstbcpn": "bdg_docs.documents",
    "CongVanHuongDan": "bdg_docs.documents",
    "VanBanHanhChinh": "bdg_docs.documents",
    # the parts a document is built from in code (docs/api.md, "Building a document in code")
    "CoQuan": "bdg_docs.models", "Ngay": "bdg_docs.models", "VanBan": "bdg_docs.models", "CanCu": "bdg_docs.models",
    "Inline": "bdg_docs.models", "Muc": "bdg_docs.models", "Khoan": "bdg_docs.models", "Diem": "bdg_docs.models",
    "Gach": "bdg_docs.models", "GachBlock": "bdg_docs.models", "CongBlock": "bdg_docs.models",
    "DiemBlock": "bdg_docs.models", "CoQuanThucHien": "bdg_docs.models", "NoiNhan": "bdg_docs.models",
    "NhomNoiNhan": "bdg_docs.models", "ChuKy": "bdg_docs.models",
    "MucTieu": "bdg_docs.documents.ke_hoach_truyen_thong", "NhiemVu": "bdg_docs.documents.ke_hoach_truyen_thong",
    "NhomNhiemVu": "bdg_docs.documents.ke_hoach_truyen_thong", "HoatDong": "bdg_docs.documents.ke_hoach_truyen_thong",
    "NoiDungMuc": "bdg_docs.documents.ke_hoach_truyen_thong",
    "NhomHoatDong": "bdg_docs.documents.ke_hoach_bdg_vstbcpn", "KinhPhi": "bdg_docs.documents.ke_hoach_bdg_vstbcpn",
    "ThangHanhDong": "bdg_docs.documents.ke_hoach_bdg_vstbcpn", "HanBaoCao": "bdg_docs.documents.ke_hoach_bdg_vstbcpn",
    "BdgError": "bdg_docs.errors",
    "InputError": "bdg_docs.errors",
    "OutputExistsError": "bdg_docs.errors",
    "PdfError": "bdg_docs.errors",
    "Problem": "bdg_docs.errors",
    "RuleViolation": "bdg_docs.errors",
    "TemplateError": "bdg_docs.errors",
    "UnsupportedDocument": "bdg_docs.errors",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.api import lay_out, load, loads, nhap, profile_registry, render, render_file, render_to
    from bdg_docs.profiles import Profile, ProfileRegistry
    from bdg_docs.checker import Finding, Report, check
    from bdg_docs.documents import (DOCUMENT_TYPES, BaoCaoBdgVstbcpn, CongVanHuongDan, KeHoachBdgVstbcpn,
                                    KeHoachTruyenThong, VanBanHanhChinh)
    from bdg_docs.indicators import indicator_catalogue
    from bdg_docs.chuyen_nam import roll_forward
    from bdg_docs.documents.ke_hoach_bdg_vstbcpn import HanBaoCao, KinhPhi, NhomHoatDong, ThangHanhDong
    from bdg_docs.documents.ke_hoach_truyen_thong import HoatDong, MucTieu, NhiemVu, NhomNhiemVu, NoiDungMuc
    from bdg_docs.models import (CanCu, ChuKy, CoQuan, CoQuanThucHien, CongBlock, Diem, DiemBlock, Gach, GachBlock,
                                 Inline, Khoan, Muc, Ngay, NhomNoiNhan, NoiNhan, VanBan)
    from bdg_docs.cascade import Cascade, cap_xa
    from bdg_docs.reader import DocxReadError
    from bdg_docs.errors import (BdgError, InputError, OutputExistsError, PdfError, Problem, RuleViolation,
                                 TemplateError, UnsupportedDocument)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'bdg_docs' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
