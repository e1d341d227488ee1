"""Every unit of the national register has a profile, at every date: keys, names, periods, messages."""
from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.cli import main
from bdg_docs.errors import InputError, RuleViolation
from bdg_docs.institutions import Cap
from bdg_docs.profiles import ProfileRegistry
from bdg_docs.register import Register
from bdg_docs.search import fold
from bdg_docs.starters import kinds

REG = ProfileRegistry.shipped()
BEFORE, AFTER = date(2022, 3, 5), date(2026, 3, 5)


# ------------------------------------------------------------------------------ the register
def test_the_register_holds_both_periods():
    units = list(Register.shipped().units())
    provinces = [u for u in units if u.cap is Cap.TINH]
    assert sum(u.valid_on(AFTER) for u in provinces) == 34 and sum(u.valid_on(BEFORE) for u in provinces) == 63
    assert sum(u.valid_on(AFTER) and u.loai == "thành phố" for u in provinces) == 6
    communes = [u for u in units if u.cap is Cap.XA and u.valid_on(AFTER)]
    assert len(communes) == 3321 and {u.loai for u in communes} == {"xã", "phường", "đặc khu"}
    assert not [u for u in units if u.cap is Cap.HUYEN and u.valid_on(AFTER)]  # no district after 30/6/2025


def test_keys_are_unique_and_formed_from_province_district_kind_and_name():
    units = list(Register.shipped().units())
    keys = [u.key for u in units]
    assert len(keys) == len(set(keys))
    for unit in units:
        parts = unit.key.split(".")
        assert re.fullmatch(r"[a-z0-9_]+", "".join(parts)), unit.key
        assert len(parts) == {Cap.TINH: 1, Cap.HUYEN: 2, Cap.XA: 3 if unit.den else 2}[unit.cap], unit.key
        if unit.cap is not Cap.TINH:
            assert parts[-1].startswith(fold(unit.loai).replace(" ", "_") + "_"), unit.key
            assert unit.key.rsplit(".", 1)[0] == unit.thuoc
    # two communes of one province whose names differ only by accents each take their code
    assert {"thai_nguyen.xa_van_lang_2143", "thai_nguyen.xa_van_lang_5665"} <= set(keys)
    # a former province whose name a different 2025 province took; one that kept its land
    assert REG["hai_phong_cu"].den == date(2025, 6, 30) and REG["hai_phong"].tu == date(2025, 7, 1)
    assert REG["thanh_hoa"].tu is None and REG["thanh_hoa"].den is None


def test_every_parent_exists_over_its_childrens_dates():
    reg = Register.shipped()
    for unit in reg.units():
        if unit.thuoc:
            parent = reg.get(unit.thuoc)
            assert parent is not None and (parent.tu or date.min) <= (unit.tu or date.min), unit.key
            assert (unit.den or date.max) <= (parent.den or date.max), unit.key


def test_the_register_is_read_one_province_at_a_time():
    reg = Register(Register.shipped()._root)
    assert reg.get("thanh_hoa.xa_trieu_son").ten == "Triệu Sơn"
    assert set(reg._chunks) == {"thanh_hoa"}


def test_successors_and_predecessors():
    reg = Register.shipped()
    assert [u.key for u in reg.successors("bac_kan")] == ["thai_nguyen"]
    assert {u.key for u in reg.predecessors("thai_nguyen")} == {"bac_kan", "thai_nguyen_cu"}
    district = [u.key for u in reg.successors("thanh_hoa.huyen_trieu_son")]
    assert "thanh_hoa.xa_trieu_son" in district and all(k.count(".") == 1 for k in district)
    assert "thanh_hoa.huyen_trieu_son.thi_tran_trieu_son" in [u.key for u in reg.predecessors("thanh_hoa.xa_trieu_son")]
    assert [u.key for u in reg.successors("hai_phong_cu.huyen_bach_long_vi")] == ["hai_phong.dac_khu_bach_long_vi"]
    assert reg.successors("thanh_hoa") == [] and reg.successors("thanh_hoa.xa_trieu_son") == []


def test_the_register_data_states_its_sources_and_versions():
    index = json.loads((Path(bdg_docs.__file__).parent / "data" / "don_vi_hanh_chinh" / "index.json").read_text(encoding="utf-8"))
    assert "python tools/import_register.py" in index["mo_ta"]
    assert index["nguon"]["vietnam-provinces"].startswith("2025.10.1")
    assert index["nguon"]["vietnamadminunits"].startswith("1.0.4")


