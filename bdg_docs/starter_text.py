"""The text of a starter file: its locality placeholders and its top-level fields.

What :mod:`bdg_docs.starters` (one starter per document type), :mod:`bdg_docs.starter_profile`
(a starter for one locality) and :mod:`bdg_docs.starter_plan` (a report from its plan) share:
plain text work on the starter's YAML lines, so that none of them imports another to get it.
"""
from __future__ import annotations

# What the locality placeholders read as when no profile is given: a commune to be renamed.
PLACEHOLDERS = {"ten": "Tên Xã", "cap": "xã", "chu_tri": "Phòng Văn hóa - Xã hội",
                "cap_tren": "Sở Nội vụ", "co_quan_cap_tren": "Ủy ban nhân dân tỉnh"}

# What a starter writes for the officer to replace. A document that still holds one renders
# with a CẢNH BÁO naming it (bdg_docs.documents.warnings.placeholder_warnings, which reads them
# here: a render loads no starter), so a starter rendered as it is works for trying the tool,
# and nothing from it is signed unnoticed.
#: Words of a starter's text, and what they stand for.
MAU_CHU = {PLACEHOLDERS["ten"]: "tên địa phương", "Nguyễn Văn A": "họ tên người ký"}
#: Cited documents a starter makes up: (số, ký hiệu, day, month) → what they stand for.
MAU_VAN_BAN = {("01/KH-UBND", 15, 1): "kế hoạch năm của cấp trên",
               ("01/QĐ-UBND", 5, 1): "quyết định giao dự toán ngân sách"}


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    """``${name}`` → ``values[name]`` for the locality placeholders; once the locality is named,
    the header's "edit the Tên Xã places" no longer applies."""
    if values.get("ten", PLACEHOLDERS["ten"]) != PLACEHOLDERS["ten"]:
        text = text.replace('Sửa các chỗ "Tên Xã",', "Sửa các chỗ")
    for name, value in values.items():
        text = text.replace("${" + name + "}", value)
    return text


def field_span(lines: list[str], name: str) -> tuple[int, int] | None:
    """First and past-the-end line of the top-level field ``name`` (its indented lines and list items)."""
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{name}:")), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and lines[end].startswith((" ", "-")):
        end += 1
    return start, end


__all__ = ["PLACEHOLDERS", "field_span", "fill_placeholders"]
