"""Body models: sections, numbered items, điểm, bullets and paragraphs (spec §2.7–2.8).

Numbers and letters (``I.``, ``1.``, ``a)``) are computed from the structure and never typed in
data. A content list mixes paragraphs and bullet lists in the order they are read::

    noi_dung:
      - Một đoạn văn.                      # a paragraph
      - gach:                              # dash bullets
          - Ý thứ nhất.
          - noi_dung: Ý thứ hai, có ý nhỏ:
            cong: [Ý nhỏ một., Ý nhỏ hai.] # "+" sub-bullets
      - diem:                              # a) b) c) ...
          - tieu_de: Hoạt động 1
            noi_dung: [...]
"""

from typing import Annotated, Any, Callable, ClassVar, Union

from pydantic import AfterValidator, Discriminator, Field, Tag, model_validator

from bdg_docs.errors import RuleViolation
from bdg_docs.models.base import Model, Text, text_from_mapping
from bdg_docs.models.inline import Inline
from bdg_docs.nd30.numbering import validate_khong_nhan, validate_khong_tien_to


def _on_words(rule: Callable[[str], Any]) -> AfterValidator:
    """A validator applying ``rule`` to the words of a text field (an Inline's, without markup)."""
    def check(value: Any) -> Any:
        if value is not None:
            rule(value.plain if isinstance(value, Inline) else value)
        return value
    return AfterValidator(check)


def khong_nhan(vi_tri: str) -> AfterValidator:
    """A validator refusing text that starts with the label the library writes before it."""
    return _on_words(lambda text: validate_khong_nhan(text, vi_tri))


def khong_tien_to(tien_to: str) -> AfterValidator:
    """A validator refusing text that repeats the words the library writes before it (``Chủ trì:``)."""
    return _on_words(lambda text: validate_khong_tien_to(text, tien_to))


#: A dash bullet's text, a ``+`` sub-bullet's text: no bullet mark typed.
TextGach = Annotated[Inline, khong_nhan("gach")]
TextCong = Annotated[Inline, khong_nhan("cong")]


class Gach(Model):
    """A dash bullet (``- ...``), optionally with ``+`` sub-bullets under it."""

    noi_dung: TextGach
    cong: tuple[TextCong, ...] = Field(default=(), description="Các ý nhỏ, mỗi ý một dòng '+ ...'.")
    mot_lan: bool = Field(default=False, description="Việc chỉ làm một lần: khi chuyển kế hoạch sang năm sau, được nêu ra để rà soát.")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        value = text_from_mapping(value) if not (isinstance(value, dict) and "noi_dung" in value) else value
        return {"noi_dung": value} if isinstance(value, str) else value


class GachBlock(Model):
    gach: tuple[Gach, ...] = Field(min_length=1, description="Các ý gạch đầu dòng '- ...'.")


class CongBlock(Model):
    cong: tuple[TextCong, ...] = Field(min_length=1, description="Các ý '+ ...'.")


class DiemBlock(Model):
    diem: tuple["Diem", ...] = Field(min_length=1, description="Các điểm a), b), c), ...")


def _block_kind(value: Any) -> str | None:
    if isinstance(value, (str, Inline)) or isinstance(value, (int, float)) and not isinstance(value, bool):
        return "doan"
    if isinstance(value, dict):
        keys = set(value)
        for kind in ("gach", "cong", "diem"):
            if kind in keys:
                return kind
        return "doan" if text_from_mapping(value) is not value else None
    for kind, cls in (("gach", GachBlock), ("cong", CongBlock), ("diem", DiemBlock)):
        if isinstance(value, cls):
            return kind
    return None


Block = Annotated[
    Union[
        Annotated[Inline, Tag("doan")],
        Annotated[GachBlock, Tag("gach")],
        Annotated[CongBlock, Tag("cong")],
        Annotated[DiemBlock, Tag("diem")],
    ],
    Discriminator(
        _block_kind,
        custom_error_type="block_kind",
        custom_error_message="mỗi mục nội dung là một đoạn chữ, hoặc một danh sách 'gach', 'cong' hay 'diem'",
    ),
]


