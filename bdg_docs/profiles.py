"""Locality profiles: what differs from one province, district or commune to the next, as data.

One YAML file per locality (``bdg_docs/data/dia_phuong/<khoa>.yaml``, or any file a province
writes): level and official name, parent, the issuing body's header lines, địa danh, the issuer
abbreviation, the lead unit for gender equality, the agencies of Tổ chức thực hiện, standard
recipients, signers, documents of the locality that its plans cite, and the source of each fact.

A profile extends its parent (``thuoc: thanh_hoa``): agencies, recipients, cited documents and
the issuer abbreviation are inherited and overridden key by key. A profile is valid between
``hieu_luc_tu`` and ``hieu_luc_den`` (a district ends on 30/6/2025); periods (``giai_doan``)
change facts from a date on (Sở LĐTBXH before 01/3/2025, Sở Nội vụ after), so one key resolves
to the right facts for a 2022 plan and for a 2026 plan.

>>> reg = ProfileRegistry.shipped()
>>> reg.resolve("thanh_hoa", date(2022, 3, 1)).don_vi_chu_tri.ten
'Sở Lao động - Thương binh và Xã hội'
>>> reg.resolve("thanh_hoa", date(2026, 3, 1)).don_vi_chu_tri.ten
'Sở Nội vụ'
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from pydantic import Field, field_validator, model_validator

from bdg_docs.errors import RuleViolation
from bdg_docs.institutions import (CAP_HUYEN_CHAM_DUT, CHI_SAU_CAI_CACH, CHI_TRUOC_CAI_CACH, LOAI_DON_VI, Cap)
from bdg_docs.models.base import FrozenDict, FrozenMapping, Model, Text
from bdg_docs.models.citation import VanBan
from bdg_docs.models.header import CoQuan
from bdg_docs.models.signing import ChuKy, TenNoiNhan
from bdg_docs.nd30 import dates, signature
from bdg_docs.search import matches

# Facts a profile passes to the localities under it; the others belong to each unit itself.
INHERITED = ("viet_tat", "co_quan_thuc_hien", "noi_nhan", "van_ban")
# Facts held as key → value: a child or a period overrides them key by key.
BY_KEY = ("co_quan_thuc_hien", "van_ban", "nguon")
LAST_DISTRICT_DAY = CAP_HUYEN_CHAM_DUT - timedelta(days=1)


class DonVi(Model):
    """A unit and its abbreviation: ``Phòng Lao động - Thương binh và Xã hội`` / ``LĐTBXH``."""

    ten: Text = Field(description="Tên đơn vị.")
    viet_tat: Text = Field(description="Chữ viết tắt, dùng ở dòng 'Lưu: VT, ...' và ký hiệu công văn.")


class NguoiKy(ChuKy):
    """A default signer: the title stack (checked as in a document), and the name when known."""

    ho_ten: Text | None = Field(default=None, description="Họ tên (để trống nếu văn bản tự ghi).")

    @field_validator("ho_ten")
    @classmethod
    def _name(cls, name: str | None) -> str | None:
        return None if name is None else signature.validate_ho_ten(name)


class Facts(Model):
    """The facts of a locality that may be inherited or change from one period to the next."""

    co_quan: CoQuan | None = Field(default=None, description="Dòng tên cơ quan ban hành (mặc định: Ủy ban nhân dân + tên đầy đủ).")
    dia_danh: Text | None = Field(default=None, description="Địa danh ở dòng ngày tháng (mặc định: tên).")
    viet_tat: Text | None = Field(default=None, description="Chữ viết tắt cơ quan ban hành (mặc định UBND).")
    don_vi_chu_tri: DonVi | None = Field(default=None, description="Đơn vị tham mưu về bình đẳng giới.")
    co_quan_thuc_hien: FrozenMapping[Text] = Field(default_factory=FrozenDict, description="Các cơ quan ở Tổ chức thực hiện, theo khóa.")
    noi_nhan: tuple[TenNoiNhan, ...] | None = Field(default=None, description="Nơi nhận thường dùng.")
    nguoi_ky: tuple[NguoiKy, ...] | None = Field(default=None, description="Người ký mặc định (mục đầu tiên).")
    van_ban: FrozenMapping[VanBan] = Field(default_factory=FrozenDict, description="Văn bản của địa phương hay được trích dẫn.")
    nguon: FrozenMapping[Text] = Field(default_factory=FrozenDict, description="Nguồn của từng thông tin ('chung' cho mọi thông tin).")

    @model_validator(mode="after")
    def _sources(self) -> "Facts":
        stated = [name for name in self.model_fields_set if name != "nguon" and name in Facts.model_fields]
        missing = sorted(name for name in stated if name not in self.nguon) if "chung" not in self.nguon else []
        if missing:
            raise RuleViolation(f"chưa ghi nguồn của {', '.join(missing)}.",
                                hint=f"Thêm 'nguon: {{{missing[0]}: <văn bản, trang đã đối chiếu>}}' hoặc 'nguon: {{chung: ...}}'.")
        return self


class GiaiDoan(Facts):
    """Facts that hold from ``tu`` to ``den`` (both included)."""

    tu: date | None = Field(default=None, description="Từ ngày (để trống: từ đầu).")
    den: date | None = Field(default=None, description="Đến hết ngày (để trống: đến nay).")

    def covers(self, day: date) -> bool:
        return (self.tu is None or self.tu <= day) and (self.den is None or day <= self.den)


class ProfileFile(Facts):
    """One locality's file, as written."""

    cap: Cap = Field(description="Cấp: tỉnh, huyện hoặc xã.")
    loai_don_vi: Text = Field(description="tỉnh, thành phố; huyện, quận, thị xã; xã, phường, thị trấn, đặc khu.")
    ten: Text = Field(description="Tên riêng: 'Triệu Sơn'.")
    thuoc: Text | None = Field(default=None, description="Khóa của địa phương cấp trên.")
    hieu_luc_tu: date | None = Field(default=None, description="Ngày bắt đầu hoạt động (nếu sau cải cách).")
    hieu_luc_den: date | None = Field(default=None, description="Ngày cuối cùng được ban hành văn bản.")
    thay_the_boi: tuple[Text, ...] = Field(default_factory=tuple, description="Khóa các đơn vị kế tiếp sau khi đơn vị này chấm dứt.")
    giai_doan: tuple[GiaiDoan, ...] = Field(default_factory=tuple, description="Thông tin thay đổi theo thời gian.")

    @model_validator(mode="after")
    def _level(self) -> "ProfileFile":
        if self.loai_don_vi not in LOAI_DON_VI[self.cap]:
            raise RuleViolation(f"cấp {self.cap} không có loại đơn vị '{self.loai_don_vi}'.",
                                hint="Ghi một trong: " + ", ".join(sorted(LOAI_DON_VI[self.cap])) + ".")
        ends_with_districts = self.cap is Cap.HUYEN or self.loai_don_vi in CHI_TRUOC_CAI_CACH
        if ends_with_districts and (self.hieu_luc_den is None or self.hieu_luc_den > LAST_DISTRICT_DAY):
            raise RuleViolation(f"{self.loai_don_vi} chỉ còn đến ngày {dates.format_ngay_ngan(LAST_DISTRICT_DAY)}.",
                                hint=f"Ghi 'hieu_luc_den: {LAST_DISTRICT_DAY.isoformat()}' (hoặc sớm hơn).")
        if self.loai_don_vi in CHI_SAU_CAI_CACH and (self.hieu_luc_tu is None or self.hieu_luc_tu < CAP_HUYEN_CHAM_DUT):
            raise RuleViolation(f"{self.loai_don_vi} có từ ngày {dates.format_ngay_ngan(CAP_HUYEN_CHAM_DUT)}.",
                                hint=f"Ghi 'hieu_luc_tu: {CAP_HUYEN_CHAM_DUT.isoformat()}'.")
        return self

    @property
    def ten_day_du(self) -> str:
        return f"{self.loai_don_vi} {self.ten}"

    def valid_on(self, earliest: date, latest: date) -> bool:
        return not ((self.hieu_luc_tu and latest < self.hieu_luc_tu) or (self.hieu_luc_den and earliest > self.hieu_luc_den))


