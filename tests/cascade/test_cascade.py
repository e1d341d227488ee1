"""From a province's plan to a commune's draft: what the draft says, and what it says it changed."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
from ruamel.yaml import YAML

import bdg_docs
from bdg_docs.cascade import cap_xa
from bdg_docs.errors import InputError, RuleViolation
from bdg_docs.starters import starter
from tests.conftest import FIXTURES

PLAN = FIXTURES / "ke_hoach_truyen_thong_thanh_hoa_2026.yaml"
TRIEU_SON = "thanh_hoa.xa_trieu_son"
OPENING = "Thực hiện Kế hoạch số 58/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh Thanh Hóa"


@lru_cache(maxsize=None)
def cascade():
    return cap_xa(PLAN)


def _page(draft):
    return bdg_docs.lay_out(bdg_docs.loads(draft.data, filename=f"{draft.stem}.yaml"))


def _texts(page) -> list[str]:
    return ["".join(run.text for run in p.runs) for p in page.than if hasattr(p, "runs")]


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_communes_draft_names_the_commune_cites_the_plan_and_checks_clean():
    draft = cascade().draft(TRIEU_SON)
    document = bdg_docs.loads(draft.data)
    page = bdg_docs.lay_out(document)
    assert page.co_quan == ("ỦY BAN NHÂN DÂN", "XÃ TRIỆU SƠN") and re.fullmatch(r"Số:\s+/KH-UBND", page.so)  # no number yet
    assert page.dia_danh_ngay.startswith("Triệu Sơn, ngày") and "tháng 3 năm 2026" in page.dia_danh_ngay
    texts = _texts(page)
    assert texts[0].startswith(OPENING) and "Ủy ban nhân dân xã Triệu Sơn ban hành Kế hoạch" in texts[0]
    assert not [t for t in texts if "trên địa bàn tỉnh" in t.lower()]
    assert "- Sở Nội vụ tỉnh Thanh Hóa (để b/c);" in [line.text for line in page.noi_nhan]
    report = bdg_docs.check(bdg_docs.render(document))
    assert report.ok and not report.findings
    # the commune's profile names no signer: the draft's placeholder is the only thing warned about
    assert [(w.field, "Nguyễn Văn A" in w.message) for w in document.canh_bao()] == [("chu_ky.ho_ten", True)]


def test_no_province_body_is_one_of_the_communes_implementing_bodies():
    document = bdg_docs.loads(cascade().draft(TRIEU_SON).data)
    names = [a.co_quan.plain for a in document.to_chuc_thuc_hien]
    assert names == ["Phòng Văn hóa - Xã hội", "Trạm Y tế xã", "Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Công an xã",
                     "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã", "Các thôn, tổ dân phố"]
    activities = [a for g in document.nhiem_vu.nhom for a in g.hoat_dong]
    assert [a.chu_tri.plain for a in activities] == ["Phòng Văn hóa - Xã hội"] * 2
    leads_and_partners = names + [str(a.phoi_hop) for a in activities] + [a.chu_tri.plain for a in activities]
    assert not [n for n in leads_and_partners if re.search(r"\bSở\b|tỉnh", n)]
    assert document.to_chuc_thuc_hien[0].de_nghi is False and document.to_chuc_thuc_hien[5].de_nghi is True


def test_targets_stay_as_the_province_set_them_and_a_target_naming_the_provinces_units_is_warned():
    plan = bdg_docs.load(PLAN)
    draft = cascade().draft(TRIEU_SON)
    document = bdg_docs.loads(draft.data)
    figures = lambda model: re.findall(r"\d+%", " ".join(str(b) for b in model.muc_tieu.cu_the))  # noqa: E731
    assert figures(document) == figures(plan) == ["100%", "80%", "100%"]
    warned = [c for c in draft.changes if c.kind == "canh_bao" and c.place.startswith("Mục tiêu cụ thể")]
    assert len(warned) == 1 and "các xã, phường" in warned[0].reason and "(dòng 38)" in warned[0].place


def test_every_change_is_listed_with_its_place_in_the_plan_and_marked_in_the_data_file():
    draft = cascade().draft(TRIEU_SON)
    source = PLAN.read_text(encoding="utf-8")
    names = [a.co_quan.plain for a in bdg_docs.load(PLAN).to_chuc_thuc_hien]  # the file writes some by profile key
    left = [c for c in draft.changes if c.kind == "luoc_bo"]
    assert len(left) == 9
    for change in left:
        line = int(re.search(r"\(dòng (\d+)\)", change.place).group(1))
        assert change.before.split()[0] in source.splitlines()[line - 1], change  # the place is the plan's line
        assert f"lược bỏ (từ kế hoạch tỉnh: {change.place})" in draft.data
    for change in (c for c in draft.changes if c.kind == "thay" and "(dòng" in c.place):
        assert (change.before in source or change.before in names) and change.after in draft.data, change
    assert draft.data.count("# từ kế hoạch tỉnh:") >= 25
    assert "Trường Chính trị tỉnh" in draft.report and "## Chỗ thay" in draft.report
    assert f"{draft.count('luoc_bo')} việc lược bỏ" in draft.report


def test_the_tasks_of_several_province_bodies_become_the_tasks_of_the_one_commune_body_that_holds_them():
    document = bdg_docs.loads(cascade().draft(TRIEU_SON).data)
    lead = document.to_chuc_thuc_hien[0]
    bullets = [g.noi_dung.plain for g in lead.noi_dung[0].gach]
    assert lead.vai_tro.plain == "cơ quan thường trực" and len(bullets) == 4
    assert bullets[1] == "Theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân xã và Sở Nội vụ tỉnh Thanh Hóa theo quy định."
    assert bullets[3].startswith("Chỉ đạo các cơ sở giáo dục trên địa bàn xã")  # Sở Giáo dục's run-in task, now a bullet


def test_the_commune_reports_ahead_of_the_provinces_deadline_on_a_working_day():
    document = bdg_docs.loads(cascade().draft(TRIEU_SON).data)
    closing = str(document.ket_luan[0])
    assert "trước ngày **20/11/2026**" in closing and "báo cáo Sở Nội vụ tỉnh Thanh Hóa trước ngày **25/11/2026**" in closing


def test_a_ward_gets_its_own_bodies_and_the_same_draft_twice_is_the_same_text():
    first, again = cascade().draft("thanh_hoa.phuong_hac_thanh"), cap_xa(PLAN).draft("thanh_hoa.phuong_hac_thanh")
    assert first.data == again.data and first.report == again.report
    document = bdg_docs.loads(first.data)
    names = [a.co_quan.plain for a in document.to_chuc_thuc_hien]
    assert "Phòng Kinh tế, Hạ tầng và Đô thị" in names and names[-1] == "Các tổ dân phố"
    assert "trên địa bàn phường" in str(document.muc_dich[0])


def test_every_commune_of_the_province_on_the_plans_date():
    communes = cascade().communes()
    assert len(communes) == 166 and all(u.thuoc == "thanh_hoa" and u.valid_on(date(2026, 3, 10)) for u in communes)
    assert len({cascade().stem(u.key) for u in communes}) == 166


@pytest.mark.parametrize("text, message", [
    ("Tân Phong", "không có đơn vị hành chính"),
    ("Xã Phú Cát", "thuộc thành phố Hà Nội, không thuộc tỉnh Thanh Hóa"),
    ("thanh_hoa.huyen_trieu_son", "không phải một xã"),
    ("thanh_hoa.huyen_trieu_son.thi_tran_trieu_son", "chỉ ban hành văn bản đến ngày 30/6/2025"),
])
def test_a_commune_not_of_the_province_or_not_there_on_the_plans_date_is_refused(text: str, message: str):
    with pytest.raises(RuleViolation) as caught:
        cascade().commune_key(text)
    assert message in caught.value.message


def test_a_commune_is_named_by_key_former_key_or_name():
    assert {cascade().commune_key(t) for t in ("thanh_hoa.xa_trieu_son", "xa_trieu_son", "Xã Triệu Sơn", "trieu son")} == {TRIEU_SON}


# ---------------------------------------------------------------------------------- other plans
def _province_plan(tmp_path: Path, kind: str, province: str, **edits: str) -> Path:
    text = starter(kind, nam=2026, dia_phuong=province)
    for old, new in edits.items():
        text = text.replace(old.replace("_", " "), new)
    return _file(tmp_path, f"{kind}_{province}.yaml", text)


def test_an_annual_plan_is_brought_down_with_the_communes_deadlines_ahead_of_the_provinces(tmp_path: Path):
    plan_path = _province_plan(tmp_path, "ke_hoach_bdg_vstbcpn", "lang_son")
    plan = bdg_docs.load(plan_path)
    draft = cap_xa(plan_path).draft("lang_son.xa_loc_binh")
    document = bdg_docs.loads(draft.data)
    assert document.nam == 2026 and document.van_ban[document.ke_hoach_cap_tren].co_quan == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert all(mine < theirs for mine, theirs in zip(document.ngay_han_bao_cao, plan.ngay_han_bao_cao))
    assert [d.weekday() < 5 for d in document.ngay_han_bao_cao] == [True, True]
    assert sum(g.thang_hanh_dong for g in document.noi_dung_hoat_dong) == 1
    assert bdg_docs.check(bdg_docs.render(document)).ok


def test_a_draft_province_plan_is_cited_as_a_draft_with_a_warning(tmp_path: Path):
    draft = cap_xa(_province_plan(tmp_path, "ke_hoach_bdg_vstbcpn", "lang_son")).draft("lang_son.xa_loc_binh")
    assert any("kế hoạch tỉnh còn là dự thảo" in c.reason for c in draft.changes if c.kind == "canh_bao")
    document = bdg_docs.loads(draft.data)
    texts = _texts(bdg_docs.lay_out(document))
    assert texts[0].startswith("Thực hiện Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân tỉnh Lạng Sơn")
    # the draft citation, and what the starter-made province plan and the commune's profile leave as placeholders
    assert sorted(w.field for w in document.canh_bao()) == ["chu_ky.ho_ten", "van_ban.kh_tinh_2026", "van_ban.qd_du_toan"]


def test_a_city_plan_is_brought_down_to_its_wards(tmp_path: Path):
    draft = cap_xa(_province_plan(tmp_path, "ke_hoach_truyen_thong", "ha_noi")).draft("ha_noi.phuong_hoan_kiem")
    document = bdg_docs.loads(draft.data)
    assert "trên địa bàn phường" in str(document.muc_dich[0]) and "thành phố" not in str(document.muc_dich[0])
    assert bdg_docs.check(bdg_docs.render(document)).ok


# ---------------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("name, field", [
    ("ke_hoach_truyen_thong_xa_trieu_son_2026.yaml", "co_quan"),  # a commune's plan
    ("ke_hoach_truyen_thong_trieu_son_2022.yaml", "co_quan"),  # a district's
    ("cong_van_huong_dan_trieu_son_2022.yaml", "loai"),  # not a plan
])
def test_a_plan_not_issued_by_a_province_is_refused(name: str, field: str):
    with pytest.raises(InputError) as caught:
        cap_xa(FIXTURES / name)
    assert caught.value.problems[0].field == field


def test_a_province_plan_dated_before_the_two_level_government_is_refused(tmp_path: Path):
    text = PLAN.read_text(encoding="utf-8").replace("ngay: {ngay: 10, thang: 3, nam: 2026}", "ngay: {ngay: 10, thang: 3, nam: 2025}")
    with pytest.raises(InputError) as caught:
        cap_xa(_file(tmp_path, "ke_hoach_2025.yaml", text))
    assert caught.value.problems[0].field == "ngay" and "01/7/2025" in str(caught.value)


def test_a_department_plan_is_not_the_provinces(tmp_path: Path):
    text = PLAN.read_text(encoding="utf-8").replace(
        "dia_phuong: thanh_hoa", "co_quan: {chu_quan: [Ủy ban nhân dân tỉnh Thanh Hóa], ten: [Sở Nội vụ]}\ndia_phuong: thanh_hoa")
    with pytest.raises(InputError, match="không phải Ủy ban nhân dân một tỉnh"):
        cap_xa(_file(tmp_path, "ke_hoach_so.yaml", text))


def test_a_plan_whose_content_the_rules_cannot_bring_down_is_refused_saying_why(tmp_path: Path):
    yaml = YAML()
    data = yaml.load(PLAN.read_text(encoding="utf-8"))
    data["muc_dich"] = ["Tổ chức tập huấn cấp tỉnh cho báo cáo viên.", "Duy trì chuyên mục trên Báo Thanh Hóa."]
    path = tmp_path / "ke_hoach.yaml"
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    with pytest.raises(InputError) as caught:
        cap_xa(path)
    problem = caught.value.problems[0]
    assert problem.field == "muc_dich" and "việc ở cấp tỉnh" in problem.message and "báo, đài của tỉnh" in problem.message


# ---------------------------------------------------------------------------------- the province's rules
def test_a_provinces_rules_file_changes_what_a_body_becomes(tmp_path: Path):
    rules = _file(tmp_path, "quy_tac.yaml", "co_quan:\n  Trường Chính trị {loai_tinh}: van_phong\n"
                                            "chi_cap_tinh:\n  Trường Chính trị {loai_tinh}: null\n")
    draft = cap_xa(PLAN, quy_tac=[rules]).draft(TRIEU_SON)
    document = bdg_docs.loads(draft.data)
    office = next(a for a in document.to_chuc_thuc_hien if a.co_quan.plain == "Văn phòng HĐND và UBND xã")
    assert "Đưa nội dung về bình đẳng giới vào chương trình bồi dưỡng lý luận chính trị." in [
        getattr(b, "noi_dung", b).plain for block in office.noi_dung for b in getattr(block, "gach", [block])]
    assert f"`{rules}`" in draft.report


def test_a_commune_whose_profile_lacks_an_agency_the_rules_need_costs_only_itself(tmp_path: Path):
    rules = _file(tmp_path, "quy_tac.yaml", "co_quan:\n  Sở Y tế: hoi_phu_nu\n")
    profiles = tmp_path / "dia_phuong"
    profiles.mkdir()
    _file(profiles, "thanh_hoa.xa_trieu_son.yaml", "co_quan_thuc_hien:\n  hoi_phu_nu: Hội Liên hiệp Phụ nữ xã Triệu Sơn\n"
                                                  "nguon:\n  chung: Quyết định phân công nhiệm vụ của UBND xã (ví dụ)\n")
    result = cap_xa(PLAN, quy_tac=[rules], dia_phuong=[profiles]).write(
        tmp_path / "out", [TRIEU_SON, "thanh_hoa.xa_tho_binh"])
    ok, bad = result.outcomes
    assert ok.ok and bad.status == "invalid" and "không có cơ quan 'hoi_phu_nu'" in bad.message
    assert "Hội Liên hiệp Phụ nữ xã Triệu Sơn" in (tmp_path / "out" / "ke_hoach_truyen_thong_xa_trieu_son_2026.yaml").read_text(encoding="utf-8")
    assert not (tmp_path / "out" / "ke_hoach_truyen_thong_xa_tho_binh_2026.yaml").exists()
    summary = result.summary.read_text(encoding="utf-8")
    assert "| 2 | thanh_hoa.xa_tho_binh | `thanh_hoa.xa_tho_binh` | lỗi:" in summary


def test_existing_files_are_kept_unless_overwriting_is_asked_for(tmp_path: Path):
    out = tmp_path / "out"
    first = cascade().write(out, [TRIEU_SON])
    assert first.outcomes[0].ok and not first.summary_kept
    data = out / "ke_hoach_truyen_thong_xa_trieu_son_2026.yaml"
    data.write_text(data.read_text(encoding="utf-8") + "# sửa tay\n", encoding="utf-8")
    again = cascade().write(out, [TRIEU_SON])
    assert again.outcomes[0].status == "exists" and again.summary_kept
    assert data.read_text(encoding="utf-8").endswith("# sửa tay\n")
    forced = cascade().write(out, [TRIEU_SON], overwrite=True)
    assert forced.outcomes[0].ok and not data.read_text(encoding="utf-8").endswith("# sửa tay\n")
    assert {p.name for p in forced.outcomes[0].written} == {
        "ke_hoach_truyen_thong_xa_trieu_son_2026.docx", "ke_hoach_truyen_thong_xa_trieu_son_2026.yaml",
        "ke_hoach_truyen_thong_xa_trieu_son_2026.doi_chieu.md"}


def test_every_provinces_plan_comes_down_to_one_of_its_communes(tmp_path: Path):
    """Each of the 34 provinces (its starter plan, the two kinds in turn) to a commune drawn from it."""
    import random

    from bdg_docs.register import Register

    provinces = [u for u in Register.shipped().provinces() if u.valid_on(date(2026, 3, 1))]
    assert len(provinces) == 34
    for i, province in enumerate(provinces):
        kind = ("ke_hoach_truyen_thong", "ke_hoach_bdg_vstbcpn")[i % 2]
        path = _file(tmp_path, f"{province.key}.yaml", starter(kind, nam=2026, dia_phuong=province.key))
        plan = cap_xa(path)
        commune = random.Random(province.key).choice(plan.communes())
        document = bdg_docs.loads(plan.draft(commune.key).data)
        page = bdg_docs.lay_out(document)
        assert page.co_quan[-1] == commune.ten_day_du.upper()
        body = " ".join(_texts(page)).lower()
        assert f"trên địa bàn {province.loai}" not in body and "Sở " not in " ".join(a.co_quan.plain for a in document.to_chuc_thuc_hien)
        assert bdg_docs.check(bdg_docs.render(document)).ok, (province.key, commune.key)
