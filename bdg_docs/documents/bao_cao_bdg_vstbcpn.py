"""Báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm N: the annual report.

Every locality that issues the annual plan (:mod:`~bdg_docs.documents.ke_hoach_bdg_vstbcpn`)
reports on it by the deadline the plan sets. The report (Mẫu 1.4, ``BÁO CÁO``, symbol ``BC-...``):

opening paragraph citing the plan reported on — I. Công tác lãnh đạo, chỉ đạo, triển khai —
II. Kết quả thực hiện, following the plan's own groups (each activity with its result), then the
indicator table (:mod:`bdg_docs.models.bang_chi_tieu`: in the body, or as a Phụ lục after the
signature) and the budget (amounts in đồng, in figures and in words) — III. Đánh giá chung
(kết quả đạt được, hạn chế, nguyên nhân) — IV. Phương hướng, nhiệm vụ năm N+1 — V. Đề xuất, kiến
nghị — closing paragraph.

``bdg-docs new bao-cao-bdg-vstbcpn --tu-ke-hoach PLAN.yaml`` writes a report whose sections are
the plan's groups (:mod:`bdg_docs.starter_plan`).
"""

from datetime import date
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from bdg_docs.compose import Composer
from bdg_docs.documents.base import Body
from bdg_docs.documents.hang_nam import VanBanHangNam, must_cite
from bdg_docs.errors import Problem, RuleViolation
from bdg_docs.indicators import ChiTieu, ChiTieuDanhMuc, IndicatorCatalogue, shipped_indicators
from bdg_docs.layout import Appendix, Run, Style
from bdg_docs.models.bang_chi_tieu import BangChiTieu, GiaTri
from bdg_docs.models.base import FrozenDict, FrozenMapping, Int, Model, Text
from bdg_docs.models.body import Block, Khoan, Muc, khong_nhan
from bdg_docs.models.inline import Inline
from bdg_docs.nd30.dates import format_ngay, format_ngay_ngan
from bdg_docs.nd30.header import upper
from bdg_docs.nd30.numbering import validate_khong_nhan
from bdg_docs.nd30.symbols import format_so
from bdg_docs.numbers import DONG, format_money_in_words, format_percent

# What an activity without its result shows: a line to write it by hand.
CHO_GHI_TAY = "\u2026" * 20
PHU_LUC = "Phụ lục"


class KeHoachDuocBaoCao(Model):
    """The plan reported on: its key in ``van_ban`` (cited in the opening), year and deadline."""

    van_ban: Text = Field(description="Khóa (trong van_ban) của kế hoạch được báo cáo; đoạn mở đầu trích dẫn nó bằng [@khoa].")
    nam: Int = Field(description="Năm của kế hoạch; năm báo cáo không được trước năm này.")
    han_bao_cao: date | None = Field(default=None, description="Hạn gửi báo cáo năm kế hoạch đặt ra, ví dụ 2026-12-15.")
    du_thao: bool = Field(default=False, description="Kế hoạch còn là dự thảo khi tạo tệp: ghi số, ngày ban hành rồi xóa dòng này.")


class HoatDong(Model):
    """An activity of the plan and its result. Only the result is printed; without one, the
    activity is printed with a dotted line to fill in, and a warning is given."""

    hoat_dong: Annotated[Inline, khong_nhan("gach")] | None = Field(
        default=None, description="Việc kế hoạch giao (để đối chiếu; không in khi đã có kết quả).")
    ket_qua: tuple[Block, ...] = Field(default=(), description="Kết quả thực hiện: đã làm gì, bao nhiêu, ở đâu.")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"ket_qua": [value]}
        if isinstance(value, dict) and isinstance(value.get("ket_qua"), str):
            return {**value, "ket_qua": [value["ket_qua"]]}
        if isinstance(value, dict) and "ket_qua" in value and value["ket_qua"] is None:
            return {**value, "ket_qua": []}
        return value

    @model_validator(mode="after")
    def _something(self) -> "HoatDong":
        if self.hoat_dong is None and not self.ket_qua:
            raise RuleViolation("hoạt động không có 'hoat_dong' lẫn 'ket_qua'.", hint="Ghi kết quả ở 'ket_qua', hoặc xóa mục này.")
        first = self.ket_qua[0] if self.ket_qua else None
        if isinstance(first, Inline):  # printed after "- "
            try:
                validate_khong_nhan(first.plain, "gach")
            except RuleViolation as exc:
                raise RuleViolation(exc.message, hint=exc.hint, where=("ket_qua", 0)) from None
        return self


