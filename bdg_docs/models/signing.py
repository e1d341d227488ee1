"""The bottom of a document: Nơi nhận (ô 9b) and chữ ký (ô 7)."""

from typing import Annotated, Any

from pydantic import AfterValidator, Field, field_validator, model_validator

from bdg_docs.models.base import Model, Text, text_from_mapping
from bdg_docs.nd30 import recipients, signature


TenNoiNhan = Annotated[Text, AfterValidator(recipients.validate_ten)]
"""A recipient's name, with no ND30 punctuation (the library adds it)."""


def _luu(don_vi: str) -> str:
    recipients.validate_luu(recipients.dong_luu(recipients.validate_don_vi_luu(don_vi)))
    return don_vi


class NhomNoiNhan(Model):
    """A sub-heading inside Nơi nhận, such as ``Gửi bản điện tử:`` (the library writes the colon)."""

    nhom: Annotated[Text, AfterValidator(recipients.validate_nhom)]


class NoiNhan(Model):
    """Recipients, names only: the library adds ``- ``, ``;`` and the ``Lưu`` line."""

    danh_sach: tuple[TenNoiNhan | NhomNoiNhan, ...] = Field(default=(), description="Tên các nơi nhận, kèm ghi chú như '(để b/c)'.")
    luu: Annotated[Text, AfterValidator(_luu)] | None = Field(default=None, description="Đơn vị soạn thảo lưu bản: 'LĐTBXH' → '- Lưu: VT, LĐTBXH.'")

    @model_validator(mode="before")
    @classmethod
    def _from_list(cls, value: Any) -> Any:
        return {"danh_sach": value} if isinstance(value, list) else value

    @field_validator("danh_sach", mode="before")
    @classmethod
    def _text_items(cls, items: Any) -> Any:
        if not isinstance(items, list):
            return items
        return [i if isinstance(i, dict) and "nhom" in i else text_from_mapping(i) for i in items]

    def lines(self, *, nhu_tren: bool = False) -> list[tuple[str, str]]:
        """``(kind, text)`` per line: kind is ``item`` or ``nhom`` (a sub-heading)."""
        out: list[tuple[str, str]] = [("item", f"- {recipients.NHU_TREN};")] if nhu_tren else []
        for entry in self.danh_sach:
            out.append(("nhom", recipients.format_nhom(entry.nhom)) if isinstance(entry, NhomNoiNhan)
                       else ("item", f"- {entry};"))
        out.append(("item", recipients.dong_luu(self.luu)))
        return out


class ChuKy(Model):
    """The signature: the stack of title lines, then the signer's name.

    ``chuc_danh: [KT. Chủ tịch, Phó Chủ tịch]`` gives ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``.
    """

    chuc_danh: tuple[Text, ...] = Field(min_length=1, description="Các dòng quyền hạn, chức vụ: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch', 'Phó Chủ tịch'].")
    ho_ten: Text = Field(description="Họ và tên người ký, không ghi học hàm, học vị.")

    @field_validator("chuc_danh", mode="before")
    @classmethod
    def _one_line(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("chuc_danh")
    @classmethod
    def _stack(cls, lines: list[str]) -> list[str]:
        signature.validate_chuc_danh(lines)
        return lines

    @field_validator("ho_ten")
    @classmethod
    def _name(cls, name: str) -> str:
        return signature.validate_ho_ten(name)

    @property
    def dong_chuc_danh(self) -> tuple[str, ...]:
        return signature.validate_chuc_danh(self.chuc_danh)
