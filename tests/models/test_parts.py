from datetime import date

import pytest
from bdg_docs.errors import InputError

from bdg_docs.models.base import clean_text
from bdg_docs.models.body import Khoan, Muc
from bdg_docs.models.header import CoQuan, Ngay
from bdg_docs.models.signing import ChuKy, NoiNhan
from bdg_docs.errors import RuleViolation


def test_issuer_lines_are_upper_case_in_the_output():
    co_quan = CoQuan(ten=["Ủy ban nhân dân", "xã Đông Sơn"], chu_quan="Ủy ban nhân dân tỉnh Thanh Hóa")
    assert co_quan.dong_ten == ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG SƠN"]
    assert co_quan.dong_chu_quan == ["ỦY BAN NHÂN DÂN TỈNH THANH HÓA"]


def test_dates_accept_a_date_a_year_or_parts():
    assert Ngay.model_validate(date(2026, 3, 5)).text() == "ngày 05 tháng 3 năm 2026"
    assert Ngay.model_validate(2022).la_du_thao
    with pytest.raises(InputError, match="không có thật"):
        Ngay(ngay=31, thang=2, nam=2022)


def test_text_is_nfc_and_control_characters_are_refused():
    decomposed = "Vie\u0302\u0323t Nam"
    assert clean_text(decomposed) == "Việt Nam"
    with pytest.raises(RuleViolation, match="U\\+0007"):
        clean_text("a\x07b")


def test_noi_nhan_lines_and_sub_headings():
    noi_nhan = NoiNhan.model_validate({"danh_sach": ["Sở Nội vụ (để b/c)", {"nhom": "Gửi bản điện tử:"}, "UBND các xã"],
                                       "luu": "VHXH"})
    assert noi_nhan.lines() == [("item", "- Sở Nội vụ (để b/c);"), ("nhom", "Gửi bản điện tử:"),
                                ("item", "- UBND các xã;"), ("item", "- Lưu: VT, VHXH.")]
    assert noi_nhan.lines(nhu_tren=True)[0] == ("item", "- Như trên;")


def test_luu_states_copies_in_the_nd30_shape():
    assert NoiNhan(luu="LĐTBXH, PL.(3)").lines()[-1] == ("item", "- Lưu: VT, LĐTBXH, PL.(3).")
    with pytest.raises(InputError, match="PL.\\(300\\)"):
        NoiNhan(luu="LĐTBXH, pl3")


def test_signature_needs_a_valid_stack():
    assert ChuKy(chuc_danh=["KT. Chủ tịch", "Phó Chủ tịch"], ho_ten="Lê Quang Trung").dong_chuc_danh == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    with pytest.raises(InputError, match="T/M"):
        ChuKy(chuc_danh=["T/M Ủy ban nhân dân", "Chủ tịch"], ho_ten="A B")


def test_an_untitled_khoan_starts_with_a_paragraph():
    with pytest.raises(InputError, match="đoạn văn"):
        Khoan.model_validate({"noi_dung": [{"gach": ["x"]}]})
    assert Khoan.model_validate("Ngân sách nhà nước.").tieu_de is None


def test_empty_sections_are_refused():
    with pytest.raises(InputError, match="không có nội dung"):
        Muc(tieu_de="Kinh phí")
