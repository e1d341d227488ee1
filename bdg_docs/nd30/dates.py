"""Địa danh and dates (spec §2.4; rules R20, R22).

ND30 pads the day below 10 (``05``) and only the months January and February
(``tháng 01``, ``tháng 02``; ``tháng 3``, never ``tháng 03``). A draft may leave the day
and the month blank for the office to fill in by hand; the year is always written.

>>> format_ngay(5, 3, 2026)
'ngày 05 tháng 3 năm 2026'
>>> format_ngay(23, 2, 2022)
'ngày 23 tháng 02 năm 2022'
>>> format_ngay_ngan(date(2021, 10, 23))
'23/10/2021'
>>> format_ngay_ngan(date(2024, 2, 2))
'02/02/2024'
>>> parse_dong_ngay('Hà Nội, ngày 05 tháng 01 năm 2020')
('Hà Nội', 5, 1, 2020)
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from bdg_docs import lazy
from bdg_docs.errors import RuleViolation

# What a draft leaves for the day or month: room to write two digits by hand.
BLANK = "\u00a0" * 5

#: The years a document of this library may carry: written in four digits (R20), and within a
#: span that catches a mistyped year (``26``, ``20266``). The one rule for every year a user gives:
#: the document's date, an annual plan's year, ``--year``.
NAM_DAU, NAM_CUOI = 2000, 2100


def day_text(day: int) -> str:
    return f"{day:02d}"


def month_text(month: int) -> str:
    return f"{month:02d}" if month <= 2 else str(month)


def validate_nam(year: int) -> int:
    """A year a document is dated or planned for: four digits, from 2000 to 2100.

    >>> validate_nam(2026)
    2026
    >>> validate_nam(26)
    Traceback (most recent call last):
    bdg_docs.errors.RuleViolation: năm 26 không hợp lệ: ghi năm đủ 4 chữ số, từ 2000 đến 2100. Ví dụ: 2026.
    """
    if isinstance(year, bool) or not isinstance(year, int) or not NAM_DAU <= year <= NAM_CUOI:
        raise RuleViolation(f"năm {year} không hợp lệ: ghi năm đủ 4 chữ số, từ {NAM_DAU} đến {NAM_CUOI}.",
                            rule="R20", hint="Ví dụ: 2026.")
    return year


def validate_ngay(day: int | None, month: int | None, year: int) -> tuple[int | None, int | None, int]:
    """Return the parts if they can make a real date (blank day/month allowed), else raise.

    Any year of the calendar is accepted here (a cited law may be old); the date of a document
    itself also passes :func:`validate_nam`.
    """
    if not 1 <= year <= 9999:
        raise RuleViolation(f"năm {year} không hợp lệ.", rule="R22", hint="Viết năm đủ 4 chữ số, ví dụ 2026.")
    if month is not None and not 1 <= month <= 12:
        raise RuleViolation(f"tháng {month} không có thật.", rule="R22", hint="Tháng từ 1 đến 12.")
    if day is not None:
        last = calendar.monthrange(year, month)[1] if month is not None else 31
        if not 1 <= day <= last:
            where = f"tháng {month} năm {year}" if month is not None else "một tháng"
            raise RuleViolation(
                f"ngày {day} {where} không có thật.",
                rule="R22",
                hint=f"Ngày từ 1 đến {last}." if month is not None else "Ngày từ 1 đến 31.",
            )
    if day is not None and month is None:
        raise RuleViolation(
            "có ngày mà không có tháng.",
            rule="R22",
            hint="Ghi cả tháng, hoặc để trống cả ngày và tháng khi là dự thảo.",
        )
    return day, month, year


def format_ngay(day: int | None, month: int | None, year: int) -> str:
    """The ND30 date words: ``ngày 05 tháng 3 năm 2026``; blanks for a draft's missing parts."""
    validate_ngay(day, month, year)
    d = day_text(day) if day is not None else BLANK
    m = month_text(month) if month is not None else BLANK
    return f"ngày {d} tháng {m} năm {year}"


def format_dia_danh_ngay(dia_danh: str, day: int | None, month: int | None, year: int) -> str:
    """The full date line of ô 4: ``Triệu Sơn, ngày 05 tháng 3 năm 2026``."""
    return f"{dia_danh}, {format_ngay(day, month, year)}"


def dia_danh(loai: str, ten: str, *, ten_day_du: bool = False) -> str:
    """The địa danh of a local body (ô 4, Phụ lục I, II.4.a): the name of its unit, except that a
    unit named with digits, or after a person or a historical event (``ten_day_du``), is written
    with its kind: ``Phường 5``, ``Thành phố Hồ Chí Minh``.

    >>> dia_danh("xã", "Phú Cát"), dia_danh("phường", "5"), dia_danh("thành phố", "Hồ Chí Minh", ten_day_du=True)
    ('Phú Cát', 'Phường 5', 'Thành phố Hồ Chí Minh')
    """
    if ten_day_du or ten[:1].isdigit():
        return f"{loai[:1].upper()}{loai[1:]} {ten}"
    return ten


