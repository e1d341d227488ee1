"""The citation catalogue: keys in data, full form first, verbs, and warnings that still render."""
from __future__ import annotations

import pytest

import bdg_docs
from bdg_docs.catalogue import shipped_catalogue
from bdg_docs.cli import main
from tests.conftest import FIXTURES, TRIEU_SON
from tests.minimal import MINIMAL, replace


def _plan(extra_mo_dau: str = "", *, ngay: str = "{ngay: 5, thang: 3, nam: 2026}", can_cu: str = "",
          agency: str = "Phòng Văn hóa - Xã hội"):
    text = replace("ngay: {ngay: 5, thang: 3, nam: 2026}", f"ngay: {ngay}")
    text = replace("mo_dau:\n- Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
                   f"{can_cu}mo_dau:\n- \"{extra_mo_dau}Ủy ban nhân dân xã ban hành Kế hoạch như sau:\"", text)
    text = replace("- co_quan: Phòng Văn hóa - Xã hội", f"- co_quan: {agency}", text)
    return bdg_docs.loads(text)


def _warnings(document) -> list[str]:
    return [f"{w.field}: {w.message}" for w in document.canh_bao()]


def test_catalogue_keys_resolve_without_a_van_ban_section():
    plan = _plan("Thực hiện [@qd_1790_2021] và [@qd_1790_2021], ", can_cu="can_cu:\n- van_ban: luat_bdg_2006\n- van_ban: nd_125_2021\n- van_ban: ct_21_2018\n")
    page = bdg_docs.lay_out(plan)
    assert [p.text for p in page.can_cu] == [
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị định số 125/2021/NĐ-CP ngày 28/12/2021 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực bình đẳng giới;",
        "Thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới.",
    ]
    assert page.than[0].text.startswith("Thực hiện Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ phê duyệt "
                                        "Chương trình Truyền thông về bình đẳng giới đến năm 2030 và Quyết định số 1790/QĐ-TTg, ")
    assert _warnings(plan) == []


def test_the_verb_follows_the_type_and_can_be_overridden():
    cat = shipped_catalogue()
    assert {k: cat[k].dong_tu_mac_dinh for k in ("luat_bdg_2006", "nd_125_2021", "nq_28_2021", "qd_1790_2021",
                                                 "cv_739_2025", "ct_21_2018", "nq_11_2007")} == {
        "luat_bdg_2006": "Căn cứ", "nd_125_2021": "Căn cứ", "nq_28_2021": "Căn cứ", "qd_1790_2021": "Thực hiện",
        "cv_739_2025": "Thực hiện", "ct_21_2018": "Thực hiện", "nq_11_2007": "Thực hiện"}
    plan = _plan(can_cu="can_cu:\n- {van_ban: qd_1790_2021, dong_tu: Căn cứ}\n")
    assert bdg_docs.lay_out(plan).can_cu[0].text.startswith("Căn cứ Quyết định số 1790/QĐ-TTg")


def test_a_document_overrides_single_fields_of_a_catalogue_entry():
    text = replace("mo_dau:", "van_ban:\n  qd_1790_2021: {dang_ngay: dai, lien_tu: về}\nmo_dau:", MINIMAL)
    text = replace("- Ủy ban nhân dân xã ban hành", "- Theo [@qd_1790_2021], Ủy ban nhân dân xã ban hành", text)
    first = bdg_docs.lay_out(bdg_docs.loads(text)).than[0].text
    assert "ngày 23 tháng 10 năm 2021 của Thủ tướng Chính phủ về phê duyệt" in first


def test_catalogue_entries_keep_source_status_and_confirmed():
    cat = shipped_catalogue()
    assert len(cat) >= 20
    entry = cat["qd_2232_2020"]
    assert entry.confirmed and entry.source.startswith("https://") and "expired" in entry.status
    assert str(entry.het_han) == "2025-12-31"


def test_a_programme_past_its_end_is_a_warning_and_the_document_renders():
    plan = _plan(can_cu="can_cu:\n- van_ban: qd_2232_2020\n")
    assert _warnings(plan) == ["can_cu[1]: Quyết định số 2232/QĐ-TTg đã hết thời kỳ thực hiện (đến 31/12/2025), "
                               "không còn là căn cứ hiện hành."]
    assert bdg_docs.render(plan)[:2] == b"PK"
    assert _warnings(_plan(ngay="{ngay: 5, thang: 3, nam: 2024}", can_cu="can_cu:\n- van_ban: qd_2232_2020\n")) == []


