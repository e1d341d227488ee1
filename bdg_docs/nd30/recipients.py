"""Nơi nhận (ô 9b; spec §2.10; rules R38–R42).

Data holds the recipients' names only; the ND30 punctuation is added here: each item
starts with ``- `` and ends with ``;``; the last item is ``- Lưu: VT, <unit>.``. A Công văn
starts with ``- Như trên;`` (which stands for everyone in Kính gửi).

>>> format_noi_nhan(["Sở Nội vụ (để b/c)", "UBND các xã"], "VHXH")
['- Sở Nội vụ (để b/c);', '- UBND các xã;', '- Lưu: VT, VHXH.']
>>> format_noi_nhan(["Sở Nội vụ (để báo cáo)"], "VX", nhu_tren=True)
['- Như trên;', '- Sở Nội vụ (để báo cáo);', '- Lưu: VT, VX.']
"""
from __future__ import annotations

import re

from bdg_docs import lazy
from bdg_docs.errors import RuleViolation

TIEU_DE = "Nơi nhận:"
NHU_TREN = "Như trên"
LUU = lazy.pattern(r"^- Lưu: VT(, .+)?\.$")
ITEM = lazy.pattern(r"^- \S.*;$")
# Ô 12 at the tail of the Lưu line (R43): the drafter's letters and the number of copies, ``PL.(300)``.
KY_HIEU_SOAN_THAO = lazy.pattern(r"[A-ZĐ]{1,6}\.?\(?\d+\)?")


def dong_luu(don_vi: str | None) -> str:
    """``- Lưu: VT, LĐTBXH.``: the last item (VT = Văn thư, then the drafting unit)."""
    return f"- Lưu: VT, {don_vi}." if don_vi else "- Lưu: VT."


def validate_bare(name: str, *, rule: str) -> str:
    """A name in a list of recipients (Nơi nhận R39, Kính gửi R27) as data: one line, with no
    bullet or final punctuation, since ND30 punctuation is added by the library."""
    text = " ".join(name.split())
    if not text:
        raise RuleViolation("nơi nhận để trống.", rule=rule, hint="Xóa dòng trống hoặc ghi tên nơi nhận.")
    if text.startswith(("-", "+", "•")):
        raise RuleViolation(
            f"'{text}' có dấu đầu dòng.",
            rule=rule,
            hint=f"Chỉ ghi tên: '{text.lstrip('-+• ')}'; thư viện tự thêm '- ' và ';'.",
        )
    if text.endswith((";", ".", ",")) and not text.endswith("./."):
        raise RuleViolation(
            f"'{text}' có dấu câu ở cuối.",
            rule=rule,
            hint=f"Chỉ ghi tên: '{text.rstrip(';.,')}'; thư viện tự thêm ';'.",
        )
    return text


def is_nhu_tren(name: str) -> bool:
    """``Như trên`` typed by hand, with or without its bullet and punctuation, and with what
    offices add in brackets (the purpose, as for any recipient).

    >>> [is_nhu_tren(x) for x in ("- Như trên;", "Như trên (để thực hiện)", "- Như trên, Sở Y tế;")]
    [True, True, False]
    """
    text = " ".join(name.split()).lower().strip("-;., ")
    return re.sub(r"\s*\([^()]*\)$", "", text) in {"như trên", "nhu tren"}


def validate_ten(name: str) -> str:
    """A recipient of Nơi nhận as data: a name without the punctuation ND30 adds."""
    if is_nhu_tren(name):
        raise RuleViolation(
            "'Như trên' do thư viện tự thêm cho công văn.",
            rule="R41",
            hint="Xóa dòng 'Như trên' khỏi danh sách nơi nhận.",
        )
    text = validate_bare(name, rule="R39")
    if text.lower().startswith("lưu"):
        raise RuleViolation(
            f"'{text}' là dòng Lưu, ghi ở trường 'luu'.",
            rule="R40",
            hint="Ví dụ: luu: LĐTBXH (thư viện viết '- Lưu: VT, LĐTBXH.').",
        )
    return text


def format_nhom(nhom: str) -> str:
    """A sub-heading inside Nơi nhận (``Gửi bản điện tử:``): it ends with a colon, which tells it
    from a recipient (R39); no dash.

    >>> format_nhom("Gửi bản điện tử"), format_nhom("Các sở, ngành:")
    ('Gửi bản điện tử:', 'Các sở, ngành:')
    """
    return nhom.rstrip(" :;.,") + ":"


def validate_nhom(nhom: str) -> str:
    """A sub-heading as data: words only; the library adds the colon."""
    text = " ".join(nhom.split())
    if text.startswith(("-", "+", "•")):
        raise RuleViolation(f"nhóm nơi nhận '{text}' có dấu đầu dòng.", rule="R39",
                            hint=f"Chỉ ghi tên nhóm: '{text.lstrip('-+• ')}'.")
    if not text.rstrip(" :;.,"):
        raise RuleViolation("nhóm nơi nhận để trống.", rule="R39", hint="Ghi tên nhóm, ví dụ 'Gửi bản điện tử'.")
    return text


def format_noi_nhan(items: list[str], luu: str | None, *, nhu_tren: bool = False) -> list[str]:
    """The recipient lines with ND30 punctuation, ``Lưu`` last."""
    names = ([NHU_TREN] if nhu_tren else []) + list(items)
    return [f"- {name};" for name in names] + [dong_luu(luu)]


def validate_don_vi_luu(don_vi: str) -> str:
    """The drafting unit of the ``Lưu`` line as data: the library writes ``- Lưu: VT,`` before it.

    >>> validate_don_vi_luu("Lưu: VT, VHXH")
    Traceback (most recent call last):
    bdg_docs.errors.RuleViolation: 'Lưu: VT, VHXH' có phần đầu dòng Lưu do chương trình tự viết ('- Lưu: VT, '). Viết 'VHXH'.
    """
    match = re.match(r"^[-\s]*(?:Lưu\s*:?)?\s*(?:VT\b[\s,.]*)?", don_vi, re.IGNORECASE)
    if match and match.group().strip():
        raise RuleViolation(f"'{don_vi}' có phần đầu dòng Lưu do chương trình tự viết ('- Lưu: VT, ').", rule="R40",
                            hint=f"Viết '{don_vi[match.end():].strip()}'." if don_vi[match.end():].strip()
                            else "Ghi đơn vị soạn thảo, ví dụ 'VHXH'; bỏ trống nếu không có.")
    return don_vi


def validate_luu(line: str) -> str:
    """Check the tail of a ``- Lưu: ...`` line: a group with digits states copies (ô 12) and is
    written in capitals then the number, ``PL.(300)`` (R43). Return the line."""
    tail = line.split(":", 1)[-1].rstrip(".")
    for token in re.split(r",\s*|\.\s+", tail):
        token = token.strip()
        if any(ch.isdigit() for ch in token) and not KY_HIEU_SOAN_THAO().fullmatch(token):
            raise RuleViolation(f"ký hiệu người soạn thảo, số bản '{token}' chưa đúng dạng.", rule="R43",
                                hint="Viết chữ in hoa rồi số bản, ví dụ 'PL.(300)'.")
    return line
