"""Document types: one module each, named in the officers' words.

A data file names its type with ``loai:``; :data:`DOCUMENT_TYPES` maps that key to the model.
"""
from __future__ import annotations

from bdg_docs.documents.bao_cao_bdg_vstbcpn import BaoCaoBdgVstbcpn
from bdg_docs.documents.base import VanBanCoTenLoai, VanBanCongVan, VanBanHanhChinh
from bdg_docs.documents.cong_van_huong_dan import CongVanHuongDan
from bdg_docs.documents.ke_hoach_bdg_vstbcpn import KeHoachBdgVstbcpn
from bdg_docs.documents.ke_hoach_truyen_thong import KeHoachTruyenThong

DOCUMENT_TYPES: dict[str, type[VanBanHanhChinh]] = {
    "ke_hoach_truyen_thong": KeHoachTruyenThong,
    "cong_van_huong_dan": CongVanHuongDan,
    "ke_hoach_bdg_vstbcpn": KeHoachBdgVstbcpn,
    "bao_cao_bdg_vstbcpn": BaoCaoBdgVstbcpn,
}

__all__ = ["DOCUMENT_TYPES", "BaoCaoBdgVstbcpn", "CongVanHuongDan", "KeHoachBdgVstbcpn", "KeHoachTruyenThong", "VanBanCoTenLoai",
           "VanBanCongVan", "VanBanHanhChinh"]
