"""Officers' slips laid over valid documents, for the invariant of tests/test_invariant.py.

A valid document of any type (tests/strategies/<loai>.py) is changed the way officers' files go
wrong: text typed in capitals, a title ending with a full stop, a number, letter, bullet or
structure word (``Mục 2``, ``Điều 1.``) typed before text, a whole paragraph in italics or bold, an opening that starts
like a căn cứ line, a paragraph that is only a secrecy word, căn cứ lines of free text, điểm
written on one line with their title, group headings in Nơi nhận, a year out of range, and the
document moved to any unit of the national register or the shipped profiles, at a date it could
issue one. The result may be
refused, rendered with warnings, or rendered clean; only the last is checked by the invariant.
"""
from __future__ import annotations

import copy
from datetime import date
from functools import lru_cache
from typing import Any, Callable, Iterator

from hypothesis import strategies as st

from bdg_docs.profiles import ProfileRegistry

Slip = Callable[[str], str]

SLIPS: list[tuple[str, Slip]] = [
    ("in hoa", str.upper),
    ("dấu chấm cuối", lambda t: t.rstrip() + "."),
    ("số mục", lambda t: "I. " + t),
    ("số khoản", lambda t: "1. " + t),
    ("số khoản in hoa", lambda t: "2. " + t.upper()),
    ("chữ điểm", lambda t: "a) " + t),
    ("gạch đầu dòng", lambda t: "- " + t),
    ("dấu cộng", lambda t: "+ " + t),
    ("số trong ngoặc", lambda t: "(1) " + t),
    ("nghiêng cả đoạn", lambda t: f"*{t.strip()}*"),
    ("đậm cả đoạn", lambda t: f"**{t.strip()}**"),
    ("khoản đậm có dấu chấm", lambda t: f"**1. {t.strip()}.**"),
    ("điểm đậm", lambda t: f"**a) {t.strip()}**"),
    ("căn cứ", lambda t: "Căn cứ " + t),
    ("thực hiện nghiêng", lambda t: f"*Thực hiện {t.strip()}*"),
    ("theo đề nghị", lambda t: "Theo đề nghị " + t),
    ("xét", lambda t: "Xét " + t),
    ("mục số", lambda t: "Mục 2 " + t),
    ("điều", lambda t: "Điều 1. " + t),
    ("chương", lambda t: "Chương II " + t),
    ("khoản con", lambda t: "1.1. " + t),
    ("dấu mật", lambda t: "MẬT"),
    ("dấu khẩn", lambda t: "Khẩn"),
    ("phạm vi lưu hành", lambda t: "Lưu hành nội bộ"),
    ("hai dấu chấm", lambda t: t.rstrip() + ":"),
]
# Fields that hold keys, codes or choices, not words an officer types.
_NOT_TEXT = {"loai", "ky_hieu", "dia_phuong", "so_ky_hieu", "lien_tu", "dang_ngay", "dong_tu", "khoa",
             "quyet_dinh", "ke_hoach_cap_tren", "luu"}


def _text_leaves(value: Any, parent_key: str = "") -> Iterator[tuple[Any, Any]]:
    """(container, key) of every text an officer types in ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in _NOT_TEXT or (key == "van_ban" and isinstance(item, str)):
                continue
            if isinstance(item, str):
                yield value, key
            else:
                yield from _text_leaves(item, key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str):
                yield value, i
            else:
                yield from _text_leaves(item, parent_key)


def _content_lists(value: Any, top: bool = True) -> Iterator[list]:
    """Lists of body content (where paragraphs, bullets and điểm go); a Công văn's own
    ``noi_dung`` is a list of numbered items, not of content."""
    if isinstance(value, dict):
        for key, item in value.items():
            if top and value.get("loai") == "cong_van_huong_dan" and key == "noi_dung":
                yield from _content_lists(item, False)
                continue
            if key in ("noi_dung", "muc_dich", "yeu_cau", "ket_luan", "chung", "cu_the") and isinstance(item, list):
                yield item
            yield from _content_lists(item, False)
    elif isinstance(value, list):
        for item in value:
            yield from _content_lists(item, False)


@lru_cache(maxsize=1)
def _units() -> list[str]:
    """Every unit's key: the national register and the shipped profile files."""
    return sorted(ProfileRegistry.shipped())


