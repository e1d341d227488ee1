"""Kính gửi of a Công văn (ô 9a; spec §2.6; rule R27).

Data holds the recipients' names only; the ND30 form is written here. One recipient stands on
the ``Kính gửi:`` line; several go one per line under it, each ``- ...;`` and the last ``- ....``
(the template aligns their dashes under the colon by indentation).

>>> format_kinh_gui(["Bộ Nội vụ"])
['Bộ Nội vụ']
>>> format_kinh_gui(["Các phòng, ban cấp huyện", "Chủ tịch UBND các xã, thị trấn"])
['- Các phòng, ban cấp huyện;', '- Chủ tịch UBND các xã, thị trấn.']
"""
from __future__ import annotations

from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import recipients

TIEU_DE = "Kính gửi:"


def validate_ten(name: str) -> str:
    """A recipient as data: a name without the punctuation ND30 adds."""
    if recipients.is_nhu_tren(name):
        raise RuleViolation(
            "'Như trên' chỉ ghi ở Nơi nhận (thư viện tự thêm), không ghi ở Kính gửi.",
            rule="R27",
            hint="Ghi tên cơ quan, đơn vị nhận công văn.",
        )
    return recipients.validate_bare(name, rule="R27")


def validate_danh_sach(names: list[str]) -> list[str]:
    if not names:
        raise RuleViolation(
            "công văn phải có ít nhất một nơi nhận ở 'Kính gửi'.",
            rule="R27",
            hint="Ví dụ: kinh_gui: [Các phòng, ban, ngành cấp huyện, Ủy ban nhân dân các xã, thị trấn].",
        )
    return names


def format_kinh_gui(names: list[str]) -> list[str]:
    """The lines after ``Kính gửi:``: the one name as it is, or ``- ...;`` lines ending ``.``."""
    if len(names) == 1:
        return [names[0]]
    return [f"- {name}{'.' if i == len(names) - 1 else ';'}" for i, name in enumerate(names)]
