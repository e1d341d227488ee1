import pytest

from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import numbering, recipients


def test_diem_letters_follow_the_vietnamese_alphabet():
    letters = [numbering.diem_letter(i) for i in range(1, 24)]
    assert letters[:12] == ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m"]
    assert not set(letters) & {"f", "j", "w", "z"}
    with pytest.raises(RuleViolation):
        numbering.diem_letter(24)


@pytest.mark.parametrize("letters", [["a", "b", "d"], ["a", "b", "c", "d", "e"], ["a", "f"], ["b"]])
def test_broken_diem_sequences_are_r33(letters):
    with pytest.raises(RuleViolation) as exc:
        numbering.validate_diem_sequence(letters)
    assert exc.value.rule == "R33"


def test_roman_numerals():
    assert [numbering.roman(i) for i in (1, 4, 5, 9, 12, 40)] == ["I", "IV", "V", "IX", "XII", "XL"]


def test_noi_nhan_punctuation_is_added_by_the_library():
    lines = recipients.format_noi_nhan(["Sở Nội vụ (để b/c)", "UBND các xã"], "VHXH")
    assert lines == ["- Sở Nội vụ (để b/c);", "- UBND các xã;", "- Lưu: VT, VHXH."]
    assert all(recipients.ITEM().match(line) for line in lines[:-1])
    assert recipients.LUU().match(lines[-1])
    assert recipients.format_noi_nhan([], None) == ["- Lưu: VT."]


def test_a_cong_van_starts_with_nhu_tren():
    assert recipients.format_noi_nhan(["Sở Nội vụ"], "VX", nhu_tren=True)[0] == "- Như trên;"


@pytest.mark.parametrize(("name", "rule"), [("- Sở Nội vụ", "R39"), ("Sở Nội vụ;", "R39"), ("Như trên", "R41"), ("Lưu: VT, VX", "R40"), ("", "R39")])
def test_recipient_names_carry_no_punctuation(name, rule):
    with pytest.raises(RuleViolation) as exc:
        recipients.validate_ten(name)
    assert exc.value.rule == rule


@pytest.mark.parametrize("line", ["- Lưu: VT, LĐTBXH.", "- Lưu: VT, TCCB, PL.(300).", "- Lưu: VT, KH(02), NVA.",
                                  "- Lưu: VT, TCCB. PL.(300)."])
def test_luu_accepts_the_drafter_and_copies_in_capitals_then_number(line):
    assert recipients.validate_luu(line) == line


@pytest.mark.parametrize("line", ["- Lưu: VT, VP, pl.(300).", "- Lưu: VT, VP, PL 300 bản."])
def test_luu_refuses_copies_written_otherwise(line):
    with pytest.raises(RuleViolation) as exc:
        recipients.validate_luu(line)
    assert exc.value.rule == "R43" and "PL.(300)" in exc.value.hint
