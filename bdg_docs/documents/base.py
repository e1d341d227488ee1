"""What every administrative document has, and what every document with a type name has.

:class:`VanBanHanhChinh` holds the parts of ND30 that all documents share: issuing body, number
and symbol, place and date, the documents it cites, footnotes, Nơi nhận and signature.
:class:`VanBanCoTenLoai` adds the type name and trích yếu of Mẫu 1.4 and the căn cứ lines.
A document type subclasses one of them, adds its own content and a ``compose`` method; the
shared ``page`` method lays out the rest.
"""
from __future__ import annotations

from datetime import date
from typing import Any, ClassVar, Iterator

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from bdg_docs.compose import Composer
from bdg_docs.documents.defaults import fill
from bdg_docs.errors import Problem, RuleViolation
from bdg_docs.layout import NoiNhanLine, Page, Paragraph, Style
from bdg_docs.models.base import Model, Text
from bdg_docs.models.citation import CanCu, VanBan
from bdg_docs.models.header import CoQuan, Ngay
from bdg_docs.models.inline import Inline
from bdg_docs.models.signing import ChuKy, NoiNhan
from bdg_docs.nd30 import dates, symbols
from bdg_docs.nd30.header import upper
from bdg_docs.profiles import ProfileRegistry


class VanBanHanhChinh(Model):
    """The shared parts of an administrative document (ND30 Phụ lục I, ô 1–4, 7, 9b)."""

    TEN_LOAI: ClassVar[str]  # "Kế hoạch", "Công văn"
    VIET_TAT: ClassVar[str | None]  # Phụ lục III abbreviation: "KH"; None for a Công văn
    NHU_TREN: ClassVar[bool] = False  # Nơi nhận starts with "Như trên" (Công văn)

    co_quan: CoQuan = Field(description="Cơ quan ban hành (và cơ quan chủ quản nếu có).")
    so: int | None = Field(default=None, description="Số văn bản; để trống khi là dự thảo.")
    ky_hieu: Text = Field(description="Ký hiệu, ví dụ KH-UBND.")
    dia_danh: Text = Field(description="Địa danh ghi trước ngày tháng, ví dụ 'Triệu Sơn'.")
    ngay: Ngay = Field(description="Ngày ban hành; ngày, tháng để trống khi là dự thảo.")
    dia_phuong: Text | None = Field(default=None, description="Khóa hồ sơ địa phương (ví dụ trieu_son): cơ quan, địa danh, nơi nhận, người ký lấy từ đó.")
    van_ban: dict[str, VanBan] = Field(default_factory=dict, description="Các văn bản được trích dẫn, theo khóa [@khoa].")
    chu_thich: dict[str, Inline] = Field(default_factory=dict, description="Chú thích cuối trang, theo khóa [^khoa].")
    noi_nhan: NoiNhan = Field(description="Nơi nhận và đơn vị lưu.")
    chu_ky: ChuKy = Field(description="Quyền hạn, chức vụ và họ tên người ký.")

    @model_validator(mode="before")
    @classmethod
    def _from_profile(cls, data: Any, info: ValidationInfo) -> Any:
        """What the document does not write comes from its profile and the catalogue."""
        return fill(data, viet_tat_loai=getattr(cls, "VIET_TAT", None), profiles=_profiles(info.context))

    @field_validator("dia_phuong")
    @classmethod
    def _dia_phuong(cls, key: str | None, info: ValidationInfo) -> str | None:
        """The profile exists and its locality could issue a document on this date."""
        if key is None:
            return None
        profiles = _profiles(info.context) or ProfileRegistry.shipped()
        ngay = info.data.get("ngay")
        if ngay is None:
            profiles[key]
        else:
            profiles.resolve(key, ngay.earliest(), ngay.bound())
        return key

    @field_validator("so")
    @classmethod
    def _so(cls, so: int | None) -> int | None:
        return None if so is None else symbols.validate_so(so)

    @field_validator("ky_hieu")
    @classmethod
    def _ky_hieu(cls, ky_hieu: str) -> str:
        return symbols.validate_ky_hieu(ky_hieu, loai=cls.VIET_TAT)

    @field_validator("dia_danh")
    @classmethod
    def _dia_danh(cls, place: str) -> str:
        if not place[:1].isupper():
            raise RuleViolation(f"địa danh '{place}' phải viết hoa chữ cái đầu.", rule="R22",
                                hint=f"Viết '{place[:1].upper()}{place[1:]}'.")
        if "," in place:
            raise RuleViolation(f"địa danh '{place}' có dấu phẩy.", rule="R20",
                                hint="Chỉ ghi tên địa danh; thư viện tự thêm dấu phẩy trước chữ 'ngày'.")
        return place

    @model_validator(mode="after")
    def _references(self) -> "VanBanHanhChinh":
        """Every [@key] and [^label] points at something defined, and every footnote is used."""
        used: set[str] = set()
        for inline in _inlines(self):
            for kind, key in inline.refs():
                if kind == "footnote":
                    if key not in self.chu_thich:
                        raise RuleViolation(f"chú thích [^{key}] chưa được khai báo trong chu_thich.")
                    used.add(key)
                elif key not in self.van_ban:
                    raise RuleViolation(f"văn bản [@{key}] chưa được khai báo trong van_ban.")
        unused = sorted(set(self.chu_thich) - used)
        if unused:
            raise RuleViolation(
                f"chú thích {', '.join(unused)} không được dùng ở đâu.",
                hint="Thêm [^khoa] vào chỗ cần chú thích, hoặc xóa chú thích đó.",
            )
        return self

    def canh_bao(self) -> tuple[Problem, ...]:
        """What an officer must still check before signing; the document renders anyway.

        Warnings, not errors: ``Problem.field`` names the field (dotted, as in input errors).
        Document types and features extend this (out-of-date citations, roll-forward items).
        """
        from bdg_docs.documents.warnings import citation_warnings

        return tuple(citation_warnings(self))

    # -- layout ----------------------------------------------------------------------------
    def composer(self) -> Composer:
        return Composer(self.van_ban, self.chu_thich)

    def compose(self, composer: Composer) -> "Body":
        """The document's own part: căn cứ and body paragraphs. Each type writes its own."""
        raise NotImplementedError

    def page(self) -> Page:
        """Lay the document out: the shared parts here, the body from :meth:`compose`."""
        composer = self.composer()
        body = self.compose(composer)
        return Page(
            loai_van_ban=self.TEN_LOAI,
            ngay_tep=date(self.ngay.nam, self.ngay.thang or 1, self.ngay.ngay or 1),
            chu_quan=tuple(self.co_quan.dong_chu_quan),
            co_quan=tuple(self.co_quan.dong_ten),
            so=symbols.format_so(self.so, self.ky_hieu),
            dia_danh_ngay=dates.format_dia_danh_ngay(self.dia_danh, self.ngay.ngay, self.ngay.thang, self.ngay.nam),
            chuc_danh=self.chu_ky.dong_chuc_danh,
            ho_ten=self.chu_ky.ho_ten,
            noi_nhan=tuple(
                NoiNhanLine(Style.NOI_NHAN_NHOM if kind == "nhom" else Style.NOI_NHAN, text)
                for kind, text in self.noi_nhan.lines(nhu_tren=self.NHU_TREN)
            ),
            can_cu=body.can_cu,
            than=body.than,
            chu_thich=tuple(composer.footnotes),
            **self.page_header(),
        )

    def page_header(self) -> dict[str, Any]:
        """What goes between the header table and the body: differs by document type."""
        return {}


