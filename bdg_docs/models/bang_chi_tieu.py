"""The indicator table of a report: one row per indicator, referenced by key.

A row names an indicator of the catalogue (:mod:`bdg_docs.indicators`) or of the document's own
``chi_tieu_rieng``, and gives the year's result; the indicator's wording, unit and target come
from there. The table's columns::

    TT | Chỉ tiêu | Đơn vị tính | Mục tiêu | Kết quả năm N | Tỷ lệ đạt | So với năm N-1 | Ghi chú

*Mục tiêu* is the row's own target for the year (``ke_hoach``), or else the indicator's target
for 2025 or 2030 (with its year); *Tỷ lệ đạt* is result / target, for indicators where higher is
better; *So với năm N-1* is the change from last year's result (``nam_truoc``). Every number is
formatted by :mod:`bdg_docs.numbers`.
"""

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import Field, model_validator

from bdg_docs.errors import RuleViolation
from bdg_docs.indicators import ChiTieu, IndicatorCatalogue, check_percent
from bdg_docs.layout import Cell, Run, Style, Table
from bdg_docs.models.base import Model, Text
from bdg_docs.models.body import Block
from bdg_docs.models.inline import Inline
from bdg_docs.numbers import PERCENT, format_number, format_percent, parse_number
from bdg_docs.search import fold

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.compose import Composer


class GiaTri(Model):
    """A number an officer wrote (``45,5``, ``1.234``, ``45,5%``, ``12 người``): never negative."""

    so: Decimal
    don_vi: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_typed(cls, value: Any) -> Any:
        if isinstance(value, (dict, GiaTri)):
            return value
        number, unit = parse_number(value)
        if number < 0:
            raise RuleViolation(f"số liệu {format_number(number)} là số âm.", hint="Ghi số liệu từ 0 trở lên.")
        return {"so": number, "don_vi": unit}


class DongChiTieu(Model):
    """One row: the indicator (by key), the year's result, and what it is compared with."""

    chi_tieu: Text = Field(description="Khóa của chỉ tiêu (bdg-docs indicators), hoặc của chi_tieu_rieng.")
    ket_qua: GiaTri = Field(description="Kết quả năm báo cáo, theo đơn vị tính của chỉ tiêu (ví dụ 45,5 cho 45,5%).")
    ke_hoach: GiaTri | None = Field(default=None, description="Chỉ tiêu kế hoạch năm của địa phương (bỏ trống: mục tiêu 2025/2030 của danh mục).")
    nam_truoc: GiaTri | None = Field(default=None, description="Kết quả năm trước, để so sánh.")
    ghi_chu: Inline | None = Field(default=None, description="Ghi chú (cột cuối).")

    @model_validator(mode="before")
    @classmethod
    def _cells(cls, value: Any) -> Any:
        """A row without its indicator or its result says which cells are missing."""
        if isinstance(value, dict):
            missing = [name for name, title in (("chi_tieu", "Chỉ tiêu"), ("ket_qua", "Kết quả"))
                       if value.get(name) in (None, "")]
            if missing:
                raise RuleViolation(
                    "hàng thiếu ô " + ", ".join(f"'{n}'" for n in missing) + ".",
                    hint="Mỗi hàng ghi 'chi_tieu: <khóa>' và 'ket_qua: <số liệu năm báo cáo>'; "
                         "chưa có số liệu thì bỏ hàng đó và nêu lý do trong phần đánh giá.")
        return value


