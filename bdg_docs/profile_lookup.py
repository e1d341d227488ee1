"""Finding a unit by name, and the messages about profiles themselves.

An officer names a unit by its key (``thanh_hoa.xa_trieu_son``), a former key (``xa_trieu_son``) or
its full name and its province's, as the register writes them (``Xã Phú Cát, Thành phố Hà Nội``;
``Xã Tam Chung, Thanh Hóa``; ``Quận Hồng Bàng, Thành phố Hải Phòng``; a commune before 01/7/2025
adds its district: ``Thị trấn Triệu Sơn, Huyện Triệu Sơn, Tỉnh Thanh Hóa``). Accents, case and
the kind word of the province may be left out. Only the units that existed on the document's
dates are candidates, so the same name finds the 2022 quận in a 2022 plan and the 2025 phường in
a 2026 one. Suggestions keep to the level and dates asked for: a commune's name never suggests a
former district, nor a unit of another province when the province is given.
"""
from __future__ import annotations

import unicodedata
from datetime import date
from typing import TYPE_CHECKING, Iterable

from bdg_docs import lazy
from bdg_docs.errors import RuleViolation
from bdg_docs.institutions import LOAI_DON_VI, Cap
from bdg_docs.nd30.dates import format_ngay_ngan
from bdg_docs.register import Unit
from bdg_docs.search import fold

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.profiles import ProfileRegistry

_KEY = lazy.pattern(r"^[a-z0-9_.]+$")
_SHOWN = 8  # candidates a message lists
# The level a key's last segment or a name's first word says: "xa_..." / "Xã ..." is a commune.
_COMMUNE_WORDS = tuple(fold(k) + " " for k in LOAI_DON_VI[Cap.XA])
_DISTRICT_WORDS = tuple(fold(k) + " " for k in LOAI_DON_VI[Cap.HUYEN] - LOAI_DON_VI[Cap.TINH])  # "thành phố" is both
_PROVINCE_WORDS = tuple(fold(k) + " " for k in LOAI_DON_VI[Cap.TINH] - LOAI_DON_VI[Cap.HUYEN])


def describe(registry: "ProfileRegistry", unit: Unit) -> str:
    """``xã Tân Phong, tỉnh Thanh Hóa``: the unit with its district and province."""
    names = [unit.ten_day_du]
    parent = unit.thuoc
    while parent:
        key = registry.key(parent)
        if key is None:
            break
        above = registry.unit(key)
        names.append(above.ten_day_du)
        parent = above.thuoc
    return ", ".join(names)


def validity(unit: Unit) -> str:
    """``từ 01/7/2025``, ``đến 30/6/2025``, or ``''`` for a unit of every date."""
    parts = ([f"từ {format_ngay_ngan(unit.tu)}"] if unit.tu else []) + ([f"đến {format_ngay_ngan(unit.den)}"] if unit.den else [])
    return " ".join(parts)


def _listed(registry: "ProfileRegistry", units: Iterable[Unit]) -> str:
    units = list(units)
    shown = [f"{u.key} ({describe(registry, u)})" for u in units[:_SHOWN]]
    more = f" và {len(units) - _SHOWN} đơn vị khác" if len(units) > _SHOWN else ""
    return ", ".join(shown) + more


def _overlaps(unit: Unit, earliest: date | None, latest: date | None) -> bool:
    if earliest is None or latest is None:
        return True
    return (unit.tu is None or unit.tu <= latest) and (unit.den is None or earliest <= unit.den)


def _level_of(word: str) -> set[Cap] | None:
    """The levels a name's first word (or a key segment's) allows, or None if it says none."""
    word = fold(word).replace("_", " ") + " "  # whole words: "Quang Trung" is not a "quận"
    if word.startswith(_COMMUNE_WORDS):
        return {Cap.XA}
    if word.startswith(_DISTRICT_WORDS):
        return {Cap.HUYEN}
    if word.startswith(fold("thành phố") + " "):
        return {Cap.HUYEN, Cap.TINH}
    if word.startswith(_PROVINCE_WORDS):
        return {Cap.TINH}
    return None


# ---------------------------------------------------------------------------------- names
def _names(unit: Unit) -> tuple[str, str]:
    return fold(unit.ten_day_du), fold(unit.ten)