def _valid_span(key: str) -> tuple[date, date]:
    """The days from 2020 to 2030 when the unit could issue a document."""
    unit = ProfileRegistry.shipped().unit(key)
    return max(unit.tu or date(2020, 1, 1), date(2020, 1, 1)), min(unit.den or date(2030, 12, 31), date(2030, 12, 31))


@st.composite
def slipped(draw: st.DrawFn, documents: st.SearchStrategy) -> dict[str, Any]:
    """The data of a valid document (``documents``: a Sample strategy) with slips laid over it."""
    data = copy.deepcopy(draw(documents).data)
    for group in data.get("ket_qua_thuc_hien", []):  # a report's activity with no result is warned: give most one
        for activity in group.get("hoat_dong", []):
            if "ket_qua" not in activity and draw(st.sampled_from(range(4))) != 3:
                activity["ket_qua"] = "Đã tổ chức 02 hội nghị tại các thôn."
    leaves = list(_text_leaves(data))
    for _ in range(draw(st.integers(0, 3))):
        container, key = draw(st.sampled_from(leaves))
        _, slip = draw(st.sampled_from(SLIPS))
        container[key] = slip(container[key])
    lists = list(_content_lists(data))
    if lists and draw(st.booleans()):
        target = draw(st.sampled_from(lists))
        title = draw(st.sampled_from(["Tuyên truyền", "Tập huấn.", "a) Hội nghị", "TỌA ĐÀM"]))
        target.append({"diem": [{"tieu_de": title, "cung_dong": draw(st.booleans()),
                                 "noi_dung": ["Tổ chức tại các thôn."]}]})
    if data["loai"] != "cong_van_huong_dan" and draw(st.booleans()):
        starts = ["Căn cứ Nghị quyết của Hội đồng nhân dân", "Thực hiện Kế hoạch của tỉnh",
                  "Theo đề nghị của Phòng Văn hóa - Xã hội", "Xét tình hình thực tế"]
        data["can_cu"] = [*data.get("can_cu", []), *draw(st.lists(st.sampled_from(starts), min_size=1, max_size=3))]
    noi_nhan = data.get("noi_nhan")
    if isinstance(noi_nhan, dict) and draw(st.booleans()):
        noi_nhan.setdefault("danh_sach", []).insert(0, {"nhom": draw(st.sampled_from(["Gửi bản điện tử", "Các sở:"]))})
    if draw(st.sampled_from(range(10))) == 5:
        data["ngay"] = {"nam": draw(st.sampled_from([26, 1999, 2101, 10000]))}
    if "dia_phuong" in data and draw(st.booleans()):
        _move(draw, data)
    return data


def _move(draw: st.DrawFn, data: dict[str, Any]) -> None:
    """The document moved to any shipped profile, dated when that locality could issue it."""
    registry = ProfileRegistry.shipped()
    key = draw(st.sampled_from(_units()))
    first, last = _valid_span(key)
    if first > last:  # a unit that ended before 2020
        return
    day = draw(st.dates(first, last))
    data["dia_phuong"] = key
    data["ngay"] = {"ngay": day.day, "thang": day.month, "nam": day.year}
    if "nam" in data:  # an annual plan is for the year of its date; its own dates go with the defaults
        data["nam"] = day.year
        data.pop("thang_hanh_dong", None)
        data.pop("han_bao_cao", None)
    profile = registry.resolve(key, day)
    if not profile.nguoi_ky:
        data["chu_ky"] = {"chuc_danh": ["KT. Chủ tịch", "Phó Chủ tịch"], **data.get("chu_ky", {})}
    for agency in data.get("to_chuc_thuc_hien", []):
        if isinstance(agency.get("co_quan"), dict):
            keys = profile.agency_keys()
            agency["co_quan"] = {"khoa": draw(st.sampled_from(keys))} if keys else "Phòng Văn hóa - Xã hội"