class Body(BaseModel):
    """The paragraphs a document type composes: căn cứ lines and body."""

    model_config = {"frozen": True, "arbitrary_types_allowed": True}
    can_cu: tuple[Paragraph, ...] = ()
    than: tuple[Paragraph, ...] = ()


class VanBanCoTenLoai(VanBanHanhChinh):
    """A document with a type name (ND30 Mẫu 1.4): ``KẾ HOẠCH`` and its trích yếu, căn cứ lines."""

    trich_yeu: Text = Field(description="Trích yếu dưới tên loại; xuống dòng bằng \\n nếu muốn ngắt dòng.")
    can_cu: list[CanCu] = Field(default_factory=list, description="Các dòng căn cứ (in nghiêng), nếu có.")

    def page_header(self) -> dict[str, Any]:
        return {"ten_loai": upper(self.TEN_LOAI), "trich_yeu": self.trich_yeu}


def _profiles(context: Any) -> ProfileRegistry | None:
    """Profiles a caller passed in the validation context (``{"profiles": registry}``)."""
    return context.get("profiles") if isinstance(context, dict) else None


def _inlines(value: Any) -> Iterator[Inline]:
    """Every Inline inside a model, in field order."""
    if isinstance(value, Inline):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _inlines(getattr(value, name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _inlines(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _inlines(item)
