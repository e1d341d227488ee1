"""Locality profiles: one plan content, many localities; validity dates; a commune from one file."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.errors import InputError, RuleViolation
from bdg_docs.profiles import ProfileRegistry
from bdg_docs.reader.docx import read
from tests.minimal import MINIMAL

# The same plan content; only the locality key and the date differ.
CONTENT = MINIMAL.split("trich_yeu:")[1].split("noi_nhan:")[0].replace(
    "- co_quan: Phòng Văn hóa - Xã hội\n", "- co_quan: {khoa: chu_tri}\n"
).replace("ket_luan:", "- co_quan: {khoa: cong_an}\n  cung_dong: true\n  noi_dung: [phối hợp thực hiện.]\nket_luan:")


def plan(key: str, ngay: str, extra: str = "", **kwargs) -> bdg_docs.VanBanHanhChinh:
    text = f"loai: ke_hoach_truyen_thong\ndia_phuong: {key}\nngay: {ngay}\ntrich_yeu:{CONTENT}{extra}"
    return bdg_docs.loads(text, **kwargs)


LEVELS = [
    # key, date, header, date line, signer, lead agency, police, Lưu
    ("thanh_hoa", "{nam: 2026}", ("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"), "Thanh Hóa, ngày",
     ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Sở Nội vụ", "Công an tỉnh", "- Lưu: VT, SNV."),
    ("trieu_son", "{ngay: 5, thang: 3, nam: 2022}", ("ỦY BAN NHÂN DÂN", "HUYỆN TRIỆU SƠN"), "Triệu Sơn, ngày 05 tháng 3 năm 2022",
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Phòng Lao động - Thương binh và Xã hội", "Công an huyện", "- Lưu: VT, LĐTBXH."),
    ("xa_trieu_son", "{ngay: 5, thang: 3, nam: 2026}", ("ỦY BAN NHÂN DÂN", "XÃ TRIỆU SƠN"), "Triệu Sơn, ngày 05 tháng 3 năm 2026",
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Phòng Văn hóa - Xã hội", "Công an xã", "- Lưu: VT, VHXH."),
    ("phuong_hoan_kiem", "{nam: 2026}", ("ỦY BAN NHÂN DÂN", "PHƯỜNG HOÀN KIẾM"), "Hoàn Kiếm, ngày",
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Phòng Văn hóa - Xã hội", "Công an phường", "- Lưu: VT, VHXH."),
]


@pytest.mark.parametrize("key, ngay, header, date_line, signer, lead, police, luu", LEVELS, ids=[r[0] for r in LEVELS])
def test_the_same_plan_renders_with_each_locality(key, ngay, header, date_line, signer, lead, police, luu):
    document = plan(key, ngay, "chu_ky: {ho_ten: Nguyễn Văn An}\n")
    page = bdg_docs.lay_out(document)
    assert page.co_quan == header and page.chu_quan == ()
    assert page.dia_danh_ngay.startswith(date_line)
    assert page.so.endswith("/KH-UBND")
    assert page.chuc_danh == signer and page.ho_ten == "Nguyễn Văn An"
    texts = [p.text for p in page.than]
    assert f"1. {lead}: chủ trì thực hiện." in texts and f"2. {police}: phối hợp thực hiện." in texts
    assert page.noi_nhan[-1].text == luu
    paragraphs = [p.text for p in read(bdg_docs.render(document)).all_paragraphs()]
    assert header[1] in paragraphs and any(t.startswith(date_line) for t in paragraphs)


def test_only_locality_facts_differ_between_levels():
    district = bdg_docs.lay_out(plan("trieu_son", "2022", "chu_ky: {ho_ten: Nguyễn Văn An}\n"))
    commune = bdg_docs.lay_out(plan("xa_trieu_son", "2026", "chu_ky: {ho_ten: Nguyễn Văn An}\n"))
    differing = [(a.text, b.text) for a, b in zip(district.than, commune.than) if a.text != b.text]
    assert differing == [("1. Phòng Lao động - Thương binh và Xã hội: chủ trì thực hiện.", "1. Phòng Văn hóa - Xã hội: chủ trì thực hiện."),
                         ("2. Công an huyện: phối hợp thực hiện.", "2. Công an xã: phối hợp thực hiện.")]


def test_a_district_plan_dated_after_the_reform_is_an_error_on_its_line():
    with pytest.raises(InputError) as exc:
        plan("trieu_son", "{ngay: 5, thang: 3, nam: 2026}", "chu_ky: {ho_ten: Nguyễn Văn An}\n")
    problem = exc.value.problems[0]
    assert (problem.field, problem.line) == ("dia_phuong", 2)
    assert "đến ngày 30/6/2025" in problem.message and "xa_trieu_son" in problem.hint


def test_a_commune_cannot_issue_before_it_exists_and_unknown_keys_suggest_one():
    with pytest.raises(InputError, match="bắt đầu hoạt động từ ngày 01/7/2025"):
        plan("xa_trieu_son", "{ngay: 5, thang: 3, nam: 2025}", "chu_ky: {ho_ten: Nguyễn Văn An}\n")
    with pytest.raises(InputError, match="Có phải là 'trieu_son'"):
        plan("trieu_sn", "2022")


def test_a_draft_year_resolves_inside_the_validity_and_periods_pick_the_facts():
    reg = ProfileRegistry.shipped()
    assert reg.resolve("trieu_son", date(2025, 1, 1), date(2025, 12, 31)).don_vi_chu_tri.ten == "Phòng Nội vụ"
    assert reg.resolve("thanh_hoa", date(2022, 1, 1)).agency("cap_duoi") == "Ủy ban nhân dân các huyện, thị xã, thành phố"
    assert reg.resolve("thanh_hoa", date(2026, 1, 1)).agency("cap_duoi") == "Ủy ban nhân dân các xã, phường"
    # a commune has its own level's bodies, never its province's; it may cite its province's plans
    commune = reg.resolve("xa_trieu_son", date(2026, 1, 1))
    assert commune.agency("y_te") == "Trạm Y tế xã" and "tu_phap" not in commune.co_quan_thuc_hien
    assert not [name for name in commune.co_quan_thuc_hien.values() if name.startswith("Sở ")]
    assert "kh_87_2022" in commune.van_ban


def test_anything_in_the_document_overrides_the_profile():
    document = plan("trieu_son", "2022", "dia_danh: Nưa\nnoi_nhan: {luu: VP}\n"
                    "chu_ky: {chuc_danh: [Chủ tịch], ho_ten: Lê Văn Bình}\n")
    page = bdg_docs.lay_out(document)
    assert page.dia_danh_ngay.startswith("Nưa, ngày")
    assert page.noi_nhan[0].text == "- Sở Lao động - Thương binh và Xã hội (để b/c);"
    assert page.noi_nhan[-1].text == "- Lưu: VT, VP."
    assert (page.chuc_danh, page.ho_ten) == (("CHỦ TỊCH",), "Lê Văn Bình")


def test_an_unknown_agency_key_names_the_field():
    with pytest.raises(InputError) as exc:
        bdg_docs.loads(f"loai: ke_hoach_truyen_thong\ndia_phuong: trieu_son\nngay: 2022\ntrich_yeu:"
                       + CONTENT.replace("{khoa: cong_an}", "{khoa: cong_an_xa}"))
    assert any(p.field == "to_chuc_thuc_hien[2]" and "cong_an_xa" in p.message for p in exc.value.problems)


# The example of docs/ho-so-dia-phuong.md: the guide shows what this test loads.
GUIDE = (Path(__file__).resolve().parent.parent / "docs" / "ho-so-dia-phuong.md").read_text(encoding="utf-8")
NEW_COMMUNE = re.findall(r"```yaml\n(.*?)```", GUIDE.split("## Thêm một xã mới", 1)[1], flags=re.S)[0]


def test_a_new_commune_is_one_data_file_outside_the_package(tmp_path: Path):
    folder = tmp_path / "dia_phuong"
    folder.mkdir()
    (folder / "dong_tien.yaml").write_text(NEW_COMMUNE, encoding="utf-8")
    page = bdg_docs.lay_out(plan("dong_tien", "2026", dia_phuong=folder))
    assert page.co_quan == ("ỦY BAN NHÂN DÂN", "XÃ ĐÔNG TIẾN")
    assert (page.chuc_danh, page.ho_ten) == (("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Trần Thị Mai")
    assert "2. Công an xã Đông Tiến: phối hợp thực hiện." in [p.text for p in page.than]
    assert [line.text for line in page.noi_nhan] == ["- Sở Nội vụ tỉnh Thanh Hóa (để b/c);", "- Các thôn;", "- Lưu: VT, VHXH."]
    # the file leaves out the bodies a commune has: its level gives them, never the province's
    registry = bdg_docs.profile_registry(folder)
    profile = registry.resolve("dong_tien", date(2026, 1, 1))
    assert profile.agency("y_te") == "Trạm Y tế xã" and "tu_phap" not in profile.co_quan_thuc_hien
    assert not [name for name in profile.co_quan_thuc_hien.values() if name.startswith("Sở ")]
    # the register has xã Đồng Tiến and phường Đông Tiến, not this xã Đông Tiến: the file is a unit of its own
    assert profile.khoa == "dong_tien" and "dong_tien" not in registry.aliases()
    assert registry.resolve("thanh_hoa.xa_dong_tien", date(2026, 1, 1)).ten == "Đồng Tiến"


def test_a_profile_file_with_errors_names_file_line_and_field(tmp_path: Path):
    path = tmp_path / "xa_loi.yaml"
    path.write_text(NEW_COMMUNE.split("nguon:")[0], encoding="utf-8")
    with pytest.raises(InputError) as exc:
        ProfileRegistry.shipped().with_files(path)
    text = str(exc.value)
    assert "xa_loi.yaml:1:" in text and "chưa ghi nguồn của co_quan_thuc_hien, don_vi_chu_tri" in text
    path.write_text(NEW_COMMUNE.replace("loai_don_vi: xã", "loai_don_vi: huyện"), encoding="utf-8")
    with pytest.raises(InputError, match="cấp xã không có loại đơn vị 'huyện'"):
        ProfileRegistry.shipped().with_files(path)


def test_a_district_profile_must_end_before_the_reform():
    from bdg_docs.profiles import ProfileFile

    with pytest.raises(InputError, match="chỉ còn đến ngày 30/6/2025"):
        ProfileFile.model_validate({"cap": "huyện", "loai_don_vi": "huyện", "ten": "Mới", "nguon": {"chung": "x"}})


def test_shipped_profiles_are_the_reference_localities_and_each_resolves():
    reg = ProfileRegistry.shipped()
    assert {"thanh_hoa", "lang_son", "thanh_hoa.huyen_trieu_son", "lang_son.huyen_loc_binh", "thanh_hoa.xa_trieu_son",
            "ha_noi.phuong_hoan_kiem", "an_giang.dac_khu_phu_quoc"} == set(reg.files())
    for key in reg.files():  # every profile file resolves on a day it is valid, with its parent
        own = reg.unit(key)
        assert key in reg.register, key  # named by its register key
        reg.resolve(key, own.den or own.tu or date(2026, 1, 1))
    for former, key in reg.aliases().items():  # the keys used before the register still work
        assert reg.resolve(former, reg.unit(key).den or date(2026, 1, 1)).khoa == key


def test_search_ignores_accents_case_and_d():
    reg = ProfileRegistry.shipped()
    found = [u.key for u in reg.search("trieu son")]
    assert found[:2] == ["thanh_hoa.xa_trieu_son", "thanh_hoa.huyen_trieu_son"]  # named exactly, current first
    assert "thanh_hoa.huyen_trieu_son.thi_tran_trieu_son" in found
    assert [u.key for u in reg.search("DAC KHU phu quoc")] == ["an_giang.dac_khu_phu_quoc"]
    assert [u.key for u in reg.search("Đắk Lắk")][:2] == [u.key for u in reg.search("dak lak")][:2] == ["dak_lak", "dak_lak_cu"]
    assert [u.key for u in reg.search("trieu son", date(2026, 3, 5))] == ["thanh_hoa.xa_trieu_son"]


def test_a_loop_in_parents_is_an_error(tmp_path: Path):
    for name, parent in (("a", "b"), ("b", "a")):
        (tmp_path / f"{name}.yaml").write_text(f"cap: tỉnh\nloai_don_vi: tỉnh\nten: {name.upper()}\nthuoc: {parent}\nnguon: {{chung: x}}\n", encoding="utf-8")
    with pytest.raises(RuleViolation, match="thuộc chính nó"):
        ProfileRegistry.shipped().with_files(tmp_path).resolve("a", date(2026, 1, 1))


def _samples() -> dict[str, str]:
    from tests.conftest import FIXTURES
    from tests.minimal_cong_van import MINIMAL_CONG_VAN

    return {"ke_hoach_truyen_thong": MINIMAL, "cong_van_huong_dan": MINIMAL_CONG_VAN,
            "ke_hoach_bdg_vstbcpn": (FIXTURES / "ke_hoach_bdg_vstbcpn_loc_binh_2024.yaml").read_text(encoding="utf-8"),
            "bao_cao_bdg_vstbcpn": (FIXTURES / "bao_cao_bdg_vstbcpn_xa_trieu_son_2026.yaml").read_text(encoding="utf-8")}


# The profile files, and units of the register of every level and period.
SWEPT = [*ProfileRegistry.shipped().files(), "ha_noi", "hai_phong_cu", "bac_kan.thanh_pho_bac_kan",
         "hai_phong_cu.quan_hong_bang.phuong_hung_vuong", "ho_chi_minh_cu.quan_11.phuong_5", "ho_chi_minh.phuong_sai_gon",
         "tay_ninh.xa_tan_thanh_25534"]


@pytest.mark.parametrize("loai", sorted(bdg_docs.DOCUMENT_TYPES))
@pytest.mark.parametrize("key", SWEPT)
def test_every_document_type_renders_with_every_profile_and_passes_the_checker(key, loai):
    from ruamel.yaml import YAML

    registry = ProfileRegistry.shipped()
    own = registry.unit(key)
    day = own.den or date(2026, 3, 5)
    data = YAML(typ="safe").load(_samples()[loai])
    for name in ("co_quan", "dia_danh", "ky_hieu", "noi_nhan", "chu_ky"):
        data.pop(name, None)
    data.update(dia_phuong=key, ngay={"ngay": day.day, "thang": day.month, "nam": day.year},
                chu_ky={"ho_ten": "Nguyễn Văn An"})
    if "nam" in data:  # the annual plan and report: the year of the day
        data["nam"] = day.year
    if loai == "ke_hoach_bdg_vstbcpn":  # its superior plan written out (elsewhere than Lạng Sơn the profile does not hold it)
        kh_16 = registry.resolve("lang_son", date(2024, 3, 1)).van_ban["kh_16_2024"]
        data["van_ban"]["kh_16_2024"] = kh_16.model_dump(exclude_none=True)
    if loai == "bao_cao_bdg_vstbcpn":  # the plan reported on is that year's
        data["ke_hoach"]["nam"] = day.year
    document = bdg_docs.DOCUMENT_TYPES[loai].model_validate(data)
    assert document.co_quan.ten[-1] == registry.resolve(key, day).co_quan.ten[-1] == own.ten_day_du
    report = bdg_docs.check(bdg_docs.render(document))
    assert report.ok, [(f.rule, f.message) for f in report.findings if f.severity == "error"]
    if loai != "ke_hoach_bdg_vstbcpn":  # the Lộc Bình content names Phòng LĐTBXH: warned after 01/3/2025
        assert document.canh_bao() == ()
