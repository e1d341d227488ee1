"""Building documents in code: the exported models, and the same errors as a data file.

Constructors, ``model_validate`` and ``model_copy(update=...)`` raise ``bdg_docs.InputError`` (a
``BdgError``) with Vietnamese messages and field paths, never pydantic's ``ValidationError``.
"""
from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

import bdg_docs
from bdg_docs.models.inline import Inline
from tests.conftest import FIXTURES, TRIEU_SON

NESTED = ["CoQuan", "Ngay", "VanBan", "CanCu", "Inline", "Muc", "Khoan", "Diem", "Gach", "GachBlock", "CongBlock",
          "DiemBlock", "CoQuanThucHien", "NoiNhan", "NhomNoiNhan", "ChuKy", "MucTieu", "NhiemVu", "NhomNhiemVu",
          "HoatDong", "NoiDungMuc", "NhomHoatDong", "KinhPhi", "ThangHanhDong", "HanBaoCao"]


def plan_in_code() -> bdg_docs.KeHoachTruyenThong:
    b = bdg_docs
    return b.KeHoachTruyenThong(
        co_quan=b.CoQuan(ten=["Ủy ban nhân dân", "xã Đông Sơn"]),
        ky_hieu="KH-UBND", dia_danh="Đông Sơn", ngay=b.Ngay(ngay=5, thang=3, nam=2026),
        trich_yeu="Truyền thông về bình đẳng giới năm 2026",
        van_ban={"qd_1790": b.VanBan(loai="Quyết định", so_ky_hieu="1790/QĐ-TTg", ngay=date(2021, 10, 23),
                                     co_quan="Thủ tướng Chính phủ", trich_yeu="phê duyệt Chương trình Truyền thông")},
        can_cu=[b.CanCu(van_ban="qd_1790")],
        mo_dau=["Ủy ban nhân dân xã ban hành Kế hoạch như sau:"],
        muc_dich=[b.GachBlock(gach=[b.Gach(noi_dung="Nâng cao nhận thức.", cong=["Cho cán bộ.", "Cho người dân."])])],
        yeu_cau=["Thiết thực, hiệu quả.", b.DiemBlock(diem=[b.Diem(tieu_de="Tổ chức", noi_dung=["Tại thôn."])])],
        muc_tieu=b.MucTieu(chung=["Thu hẹp khoảng cách giới."], cu_the=[b.CongBlock(cong=["100% thôn."])]),
        nhiem_vu=b.NhiemVu(nhom=[b.NhomNhiemVu(ten="Các hoạt động", hoat_dong=[
            b.HoatDong(ten="Tập huấn", chu_tri="Phòng Văn hóa - Xã hội", thoi_gian="Quý II năm 2026")])]),
        kinh_phi=b.NoiDungMuc(noi_dung=["Ngân sách xã."]),
        muc_khac=[b.Muc(tieu_de="Chế độ báo cáo", khoan=[b.Khoan(noi_dung=["Báo cáo trước ngày 15/12."])])],
        to_chuc_thuc_hien=[b.CoQuanThucHien(co_quan="Phòng Văn hóa - Xã hội", cung_dong=True, noi_dung=["chủ trì."])],
        ket_luan=[Inline.literal("Đề nghị các cơ quan triển khai thực hiện.")],
        noi_nhan=b.NoiNhan(danh_sach=[b.NhomNoiNhan(nhom="Gửi bản điện tử"), "Sở Nội vụ (để b/c)"], luu="VHXH"),
        chu_ky=b.ChuKy(chuc_danh=["KT. Chủ tịch", "Phó Chủ tịch"], ho_ten="Nguyễn Văn An"),
    )


def test_the_nested_models_are_exported_and_documented():
    api = (FIXTURES.parent / "docs" / "api.md").read_text(encoding="utf-8")
    for name in NESTED:
        assert name in bdg_docs.__all__ and getattr(bdg_docs, name).__name__ == name
        assert f"`{name}`" in api, name


