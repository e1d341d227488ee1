"""Write bdg_docs/data/don_vi_hanh_chinh/ from the national register of administrative units.

    pip install -e '.[register]' && python tools/import_register.py [FOLDER]

Sources (pinned in pyproject.toml, extra ``register``; the library itself imports neither):

- ``vietnam-provinces`` (Nguyễn Hồng Quân, data of the General Statistics Office, Tổng cục Thống
  kê): the 34 provinces and 3,321 communes (xã, phường, đặc khu) from 01/7/2025, with their codes.
- ``vietnamadminunits`` (Trần Ngọc Minh Hiếu, MIT): the 63 provinces, their districts (huyện,
  quận, thị xã, thành phố thuộc tỉnh) and communes (xã, phường, thị trấn) as they stood on
  30/6/2025, and the table of which former communes each 2025 commune took over. Only its data
  files are read (its Python modules pull in shapely and geopy).

Output: ``index.json`` (the provinces, the sources and their versions), and the units under each
province or district, one file per parent and period, one unit a line (JSON Lines):
``<province>.jsonl`` its communes from 01/7/2025, ``<province>.den_2025.jsonl`` its districts until
30/6/2025, ``<province>.den_2025.<district>.jsonl`` that district's communes; each unit is
``[segment, kind, name, code, successor segments]``, so that a lookup reads only its unit's parent.
A unit's key is its province's key, its district's segment for a commune before 01/7/2025, and its
own segment, joined by dots: ``thanh_hoa.xa_trieu_son``, ``hai_phong_cu.quan_hong_bang``. A segment
is the kind and the name without accents (``xa_trieu_son``); units of one parent whose segments
would be equal (``Xã Văn Lang``, ``Xã Văn Lăng``) each get their code (``xa_van_lang_2143``). A
province key is its name (``thanh_hoa``); a province before 01/7/2025 whose name a different 2025
province took (Hải Phòng merged with Hải Dương) gets ``_cu``: ``hai_phong_cu``. The 11 provinces the
2025 reform left as they were are one unit over both periods. The same sources give the same bytes.
"""
from __future__ import annotations

import collections
import json
import re
import sqlite3
import sys
import unicodedata
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bdg_docs.register import BEFORE_SUFFIX, KINDS_AFTER, KINDS_BEFORE, PROVINCE_KINDS  # noqa: E402
from bdg_docs.search import fold  # noqa: E402

TARGET = ROOT / "bdg_docs" / "data" / "don_vi_hanh_chinh"
# Tone marks as older spellings place them (Thuỷ, Hoà) → as the register now writes them (Thủy, Hòa).
_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
          "oẽ": "õe", "oọ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}


def slug(text: str) -> str:
    """``Xã Ea M’Droh`` → ``xa_ea_mdroh``; ``Phường Văn Miếu - Quốc Tử Giám`` → ``phuong_van_mieu_quoc_tu_giam``."""
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"['’`]", "", fold(text))).strip("_")


def spelling(text: str) -> str:
    """A name compared with its accents, whatever the tone placement and case."""
    text = unicodedata.normalize("NFC", " ".join(text.lower().split())).replace("–", "-").replace("’", "'")
    for old, new in _TONES.items():
        text = text.replace(old, new)
    return text


def split_kind(full: str, kinds: tuple[str, ...]) -> tuple[str, str]:
    """``Thành phố Hải Phòng`` → (``thành phố``, ``Hải Phòng``); a name without its kind word keeps ``tỉnh``."""
    for kind in sorted(kinds, key=len, reverse=True):
        if full.lower().startswith(kind + " "):
            return kind, full[len(kind) + 1:].strip()
    return "tỉnh", full.strip()


def unique_segments(rows: list[dict]) -> None:
    """Give each row its segment; rows of one parent with the same segment each take their code."""
    count = collections.Counter((r["parent"], slug(f"{r['kind']} {r['name']}")) for r in rows)
    for r in rows:
        base = slug(f"{r['kind']} {r['name']}")
        r["seg"] = f"{base}_{r['code']}" if count[(r["parent"], base)] > 1 else base


