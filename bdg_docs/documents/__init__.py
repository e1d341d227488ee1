"""Document types: one module each, named in the officers' words.

A data file names its type with ``loai:``; :data:`DOCUMENT_TYPES` maps that key to the model.
A type's module is imported when it is first asked for, so that reading one data file builds
the models of its type only (a one-file render starts sooner).
"""
from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.documents.bao_cao_bdg_vstbcpn import BaoCaoBdgVstbcpn
    from bdg_docs.documents.base import VanBanCoTenLoai, VanBanCongVan, VanBanHanhChinh
    from bdg_docs.documents.cong_van_huong_dan import CongVanHuongDan
    from bdg_docs.documents.ke_hoach_bdg_vstbcpn import KeHoachBdgVstbcpn
    from bdg_docs.documents.ke_hoach_truyen_thong import KeHoachTruyenThong

# loai → (module, class), and the classes this package exports.
_TYPES = {
    "ke_hoach_truyen_thong": ("ke_hoach_truyen_thong", "KeHoachTruyenThong"),
    "cong_van_huong_dan": ("cong_van_huong_dan", "CongVanHuongDan"),
    "ke_hoach_bdg_vstbcpn": ("ke_hoach_bdg_vstbcpn", "KeHoachBdgVstbcpn"),
    "bao_cao_bdg_vstbcpn": ("bao_cao_bdg_vstbcpn", "BaoCaoBdgVstbcpn"),
}
_CLASSES = {name: module for module, name in _TYPES.values()} | dict.fromkeys(
    ("VanBanCoTenLoai", "VanBanCongVan", "VanBanHanhChinh"), "base")


class _DocumentTypes(Mapping[str, "type[VanBanHanhChinh]"]):
    """``loai`` → model class, each module imported when its type is first asked for."""

    def __getitem__(self, loai: str) -> Any:
        module, name = _TYPES[loai]
        return getattr(importlib.import_module(f"{__name__}.{module}"), name)

    def __iter__(self) -> Iterator[str]:
        return iter(_TYPES)

    def __len__(self) -> int:
        return len(_TYPES)

    def __repr__(self) -> str:
        return repr(dict(self))


DOCUMENT_TYPES: Mapping[str, type[VanBanHanhChinh]] = _DocumentTypes()


def __getattr__(name: str) -> Any:
    if name in _CLASSES:
        return getattr(importlib.import_module(f"{__name__}.{_CLASSES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DOCUMENT_TYPES", "BaoCaoBdgVstbcpn", "CongVanHuongDan", "KeHoachBdgVstbcpn", "KeHoachTruyenThong", "VanBanCoTenLoai",
           "VanBanCongVan", "VanBanHanhChinh"]
