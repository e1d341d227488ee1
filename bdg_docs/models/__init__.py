"""The shared parts of every document, as models a developer builds a document from::

    from bdg_docs.models import ChuKy, CoQuan, Gach, GachBlock, Khoan, Ngay, NoiNhan

Each is a frozen pydantic model; invalid values raise :class:`bdg_docs.InputError` naming the
field. Text fields take the inline markup of the data guide (``**đậm**``, ``[@khoa]``);
:meth:`Inline.literal` takes text as it is.
"""
from __future__ import annotations

from bdg_docs.models.body import (Block, CongBlock, CoQuanThucHien, Diem, DiemBlock, Gach, GachBlock, Khoan,
                                  Muc)
from bdg_docs.models.citation import CanCu, VanBan
from bdg_docs.models.header import CoQuan, Ngay
from bdg_docs.models.inline import Inline
from bdg_docs.models.signing import ChuKy, NhomNoiNhan, NoiNhan

__all__ = ["Block", "CanCu", "ChuKy", "CoQuan", "CoQuanThucHien", "CongBlock", "Diem", "DiemBlock", "Gach",
           "GachBlock", "Inline", "Khoan", "Muc", "Ngay", "NhomNoiNhan", "NoiNhan", "VanBan"]
