"""Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm N: the annual plan.

Every People's Committee issues one each year, carrying out its superior's plan for the same
year. Its sections, in order:

opening paragraph (Thực hiện <the superior's plan>, ...) — I. Mục đích, yêu cầu — II. Nội dung
hoạt động as numbered groups of bullets, one of them the action month (Tháng hành động vì bình
đẳng giới ..., 15/11–15/12 unless the data says otherwise) — III. Kinh phí thực hiện, citing
the budget decision — IV. Tổ chức thực hiện, agency by agency — closing paragraph with the
six-month and annual reporting deadlines (15/6 and 15/12 unless the data says otherwise).

Most dates follow from the year ``nam``; text inserts them with ``[$nam]``,
``[$han_bao_cao_nam]`` and the other names of :attr:`KeHoachBdgVstbcpn.BIEN`, so that
:func:`bdg_docs.roll_forward` moves them all by changing the year.
"""

from datetime import date
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from bdg_docs.compose import Composer
from bdg_docs.documents.base import Body
from bdg_docs.documents.hang_nam import VanBanHangNam, must_cite
from bdg_docs.errors import Problem, RuleViolation
from bdg_docs.institutions import CAP_HUYEN_CHAM_DUT, Cap, cap_tu_ten
from bdg_docs.layout import Run
from bdg_docs.models.base import Int, Model, Text
from bdg_docs.models.body import Block, CoQuanThucHien, Muc, khong_nhan
from bdg_docs.models.inline import Inline
from bdg_docs.nd30.dates import day_text, format_ngay_ngan, month_text
#: The national action month, every year (day, month): 15/11 to 15/12.
THANG_HANH_DONG = ((15, 11), (15, 12))
TEN_THANG_HANH_DONG = ("Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, "
                       "ứng phó với bạo lực trên cơ sở giới")
#: Reporting deadlines (day, month): the six-month report, the annual report.
HAN_BAO_CAO_6_THANG = (15, 6)
HAN_BAO_CAO_NAM = (15, 12)


class ThangHanhDong(Model):
    """The action month's dates when they differ from 15/11–15/12 of the plan's year."""

    tu: date = Field(description="Ngày bắt đầu, ví dụ 2024-11-15.")
    den: date = Field(description="Ngày kết thúc, ví dụ 2024-12-15.")

    @model_validator(mode="after")
    def _in_order(self) -> "ThangHanhDong":
        if self.den <= self.tu:
            raise RuleViolation("ngày kết thúc Tháng hành động phải sau ngày bắt đầu.",
                                hint="Ví dụ: tu: 2024-11-15, den: 2024-12-15.")
        return self


class HanBaoCao(Model):
    """Reporting deadlines when they differ from 15/6 and 15/12 of the plan's year."""

    sau_thang: date | None = Field(default=None, description="Hạn báo cáo 6 tháng (mặc định 15/6 của năm kế hoạch).")
    ca_nam: date | None = Field(default=None, description="Hạn báo cáo năm (mặc định 15/12 của năm kế hoạch).")


class NhomHoatDong(Model):
    """A numbered group of Nội dung hoạt động: a title (bold), then paragraphs and bullets.

    The action-month group writes ``thang_hanh_dong: true``; its title and dates are written
    by the library."""

    ten: Annotated[Inline, khong_nhan("khoan")] | None = Field(default=None, description="Tên nhóm hoạt động (in đậm).")
    thang_hanh_dong: bool = Field(default=False, description="Nhóm Tháng hành động vì bình đẳng giới: tên và ngày do chương trình ghi.")
    mot_lan: bool = Field(default=False, description="Cả nhóm chỉ làm trong năm này: khi chuyển năm được nêu ra để rà soát.")
    noi_dung: tuple[Block, ...] = Field(min_length=1, description="Các đoạn văn, gạch đầu dòng.")

    @model_validator(mode="after")
    def _titled(self) -> "NhomHoatDong":
        if (self.ten is None) != self.thang_hanh_dong:
            raise RuleViolation(
                "mỗi nhóm hoạt động ghi hoặc 'ten', hoặc 'thang_hanh_dong: true'.",
                hint="Nhóm Tháng hành động không ghi 'ten': chương trình tự ghi tên và ngày.",
            )
        return self