def new_units() -> tuple[list[dict], dict[tuple[str, str], dict]]:
    """Provinces and communes from 01/7/2025 (vietnam-provinces)."""
    import vietnam_provinces

    nested = json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_bytes())
    provinces, by_name = [], {}
    for p in nested:
        kind, name = split_kind(p["name"], PROVINCE_KINDS)
        if p["division_type"] == "thành phố trung ương":
            kind = "thành phố"
        province = {"code": p["code"], "kind": kind, "name": name, "key": slug(name), "wards": []}
        for w in p["wards"]:
            wkind, wname = split_kind(w["name"], KINDS_AFTER)
            assert wkind == w["division_type"], w
            ward = {"code": w["code"], "kind": wkind, "name": wname, "parent": -1}
            province["wards"].append(ward)
            by_name[(province["key"], spelling(w["name"]))] = ward
        provinces.append(province)
    return provinces, by_name


def legacy_units(db: sqlite3.Connection) -> list[dict]:
    """Provinces, districts and communes as they stood on 30/6/2025 (vietnamadminunits)."""
    rows = db.execute("select provinceCode, province, provinceKey, districtCode, district, districtKey, wardCode, ward, wardKey "
                      "from admin_units_legacy order by provinceCode, districtCode, wardCode").fetchall()
    provinces: dict[str, dict] = {}
    for pcode, pname, pkey, dcode, dname, dkey, wcode, wname, wkey in rows:
        kind, name = split_kind(pname, PROVINCE_KINDS)
        province = provinces.setdefault(pcode, {"code": int(pcode), "kind": kind, "name": name, "vau": pkey,
                                                "key": slug(name), "units": [], "districts": {}})
        if dcode not in province["districts"]:
            dkind, dshort = split_kind(dname, KINDS_BEFORE)
            province["districts"][dcode] = len(province["units"])
            province["units"].append({"code": int(dcode), "kind": dkind, "name": dshort, "parent": -1, "vau": f"{pkey}_{dkey}_"})
        if wname:
            wkind, wshort = split_kind(wname, KINDS_BEFORE)
            province["units"].append({"code": int(wcode), "kind": wkind, "name": wshort,
                                      "parent": province["districts"][dcode], "vau": f"{pkey}_{dkey}_{wkey}"})
    return list(provinces.values())


