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

# Labels the library writes before text (spec §2.8), as an officer might type them again: a
# Roman numeral, a number (``1.``, ``1.2.``), a letter (``a)``, ``a.``), ``(1)``, ``Điều 1.``; bullets.
NHAN_SO = re.compile(r"^(?:(?:Điều|Mục|Khoản|Điểm|Phần)\s+(?:\d+|[IVXLC]+)\s*[.:]?"
                     r"|[IVXLC]+[.)]|\d+(?:\.\d+)*[.)]|[A-Za-zĐđ][.)]|\((?:\d+|[a-zđ]|[IVXLC]+)\))\s+")
# A sign directly before a figure is the number's own (``-5%``, ``+12 người``), not a bullet.
NHAN_GACH = re.compile(r"^(?:[-+–—](?!\d)|[•·●○▪■►])\s*")
# What each position is numbered with, for the message: the library writes it.
_NHAN = {
    "muc": "số mục (I., II., ...)",
    "khoan": "số thứ tự (1., 2., ...)",
    "diem": "chữ cái thứ tự (a), b), ...)",
    "gach": "dấu '-' đầu dòng",
    "cong": "dấu '+' đầu dòng",
}

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


# Roles of body lines (as :func:`bdg_docs.reader.lines.body_role` names them) that R32 formats.
TIEU_DE_DAM = ("chuong", "phan", "muc", "tieu_muc", "dieu")  # their label is bold
# The roles validate_tieu_de has a rule for (a bullet, a khoản_con has none).
TIEU_DE_KIEM = ("muc_la_ma", "khoan", "diem", *TIEU_DE_DAM)


def validate_tieu_de(role: str, label: str | None, text: str, *, all_bold: bool, upper: bool, first_bold: bool,
                     all_words_bold: bool = False) -> str:
    """R32 on a line with the role of a heading: a mục ``I.`` is upper case and bold; a khoản
    ``1.`` in bold is a title, with no full stop; a điểm ``a)`` is not bold, where it starts nor
    in all its words (``all_words_bold``: under a label Word draws regular); ``Chương``, ``Mục``,
    ``Điều`` ... are bold.

    >>> validate_tieu_de("khoan", "2.", "2. Các hoạt động cụ thể.", all_bold=True, upper=False, first_bold=True)
    Traceback (most recent call last):
    bdg_docs.errors.RuleViolation: khoản là câu văn (kết thúc bằng dấu chấm) thì không in đậm; chỉ tiêu đề khoản in đậm. Bỏ chữ đậm, hoặc nếu là tiêu đề khoản thì bỏ dấu chấm cuối.
    """
    if role == "muc_la_ma":
        if not upper or not all_bold:
            raise RuleViolation("tên mục (I., II., ...) phải in hoa, đậm.", rule="R32",
                                hint="Viết tên mục in hoa và đặt chữ đậm.")
    elif role == "khoan":
        # A titled khoản is bold and has no full stop; a bold line ending in '.' is a sentence.
        if all_bold and text.endswith(".") and not text.endswith("./.") and len(text) > 3:
            raise RuleViolation("khoản là câu văn (kết thúc bằng dấu chấm) thì không in đậm; chỉ tiêu đề khoản in đậm.",
                                rule="R32", hint="Bỏ chữ đậm, hoặc nếu là tiêu đề khoản thì bỏ dấu chấm cuối.")
    elif role == "diem":
        if first_bold or all_words_bold:
            raise RuleViolation("điểm (a), b), ...) không in đậm.", rule="R32", hint="Bỏ chữ đậm ở đầu điểm.")
    elif role in TIEU_DE_DAM and not first_bold:
        raise RuleViolation(f"dòng '{label}' phải in đậm.", rule="R32", hint="Đặt chữ đậm cho số thứ tự và tiêu đề.")
    return text