# ------------------------------------------------------------------ a profile for every unit
def test_a_generated_commune_names_only_bodies_a_commune_has():
    for key in ("ha_noi.xa_phu_cat", "ho_chi_minh.phuong_sai_gon", "quang_ninh.dac_khu_co_to"):
        profile = REG.resolve(key, AFTER)
        unit = REG[key]
        assert profile.co_quan.ten == ("Ủy ban nhân dân", unit.ten_day_du) and profile.dia_danh == unit.ten
        assert profile.don_vi_chu_tri.ten == "Phòng Văn hóa - Xã hội"
        assert not [n for n in profile.co_quan_thuc_hien.values() if re.match(r"(Sở|Bộ|Phòng Nội vụ|Ủy ban nhân dân các)", n)]
        assert profile.noi_nhan[0] == f"Sở Nội vụ {REG[unit.thuoc].ten_day_du} (để b/c)"
        assert all(unit.loai in n or "(để b/c)" in n or "tổ dân phố" in n for n in profile.noi_nhan)
    assert REG.resolve("ho_chi_minh.phuong_sai_gon", AFTER).agency("kinh_te") == "Phòng Kinh tế, Hạ tầng và Đô thị"
    assert REG.resolve("ha_noi.xa_phu_cat", AFTER).agency("kinh_te") == "Phòng Kinh tế"


@pytest.mark.parametrize("key, day, lead, first_recipient, below", [
    ("bac_kan", BEFORE, "Sở Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội (để b/c)", "UBND các huyện, thành phố"),
    ("bac_kan", date(2025, 4, 1), "Sở Nội vụ", "Bộ Nội vụ (để b/c)", "UBND các huyện, thành phố"),
    ("thai_nguyen", AFTER, "Sở Nội vụ", "Bộ Nội vụ (để b/c)", "UBND các xã, phường"),
    ("ha_noi", BEFORE, "Sở Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội (để b/c)",
     "UBND các quận, huyện, thị xã"),
    ("hai_phong_cu.quan_hong_bang", BEFORE, "Phòng Lao động - Thương binh và Xã hội",
     "Sở Lao động - Thương binh và Xã hội thành phố Hải Phòng (để b/c)", "UBND các phường"),
    ("hai_phong_cu.quan_hong_bang", date(2025, 4, 1), "Phòng Nội vụ", "Sở Nội vụ thành phố Hải Phòng (để b/c)", "UBND các phường"),
    ("thanh_hoa.huyen_trieu_son.thi_tran_trieu_son", BEFORE, "Công chức Văn hóa - Xã hội",
     "Phòng Lao động - Thương binh và Xã hội huyện Triệu Sơn (để b/c)", "Các tổ dân phố"),
])
def test_the_lead_unit_recipients_and_bodies_follow_the_level_and_period(key, day, lead, first_recipient, below):
    profile = REG.resolve(key, day)
    assert profile.don_vi_chu_tri.ten == lead
    assert profile.noi_nhan[0] == first_recipient and profile.noi_nhan[-1] == below


def test_dia_danh_is_the_units_name_or_its_full_name_when_named_by_number_or_person():
    assert REG.resolve("ho_chi_minh", AFTER).dia_danh == "Thành phố Hồ Chí Minh"
    assert REG.resolve("ho_chi_minh_cu.quan_11.phuong_5", BEFORE).dia_danh == "Phường 5"
    assert REG.resolve("ho_chi_minh_cu.quan_1", BEFORE).dia_danh == "Quận 1"
    assert REG.resolve("ha_noi", AFTER).dia_danh == "Hà Nội"


# ---------------------------------------------------------------------------------- time
def test_a_2022_district_belongs_to_the_2022_city_and_takes_nothing_dated_2025():
    profile = REG.resolve("Quận Hồng Bàng, Thành phố Hải Phòng", BEFORE)
    assert profile.khoa == "hai_phong_cu.quan_hong_bang" and profile.thuoc == ("hai_phong_cu",)
    text = " ".join([*profile.noi_nhan, *profile.co_quan_thuc_hien.values(), profile.don_vi_chu_tri.ten])
    assert "Nội vụ (để b/c)" not in text and "đặc khu" not in text and "xã, phường" not in text