def test_a_replaced_document_is_a_warning_naming_the_replacement():
    plan = _plan("Căn cứ [@luat_nsnn_2015], ")
    (warning,) = plan.canh_bao()
    assert warning.field == "mo_dau[1]" and "thay thế từ ngày 01/01/2026" in warning.message
    assert "[@luat_nsnn_2025]" in warning.hint and "ngày 25 tháng 6 năm 2025" in warning.hint


def test_a_document_written_out_in_full_is_matched_by_its_symbol():
    text = replace("mo_dau:", "van_ban:\n  ct:\n    loai: Quyết định\n    so_ky_hieu: 2232/QĐ-TTg\n    ngay: 2020-12-28\n"
                   "    co_quan: Thủ tướng Chính phủ\ncan_cu:\n- van_ban: ct\nmo_dau:", MINIMAL)
    assert ["hết thời kỳ" in w.message for w in bdg_docs.loads(text).canh_bao()] == [True]


def test_ldtbxh_as_a_current_actor_after_march_2025_is_a_warning():
    plan = _plan(agency="Sở Lao động - Thương binh và Xã hội")
    (warning,) = plan.canh_bao()
    assert warning.field == "to_chuc_thuc_hien[1].co_quan" and "sáp nhập vào ngành Nội vụ từ 01/3/2025" in warning.message
    assert "Sở Nội vụ" in warning.hint
    assert _warnings(_plan(agency="Sở LĐTBXH", ngay="{ngay: 5, thang: 3, nam: 2024}")) == []
    # named as the issuer of a cited document: history, not an actor
    assert _warnings(_plan("Thực hiện Công văn số 702/SLĐTBXH-BĐG ngày 11/3/2022 của Sở Lao động - Thương binh và Xã hội, ")) == []
    # as an actor still giving guidance, it is warned
    assert len(_warnings(_plan("Theo hướng dẫn của Sở LĐTBXH, "))) == 1


@pytest.mark.parametrize("free_text, expected", [
    ("Thực hiện Quyết định số 1790/QD-TTg ngày 23/10/2021, ", "viết 'QD' thay cho 'QĐ'"),
    ("Căn cứ Nghị định số 125/2021/ND-CP, ", "viết 'ND' thay cho 'NĐ'"),
    ("Thực hiện Công văn số 739/BNV-CTTN&BDG ngày 28/3/2025, ", "thay cho 'CTTN&BĐG'"),
    ("Thực hiện Kế hoạch số 87/KH UBND, ", "không đúng dạng"),
    ("Thực hiện Kế hoạch số 87/KH-UBND ngày 30/02/2022, ", "ngày 30 tháng 2 năm 2022 không có thật"),
    ("Thực hiện Kế hoạch số 87/KH-UBND ngày 31 tháng 4 năm 2022, ", "ngày 31 tháng 4 năm 2022 không có thật"),
])
def test_free_text_citations_are_checked(free_text, expected):
    warnings = _warnings(_plan(free_text))
    assert len(warnings) == 1 and warnings[0].startswith("mo_dau[1]: ") and expected in warnings[0], warnings


@pytest.mark.parametrize("free_text", [
    "Thực hiện Quyết định số 1790/QĐ-TTg ngày 23/10/2021, ", "Căn cứ Nghị định số 125/2021/NĐ-CP, ",
    "Thực hiện Chỉ thị số 21-CT/TW, ", "Thực hiện Công văn số 739/BNV-CTTN&BĐG ngày 28 tháng 3 năm 2025, ",
])
def test_well_formed_free_text_citations_pass(free_text):
    assert _warnings(_plan(free_text)) == []


def test_the_fixtures_cite_from_the_catalogue_and_raise_no_warnings():
    cat = shipped_catalogue()
    for path in sorted(FIXTURES.glob("*.yaml")):
        document = bdg_docs.load(path)
        assert document.canh_bao() == (), path.name
        text = path.read_text(encoding="utf-8")
        for key, entry in document.van_ban.items():
            if key in cat:  # taken from the catalogue: the fixture writes at most a few fields
                assert f"    so_ky_hieu: {entry.so_ky_hieu}" not in text, (path.name, key)


def test_the_citations_command_searches_without_accents(capsys):
    assert main(["citations", "bao luc gioi"]) == 0
    out = capsys.readouterr().out
    assert "qd_2232_2020\tQuyết định số 2232/QĐ-TTg" in out and "hết thời kỳ 31/12/2025" in out
    assert main(["citations", "khong co van ban nay"]) == 1


