"""``bdg-docs new KIND --profile KEY``: a starter made for one locality, which renders as it is."""
from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.cli import main
from bdg_docs.documents import DOCUMENT_TYPES
from bdg_docs.profiles import ProfileRegistry
from bdg_docs.starters import PLACEHOLDERS, kind_name, starter

KINDS = sorted(kind_name(loai) for loai in DOCUMENT_TYPES)
# A province, a post-2025 commune, a ward, a special zone, a city at province level.
PROFILES = ["thanh_hoa", "xa_trieu_son", "phuong_hoan_kiem", "dac_khu_phu_quoc", "ha_noi"]
YEAR = 2026


def _text_of(docx: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.docx"
    path.write_bytes(docx)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    return "\n".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paragraphs)


@pytest.mark.parametrize("key", PROFILES)
@pytest.mark.parametrize("kind", KINDS)
def test_a_profiled_starter_renders_with_the_profiles_facts_its_placeholders_named_and_no_finding(kind: str, key: str, tmp_path: Path, capsys):
    target = tmp_path / "moi.yaml"
    assert main(["new", kind, "--profile", key, "--year", str(YEAR), "-o", str(target)]) == 0
    capsys.readouterr()
    assert main(["render", str(target), "-o", str(tmp_path / "out")]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("CẢNH BÁO")]
    assert warnings and all("chưa được thay" in line for line in warnings), warnings  # only placeholders
    data = (tmp_path / "out" / "moi.docx").read_bytes()
    report = bdg_docs.check(data)
    assert list(report.findings) == [], "\n".join(map(str, report.findings))

    profile = ProfileRegistry.shipped().resolve(key, date(YEAR, 1, 1), date(YEAR, 12, 31))
    text = _text_of(data, tmp_path)
    assert profile.co_quan.ten[-1].upper() in text  # header: XÃ TRIỆU SƠN, TỈNH THANH HÓA...
    assert f"{profile.dia_danh}, ngày" in text
    assert f"Lưu: VT, {profile.don_vi_chu_tri.viet_tat}." in text
    for name in profile.noi_nhan:
        assert f"- {name};" in text
    for title in (profile.nguoi_ky[0].chuc_danh if profile.nguoi_ky else ()):
        assert title.upper() in text
    assert f"Ủy ban nhân dân {profile.ten_day_du}" in text or kind == "cong-van-huong-dan"
    assert "Tên Xã" not in text


@pytest.mark.parametrize("kind", KINDS)
def test_the_profiled_starter_names_the_locality_and_leaves_out_what_the_profile_supplies(kind: str):
    text = starter(kind, nam=YEAR, dia_phuong="phuong_hoan_kiem")
    keys = {m.group(1) for m in re.finditer(r"^([a-z_]+):", text, flags=re.M)}
    assert "dia_phuong" in keys and not keys & {"co_quan", "dia_danh", "ky_hieu", "noi_nhan"}
    # what the profile fills in is still shown, commented out, ready to restore
    assert "# dia_danh: Hoàn Kiếm" in text and "#   - phường Hoàn Kiếm" in text
    assert "#   - Sở Nội vụ thành phố Hà Nội (để b/c)" in text
    assert "  # chuc_danh:" in text and "  ho_ten:" in text  # the profile has the title, not the name
    assert "${" not in text and "Tên Xã" not in re.sub(r"(?m)^#.*$", "", text)
    assert "phường Hoàn Kiếm" in text or kind == "cong-van-huong-dan"
    assert not re.search(r"\bxã\b(?! hội)", re.sub(r"(?m)#.*$", "", text))  # every level word is the ward's


def test_a_province_reports_to_the_ministry_and_its_lead_unit_is_the_so(tmp_path: Path):
    text = starter("ke-hoach-bdg-vstbcpn", nam=YEAR, dia_phuong="an_giang")
    assert "co_quan: {khoa: chu_tri}" in text  # Sở Nội vụ, named by the profile
    assert "về Ủy ban nhân dân tỉnh và Bộ Nội vụ." in text
    # the province's usual recipients, from its level's profile, shown for the officer to restore
    assert "#   - Bộ Nội vụ (để b/c)" in text and "#   - UBND các xã, phường, đặc khu" in text
    assert "#   luu: SNV" in text


