"""Numbers the Vietnamese way, with babel: the one place that formats them, and reads them back."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import format_decimal

import bdg_docs
from bdg_docs.errors import RuleViolation
from bdg_docs.numbers import (TypedFloat, format_money, format_money_in_words, format_number, format_percent,
                              parse_number, spell_out)
from tests.conftest import ROOT


@pytest.mark.parametrize(("value", "shown"), [
    (Decimal("1234.5"), "1.234,5"), (1234, "1.234"), (Decimal("0.455"), "0,455"), (Decimal("20000000"), "20.000.000"),
    (Decimal("1234.5678"), "1.234,5678"),  # every digit typed is kept: nothing is rounded away
    (Decimal("45.50"), "45,5"), (0, "0"),
])
def test_numbers_have_thousands_dots_and_decimal_commas(value, shown):
    assert format_number(value) == shown
    assert format_number(value) == format_decimal(value, locale="vi_VN", decimal_quantization=False)


@pytest.mark.parametrize(("share", "shown"), [
    (Decimal("0.455"), "45,5%"), (Decimal("1"), "100%"), (Decimal("0.4549"), "45,5%"), (Decimal("0.00049"), "0%"),
    (Decimal("0.12345"), "12,3%"), (Decimal("0.12355"), "12,4%"),  # half up, as officers round
    (Decimal("6"), "600%"),
])
def test_shares_are_percentages_to_one_decimal(share, shown):
    assert format_percent(share) == shown


def test_money_is_in_dong_and_in_words():
    assert format_money(15_500_000) == "15.500.000 đồng"
    assert format_money_in_words(15_500_000) == "15.500.000 đồng (bằng chữ: Mười lăm triệu năm trăm nghìn đồng)"


@pytest.mark.parametrize(("n", "words"), [
    (0, "không"), (5, "năm"), (10, "mười"), (11, "mười một"), (14, "mười bốn"), (15, "mười lăm"), (20, "hai mươi"),
    (21, "hai mươi mốt"), (25, "hai mươi lăm"), (55, "năm mươi lăm"), (101, "một trăm linh một"),
    (110, "một trăm mười"), (115, "một trăm mười lăm"), (1_000, "một nghìn"), (1_001, "một nghìn không trăm linh một"),
    (1_050, "một nghìn không trăm năm mươi"), (10_500, "mười nghìn năm trăm"), (205_000, "hai trăm linh năm nghìn"),
    (1_000_005, "một triệu không trăm linh năm"), (20_000_000, "hai mươi triệu"),
    (1_234_567, "một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy"),
    (1_500_000_000, "một tỷ năm trăm triệu"), (12_000_005_000, "mười hai tỷ không trăm linh năm nghìn"),
    (1_000_000_000_000, "một nghìn tỷ"),
])
def test_amounts_in_words_follow_the_reading_rules(n, words):
    assert spell_out(n) == words


@pytest.mark.parametrize(("typed", "value", "unit"), [
    ("1.234,5", Decimal("1234.5"), None), ("1234,5", Decimal("1234.5"), None), ("1.234", Decimal("1234"), None),
    ("45,5%", Decimal("45.5"), "%"), ("45,5 %", Decimal("45.5"), "%"), ("12 người", Decimal("12"), "người"),
    ("20.000.000 đồng", Decimal("20000000"), "đồng"), (12, Decimal("12"), None), (Decimal("0.455"), Decimal("0.455"), None),
    (45.5, Decimal("45.5"), None), (TypedFloat(45.5, "45.5"), Decimal("45.5"), None),
    (TypedFloat(0.455, "0.455"), Decimal("0.455"), None),
])
def test_numbers_typed_the_vietnamese_way_are_read(typed, value, unit):
    assert parse_number(typed) == (value, unit)


@pytest.mark.parametrize(("typed", "words"), [
    ("12.5", "không đúng cách"), ("1.23", "không đúng cách"), ("1.2345", "không đúng cách"), ("abc", "không phải là một số"),
    (TypedFloat(12.5, "12.500"), "có thể là 12.500 hay 12,5"), (TypedFloat(1.234, "1.234"), "có thể là 1.234 hay 1,234"),
    (True, "phải là một số"), (None, "phải là một số"),
])
def test_ambiguous_or_malformed_numbers_are_refused_with_what_to_write(typed, words):
    with pytest.raises(RuleViolation) as info:
        parse_number(typed)
    assert words in info.value.message and info.value.hint


def test_a_decimal_point_and_three_digits_in_a_data_file_is_refused_at_its_line():
    from tests.documents.test_bao_cao_bdg_vstbcpn import TEXT, change, problems

    (problem,) = problems(change("    ket_qua: 91\n", "    ket_qua: 12.500\n"))
    assert problem.field == "bang_chi_tieu.dong[6].ket_qua" and "12.500" in problem.message and problem.line
    assert "12500" in problem.hint and "12,500" in problem.hint
    assert bdg_docs.loads(change("    ket_qua: 91\n", "    ket_qua: 12.5\n", TEXT))  # one decimal: no doubt


def test_a_text_field_typed_as_a_number_keeps_its_digits():
    from bdg_docs.documents.bao_cao_bdg_vstbcpn import NhomKetQua

    group = NhomKetQua.model_validate({"ten": TypedFloat(12.5, "12.500"), "noi_dung": ["x"]})
    assert group.ten.plain == "12.500"


def test_babel_is_used_only_by_the_numbers_module_and_the_template_formats_no_number():
    users = [path.relative_to(ROOT).as_posix() for path in (ROOT / "bdg_docs").rglob("*.py")
             if re.search(r"^\s*(from|import) babel", path.read_text(encoding="utf-8"), flags=re.M)]
    assert users == ["bdg_docs/numbers.py"]
    import zipfile

    with zipfile.ZipFile(ROOT / "bdg_docs" / "templates" / "van_ban.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert not re.search(r"\|\s*(round|format|int|float|filesizeformat)\b", xml)


def test_a_rendered_report_shows_numbers_as_babel_formats_them():
    from tests.conftest import FIXTURES, rendered

    data = rendered(FIXTURES / "bao_cao_bdg_vstbcpn_xa_trieu_son_2026.yaml")
    cells = [c.text for t in bdg_docs.reader.read(data).tables for _, _, c in t.cells()]
    assert format_number(Decimal("4234.5")) == "4.234,5" and "4.234,5" in cells
    assert format_percent(Decimal(91) / Decimal(200)) == "45,5%" and "45,5%" in cells
    assert not any(re.search(r"\d\.\d{1,2}$|\d,\d{3}(?!\d)", cell) for cell in cells)  # no English-style number


def test_numbers_module_is_not_loaded_by_import_bdg_docs():
    import subprocess
    import sys

    code = "import sys, bdg_docs; print('babel' in sys.modules, 'bdg_docs.numbers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(ROOT), check=True).stdout
    assert out.split() == ["False", "False"]