class BangChiTieu(Model):
    """The indicator table, in section II of the report or as its appendix (``phu_luc: true``)."""

    ten: Text | None = Field(default=None, description="Tên bảng (mặc định: Kết quả thực hiện các chỉ tiêu về bình đẳng giới năm N).")
    phu_luc: bool = Field(default=False, description="true: bảng in thành Phụ lục sau phần ký, trang đánh số riêng.")
    noi_dung: tuple[Block, ...] = Field(default=(), description="Các đoạn trước bảng (nhận xét chung).")
    dong: tuple[DongChiTieu, ...] = Field(min_length=1, description="Các hàng: mỗi hàng một chỉ tiêu.")

    def check(self, catalogue: IndicatorCatalogue) -> "BangChiTieu":
        """Every row's indicator exists, and its values are in the indicator's unit (a share at most 100%)."""
        for i, row in enumerate(self.dong):
            try:
                indicator = catalogue.lookup(row.chi_tieu)
            except RuleViolation as exc:
                raise RuleViolation(exc.message, hint=exc.hint, where=("dong", i, "chi_tieu")) from None
            for name in ("ket_qua", "ke_hoach", "nam_truoc"):
                value = getattr(row, name)
                if value is not None:
                    _check_value(value, indicator, where=("dong", i, name))
        return self

    def title(self, nam: int) -> str:
        # "năm" and its year never part at a line end (a no-break space)
        return self.ten or f"Kết quả thực hiện các chỉ tiêu về bình đẳng giới năm\u00a0{nam}"

    def table(self, nam: int, catalogue: IndicatorCatalogue, c: "Composer") -> Table:
        header = ("TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", f"Kết quả năm {nam}", "Tỷ lệ đạt",
                  f"So với năm {nam - 1}", "Ghi chú")
        rows = []
        for number, row in enumerate(self.dong, start=1):
            indicator = catalogue[row.chi_tieu]
            target, share = _target(row, indicator, nam)
            rows.append((
                _cell(str(number), Style.BANG_SO),
                _cell(indicator.ten),
                _cell(indicator.don_vi, Style.BANG_SO),
                _cell(target, Style.BANG_SO),
                _cell(format_number(row.ket_qua.so), Style.BANG_SO),
                _cell(share, Style.BANG_SO),
                _cell(_change(row), Style.BANG_SO),
                Cell(tuple(c.runs(row.ghi_chu)) if row.ghi_chu is not None else ()),
            ))
        return Table(header, tuple(rows))


def _cell(text: str, style: str = Style.BANG) -> Cell:
    return Cell((Run(text),) if text else (), style)


def _check_value(value: GiaTri, indicator: ChiTieu, *, where: tuple[str | int, ...]) -> None:
    if value.don_vi is not None and fold(value.don_vi) != fold(indicator.don_vi):
        raise RuleViolation(
            f"số liệu ghi đơn vị '{value.don_vi}' nhưng chỉ tiêu '{indicator.ten}' tính bằng '{indicator.don_vi}'.",
            hint=f"Ghi số liệu theo đơn vị '{indicator.don_vi}' (chỉ ghi số, ví dụ {format_number(value.so)}).",
            where=where)
    if indicator.don_vi == PERCENT:
        try:
            check_percent(value.so)
        except RuleViolation as exc:
            raise RuleViolation(exc.message, hint=exc.hint, where=where) from None


def _target(row: DongChiTieu, indicator: ChiTieu, nam: int) -> tuple[str, str]:
    """The target cell and the share cell (result / target, where higher is better)."""
    if row.ke_hoach is not None:
        value, text = row.ke_hoach.so, format_number(row.ke_hoach.so)
    else:
        target = indicator.muc_tieu(nam)
        if target is None:
            return "", ""
        value, text = target.gia_tri, f"{target.text()} (năm {indicator.nam_muc_tieu(nam)})"
    share = format_percent(row.ket_qua.so / value) if indicator.huong == "tang" and value > 0 else ""
    return text, share


def _change(row: DongChiTieu) -> str:
    """``tăng 2,5``, ``giảm 1``, ``không đổi`` from last year's result, in the indicator's unit."""
    if row.nam_truoc is None:
        return ""
    change = row.ket_qua.so - row.nam_truoc.so
    if change > 0:
        return f"tăng {format_number(change)}"
    if change < 0:
        return f"giảm {format_number(-change)}"
    return "không đổi"


__all__ = ["BangChiTieu", "DongChiTieu", "GiaTri"]