def test_without_a_profile_the_starter_is_the_communes_placeholders():
    text = starter("ke-hoach-truyen-thong", nam=YEAR)
    assert "dia_phuong" not in text and "${" not in text
    assert f"ten: [Ủy ban nhân dân, {PLACEHOLDERS['cap']} {PLACEHOLDERS['ten']}]" in text


def test_an_unknown_profile_says_which_one_was_meant_and_writes_nothing(tmp_path: Path, capsys):
    target = tmp_path / "moi.yaml"
    assert main(["new", "ke-hoach-truyen-thong", "--profile", "hoan_kiem", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "không có hồ sơ địa phương 'hoan_kiem'" in err and "Có phải là 'phuong_hoan_kiem'?" in err
    assert not target.exists()


def test_a_district_profile_after_the_reform_is_refused_and_before_it_works(tmp_path: Path, capsys):
    target = tmp_path / "moi.yaml"
    assert main(["new", "ke-hoach-truyen-thong", "--profile", "trieu_son", "--year", "2026", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "chỉ ban hành văn bản đến ngày 30/6/2025" in err and "xa_trieu_son" in err
    assert not target.exists()
    assert main(["new", "ke-hoach-truyen-thong", "--profile", "trieu_son", "--year", "2022", "-o", str(target)]) == 0
    document = bdg_docs.load(target)
    assert document.co_quan.ten[-1] == "huyện Triệu Sơn"
    assert document.noi_nhan.danh_sach[0] == "Sở Lao động - Thương binh và Xã hội (để b/c)"


def test_a_profile_file_of_its_own(tmp_path: Path, capsys):
    from tests.test_profiles import NEW_COMMUNE

    folder = tmp_path / "dia_phuong"
    folder.mkdir()
    (folder / "dong_tien.yaml").write_text(NEW_COMMUNE, encoding="utf-8")
    target = tmp_path / "moi.yaml"
    assert main(["new", "ke-hoach-truyen-thong", "--profile", str(folder / "dong_tien.yaml"),
                 "--year", str(YEAR), "-o", str(target)]) == 0
    assert f"--dia-phuong {folder / 'dong_tien.yaml'}" in capsys.readouterr().out
    assert "dia_phuong: dong_tien" in target.read_text(encoding="utf-8")
    document = bdg_docs.load(target, dia_phuong=folder)
    assert document.co_quan.ten[-1] == "xã Đông Tiến" and document.chu_ky.ho_ten == "Trần Thị Mai"
    assert main(["new", "cong-van-huong-dan", "--profile", "dong_tien", "--dia-phuong", str(folder),
                 "--year", str(YEAR), "-o", "-"]) == 0
    assert "Đông Tiến" in capsys.readouterr().out


def test_a_profile_key_given_as_a_profile_file_is_refused_with_how_to_give_a_key(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "ke-hoach-truyen-thong", "--dia-phuong", "son_la.xa_tan_phong"]) == 1
    err = capsys.readouterr().err
    assert "'son_la.xa_tan_phong'" in err and "--profile son_la.xa_tan_phong" in err and "dia_phuong: son_la.xa_tan_phong" in err
    assert list(tmp_path.iterdir()) == []  # no starter that silently ignored the locality


def test_a_missing_profile_folder_is_named_by_render_and_by_the_api(tmp_path: Path, capsys):
    data = tmp_path / "kh.yaml"
    data.write_text(starter("ke-hoach-truyen-thong", nam=YEAR, dia_phuong="xa_trieu_son"), encoding="utf-8")
    assert main(["render", str(data), "-o", str(tmp_path / "out"), "--dia-phuong", str(tmp_path / "ho_so")]) == 1
    err = capsys.readouterr().err
    assert "--dia-phuong" in err and "ho_so'" in err and "thư mục chứa các tệp" in err
    assert not (tmp_path / "out" / "kh.docx").exists()
    with pytest.raises(bdg_docs.InputError) as caught:
        bdg_docs.load(data, dia_phuong=[tmp_path / "ho_so"])
    assert [p.field for p in caught.value.problems] == ["--dia-phuong"]
