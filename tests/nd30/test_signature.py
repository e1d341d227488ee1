import pytest

from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import signature


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["KT. Chủ tịch", "Phó Chủ tịch"], ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
        (["TM. Ủy ban nhân dân", "Chủ tịch"], ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
        (["TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"], ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
        (["TL. Chủ tịch", "Chánh Văn phòng"], ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")),
        (["TUQ. Giám đốc", "Trưởng phòng"], ("TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG")),
        (["Q. Giám đốc"], ("Q. GIÁM ĐỐC",)),
        (["Chủ tịch"], ("CHỦ TỊCH",)),
    ],
)
def test_valid_stacks_are_upper_cased(lines, expected):
    assert signature.validate_chuc_danh(lines) == expected


@pytest.mark.parametrize(
    ("lines", "rule"),
    [
        (["T/M Ủy ban nhân dân", "Chủ tịch"], "R35"),
        (["K/T Chủ tịch", "Phó Chủ tịch"], "R35"),
        (["KT: Chủ tịch", "Phó Chủ tịch"], "R35"),
        (["KT. Chủ tịch"], "R36"),
        (["TL. Chủ tịch"], "R36"),
        (["TM. Ủy ban nhân dân"], "R36"),
        (["KT. Chủ tịch", "KT. Phó Chủ tịch", "x"], "R36"),
        ([], "R34"),
    ],
)
def test_invalid_stacks_are_refused(lines, rule):
    with pytest.raises(RuleViolation) as exc:
        signature.validate_chuc_danh(lines)
    assert exc.value.rule == rule


@pytest.mark.parametrize("name", ["TS. Nguyễn Văn A", "ThS. Trần Thị B", "NGUYỄN VĂN A"])
def test_names_with_titles_or_all_capitals_are_refused(name):
    with pytest.raises(RuleViolation) as exc:
        signature.validate_ho_ten(name)
    assert exc.value.rule == "R37"