def test_the_profiles_command_lists_searches_and_shows_one(capsys):
    assert main(["profiles", "--ngay", "2026-01-01"]) == 0  # the 34 provinces, and the profile files valid then
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 34 + 3 and "thanh_hoa.xa_trieu_son\txã Triệu Sơn, tỉnh Thanh Hóa (cấp xã) [từ 01/7/2025]" in lines
    assert main(["profiles", "loc binh", "lang son", "--ngay", "2024-02-01"]) == 0  # the district, then its communes
    assert capsys.readouterr().out.startswith("lang_son.huyen_loc_binh\thuyện Lộc Bình, tỉnh Lạng Sơn (cấp huyện) [đến 30/6/2025]\n")
    assert main(["profiles", "loc_binh", "--ngay", "2024-02-01"]) == 0  # a key: that unit and its profile
    out = capsys.readouterr().out
    assert out.startswith("lang_son.huyen_loc_binh\thuyện Lộc Bình, tỉnh Lạng Sơn (cấp huyện) [đến 30/6/2025]\n")
    assert "người ký: KT. Chủ tịch / Phó Chủ tịch — Hoàng Thị Thúy" in out and "khóa khác: loc_binh" in out


def test_render_prints_citation_warnings_and_still_writes(tmp_path, capsys):
    source = tmp_path / "ke_hoach.yaml"
    source.write_text(replace("- co_quan: Phòng Văn hóa - Xã hội", "- co_quan: Sở Lao động - Thương binh và Xã hội"), encoding="utf-8")
    assert main(["render", str(source), "-o", str(tmp_path)]) == 0
    assert (tmp_path / "ke_hoach.docx").exists()
    assert "CẢNH BÁO" in capsys.readouterr().err


def test_render_takes_extra_profile_folders(tmp_path, capsys):
    from tests.test_profiles import CONTENT, NEW_COMMUNE

    (tmp_path / "dia_phuong").mkdir()
    (tmp_path / "dia_phuong" / "dong_tien.yaml").write_text(NEW_COMMUNE, encoding="utf-8")
    source = tmp_path / "plan.yaml"
    source.write_text(f"loai: ke_hoach_truyen_thong\ndia_phuong: dong_tien\nngay: 2026\ntrich_yeu:{CONTENT}", encoding="utf-8")
    assert main(["render", str(source), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err  # the profile file is beside the data file: say how to add it
    assert f"hồ sơ 'dong_tien' là tệp {tmp_path / 'dia_phuong' / 'dong_tien.yaml'}, chưa được thêm vào" in err
    assert f"--dia-phuong {tmp_path / 'dia_phuong'}" in err
    assert main(["render", str(source), "-o", str(tmp_path / "out"), "--dia-phuong", str(tmp_path / "dia_phuong")]) == 0


def test_a_cited_draft_prints_dots_for_what_it_has_not_yet_and_warns_until_it_is_issued():
    van_ban = ("van_ban:\n  kh_tinh:\n    loai: Kế hoạch\n    so_ky_hieu: KH-UBND\n    co_quan: Ủy ban nhân dân tỉnh Thanh Hóa\n"
               "    trich_yeu: truyền thông về bình đẳng giới năm 2026\n    du_thao: true\n")
    plan = _plan("Thực hiện [@kh_tinh], ", can_cu=van_ban)
    opening = bdg_docs.lay_out(plan).than[0]
    assert "".join(r.text for r in opening.runs).startswith(
        "Thực hiện Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân tỉnh Thanh Hóa về truyền thông")
    assert _warnings(plan) == ["van_ban.kh_tinh: Kế hoạch số …/KH-UBND được trích dẫn khi còn là dự thảo: số, ngày ban hành in bằng '…'."]
    issued = _plan("Thực hiện [@kh_tinh], ", can_cu=van_ban.replace("KH-UBND", "58/KH-UBND").replace("du_thao: true", "ngay: 2026-03-10"))
    assert _warnings(issued) == []


def test_a_cited_document_without_its_date_is_refused_unless_it_is_a_draft():
    with pytest.raises(bdg_docs.InputError, match="thiếu ngày ban hành"):
        _plan("Thực hiện [@kh_x], ", can_cu="van_ban:\n  kh_x: {loai: Kế hoạch, so_ky_hieu: 5/KH-UBND, co_quan: UBND tỉnh}\n")
