"""The rules of cap-xa: the shipped data, how phrases are found, and a province's own file."""
from __future__ import annotations

from pathlib import Path

import pytest

from bdg_docs.cascade.rules import compile_rules, load_rules
from bdg_docs.errors import InputError

THANH_HOA = {"tinh": "tỉnh Thanh Hóa", "loai_tinh": "tỉnh", "ten_tinh": "Thanh Hóa"}
HA_NOI = {"tinh": "thành phố Hà Nội", "loai_tinh": "thành phố", "ten_tinh": "Hà Nội"}


def _found(text: str, values: dict[str, str] = THANH_HOA, *paths: Path, agencies: dict[str, str] | None = None):
    rules = compile_rules(load_rules(*paths), agencies=agencies, **values)
    return [(m.text, m.rule.kind) for m in rules.find(text)]


def test_the_shipped_rules_name_their_sources_and_every_section():
    rules = load_rules()
    assert {"chung", "co_quan", "chi_cap_tinh", "han_bao_cao"} <= set(rules.nguon)
    assert rules.cum_tu and rules.co_quan and rules.chi_cap_tinh and rules.trich_dan_bo
    assert set(rules.xa.to_chuc_thuc_hien) == {"chu_tri", "mat_tran", "cap_duoi"}
    assert set(rules.xa.mo_dau) == set(rules.xa.ket_luan) == {"ke_hoach_truyen_thong", "ke_hoach_bdg_vstbcpn"}


@pytest.mark.parametrize("text, expected", [
    # either placement of the tone mark, any spacing
    ("trên địa bàn tỉnh Thanh Hoá", [("trên địa bàn tỉnh Thanh Hoá", "cum_tu")]),
    ("Trên  địa bàn tỉnh, ...", [("Trên  địa bàn tỉnh", "cum_tu")]),
    # the longest match wins: "của tỉnh Thanh Hóa" is the province's name, not "của tỉnh" + a name
    ("của tỉnh Thanh Hóa", [("tỉnh Thanh Hóa", "cum_tu")]),
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì", [("Sở Văn hóa, Thể thao và Du lịch", "co_quan")]),
    # "Sở …" only where no other rule knows the name; a lower-case "sở" is not a name
    ("Sở Ngoại vụ, Sở Y tế", [("Sở Ngoại vụ", "chi_cap_tinh"), ("Sở Y tế", "co_quan")]),
    ("các sở, ban, ngành, đoàn thể cấp tỉnh", [("các sở, ban, ngành, đoàn thể cấp tỉnh", "co_quan")]),
    ("Tỉnh ủy, Tỉnh đoàn", [("Tỉnh ủy", "cum_tu"), ("Tỉnh đoàn", "co_quan")]),
    ("báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ", [("Ủy ban nhân dân tỉnh và Bộ Nội vụ", "cum_tu")]),
    ("Báo và Phát thanh, Truyền hình Thanh Hóa", [("Báo và Phát thanh, Truyền hình Thanh Hóa", "chi_cap_tinh")]),
    ("tinh thần", []),  # whole words only
])
def test_phrases_are_found_as_documents_write_them(text: str, expected: list):
    assert _found(text) == expected


def test_a_city_written_thanh_pho_is_found_too():
    assert _found("trên địa bàn Thành phố và UBND thành phố", HA_NOI) == [
        ("trên địa bàn Thành phố", "cum_tu"), ("UBND thành phố", "cum_tu")]


def test_the_provinces_own_names_of_its_bodies_are_found_by_key():
    assert _found("Sở Văn hóa và Thể thao Hà Nội", HA_NOI, agencies={"van_hoa": "Sở Văn hóa và Thể thao Hà Nội"}) == [
        ("Sở Văn hóa và Thể thao Hà Nội", "co_quan")]


def test_a_cited_title_loses_the_scope_its_issuer_already_says():
    rules = compile_rules(load_rules(), **THANH_HOA)
    assert rules.cut_tail("truyền thông về bình đẳng giới năm 2026 trên địa bàn tỉnh Thanh Hóa") == \
        "truyền thông về bình đẳng giới năm 2026"
    assert rules.cut_tail("trên địa bàn tỉnh Thanh Hóa") == "trên địa bàn tỉnh Thanh Hóa"  # nothing would be left


def test_a_provinces_file_adds_replaces_and_removes_rules(tmp_path: Path):
    own = tmp_path / "quy_tac.yaml"
    own.write_text("co_quan:\n  Sở Y tế: chu_tri\n  Trung tâm Kiểm soát bệnh tật {loai_tinh}: y_te\n"
                   "chi_cap_tinh:\n  cấp tỉnh: null\n", encoding="utf-8")
    rules = load_rules(own)
    assert rules.co_quan["Sở Y tế"].khoa == ("chu_tri",) and "cấp tỉnh" not in rules.chi_cap_tinh
    assert "Sở Nội vụ" in rules.co_quan  # the rest stays
    assert _found("Trung tâm Kiểm soát bệnh tật tỉnh; tập huấn cấp tỉnh", THANH_HOA, own) == [
        ("Trung tâm Kiểm soát bệnh tật tỉnh", "co_quan")]


@pytest.mark.parametrize("text, message", [
    ("cum_tu:\n  trên địa bàn {huyen}: trên địa bàn {loai}\n", "'{huyen}' không phải chỗ điền"),
    ("cum_tu:\n  toàn {loai_tinh}: toàn {phuong}\n", "'{phuong}' không phải chỗ điền"),
    ("co_quan:\n  Sở Y tế: Trạm Y tế\n", "không phải khóa cơ quan"),
    ("chi_cap_tinh:\n  Ban Dân tộc: ly_do_khong_co\n", "không có trong ly_do"),
    ("xa:\n  ho_ten_chua_co: null\n", "quy tắc thiếu phần này"),
    ("co_quan: [Sở Y tế]\n", "phải là một nhóm trường"),
])
def test_a_bad_rules_file_is_refused_with_its_line(tmp_path: Path, text: str, message: str):
    own = tmp_path / "quy_tac.yaml"
    own.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_rules(own)
    problem = caught.value.problems[0]
    assert message in problem.message and problem.file == str(own)


def test_the_provinces_guide_example_rules_file_is_valid_and_changes_the_drafts(tmp_path: Path):
    import re

    from bdg_docs.cascade import cap_xa
    from tests.conftest import FIXTURES, ROOT

    guide = (ROOT / "docs" / "huong-dan-tinh.md").read_text(encoding="utf-8")
    section = guide.split("### Tỉnh sửa quy tắc", 1)[1]
    own = tmp_path / "quy_tac_thanh_hoa.yaml"
    own.write_text(re.findall(r"```yaml\n(.*?)```", section, flags=re.S)[0], encoding="utf-8")
    rules = load_rules(own)
    assert rules.co_quan["Sở Y tế"].khoa == ("chu_tri",) and "cấp tỉnh" not in rules.chi_cap_tinh
    assert rules.xa.han_bao_cao.truoc_han_tinh == 7
    draft = cap_xa(FIXTURES / "ke_hoach_truyen_thong_thanh_hoa_2026.yaml", quy_tac=[own]).draft("thanh_hoa.xa_trieu_son")
    assert "Trạm Y tế xã" not in draft.data and "trước ngày **23/11/2026**" in draft.data  # 30/11 − 7 days
