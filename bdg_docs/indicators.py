"""Indicators (chỉ tiêu) a report's table reports on, by key, with their unit and targets.

The shipped catalogue is ``bdg_docs/data/chi_tieu.yaml``: the indicators of the national strategy
on gender equality 2021–2030 (Nghị quyết 28/NQ-CP) and of the communication programme to 2030
(Quyết định 1790/QĐ-TTg), each with its wording, unit, 2025 and 2030 targets, the document it comes
from, where it was checked (``nguon``) and whether it was (``xac_nhan``). A document adds its
locality's own indicators under ``chi_tieu_rieng``, with the same fields.

A target is written as the resolution words it, a qualifier then a number the Vietnamese way
(``ít nhất 27``, ``dưới 30``, ``còn 1,7``); the table shows it so.

>>> cat = shipped_indicators()
>>> cat["nq28_2_3"].ten, cat["nq28_2_3"].muc_tieu(2025).text()
('Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã', 'ít nhất 27')
>>> [key for key, _ in cat.search("thang hanh dong")]
['qd1790_thang_hanh_dong']
"""
from __future__ import annotations

import difflib
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from bdg_docs.catalogue import Keyed
from bdg_docs.errors import RuleViolation
from bdg_docs.models.base import Model, Text
from bdg_docs.numbers import PERCENT, format_number, parse_number
from bdg_docs.search import matches

# Words a target may start with, as the resolutions write them.
QUALIFIERS = ("ít nhất", "không quá", "khoảng", "trên", "dưới", "còn")
# The year from which the 2030 targets are the ones to report against.
NAM_MUC_TIEU_2030 = 2026


class MucTieu(Model):
    """A target: a number and the word before it (``ít nhất 27``; ``60`` has none)."""

    gia_tri: Decimal
    kem: Text = ""

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, dict) or isinstance(value, MucTieu):
            return value
        text = " ".join(str(value).split()) if isinstance(value, str) else value
        kem = next((q for q in QUALIFIERS if isinstance(text, str) and text.startswith(q + " ")), "")
        number, unit = parse_number(text[len(kem):].strip() if kem else text)
        if unit is not None:
            raise RuleViolation(f"mục tiêu '{text}' có chữ '{unit}' sau số.",
                                hint="Ghi số, có thể kèm một chữ đứng trước: " + ", ".join(QUALIFIERS) + " (ví dụ 'ít nhất 27').")
        return {"gia_tri": number, "kem": kem}

    def text(self) -> str:
        return f"{self.kem} {format_number(self.gia_tri)}".strip()


class ChiTieu(Model):
    """An indicator: its wording in the table, unit, direction and targets."""

    ten: Text = Field(description="Tên chỉ tiêu, như ghi ở cột 'Chỉ tiêu' của bảng.")
    don_vi: Text = Field(description="Đơn vị tính: %, người, cuộc, lần, ...")
    huong: Literal["tang", "giam"] = Field(default="tang", description="tang: càng cao càng tốt; giam: càng thấp càng tốt.")
    muc_tieu_2025: MucTieu | None = Field(default=None, description="Mục tiêu năm 2025, ví dụ 'ít nhất 27'.")
    muc_tieu_2030: MucTieu | None = Field(default=None, description="Mục tiêu năm 2030.")
    noi_dung: Text | None = Field(default=None, description="Lời văn của chỉ tiêu trong văn bản gốc.")

    @field_validator("muc_tieu_2025", "muc_tieu_2030")
    @classmethod
    def _percent_target(cls, target: MucTieu | None, info: Any) -> MucTieu | None:
        if target is not None and info.data.get("don_vi") == PERCENT:
            check_percent(target.gia_tri)
        return target

    def muc_tieu(self, nam: int) -> MucTieu | None:
        """The target a report for year ``nam`` compares with: 2025's up to 2025, 2030's after."""
        return self.muc_tieu_2025 if nam < NAM_MUC_TIEU_2030 else self.muc_tieu_2030

    def nam_muc_tieu(self, nam: int) -> int:
        return 2025 if nam < NAM_MUC_TIEU_2030 else 2030


