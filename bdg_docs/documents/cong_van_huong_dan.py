"""Công văn hướng dẫn: the guidance letter on the year's gender-equality work.

Every year the People's Committee sends one to its departments and to the units below it,
carrying out the guidance of the level above (ND30 Mẫu 1.5). After the shared header with
``V/v`` and ``Kính gửi``, in order:

an opening paragraph citing the superior's guidance and saying who is asked to do what
(``Thực hiện Công văn số ... ; UBND huyện đề nghị ... như sau:``) — numbered items ``1.``,
``2.``, ... each either one paragraph or a bold title with paragraphs and dash bullets — the
closing request (``Đề nghị ... triển khai thực hiện./.``), then Nơi nhận (``- Như trên;``
first) and the signature.

Documents sent with the letter (an outline for the report, a form) are listed in
``kem_theo``; the text says where they are meant (``(có đề cương báo cáo gửi kèm theo)``) and
:meth:`CongVanHuongDan.canh_bao` warns when the two disagree, so nothing is sent without them.
"""

import re
from typing import Any, Literal

from pydantic import Field, field_validator

from bdg_docs.compose import Composer
from bdg_docs.documents.base import Body, VanBanCongVan, inlines
from bdg_docs.errors import Problem
from bdg_docs.layout import Style
from bdg_docs.models.base import Text
from bdg_docs.models.body import Block, Khoan
from bdg_docs.models.inline import Inline

# How a letter says that something goes with it: "gửi kèm theo", "kèm theo công văn này".
_MENTIONS_ATTACHMENT = re.compile(r"\b(gửi kèm|kèm theo)\b", re.IGNORECASE)


class CongVanHuongDan(VanBanCongVan):
    """Công văn hướng dẫn (data file: ``loai: cong_van_huong_dan``)."""

    loai: Literal["cong_van_huong_dan"] = "cong_van_huong_dan"
    mo_dau: tuple[Inline, ...] = Field(
        min_length=1,
        description="Đoạn mở đầu: thực hiện văn bản nào của cấp trên, đề nghị ai làm gì ('... như sau:').",
    )
    noi_dung: tuple[Khoan, ...] = Field(
        min_length=1,
        description="Các nội dung 1., 2., ...: một đoạn văn, hoặc 'tieu_de' (in đậm) với các đoạn, gạch đầu dòng.",
    )
    ket_luan: tuple[Block, ...] = Field(
        min_length=1, description="Đoạn kết: đề nghị triển khai thực hiện (thư viện thêm './.')."
    )
    kem_theo: tuple[Text, ...] = Field(
        default=(),
        description="Tài liệu gửi kèm công văn, ví dụ 'đề cương báo cáo'; nhắc đến trong nội dung.",
    )

    @field_validator("mo_dau", mode="before")
    @classmethod
    def _one_paragraph(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    def compose(self, c: Composer) -> Body:
        for paragraph in self.mo_dau:
            c.add(Style.MO_DAU, paragraph)
        for number, item in enumerate(self.noi_dung, start=1):
            c.khoan(number, item)
        c.blocks(self.ket_luan)
        return Body(than=c.finish())

    def canh_bao_loai(self) -> list[Problem]:
        """Attachments the text and ``kem_theo`` disagree on."""
        text = " ".join(inline.plain for inline in inlines(self)).lower()
        found = []
        for i, name in enumerate(self.kem_theo, start=1):
            if name.lower() not in text:
                found.append(Problem(
                    f"kem_theo[{i}]",
                    f"tài liệu gửi kèm '{name}' chưa được nhắc đến trong nội dung công văn.",
                    hint=f"Nhắc ở chỗ cần dùng, ví dụ '(có {name} gửi kèm theo)'.",
                ))
        if not self.kem_theo and _MENTIONS_ATTACHMENT.search(text):
            found.append(Problem(
                "kem_theo",
                "nội dung nhắc tài liệu gửi kèm nhưng chưa ghi tài liệu nào ở 'kem_theo'.",
                hint="Ghi kem_theo: [tên tài liệu], và nhớ gửi kèm khi phát hành công văn.",
            ))
        return found
