"""Kế hoạch truyền thông về bình đẳng giới: the communication plan on gender equality.

Every province and commune issued one to carry out Quyết định 1790/QĐ-TTg (the national
communication programme to 2030). Its sections, in order:

I. Mục đích, yêu cầu — II. Mục tiêu (chung, cụ thể) — III. Nhiệm vụ và giải pháp (or Nội dung
thực hiện) as task groups — IV. Kinh phí thực hiện — further sections if any — Tổ chức thực hiện,
agency by agency — closing paragraphs (reporting deadline), then Nơi nhận and signature.

A task group is written in one of three ways seen in these plans: (a) bullets; (b) a
"Phương thức thực hiện" paragraph and "Một số nhiệm vụ, giải pháp cụ thể" with ``+`` items;
(c) activities ``a) Hoạt động 1: ...`` each with Chủ trì, Phối hợp and Thời gian thực hiện.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, model_validator

from bdg_docs.compose import Composer
from bdg_docs.documents.base import Body, VanBanCoTenLoai
from bdg_docs.errors import RuleViolation
from bdg_docs.layout import Run, Style
from bdg_docs.models.base import Model, Text
from bdg_docs.models.body import Block, CoQuanThucHien, Khoan, Muc, TextCong, khong_nhan, khong_tien_to
from bdg_docs.models.inline import Inline
from bdg_docs.nd30.numbering import diem_letter

# The words the library writes around a plan's parts (bdg_docs.importing reads them back).
NHIEM_VU_MAC_DINH = "Nhiệm vụ và giải pháp"
KINH_PHI = "Kinh phí thực hiện"
HOAT_DONG = "Hoạt động"
CHU_TRI, PHOI_HOP, THOI_GIAN = "Chủ trì:", "Phối hợp:", "Thời gian thực hiện:"
PHUONG_THUC = "Phương thức thực hiện:"
GIAI_PHAP = "Một số nhiệm vụ, giải pháp cụ thể:"


class HoatDong(Model):
    """An activity: ``a) Hoạt động 1: <tên>`` then who leads, who joins, and when."""

    ten: Annotated[Inline, khong_nhan("diem"), khong_tien_to(f"{HOAT_DONG}:")] = Field(description="Tên hoạt động.")
    chu_tri: Annotated[Inline, khong_tien_to(CHU_TRI)] = Field(description="Cơ quan chủ trì.")
    phoi_hop: Annotated[Inline, khong_tien_to(PHOI_HOP)] | None = Field(default=None, description="Cơ quan phối hợp (nếu có).")
    thoi_gian: Annotated[Inline, khong_tien_to(THOI_GIAN), khong_tien_to("Thời gian:")] = Field(
        description="Thời gian thực hiện, ví dụ 'Hằng năm' hoặc 'Năm 2026'.")


class NhomNhiemVu(Model):
    """A numbered task group. Write exactly one of: ``noi_dung``; ``phuong_thuc`` with
    ``giai_phap``; ``hoat_dong``."""

    ten: Annotated[Inline, khong_nhan("khoan")] = Field(description="Tên nhóm nhiệm vụ (in đậm).")
    noi_dung: tuple[Block, ...] = Field(default=(), description="(a) Nội dung: đoạn văn, gạch đầu dòng.")
    phuong_thuc: Annotated[Inline, khong_tien_to(PHUONG_THUC)] | None = Field(
        default=None, description="(b) Phương thức thực hiện.")
    giai_phap: tuple[TextCong, ...] = Field(default=(), description="(b) Một số nhiệm vụ, giải pháp cụ thể (mỗi ý một dòng '+').")
    hoat_dong: tuple[HoatDong, ...] = Field(default=(), description="(c) Các hoạt động a), b), ...")

    @model_validator(mode="after")
    def _one_form(self) -> "NhomNhiemVu":
        forms = [bool(self.noi_dung), bool(self.phuong_thuc or self.giai_phap), bool(self.hoat_dong)]
        if sum(forms) != 1:
            raise RuleViolation(
                "mỗi nhóm nhiệm vụ ghi đúng một cách trình bày.",
                hint="Hoặc 'noi_dung'; hoặc 'phuong_thuc' và 'giai_phap'; hoặc 'hoat_dong'.",
            )
        return self


class NhiemVu(Model):
    tieu_de: Annotated[Text, khong_nhan("muc")] = Field(default=NHIEM_VU_MAC_DINH,
                                                        description="Tên mục, ví dụ 'Nội dung thực hiện'.")
    nhom: tuple[NhomNhiemVu, ...] = Field(min_length=1, description="Các nhóm nhiệm vụ 1., 2., ...")


class MucTieu(Model):
    chung: tuple[Block, ...] = Field(min_length=1, description="Mục tiêu chung.")
    cu_the: tuple[Block, ...] = Field(min_length=1, description="Mục tiêu cụ thể.")


class NoiDungMuc(Model):
    """The content of a section whose title is fixed: paragraphs, then numbered khoản."""

    noi_dung: tuple[Block, ...] = Field(default=())
    khoan: tuple[Khoan, ...] = Field(default=())

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        return {"noi_dung": [value]} if isinstance(value, str) else value

    @model_validator(mode="after")
    def _not_empty(self) -> "NoiDungMuc":
        if not self.noi_dung and not self.khoan:  # as Muc: a heading over nothing
            raise RuleViolation("mục không có nội dung.",
                                hint="Thêm 'noi_dung' hoặc 'khoan'; kế hoạch không có mục này thì bỏ cả khóa.")
        return self

    def muc(self, tieu_de: str) -> Muc:
        return Muc(tieu_de=tieu_de, noi_dung=self.noi_dung, khoan=self.khoan)


class KeHoachTruyenThong(VanBanCoTenLoai):
    """Kế hoạch truyền thông về bình đẳng giới (data file: ``loai: ke_hoach_truyen_thong``)."""

    TEN_LOAI: ClassVar[str] = "Kế hoạch"
    VIET_TAT: ClassVar[str | None] = "KH"

    loai: Literal["ke_hoach_truyen_thong"] = "ke_hoach_truyen_thong"
    mo_dau: tuple[Inline, ...] = Field(min_length=1, description="Đoạn mở đầu: thực hiện văn bản nào, ai ban hành kế hoạch.")
    muc_dich: tuple[Block, ...] = Field(min_length=1, description="I.1. Mục đích.")
    yeu_cau: tuple[Block, ...] = Field(min_length=1, description="I.2. Yêu cầu.")
    muc_tieu: MucTieu | None = Field(default=None, description="II. Mục tiêu (chung, cụ thể).")
    nhiem_vu: NhiemVu = Field(description="Nhiệm vụ và giải pháp / Nội dung thực hiện.")
    kinh_phi: NoiDungMuc | None = Field(default=None, description="Kinh phí thực hiện (bỏ khóa này nếu kế hoạch không có mục kinh phí).")
    muc_khac: tuple[Muc, ...] = Field(default=(), description="Các mục khác, đặt sau Kinh phí (ví dụ 'Thu thập số liệu và báo cáo').")
    to_chuc_thuc_hien: tuple[CoQuanThucHien, ...] = Field(default=(), description="Tổ chức thực hiện: nhiệm vụ từng cơ quan (để trống khi mục chỉ có các đoạn kết).")
    ket_luan: tuple[Block, ...] = Field(min_length=1, description="Các đoạn kết: chế độ báo cáo, đề nghị triển khai.")

    def compose(self, c: Composer) -> Body:
        can_cu = c.can_cu(self.can_cu)
        c.mo_dau_muc_dich_yeu_cau(self.mo_dau, self.muc_dich, self.yeu_cau)
        if self.muc_tieu is not None:
            c.muc(Muc(tieu_de="Mục tiêu", khoan=[
                Khoan(tieu_de="Mục tiêu chung", noi_dung=self.muc_tieu.chung),
                Khoan(tieu_de="Mục tiêu cụ thể", noi_dung=self.muc_tieu.cu_the),
            ]))
        c.muc_heading(self.nhiem_vu.tieu_de)
        for number, group in enumerate(self.nhiem_vu.nhom, start=1):
            c.khoan_heading(number, group.ten)
            _nhom_nhiem_vu(c, group)
        if self.kinh_phi is not None:
            c.muc(self.kinh_phi.muc(KINH_PHI))
        for section in self.muc_khac:
            c.muc(section)
        c.muc_heading("Tổ chức thực hiện")
        for number, agency in enumerate(self.to_chuc_thuc_hien, start=1):
            c.co_quan(number, agency)
        c.blocks(self.ket_luan)
        return Body(can_cu=can_cu, than=c.finish())


def _nhom_nhiem_vu(c: Composer, group: NhomNhiemVu) -> None:
    """The content of a task group, in whichever of its three forms the data uses."""
    if group.noi_dung:
        c.blocks(group.noi_dung)
    for number, activity in enumerate(group.hoat_dong, start=1):
        c.add(Style.THAN, f"{diem_letter(number)}) {HOAT_DONG} {number}: ", activity.ten)
        c.add(Style.THAN, f"- {CHU_TRI} ", activity.chu_tri)
        if activity.phoi_hop is not None:
            c.add(Style.THAN, f"- {PHOI_HOP} ", activity.phoi_hop)
        c.add(Style.THAN, f"- {THOI_GIAN} ", activity.thoi_gian)
    if group.phuong_thuc is not None:
        c.add(Style.THAN, "- ", Run(PHUONG_THUC, italic=True), " ", group.phuong_thuc)
    if group.giai_phap:
        c.add(Style.THAN, "- ", Run(GIAI_PHAP, italic=True))
        for item in group.giai_phap:
            c.add(Style.THAN, "+ ", item)
