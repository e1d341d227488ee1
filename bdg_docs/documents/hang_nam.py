"""What the yearly documents share: the annual plan and the annual report are written for a year.

:class:`VanBanHangNam` adds to a document with a type name (Mẫu 1.4) its year ``nam``: the year
written once and inserted in text with ``[$nam]``, ``[$nam_truoc]``, ``[$nam_sau]``, added by the
library at the end of the trích yếu (``... năm 2026``), and checked against the date of issue (a
plan is issued in its year or late the year before, a report in its year or early the next).
A district-level issuer is refused for a date from 01/7/2025, when districts no longer exist.
"""

import re
from datetime import date
from typing import Any, ClassVar

from pydantic import Field, ValidationInfo, field_validator

from bdg_docs.documents.base import VanBanCoTenLoai
from bdg_docs.errors import RuleViolation
from bdg_docs.institutions import CAP_HUYEN_CHAM_DUT, Cap, cap_con_ton_tai, cap_tu_ten
from bdg_docs.layout import Run
from bdg_docs.models.base import Int, Text
from bdg_docs.models.header import CoQuan, Ngay
from bdg_docs.models.inline import Inline
from bdg_docs.nd30.dates import day_text, format_ngay_ngan, month_text, validate_nam


class VanBanHangNam(VanBanCoTenLoai):
    """A document with a type name written for a year (``nam``)."""

    #: The years it may be issued in, from ``nam``: a plan (-1, 0), a report (0, 1).
    NAM_BAN_HANH: ClassVar[tuple[int, int]]
    BIEN: ClassVar[frozenset[str]] = frozenset({"nam", "nam_truoc", "nam_sau"})

    trich_yeu: Text = Field(description="Trích yếu, không ghi năm ở cuối: chương trình tự thêm 'năm <nam>'.")
    nam: Int = Field(description="Năm của văn bản (kế hoạch: năm thực hiện; báo cáo: năm được báo cáo), ví dụ 2026; "
                                 "trong các đoạn chữ viết [$nam].")

    @field_validator("ngay")
    @classmethod
    def _issuer_exists(cls, ngay: Ngay, info: ValidationInfo) -> Ngay:
        if "co_quan" in info.data:
            check_cap(info.data["co_quan"], ngay)
        return ngay

    @field_validator("trich_yeu")
    @classmethod
    def _no_year(cls, trich_yeu: str) -> str:
        if re.search(r"\bnăm\s+\d{4}\s*$", trich_yeu):
            raise RuleViolation("trích yếu không ghi năm ở cuối: chương trình tự thêm 'năm <nam>'.",
                                hint="Xóa 'năm ...' ở cuối trích yếu.")
        return trich_yeu

    @field_validator("nam")
    @classmethod
    def _nam(cls, nam: int, info: ValidationInfo) -> int:
        validate_nam(nam)
        ngay = info.data.get("ngay")
        first, last = (nam + offset for offset in cls.NAM_BAN_HANH)
        if ngay is not None and not first <= ngay.nam <= last:
            raise RuleViolation(
                f"{cls.TEN_LOAI.lower()} năm {nam} mà ngày ban hành ghi năm {ngay.nam}.",
                hint=f"{cls.TEN_LOAI} năm {nam} ban hành trong năm {first} hoặc {last}: sửa 'ngay' hoặc 'nam'.")
        return nam

    def bien(self) -> dict[str, Run]:
        return {"nam": Run(str(self.nam)), "nam_truoc": Run(str(self.nam - 1)), "nam_sau": Run(str(self.nam + 1))}

    def noi_dung_trich_yeu(self) -> str:
        return f"{self.trich_yeu} năm {self.nam}"


def check_cap(co_quan: CoQuan, ngay: Ngay) -> None:
    """Refuse a district-level issuer for a date when districts no longer exist (01/7/2025)."""
    earliest = date(ngay.nam, ngay.thang or 1, ngay.ngay or 1)
    if cap_tu_ten([*co_quan.ten, *co_quan.chu_quan]) is Cap.HUYEN and not cap_con_ton_tai(Cap.HUYEN, earliest):
        raise RuleViolation(
            f"từ {format_ngay_ngan(CAP_HUYEN_CHAM_DUT)} không còn cấp huyện: '{' '.join(co_quan.ten)}' "
            f"không ban hành được văn bản {_ngay_ghi(ngay)}.",
            hint="Từ ngày đó cơ quan ban hành phải là cấp tỉnh (Ủy ban nhân dân tỉnh/thành phố ...) "
                 "hoặc cấp xã (Ủy ban nhân dân xã/phường/đặc khu ...): sửa 'co_quan', 'dia_danh' và nơi nhận.")


def _ngay_ghi(ngay: Ngay) -> str:
    """The parts of a (possibly draft) date that are written: ``tháng 02 năm 2026``."""
    parts = [f"ngày {day_text(ngay.ngay)}" if ngay.ngay else "", f"tháng {month_text(ngay.thang)}" if ngay.thang else ""]
    return " ".join([*filter(None, parts), f"năm {ngay.nam}"])


def must_cite(van_ban: dict[str, Any], key: str, texts: list[Any], field: str, where: str) -> None:
    """``key`` is declared in ``van_ban`` and one of ``texts`` cites it with ``[@key]``."""
    if key not in van_ban:
        raise RuleViolation(f"'{field}: {key}' chưa được khai báo trong van_ban.",
                            hint=f"Thêm '{key}' vào mục van_ban (số, ngày, cơ quan, trích yếu), hoặc sửa khóa.")
    if not any(("citation", key) in text.refs() for text in texts if isinstance(text, Inline)):
        raise RuleViolation(f"{where} chưa trích dẫn văn bản '{key}' ghi ở '{field}'.",
                            hint=f"Viết [@{key}] trong {where}.")


__all__ = ["VanBanHangNam", "check_cap", "must_cite"]
