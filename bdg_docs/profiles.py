"""Locality profiles: what differs from one province, district or commune to the next, as data.

Every unit of the national register (:mod:`bdg_docs.register`: the provinces, districts and
communes before 01/7/2025, the provinces and communes from then) has a profile, resolved for a
date in three layers, each overriding the one before fact by fact:

1. what every unit of its level has in that period (:mod:`bdg_docs.profile_levels`): issuing
   body, địa danh, lead unit for gender equality, bodies of Tổ chức thực hiện, Nơi nhận, signer;
2. the documents its province (and district) cite (``van_ban``), the one fact that passes down:
   a commune never takes its province's bodies, recipients or signer;
3. its own profile files (:mod:`bdg_docs.profile_facts`): the detailed ones the package ships
   (``bdg_docs/data/dia_phuong/``), then a province's own (``--dia-phuong``), each with its periods.

Time is part of every lookup: a unit is valid over dates, its parent is the parent of that date
(a 2022 quận belongs to the 2022 city, ``hai_phong_cu``, never to the 2025 one), and periods
(Sở LĐTBXH before 01/3/2025, Sở Nội vụ after) pick the facts of the document's date.

>>> reg = ProfileRegistry.shipped()
>>> reg.resolve("thanh_hoa", date(2022, 3, 1)).don_vi_chu_tri.ten
'Sở Lao động - Thương binh và Xã hội'
>>> reg.resolve("thanh_hoa", date(2026, 3, 1)).don_vi_chu_tri.ten
'Sở Nội vụ'
>>> commune = reg.resolve("Xã Phú Cát, Thành phố Hà Nội", date(2026, 3, 1))
>>> commune.khoa, commune.co_quan.ten, commune.noi_nhan[0]
('ha_noi.xa_phu_cat', ('Ủy ban nhân dân', 'xã Phú Cát'), 'Sở Nội vụ thành phố Hà Nội (để b/c)')
"""
from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from bdg_docs import profile_lookup as lookup
from bdg_docs.errors import InputError, Problem, RuleViolation
from bdg_docs.institutions import Cap
from bdg_docs.models.header import CoQuan
from bdg_docs.models.citation import VanBan
from bdg_docs.profile_facts import DonVi, Facts, GiaiDoan, NguoiKy, ProfileFile, load_profile_file
from bdg_docs.profile_levels import level_facts, levels
from bdg_docs.register import Register, Unit

# Facts a unit passes to the units under it: the documents they may cite. Nothing else crosses levels.
INHERITED = ("van_ban",)
# Facts held as key → value: a later layer or a period overrides them key by key.
BY_KEY = ("co_quan_thuc_hien", "van_ban", "nguon")
_IDENTITY = {"cap": "cap", "loai_don_vi": "loai", "ten": "ten", "hieu_luc_tu": "tu", "hieu_luc_den": "den"}
_CACHED = 512  # resolved profiles kept per registry (a batch renders many documents of few units)

Layer = ProfileFile | Callable[[], ProfileFile]