@dataclass(frozen=True)
class Profile:
    """A locality's facts resolved for one date: its own, its period's, and its parents'."""

    khoa: str
    cap: Cap
    loai_don_vi: str
    ten: str
    ten_day_du: str
    thuoc: tuple[str, ...]  # parent keys, nearest first
    ngay: date
    co_quan: CoQuan
    dia_danh: str
    viet_tat: str
    don_vi_chu_tri: DonVi | None
    co_quan_thuc_hien: Mapping[str, str]
    noi_nhan: tuple[str, ...]
    nguoi_ky: tuple[NguoiKy, ...]
    van_ban: Mapping[str, VanBan]
    nguon: Mapping[str, str] = field(default_factory=dict)

    def agency(self, key: str) -> str:
        """An agency of Tổ chức thực hiện by key; ``chu_tri`` is the lead unit."""
        if key == "chu_tri" and self.don_vi_chu_tri is not None:
            return self.don_vi_chu_tri.ten
        return self.co_quan_thuc_hien[key]

    def agency_keys(self) -> list[str]:
        return sorted({*self.co_quan_thuc_hien, *(["chu_tri"] if self.don_vi_chu_tri else [])})


class ProfileRegistry:
    """Profiles by key. ``shipped()`` holds the package's; ``with_files`` adds a province's own."""

    def __init__(self, files: Mapping[str, ProfileFile | Callable[[], ProfileFile]]):
        # A file is read when first asked for: a document needs its own profile and its parents.
        self._files: dict[str, ProfileFile | Callable[[], ProfileFile]] = dict(sorted(files.items()))

    @classmethod
    def shipped(cls) -> "ProfileRegistry":
        return _shipped()

    def with_files(self, *paths: str | Path) -> "ProfileRegistry":
        """This registry plus the profiles in ``paths`` (files, or folders of ``.yaml`` files)."""
        files: dict[str, ProfileFile | Callable[[], ProfileFile]] = dict(self._files)
        for path in _yaml_files(paths):
            files[path.stem] = load_profile_file(path)
        return ProfileRegistry(files)

    def __contains__(self, key: object) -> bool:
        return key in self._files

    def __iter__(self):
        return iter(self._files)

    def __getitem__(self, key: str) -> ProfileFile:
        if key not in self._files:
            close = difflib.get_close_matches(key, list(self._files), n=1)
            found = [k for k in self._files if matches(key.replace("_", " "), k.replace("_", " "))]
            hint = f"Có phải là '{(close or found)[0]}'?" if close or found else "Xem danh sách: bdg-docs profiles."
            raise RuleViolation(f"không có hồ sơ địa phương '{key}'.", hint=hint)
        value = self._files[key]
        if not isinstance(value, ProfileFile):
            value = self._files[key] = value()
        return value

    def search(self, query: str) -> list[tuple[str, ProfileFile]]:
        words = query.replace("_", " ")
        return [(k, self[k]) for k in self._files if matches(words, k.replace("_", " "), self[k].ten_day_du)]

    def chain(self, key: str) -> list[str]:
        """The key and its parents, nearest first; a loop in ``thuoc`` is an error."""
        out = [key]
        while self[out[-1]].thuoc:
            parent = str(self[out[-1]].thuoc)
            if parent in out:
                raise RuleViolation(f"hồ sơ '{key}' thuộc chính nó qua '{parent}'.", hint="Sửa trường 'thuoc'.")
            out.append(parent)
        return out

    def resolve(self, key: str, earliest: date, latest: date | None = None) -> Profile:
        """The profile for a document dated between ``earliest`` and ``latest`` (a draft's span)."""
        latest = latest or earliest
        own = self[key]
        if not own.valid_on(earliest, latest):
            raise RuleViolation(_validity_message(own, earliest), hint=_validity_hint(own))
        day = max(min(latest, own.hieu_luc_den or latest), own.hieu_luc_tu or latest)
        facts: dict[str, Any] = {}
        for name in reversed(self.chain(key)):
            _merge(facts, self[name], day, inherited_only=name != key)
        return _profile(key, own, self.chain(key)[1:], day, facts)