class _Numbered(Model):
    """What a khoản and a điểm share: an optional title and content."""

    NHAN: ClassVar[str] = "khoan"  # the label the library writes before the title or first paragraph

    tieu_de: Inline | None = Field(default=None, description="Tiêu đề (in đậm); bỏ trống nếu không có.")
    cung_dong: bool = Field(default=False, description="Tiêu đề và đoạn đầu trên cùng một dòng ('1. Tiêu đề: nội dung').")
    noi_dung: tuple[Block, ...] = Field(default=())

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        return {"noi_dung": [value]} if isinstance(value, str) else value

    @model_validator(mode="after")
    def _starts_right(self) -> "_Numbered":
        needs_paragraph = self.tieu_de is None or self.cung_dong
        if needs_paragraph and not (self.noi_dung and isinstance(self.noi_dung[0], Inline)):
            what = "không có tiêu đề" if self.tieu_de is None else "ghi 'cung_dong'"
            raise RuleViolation(
                f"mục {what} phải bắt đầu bằng một đoạn văn.",
                hint="Thêm một đoạn văn đầu tiên trong 'noi_dung', hoặc thêm 'tieu_de'.",
            )
        try:  # what follows the label: the title, or the first paragraph
            if self.tieu_de is not None:
                validate_khong_nhan(self.tieu_de.plain, self.NHAN)
            else:
                validate_khong_nhan(self.noi_dung[0].plain, self.NHAN)  # type: ignore[union-attr]
        except RuleViolation as exc:
            raise RuleViolation(exc.message, hint=exc.hint, where=("tieu_de",) if self.tieu_de is not None
                                else ("noi_dung", 0)) from None
        return self


class Diem(_Numbered):
    """A điểm: ``a) ...``."""

    NHAN: ClassVar[str] = "diem"


class Khoan(_Numbered):
    """A khoản: ``1. ...``; bold when it has a title."""


class Muc(Model):
    """A section: ``I. TIÊU ĐỀ`` (upper case, bold), then paragraphs, then numbered khoản."""

    tieu_de: Annotated[Text, khong_nhan("muc")] = Field(description="Tên mục, ví dụ 'Mục đích, yêu cầu' (in hoa khi trình bày).")
    noi_dung: tuple[Block, ...] = Field(default=(), description="Các đoạn trước các khoản.")
    khoan: tuple[Khoan, ...] = Field(default=(), description="Các khoản 1., 2., ...")

    @model_validator(mode="after")
    def _not_empty(self) -> "Muc":
        if not self.noi_dung and not self.khoan:
            raise RuleViolation(f"mục '{self.tieu_de}' không có nội dung.", hint="Thêm 'noi_dung' hoặc 'khoan'.")
        return self


class CoQuanThucHien(Model):
    """One agency's tasks under Tổ chức thực hiện.

    Rendered ``1. Phòng Văn hóa - Xã hội`` (bold) then its content, or on one line
    ``3. Phòng Giáo dục và Đào tạo: tiếp tục ...`` with ``cung_dong``. Mass organisations, which
    the People's Committee cannot order, take ``de_nghi: true`` (``Đề nghị Ủy ban MTTQ ...``).
    """

    co_quan: Annotated[Inline, khong_nhan("khoan")] = Field(description="Tên cơ quan, đơn vị.")
    vai_tro: Inline | None = Field(default=None, description="Vai trò ghi sau tên, trong ngoặc: 'Cơ quan Thường trực Ban VSTBCPN huyện'.")
    de_nghi: bool = Field(default=False, description="Viết 'Đề nghị ...' (cho Mặt trận, đoàn thể).")
    cung_dong: bool = Field(default=False, description="Tên và đoạn đầu trên cùng một dòng.")
    noi_dung: tuple[Block, ...] = Field(default=())

    @model_validator(mode="before")
    @classmethod
    def _unknown_agency_key(cls, value: Any) -> Any:
        """``co_quan: {khoa: ...}`` left unresolved: the profile has no such agency."""
        if isinstance(value, dict) and isinstance(value.get("co_quan"), dict):
            key = value["co_quan"].get("khoa")
            raise RuleViolation(
                f"hồ sơ địa phương không có cơ quan '{key}'.",
                hint="Kiểm tra 'dia_phuong' của văn bản và khóa cơ quan (xem: bdg-docs profiles <khóa>), hoặc ghi tên cơ quan.",
            )
        return value

    @model_validator(mode="after")
    def _starts_right(self) -> "CoQuanThucHien":
        if self.de_nghi:
            try:
                validate_khong_tien_to(self.co_quan.plain, "Đề nghị")
            except RuleViolation as exc:
                raise RuleViolation(exc.message, hint=f"{exc.hint} ('de_nghi: true' đã cho chương trình viết 'Đề nghị').",
                                    where=("co_quan",)) from None
        if self.vai_tro is not None and self.vai_tro.plain.startswith("(") and self.vai_tro.plain.endswith(")"):
            raise RuleViolation(f"vai trò '{self.vai_tro.plain}' có dấu ngoặc: chương trình tự đặt vai trò trong ngoặc.",
                                hint=f"Viết '{self.vai_tro.plain[1:-1].strip()}'.", where=("vai_tro",))
        if self.cung_dong and not (self.noi_dung and isinstance(self.noi_dung[0], Inline)):
            raise RuleViolation(
                "cơ quan ghi 'cung_dong' phải bắt đầu bằng một đoạn văn.",
                hint="Thêm một đoạn văn đầu tiên trong 'noi_dung'.",
            )
        return self
