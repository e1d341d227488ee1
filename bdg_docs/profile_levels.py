"""What every unit of a level has in a period: the facts a profile starts from.

``bdg_docs/data/ho_so_theo_cap.yaml`` holds, for each level (tỉnh, huyện, xã) and period, the lead
unit for gender equality, the bodies of Tổ chức thực hiện, the usual Nơi nhận and the signer's
title stack, with ``{...}`` places filled for each unit: its kind (``{loai}``), its province and
district at the document's date (``{tinh}``, ``{huyen}``), the kinds of the units under it in the
register (``{cap_duoi}``: ``các xã, phường``) and the words of ``theo_loai`` (``{cap_uy}``: Tỉnh ủy,
Thành ủy). A unit's own profile file overrides them fact by fact; a commune's facts are a
commune's, never its province's.
"""

import json
import re
from datetime import date
from pathlib import Path
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from pydantic import Field, model_validator

from bdg_docs.errors import RuleViolation
from bdg_docs.institutions import Cap
from bdg_docs.models.base import FrozenDict, FrozenMapping, Model, Text
from bdg_docs.nd30 import dates
from bdg_docs.profile_facts import GiaiDoan

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.register import Unit

_PLACE = re.compile(r"\{(\w+)\}")
# Filled for every unit; the level's theo_loai words come on top.
PLACES = frozenset({"loai", "ten", "ten_day_du", "tinh", "huyen", "cap_duoi"})


class MauGiaiDoan(GiaiDoan):
    """A level's facts in one period."""

    cap_duoi_mac_dinh: tuple[Text, ...] = Field(default=(), description="Loại đơn vị cấp dưới khi sổ đăng ký không có.")


class MauCap(Model):
    """One level: the order of the kinds below it, words by kind, facts by period."""

    cap_duoi: tuple[Text, ...] = Field(default=(), description="Thứ tự các loại đơn vị cấp dưới ('các xã, phường').")
    theo_loai: FrozenMapping[FrozenMapping[Text]] = Field(default_factory=FrozenDict, description="Từ ngữ theo loại đơn vị.")
    giai_doan: tuple[MauGiaiDoan, ...] = Field(description="Thông tin theo giai đoạn, không chồng nhau.")

    @model_validator(mode="after")
    def _places(self) -> "MauCap":
        known = PLACES | {word for words in self.theo_loai.values() for word in words}
        for period in self.giai_doan:
            for text in _texts(period):
                for name in _PLACE.findall(text):
                    if name not in known:
                        raise RuleViolation(f"chỗ điền '{{{name}}}' không có.", hint="Dùng: " + ", ".join(sorted(known)) + ".")
        return self


class MauHoSo(Model):
    """The file ``ho_so_theo_cap.yaml``."""

    khoa_cu: FrozenMapping[Text] = Field(default_factory=FrozenDict, description="Khóa cũ của các hồ sơ có sẵn → khóa trong sổ đăng ký.")
    mac_dinh: dict[str, Text]
    dia_danh_ghi_day_du: list[Text]
    cap: dict[Cap, MauCap]


def _texts(period: GiaiDoan) -> list[str]:
    return [*period.co_quan_thuc_hien.values(), *(period.noi_nhan or [])]


YAML = Path(__file__).parent / "data" / "ho_so_theo_cap.yaml"  # the source people edit
JSON = YAML.with_suffix(".json")  # what the library reads: tools/build_levels.py writes it


def from_yaml(text: str, *, filename: str | None = None) -> Any:
    """The plain data of the YAML source, validated (InputError names its line)."""
    from bdg_docs.loading import read_yaml, validate

    located = read_yaml(text, filename=filename)
    validate(MauHoSo, located, filename=filename)
    return located.data


@lru_cache(maxsize=1)
def levels() -> dict[str, Any]:
    """The shipped level profiles as plain data (read once per process, from the JSON built from
    the YAML, which a test validates whole); a period is validated when first used."""
    source = resources.files("bdg_docs") / "data" / JSON.name
    return json.loads(source.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _period(cap: Cap, index: int) -> MauGiaiDoan:
    from bdg_docs import prepared_data

    prepared = prepared_data.shipped()
    return prepared["levels"][cap.value][index] if prepared else validated_period(cap.value, index)


def validated_period(cap: str, index: int) -> MauGiaiDoan:
    """A level's period validated from the shipped data (what the package's prepared form holds)."""
    return MauGiaiDoan.model_validate(levels()["cap"][cap]["giai_doan"][index])


def period(cap: Cap, day: date) -> MauGiaiDoan:
    """The level's facts on ``day``."""
    for i, raw in enumerate(levels()["cap"][cap.value]["giai_doan"]):
        if (raw.get("tu") is None or raw["tu"] <= day.isoformat()) and (raw.get("den") is None or day.isoformat() <= raw["den"]):
            return _period(cap, i)
    raise LookupError(f"{cap}: {day}")  # pragma: no cover - the periods cover every day (tested)


def level_facts(unit: "Unit", day: date, values: dict[str, str], below: list[str]) -> dict[str, Any]:
    """The facts every unit of ``unit``'s level has on ``day``, its places filled.

    ``values`` are the unit's province and district (``tinh``, ``huyen``) when known; ``below`` the
    kinds of the units under it on that day, from the register.
    """
    mau = levels()
    level = mau["cap"][unit.cap.value]
    facts = period(unit.cap, day)
    kinds = [k for k in level.get("cap_duoi", []) if k in below] or list(facts.cap_duoi_mac_dinh)
    words = {**mau["mac_dinh"], **values, **level.get("theo_loai", {}).get(unit.loai, {}),
             "loai": unit.loai, "ten": unit.ten, "ten_day_du": unit.ten_day_du,
             "cap_duoi": "các " + ", ".join(kinds)}

    def fill(text: str) -> str:
        return _PLACE.sub(lambda m: words.get(m.group(1), m.group(0)), text)

    out: dict[str, Any] = {name: getattr(facts, name) for name in facts.model_fields_set
                           if name in ("don_vi_chu_tri", "nguoi_ky", "nguon")}
    out["co_quan_thuc_hien"] = {key: fill(text) for key, text in facts.co_quan_thuc_hien.items()}
    out["noi_nhan"] = [fill(text) for text in facts.noi_nhan or []]
    out["dia_danh"] = dates.dia_danh(unit.loai, unit.ten, ten_day_du=unit.ten in mau["dia_danh_ghi_day_du"])
    return out