def _merge(facts: dict[str, Any], source: ProfileFile, day: date, *, inherited_only: bool) -> None:
    """Lay ``source``'s facts (and its period's) over ``facts``."""
    layers: list[Facts] = [source, *(p for p in source.giai_doan if p.covers(day))]
    for layer in layers:
        for name in layer.model_fields_set & set(Facts.model_fields):
            if inherited_only and name not in INHERITED:
                continue
            value = getattr(layer, name)
            facts[name] = {**facts.get(name, {}), **value} if name in BY_KEY else value


def _profile(key: str, own: ProfileFile, parents: list[str], day: date, facts: dict[str, Any]) -> Profile:
    return Profile(
        khoa=key, cap=own.cap, loai_don_vi=own.loai_don_vi, ten=own.ten, ten_day_du=own.ten_day_du,
        thuoc=tuple(parents), ngay=day,
        co_quan=facts.get("co_quan") or CoQuan(ten=["Ủy ban nhân dân", own.ten_day_du]),
        dia_danh=facts.get("dia_danh") or own.ten,
        viet_tat=facts.get("viet_tat") or "UBND",
        don_vi_chu_tri=facts.get("don_vi_chu_tri"),
        co_quan_thuc_hien=dict(facts.get("co_quan_thuc_hien", {})),
        noi_nhan=tuple(facts.get("noi_nhan") or ()),
        nguoi_ky=tuple(facts.get("nguoi_ky") or ()),
        van_ban=dict(facts.get("van_ban", {})),
        nguon=dict(facts.get("nguon", {})),
    )


