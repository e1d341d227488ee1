"""The national register of administrative units: every province, district and commune, at every date.

The units come from ``bdg_docs/data/don_vi_hanh_chinh/``, generated once from the register's
packages by ``tools/import_register.py`` (sources and versions in its ``index.json``): the 63
provinces, their districts and communes as they stood on 30/6/2025, and the 34 provinces and
3,321 communes from 01/7/2025, with the communes that took over each former one. The library
reads the files, not the packages: a lookup reads ``index.json`` (the provinces) and the file of
one province, only when first asked, so a batch pays for the provinces its documents name.

A unit's key is stable and unique across the country: the province's key (``thanh_hoa``; a
province before 01/7/2025 whose name a different 2025 province took ends in ``_cu``:
``hai_phong_cu``), then for a commune before 01/7/2025 its district, then the unit's kind and name
without accents, joined by dots: ``thanh_hoa.xa_trieu_son``, ``hai_phong_cu.quan_hong_bang``,
``thanh_hoa.huyen_trieu_son.thi_tran_trieu_son``. Two units of one parent whose names differ only
by accents (``Xã Văn Lang``, ``Xã Văn Lăng``) each end in their code: ``xa_van_lang_2143``.

>>> reg = Register.shipped()
>>> unit = reg.get("hai_phong_cu.quan_hong_bang")
>>> unit.ten_day_du, unit.thuoc, unit.den
('quận Hồng Bàng', 'hai_phong_cu', datetime.date(2025, 6, 30))
>>> [u.key for u in reg.successors("bac_kan")]
['thai_nguyen']
>>> reg.get("ha_noi").tu is None and reg.get("ha_noi").den is None  # not merged: both periods
True
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator

from bdg_docs.institutions import CAP_HUYEN_CHAM_DUT, CHI_SAU_CAI_CACH, CHI_TRUOC_CAI_CACH, LOAI_DON_VI, Cap
from bdg_docs.search import fold

#: Kinds of province, of district and commune before 01/7/2025, of commune from then.
PROVINCE_KINDS = tuple(sorted(LOAI_DON_VI[Cap.TINH]))
DISTRICT_KINDS = tuple(sorted(LOAI_DON_VI[Cap.HUYEN]))
KINDS_BEFORE = tuple(sorted((LOAI_DON_VI[Cap.HUYEN] | LOAI_DON_VI[Cap.XA]) - CHI_SAU_CAI_CACH))
KINDS_AFTER = tuple(sorted(LOAI_DON_VI[Cap.XA] - CHI_TRUOC_CAI_CACH))
#: The last day of the units before the reform, the first of those after it.
LAST_DAY_BEFORE = CAP_HUYEN_CHAM_DUT - timedelta(days=1)
#: A province's units until 30/6/2025 are in ``<key>.den_2025.json``, those from 01/7/2025 in ``<key>.json``.
BEFORE_SUFFIX = ".den_2025"
_DISTRICT_SEGMENTS = tuple(fold(kind).replace(" ", "_") + "_" for kind in DISTRICT_KINDS)


@dataclass(frozen=True, slots=True)
class Unit:
    """One administrative unit of the register, over the dates it existed (``None``: open)."""

    key: str
    cap: Cap
    loai: str  # "xã", "quận", "thành phố", ...
    ten: str  # its name: "Trieu Sơn", "5" (Phường 5)
    thuoc: str | None  # the parent's key at the unit's dates
    tu: date | None
    den: date | None
    ma: int | None  # the register's code (unique within a level and period, not across periods)
    thay_the_boi: tuple[str, ...] = ()  # successors a profile file states (the register's: Register.successors)

    @property
    def ten_day_du(self) -> str:
        """``xã Triệu Sơn``, ``thành phố Hà Nội``: how text names it after a word."""
        return f"{self.loai} {self.ten}"

    def valid_on(self, day: date) -> bool:
        return (self.tu is None or self.tu <= day) and (self.den is None or day <= self.den)


class _Chunk:
    """The units of one parent in one period (a province's communes or districts, a district's
    communes): its file's lines, each decoded when first asked for.

    A line is ``[segment, kind, name, code, successor segments]``; reading a file costs its text and
    one key per line.
    """

    def __init__(self, parent: str, cap: Cap, tu: date | None, den: date | None, text: str):
        self.parent, self.cap, self.tu, self.den = parent, cap, tu, den
        self.lines = text.splitlines()
        self.index = {f"{parent}.{_SEGMENT.match(line).group(1)}": i  # type: ignore[union-attr]
                      for i, line in enumerate(self.lines)}
        self._units: dict[int, Unit] = {}

    def unit(self, i: int) -> Unit:
        if i not in self._units:
            seg, loai, ten, ma, _ = json.loads(self.lines[i])
            self._units[i] = Unit(f"{self.parent}.{seg}", self.cap, loai, ten, self.parent, self.tu, self.den, ma)
        return self._units[i]

    def get(self, key: str) -> Unit | None:
        i = self.index.get(key)
        return None if i is None else self.unit(i)

    def __iter__(self) -> Iterator[Unit]:
        return (self.unit(i) for i in range(len(self.lines)))

    def following(self, key: str) -> list[str]:
        """The segments of the 2025 communes that took over ``key`` (a former commune, an island district)."""
        i = self.index.get(key)
        return [] if i is None else json.loads(self.lines[i])[4]


_SEGMENT = re.compile(r'\["([^"]+)",')


class Register:
    """Units by key, read province by province (and period by period) when first asked for."""

    def __init__(self, root: Any):
        self._root = root
        self._index: dict[str, Any] | None = None
        self._provinces: dict[str, Unit] = {}
        self._related: dict[str, list[str]] = {}  # province key → successor or predecessors
        self._chunks: dict[str, _Chunk] = {}

    @staticmethod
    def shipped() -> "Register":
        return _shipped()

    # ------------------------------------------------------------------ reading
    def _load_index(self) -> None:
        if self._index is not None:
            return
        self._index = json.loads((self._root / "index.json").read_text(encoding="utf-8"))
        for key, loai, ten, period, ma, related in self._index["tinh"]:
            tu, den = _period(period)
            self._provinces[key] = Unit(key, Cap.TINH, loai, ten, None, tu, den, ma)
            self._related[key] = related

    def _chunk(self, parent: str, before: bool) -> _Chunk:
        """The units under ``parent`` (a province; before the reform, also a district) in one period."""
        province, _, district = parent.partition(".")
        name = f"{province}{BEFORE_SUFFIX}{'.' + district if district else ''}" if before else province
        if name not in self._chunks:
            self._load_index()
            source = self._root / f"{name}.jsonl"
            text = source.read_text(encoding="utf-8") if province in self._provinces and source.is_file() else ""
            if not before:
                self._chunks[name] = _Chunk(parent, Cap.XA, CAP_HUYEN_CHAM_DUT, None, text)
            else:
                self._chunks[name] = _Chunk(parent, Cap.XA if district else Cap.HUYEN, None, LAST_DAY_BEFORE, text)
        return self._chunks[name]

    def _chunk_of(self, key: str) -> _Chunk:
        """The chunk that holds ``key``: a district, or a commune under one, is before the reform."""
        parent, _, seg = key.rpartition(".")
        return self._chunk(parent, "." in parent or seg.startswith(_DISTRICT_SEGMENTS))

    @property
    def source(self) -> str:
        """Where the units come from, with versions (for a profile's ``nguon``)."""
        self._load_index()
        assert self._index is not None
        return "; ".join(f"{name} {text}" for name, text in self._index["nguon"].items())

    # ------------------------------------------------------------------ lookups
    def get(self, key: str) -> Unit | None:
        """The unit of ``key``, or None."""
        self._load_index()
        if key in self._provinces:
            return self._provinces[key]
        province = key.split(".", 1)[0]
        return self._chunk_of(key).get(key) if province in self._provinces else None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def provinces(self) -> list[Unit]:
        self._load_index()
        return list(self._provinces.values())

    def children(self, key: str, day: date | None = None) -> list[Unit]:
        """The units directly under ``key`` (valid on ``day`` when given), in the register's order."""
        unit = self.get(key)
        if unit is None or unit.cap is Cap.XA:
            return []
        periods = [True] if unit.cap is Cap.HUYEN else [True, False] if day is None else [day <= LAST_DAY_BEFORE]
        return [u for before in periods for u in self._chunk(key, before) if day is None or u.valid_on(day)]

    def units(self) -> Iterator[Unit]:
        """Every unit: provinces first, then each province's districts and communes (reads every file)."""
        self._load_index()
        yield from self._provinces.values()
        for province in self._provinces:
            for district in self._chunk(province, True):
                yield district
                yield from self._chunk(district.key, True)
            yield from self._chunk(province, False)

    def successors(self, key: str) -> list[Unit]:
        """The units that took over ``key`` on 01/7/2025 (the usual one first), or [] if it goes on."""
        unit = self.get(key)
        if unit is None or unit.den is None:
            return []
        if unit.cap is Cap.TINH:
            return [self._provinces[k] for k in self._related[key]]
        province = key.split(".", 1)[0]
        target = self._related[province][0] if self._related[province] else province
        segs = self._chunk_of(key).following(key)
        if unit.cap is Cap.HUYEN and not segs:  # a district: what took over its communes
            segs = [s for u in self.children(key) for s in self._chunk_of(u.key).following(u.key)]
        new = self._chunk(target, False)
        return [new.get(f"{target}.{seg}") for seg in dict.fromkeys(segs)]  # type: ignore[misc]

    def predecessors(self, key: str) -> list[Unit]:
        """The units ``key`` took over on 01/7/2025 (communes: the former communes; provinces: the former provinces)."""
        unit = self.get(key)
        if unit is None or unit.tu is None:
            return []
        if unit.cap is Cap.TINH:
            return [self._provinces[k] for k in self._related[key]]
        province, _, seg = key.partition(".")
        return [commune for old in self._related[province] or [province] for district in self._chunk(old, True)
                for commune in self._chunk(district.key, True) if seg in self._chunk_of(commune.key).following(commune.key)]


def _period(code: int) -> tuple[date | None, date | None]:
    return {-1: (None, LAST_DAY_BEFORE), 0: (None, None), 1: (CAP_HUYEN_CHAM_DUT, None)}[code]


@lru_cache(maxsize=1)
def _shipped() -> Register:
    return Register(resources.files("bdg_docs") / "data" / "don_vi_hanh_chinh")
