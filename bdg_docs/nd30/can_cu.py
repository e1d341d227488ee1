"""Căn cứ lines (spec §2.7; rule R31): the italic lines under the trích yếu that say on what the
document is based. Each ends with ``;``, the last with ``.``.

A line is read as căn cứ when it starts with ``Căn cứ``, ``Theo đề nghị``, ``Theo đề xuất``,
``Xét đề nghị`` or ``Xét Tờ trình`` (:data:`bdg_docs.nd30.loai.CAN_CU_MO_DAU`); a line starting
with ``Thực hiện`` is one when it is written in italics (in the body, upright, the same words open
an ordinary paragraph). The checker reads a .docx and the library lays out a page with this rule.

>>> la_dong_can_cu("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;", 0.0)
True
>>> la_dong_can_cu("Thực hiện Kế hoạch số 87/KH-UBND, UBND xã ban hành ...", 0.0)
False
"""
from __future__ import annotations

from bdg_docs.errors import RuleViolation
from bdg_docs.nd30.loai import CAN_CU_MO_DAU

THUC_HIEN = "Thực hiện"


def la_dong_can_cu(text: str, italic_share: float) -> bool:
    """Whether a line (its text, and the share of its characters in italics) reads as căn cứ."""
    if text.startswith(CAN_CU_MO_DAU):
        return not text.startswith("Xét") or text.startswith(("Xét đề nghị", "Xét Tờ trình", "Xét tờ trình"))
    return text.startswith(THUC_HIEN) and italic_share > 0.5


def validate_dau_cuoi(text: str, *, cuoi: bool) -> str:
    """R31: a căn cứ line ends with ``;``, the last one with ``.`` (or ``:`` before what follows)."""
    end = "." if cuoi else ";"
    if not text.endswith(end) and not (cuoi and text.endswith(":")):
        raise RuleViolation(f"dòng căn cứ phải kết thúc bằng '{end}'.", rule="R31",
                            hint="Mỗi căn cứ kết thúc ';', căn cứ cuối cùng kết thúc '.'.")
    return text