def _named(text: str, unit: Unit) -> bool:
    return fold(text) in _names(unit)


def key_of(registry: "ProfileRegistry", text: str, earliest: date | None, latest: date | None) -> str:
    """The key of a unit written by name; RuleViolation with the candidates otherwise."""
    if _KEY().match(text):
        raise unknown(registry, text, earliest, latest)
    found, candidates = _named_units(registry, text, earliest, latest)
    if len(found) == 1:
        return found[0].key
    when = _when(earliest, latest)
    if found:
        provinces = {_capitalised(describe(registry, u).split(", ")[-1]) for u in found}
        how = (f"Ghi kèm tên tỉnh (ví dụ '{text.split(',')[0].strip()}, {sorted(provinces)[0]}') hoặc ghi khóa của đơn vị."
               if len(provinces) > 1 else "Ghi khóa của đơn vị.")
        raise RuleViolation(f"có {len(found)} đơn vị tên '{text}'{when}: {_listed(registry, found)}.", hint=how)
    name = text.split(",")[0].strip()
    levels = _level_of(name)
    close = _close_names(registry, name, [u for u in candidates if levels is None or u.cap in levels])
    hint = f"Có phải là: {_listed(registry, close)}?" if close else _search_hint(name)
    raise RuleViolation(f"không có đơn vị hành chính '{text}'{when}.", hint=hint)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def named(registry: "ProfileRegistry", text: str, earliest: date | None = None, latest: date | None = None) -> list[Unit]:
    """The units a full name (with its province, and district) names between ``earliest`` and ``latest``."""
    try:
        return _named_units(registry, text, earliest, latest)[0]
    except RuleViolation:
        return []