def test_a_parent_of_another_period_is_one_message_naming_the_parent_of_that_date(tmp_path: Path):
    (tmp_path / "quan_moi.yaml").write_text(
        "cap: huyện\nloai_don_vi: quận\nten: Mới\nthuoc: hai_phong\nhieu_luc_den: 2025-06-30\nnguon: {chung: x}\n",
        encoding="utf-8")
    registry = REG.with_files(tmp_path)
    with pytest.raises(RuleViolation) as exc:
        registry.resolve("quan_moi", BEFORE)
    assert "thuộc 'hai_phong' (thành phố Hải Phòng, từ 01/7/2025)" in exc.value.message
    assert "Ghi 'thuoc: hai_phong_cu'" in exc.value.hint
    (tmp_path / "quan_moi.yaml").write_text((tmp_path / "quan_moi.yaml").read_text(encoding="utf-8")
                                            .replace("thuoc: hai_phong", "thuoc: hai_phong_cu"), encoding="utf-8")
    assert REG.with_files(tmp_path).resolve("quan_moi", BEFORE).noi_nhan[0].startswith("Sở Lao động")


@pytest.mark.parametrize("key, day, says, names", [
    ("bac_kan", AFTER, "chỉ ban hành văn bản đến ngày 30/6/2025", ["thai_nguyen (tỉnh Thái Nguyên)"]),
    ("hai_phong_cu.quan_hong_bang", AFTER, "cấp huyện chấm dứt hoạt động từ 01/7/2025",
     ["hai_phong.phuong_hong_bang (phường Hồng Bàng, thành phố Hải Phòng)"]),
    ("thanh_hoa.xa_trieu_son", BEFORE, "bắt đầu hoạt động từ ngày 01/7/2025",
     ["thanh_hoa.huyen_trieu_son.thi_tran_trieu_son (thị trấn Triệu Sơn, huyện Triệu Sơn, tỉnh Thanh Hóa)"]),
    ("thai_nguyen", BEFORE, "bắt đầu hoạt động từ ngày 01/7/2025", ["bac_kan", "thai_nguyen_cu"]),
])
def test_a_document_outside_a_units_life_names_its_successors_or_predecessors(key, day, says, names):
    with pytest.raises(RuleViolation) as exc:
        REG.resolve(key, day)
    assert says in exc.value.message
    assert all(name in exc.value.hint for name in names), exc.value.hint


def test_a_loop_of_parents_is_one_message(tmp_path: Path):
    for name, parent in (("a", "b"), ("b", "a")):
        (tmp_path / f"{name}.yaml").write_text(f"cap: tỉnh\nloai_don_vi: tỉnh\nten: {name.upper()}\nthuoc: {parent}\n"
                                               "nguon: {chung: x}\n", encoding="utf-8")
    with pytest.raises(RuleViolation, match=r"thuộc chính nó \(a → b → a\)"):
        REG.with_files(tmp_path).resolve("a", AFTER)


# ------------------------------------------------------------------------- names and keys
@pytest.mark.parametrize("text, day, key", [
    ("Xã Phú Cát, Thành phố Hà Nội", AFTER, "ha_noi.xa_phu_cat"),
    ("Xã Phú Cát, Thành phố Hà Nội", BEFORE, "ha_noi.huyen_quoc_oai.xa_phu_cat"),
    ("Xã Tam Chung, Thanh Hóa", AFTER, "thanh_hoa.xa_tam_chung"),
    ("xa tam chung, tinh thanh hoa", AFTER, "thanh_hoa.xa_tam_chung"),
    ("Quận Hồng Bàng, Thành phố Hải Phòng", BEFORE, "hai_phong_cu.quan_hong_bang"),
    ("Thị trấn Triệu Sơn, Huyện Triệu Sơn, Tỉnh Thanh Hóa", BEFORE, "thanh_hoa.huyen_trieu_son.thi_tran_trieu_son"),
    ("Tỉnh Bắc Kạn", BEFORE, "bac_kan"),
    ("Xã Văn Lăng, Thái Nguyên", AFTER, "thai_nguyen.xa_van_lang_5665"),
    ("trieu_son", BEFORE, "thanh_hoa.huyen_trieu_son"),
])
def test_a_unit_is_named_by_key_former_key_or_full_name_at_the_documents_date(text, day, key):
    assert REG.key_of(text, day) == key
    assert REG.resolve(text, day).khoa == key