def format_ngay_ngan(value: date) -> str:
    """The short form used inside citations: ``23/10/2021``, ``05/3/2021``, ``02/02/2024``."""
    return f"{day_text(value.day)}/{month_text(value.month)}/{value.year}"


def format_ngay_dai(value: date) -> str:
    """The long form inside citations: ``ngày 23 tháng 10 năm 2021``."""
    return format_ngay(value.day, value.month, value.year)


# How officers write the date of a document in a data file. Blanks (a draft) may be spaces,
# dots, an ellipsis or underscores: "  /12/2026", "..../12/2026", "ngày ... tháng 12 năm 2026".
_BLANK = r"[\s._…]*"
_NGAY_SO = lazy.pattern(rf"(?P<day>\d{{1,2}}|{_BLANK})\s*[/.-]\s*(?P<month>\d{{1,2}}|{_BLANK})\s*[/.-]\s*(?P<year>\d+)")
_THANG_NAM = lazy.pattern(rf"(?P<month>\d{{1,2}})\s*/\s*(?P<year>\d+)")
_ISO = lazy.pattern(r"(?P<year>\d{4,})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_NGAY_CHU = lazy.pattern(rf"(?:ngày\s*(?P<day>\d{{1,2}})?{_BLANK})?(?:tháng\s*(?P<month>\d{{1,2}})?{_BLANK})?năm\s*(?P<year>\d+)",
                       re.IGNORECASE)
NGAY_VAN_BAN_HINT = ("Viết 'ngay: 08/12/2026' (hoặc '{ngay: 8, thang: 12, nam: 2026}'); "
                     "dự thảo chưa có ngày: 'ngay: /12/2026' hoặc 'ngay: {thang: 12, nam: 2026}'.")


def parse_ngay_van_ban(text: str) -> tuple[int | None, int | None, int]:
    """The date of a document as an officer types it: day, month (None when left blank) and year.

    >>> parse_ngay_van_ban("08/12/2026"), parse_ngay_van_ban("8/12/2026")
    ((8, 12, 2026), (8, 12, 2026))
    >>> parse_ngay_van_ban("ngày 08 tháng 12 năm 2026"), parse_ngay_van_ban("tháng 12 năm 2026")
    ((8, 12, 2026), (None, 12, 2026))
    >>> parse_ngay_van_ban("  /12/2026"), parse_ngay_van_ban("ngày ... tháng ... năm 2026")
    ((None, 12, 2026), (None, None, 2026))
    >>> parse_ngay_van_ban("31/02/2026")
    Traceback (most recent call last):
    bdg_docs.errors.RuleViolation: ngày 31 tháng 2 năm 2026 không có thật. Ngày từ 1 đến 28.
    """
    value = " ".join(text.split())
    if value.isdigit():  # the year alone: a draft
        return None, None, validate_nam(int(value))
    match = (_NGAY_SO().fullmatch(value) or _ISO().fullmatch(value) or _THANG_NAM().fullmatch(value)
             or _NGAY_CHU().fullmatch(value))
    if match is None:
        raise RuleViolation(f"ngày ban hành '{value}' không đúng dạng.", rule="R20", hint=NGAY_VAN_BAN_HINT)
    parts = match.groupdict()
    day, month = (int(parts[name]) if (parts.get(name) or "").isdigit() else None for name in ("day", "month"))
    year = validate_nam(int(parts["year"]))
    validate_ngay(day, month, year)
    return day, month, year


# A date inside a citation: ``23/10/2021`` or ``23 tháng 10 năm 2021``.
NGAY_TRICH_DAN = lazy.pattern(
    r"(?P<day>\d{1,2})(?:/(?P<month>\d{1,2})/|\s+tháng\s+(?P<month_words>\d{1,2})\s+năm\s+)(?P<year>\d{4})"
)


def parse_ngay_trich_dan(text: str) -> date:
    """The date of a citation; raise RuleViolation (R22) when it cannot exist.

    >>> parse_ngay_trich_dan("23/10/2021"), parse_ngay_trich_dan("05 tháng 3 năm 2021")
    (datetime.date(2021, 10, 23), datetime.date(2021, 3, 5))
    >>> parse_ngay_trich_dan("30/02/2022")
    Traceback (most recent call last):
    bdg_docs.errors.RuleViolation: ngày 30 tháng 2 năm 2022 không có thật. Ngày từ 1 đến 28.
    """
    match = NGAY_TRICH_DAN().fullmatch(text.strip())
    if not match:
        raise RuleViolation(f"ngày '{text}' không đúng dạng.", rule="R22", hint="Viết '23/10/2021'.")
    month = int(match["month"] or match["month_words"])
    day, _, year = validate_ngay(int(match["day"]), month, int(match["year"]))
    return date(year, month, day or 1)