class NhomKetQua(Model):
    """A numbered group of II. Kết quả thực hiện: the plan's group title, then paragraphs and activities."""

    ten: Annotated[Inline, khong_nhan("khoan")] = Field(description="Tên nhóm (như trong kế hoạch), in đậm.")
    noi_dung: tuple[Block, ...] = Field(default=(), description="Các đoạn chung của nhóm, trước các hoạt động.")
    hoat_dong: tuple[HoatDong, ...] = Field(default=(), description="Các hoạt động của kế hoạch, mỗi hoạt động một 'ket_qua'.")

    @model_validator(mode="after")
    def _not_empty(self) -> "NhomKetQua":
        if not self.noi_dung and not self.hoat_dong:
            raise RuleViolation("nhóm kết quả không có nội dung.", hint="Thêm 'hoat_dong' (mỗi việc một 'ket_qua') hoặc 'noi_dung'.")
        return self


class KinhPhi(Model):
    """The budget: the amounts allocated and spent (in đồng, printed in figures and in words)."""

    duoc_giao: GiaTri | None = Field(default=None, description="Kinh phí được giao trong năm (đồng), ví dụ 20.000.000.")
    da_su_dung: GiaTri | None = Field(default=None, description="Kinh phí đã sử dụng (đồng).")
    noi_dung: tuple[Block, ...] = Field(default=(), description="Các đoạn thêm: nguồn kinh phí, huy động xã hội hóa.")

    @field_validator("duoc_giao", "da_su_dung")
    @classmethod
    def _dong(cls, value: GiaTri | None) -> GiaTri | None:
        if value is None:
            return None
        if value.don_vi is not None and value.don_vi not in (DONG, "đ"):
            raise RuleViolation(f"kinh phí ghi đơn vị '{value.don_vi}'.", hint="Ghi số đồng, ví dụ 20.000.000 (hoặc '20.000.000 đồng').")
        if value.so != value.so.to_integral_value():
            raise RuleViolation("kinh phí phải là số đồng chẵn.", hint="Ghi số đồng, không có phần lẻ, ví dụ 20.000.000.")
        return value

    @model_validator(mode="after")
    def _something(self) -> "KinhPhi":
        if self.duoc_giao is None and self.da_su_dung is None and not self.noi_dung:
            raise RuleViolation("mục kinh phí để trống.", hint="Ghi 'duoc_giao', 'da_su_dung' hoặc 'noi_dung', hoặc xóa mục kinh_phi.")
        return self


class DanhGia(Model):
    """III. Đánh giá chung."""

    ket_qua_dat_duoc: tuple[Block, ...] = Field(min_length=1, description="1. Kết quả đạt được.")
    han_che: tuple[Block, ...] = Field(min_length=1, description="2. Hạn chế.")
    nguyen_nhan: tuple[Block, ...] = Field(min_length=1, description="3. Nguyên nhân (của hạn chế).")


