"""Căn cứ lines (spec §2.7; rule R31): the italic lines under the trích yếu that say on what the
document is based. Each ends with ``;``, the last with ``.``.

A line is read as căn cứ when it starts with ``Căn cứ``; a line starting with ``Thực hiện``,
``Theo đề nghị`` or ``Xét đề nghị`` is one when it is written in italics (in the body, upright,
the same words open an ordinary paragraph).

>>> la_dong_can_cu("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;", 0.0)
True
>>> la_dong_can_cu("Thực hiện Kế hoạch số 87/KH-UBND, UBND xã ban hành ...", 0.0)
False
"""
from __future__ import annotations

from bdg_docs.errors import RuleViolation

CAN_CU = "Căn cứ"
#: Words that open a căn cứ line only when the line is in italics.
DONG_TU_NGHIENG = ("Thực hiện", "Theo đề nghị", "Xét đề nghị")


def la_dong_can_cu(text: str, italic_share: float) -> bool:
    """Whether a line (its text, and the share of its characters in italics) reads as căn cứ."""
    return text.startswith(CAN_CU) or (text.startswith(DONG_TU_NGHIENG) and italic_share > 0.5)


def validate_dau_cuoi(text: str, *, cuoi: bool) -> str:
    """R31: a căn cứ line ends with ``;``, the last one with ``.``."""
    end = "." if cuoi else ";"
    if not text.endswith(end):
        raise RuleViolation(f"dòng căn cứ phải kết thúc bằng '{end}'.", rule="R31",
                            hint="Mỗi căn cứ kết thúc ';', căn cứ cuối cùng kết thúc '.'.")
    return text