@dataclass(frozen=True)
class Profile:
    """A locality's facts resolved for one date: its level's, its parents' documents, its own."""

    khoa: str
    cap: Cap
    loai_don_vi: str
    ten: str
    ten_day_du: str
    thuoc: tuple[str, ...]  # parent keys on that date, nearest first
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
    """Every unit of the register, and profile files: ``shipped()`` holds the package's, ``with_files`` adds a province's."""

    def __init__(self, files: Mapping[str, Layer | Sequence[Layer]] | None = None, *,
                 aliases: Mapping[str, str] | Callable[[], Mapping[str, str]] | None = None,
                 register: Register | None = None):
        self.register = register or Register.shipped()
        # Files are read when first asked for: a document needs its own profile and its parents'.
        self._files: dict[str, list[Layer]] = {
            key: list(value) if isinstance(value, (list, tuple)) else [value] for key, value in sorted((files or {}).items())}
        self._aliases_source = aliases
        self._alias_map: dict[str, str] | None = None
        self._units: dict[str, Unit] = {}
        self._resolved: dict[tuple[str, date, date], Profile] = {}

    @classmethod
    def shipped(cls) -> "ProfileRegistry":
        return _shipped()

    def with_files(self, *paths: str | Path) -> "ProfileRegistry":
        """This registry plus the profiles in ``paths`` (files, or folders of ``.yaml`` files).

        A file named by a register key, or stating a unit the register has (same parent, kind and
        name), is that unit's profile: it overrides the shipped facts and answers to both keys.
        """
        files = {key: list(layers) for key, layers in self._files.items()}
        aliases = dict(self._aliases)
        added = ProfileRegistry(files, aliases=aliases, register=self.register)
        self._refuse_missing(paths)
        for path in _yaml_files(paths):
            profile = load_profile_file(path)
            key = added._file_key(path, profile)
            added._files.setdefault(key, []).append(profile)
            if key != path.stem:
                added._aliases[path.stem] = key
            added._units.clear()
        return added

    def _refuse_missing(self, paths: Iterable[str | Path]) -> None:
        """A profile file or folder that does not exist is named at once; one that is a profile's
        key (``--dia-phuong son_la.xa_tan_phong``) says how a key is given instead."""
        missing = [str(path) for path in paths if _missing(path)]
        if not missing:
            return
        problems = []
        for text in missing:
            key = self.key(text)
            hint = (f"'{text}' là khóa hồ sơ địa phương, không phải tệp: ghi 'dia_phuong: {key}' trong tệp "
                    f"dữ liệu, hoặc dùng --profile {key} với bdg-docs new." if key else "Ghi đường dẫn của một tệp hồ sơ .yaml hoặc một thư mục chứa các tệp ấy.")
            problems.append(Problem("--dia-phuong", f"không có tệp hay thư mục hồ sơ địa phương '{text}'.", hint=hint))
        raise InputError(problems)

    # ------------------------------------------------------------------ keys
    @property
    def _aliases(self) -> dict[str, str]:
        if self._alias_map is None:
            source = self._aliases_source
            self._alias_map = dict(source() if callable(source) else source or {})
        return self._alias_map

    def key(self, text: str) -> str | None:
        """The unit's key for a key or a former key (``trieu_son``), or None."""
        if text in self._files or text in self.register:
            return text
        target = self._aliases.get(text)
        return target if target is not None and (target in self._files or target in self.register) else None

    def key_of(self, text: str, earliest: date | None = None, latest: date | None = None) -> str:
        """The key of ``text``: a key, a former key, or a full name with its province
        (``Xã Phú Cát, Thành phố Hà Nội``; for a former commune, its district in between), looked
        up among the units that existed between ``earliest`` and ``latest`` when given.
        RuleViolation says which units were meant (did-you-mean, or the several units of that name).
        """
        found = self.key(text.strip())
        if found is not None:
            return found
        return lookup.key_of(self, text.strip(), earliest, latest or earliest)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.key(key) is not None

    def __iter__(self) -> Iterator[str]:
        """Every unit's key: the register's (reads every province), then the units only files hold."""
        yield from (unit.key for unit in self.register.units())
        yield from (key for key in self._files if key not in self.register)

    def files(self) -> list[str]:
        """The keys that have profile files (shipped or added)."""
        return list(self._files)

    def aliases(self) -> dict[str, str]:
        """Former and file keys that name a unit of another key: ``trieu_son`` → ``thanh_hoa.huyen_trieu_son``."""
        return dict(self._aliases)

    # ------------------------------------------------------------------ units
    def __getitem__(self, key: str) -> Unit:
        """The unit of ``key`` (or a former key): level, kind, name, parent, dates."""
        found = self.key(key)
        if found is None:
            raise lookup.unknown(self, key, None, None)
        return self.unit(found)

    def unit(self, key: str) -> Unit:
        """The unit of a key: the register's, with what its files state about it."""
        if key in self._units:
            return self._units[key]
        base = self.register.get(key)
        if base is not None and key not in self._files:
            return base
        layers = [self._layer(key, i) for i in range(len(self._files.get(key, [])))]
        stated: dict[str, Any] = {}
        for layer in layers:
            stated.update({_IDENTITY[n]: getattr(layer, n) for n in layer.identity_fields if n in _IDENTITY})
            if "thuoc" in layer.identity_fields and layer.thuoc is not None:
                stated["thuoc"] = self.key(layer.thuoc) or layer.thuoc
            if layer.thay_the_boi:
                stated["thay_the_boi"] = tuple(layer.thay_the_boi)
        if base is None:
            missing = [name for name, attr in (("cap", "cap"), ("loai_don_vi", "loai"), ("ten", "ten")) if attr not in stated]
            if missing:
                raise InputError([Problem(missing[0], f"hồ sơ '{key}' thiếu trường '{missing[0]}' (đơn vị không có trong sổ "
                                          "đăng ký đơn vị hành chính).",
                                          hint=f"Ghi '{missing[0]}: ...', hoặc đặt tên tệp là khóa của đơn vị "
                                               "(xem: bdg-docs profiles <tên>).")])
            base = Unit(key, stated.pop("cap"), stated.pop("loai"), stated.pop("ten"), None, None, None, None)
        unit = dataclasses.replace(base, **stated)
        self._units[key] = unit
        return unit

    def children(self, key: str, ngay: date | None = None) -> list[Unit]:
        """The units directly under ``key`` (on ``ngay`` when given): a province's communes, a district's."""
        found = self.key_of(key, ngay)
        own = [self.unit(k) for k in self._files if k not in self.register and self.unit(k).thuoc == found]
        return [self.unit(u.key) for u in self.register.children(found, ngay)] + \
            [u for u in own if ngay is None or u.valid_on(ngay)]

    def successors(self, key: str) -> list[Unit]:
        """The units that took over ``key`` when it ended (stated in its file, else the register's)."""
        unit = self.unit(key)
        if unit.thay_the_boi:
            return [self.unit(k) for k in (self.key(k) for k in unit.thay_the_boi) if k]
        return [self.unit(u.key) for u in self.register.successors(key)]

    def search(self, query: str, ngay: date | None = None) -> list[Unit]:
        """Units whose names (with their district and province) hold every word of ``query``,
        accents ignored; on ``ngay`` only those that existed then. The unit named exactly comes first."""
        return lookup.search(self, query, ngay)

    # ------------------------------------------------------------------ resolving
    def resolve(self, key: str, earliest: date, latest: date | None = None) -> Profile:
        """The profile for a document dated between ``earliest`` and ``latest`` (a draft's span).

        ``key`` is a key, a former key or a full name (see :meth:`key_of`). RuleViolation when the
        unit could not issue a document then (naming its successors or predecessors), or when its
        files' parents are of another period or form a loop.
        """
        latest = latest or earliest
        found = self.key_of(key, earliest, latest)
        cached = self._resolved.get((found, earliest, latest))
        if cached is not None:
            return cached
        own = self.unit(found)
        if not ((own.tu is None or own.tu <= latest) and (own.den is None or earliest <= own.den)):
            raise lookup.outside_dates(self, own, earliest)
        day = min(latest, own.den) if own.den else latest
        day = max(day, own.tu) if own.tu else day
        chain = self._chain(own, day)
        facts: dict[str, Any] = {}
        level = self._level(own, chain[1:], day)
        _merge(facts, {k: v for k, v in level.items() if k != "nguon"}, level.get("nguon", {}))
        if own.key in self.register:
            facts.setdefault("nguon", {})["don_vi"] = self.register.source
        for ancestor in reversed(chain[1:]):
            for layer in self._layers(ancestor.key, day):
                _merge(facts, {name: getattr(layer, name) for name in INHERITED if name in layer.model_fields_set}, layer.nguon)
        for layer in self._layers(own.key, day):
            own_facts = layer.model_fields_set & set(Facts.model_fields) - {"nguon"}
            _merge(facts, {name: getattr(layer, name) for name in own_facts}, layer.nguon)
        profile = _profile(own, tuple(u.key for u in chain[1:]), day, facts)
        if len(self._resolved) >= _CACHED:
            self._resolved.clear()
        self._resolved[(found, earliest, latest)] = profile
        return profile

    def _chain(self, own: Unit, day: date) -> list[Unit]:
        """The unit and its parents on ``day``, nearest first; a loop or a parent of another period is an error."""
        chain = [own]
        while chain[-1].thuoc:
            parent_key = self.key(chain[-1].thuoc)
            if parent_key is None:
                exc = lookup.unknown(self, chain[-1].thuoc, day, day, field="thuoc")
                raise RuleViolation(f"hồ sơ '{chain[-1].key}': {exc.message}", hint=exc.hint)
            if parent_key in [u.key for u in chain]:
                loop = " → ".join([u.key for u in chain] + [parent_key])
                raise RuleViolation(f"hồ sơ '{own.key}' thuộc chính nó ({loop}).",
                                    hint=f"Sửa trường 'thuoc' của hồ sơ '{chain[-1].key}'.")
            parent = self.unit(parent_key)
            if not parent.valid_on(day):
                raise lookup.parent_of_another_period(self, chain[-1], parent, day)
            chain.append(parent)
        return chain

    def _level(self, own: Unit, parents: list[Unit], day: date) -> dict[str, Any]:
        values = {{Cap.TINH: "tinh", Cap.HUYEN: "huyen"}[u.cap]: u.ten_day_du for u in reversed(parents) if u.cap is not Cap.XA}
        below = {u.loai for u in self.register.children(own.key, day)} if own.key in self.register else set()
        return level_facts(own, day, values, sorted(below))

    def _layers(self, key: str, day: date) -> list[Facts]:
        """The files of ``key``, each followed by its periods that cover ``day``."""
        out: list[Facts] = []
        for i in range(len(self._files.get(key, []))):
            layer = self._layer(key, i)
            out.extend([layer, *(p for p in layer.giai_doan if p.covers(day))])
        return out

    def _layer(self, key: str, i: int) -> ProfileFile:
        value = self._files[key][i]
        if not isinstance(value, ProfileFile):
            value = self._files[key][i] = value()
        return value

    def _file_key(self, path: Path, profile: ProfileFile) -> str:
        """The key a file stands for: its name if that is a key, else the register unit it states, else its name."""
        named = self.key(path.stem)
        if named is not None:
            return named
        if profile.thuoc and profile.loai_don_vi and profile.ten:
            parent = self.key(profile.thuoc)
            same = [u for u in (self.register.children(parent) if parent else [])
                    if u.loai == profile.loai_don_vi and _spelling(u.ten) == _spelling(profile.ten)
                    and (profile.hieu_luc_den is None or u.tu is None or u.tu <= profile.hieu_luc_den)
                    and (profile.hieu_luc_tu is None or u.den is None or profile.hieu_luc_tu <= u.den)]
            if len(same) == 1:
                return same[0].key
        return path.stem


