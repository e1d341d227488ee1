"""Write bdg_docs/data/van_ban.yaml from the shared legal catalogue (run once per update).

    python tools/import_catalogue.py ../shared/reference/legal-catalogue.yaml

The library's file uses the field names of :class:`bdg_docs.models.citation.VanBan` and keeps the
reference's ``source``, ``status`` and ``confirmed``. Entries without a number or date (searched
for and not found) are left out: they cannot be cited; so are the two seed documents whose trích
yếu the reference only guessed (the provincial plan 87/KH-UBND lives in the Thanh Hóa profile,
with the wording of the seed). The end dates (``het_han``) and
replacements (``thay_the_boi``) are written here from the reference's ``status`` text, so that a
reviewer sees them next to each other. Then run tools/build_prepared_data.py (the catalogue validated).
"""
from __future__ import annotations

import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "bdg_docs" / "data" / "van_ban.yaml"

# Reference key -> library key (what data writes in [@...]).
KEYS = {
    "nq_28_2021_chien_luoc_bdg": "nq_28_2021",
    "qd_1790_2021_truyen_thong_bdg": "qd_1790_2021",
    "qd_2232_2020_bao_luc_gioi_2021_2025": "qd_2232_2020",
    "qd_2282_2020_phu_nu_lanh_dao": "qd_2282_2020",
    "nd_125_2021_xu_phat_bdg": "nd_125_2021",
    "nd_30_2020_van_thu": "nd_30_2020",
    "nd_48_2009_bien_phap_bdg": "nd_48_2009",
    "nd_70_2008_chi_tiet_luat_bdg": "nd_70_2008",
    "qd_1696_2015_ctrinh_hanh_dong_bdg": "qd_1696_2015",
    "qd_2351_2010_chien_luoc_bdg_2011_2020": "qd_2351_2010",
    "ct_21_2018_cong_tac_phu_nu": "ct_21_2018",
    "nq_11_2007_cong_tac_phu_nu": "nq_11_2007",
    "nd_25_2025_bo_noi_vu": "nd_25_2025",
    "nq_202_2025_sap_xep_tinh": "nq_202_2025",
    "nd_150_2025_co_quan_chuyen_mon": "nd_150_2025",
    "nd_129_2025_phan_dinh_tham_quyen_noi_vu": "nd_129_2025",
    "cv_739_2025_bnv_huong_dan_bdg": "cv_739_2025",
    "cv_8935_2025_thang_hanh_dong": "cv_8935_2025",
    "cv_3496_2021_thang_hanh_dong": "cv_3496_2021",
    "kh_87_2022_ubnd_thanh_hoa": "kh_87_2022",
    "cv_129_2022_ldtbxh": "cv_129_2022",
}
# End of a programme's or guidance's period: citing it as current after this day is warned.
HET_HAN = {
    "qd_2232_2020": "2025-12-31", "qd_1696_2015": "2020-12-31", "qd_2351_2010": "2020-12-31",
    "cv_739_2025": "2025-12-31", "cv_8935_2025": "2025-12-31", "cv_3496_2021": "2021-12-31",
    "cv_129_2022": "2022-12-31",
}
# Replaced documents: (replacement key, from).
THAY_THE = {"luat_nsnn_2015": ("luat_nsnn_2025", "2026-01-01"), "qd_2351_2010": ("nq_28_2021", "2021-03-03")}


def convert(entry: dict) -> tuple[str, dict] | None:
    if not entry.get("issued") or (entry["type"] != "Luật" and not entry.get("symbol")):
        return None
    if str(entry["title"]).startswith("("):  # a trích yếu guessed from a seed, not a source
        return None
    key = KEYS.get(entry["key"], entry["key"])
    title = str(entry["title"])
    lien_tu = ""
    for word in ("về việc ", "về "):
        if title.startswith(word):
            lien_tu, title = word.strip(), title[len(word):]
            break
    out: dict = {"loai": entry["type"]}
    if entry["type"] != "Luật":
        out["so_ky_hieu"] = entry["symbol"]
        out["co_quan"] = entry["issuer"]
    out["ngay"] = entry["issued"]
    out["trich_yeu"] = title
    if entry["type"] != "Luật":
        out["lien_tu"] = lien_tu
    if key in HET_HAN:
        out["het_han"] = HET_HAN[key]
    if key in THAY_THE:
        out["thay_the_boi"], out["ngay_thay_the"] = THAY_THE[key]
    for name in ("status", "source", "confirmed"):
        out[name] = entry[name]
    if entry.get("notes"):
        out["notes"] = " ".join(str(entry["notes"]).split())
    return key, out


def main(source: str) -> None:
    yaml = YAML(typ="safe")
    documents = yaml.load(Path(source).read_text(encoding="utf-8"))["documents"]
    converted = dict(filter(None, map(convert, documents)))
    header = (
        "# Danh mục văn bản được trích dẫn (văn bản trung ương và văn bản mẫu), theo khóa [@khoa].\n"
        "# Nguồn: ../shared/reference/legal-catalogue.yaml (tools/import_catalogue.py), giữ các trường\n"
        "# source (trang đã đối chiếu), status (hiệu lực), confirmed (đã đối chiếu số, ngày, cơ quan, trích yếu).\n"
        "# het_han: ngày hết thời kỳ của chương trình, hướng dẫn; thay_the_boi: khóa văn bản thay thế.\n"
    )
    out = YAML()
    out.width = 4096
    out.allow_unicode = True
    with TARGET.open("w", encoding="utf-8") as f:
        f.write(header)
        out.dump({"van_ban": converted}, f)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "reference" / "legal-catalogue.yaml"))