class BaoCaoBdgVstbcpn(VanBanHangNam):
    """Báo cáo kết quả thực hiện công tác BĐG và VSTBCPN năm N (data file: ``loai: bao_cao_bdg_vstbcpn``)."""

    TEN_LOAI: ClassVar[str] = "Báo cáo"
    VIET_TAT: ClassVar[str | None] = "BC"
    NAM_BAN_HANH: ClassVar[tuple[int, int]] = (0, 1)  # at the end of its year, or early the next

    loai: Literal["bao_cao_bdg_vstbcpn"] = "bao_cao_bdg_vstbcpn"
    ke_hoach: KeHoachDuocBaoCao = Field(description="Kế hoạch được báo cáo: khóa trong van_ban, năm, hạn báo cáo.")
    mo_dau: tuple[Inline, ...] = Field(min_length=1, description="Đoạn mở đầu: 'Thực hiện [@khoa kế hoạch], ... báo cáo như sau:'.")
    lanh_dao_chi_dao: tuple[Block, ...] = Field(min_length=1, description="I. Công tác lãnh đạo, chỉ đạo, triển khai.")
    ket_qua_thuc_hien: tuple[NhomKetQua, ...] = Field(min_length=1, description="II. Kết quả thực hiện: các nhóm của kế hoạch.")
    chi_tieu_rieng: FrozenMapping[ChiTieu] = Field(default_factory=FrozenDict, description="Chỉ tiêu riêng của địa phương, theo khóa (ten, don_vi, muc_tieu_2025, ...).")
    bang_chi_tieu: BangChiTieu | None = Field(default=None, description="Bảng kết quả thực hiện các chỉ tiêu (trong mục II, hoặc phụ lục).")
    kinh_phi: KinhPhi | None = Field(default=None, description="Kinh phí thực hiện (cuối mục II).")
    danh_gia: DanhGia = Field(description="III. Đánh giá chung.")
    phuong_huong: tuple[Block, ...] = Field(min_length=1, description="IV. Phương hướng, nhiệm vụ năm sau.")
    de_xuat: tuple[Block, ...] = Field(min_length=1, description="V. Đề xuất, kiến nghị.")
    ket_luan: tuple[Block, ...] = Field(min_length=1, description="Đoạn kết: 'Trên đây là báo cáo ...'.")

    # -- validation ------------------------------------------------------------------------
    @field_validator("ke_hoach")
    @classmethod
    def _plan_year(cls, plan: KeHoachDuocBaoCao, info: ValidationInfo) -> KeHoachDuocBaoCao:
        nam = info.data.get("nam")
        if nam is not None and nam < plan.nam:
            raise RuleViolation(
                f"báo cáo năm {nam} về kế hoạch năm {plan.nam}: năm báo cáo trước năm của kế hoạch.",
                hint=f"Sửa 'nam' của báo cáo thành {plan.nam} (hoặc năm sau đó), hoặc kiểm tra 'ke_hoach.nam'.",
                where=("nam",))
        return plan

    @field_validator("mo_dau")
    @classmethod
    def _cites_the_plan(cls, mo_dau: list[Inline], info: ValidationInfo) -> list[Inline]:
        plan = info.data.get("ke_hoach")
        if plan is not None:
            must_cite(info.data.get("van_ban", {}), plan.van_ban, mo_dau, "ke_hoach.van_ban", "mo_dau")
        return mo_dau

    @field_validator("bang_chi_tieu")
    @classmethod
    def _indicators_exist(cls, table: BangChiTieu | None, info: ValidationInfo) -> BangChiTieu | None:
        if table is None or "chi_tieu_rieng" not in info.data:  # a broken chi_tieu_rieng is reported on its own
            return table
        return table.check(indicators(info.data["chi_tieu_rieng"]))

    # -- warnings ---------------------------------------------------------------------------
    def canh_bao_loai(self) -> list[Problem]:
        """Activities with no result, a plan cited from its draft, a report after its deadline,
        indicators not yet checked against their source, more spent than allotted."""
        warnings = []
        for g, group in enumerate(self.ket_qua_thuc_hien, start=1):
            missing = [str(a) for a, activity in enumerate(group.hoat_dong, start=1) if not activity.ket_qua]
            if missing:
                warnings.append(Problem(
                    f"ket_qua_thuc_hien[{g}].hoat_dong",
                    f"{len(missing)} hoạt động chưa ghi kết quả (hoạt động {', '.join(missing)}): văn bản in dòng chấm để ghi tay.",
                    hint="Ghi kết quả thực hiện (đã làm gì, bao nhiêu, ở đâu) ở 'ket_qua' của từng hoạt động."))
        if self.ke_hoach.du_thao:
            warnings.append(Problem("ke_hoach.du_thao", "kế hoạch được báo cáo được ghi từ bản dự thảo: số, ngày trích dẫn chưa phải của bản đã ban hành.",
                                    hint=f"Ghi số, ngày ban hành của kế hoạch ở van_ban.{self.ke_hoach.van_ban}, rồi xóa dòng 'du_thao'."))
        deadline = self.ke_hoach.han_bao_cao
        if deadline is not None and self.ngay.earliest() > deadline:
            warnings.append(Problem("ngay", f"báo cáo ban hành sau hạn {format_ngay_ngan(deadline)} kế hoạch đặt ra.",
                                    hint="Kiểm tra ngày ban hành; nếu gửi muộn, nêu lý do trong đoạn kết."))
        if self.bang_chi_tieu is not None:
            catalogue = indicators(self.chi_tieu_rieng)
            for i, row in enumerate(self.bang_chi_tieu.dong, start=1):
                entry = catalogue[row.chi_tieu]
                if isinstance(entry, ChiTieuDanhMuc) and not entry.xac_nhan:
                    warnings.append(Problem(f"bang_chi_tieu.dong[{i}].chi_tieu", f"chỉ tiêu '{row.chi_tieu}' chưa được đối chiếu đủ với văn bản gốc.",
                                            hint=f"So tên chỉ tiêu và mục tiêu với văn bản gốc ({entry.ghi_chu or entry.nguon})."))
        spent, allocated = (self.kinh_phi.da_su_dung, self.kinh_phi.duoc_giao) if self.kinh_phi else (None, None)
        if spent is not None and allocated is not None and spent.so > allocated.so:
            warnings.append(Problem("kinh_phi.da_su_dung", "kinh phí đã sử dụng lớn hơn kinh phí được giao.",
                                    hint="Kiểm tra lại hai số; nếu có nguồn bổ sung, nêu ở 'noi_dung'."))
        return warnings

    # -- layout ------------------------------------------------------------------------------
    def compose(self, c: Composer) -> Body:
        can_cu = c.can_cu(self.can_cu)
        for paragraph in self.mo_dau:
            c.add(Style.MO_DAU, paragraph)
        c.muc(Muc(tieu_de="Công tác lãnh đạo, chỉ đạo, triển khai", noi_dung=self.lanh_dao_chi_dao))
        c.muc_heading("Kết quả thực hiện")
        number = 0
        for number, group in enumerate(self.ket_qua_thuc_hien, start=1):
            c.khoan_heading(number, group.ten)
            c.blocks(group.noi_dung)
            for activity in group.hoat_dong:
                _activity(c, activity)
        table = self.bang_chi_tieu
        if table is not None:
            number += 1
            c.khoan_heading(number, table.title(self.nam))
            c.blocks(table.noi_dung)
            if table.phu_luc:
                c.add(Style.THAN, f"Kết quả thực hiện các chỉ tiêu chi tiết tại {PHU_LUC} kèm theo Báo cáo này.")
            else:
                c.table(table.table(self.nam, indicators(self.chi_tieu_rieng), c))
        if self.kinh_phi is not None:
            number += 1
            c.khoan_heading(number, "Kinh phí thực hiện")
            _budget(c, self.kinh_phi, self.nam)
        c.muc(Muc(tieu_de="Đánh giá chung", khoan=[
            Khoan(tieu_de="Kết quả đạt được", noi_dung=self.danh_gia.ket_qua_dat_duoc),
            Khoan(tieu_de="Hạn chế", noi_dung=self.danh_gia.han_che),
            Khoan(tieu_de="Nguyên nhân", noi_dung=self.danh_gia.nguyen_nhan),
        ]))
        c.muc(Muc(tieu_de=f"Phương hướng, nhiệm vụ năm {self.nam + 1}", noi_dung=self.phuong_huong))
        c.muc(Muc(tieu_de="Đề xuất, kiến nghị", noi_dung=self.de_xuat))
        c.blocks(self.ket_luan)
        body = c.finish()
        appendices: tuple[Appendix, ...] = ()
        if table is not None and table.phu_luc:  # composed last: its text comes after the body's in reading order
            appendices = (Appendix(PHU_LUC, upper(table.title(self.nam)), self.kem_theo(),
                                   (table.table(self.nam, indicators(self.chi_tieu_rieng), c),)),)
        return Body(can_cu=can_cu, than=body, phu_luc=appendices)

    def kem_theo(self) -> str:
        """``(Kèm theo Báo cáo số 05/BC-UBND ngày 10 tháng 12 năm 2026 của Ủy ban nhân dân xã ...)``, blanks in a draft."""
        so = format_so(self.so, self.ky_hieu).removeprefix("Số:").lstrip(" ")
        ngay = format_ngay(self.ngay.ngay, self.ngay.thang, self.ngay.nam)
        return f"(Kèm theo {self.TEN_LOAI} số {so} {ngay} của {' '.join(self.co_quan.ten)})"


