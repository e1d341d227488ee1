"""Marks and appendices a hand-typed document may carry (R44, R45, R47): checked when present."""
from __future__ import annotations

import pytest

from bdg_docs.checker import check
from tests.checker.mutate import Edit, mutate

DOC = "word/document.xml"


def _p(text: str, *, size: int = 26, bold: bool = True, italic: bool = False, center: bool = True) -> str:
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + f'<w:sz w:val="{size}"/>'
    return f'<w:p>{ppr}<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _after_so(*paragraphs: str) -> Edit:
    """Paragraphs in the left header column, under the number line (where ô 10a/10b go)."""
    return Edit(DOC, "/KH-UBND</w:t></w:r></w:p>", "/KH-UBND</w:t></w:r></w:p>" + "".join(paragraphs))


def _above_header(*paragraphs: str) -> Edit:
    return Edit(DOC, "<w:tbl>", "".join(paragraphs) + "<w:tbl>")


def _appendix(*paragraphs: str) -> Edit:
    """A page after the signature table: the appendix."""
    return Edit(DOC, "<w:sectPr>", "".join(paragraphs) + "<w:sectPr>")


APPENDIX = (_p("Phụ lục I", size=28), _p("DANH MỤC HOẠT ĐỘNG TRUYỀN THÔNG", size=28),
            _p("(Kèm theo Kế hoạch số    /KH-UBND của UBND huyện Triệu Sơn)", size=28, bold=False, italic=True))


@pytest.mark.parametrize("edit", [
    _after_so(_p("KHẨN"), _p("MẬT")),
    _above_header(_p("LƯU HÀNH NỘI BỘ")),
    _appendix(*APPENDIX),
], ids=["R44", "R45", "R47"])
def test_marks_and_appendices_written_right_give_no_finding(trieu_son_docx, edit):
    report = check(mutate(trieu_son_docx, edit))
    assert report.findings == [], "\n".join(map(str, report.findings))


BROKEN = [
    ("R44", _after_so(_p("Khẩn"))),
    ("R44", _after_so(_p("TỐI MẬT", bold=False))),
    ("R45", _above_header(_p("LƯU HÀNH NỘI BỘ", size=22))),
    ("R47", _appendix(_p("Phụ lục I", size=28, bold=False), *APPENDIX[1:])),
    ("R47", _appendix(APPENDIX[0], _p("Danh mục hoạt động", size=28), APPENDIX[2])),
    ("R47", _appendix(*APPENDIX[:2], _p("(Kèm theo Kế hoạch số    /KH-UBND)", size=28, bold=False))),
]


@pytest.mark.parametrize(("rule", "edit"), BROKEN, ids=[f"{rule}-{i}" for i, (rule, _) in enumerate(BROKEN)])
def test_a_mark_or_appendix_written_wrong_is_named(trieu_son_docx, rule, edit):
    report = check(mutate(trieu_son_docx, edit))
    assert report.rules() == {rule}, "\n".join(map(str, report.findings))
