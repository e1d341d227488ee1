"""The data file nhap writes reads back, with the project's own loader, as exactly the data:
every text quoted where YAML would read it otherwise (``: ``, `` #``, a leading ``- ``, quotes,
``[@``, ``**``, numbers, dates, ``true``, line breaks, characters YAML does not print), and
without a slip the loader warns of (:mod:`bdg_docs.slips`)."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bdg_docs.importing.yaml_text import Commented, dump, plain_ok, scalar
from bdg_docs import slips
from bdg_docs.loading import read_yaml
from tests.strategies import QUICK
from tests.strategies.shared import ANY_CHAR

AWKWARD = ["a #b", "# x", "a: b", "a:", "- a", "-a", "? a", "[@qd_1790]", "**đậm**", "*x*", "'x'", '"x"', "x'y",
           "12", "1.234", "12,5", "2024-01-02", "true", "yes", "no", "null", "~", "on", "…", "@x", "`x`", "%x", "&x",
           "!x", "|x", ">x", "{a}", "[a]", "a, b", " lead", "trail ", "a\nb", "a\tb", "\u0085x", "\u2028x", "\ufeffx",
           "x\x7f", "Thực hiện [@kh_16_2024]. Ủy ban: như sau:", "\\*", "\\", "a\\nb", "BĐG: x", "- Như trên;", "0x1F",
           "1e5", ".5", "+1", "0o17", "12:30", "<<", "=", "Số: 05/KH-UBND"]


def _reads_back(data: dict) -> None:
    """``data`` written and read back: the same data, and nothing the slip checks report."""
    text = dump(data)
    located, found = slips.read(text)
    assert located.data == data
    assert found == slips.Slips()


@pytest.mark.parametrize("text", AWKWARD)
def test_an_awkward_text_reads_back_as_itself(text: str):
    _reads_back({"loai": "x", "mo_dau": [text], "kv": {"k": text},
                 "nested": [{"noi_dung": text, "cong": [text]}, text, {"gach": [text]}, text]})


@QUICK
@given(st.lists(st.text(ANY_CHAR, min_size=1, max_size=40), min_size=1, max_size=6))
def test_any_text_reads_back_as_itself(texts: list[str]):
    _reads_back({"mo_dau": texts, "nhom": [{"ten": t, "noi_dung": [{"gach": [t]}, t]} for t in texts]})


@QUICK
@given(st.dictionaries(st.text(ANY_CHAR, min_size=1, max_size=12), st.text(ANY_CHAR, max_size=12), max_size=4))
def test_any_key_reads_back_as_itself(mapping: dict[str, str]):
    _reads_back({"viet_tat": mapping} if mapping else {"viet_tat": {"BĐG": "Bình đẳng giới"}})


def test_plain_words_stay_plain_and_values_keep_their_kind():
    assert plain_ok("Ủy ban nhân dân huyện Triệu Sơn") and scalar("Sở Nội vụ (để b/c)") == "Sở Nội vụ (để b/c)"
    assert scalar("12") == "'12'" and scalar(12) == "12" and scalar(None) == "" and scalar(True) == "true"
    assert scalar(date(2024, 2, 2)) == "2024-02-02" and scalar("a\nb") == '"a\\nb"'
    text = dump({"so": None, "ngay": {"thang": 2, "nam": 2024}, "van_ban": {"qd_1": {"ngay": date(2023, 12, 20)}}})
    assert "so:\n" in text and "ngay: {thang: 2, nam: 2024}" in text and "ngay: 2023-12-20" in text
    assert read_yaml(text).data["van_ban"]["qd_1"]["ngay"] == date(2023, 12, 20)


def test_comments_go_above_what_they_are_about_and_after_short_values():
    text = dump({"so": Commented(None, after="để trống: dự thảo"),
                 "mo_dau": [Commented("Một đoạn.", above=["cần xem lại: đoạn không nhận ra"])]}, ["Tệp nhập từ x.docx"])
    assert text.splitlines() == ["# Tệp nhập từ x.docx", "so:                             # để trống: dự thảo", "mo_dau:",
                                 "# cần xem lại: đoạn không nhận ra", "- Một đoạn."]
