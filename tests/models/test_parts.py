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


def test_what_a_validated_model_holds_cannot_be_changed_behind_its_back():
    import copy
    import pickle

    import bdg_docs
    from bdg_docs.models.base import FrozenDict
    from tests.conftest import TRIEU_SON

    plan = bdg_docs.load(TRIEU_SON)
    shallow = plan.model_copy()
    assert isinstance(shallow.co_quan.ten, tuple) and isinstance(plan.muc_tieu.chung, tuple)
    with pytest.raises(AttributeError):
        shallow.co_quan.ten.append("X")  # type: ignore[attr-defined]
    assert isinstance(shallow.van_ban, FrozenDict) and shallow.van_ban
    with pytest.raises(TypeError, match="model_copy"):
        shallow.van_ban["moi"] = shallow.van_ban[next(iter(shallow.van_ban))]  # type: ignore[index]
    for method in ("clear", "popitem"):
        with pytest.raises(TypeError):
            getattr(shallow.chu_thich, method)()
    assert plan == shallow == copy.deepcopy(plan) == pickle.loads(pickle.dumps(plan))
    assert type(pickle.loads(pickle.dumps(plan)).van_ban) is FrozenDict
    assert type(plan).model_validate(plan.model_dump()) == plan  # tuples and FrozenDicts validate back


def test_a_boolean_is_not_a_number():
    with pytest.raises(InputError, match="không phải true"):
        Ngay(ngay=True, thang=3, nam=2026)
    with pytest.raises(InputError, match="không phải false"):
        Ngay(nam=False)
    assert Ngay(ngay="5", thang=3, nam=2026).ngay == 5
