"""The V/v of a Công văn (R26) and its Kính gửi (R27), and the template built to the same sizes."""
import pytest

from bdg_docs.errors import RuleViolation
from bdg_docs.nd30 import kinh_gui, page, vv
from bdg_docs.rendering import engine


def test_the_template_has_the_column_and_size_the_vv_is_measured_with():
    geometry = engine.geometry(engine.template_path())
    assert geometry.header_left == page.HEADER_LEFT_TEXT
    assert geometry.vv.size == page.VV_SIZE and not geometry.vv.bold and not geometry.vv.italic
    low, high = page.SIZE["vv"]
    assert low <= page.VV_SIZE <= high


@pytest.mark.parametrize("words", [1, 8, 16, 24])
def test_a_vv_is_accepted_exactly_while_it_fits_four_lines(words):
    text = " ".join(["bình đẳng giới"] * words)
    fits = len(vv.lines(text)) <= page.VV_MAX_LINES
    if fits:
        assert vv.validate_vv(text) == text
    else:
        with pytest.raises(RuleViolation) as exc:
            vv.validate_vv(text)
        assert exc.value.rule == "R26" and f"{len(vv.lines(text))} dòng" in exc.value.message
    assert (words <= 8) == fits  # both sides of the limit are exercised


def test_lines_break_inside_the_left_column():
    taken = vv.lines("hướng dẫn triển khai thực hiện công tác bình đẳng giới năm 2022 trên địa bàn huyện Triệu Sơn")
    assert taken[0].startswith("V/v ") and len(taken) == 3
    assert " ".join(taken) == "V/v hướng dẫn triển khai thực hiện công tác bình đẳng giới năm\u00a02022 trên địa bàn huyện Triệu Sơn"


@pytest.mark.parametrize("text", ["", "   ", "V/v", "V/v  "])
def test_an_empty_vv_is_refused(text):
    with pytest.raises(RuleViolation) as exc:
        vv.validate_vv(text)
    assert exc.value.rule == "R26" and exc.value.hint


@pytest.mark.parametrize(("names", "lines"), [
    (["Bộ Nội vụ"], ["Bộ Nội vụ"]),
    (["A", "B"], ["- A;", "- B."]),
    (["A", "B", "C"], ["- A;", "- B;", "- C."]),
])
def test_kinh_gui_lines(names, lines):
    assert kinh_gui.format_kinh_gui(names) == lines


@pytest.mark.parametrize("name", ["- Sở Y tế", "Sở Y tế;", "Sở Y tế.", "Như trên", "- Như trên;", "  "])
def test_kinh_gui_names_carry_no_punctuation(name):
    with pytest.raises(RuleViolation) as exc:
        kinh_gui.validate_ten(name)
    assert exc.value.rule == "R27" and exc.value.hint


def test_an_empty_kinh_gui_is_refused():
    with pytest.raises(RuleViolation) as exc:
        kinh_gui.validate_danh_sach([])
    assert exc.value.rule == "R27"