class ChiTieuDanhMuc(ChiTieu):
    """A catalogue entry: an indicator with the document it comes from and where it was checked."""

    van_ban: Text = Field(description="Khóa (trong danh mục trích dẫn) của văn bản đặt ra chỉ tiêu.")
    thu_tu: Text = Field(description="Vị trí trong văn bản: 'Mục tiêu 2, chỉ tiêu 3'.")
    linh_vuc: Text = Field(description="Lĩnh vực: Chính trị; Kinh tế, lao động; ...")
    nguon: Text = Field(description="Trang đã đối chiếu lời văn và mục tiêu.")
    xac_nhan: bool = Field(description="Đã đối chiếu đủ với nguồn hay chưa.")
    ghi_chu: Text | None = None


def check_percent(value: Decimal) -> Decimal:
    """A percentage lies between 0 and 100."""
    if not Decimal(0) <= value <= Decimal(100):
        raise RuleViolation(f"tỷ lệ {format_number(value)}% nằm ngoài khoảng 0–100%.",
                            hint="Ghi tỷ lệ phần trăm từ 0 đến 100 (ví dụ 45,5 cho 45,5%); kiểm tra lại số liệu.")
    return value


class _CatalogueFile(Model):
    chi_tieu: dict[str, ChiTieuDanhMuc]


class IndicatorCatalogue(Keyed[ChiTieu]):
    """Indicators by key; ``search`` is accent-insensitive."""

    def with_entries(self, entries: dict[str, ChiTieu]) -> "IndicatorCatalogue":
        """This catalogue and a locality's own indicators (which may not reuse a key)."""
        reused = sorted(set(entries) & set(self._entries))
        if reused:
            raise RuleViolation(f"chỉ tiêu riêng '{reused[0]}' trùng khóa với danh mục quốc gia.",
                                hint="Đặt khóa khác cho chỉ tiêu riêng của địa phương (ví dụ thêm tên xã).")
        return IndicatorCatalogue({**self._entries, **entries})

    def lookup(self, key: str) -> ChiTieu:
        """The indicator ``key``, or a RuleViolation with the key that was probably meant."""
        if key in self._entries:
            return self._entries[key]
        close = difflib.get_close_matches(key, list(self._entries), n=1, cutoff=0.6)
        hint = (f"Có phải là '{close[0]}'?" if close else
                "Xem các khóa: bdg-docs indicators; chỉ tiêu riêng của địa phương ghi ở 'chi_tieu_rieng'.")
        raise RuleViolation(f"không có chỉ tiêu '{key}'.", hint=hint)

    def search(self, query: str) -> list[tuple[str, ChiTieu]]:
        return [(key, e) for key, e in self._entries.items()
                if matches(query, key, e.ten, e.noi_dung or "", getattr(e, "linh_vuc", ""))]


def load_indicators(path: str | Path) -> IndicatorCatalogue:
    """A catalogue from a YAML file (``chi_tieu: {khoa: {...}}``); InputError names file:line."""
    from bdg_docs.loading import read_yaml_file, validate

    located = read_yaml_file(path, what="danh mục chỉ tiêu")
    return IndicatorCatalogue(dict(validate(_CatalogueFile, located, filename=str(path)).chi_tieu))


def indicator_catalogue() -> IndicatorCatalogue:
    """The shipped catalogue (``bdg_docs.indicator_catalogue()``)."""
    return shipped_indicators()


@lru_cache(maxsize=1)
def shipped_indicators() -> IndicatorCatalogue:
    """The catalogue shipped with the package."""
    with resources.as_file(resources.files("bdg_docs") / "data" / "chi_tieu.yaml") as path:
        return load_indicators(path)


__all__ = ["ChiTieu", "ChiTieuDanhMuc", "IndicatorCatalogue", "MucTieu", "check_percent", "indicator_catalogue",
           "load_indicators", "shipped_indicators"]