def indicators(own: dict[str, ChiTieu]) -> IndicatorCatalogue:
    """The shipped indicators and a document's own."""
    return shipped_indicators().with_entries(own) if own else shipped_indicators()


def _activity(c: Composer, activity: HoatDong) -> None:
    """``- <result>``; without a result, ``- <the activity>: ……`` to fill in by hand."""
    if not activity.ket_qua:
        assert activity.hoat_dong is not None
        runs = c.runs(activity.hoat_dong)
        last = runs[-1]
        runs[-1] = Run(last.text.rstrip(" .;:"), last.bold, last.italic, last.footnote)
        c.add(Style.THAN, "- ", *runs, f": {CHO_GHI_TAY}")
        return
    first, *rest = activity.ket_qua
    if isinstance(first, Inline):
        c.add(Style.THAN, "- ", first)
        c.blocks(rest)
    else:
        c.blocks(activity.ket_qua)


def _budget(c: Composer, budget: KinhPhi, nam: int) -> None:
    """The amounts in figures and in words, and the share spent."""
    sentence = budget_sentence(budget, nam)
    if sentence:
        c.add(Style.THAN, sentence)
    c.blocks(budget.noi_dung)


def budget_sentence(budget: KinhPhi, nam: int) -> str | None:
    """``Kinh phí được giao năm 2026: 20.000.000 đồng (bằng chữ: ...); đã sử dụng: ..., đạt 77,5% ...``."""
    parts = []
    if budget.duoc_giao is not None:
        parts.append(f"kinh phí được giao năm {nam}: {format_money_in_words(int(budget.duoc_giao.so))}")
    if budget.da_su_dung is not None:
        spent = f"đã sử dụng: {format_money_in_words(int(budget.da_su_dung.so))}"
        if budget.duoc_giao is not None and budget.duoc_giao.so > 0:
            spent += f", đạt {format_percent(budget.da_su_dung.so / budget.duoc_giao.so)} kinh phí được giao"
        parts.append(spent)
    if not parts:
        return None
    sentence = "; ".join(parts)
    return sentence[:1].upper() + sentence[1:] + "."
