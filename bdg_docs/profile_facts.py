"""A locality profile file, as written: the facts of one unit, their sources and their periods.

One YAML file per unit (``bdg_docs/data/dia_phuong/<khoa>.yaml``, or any file a province writes).
A file named by a register key (``thanh_hoa.xa_dong_tien.yaml``) takes the unit's level, kind,
name, parent and dates from the register and writes only what differs; a file of a unit outside
the register states them (``cap``, ``loai_don_vi``, ``ten``, ``thuoc``, ``hieu_luc_tu/den``).
Every fact names its source (``nguon``); ``giai_doan`` changes facts from a date on.
"""

from datetime import date
from pathlib import Path

from pydantic import Field, field_validator, model_validator

from bdg_docs.errors import RuleViolation
from bdg_docs.institutions import CHI_SAU_CAI_CACH, CHI_TRUOC_CAI_CACH, LOAI_DON_VI, Cap
from bdg_docs.models.base import FrozenDict, FrozenMapping, Model, Text
from bdg_docs.models.citation import VanBan
from bdg_docs.models.header import CoQuan
from bdg_docs.models.signing import ChuKy, TenNoiNhan
from bdg_docs.nd30 import dates, signature
from bdg_docs.register import LAST_DAY_BEFORE
from bdg_docs.institutions import CAP_HUYEN_CHAM_DUT


class DonVi(Model):
    """A unit and its abbreviation: ``Phòng Lao động - Thương binh và Xã hội`` / ``LĐTBXH``."""

    ten: Text = Field(description="Tên đơn vị.")
    viet_tat: Text = Field(description="Chữ viết tắt, dùng ở dòng 'Lưu: VT, ...' và ký hiệu công văn.")


class NguoiKy(ChuKy):
    """A default signer: the title stack (checked as in a document), and the name when known."""

    ho_ten: Text | None = Field(default=None, description="Họ tên (để trống nếu văn bản tự ghi).")

    @field_validator("ho_ten")
    @classmethod
    def _name(cls, name: str | None) -> str | None:
        return None if name is None else signature.validate_ho_ten(name)


class Facts(Model):
    """The facts of a locality that may be inherited or change from one period to the next."""

    co_quan: CoQuan | None = Field(default=None, description="Dòng tên cơ quan ban hành (mặc định: Ủy ban nhân dân + tên đầy đủ).")
    dia_danh: Text | None = Field(default=None, description="Địa danh ở dòng ngày tháng (mặc định: tên).")
    viet_tat: Text | None = Field(default=None, description="Chữ viết tắt cơ quan ban hành (mặc định UBND).")
    don_vi_chu_tri: DonVi | None = Field(default=None, description="Đơn vị tham mưu về bình đẳng giới.")
    co_quan_thuc_hien: FrozenMapping[Text] = Field(default_factory=FrozenDict, description="Các cơ quan ở Tổ chức thực hiện, theo khóa.")
    noi_nhan: tuple[TenNoiNhan, ...] | None = Field(default=None, description="Nơi nhận thường dùng.")
    nguoi_ky: tuple[NguoiKy, ...] | None = Field(default=None, description="Người ký mặc định (mục đầu tiên).")
    van_ban: FrozenMapping[VanBan] = Field(default_factory=FrozenDict, description="Văn bản của địa phương hay được trích dẫn.")
    nguon: FrozenMapping[Text] = Field(default_factory=FrozenDict, description="Nguồn của từng thông tin ('chung' cho mọi thông tin).")

    @model_validator(mode="after")
    def _sources(self) -> "Facts":
        stated = [name for name in self.model_fields_set if name != "nguon" and name in Facts.model_fields]
        missing = sorted(name for name in stated if name not in self.nguon) if "chung" not in self.nguon else []
        if missing:
            raise RuleViolation(f"chưa ghi nguồn của {', '.join(missing)}.",
                                hint=f"Thêm 'nguon: {{{missing[0]}: <văn bản, trang đã đối chiếu>}}' hoặc 'nguon: {{chung: ...}}'.")
        return self


class GiaiDoan(Facts):
    """Facts that hold from ``tu`` to ``den`` (both included)."""

    tu: date | None = Field(default=None, description="Từ ngày (để trống: từ đầu).")
    den: date | None = Field(default=None, description="Đến hết ngày (để trống: đến nay).")

    def covers(self, day: date) -> bool:
        return (self.tu is None or self.tu <= day) and (self.den is None or day <= self.den)


class ProfileFile(Facts):
    """One locality's file, as written."""

    cap: Cap | None = Field(default=None, description="Cấp: tỉnh, huyện hoặc xã (không cần khi tên tệp là khóa trong sổ đăng ký).")
    loai_don_vi: Text | None = Field(default=None, description="tỉnh, thành phố; huyện, quận, thị xã; xã, phường, thị trấn, đặc khu.")
    ten: Text | None = Field(default=None, description="Tên riêng: 'Triệu Sơn'.")
    thuoc: Text | None = Field(default=None, description="Khóa của địa phương cấp trên.")
    hieu_luc_tu: date | None = Field(default=None, description="Ngày bắt đầu hoạt động (nếu sau cải cách).")
    hieu_luc_den: date | None = Field(default=None, description="Ngày cuối cùng được ban hành văn bản.")
    thay_the_boi: tuple[Text, ...] = Field(default=(), description="Khóa các đơn vị kế tiếp sau khi đơn vị này chấm dứt.")
    giai_doan: tuple[GiaiDoan, ...] = Field(default=(), description="Thông tin thay đổi theo thời gian.")

    @model_validator(mode="after")
    def _level(self) -> "ProfileFile":
        if self.cap is None or self.loai_don_vi is None:
            return self  # the register gives them, or the registry asks for them
        if self.loai_don_vi not in LOAI_DON_VI[self.cap]:
            raise RuleViolation(f"cấp {self.cap} không có loại đơn vị '{self.loai_don_vi}'.",
                                hint="Ghi một trong: " + ", ".join(sorted(LOAI_DON_VI[self.cap])) + ".")
        ends_with_districts = self.cap is Cap.HUYEN or self.loai_don_vi in CHI_TRUOC_CAI_CACH
        if ends_with_districts and (self.hieu_luc_den is None or self.hieu_luc_den > LAST_DAY_BEFORE):
            raise RuleViolation(f"{self.loai_don_vi} chỉ còn đến ngày {dates.format_ngay_ngan(LAST_DAY_BEFORE)}.",
                                hint=f"Ghi 'hieu_luc_den: {LAST_DAY_BEFORE.isoformat()}' (hoặc sớm hơn).")
        if self.loai_don_vi in CHI_SAU_CAI_CACH and (self.hieu_luc_tu is None or self.hieu_luc_tu < CAP_HUYEN_CHAM_DUT):
            raise RuleViolation(f"{self.loai_don_vi} có từ ngày {dates.format_ngay_ngan(CAP_HUYEN_CHAM_DUT)}.",
                                hint=f"Ghi 'hieu_luc_tu: {CAP_HUYEN_CHAM_DUT.isoformat()}'.")
        return self

    @property
    def identity_fields(self) -> set[str]:
        """The identity fields the file writes (``cap``, ``ten``, ...)."""
        return self.model_fields_set & {"cap", "loai_don_vi", "ten", "thuoc", "hieu_luc_tu", "hieu_luc_den"}


def load_profile_file(path: str | Path) -> ProfileFile:
    """Read one profile file; InputError names file:line and field."""
    from bdg_docs.loading import read_yaml_file, validate

    return validate(ProfileFile, read_yaml_file(path, what="hồ sơ địa phương"), filename=str(path))