def validate_tieu_de_khoan(text: str, *, any_word_bold: bool, next_role: str | None) -> str:
    """R32, told from the text alone (so a warning where a reader uses it): a khoản that reads as
    a title (short, no end punctuation, content under it rather than the next khoản) has its
    words in bold. ``any_word_bold``: any of its words is bold (the label of Word's automatic
    numbering aside); ``next_role``: the role of the line after it.

    >>> validate_tieu_de_khoan("1. Mục đích", any_word_bold=False, next_role="doan")
    Traceback (most recent call last):
    bdg_docs.errors.RuleViolation: tiêu đề khoản (một dòng ngắn, không dấu chấm, có nội dung bên dưới) phải in đậm. Đặt chữ đậm cho tiêu đề khoản.
    """
    if not any_word_bold and len(text) <= 80 and not text.endswith((".", ";", ":", ",", "!", "?", ")")) \
            and next_role in ("doan", "diem", "gach", "cong"):
        raise RuleViolation("tiêu đề khoản (một dòng ngắn, không dấu chấm, có nội dung bên dưới) phải in đậm.",
                            rule="R32", hint="Đặt chữ đậm cho tiêu đề khoản.")
    return text


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


def nhan_go_lai(text: str, vi_tri: str) -> str | None:
    """The label typed at the start of ``text`` where the library writes one itself (``vi_tri`` as
    for :func:`validate_khong_nhan`), with the spaces after it; None when there is none.

    >>> nhan_go_lai("  - Phát thanh", "gach"), nhan_go_lai("Phát thanh", "khoan"), nhan_go_lai("-5% số hộ", "gach")
    ('- ', None, None)
    """
    pattern = NHAN_GACH if vi_tri in ("gach", "cong") else NHAN_SO
    match = pattern.match(text.lstrip())
    return match.group() if match else None


def validate_khong_nhan(text: str, vi_tri: str) -> str:
    """Text the library writes a label before must not start with one typed by hand (``1. 1. ...``).

    ``vi_tri`` is the kind of label the library writes there: ``muc``, ``khoan``, ``diem`` (a
    number, letter or Roman numeral is refused), ``gach`` or ``cong`` (a bullet mark is refused).

    >>> validate_khong_nhan("Truyền thông về bình đẳng giới", "khoan")
    'Truyền thông về bình đẳng giới'
    >>> validate_khong_nhan("1. Truyền thông về bình đẳng giới", "khoan")
    Traceback (most recent call last):
    bdg_docs.errors.RuleViolation: '1. Truyền thông về bình đẳng giới' bắt đầu bằng '1.': số thứ tự (1., 2., ...) do chương trình tự viết. Viết 'Truyền thông về bình đẳng giới'.
    """
    typed = nhan_go_lai(text, vi_tri)
    if typed is None:
        return text
    label, rest = typed.strip(), text.lstrip()[len(typed):].strip()
    hint = f"Viết '{rest}'."
    if vi_tri == "gach" and label == "+":
        hint = f"Nếu đó là ý nhỏ của gạch đầu dòng trên, ghi '{rest}' dưới 'cong:' của gạch ấy; nếu không, viết '{rest}'."
    raise RuleViolation(f"'{_ngan(text)}' bắt đầu bằng '{label}': {_NHAN[vi_tri]} do chương trình tự viết.", hint=hint)


def validate_khong_tien_to(text: str, tien_to: str) -> str:
    """Text the library writes ``tien_to`` before (``Chủ trì:``, ``Đề nghị``) must not repeat it.

    >>> validate_khong_tien_to("Chủ trì: Phòng Văn hóa - Xã hội", "Chủ trì:")
    Traceback (most recent call last):
    bdg_docs.errors.RuleViolation: 'Chủ trì: Phòng Văn hóa - Xã hội' bắt đầu bằng 'Chủ trì:', chữ chương trình tự viết. Viết 'Phòng Văn hóa - Xã hội'.
    """
    words = tien_to.rstrip(":").split()
    pattern = r"\s+".join(map(re.escape, words)) + (r"(?:\s+\d+)?\s*:" if tien_to.endswith(":") else r"\s")
    match = re.match(pattern, text.lstrip(), re.IGNORECASE)
    if match is None:
        return text
    rest = text.lstrip()[match.end():].strip()
    raise RuleViolation(f"'{_ngan(text)}' bắt đầu bằng '{match.group().strip()}', chữ chương trình tự viết.",
                        hint=f"Viết '{rest}'.")


def _ngan(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 1] + "…"