def test_a_document_built_from_the_exported_models_renders_and_passes_the_checker():
    document = plan_in_code()
    report = bdg_docs.check(bdg_docs.render(document))
    assert report.ok and document.canh_bao() == ()
    assert "Gửi bản điện tử:" in [line.text for line in document.page().noi_nhan]  # the colon is the library's


@pytest.mark.parametrize(("build", "field", "words"), [
    (lambda: bdg_docs.ChuKy(chuc_danh=["K/T Chủ tịch", "Phó Chủ tịch"], ho_ten="Nguyễn Văn An"), "chuc_danh", "KT."),
    (lambda: bdg_docs.Ngay(ngay=31, thang=2, nam=2026), "", "không có thật"),
    (lambda: bdg_docs.Gach(noi_dung="- Phát thanh"), "noi_dung", "Viết 'Phát thanh'"),
    (lambda: bdg_docs.NoiNhan(danh_sach=["Sở Nội vụ;"]), "danh_sach[1]", "dấu câu"),
    (lambda: bdg_docs.KeHoachTruyenThong.model_validate({"loai": "ke_hoach_truyen_thong"}), "co_quan", "thiếu"),
    (lambda: bdg_docs.Ngay.model_validate("31/02/2026"), "", "không có thật"),
])
def test_constructors_and_model_validate_raise_input_error_with_the_field(build, field, words):
    with pytest.raises(bdg_docs.InputError) as info:
        build()
    assert not isinstance(info.value, ValidationError) and isinstance(info.value, bdg_docs.BdgError)
    assert any(p.field == field and words in p.message + (p.hint or "") for p in info.value.problems), info.value.problems


def test_a_nested_error_names_its_whole_path():
    data = plan_in_code().model_dump()
    data["chu_ky"]["ho_ten"] = "TS. Nguyễn Văn An"
    with pytest.raises(bdg_docs.InputError) as info:
        bdg_docs.KeHoachTruyenThong.model_validate(data)
    (problem,) = info.value.problems
    assert problem.field == "chu_ky.ho_ten" and problem.rule == "R37" and "học hàm" in problem.message


def test_model_copy_with_an_update_is_validated():
    document = plan_in_code()
    with pytest.raises(bdg_docs.InputError) as info:
        document.model_copy(update={"so": 0})
    assert info.value.problems[0].field == "so"
    assert document.model_copy(update={"so": 5}).page().so == "Số: 05/KH-UBND"


def test_a_copy_that_breaks_a_page_rule_is_refused_by_render():
    copied = plan_in_code().model_copy(update={"trich_yeu": "TRUYỀN THÔNG VỀ BÌNH ĐẲNG GIỚI NĂM 2026"})
    with pytest.raises(bdg_docs.InputError) as info:
        bdg_docs.render(copied)
    assert info.value.problems[0].field == "trich_yeu" and info.value.problems[0].rule == "R24"


def test_a_copy_of_a_loaded_document_keeps_its_file_and_profiles(tmp_path):
    from tests.test_profiles import NEW_COMMUNE  # the guide's new commune: a unit only its own file knows

    own = tmp_path / "dong_tien.yaml"
    own.write_text(NEW_COMMUNE, encoding="utf-8")
    text = (FIXTURES / "ke_hoach_truyen_thong_xa_trieu_son_2026.yaml").read_text(encoding="utf-8")
    source = tmp_path / "kh.yaml"
    source.write_text(text.replace("dia_phuong: xa_trieu_son", "dia_phuong: dong_tien"), encoding="utf-8")
    document = bdg_docs.load(source, dia_phuong=own)
    copied = document.model_copy(update={"trich_yeu": "Truyền thông năm 2026"})  # validated with the same profiles
    with pytest.raises(bdg_docs.InputError) as info:
        bdg_docs.render(copied.model_copy(update={"trich_yeu": "TRUYỀN THÔNG NĂM 2026"}))
    assert info.value.problems[0].file == str(source) and info.value.problems[0].line == 9


def test_a_loaded_document_renders_as_before():
    assert bdg_docs.check(bdg_docs.render(bdg_docs.load(TRIEU_SON))).ok
