"""The indicator catalogue: the national strategy's indicators as data, with their sources."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.catalogue import shipped_catalogue
from bdg_docs.cli import main
from bdg_docs.errors import InputError, RuleViolation
from bdg_docs.indicators import ChiTieu, MucTieu, load_indicators, shipped_indicators

CATALOGUE = shipped_indicators()


@pytest.mark.parametrize("key", list(CATALOGUE))
def test_every_indicator_names_its_document_its_source_and_whether_it_was_checked(key: str):
    entry = CATALOGUE[key]
    assert entry.van_ban in shipped_catalogue()  # nq_28_2021, qd_1790_2021: citable by key
    assert entry.nguon.startswith("https://") and entry.thu_tu and entry.linh_vuc and entry.noi_dung
    assert entry.muc_tieu_2025 is not None or entry.muc_tieu_2030 is not None
    if not entry.xac_nhan:
        assert entry.ghi_chu, "an unconfirmed indicator says what is not confirmed"


def test_the_strategys_indicators_carry_their_2025_and_2030_targets():
    assert bdg_docs.indicator_catalogue() is CATALOGUE
    leaders = CATALOGUE["nq28_1_1"]
    assert (leaders.don_vi, leaders.muc_tieu_2025.text(), leaders.muc_tieu_2030.text()) == ("%", "60", "75")
    chores = CATALOGUE["nq28_3_1"]
    assert (chores.don_vi, chores.huong, chores.muc_tieu_2025.gia_tri, chores.muc_tieu_2030.text()) == (
        "lần", "giam", Decimal("1.7"), "còn 1,4")
    assert CATALOGUE["nq28_2_2"].muc_tieu(2025).text() == "dưới 30" and CATALOGUE["nq28_2_2"].muc_tieu(2026).text() == "dưới 25"
    assert {key[:4] for key in CATALOGUE} == {"nq28", "qd17"}


@pytest.mark.parametrize(("typed", "kem", "value"), [
    ("ít nhất 27", "ít nhất", Decimal(27)), ("khoảng 60", "khoảng", Decimal(60)), ("còn 1,7", "còn", Decimal("1.7")),
    ("60", "", Decimal(60)), (75, "", Decimal(75)), ("không quá 111", "không quá", Decimal(111)),
])
def test_targets_are_read_as_the_resolutions_word_them(typed, kem, value):
    target = MucTieu.model_validate(typed)
    assert (target.kem, target.gia_tri) == (kem, value)


def test_a_percentage_target_above_100_or_with_a_unit_after_it_is_refused():
    with pytest.raises(InputError, match="ngoài khoảng 0–100%"):  # models built in code speak InputError
        ChiTieu.model_validate({"ten": "Tỷ lệ", "don_vi": "%", "muc_tieu_2030": "110"})
    with pytest.raises(InputError, match="có chữ '%' sau số"):
        MucTieu.model_validate("60%")


def test_an_unknown_key_is_answered_with_the_one_meant():
    with pytest.raises(RuleViolation) as info:
        CATALOGUE.lookup("qd1790_huonguoc")
    assert info.value.hint == "Có phải là 'qd1790_huong_uoc'?"
    with pytest.raises(RuleViolation) as info:
        CATALOGUE.lookup("zzz")
    assert "bdg-docs indicators" in info.value.hint


def test_a_broken_catalogue_file_names_its_line(tmp_path: Path):
    path = tmp_path / "chi_tieu.yaml"
    path.write_text("chi_tieu:\n  x:\n    ten: Tỷ lệ\n    don_vi: '%'\n    muc_tieu_2025: '150'\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_indicators(path)
    found = {(p.field, p.line) for p in info.value.problems}
    assert ("chi_tieu.x.muc_tieu_2025", 5) in found and ("chi_tieu.x.nguon", 2) in found  # every entry states its source


def test_the_indicators_command_lists_and_searches(capsys):
    assert main(["indicators"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == len(CATALOGUE) and "nq28_2_3\tTỷ lệ nữ giám đốc" in out
    assert "(chưa đối chiếu đủ)" in out
    assert main(["indicators", "thang hanh dong", "--day-du"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("qd1790_thang_hanh_dong\t") and "nguồn: https://" in out and "[@qd_1790_2021]" in out
    assert main(["indicators", "khong co gi nhu the"]) == 1