def _missing(path: str | Path) -> bool:
    """Nothing at ``path`` (a path that cannot be opened for another reason is read, and says why)."""
    try:
        Path(path).stat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def _spelling(name: str) -> str:
    """A name compared with its accents (Đông Tiến is not Đồng Tiến), whatever the case and Unicode form."""
    return " ".join(unicodedata.normalize("NFC", name).lower().split())


Profiles = ProfileRegistry | str | Path | Sequence[str | Path] | None


def profile_registry(extra: Profiles = None) -> ProfileRegistry:
    """Every unit of the register and the shipped profiles, plus a registry, profile files or folders of them."""
    if isinstance(extra, ProfileRegistry):
        return extra
    shipped = ProfileRegistry.shipped()
    if extra is None:
        return shipped
    return shipped.with_files(*([extra] if isinstance(extra, (str, Path)) else extra))


def _merge(facts: dict[str, Any], values: Mapping[str, Any], sources: Mapping[str, str]) -> None:
    """Lay ``values`` over ``facts``, and the source of each (``sources``: by fact, or ``chung``) over ``facts["nguon"]``."""
    for name, value in values.items():
        facts[name] = {**facts.get(name, {}), **value} if name in BY_KEY else value
        said = sources.get(name, sources.get("chung"))
        if said:
            facts.setdefault("nguon", {})[name] = said


