"""Rolling an annual plan forward: what moves, what stays, what an officer is asked to check."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.checker import check
from bdg_docs.cli import main
from bdg_docs.reader.docx import read
from tests.conftest import TRIEU_SON
from tests.documents.test_ke_hoach_bdg_vstbcpn import COMMUNE, LOC_BINH, change
from tests.fidelity import docx_tokens

PLAN = bdg_docs.load(LOC_BINH)


def texts(data: bytes) -> list[str]:
    view = read(data)
    return [p.text for p in view.all_paragraphs()]


def test_rolling_2024_to_2025_leaves_2024_only_inside_citations_of_older_documents():
    rolled = bdg_docs.roll_forward(PLAN, 2025)
    text = "\n".join(texts(bdg_docs.render(rolled)))
    for doc in rolled.van_ban.values():
        if doc.ngay.year <= 2024:  # a cited document keeps its own date, number and trích yếu
            text = text.replace(doc.day_du(), "").replace(doc.ngan(), "")
    assert re.findall(r"\d*2024\d*", text) == []
    assert "2025" in text
    assert ("Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới "
            "từ ngày 15/11/2025 đến ngày 15/12/2025") in text
    assert "từ ngày 15/11-15/12/2025 trên địa bàn" in text


def test_cited_documents_keep_their_dates_and_still_appear():
    rolled = bdg_docs.roll_forward(PLAN, 2025)
    assert rolled.van_ban == PLAN.van_ban
    opening = bdg_docs.lay_out(rolled).than[0].text
    assert opening.startswith("Thực hiện Kế hoạch số 16/KH-SLĐTBXH ngày 02/02/2024 của Sở Lao động")


def test_what_moves_with_the_year():
    rolled = bdg_docs.roll_forward(PLAN, 2025)
    page = bdg_docs.lay_out(rolled)
    assert (rolled.nam, rolled.so, rolled.chuyen_tu_nam) == (2025, None, 2024)
    assert (rolled.ngay.ngay, rolled.ngay.thang, rolled.ngay.nam) == (None, 2, 2025)
    assert page.trich_yeu.endswith("huyện Lộc Bình năm\u00a02025")
    assert [r.text for r in page.than[-1].runs if r.bold] == ["15/6/2025", "15/12/2025"]
    assert rolled.ngay_thang_hanh_dong == (date(2025, 11, 15), date(2025, 12, 15))


def test_a_numbered_dated_plan_becomes_a_new_draft():
    plan = bdg_docs.loads(change("so:                      # để trống: dự thảo chưa có số", "so: 12",
                                 change("ngay: {thang: 2, nam: 2024}", "ngay: {ngay: 29, thang: 2, nam: 2024}")))
    rolled = bdg_docs.roll_forward(plan, 2025)
    assert (rolled.so, rolled.ngay.ngay, rolled.ngay.thang) == (None, None, 2)


def test_the_officer_is_told_what_to_check():
    fields = [w.field for w in bdg_docs.roll_forward(PLAN, 2025).canh_bao()]
    assert {"ke_hoach_cap_tren", "kinh_phi.quyet_dinh", "co_quan"} <= set(fields)
    assert PLAN.canh_bao() == ()


def test_one_off_items_are_flagged_with_where_they_are():
    text = change("    - Biên tập, in ấn và cấp phát các sản phẩm truyền thông về bình đẳng giới.\n",
                  "    - noi_dung: Biên tập, in ấn và cấp phát các sản phẩm truyền thông về bình đẳng giới.\n      mot_lan: true\n")
    text = change("- ten: Công tác kiểm tra, giám sát về bình đẳng giới\n",
                  "- ten: Công tác kiểm tra, giám sát về bình đẳng giới\n  mot_lan: true\n", text)
    rolled = bdg_docs.roll_forward(bdg_docs.loads(text), 2025)
    flagged = {w.field: w.message for w in rolled.canh_bao() if "một lần" in w.message}
    assert set(flagged) == {"noi_dung_hoat_dong[3].noi_dung[1].gach[2]", "noi_dung_hoat_dong[6]"}
    assert "Biên tập, in ấn" in flagged["noi_dung_hoat_dong[3].noi_dung[1].gach[2]"]
    assert any("Biên tập, in ấn" in t for t in texts(bdg_docs.render(rolled)))  # carried, not dropped


def test_the_old_year_written_as_words_is_pointed_out():
    text = change("nhiệm vụ [=BDG] năm [$nam]. Lồng ghép", "nhiệm vụ [=BDG] năm 2024. Lồng ghép")
    warnings = bdg_docs.roll_forward(bdg_docs.loads(text), 2025).canh_bao()
    (old,) = [w for w in warnings if "còn ghi năm" in w.message]
    assert old.field == "to_chuc_thuc_hien[10].noi_dung[1]" and "[$nam]" in old.hint


def test_dates_set_by_the_data_move_and_are_flagged():
    text = change("ket_luan:", "han_bao_cao: {ca_nam: 2024-12-10}\nthang_hanh_dong: {tu: 2024-11-10, den: 2024-12-10}\nket_luan:")
    rolled = bdg_docs.roll_forward(bdg_docs.loads(text), 2025)
    assert rolled.ngay_thang_hanh_dong == (date(2025, 11, 10), date(2025, 12, 10))
    assert rolled.ngay_han_bao_cao == (date(2025, 6, 15), date(2025, 12, 10))
    assert {"thang_hanh_dong", "han_bao_cao.ca_nam"} <= {w.field for w in rolled.canh_bao()}


def test_a_district_cannot_issue_the_plan_once_districts_are_gone():
    with pytest.raises(bdg_docs.InputError) as info:
        bdg_docs.roll_forward(PLAN, 2026)
    (problem,) = info.value.problems
    assert problem.field == "co_quan" and "01/7/2025" in problem.message
    assert "cấp tỉnh" in problem.hint and "cấp xã" in problem.hint


def test_a_commune_plan_rolls_past_the_reform():
    text = change("dia_phuong: loc_binh", COMMUNE)
    rolled = bdg_docs.roll_forward(bdg_docs.loads(text), 2030)
    assert rolled.nam == 2030 and check(bdg_docs.render(rolled)).findings == []


@pytest.mark.parametrize(("year", "field", "words"), [(2023, "nam", "trước đó"), (2101, "nam", "từ 2000 đến 2100"),
                                                       (10000, "nam", "4 chữ số"), (26, "nam", "4 chữ số")])
def test_impossible_years_are_refused(year, field, words):
    commune = bdg_docs.loads(change("dia_phuong: loc_binh", COMMUNE))
    with pytest.raises(bdg_docs.InputError) as info:
        bdg_docs.roll_forward(commune, year)
    assert any(p.field == field and words in p.message for p in info.value.problems), info.value.problems


def test_only_annual_plans_roll():
    with pytest.raises(bdg_docs.InputError, match="không chuyển năm được"):
        bdg_docs.roll_forward(bdg_docs.load(TRIEU_SON), 2025)


def test_rolling_to_the_same_year_changes_nothing():
    assert bdg_docs.roll_forward(PLAN, 2024) is PLAN


def test_the_rolled_plan_passes_the_checker_and_renders_the_same_every_time():
    data = bdg_docs.render(bdg_docs.roll_forward(PLAN, 2025))
    assert check(data).findings == []
    assert data == bdg_docs.render(bdg_docs.roll_forward(bdg_docs.load(LOC_BINH), 2025))
    assert len(docx_tokens(data)) > 4000


def test_render_year_writes_the_new_year_and_prints_what_to_check(tmp_path: Path, capsys):
    assert main(["render", str(LOC_BINH), "-o", str(tmp_path), "--year", "2025"]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["ke_hoach_bdg_vstbcpn_loc_binh_2025.docx"]
    err = capsys.readouterr().err
    lines = LOC_BINH.read_text(encoding="utf-8").splitlines()
    cited = next(n for n, line in enumerate(lines, 1) if line.startswith("ke_hoach_cap_tren:"))
    profile = next(n for n, line in enumerate(lines, 1) if line.startswith("dia_phuong:"))
    # the rolled plan's warnings name the lines of the file it was made from
    assert f"CẢNH BÁO {LOC_BINH}:{cited}: trường 'ke_hoach_cap_tren'" in err
    # and what the locality profile supplies, the line that names the profile
    assert f"CẢNH BÁO {LOC_BINH}:{profile}: trường 'noi_nhan.luu'" in err


def test_render_year_refuses_a_district_after_the_reform_and_writes_nothing(tmp_path: Path, capsys):
    assert main(["render", str(LOC_BINH), "-o", str(tmp_path / "out"), "--year", "2026"]) == 1
    assert not (tmp_path / "out").exists()
    err = capsys.readouterr().err
    assert "không còn cấp huyện" in err and "Traceback" not in err


def test_render_year_keeps_an_existing_rolled_file(tmp_path: Path, capsys):
    assert main(["render", str(LOC_BINH), "-o", str(tmp_path), "--year", "2025"]) == 0
    target = tmp_path / "ke_hoach_bdg_vstbcpn_loc_binh_2025.docx"
    before = target.read_bytes()
    assert main(["render", str(LOC_BINH), "-o", str(tmp_path), "--year", "2025"]) == 1
    assert target.read_bytes() == before
    assert f"{target}" in capsys.readouterr().err