def successors(conversion: dict, db: sqlite3.Connection, new_by_name: dict, new_key_of: dict) -> dict[str, list[dict]]:
    """Former commune (vietnamadminunits key) → the 2025 communes that took it over, the usual one first."""
    wards = {(pk, wk): (pname, ward) for pname, ward, pk, wk in
             db.execute("select province, ward, provinceKey, wardKey from admin_units")}

    def new_ward(province_vau: str, ward_vau: str) -> dict:
        pname, ward = wards[(province_vau, ward_vau)]
        return new_by_name[(new_key_of[province_vau], spelling(ward))]

    out: dict[str, list[dict]] = collections.defaultdict(list)
    for province_vau, by_ward in conversion["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward_vau, old_keys in by_ward.items():
            for old in old_keys:
                out[old].append(new_ward(province_vau, ward_vau))
    for province_vau, by_old in conversion["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, parts in by_old.items():
            ordered = sorted(parts, key=lambda part: not part["isDefaultNewWard"])
            out[old].extend(new_ward(province_vau, part["newWardKey"]) for part in ordered)
    return out


def main(target: Path = TARGET) -> None:
    vau_dir = Path(find_spec("vietnamadminunits").submodule_search_locations[0]) / "data"
    db = sqlite3.connect(vau_dir / "dataset.db")
    conversion = json.loads((vau_dir / "converter_2025.json").read_text(encoding="utf-8"))
    new_provinces, new_by_name = new_units()
    old_provinces = legacy_units(db)

    # Which former provinces each 2025 province is made of (vietnamadminunits keys → ours).
    new_by_vau = {p["key"]: p for p in new_provinces}
    vau_province = dict(db.execute("select distinct provinceKey, province from admin_units"))
    new_key_of = {vau: slug(split_kind(name, PROVINCE_KINDS)[1]) for vau, name in vau_province.items()}
    merged_into = {old: new_key_of[new] for new, olds in conversion["DICT_PROVINCE"].items() for old in olds}
    unchanged = {new_key_of[new] for new, olds in conversion["DICT_PROVINCE"].items() if olds == [new]}
    for p in old_provinces:
        successor = merged_into[p["vau"]]
        p["successor"] = successor
        if successor in unchanged and successor == p["key"]:
            p["period"] = 0  # one unit over both periods
        else:
            p["period"] = -1
            if p["key"] in new_by_vau:
                p["key"] += "_cu"
    keys = [p["key"] for p in old_provinces if p["period"] == -1] + [p["key"] for p in new_provinces]
    assert len(keys) == len(set(keys)), "province keys must be unique"

    succ = successors(conversion, db, new_by_name, new_key_of)
    for province in new_provinces:
        unique_segments(province["wards"])
    files: dict[str, list[list]] = {}
    for p in old_provinces:
        units = p["units"]
        unique_segments(units)
        for unit in units:
            row = [unit["seg"], unit["kind"], unit["name"], unit["code"],
                   list(dict.fromkeys(w["seg"] for w in succ.get(unit["vau"], [])))]
            parent = f".{units[unit['parent']]['seg']}" if unit["parent"] >= 0 else ""
            files.setdefault(f"{p['key']}{BEFORE_SUFFIX}{parent}", []).append(row)
    for province in new_provinces:
        files[province["key"]] = [[ward["seg"], ward["kind"], ward["name"], ward["code"], []] for ward in province["wards"]]

    index = {
        "mo_ta": "Các đơn vị hành chính: tỉnh trước và từ 01/7/2025. Tỉnh: [khóa, loại, tên, giai đoạn "
                 "(-1: đến 30/6/2025, 0: cả hai, 1: từ 01/7/2025), mã, khóa tỉnh kế tiếp hoặc các tỉnh trước đó]. "
                 f"Tệp <tỉnh>.jsonl: các xã, phường, đặc khu từ 01/7/2025; <tỉnh>{BEFORE_SUFFIX}.jsonl: các huyện "
                 f"đến 30/6/2025; <tỉnh>{BEFORE_SUFFIX}.<huyện>.jsonl: các xã của huyện đó; mỗi dòng một đơn vị: "
                 "[đoạn khóa, loại, tên, mã, đoạn khóa các xã kế tiếp từ 01/7/2025]. "
                 "Tạo bằng: python tools/import_register.py (không sửa tay).",
        "nguon": {
            "vietnam-provinces": f"{metadata.version('vietnam-provinces')} (dữ liệu Tổng cục Thống kê, "
                                 f"lấy ngày {_data_version()}): 34 tỉnh, 3.321 xã, phường, đặc khu từ 01/7/2025",
            "vietnamadminunits": f"{metadata.version('vietnamadminunits')} (MIT): 63 tỉnh, các huyện, xã đến 30/6/2025 "
                                 "và bảng chuyển đổi sang đơn vị hành chính năm 2025",
        },
        "tinh": [],
    }
    predecessors: dict[str, list[str]] = collections.defaultdict(list)
    for p in old_provinces:
        if p["period"] == -1:
            predecessors[p["successor"]].append(p["key"])
    for p in old_provinces:
        index["tinh"].append([p["key"], p["kind"], p["name"], p["period"], p["code"],
                              [p["successor"]] if p["period"] == -1 else []])
    for p in new_provinces:
        if p["key"] in unchanged:
            continue  # already listed, with both periods
        index["tinh"].append([p["key"], p["kind"], p["name"], 1, p["code"], predecessors[p["key"]]])

    target.mkdir(parents=True, exist_ok=True)
    for old in [*target.glob("*.json"), *target.glob("*.jsonl")]:
        old.unlink()
    _write(target / "index.json", index)
    for name, rows in sorted(files.items()):  # JSON Lines: one unit a line, read line by line
        text = "".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows)
        (target / f"{name}.jsonl").write_text(text, encoding="utf-8")
    counts = collections.Counter(row[1] for rows in files.values() for row in rows)
    print(f"{len(index['tinh'])} tỉnh, {sum(counts.values())} đơn vị ({dict(sorted(counts.items()))}) → {target}")


def _data_version() -> str:
    import vietnam_provinces

    return vietnam_provinces.__data_version__


def _write(path: Path, value: object) -> None:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # One unit a line: readable diffs when the register changes.
    text = text.replace("],[", "],\n[")
    path.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
