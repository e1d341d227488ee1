"""Chữ ký: authority prefixes, title stacks and the signer's name (spec §2.9; R34–R37).

A signature is a stack of title lines, then the name::

    TM. ỦY BAN NHÂN DÂN
    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH
    Lê Quang Trung

>>> validate_chuc_danh(["KT. Chủ tịch", "Phó Chủ tịch"])
('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH')
"""
from __future__ import annotations

import re

from bdg_docs.errors import RuleViolation

PREFIXES = ("TM.", "KT.", "TL.", "TUQ.", "Q.")
# Prefixes that stand for someone else: the next line must be the signer's own post.
NEEDS_OWN_POST = ("KT.", "TL.", "TUQ.")
# Written forms that are not ND30 prefixes, and what to write instead.
WRONG_PREFIXES = {
    "T/M": "TM.", "K/T": "KT.", "T/L": "TL.", "TU/Q": "TUQ.", "TUQ": "TUQ.",
    "TM": "TM.", "KT": "KT.", "TL": "TL.", "Q": "Q.",
}
ACADEMIC_TITLES = ("GS.", "PGS.", "TS.", "ThS.", "KS.", "BS.", "CN.", "GS.TS.", "PGS.TS.")
# Words of posts and bodies: a line of capitals holding one is a title, not a name in capitals.
POST_WORDS = ("CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG", "PHÓ", "BÍ THƯ", "CHÁNH", "THƯ KÝ", "CHỦ TỌA", "CHỦ TOẠ",
              "ỦY BAN", "UỶ BAN", "HỘI ĐỒNG", "TỔNG", "CỤC", "VỤ", "BAN", "ĐẠI DIỆN", "THỦ TƯỚNG", "KẾ TOÁN")

_PREFIX = re.compile(r"^(?P<prefix>TUQ\.|TM\.|KT\.|TL\.|Q\.)\s+(?P<title>\S.*)$")
_WRONG = re.compile(r"^(?P<prefix>T/M|K/T|T/L|TU/Q|TUQ|TM|KT|TL|Q)\s*[:.]?\s+(?P<title>\S.*)$", re.IGNORECASE)


def split_prefix(line: str) -> tuple[str | None, str]:
    """``'KT. CHỦ TỊCH'`` → ``('KT.', 'CHỦ TỊCH')``; raise on a non-ND30 prefix (R35)."""
    line = " ".join(line.split())
    match = _PREFIX.match(line) or _PREFIX.match(_upper_prefix(line))
    if match:
        return match["prefix"], match["title"]
    wrong = _WRONG.match(line)
    if wrong and wrong["prefix"].upper() in WRONG_PREFIXES:
        good = WRONG_PREFIXES[wrong["prefix"].upper()]
        raise RuleViolation(
            f"'{line}' dùng chữ viết tắt quyền hạn '{wrong['prefix']}' không đúng.",
            rule="R35",
            hint=f"Viết '{good} {wrong['title'].upper()}' (một trong TM., KT., TL., TUQ., Q.).",
        )
    return None, line


def correct_prefix(line: str) -> str:
    """A title line with its authority written the ND30 way: ``K/T CHỦ TỊCH`` → ``KT. CHỦ TỊCH``.

    >>> correct_prefix("K/T CHỦ TỊCH"), correct_prefix("PHÓ CHỦ TỊCH")
    ('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH')
    """
    line = " ".join(line.split())
    if _PREFIX.match(line) or _PREFIX.match(_upper_prefix(line)):
        return line
    wrong = _WRONG.match(line)
    if wrong and wrong["prefix"].upper() in WRONG_PREFIXES:
        return f"{WRONG_PREFIXES[wrong['prefix'].upper()]} {wrong['title']}"
    return line


def _upper_prefix(line: str) -> str:
    head, _, rest = line.partition(" ")
    return f"{head.upper()} {rest}" if head.upper() in PREFIXES else line


def validate_chuc_danh(lines: list[str]) -> tuple[str, ...]:
    """Check a stack of title lines and return it in upper case (R35, R36)."""
    if not lines:
        raise RuleViolation("thiếu chức danh người ký.", rule="R34",
                            hint="Ví dụ: ['KT. Chủ tịch', 'Phó Chủ tịch'].")
    parsed = [split_prefix(line) for line in lines]
    for i, (prefix, title) in enumerate(parsed):
        last = i == len(parsed) - 1
        if prefix in NEEDS_OWN_POST and last:
            raise RuleViolation(
                f"sau dòng '{prefix} {title.upper()}' phải có dòng chức vụ của người ký.",
                rule="R36",
                hint=f"Ví dụ: ['{prefix} Chủ tịch', 'Phó Chủ tịch'].",
            )
        if prefix == "TM." and last:
            raise RuleViolation(
                f"sau dòng 'TM. {title.upper()}' phải có chức vụ người đứng đầu (hoặc dòng KT.).",
                rule="R36",
                hint="Ví dụ: ['TM. Ủy ban nhân dân', 'Chủ tịch'].",
            )
        if prefix == "TM." and i > 0:
            raise RuleViolation("dòng 'TM.' phải đứng đầu.", rule="R36")
        if prefix and i > 0 and parsed[i - 1][0] in NEEDS_OWN_POST:
            raise RuleViolation(
                f"sau dòng '{parsed[i - 1][0]}' phải là chức vụ của người ký, không phải '{prefix}'.",
                rule="R36",
            )
    return tuple((f"{p} {t}" if p else t).upper() for p, t in parsed)


def validate_ho_ten(name: str) -> str:
    """The signer's name: no academic titles, not all capitals (R37)."""
    name = " ".join(name.split())
    for title in ACADEMIC_TITLES:
        if name.startswith(title):
            raise RuleViolation(
                f"họ tên '{name}' có học hàm, học vị '{title}'.",
                rule="R37",
                hint=f"Chỉ ghi họ và tên: '{name[len(title):].strip()}'.",
            )
    if name.isupper() and len(name) > 3:
        raise RuleViolation(
            f"họ tên '{name}' viết in hoa toàn bộ.",
            rule="R37",
            hint=f"Viết hoa chữ cái đầu mỗi tiếng: '{name.title()}'.",
        )
    if not name:
        raise RuleViolation("thiếu họ tên người ký.", rule="R37")
    return name