def test_a_name_shared_by_several_units_lists_them_with_their_provinces():
    with pytest.raises(RuleViolation) as exc:
        REG.key_of("Xã Tân Phong", BEFORE)
    assert "có 9 đơn vị tên 'Xã Tân Phong' vào ngày 05/3/2022" in exc.value.message
    assert "son_la.huyen_phu_yen.xa_tan_phong (xã Tân Phong, huyện Phù Yên, tỉnh Sơn La)" in exc.value.message
    assert "Ghi kèm tên tỉnh (ví dụ 'Xã Tân Phong, Thành phố Hải Phòng')" in exc.value.hint
    assert REG.key_of("Xã Tân Phong", AFTER) == "son_la.xa_tan_phong"  # one of that name in 2026


@pytest.mark.parametrize("text, day, meant, not_meant", [
    ("thanh_hoa.xa_trieu_sn", AFTER, "thanh_hoa.xa_trieu_son", "huyen_trieu_son"),  # a commune, today's
    ("thanh_hoa.huyen_trieu_sn", BEFORE, "thanh_hoa.huyen_trieu_son", "xa_trieu_son"),
    ("Phường Hồng Bàn, Thành phố Hải Phòng", AFTER, "hai_phong.phuong_hong_bang", "quan_hong_bang"),
    ("Xã Hồng Bàng, Thành phố Hải Phòng", BEFORE, "hai_phong_cu.huyen", "quan_hong_bang"),  # never the district
    ("Xã Tam Chun, Thanh Hóa", AFTER, "thanh_hoa.xa_tam_chung", "nghe_an"),  # nor another province
    ("thanh_hao.xa_tam_chung", AFTER, "thanh_hoa.xa_tam_chung", "huyen"),
    ("trieu_sn", BEFORE, "trieu_son", "xa_trieu_son"),
    ("xa_tam_chung", AFTER, "thanh_hoa.xa_tam_chung", "huyen"),
])
def test_suggestions_keep_to_the_level_province_and_date(text, day, meant, not_meant):
    with pytest.raises(RuleViolation) as exc:
        REG.key_of(text, day)
    assert meant in exc.value.hint and not_meant not in exc.value.hint, exc.value.hint


