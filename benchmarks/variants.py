"""Many different plans from one fixture, for the batch benchmark: the Triệu Sơn plan with the
issuer, place, number, date and some text changed for each number (the same number, the same
plan)."""
from __future__ import annotations

from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "fixtures" / "ke_hoach_truyen_thong_trieu_son_2022.yaml"
FIRST = ["Đông", "Tây", "Nam", "Bắc", "Xuân", "Thọ", "Quảng", "Hoằng", "Nga", "Vĩnh"]
SECOND = ["Sơn", "Lộc", "Phú", "Thịnh", "Hòa", "Tiến", "Thành", "Hưng", "Bình", "An"]
KINH_PHI = "kinh_phi:\n  khoan:\n"


def locality(n: int) -> str:
    return f"{FIRST[n % 10]} {SECOND[n // 10 % 10]}"


def plan(n: int, source: str | None = None) -> str:
    """YAML text of plan number ``n``: its own locality name, date and an added sentence."""
    text = source if source is not None else _source()
    name = locality(n)
    month, day = 4 + n // 100 % 9, 1 + n % 28
    text = text.replace("Triệu Sơn", name)
    # The issuer and place come from the Triệu Sơn profile; the document's own fields win.
    text = text.replace("dia_phuong: trieu_son", f"dia_phuong: trieu_son\nco_quan:\n  ten: [Ủy ban nhân dân, "
                        f"huyện {name}]\ndia_danh: {name}", 1)
    text = text.replace("ngay: {nam: 2022}", f"ngay: {{ngay: {day}, thang: {month}, nam: 2022}}")
    text = text.replace("so:                      #", f"so: {n + 1}  #")
    sentence = (f"  - Năm 2022, huyện {name} dành {n % 90 + 10} triệu đồng cho hoạt động truyền thông "
                f"tại {n % 30 + 5} xã, thị trấn (kế hoạch số {n + 1}).\n")
    return text.replace(KINH_PHI, KINH_PHI + sentence, 1) if n % 2 else text


_cache: dict[str, str] = {}


def _source() -> str:
    if "text" not in _cache:
        _cache["text"] = SOURCE.read_text(encoding="utf-8")
    return _cache["text"]