def _validity_message(own: ProfileFile, day: date) -> str:
    name = f"UBND {own.ten_day_du}"
    if own.hieu_luc_den and day > own.hieu_luc_den:
        why = " (cấp huyện chấm dứt hoạt động từ 01/7/2025)" if own.cap is Cap.HUYEN else ""
        return (f"{name} chỉ ban hành văn bản đến ngày {dates.format_ngay_ngan(own.hieu_luc_den)}{why}; "
                f"văn bản này ghi ngày sau đó.")
    assert own.hieu_luc_tu is not None
    return f"{name} bắt đầu hoạt động từ ngày {dates.format_ngay_ngan(own.hieu_luc_tu)}; văn bản này ghi ngày trước đó."


def _validity_hint(own: ProfileFile) -> str:
    if own.thay_the_boi:
        return f"Sửa ngày, hoặc dùng hồ sơ của đơn vị kế tiếp: {', '.join(own.thay_the_boi)}."
    return "Sửa ngày của văn bản, hoặc chọn hồ sơ địa phương khác."


def load_profile_file(path: str | Path) -> ProfileFile:
    """Read one profile file; InputError names file:line and field."""
    from bdg_docs.loading import read_yaml_file, validate

    return validate(ProfileFile, read_yaml_file(path, what="hồ sơ địa phương"), filename=str(path))


def _yaml_files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for path in map(Path, paths):
        out.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return out


@lru_cache(maxsize=1)
def _shipped() -> ProfileRegistry:
    root = resources.files("bdg_docs") / "data" / "dia_phuong"
    return ProfileRegistry({entry.name[:-5]: partial(_load_resource, entry)
                            for entry in root.iterdir() if entry.name.endswith(".yaml")})


def _load_resource(entry: Any) -> ProfileFile:
    with resources.as_file(entry) as path:
        return load_profile_file(path)
