"""Citations of other documents (spec §2.7; ND30 Phụ lục I, II.6.a–b).

The first time a document is cited it is written in full: type, number and symbol, date,
issuer and trích yếu (``Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ
về phê duyệt ...``). A Luật (Bộ luật, Pháp lệnh) is cited by its name and date, with no number
or issuer. Later mentions use the short form (``Quyết định số 1790/QĐ-TTg``).

>>> qd = VanBan(loai="Quyết định", so_ky_hieu="1790/QĐ-TTg", ngay="2021-10-23",
...             co_quan="Thủ tướng Chính phủ", trich_yeu="phê duyệt Chương trình Truyền thông về bình đẳng giới đến năm 2030")
>>> qd.day_du()
'Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ về phê duyệt Chương trình Truyền thông về bình đẳng giới đến năm 2030'
>>> qd.ngan()
'Quyết định số 1790/QĐ-TTg'
>>> VanBan(loai="Luật", ngay="2006-11-29", trich_yeu="Luật Bình đẳng giới").day_du()
'Luật Bình đẳng giới ngày 29 tháng 11 năm 2006'

A document not yet issued (a draft of the superior's plan) is cited with ``du_thao``: what it does
not have yet is printed as ``…``, and the citing document warns until it is written in.

>>> VanBan(loai="Kế hoạch", so_ky_hieu="KH-UBND", co_quan="UBND tỉnh Thanh Hóa", du_thao=True).day_du()
'Kế hoạch số …/KH-UBND ngày … của UBND tỉnh Thanh Hóa'
"""

from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from bdg_docs.errors import RuleViolation
from bdg_docs.models.base import Model, Text
from bdg_docs.models.inline import Inline
from bdg_docs.nd30 import dates, symbols

# Laws are cited by name and date only (ND30 Phụ lục I, II.6.b).
LAW_TYPES = frozenset({"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"})
# "Căn cứ" for laws, decrees and Government resolutions; "Thực hiện" for plans, letters, Party
# documents (a Party Nghị quyết, ``11-NQ/TW``, is told by its symbol) and programme decisions.
CAN_CU_TYPES = frozenset({*LAW_TYPES, "Nghị định", "Nghị quyết", "Thông tư"})

DongTu = Literal["Căn cứ", "Thực hiện"]


class VanBan(Model):
    """A document cited by another: its type, number and symbol, date, issuer and trích yếu."""

    loai: Text = Field(description="Tên loại: Luật, Nghị định, Quyết định, Kế hoạch, Công văn, ...")
    so_ky_hieu: Text | None = Field(default=None, description="Số, ký hiệu, ví dụ 1790/QĐ-TTg (Luật không ghi).")
    ngay: date | None = Field(default=None, description="Ngày ban hành (Luật: ngày Quốc hội thông qua), dạng 2021-10-23; để trống khi văn bản còn là dự thảo (du_thao).")
    co_quan: Text | None = Field(default=None, description="Cơ quan ban hành, như sau chữ 'của': Thủ tướng Chính phủ.")
    trich_yeu: Text | None = Field(default=None, description="Trích yếu (Luật: tên Luật).")
    lien_tu: Text = Field(default="về", description="Chữ nối trước trích yếu: 'về', 'về việc', hoặc '' nếu không có.")
    dang_ngay: Literal["ngan", "dai"] = Field(default="ngan", description="Ngày dạng ngắn 23/10/2021 hay dài ngày 23 tháng 10 năm 2021.")
    dong_tu: DongTu | None = Field(default=None, description="'Căn cứ' hay 'Thực hiện' khi đứng đầu dòng căn cứ.")
    du_thao: bool = Field(default=False, description="Văn bản chưa ban hành (dự thảo): số, ngày chưa có in bằng '…'; "
                                                    "ghi số, ngày khi văn bản được ban hành rồi xóa dòng này.")

    @model_validator(mode="after")
    def _complete(self) -> "VanBan":
        if self.ngay is None and not self.du_thao:
            raise RuleViolation(f"{self.loai} được trích dẫn thiếu ngày ban hành.",
                                hint="Ghi 'ngay: 2021-10-23'; văn bản chưa ban hành thì ghi 'du_thao: true'.")
        if self.la_luat:
            if not self.trich_yeu:
                raise RuleViolation("Luật phải có tên ở trường 'trich_yeu'.", hint="Ví dụ: trich_yeu: Luật Bình đẳng giới.")
        else:
            needed = ("co_quan",) if self.du_thao else ("so_ky_hieu", "co_quan")  # a draft has no number yet
            missing = [name for name in needed if not getattr(self, name)]
            if missing:
                raise RuleViolation(
                    f"{self.loai} được trích dẫn thiếu {', '.join(missing)}.",
                    hint="Ghi đủ số, ký hiệu và cơ quan ban hành (ND30 Phụ lục I, II.6.b).",
                )
        return self

    @property
    def la_luat(self) -> bool:
        return self.loai in LAW_TYPES

    @property
    def dong_tu_mac_dinh(self) -> DongTu:
        if self.dong_tu:
            return self.dong_tu
        if symbols.la_van_ban_dang(self.so_ky_hieu):  # Party documents: "Thực hiện"
            return "Thực hiện"
        return "Căn cứ" if self.loai in CAN_CU_TYPES else "Thực hiện"

    @property
    def so_ky_hieu_ghi(self) -> str:
        """The number and symbol as printed: a draft's missing number is ``…`` (``…/KH-UBND``)."""
        written = self.so_ky_hieu or ""
        if not self.du_thao or written[:1].isdigit():
            return written
        symbol = written.lstrip("…. /")
        return f"…/{symbol}" if symbol else "…"

    def _ngay(self) -> str:
        if self.ngay is None:
            return "ngày …"
        if self.la_luat or self.dang_ngay == "dai":
            return dates.format_ngay_dai(self.ngay)
        return "ngày " + dates.format_ngay_ngan(self.ngay)

    def day_du(self) -> str:
        """The full ND30 form, for the first mention."""
        if self.la_luat:
            return f"{self.trich_yeu} {self._ngay()}"
        text = f"{self.loai} số {self.so_ky_hieu_ghi} {self._ngay()} của {self.co_quan}"
        if self.trich_yeu:
            text += f" {self.lien_tu} {self.trich_yeu}" if self.lien_tu else f" {self.trich_yeu}"
        return text

    def ngan(self) -> str:
        """The short form, for later mentions."""
        return str(self.trich_yeu) if self.la_luat else f"{self.loai} số {self.so_ky_hieu_ghi}"


class CanCu(Model):
    """One căn cứ line: a cited document (by its key in ``van_ban``) or free text."""

    van_ban: Text | None = Field(default=None, description="Khóa của văn bản trong mục van_ban.")
    dong_tu: DongTu | None = Field(default=None, description="'Căn cứ' hay 'Thực hiện' (mặc định theo loại văn bản).")
    noi_dung: Inline | None = Field(default=None, description="Nội dung tự viết, khi không dùng khóa văn bản.")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        return {"noi_dung": value} if isinstance(value, str) else value

    @model_validator(mode="after")
    def _one_of(self) -> "CanCu":
        if (self.van_ban is None) == (self.noi_dung is None):
            raise RuleViolation("mỗi căn cứ ghi hoặc 'van_ban' (khóa), hoặc một câu tự viết.")
        return self
