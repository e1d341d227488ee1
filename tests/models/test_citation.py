from datetime import date

import pytest
from bdg_docs.errors import InputError

from bdg_docs.models.citation import CanCu, VanBan


def qd(**kw):
    base = dict(loai="Quyết định", so_ky_hieu="1790/QĐ-TTg", ngay=date(2021, 10, 23), co_quan="Thủ tướng Chính phủ",
                trich_yeu="phê duyệt Chương trình Truyền thông về bình đẳng giới đến năm 2030")
    return VanBan(**{**base, **kw})


def test_full_and_short_forms():
    assert qd().day_du() == ("Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ về phê duyệt "
                             "Chương trình Truyền thông về bình đẳng giới đến năm 2030")
    assert qd().ngan() == "Quyết định số 1790/QĐ-TTg"
    assert "ngày 23 tháng 10 năm 2021" in qd(dang_ngay="dai").day_du()
    assert qd(lien_tu="về việc").day_du().endswith("về việc phê duyệt Chương trình Truyền thông về bình đẳng giới đến năm 2030")


def test_a_law_is_cited_by_name_and_date_without_number():
    law = VanBan(loai="Luật", so_ky_hieu="73/2006/QH11", ngay=date(2006, 11, 29), trich_yeu="Luật Bình đẳng giới")
    assert law.day_du() == "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006"
    assert law.ngan() == "Luật Bình đẳng giới"
    assert law.dong_tu_mac_dinh == "Căn cứ"


def test_verb_defaults_by_type_and_can_be_overridden():
    assert qd().dong_tu_mac_dinh == "Thực hiện"
    assert qd(loai="Nghị định", so_ky_hieu="125/2021/NĐ-CP").dong_tu_mac_dinh == "Căn cứ"
    assert qd(dong_tu="Căn cứ").dong_tu_mac_dinh == "Căn cứ"


def test_a_non_law_needs_number_and_issuer():
    with pytest.raises(InputError, match="thiếu"):
        VanBan(loai="Kế hoạch", ngay=date(2022, 3, 28), trich_yeu="x")


def test_can_cu_is_a_key_or_free_text_not_both():
    assert CanCu.model_validate("Căn cứ tình hình thực tế").noi_dung is not None
    with pytest.raises(InputError):
        CanCu(van_ban="qd", noi_dung="x")