def _named_units(registry: "ProfileRegistry", text: str, earliest: date | None,
                 latest: date | None) -> tuple[list[Unit], list[Unit]]:
    """The units of that name, and the units of the dates and province asked for (for suggestions)."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or len(parts) > 3:
        raise RuleViolation(f"không đọc được tên đơn vị '{text}'.",
                            hint="Ghi tên đơn vị, dấu phẩy rồi tên tỉnh: 'Xã Phú Cát, Thành phố Hà Nội'.")
    name, province, district = parts[0], (parts[-1] if len(parts) > 1 else None), (parts[1] if len(parts) == 3 else None)
    provinces = [u for u in registry.register.provinces() if _overlaps(u, earliest, latest)]
    if province is not None:
        provinces = [u for u in provinces if _named(province, u)]
        if not provinces:
            raise _no_province(registry, province, earliest, latest)
        candidates = [u for p in provinces for u in _under(registry, p.key, earliest, latest)]
    else:
        candidates = [*provinces, *(u for u in registry.register.units() if u.cap is not Cap.TINH)]
    candidates += [registry.unit(k) for k in registry.files() if k not in registry.register]
    candidates = [registry.unit(u.key) for u in candidates if _overlaps(u, earliest, latest)]
    levels = _level_of(name)
    found = [u for u in candidates if _named(name, u) and (levels is None or u.cap in levels)
             and (district is None or (u.thuoc is not None and _named(district, registry.unit(registry.key(u.thuoc) or u.key))))]
    found = list({u.key: u for u in found}.values())
    spelt = [u for u in found if _spelt(name, u)]  # "Xã Văn Lăng" among Văn Lang and Văn Lăng
    return (spelt if len(spelt) == 1 else found), candidates


def _spelt(text: str, unit: Unit) -> bool:
    written = " ".join(unicodedata.normalize("NFC", text).lower().split())
    return written in (unit.ten.lower(), unit.ten_day_du.lower())


def _under(registry: "ProfileRegistry", province: str, earliest: date | None, latest: date | None) -> list[Unit]:
    """The units under a province that existed between ``earliest`` and ``latest``: its districts
    and their communes, its communes (a district's file is read only for a date it existed)."""
    units = [u for u in registry.register.children(province) if _overlaps(u, earliest, latest)]
    return units + [c for u in units if u.cap is Cap.HUYEN for c in registry.register.children(u.key)]


def _no_province(registry: "ProfileRegistry", text: str, earliest: date | None, latest: date | None) -> RuleViolation:
    provinces = [u for u in registry.register.provinces() if _overlaps(u, earliest, latest)]
    close = _close_names(registry, text, provinces)
    hint = f"Có phải là: {_listed(registry, close)}?" if close else "Xem các tỉnh: bdg-docs profiles tinh."
    return RuleViolation(f"không có tỉnh, thành phố '{text}'{_when(earliest, latest)}.", hint=hint)


def _close_names(registry: "ProfileRegistry", text: str, units: list[Unit]) -> list[Unit]:
    import difflib  # a message's suggestion: imported only when there is a mistake to name

    by_name: dict[str, list[Unit]] = {}
    for unit in units:
        for name in _names(unit):
            by_name.setdefault(name, []).append(unit)
    close = difflib.get_close_matches(fold(text), list(by_name), n=3, cutoff=0.75)
    return list({u.key: u for name in close for u in by_name[name]}.values())


def _when(earliest: date | None, latest: date | None) -> str:
    if earliest is None or latest is None:
        return ""
    if earliest == latest:
        return f" vào ngày {format_ngay_ngan(earliest)}"
    return f" trong thời gian {format_ngay_ngan(earliest)} - {format_ngay_ngan(latest)}"


def _search_hint(text: str) -> str:
    return f"Tìm đơn vị và khóa của nó: bdg-docs profiles {fold(text)}"


# ----------------------------------------------------------------------------------- keys
def unknown(registry: "ProfileRegistry", key: str, earliest: date | None, latest: date | None,
            field: str | None = None) -> RuleViolation:
    """No unit has ``key``: say which were meant, keeping to its level, province and dates."""
    import difflib  # a message's suggestion: imported only when there is a mistake to name

    what = f"trường '{field}': " if field else ""
    missing = f"{what}không có hồ sơ địa phương '{key}'{_when(earliest, latest)}."
    if not _KEY().match(key):
        return RuleViolation(missing, hint=_search_hint(key))
    head, _, rest = key.partition(".")
    last = key.rsplit(".", 1)[-1]
    levels = _level_of(last)
    if rest and head not in registry.register:  # the province is misspelt
        provinces = [u.key for u in registry.register.provinces() if _overlaps(u, earliest, latest)]
        close = difflib.get_close_matches(head, provinces, n=1, cutoff=0.6)
        hint = f"Có phải là '{close[0]}.{rest}'? " if close else ""
        return RuleViolation(f"{what}không có hồ sơ địa phương '{key}' (không có tỉnh '{head}').",
                             hint=hint + _search_hint(rest.replace("_", " ")))
    if rest:  # the units of that province, of the level the key says
        candidates = [u for u in _under(registry, head, earliest, latest) if levels is None or u.cap in levels]
        found = [registry.unit(k) for k in difflib.get_close_matches(key, [u.key for u in candidates], n=3, cutoff=0.6)]
    elif levels is not None and Cap.TINH not in levels:  # "xa_tan_phong": that level and name, in every province
        by_segment: dict[str, list[Unit]] = {}
        for unit in registry.register.units():
            if unit.cap in levels and _overlaps(unit, earliest, latest):
                by_segment.setdefault(unit.key.rsplit(".", 1)[-1], []).append(unit)
        found = [u for segment in difflib.get_close_matches(key, list(by_segment), n=3, cutoff=0.8)
                 for u in by_segment[segment]]
    else:  # a province, a profile file or a former key
        keys = [u.key for u in registry.register.provinces() if _overlaps(u, earliest, latest)]
        keys += [k for k in [*registry.files(), *registry.aliases()] if _overlaps(registry[k], earliest, latest)]
        close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
        if close:
            return RuleViolation(missing, hint=f"Có phải là '{close[0]}'?")
        found = []
    if found:
        return RuleViolation(missing, hint=f"Có phải là: {_listed(registry, found)}?")
    return RuleViolation(missing, hint=_search_hint(last.replace("_", " ")))


def outside_dates(registry: "ProfileRegistry", unit: Unit, day: date) -> RuleViolation:
    """A document dated outside a unit's life: its successors, or its predecessors."""
    name = f"UBND {unit.ten_day_du}"
    if unit.den and day > unit.den:
        why = " (cấp huyện chấm dứt hoạt động từ 01/7/2025)" if unit.cap is Cap.HUYEN else ""
        following = registry.successors(unit.key)
        hint = (f"Sửa ngày, hoặc dùng hồ sơ của đơn vị kế tiếp: {_listed(registry, following)}." if following
                else "Sửa ngày của văn bản, hoặc chọn hồ sơ địa phương khác.")
        return RuleViolation(f"{name} chỉ ban hành văn bản đến ngày {format_ngay_ngan(unit.den)}{why}; "
                             "văn bản này ghi ngày sau đó.", hint=hint)
    assert unit.tu is not None
    before = [registry.unit(u.key) for u in registry.register.predecessors(unit.key)]
    hint = (f"Sửa ngày, hoặc dùng hồ sơ của đơn vị trước đó: {_listed(registry, before)}." if before
            else "Sửa ngày của văn bản, hoặc chọn hồ sơ địa phương khác.")
    return RuleViolation(f"{name} bắt đầu hoạt động từ ngày {format_ngay_ngan(unit.tu)}; văn bản này ghi ngày trước đó.",
                         hint=hint)


def parent_of_another_period(registry: "ProfileRegistry", child: Unit, parent: Unit, day: date) -> RuleViolation:
    """A profile whose parent did not exist on the document's date: the unit of that name that did."""
    then = [registry.unit(u.key) for u in (registry.register.predecessors(parent.key) if parent.tu and day < parent.tu
                                            else registry.successors(parent.key))]
    then.sort(key=lambda u: fold(u.ten) != fold(parent.ten))  # the unit of the same name first
    hint = f"Ghi 'thuoc: {then[0].key}' ({describe(registry, then[0])} vào ngày đó)." if then else \
        "Sửa trường 'thuoc', hoặc ngày của văn bản."
    return RuleViolation(f"hồ sơ '{child.key}' thuộc '{parent.key}' ({parent.ten_day_du}, {validity(parent)}), "
                         f"đơn vị khác thời kỳ với văn bản ngày {format_ngay_ngan(day)}.", hint=hint)


# --------------------------------------------------------------------------------- search
def search(registry: "ProfileRegistry", query: str, ngay: date | None) -> list[Unit]:
    """Units whose name, district and province have a word starting with each word of ``query``.

    First the units named exactly, then those whose own name is part of the query, then the others;
    in each, the units of today's register before the former ones.
    """
    words = fold(query.replace("_", " ").replace(".", " ")).split()
    if not words:
        return []
    phrase = " ".join(words)
    files = set(registry.files())
    units = [registry.unit(u.key) if u.key in files else u for u in registry.register.units()]
    units += [registry.unit(k) for k in files if k not in registry.register]
    names = _haystacks(units)
    found = [u for u in units if (ngay is None or u.valid_on(ngay)) and all(f" {w}" in names[u.key] for w in words)]
    for alias, key in registry.aliases().items():
        unit = registry.unit(key)
        if fold(alias.replace("_", " ")) == phrase and unit not in found and (ngay is None or unit.valid_on(ngay)):
            found.append(unit)

    def rank(unit: Unit) -> tuple:
        own = fold(unit.ten)
        tier = 0 if phrase in (own, fold(unit.ten_day_du)) else 1 if f" {own} " in f" {phrase} " else 2
        return tier, unit.den is not None, [Cap.TINH, Cap.HUYEN, Cap.XA].index(unit.cap), unit.key

    return sorted(found, key=rank)


def _haystacks(units: list[Unit]) -> dict[str, str]:
    """Each unit's searchable text: its key's words, its name, its district's and province's names."""
    names = {u.key: fold(u.ten_day_du) for u in units}
    parents = {u.key: u.thuoc for u in units}
    out = {}
    for unit in units:
        parts = [unit.key.replace("_", " ").replace(".", " "), names[unit.key]]
        parent = unit.thuoc
        while parent in names:
            parts.append(names[parent])
            parent = parents[parent]
        out[unit.key] = " " + " ".join(parts)
    return out


__all__ = ["describe", "key_of", "named", "outside_dates", "parent_of_another_period", "search", "unknown", "validity"]