def _profile(own: Unit, parents: tuple[str, ...], day: date, facts: dict[str, Any]) -> Profile:
    return Profile(
        khoa=own.key, cap=own.cap, loai_don_vi=own.loai, ten=own.ten, ten_day_du=own.ten_day_du,
        thuoc=parents, ngay=day,
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


def _yaml_files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for path in map(Path, paths):
        out.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return out


@lru_cache(maxsize=1)
def _shipped() -> ProfileRegistry:
    """The register and the shipped profile files: validated when the package was built
    (:mod:`bdg_docs.prepared_data`), else each read and validated when first asked for."""
    from bdg_docs import prepared_data

    prepared = prepared_data.shipped()
    files = prepared["profiles"] if prepared else {
        key: partial(_load_resource, entry) for key, entry in prepared_data.profile_sources().items()}
    return ProfileRegistry(files, aliases=_former_keys)


def _former_keys() -> dict[str, str]:
    """Keys of the shipped profiles before the register: ``trieu_son`` → ``thanh_hoa.huyen_trieu_son``."""
    return dict(levels()["khoa_cu"])


def _load_resource(entry: Any) -> ProfileFile:
    with resources.as_file(entry) as path:
        return load_profile_file(path)


__all__ = ["BY_KEY", "INHERITED", "DonVi", "Facts", "GiaiDoan", "NguoiKy", "Profile", "ProfileFile", "ProfileRegistry",
           "Profiles", "load_profile_file", "profile_registry"]
