"""Levels of local government read from header lines."""
from __future__ import annotations

import pytest

from bdg_docs.institutions import Cap, cap_tu_ten


@pytest.mark.parametrize(("lines", "cap"), [
    (["Ủy ban nhân dân", "huyện Lộc Bình"], Cap.HUYEN),
    (["ỦY BAN NHÂN DÂN HUYỆN TRIỆU SƠN"], Cap.HUYEN),
    (["UBND quận Ba Đình"], Cap.HUYEN),
    (["Ủy ban nhân dân", "thị xã Bỉm Sơn"], Cap.HUYEN),
    (["Ủy ban nhân dân", "thành phố Thanh Hóa"], Cap.HUYEN),
    (["Ủy ban nhân dân", "thành phố Hồ Chí Minh"], Cap.TINH),
    (["Ủy ban nhân dân", "tỉnh Lạng Sơn"], Cap.TINH),
    (["Ủy ban nhân dân", "xã Đông Sơn"], Cap.XA),
    (["Ủy ban nhân dân", "phường Ba Đình"], Cap.XA),
    (["Ủy ban nhân dân", "thị trấn Na Dương"], Cap.XA),
    (["Ủy ban nhân dân", "đặc khu Phú Quốc"], Cap.XA),
    (["Phòng Văn hóa - Xã hội", "UBND xã Đông Sơn"], Cap.XA),
    (["Phòng Văn hóa - Xã hội"], None),
    (["Hội Liên hiệp Phụ nữ Việt Nam"], None),
])
def test_the_level_comes_from_the_line_that_names_it(lines, cap):
    assert cap_tu_ten(lines) is cap