# The date line as ND30 writes it (R20); day and month may be blank in a draft. The patterns
# use possessive quantifiers: a line of dots or spaces cannot make them backtrack.
DONG_NGAY = lazy.pattern(
    r"^(?P<place>[^,]++),\s*+ngày\s++(?P<day>0[1-9]|[12]\d|3[01])?[\s.…]*+"
    r"tháng\s++(?P<month>01|02|[3-9]|1[0-2])?[\s.…]*+năm\s++(?P<year>\d{4})\s*+$"
)
# Loose shape, to tell a badly padded date from something that is not a date line.
DONG_NGAY_LOOSE = lazy.pattern(
    r"^(?P<place>[^,]++),\s*+ngày\s*+(?P<day>\d*+)[\s.…]*+tháng\s*+(?P<month>\d*+)[\s.…]*+năm\s*+(?P<year>\S++)\s*+$"
)
# A date line written in numbers (``Hà Nội, ngày 05/3/2026``): a date line, not in ND30's words.
DONG_NGAY_SO = lazy.pattern(
    r"^(?P<place>[^,]++),\s*+(?:ngày\s*+)?(?P<day>\d{1,2})\s*+[/.\-]\s*+(?P<month>\d{1,2})\s*+[/.\-]\s*+"
    r"(?P<year>\d{4})\s*+$", re.IGNORECASE)
MAX_DONG_NGAY = 200  # a date line is short; a longer line is not one


def parse_dong_ngay(text: str) -> tuple[str, int | None, int | None, int]:
    """Read a date line; raise RuleViolation (R20, R22) naming what is wrong."""
    match = DONG_NGAY().match(text) if len(text) <= MAX_DONG_NGAY else None
    if not match:
        numbers = DONG_NGAY_SO().match(text) if len(text) <= MAX_DONG_NGAY else None
        if numbers:
            raise RuleViolation(
                f"ngày tháng viết bằng số '{numbers['day']}/{numbers['month']}/{numbers['year']}'; "
                "phải viết đủ 'ngày … tháng … năm …'.", rule="R20", hint=_corrected(numbers)
                or "Viết '<Địa danh>, ngày 05 tháng 3 năm 2026'.")
        loose = DONG_NGAY_LOOSE().match(text) if len(text) <= MAX_DONG_NGAY else None
        if loose:
            day, month = loose["day"], loose["month"]
            hint = _corrected(loose)
            if month in {"1", "2"}:
                raise RuleViolation(f"'tháng {month}' phải viết 'tháng 0{month}'.", rule="R20", hint=hint)
            if re.fullmatch(r"0[3-9]", month or ""):
                raise RuleViolation(f"'tháng {month}' phải viết 'tháng {month[1]}'.", rule="R20", hint=hint)
            if re.fullmatch(r"[1-9]", day or ""):
                raise RuleViolation(f"'ngày {day}' phải viết 'ngày 0{day}'.", rule="R20", hint=hint)
        raise RuleViolation(
            "dòng địa danh, ngày tháng không đúng dạng.",
            rule="R20",
            hint="Viết '<Địa danh>, ngày 05 tháng 3 năm 2026'.",
        )
    place = match["place"].strip()
    day = int(match["day"]) if match["day"] else None
    month = int(match["month"]) if match["month"] else None
    year = int(match["year"])
    if not place[:1].isupper():
        raise RuleViolation(f"địa danh '{place}' phải viết hoa chữ cái đầu.", rule="R22")
    validate_ngay(day, month, year)
    return place, day, month, year


def _corrected(loose: re.Match[str]) -> str | None:
    """The date line as it should be written, when its parts are numbers: the fix to show."""
    day, month, year = loose["day"], loose["month"], loose["year"]
    if not (day.isdigit() and month.isdigit() and year.isdigit()):
        return None
    try:
        line = format_dia_danh_ngay(loose["place"].strip(), int(day), int(month), int(year))
    except RuleViolation:
        return None
    return f"Viết '{line}'."


# A deadline in running text: "trước ngày 30/11/2026", "trước ngày **15 tháng 12** hằng năm".
HAN_TRONG_CAU = lazy.pattern(
    r"trước\s+ngày\s+(?P<day>\d{1,2})(?:/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?"
    r"|\s+tháng\s+(?P<month_words>\d{1,2})(?:\s+năm\s+(?P<year_words>\d{4}))?)"
)


def han_trong_cau(text: str, year: int) -> list[date]:
    """The deadlines ``text`` sets ("trước ngày ..."), in ``year`` when it writes none; days that
    cannot exist are not deadlines.

    >>> han_trong_cau("báo cáo trước ngày 30/11/2026 và trước ngày 15 tháng 12 hằng năm", 2026)
    [datetime.date(2026, 11, 30), datetime.date(2026, 12, 15)]
    """
    out = []
    for m in HAN_TRONG_CAU().finditer(text):
        month = int(m["month"] or m["month_words"])
        try:
            out.append(date(int(m["year"] or m["year_words"] or year), month, int(m["day"])))
        except ValueError:
            continue
    return out
