"""Trích yếu of a Công văn (ô 5b; spec §2.5; rule R26).

A Công văn has no type-name line: its trích yếu follows ``V/v`` in the left header column,
centred under the number line, and must fit that column in a few lines. Data holds the words
only; ``V/v`` is added here.

>>> format_vv("hướng dẫn công tác bình đẳng giới năm 2022")
'V/v hướng dẫn công tác bình đẳng giới năm\\xa02022'
>>> validate_vv("V/v báo cáo kết quả")
'báo cáo kết quả'
"""
from __future__ import annotations

from bdg_docs import lazy
from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import metrics
from bdg_docs.nd30.header import format_trich_yeu
from bdg_docs.nd30.page import HEADER_LEFT_TEXT, VV_MAX_LINES, VV_SIZE

PREFIX = "V/v"
_PREFIX = lazy.pattern(r"^\s*(V/v|V/V|v/v)\b[\s:]*")


def format_vv(trich_yeu: str) -> str:
    """The V/v line as printed: ``V/v <trích yếu>``; ``\\n`` keeps a line break the drafter chose,
    and a number stays with the word before it (:func:`bdg_docs.nd30.header.format_trich_yeu`)."""
    return f"{PREFIX} {format_trich_yeu(trich_yeu)}"


def lines(trich_yeu: str) -> list[str]:
    """The lines the V/v takes in the header's left column, broken as a word processor would."""
    return metrics.wrap(format_vv(trich_yeu), HEADER_LEFT_TEXT, VV_SIZE)


def validate_vv(text: str) -> str:
    """The trích yếu of a Công văn, without ``V/v`` (accepted if typed), fitting its column."""
    trich_yeu = _PREFIX().sub("", text, count=1).strip()
    if not trich_yeu:
        raise RuleViolation(
            "công văn phải có trích yếu (nội dung sau 'V/v').",
            rule="R26",
            hint="Ví dụ: trich_yeu: hướng dẫn triển khai công tác bình đẳng giới năm 2026.",
        )
    taken = lines(trich_yeu)
    if len(taken) > VV_MAX_LINES:
        raise RuleViolation(
            f"trích yếu 'V/v {' '.join(trich_yeu.split())}' chiếm {len(taken)} dòng ở cột trái; "
            f"chỉ được tối đa {VV_MAX_LINES} dòng.",
            rule="R26",
            hint="Viết ngắn gọn hơn: chỉ nêu việc chính (ví dụ 'hướng dẫn công tác bình đẳng giới năm 2026').",
        )
    return trich_yeu