class KinhPhi(Model):
    """III. Kinh phí thực hiện: paragraphs citing the budget decision (``quyet_dinh``)."""

    quyet_dinh: Text | None = Field(default=None, description="Khóa (trong van_ban) của quyết định giao dự toán ngân sách.")
    noi_dung: tuple[Block, ...] = Field(min_length=1, description="Nguồn kinh phí; trích dẫn quyết định bằng [@khoa].")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        return {"noi_dung": [value]} if isinstance(value, str) else value


class KeHoachBdgVstbcpn(VanBanHangNam):
    """Kế hoạch thực hiện công tác BĐG và VSTBCPN năm N (data file: ``loai: ke_hoach_bdg_vstbcpn``)."""

    TEN_LOAI: ClassVar[str] = "Kế hoạch"
    VIET_TAT: ClassVar[str | None] = "KH"
    NAM_BAN_HANH: ClassVar[tuple[int, int]] = (-1, 0)  # in its year, or late the year before
    BIEN: ClassVar[frozenset[str]] = VanBanHangNam.BIEN | {
        "thang_hanh_dong", "bat_dau_thang_hanh_dong", "ket_thuc_thang_hanh_dong", "han_bao_cao_6_thang",
        "han_bao_cao_nam"}

    loai: Literal["ke_hoach_bdg_vstbcpn"] = "ke_hoach_bdg_vstbcpn"
    ke_hoach_cap_tren: Text = Field(description="Khóa (trong van_ban) của kế hoạch năm của cấp trên, trích dẫn ở đoạn mở đầu.")
    mo_dau: tuple[Inline, ...] = Field(min_length=1, description="Đoạn mở đầu: 'Thực hiện [@khoa] ...'.")
    muc_dich: tuple[Block, ...] = Field(min_length=1, description="I.1. Mục đích.")
    yeu_cau: tuple[Block, ...] = Field(min_length=1, description="I.2. Yêu cầu.")
    noi_dung_hoat_dong: tuple[NhomHoatDong, ...] = Field(min_length=1, description="II. Nội dung hoạt động: các nhóm 1., 2., ...")
    thang_hanh_dong: ThangHanhDong | None = Field(default=None, description="Ngày Tháng hành động, nếu khác 15/11–15/12.")
    kinh_phi: KinhPhi = Field(description="III. Kinh phí thực hiện.")
    to_chuc_thuc_hien: tuple[CoQuanThucHien, ...] = Field(default=(), description="IV. Tổ chức thực hiện: nhiệm vụ từng cơ quan (để trống khi mục chỉ có các đoạn kết).")
    ket_luan: tuple[Block, ...] = Field(min_length=1, description="Đoạn kết: đề nghị triển khai, hạn báo cáo [$han_bao_cao_6_thang], [$han_bao_cao_nam].")
    han_bao_cao: HanBaoCao = Field(default_factory=HanBaoCao, description="Hạn báo cáo, nếu khác 15/6 và 15/12.")
    chuyen_tu_nam: Int | None = Field(default=None, description="Năm của kế hoạch gốc khi kế hoạch được chuyển năm (chương trình ghi).")

    # -- validation: each check on the field an officer must change, seeing the fields before it --
    @field_validator("mo_dau")
    @classmethod
    def _cites_superior_plan(cls, mo_dau: list[Inline], info: ValidationInfo) -> list[Inline]:
        key = info.data.get("ke_hoach_cap_tren")
        if key is not None:
            must_cite(info.data.get("van_ban", {}), key, mo_dau, "ke_hoach_cap_tren", "mo_dau")
        return mo_dau

    @field_validator("noi_dung_hoat_dong")
    @classmethod
    def _one_action_month(cls, groups: list[NhomHoatDong]) -> list[NhomHoatDong]:
        count = sum(group.thang_hanh_dong for group in groups)
        if count != 1:
            raise RuleViolation(
                f"Nội dung hoạt động phải có đúng một nhóm Tháng hành động (đang có {count}).",
                hint="Giữ một nhóm '- thang_hanh_dong: true' (có 'noi_dung') trong noi_dung_hoat_dong.")
        return groups

    @field_validator("thang_hanh_dong")
    @classmethod
    def _action_month_in_year(cls, value: ThangHanhDong | None, info: ValidationInfo) -> ThangHanhDong | None:
        nam = info.data.get("nam")
        if value is not None and nam is not None and not value.tu.year == value.den.year == nam:
            raise RuleViolation(
                f"Tháng hành động ({format_ngay_ngan(value.tu)}–{format_ngay_ngan(value.den)}) nằm ngoài năm {nam} của kế hoạch.",
                hint=f"Ghi ngày trong năm {nam}, hoặc xóa 'thang_hanh_dong' để dùng {_ngay(nam, *THANG_HANH_DONG[0])}–{_ngay(nam, *THANG_HANH_DONG[1])}.")
        return value

    @field_validator("kinh_phi")
    @classmethod
    def _cites_budget(cls, kinh_phi: KinhPhi, info: ValidationInfo) -> KinhPhi:
        if kinh_phi.quyet_dinh is not None:
            must_cite(info.data.get("van_ban", {}), kinh_phi.quyet_dinh, kinh_phi.noi_dung, "quyet_dinh", "noi_dung")
        return kinh_phi

    @field_validator("han_bao_cao")
    @classmethod
    def _deadlines_in_year(cls, han: HanBaoCao, info: ValidationInfo) -> HanBaoCao:
        nam = info.data.get("nam")
        if nam is None:
            return han
        sau_thang, ca_nam = han_bao_cao(nam, han)
        for what, deadline, default in (("6 tháng", sau_thang, HAN_BAO_CAO_6_THANG), ("năm", ca_nam, HAN_BAO_CAO_NAM)):
            if deadline.year != nam:
                where = "sau khi hết năm" if deadline.year > nam else "trước năm"
                raise RuleViolation(
                    f"hạn báo cáo {what} {format_ngay_ngan(deadline)} {where} {nam} của kế hoạch.",
                    hint=f"Ghi một ngày trong năm {nam} (mặc định {_ngay(nam, *default)}).")
        if ca_nam <= sau_thang:
            raise RuleViolation("hạn báo cáo năm phải sau hạn báo cáo 6 tháng.", hint="Sửa 'han_bao_cao'.")
        return han

    # -- values computed from the year ----------------------------------------------------------
    @property
    def ngay_thang_hanh_dong(self) -> tuple[date, date]:
        if self.thang_hanh_dong is not None:
            return self.thang_hanh_dong.tu, self.thang_hanh_dong.den
        (d1, m1), (d2, m2) = THANG_HANH_DONG
        return date(self.nam, m1, d1), date(self.nam, m2, d2)

    @property
    def ngay_han_bao_cao(self) -> tuple[date, date]:
        """(six-month, annual) reporting deadlines."""
        return han_bao_cao(self.nam, self.han_bao_cao)

    def bien(self) -> dict[str, Run]:
        tu, den = self.ngay_thang_hanh_dong
        sau_thang, ca_nam = self.ngay_han_bao_cao
        return {
            **super().bien(),
            "thang_hanh_dong": Run(f"{day_text(tu.day)}/{month_text(tu.month)}-{format_ngay_ngan(den)}"),
            "bat_dau_thang_hanh_dong": Run(format_ngay_ngan(tu)),
            "ket_thuc_thang_hanh_dong": Run(format_ngay_ngan(den)),
            # Deadlines are bold wherever they appear, as in the plans officers issue.
            "han_bao_cao_6_thang": Run(format_ngay_ngan(sau_thang), bold=True),
            "han_bao_cao_nam": Run(format_ngay_ngan(ca_nam), bold=True),
        }

    def ngay_cuoi(self) -> date:
        """The plan speaks for its whole year, up to its last deadline."""
        return max(self.ngay.bound(), self.ngay_han_bao_cao[1], self.ngay_thang_hanh_dong[1])

    def canh_bao_loai(self) -> list[Problem]:
        """Reporting deadlines the closing does not state, a district issuer past the reform, and
        what a rolled plan must have checked."""
        from bdg_docs.chuyen_nam import canh_bao_chuyen_nam

        warnings = []
        used = {key for block in self.ket_luan if isinstance(block, Inline) for kind, key in block.refs() if kind == "variable"}
        missing = [name for name in ("han_bao_cao_6_thang", "han_bao_cao_nam") if name not in used]
        if missing:
            warnings.append(Problem(
                "ket_luan", "đoạn kết chưa nêu " + " và ".join(f"[${name}]" for name in missing) + ".",
                hint="Ghi hạn báo cáo bằng [$han_bao_cao_6_thang] và [$han_bao_cao_nam]: ngày in đậm và tự đổi khi chuyển năm."))
        cap = cap_tu_ten([*self.co_quan.ten, *self.co_quan.chu_quan])
        if cap is Cap.HUYEN and max(self.ngay_han_bao_cao[1], self.ngay_thang_hanh_dong[1]) >= CAP_HUYEN_CHAM_DUT:
            warnings.append(Problem(
                "co_quan", f"cấp huyện chấm dứt hoạt động từ {format_ngay_ngan(CAP_HUYEN_CHAM_DUT)}, "
                           f"trước khi kế hoạch năm {self.nam} kết thúc.",
                hint="Ghi rõ cơ quan nhận báo cáo và tiếp tục thực hiện sau ngày đó (cấp tỉnh, cấp xã)."))
        warnings.extend(canh_bao_chuyen_nam(self))
        return warnings

    # -- layout ----------------------------------------------------------------------------
    def compose(self, c: Composer) -> Body:
        can_cu = c.can_cu(self.can_cu)
        c.mo_dau_muc_dich_yeu_cau(self.mo_dau, self.muc_dich, self.yeu_cau)
        c.muc_heading("Nội dung hoạt động")
        for number, group in enumerate(self.noi_dung_hoat_dong, start=1):
            c.khoan_heading(number, group.ten if group.ten is not None else self.ten_thang_hanh_dong())
            c.blocks(group.noi_dung)
        c.muc(Muc(tieu_de="Kinh phí thực hiện", noi_dung=self.kinh_phi.noi_dung))
        c.muc_heading("Tổ chức thực hiện")
        for number, agency in enumerate(self.to_chuc_thuc_hien, start=1):
            c.co_quan(number, agency)
        c.blocks(self.ket_luan)
        return Body(can_cu=can_cu, than=c.finish())

    def ten_thang_hanh_dong(self) -> str:
        tu, den = self.ngay_thang_hanh_dong
        return f"{TEN_THANG_HANH_DONG} từ ngày {format_ngay_ngan(tu)} đến ngày {format_ngay_ngan(den)}"


def han_bao_cao(nam: int, han: HanBaoCao) -> tuple[date, date]:
    """(six-month, annual) reporting deadlines of a plan for ``nam``: the data's, or the defaults."""
    return (han.sau_thang or date(nam, HAN_BAO_CAO_6_THANG[1], HAN_BAO_CAO_6_THANG[0]),
            han.ca_nam or date(nam, HAN_BAO_CAO_NAM[1], HAN_BAO_CAO_NAM[0]))


def _ngay(nam: int, day: int, month: int) -> str:
    return format_ngay_ngan(date(nam, month, day))
