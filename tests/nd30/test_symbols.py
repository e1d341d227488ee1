import pytest

from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import symbols


@pytest.mark.parametrize(("so", "expected"), [(1, "Số: 01/KH-UBND"), (9, "Số: 09/KH-UBND"), (10, "Số: 10/KH-UBND"), (112, "Số: 112/KH-UBND")])
def test_numbers_below_ten_are_written_01_to_09(so, expected):
    assert symbols.format_so(so, "KH-UBND") == expected


def test_a_draft_number_is_blank_and_still_reads_as_a_number_line():
    line = symbols.format_so(None, "KH-UBND")
    assert line.startswith("Số:") and line.endswith("/KH-UBND")
    assert symbols.parse_dong_so(line) == (None, "KH-UBND")


@pytest.mark.parametrize(
    ("ky_hieu", "loai", "rule"),
    [
        ("UBND-KH", "KH", "R18"),
        ("BC-UBND", "KH", "R18"),
        ("KH-UBND", None, "R18"),
        ("CV-UBND", None, "R18"),
        ("KH - UBND", "KH", "R17"),
        ("KH-UBND-2024", "KH", "R19"),
        ("QD-UBND", "QĐ", "R50"),
        ("KH", "KH", "R17"),
    ],
)
def test_bad_symbols_are_refused_with_their_rule(ky_hieu, loai, rule):
    with pytest.raises(RuleViolation) as exc:
        symbols.validate_ky_hieu(ky_hieu, loai=loai)
    assert exc.value.rule == rule


@pytest.mark.parametrize(("ky_hieu", "loai"), [("KH-UBND", "KH"), ("UBND-LĐTBXH", None), ("UBND-VX", None), ("BNV-CTTN&BĐG", None), ("KH-SLĐTBXH", "KH")])
def test_good_symbols_pass(ky_hieu, loai):
    assert symbols.validate_ky_hieu(ky_hieu, loai=loai) == ky_hieu


@pytest.mark.parametrize("line", ["Số: 5/KH-UBND", "Số: 05/ KH-UBND", "So 05"])
def test_bad_number_lines_are_r17(line):
    with pytest.raises(RuleViolation) as exc:
        symbols.parse_dong_so(line)
    assert exc.value.rule == "R17"


def test_zero_is_not_a_number():
    with pytest.raises(RuleViolation):
        symbols.format_so(0, "KH-UBND")
