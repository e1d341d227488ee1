"""Header models: the issuing body (ô 2) and the date of issue (ô 4)."""

import calendar
from datetime import date
from typing import Any

from pydantic import Field, field_validator, model_validator

from bdg_docs.errors import RuleViolation
from bdg_docs.models.base import Int, Model, Text
from bdg_docs.nd30 import dates
from bdg_docs.nd30.header import upper


def _lines(value: Any) -> Any:
    """Accept one line as a string, several as a list."""
    return [value] if isinstance(value, str) else value


class CoQuan(Model):
    """Tên cơ quan: the optional cơ quan chủ quản and the issuing body, one list item per line.

    The output is upper case whatever case the data uses (``Ủy ban nhân dân`` → ``ỦY BAN NHÂN DÂN``).
    """

    chu_quan: tuple[Text, ...] = Field(default=(), description="Cơ quan chủ quản trực tiếp (nếu có), mỗi dòng một mục.")
    ten: tuple[Text, ...] = Field(min_length=1, description="Tên cơ quan ban hành, mỗi dòng một mục.")

    _split = field_validator("chu_quan", "ten", mode="before")(lambda cls, v: _lines(v))

    @field_validator("chu_quan", "ten")
    @classmethod
    def _no_blank_lines(cls, lines: list[str]) -> list[str]:
        if any(not line for line in lines):
            raise RuleViolation("có dòng để trống.", hint="Xóa dòng trống.")
        return lines

    @property
    def dong_chu_quan(self) -> list[str]:
        return [upper(line) for line in self.chu_quan]

    @property
    def dong_ten(self) -> list[str]:
        return [upper(line) for line in self.ten]


class Ngay(Model):
    """Ngày ban hành. Day and month may be left blank in a draft; the year is always written.

    Accepts ``{ngay: 5, thang: 3, nam: 2026}``, a date (``2026-03-05``), a year alone (``2026``),
    and the forms officers type (:func:`bdg_docs.nd30.dates.parse_ngay_van_ban`): ``08/12/2026``,
    ``ngày 08 tháng 12 năm 2026``, a draft's ``/12/2026`` or ``tháng 12 năm 2026``.
    """

    ngay: Int | None = Field(default=None, description="Ngày (để trống khi là dự thảo).")
    thang: Int | None = Field(default=None, description="Tháng (để trống khi là dự thảo).")
    nam: Int = Field(description="Năm, đủ 4 chữ số.")

    @model_validator(mode="before")
    @classmethod
    def _from_date(cls, value: Any) -> Any:
        if isinstance(value, date):
            return {"ngay": value.day, "thang": value.month, "nam": value.year}
        if isinstance(value, int) and not isinstance(value, bool):
            return {"nam": value}
        if isinstance(value, str):
            day, month, year = dates.parse_ngay_van_ban(value)
            return {"ngay": day, "thang": month, "nam": year}
        if not isinstance(value, (dict, Ngay)):
            raise RuleViolation("ngày ban hành viết chưa đúng dạng.", rule="R20", hint=dates.NGAY_VAN_BAN_HINT)
        return value

    @model_validator(mode="after")
    def _real_date(self) -> "Ngay":
        dates.validate_nam(self.nam)
        dates.validate_ngay(self.ngay, self.thang, self.nam)
        return self

    @property
    def la_du_thao(self) -> bool:
        return self.ngay is None or self.thang is None

    def text(self) -> str:
        return dates.format_ngay(self.ngay, self.thang, self.nam)

    def as_date(self) -> date | None:
        """The date, or None when day or month is still blank."""
        if self.ngay is None or self.thang is None:
            return None
        return date(self.nam, self.thang, self.ngay)

    def earliest(self) -> date:
        """The earliest day this (possibly blank) date can be."""
        return date(self.nam, self.thang or 1, self.ngay or 1)

    def bound(self) -> date:
        """The latest day this (possibly blank) date can be: for validity checks of drafts."""
        if self.ngay is not None and self.thang is not None:
            return date(self.nam, self.thang, self.ngay)
        if self.thang is not None:
            return date(self.nam, self.thang, calendar.monthrange(self.nam, self.thang)[1])
        return date(self.nam, 12, 31)