def test_an_unknown_key_that_is_a_profile_file_beside_the_data_file_says_to_add_it(tmp_path: Path):
    from tests.test_profiles import CONTENT, NEW_COMMUNE

    (tmp_path / "dong_tien.yaml").write_text(NEW_COMMUNE, encoding="utf-8")
    source = tmp_path / "ke_hoach.yaml"
    source.write_text(f"loai: ke_hoach_truyen_thong\ndia_phuong: dong_tien\nngay: 2026\ntrich_yeu:{CONTENT}", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        bdg_docs.load(source)
    problem = next(p for p in exc.value.problems if p.field == "dia_phuong")
    assert "chưa được thêm vào" in problem.message and f"--dia-phuong {tmp_path / 'dong_tien.yaml'}" in problem.hint
    assert bdg_docs.load(source, dia_phuong=tmp_path / "dong_tien.yaml").co_quan.ten[-1] == "xã Đông Tiến"


# ------------------------------------------------------------- a province's own files
def test_a_file_named_by_a_register_key_overrides_only_what_it_writes(tmp_path: Path):
    (tmp_path / "ha_noi.xa_phu_cat.yaml").write_text(
        "nguoi_ky:\n- chuc_danh: [KT. Chủ tịch, Phó Chủ tịch]\n  ho_ten: Lê Thị Hoa\n"
        "co_quan_thuc_hien: {hoi_phu_nu: Hội Liên hiệp Phụ nữ xã}\nnguon: {chung: Văn bản của UBND xã Phú Cát}\n",
        encoding="utf-8")
    own = REG.with_files(tmp_path).resolve("ha_noi.xa_phu_cat", AFTER)
    generated = REG.resolve("ha_noi.xa_phu_cat", AFTER)
    assert own.nguoi_ky[0].ho_ten == "Lê Thị Hoa" and generated.nguoi_ky[0].ho_ten is None
    assert own.agency("hoi_phu_nu") == "Hội Liên hiệp Phụ nữ xã" and own.agency("cong_an") == "Công an xã"
    assert own.noi_nhan == generated.noi_nhan and own.nguon["nguoi_ky"] == "Văn bản của UBND xã Phú Cát"


# ------------------------------------------------------------------------------ the command
def test_profiles_searches_names_and_shows_level_province_and_dates(capsys):
    assert main(["profiles", "tan", "phong", "--ngay", "2026-03-05"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["lai_chau.phuong_tan_phong\tphường Tân Phong, tỉnh Lai Châu (cấp xã) [từ 01/7/2025]",
                         "son_la.xa_tan_phong\txã Tân Phong, tỉnh Sơn La (cấp xã) [từ 01/7/2025]"]
    assert main(["profiles", "hong bang", "hai phong"]) == 0
    out = capsys.readouterr().out
    assert "hai_phong.phuong_hong_bang\tphường Hồng Bàng, thành phố Hải Phòng (cấp xã) [từ 01/7/2025]" in out
    assert "hai_phong_cu.quan_hong_bang\tquận Hồng Bàng, thành phố Hải Phòng (cấp huyện) [đến 30/6/2025]" in out
    assert main(["profiles", "khong co xa nay"]) == 1
    assert "Không có đơn vị nào khớp" in capsys.readouterr().err


# ------------------------------------------------------------------------------ done when
def test_plans_of_2022_render_from_shipped_profiles_with_the_bodies_of_2022(tmp_path: Path):
    out = tmp_path / "out"
    for key in ("bac_kan", "Quận Hồng Bàng, Thành phố Hải Phòng"):
        target = tmp_path / f"{'bac_kan' if key == 'bac_kan' else 'hong_bang'}.yaml"
        assert main(["new", "ke-hoach-truyen-thong", "--profile", key, "--year", "2022", "-o", str(target)]) == 0
        assert f"dia_phuong: {REG.key_of(key, BEFORE)} " in target.read_text(encoding="utf-8")  # a name: its key
        document = bdg_docs.load(target)
        texts = [p.text for p in bdg_docs.lay_out(document).than] + [line.text for line in bdg_docs.lay_out(document).noi_nhan]
        assert not [t for t in texts if "Nội vụ" in t], texts  # no Sở Nội vụ as lead before 01/3/2025
        assert any("Lao động - Thương binh và Xã hội" in t for t in texts)
        # only the starter's placeholders (the signer's name) are warned
        assert all("chưa được thay" in p.message for p in document.canh_bao()), document.canh_bao()
    assert main(["render", str(tmp_path / "bac_kan.yaml"), str(tmp_path / "hong_bang.yaml"), "-o", str(out)]) == 0
    assert main(["check", str(out / "bac_kan.docx"), str(out / "hong_bang.docx")]) == 0


def test_fifty_communes_drawn_from_the_register_give_every_document_type_that_passes_the_checker(tmp_path: Path, capsys):
    communes = sorted(u.key for u in Register.shipped().units() if u.cap is Cap.XA and u.valid_on(AFTER))
    sample = random.Random(14).sample(communes, 50)
    sources = []
    for key in sample:
        for kind in kinds():
            target = tmp_path / f"{key}.{kind}.yaml"
            assert main(["new", kind, "--profile", key, "--year", "2026", "-o", str(target)]) == 0
            sources.append(target)
    assert main(["render", *map(str, sources), "-o", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    assert main(["check", "--format", "json", *(str(tmp_path / "out" / f"{s.stem}.docx") for s in sources)]) == 0
    reports = json.loads(capsys.readouterr().out)
    assert len(reports) == 50 * len(kinds()) >= 150 and sum(r["errors"] for r in reports) == 0
    k = len(kinds())  # the header names the commune; Nơi nhận its province's Sở Nội vụ (each commune, one type in turn)
    for source in (sources[i * k + i % k] for i in range(50)):
        unit = REG[source.name.split(".")[0] + "." + source.name.split(".")[1]]
        page = bdg_docs.lay_out(bdg_docs.load(source))
        assert page.co_quan[-1] == unit.ten_day_du.upper()
        assert f"- Sở Nội vụ {REG[unit.thuoc].ten_day_du} (để b/c);" in [line.text for line in page.noi_nhan]


def test_the_guides_override_example_overrides_a_generated_commune(tmp_path: Path):
    guide = (Path(bdg_docs.__file__).parent.parent / "docs" / "ho-so-dia-phuong.md").read_text(encoding="utf-8")
    section = guide.split("## Ghi đè hồ sơ của một đơn vị", 1)[1]
    name = re.search(r"`dia_phuong/([a-z_.]+\.yaml)`", section).group(1)
    (tmp_path / name).write_text(re.findall(r"```yaml\n(.*?)```", section, flags=re.S)[0], encoding="utf-8")
    profile = REG.with_files(tmp_path).resolve(name[:-5], AFTER)
    assert profile.nguoi_ky[0].ho_ten == "Trần Thị Mai" and profile.agency("hoi_phu_nu").endswith(REG[name[:-5]].ten)
    assert profile.agency("cong_an") == "Công an xã"  # the rest: the commune's level, untouched


# ------------------------------------------------------------------------------ the data files
def test_the_level_profiles_json_is_the_yaml_validated():
    from bdg_docs.profile_levels import JSON, YAML, MauHoSo, from_yaml, levels

    data = from_yaml(YAML.read_text(encoding="utf-8"), filename=str(YAML))  # validates sources and places
    assert json.loads(json.dumps(data, default=str)) == json.loads(JSON.read_text(encoding="utf-8")) == levels()
    for cap, level in MauHoSo.model_validate(levels()).cap.items():  # the periods cover every day, once
        periods = sorted(level.giai_doan, key=lambda p: p.tu or date.min)
        assert periods[0].tu is None and periods[-1].den is None, cap
        assert all(a.den is not None and b.tu is not None and (b.tu - a.den).days == 1
                   for a, b in zip(periods, periods[1:])), cap


def test_a_place_the_level_profiles_do_not_fill_is_refused():
    from bdg_docs.profile_levels import YAML, from_yaml

    text = YAML.read_text(encoding="utf-8").replace("Công an {loai}", "Công an {loia}", 1)
    with pytest.raises(InputError, match=r"chỗ điền '\{loia\}' không có"):
        from_yaml(text, filename="ho_so_theo_cap.yaml")


def test_the_register_data_is_what_the_tool_writes(tmp_path: Path):
    from importlib.util import find_spec

    if find_spec("vietnam_provinces") is None or find_spec("vietnamadminunits") is None:
        pytest.skip("the register's packages are not installed (pip install -e '.[register]')")
    import importlib.util

    spec = importlib.util.spec_from_file_location("import_register", Path(bdg_docs.__file__).parent.parent / "tools" / "import_register.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.main(tmp_path)
    shipped = Path(bdg_docs.__file__).parent / "data" / "don_vi_hanh_chinh"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in shipped.iterdir())
    assert all((tmp_path / p.name).read_bytes() == p.read_bytes() for p in shipped.iterdir())


def test_a_provinces_communes_on_a_date_and_each_ones_bodies():
    """What a province plan brought down to each commune needs: the communes, then each one's profile."""
    communes = REG.children("thanh_hoa", AFTER)
    assert len(communes) == 166 and {u.cap for u in communes} == {Cap.XA} and all(u.thuoc == "thanh_hoa" for u in communes)
    districts = REG.children("thanh_hoa", BEFORE)
    assert {u.cap for u in districts} == {Cap.HUYEN} and "thanh_hoa.huyen_trieu_son" in [u.key for u in districts]
    assert [u.key for u in REG.children("trieu_son")][0] == "thanh_hoa.huyen_trieu_son.thi_tran_trieu_son"
    bodies = REG.resolve(communes[0].key, AFTER).co_quan_thuc_hien
    assert bodies["cong_an"] == f"Công an {communes[0].loai}"


def test_a_parent_that_does_not_exist_names_the_profile(tmp_path: Path):
    (tmp_path / "xa_a.yaml").write_text("cap: xã\nloai_don_vi: xã\nten: A\nthuoc: thanh_hao\nhieu_luc_tu: 2025-07-01\n"
                                        "nguon: {chung: x}\n", encoding="utf-8")
    with pytest.raises(RuleViolation) as exc:
        REG.with_files(tmp_path).resolve("xa_a", AFTER)
    assert "hồ sơ 'xa_a': trường 'thuoc': không có hồ sơ địa phương 'thanh_hao'" in exc.value.message
    assert "Có phải là 'thanh_hoa'?" in exc.value.hint


def test_a_document_naming_its_unit_by_name_keeps_the_units_key():
    from tests.test_profiles import plan

    document = plan("'Xã Phú Cát, Thành phố Hà Nội'", "{nam: 2026}", "chu_ky: {ho_ten: Nguyễn Văn An}\n")
    assert document.dia_phuong == "ha_noi.xa_phu_cat" and document.co_quan.ten == ("Ủy ban nhân dân", "xã Phú Cát")
    assert plan("xa_trieu_son", "{nam: 2026}", "chu_ky: {ho_ten: Nguyễn Văn An}\n").dia_phuong == "xa_trieu_son"


def test_a_name_without_its_kind_word_is_found_whatever_it_starts_with():
    assert REG.key_of("Quang Trung, Thanh Hóa", AFTER) == "thanh_hoa.phuong_quang_trung"  # "Quang" is not "quận"
    assert REG.key_of("Tam Chung, Thanh Hóa", AFTER) == "thanh_hoa.xa_tam_chung"
