from datetime import date

import pytest

from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import dates


@pytest.mark.parametrize(
    ("day", "month", "year", "expected"),
    [
        (5, 3, 2026, "ngày 05 tháng 3 năm 2026"),
        (23, 2, 2022, "ngày 23 tháng 02 năm 2022"),
        (1, 1, 2020, "ngày 01 tháng 01 năm 2020"),
        (29, 6, 2019, "ngày 29 tháng 6 năm 2019"),
        (10, 12, 2024, "ngày 10 tháng 12 năm 2024"),
        (9, 9, 2025, "ngày 09 tháng 9 năm 2025"),
    ],
)
def test_nd30_pads_days_below_ten_and_only_january_and_february(day, month, year, expected):
    assert dates.format_ngay(day, month, year) == expected


def test_a_draft_leaves_day_and_month_blank_but_writes_the_year():
    text = dates.format_ngay(None, None, 2022)
    assert text.startswith("ngày ") and text.endswith(" năm 2022")
    assert not any(ch.isdigit() for ch in text[:-4])
    assert dates.format_ngay(None, 2, 2024).endswith("tháng 02 năm 2024")


@pytest.mark.parametrize(("day", "month", "year"), [(31, 2, 2022), (29, 2, 2023), (31, 4, 2026), (0, 5, 2026), (1, 13, 2026)])
def test_impossible_dates_are_refused(day, month, year):
    with pytest.raises(RuleViolation) as exc:
        dates.validate_ngay(day, month, year)
    assert exc.value.rule == "R22"


def test_29_february_of_a_leap_year_is_a_real_date():
    assert dates.format_ngay(29, 2, 2024) == "ngày 29 tháng 02 năm 2024"


def test_a_day_without_a_month_is_refused():
    with pytest.raises(RuleViolation):
        dates.validate_ngay(5, None, 2026)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(date(2021, 10, 23), "23/10/2021"), (date(2021, 3, 5), "05/3/2021"), (date(2024, 2, 2), "02/02/2024"),
     (date(2018, 1, 20), "20/01/2018")],
)
def test_short_citation_dates_follow_the_same_padding(value, expected):
    assert dates.format_ngay_ngan(value) == expected


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Hà Nội, ngày 05 tháng 03 năm 2026", "R20"),
        ("Hà Nội, ngày 05 tháng 2 năm 2026", "R20"),
        ("Hà Nội, ngày 5 tháng 3 năm 2026", "R20"),
        ("Hà Nội, 05/3/2026", "R20"),
        ("Hà Nội, ngày 30 tháng 02 năm 2026", "R22"),
        ("hà Nội, ngày 05 tháng 3 năm 2026", "R22"),
    ],
)
def test_date_lines_that_break_the_rule_are_named(line, rule):
    with pytest.raises(RuleViolation) as exc:
        dates.parse_dong_ngay(line)
    assert exc.value.rule == rule


def test_a_written_date_line_reads_back():
    line = dates.format_dia_danh_ngay("Thành phố Hồ Chí Minh", 29, 6, 2019)
    assert line == "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"
    assert dates.parse_dong_ngay(line) == ("Thành phố Hồ Chí Minh", 29, 6, 2019)
    assert dates.parse_dong_ngay(dates.format_dia_danh_ngay("Lộc Bình", None, 2, 2024)) == ("Lộc Bình", None, 2, 2024)


@pytest.mark.parametrize(("line", "fixed"), [
    ("Hà Nội, ngày 05 tháng 03 năm 2026", "Hà Nội, ngày 05 tháng 3 năm 2026"),
    ("Đông Sơn, ngày 5 tháng 2 năm 2026", "Đông Sơn, ngày 05 tháng 02 năm 2026"),
])
def test_a_badly_padded_date_line_comes_with_its_corrected_form(line, fixed):
    with pytest.raises(RuleViolation) as exc:
        dates.parse_dong_ngay(line)
    assert exc.value.rule == "R20" and exc.value.hint == f"Viết '{fixed}'."


@pytest.mark.parametrize("text, found", [
    ("báo cáo về Sở Nội vụ trước ngày **30/11/2026**", [date(2026, 11, 30)]),
    ("trước ngày 15 tháng 12 hằng năm; trước ngày 5/6", [date(2026, 12, 15), date(2026, 6, 5)]),
    ("trước ngày 30/02/2026", []),  # not a day
    ("ngày 30/11/2026", []),  # a date, not a deadline
])
def test_deadlines_in_running_text(text: str, found: list[date]):
    from bdg_docs.nd30.dates import han_trong_cau

    assert han_trong_cau(text.replace("*", ""), 2026) == found
