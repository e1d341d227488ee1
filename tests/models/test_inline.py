import pytest

from bdg_docs.errors import RuleViolation
from bdg_docs.models.inline import CitationRef, FootnoteRef, Inline, Span


def test_bold_and_italic_runs():
    parts = Inline.parse("trước ngày **15 tháng 12** hằng năm (*qua Phòng Văn hóa - Xã hội*)").parts
    assert parts == (
        Span("trước ngày "), Span("15 tháng 12", bold=True), Span(" hằng năm ("),
        Span("qua Phòng Văn hóa - Xã hội", italic=True), Span(")"),
    )


def test_bold_italic_and_escapes():
    assert Inline.parse("***x***").parts == (Span("x", bold=True, italic=True),)
    assert Inline.parse(r"5 \* 3 \[^x]").parts == (Span("5 * 3 [^x]"),)


def test_footnote_and_citation_references():
    inline = Inline.parse("giai đoạn 2021-2030[^vb] theo **[@qd_1790]**")
    assert FootnoteRef("vb") in inline.parts
    assert CitationRef("qd_1790", bold=True) in inline.parts
    assert inline.refs() == (("footnote", "vb"), ("citation", "qd_1790"))


def test_brackets_that_are_not_references_stay_text():
    assert Inline.parse("[ghi chú] và [1]").parts == (Span("[ghi chú] và [1]"),)


@pytest.mark.parametrize("text", ["**không đóng", "*nghiêng", "***a"])
def test_unbalanced_markup_is_refused(text):
    with pytest.raises(RuleViolation):
        Inline.parse(text)


def test_source_is_kept_for_writing_back():
    text = "a **b** [^c]"
    assert str(Inline.parse(text)) == text


def test_abbreviation_and_value_references():
    from bdg_docs.models.inline import AbbreviationRef, VariableRef

    inline = Inline.parse("công tác [=BĐG] năm **[$nam]** và [=LĐ-TB&XH]")
    assert inline.refs() == (("abbreviation", "BĐG"), ("variable", "nam"), ("abbreviation", "LĐ-TB&XH"))
    assert VariableRef("nam", bold=True) in inline.parts and AbbreviationRef("BĐG") in inline.parts
    assert inline.plain == "công tác [=BĐG] năm [$nam] và [=LĐ-TB&XH]"
