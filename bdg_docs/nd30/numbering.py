"""Numbering of sections (spec §2.8; rules R32, R33).

Structure B of ND30: Mục ``I.``, Khoản ``1.``, Điểm ``a)``. Điểm letters follow the Vietnamese
alphabet without the letters that carry marks and without f, j, w, z.

>>> roman(4), roman(14)
('IV', 'XIV')
>>> [diem_letter(i) for i in range(1, 8)]
['a', 'b', 'c', 'd', 'đ', 'e', 'g']
"""
from __future__ import annotations

import re

from bdg_docs.errors import RuleViolation

DIEM_LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
                "p", "q", "r", "s", "t", "u", "v", "x", "y")

# The heading lines of structure B as they are written (R32): ``I. TÊN MỤC``, ``1. Khoản``, ``a) Điểm``.
MUC_LINE = re.compile(r"^[IVXLC]+\.\s")
KHOAN_LINE = re.compile(r"^\d+\.\s")
DIEM_LINE = re.compile(r"^(?P<letter>[a-zđ])\)\s")

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """Roman numeral of a Mục (1 → I)."""
    if n < 1:
        raise ValueError(n)
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def diem_letter(n: int) -> str:
    """Letter of the n-th điểm (1 → a, 5 → đ, 7 → g)."""
    if not 1 <= n <= len(DIEM_LETTERS):
        raise RuleViolation(
            f"có {n} điểm, nhiều hơn {len(DIEM_LETTERS)} chữ cái a) … y).",
            rule="R33",
            hint="Chia thành nhiều khoản hoặc dùng gạch đầu dòng.",
        )
    return DIEM_LETTERS[n - 1]


def first_wrong_diem(letters: list[str]) -> int | None:
    """Where a run of điểm letters first leaves the sequence a) b) c) d) đ) e) g) ..., or None."""
    return next((i for i, letter in enumerate(letters)
                 if i >= len(DIEM_LETTERS) or letter != DIEM_LETTERS[i]), None)


def validate_diem_sequence(letters: list[str]) -> None:
    """Raise if a run of điểm letters skips or misorders the sequence (R33)."""
    i = first_wrong_diem(letters)
    if i is not None:
        letter = letters[i]
        if letter not in DIEM_LETTERS:
            raise RuleViolation(f"điểm '{letter})' không thuộc bảng chữ cái dùng cho điểm.", rule="R33",
                                hint="Không dùng f, j, w, z; sau d) là đ), sau e) là g).")
        diem_letter(i + 1)  # more điểm than letters
        raise RuleViolation(f"điểm '{letter})' đứng ở vị trí của '{DIEM_LETTERS[i]})'.", rule="R33",
                            hint="Thứ tự: a) b) c) d) đ) e) g) h) i) k) ...")
