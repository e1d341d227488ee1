"""``bdg-docs new bao-cao-bdg-vstbcpn --tu-ke-hoach PLAN.yaml``: the report follows its plan."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ruamel.yaml import YAML

import bdg_docs
from bdg_docs.cli import main
from bdg_docs.documents.ke_hoach_bdg_vstbcpn import TEN_THANG_HANH_DONG
from bdg_docs.models.body import GachBlock
from bdg_docs.models.inline import Inline
from tests.conftest import CONG_VAN_TRIEU_SON, FIXTURES

LOC_BINH = FIXTURES / "ke_hoach_bdg_vstbcpn_loc_binh_2024.yaml"


def _new(tmp_path: Path, plan: Path, *extra: str) -> Path:
    target = tmp_path / "bao_cao.yaml"
    assert main(["new", "bao-cao-bdg-vstbcpn", "--tu-ke-hoach", str(plan), "-o", str(target), *extra]) == 0
    return target


def _activities(group) -> int:
    return sum(len(b.gach) if isinstance(b, GachBlock) else 1 for b in group.noi_dung if isinstance(b, (GachBlock, Inline)))


def test_the_loc_binh_plan_gives_a_report_that_renders_as_it_is_with_the_plans_groups(tmp_path: Path, capsys):
    target = _new(tmp_path, LOC_BINH)
    assert main(["render", str(target), "-o", str(tmp_path / "out")]) == 0
    assert bdg_docs.check((tmp_path / "out" / "bao_cao.docx").read_bytes()).ok
    plan, report = bdg_docs.load(LOC_BINH), bdg_docs.load(target)
    titles = [g.ten.plain for g in report.ket_qua_thuc_hien]
    assert len(titles) == len(plan.noi_dung_hoat_dong) == 6
    assert titles[0] == "Tuyên truyền nâng cao nhận thức thay đổi hành vi về bình đẳng giới và phòng ngừa bạo lực trên cơ sở giới"
    assert titles[2] == f"{TEN_THANG_HANH_DONG} từ ngày 15/11/2024 đến ngày 15/12/2024"
    assert [len(g.hoat_dong) for g in report.ket_qua_thuc_hien] == [_activities(g) for g in plan.noi_dung_hoat_dong]
    assert all(not a.ket_qua for g in report.ket_qua_thuc_hien for a in g.hoat_dong)  # each to fill in
    # year, deadline and the plan cited, from the plan
    assert (report.nam, report.ke_hoach.nam, report.ke_hoach.han_bao_cao) == (2024, 2024, date(2024, 12, 15))
    assert (report.ngay.thang, report.ngay.nam, report.dia_phuong) == (12, 2024, "loc_binh")
    page = bdg_docs.lay_out(report)
    assert page.than[0].text.startswith("Thực hiện Kế hoạch số …/KH-UBND ngày 01/02/2024 của Ủy ban nhân dân huyện Lộc Bình "
                                        "về thực hiện công tác Bình đẳng giới")
    # a draft plan: its number and date are to be written, and the report says so
    assert report.ke_hoach.du_thao and any(w.field == "ke_hoach.du_thao" for w in report.canh_bao())
    # no figure is invented: the table and the budget are comments to fill in
    assert report.bang_chi_tieu is None and report.kinh_phi is None
    text = target.read_text(encoding="utf-8")
    assert "\n# bang_chi_tieu:" in text and "\n# kinh_phi:" in text
    assert text.splitlines()[1] == ("# Tạo từ tệp kế hoạch ke_hoach_bdg_vstbcpn_loc_binh_2024.yaml: các nhóm, hoạt động, "
                                    "năm và hạn báo cáo lấy từ kế hoạch.")


def _numbered_plan_without_profile(tmp_path: Path) -> Path:
    yaml = YAML(typ="safe")
    data = yaml.load(LOC_BINH.read_text(encoding="utf-8"))
    del data["dia_phuong"]
    data.update(so=7, ngay={"ngay": 5, "thang": 2, "nam": 2024}, ky_hieu="KH-UBND", dia_danh="Lộc Bình",
                co_quan={"ten": ["Ủy ban nhân dân", "huyện Lộc Bình"]},
                noi_nhan={"danh_sach": ["Các phòng, ban, ngành huyện"], "luu": "LĐTBXHDT"},
                chu_ky={"chuc_danh": ["KT. Chủ tịch", "Phó Chủ tịch"], "ho_ten": "Hoàng Thị Thúy"},
                han_bao_cao={"ca_nam": date(2024, 12, 10)})
    data["van_ban"]["kh_16_2024"] = {"loai": "Kế hoạch", "so_ky_hieu": "16/KH-SLĐTBXH", "ngay": date(2024, 2, 2),
                                     "co_quan": "Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn",
                                     "trich_yeu": "thực hiện công tác bình đẳng giới năm 2024"}
    path = tmp_path / "ke_hoach_bdg_vstbcpn_2024.yaml"
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    return path


def test_a_plan_without_a_profile_gives_its_issuer_signer_and_superior(tmp_path: Path, capsys):
    plan_file = _numbered_plan_without_profile(tmp_path)
    target = _new(tmp_path, plan_file)
    report = bdg_docs.load(target)
    assert report.dia_phuong is None and report.co_quan.ten == ("Ủy ban nhân dân", "huyện Lộc Bình")
    assert (report.ky_hieu, report.dia_danh, report.chu_ky.ho_ten) == ("BC-UBND", "Lộc Bình", "Hoàng Thị Thúy")
    assert [str(n) for n in report.noi_nhan.danh_sach] == ["Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn (để b/c)"]
    assert report.noi_nhan.luu == "LĐTBXHDT" and report.ke_hoach.han_bao_cao == date(2024, 12, 10)
    assert not report.ke_hoach.du_thao
    cited = report.van_ban[report.ke_hoach.van_ban]
    assert (cited.so_ky_hieu, cited.ngay) == ("07/KH-UBND", date(2024, 2, 5))
    text = target.read_text(encoding="utf-8")
    assert "Tên Xã" not in text and "trên địa bàn huyện" in text  # the plan's locality names the placeholders
    assert bdg_docs.check(bdg_docs.render(report)).ok


def test_the_default_file_is_named_after_the_plans(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "bao-cao-bdg-vstbcpn", "--tu-ke-hoach", str(LOC_BINH)]) == 0
    assert (tmp_path / "bao_cao_bdg_vstbcpn_loc_binh_2024.yaml").is_file()
    assert "bdg-docs render bao_cao_bdg_vstbcpn_loc_binh_2024.yaml" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "code", "words"), [
    (["new", "ke-hoach-bdg-vstbcpn", "--tu-ke-hoach", str(LOC_BINH)], 2, "chỉ dùng với loại bao-cao-bdg-vstbcpn"),
    (["new", "bao-cao-bdg-vstbcpn", "--tu-ke-hoach", str(LOC_BINH), "--profile", "loc_binh"], 2, "hồ sơ của kế hoạch"),
    (["new", "bao-cao-bdg-vstbcpn", "--tu-ke-hoach", str(LOC_BINH), "--year", "2025"], 2, "năm của kế hoạch (2024)"),
    (["new", "bao-cao-bdg-vstbcpn", "--tu-ke-hoach", str(CONG_VAN_TRIEU_SON)], 1, "không phải kế hoạch năm"),
    (["new", "bao-cao-bdg-vstbcpn", "--tu-ke-hoach", "khong_co.yaml"], 1, "không tìm thấy tệp"),
])
def test_a_wrong_plan_or_option_writes_nothing(argv, code, words, tmp_path: Path, capsys):
    target = tmp_path / "bc.yaml"
    assert main([*argv, "-o", str(target)]) == code
    err = capsys.readouterr().err
    assert words in err and "Chưa ghi tệp nào." in err
    assert not target.exists()
