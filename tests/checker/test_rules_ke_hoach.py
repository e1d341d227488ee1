"""Decree 30 rules on a rendered Kế hoạch: the fixture passes, and breaking it in one place
makes the checker name exactly the rule that was broken."""
from __future__ import annotations

import unicodedata

import pytest

from bdg_docs.checker import check
from bdg_docs.reader.docx import read
from tests.checker.mutate import Edit, assert_only_rule, in_document, in_style_of, mutate, mutation_ids
from tests.conftest import all_fixtures, rendered

DOC = "word/document.xml"
KE = '<w:p><w:pPr><w:pStyle w:val="BDGKe"/>'
BODY_P = '<w:p><w:pPr><w:pStyle w:val="BDGThan"/></w:pPr><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>'
FIRST_MUC = '<w:p><w:pPr><w:pStyle w:val="BDGMuc"/>'
MO_DAU = '<w:p><w:pPr><w:pStyle w:val="BDGMoDau"/>'

# The rules issue 2 asks to assert on a Kế hoạch.
KE_HOACH_RULES = {f"R{n}" for n in [*range(1, 9), *range(10, 18), *range(20, 26), *range(28, 41)]}


@pytest.mark.parametrize("path", all_fixtures(), ids=lambda p: p.stem)
def test_every_fixture_passes_the_checker(path):
    report = check(rendered(path))
    assert report.findings == [], "\n".join(map(str, report.findings))


def test_the_trieu_son_plan_is_recognised_as_a_ke_hoach(trieu_son_docx):
    report = check(trieu_son_docx)
    assert (report.kind, report.type_name) == ("co_ten_loai", "KẾ HOẠCH")


def _mutations():
    """(rule, how to break it). Each breaks one rule and nothing else."""
    d, s = in_document, in_style_of
    return [
        ("R1", d('<w:pgSz w:w="11906"', '<w:pgSz w:w="12240"')),
        ("R2", d('<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w:w="11906" w:h="16838" w:orient="landscape"/>')),
        ("R3", d('w:top="1134"', 'w:top="850"')),
        ("R4", d('w:bottom="1134"', 'w:bottom="1701"')),
        ("R5", d('w:left="1701"', 'w:left="1418"')),
        ("R6", d('w:right="1134"', 'w:right="1418"')),
        ("R7", lambda data: mutate(data, Edit("word/styles.xml", 'w:ascii="Times New Roman" w:hAnsi="Times New Roman"',
                                              'w:ascii="Arial" w:hAnsi="Arial"'))),
        ("R8", d('<w:r><w:t xml:space="preserve">Thực hiện </w:t>',
                 '<w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve">Thực hiện </w:t>')),
        ("R10", lambda data: mutate(data, Edit(DOC, "<w:titlePg/>", ""))),
        ("R10", lambda data: mutate(data, Edit("word/header1.xml", " PAGE ", " DATE "))),
        ("R11", s("BDGQuocHieu", '<w:sz w:val="24"/>', '<w:sz w:val="28"/>')),
        ("R12", d("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc")),
        ("R13", d(KE + '<w:ind w:left="994" w:right="994"/>', KE + '<w:ind w:left="1900" w:right="1900"/>')),
        ("R14", s("BDGCoQuan", '<w:sz w:val="24"/>', '<w:sz w:val="28"/>')),
        ("R15", d('<w:p><w:pPr><w:pStyle w:val="BDGCoQuan"/>',
                  '<w:p><w:pPr><w:pStyle w:val="BDGChuQuan"/></w:pPr><w:r><w:rPr><w:i/></w:rPr>'
                  '<w:t>UBND TỈNH THANH HÓA</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="BDGCoQuan"/>')),
        ("R16", d(KE + '<w:ind w:left="1283" w:right="1283"/>', KE + '<w:ind w:left="100" w:right="100"/>')),
        ("R17", s("BDGSo", "<w:rPr>", "<w:rPr><w:b/>")),
        ("R17", d("Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND", "Số: 5/KH-UBND")),
        ("R18", d("/KH-UBND", "/UBND-KH")),
        ("R19", d("/KH-UBND", "/KH-UBND-2022")),
        ("R20", d("ngày \u00a0\u00a0\u00a0\u00a0\u00a0 tháng \u00a0\u00a0\u00a0\u00a0\u00a0 năm 2022", "ngày 05 tháng 03 năm 2022")),
        ("R21", s("BDGNgay", "<w:i/><w:iCs/>", "")),
        ("R22", d("ngày \u00a0\u00a0\u00a0\u00a0\u00a0 tháng \u00a0\u00a0\u00a0\u00a0\u00a0 năm 2022", "ngày 30 tháng 02 năm 2022")),
        ("R23", s("BDGTenLoai", "<w:b/><w:bCs/>", "")),
        ("R24", s("BDGTrichYeu", "<w:b/><w:bCs/>", "<w:b/><w:bCs/><w:i/>")),
        ("R25", d(KE + '<w:ind w:left="3321" w:right="3321"/></w:pPr></w:p>', "")),
        ("R28", s("BDGThan", '<w:jc w:val="both"/>', '<w:jc w:val="left"/>')),
        ("R29", s("BDGThan", 'w:before="120"', 'w:before="0"')),
        ("R30", s("BDGThan", 'w:line="240"', 'w:line="480"')),
        ("R31", d(MO_DAU, BODY_P.format("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;") + MO_DAU)),
        ("R32", d(FIRST_MUC, '<w:p><w:pPr><w:pStyle w:val="BDGThan"/>')),
        ("R33", d(FIRST_MUC, BODY_P.format("a) Một.") + BODY_P.format("c) Hai.") + FIRST_MUC, 2)),
        ("R34", s("BDGChucVu", "<w:b/><w:bCs/>", "")),
        ("R35", d(">KT. CHỦ TỊCH<", ">K/T CHỦ TỊCH<")),
        ("R36", d('<w:p><w:pPr><w:pStyle w:val="BDGChucVu"/></w:pPr><w:r><w:t xml:space="preserve">PHÓ CHỦ TỊCH</w:t></w:r></w:p>', "")),
        ("R37", d(">Lê Quang Trung<", ">TS. Lê Quang Trung<")),
        ("R38", s("BDGNoiNhanTieuDe", "<w:i/><w:iCs/>", "")),
        ("R39", d("- UBND các xã, thị trấn;", "- UBND các xã, thị trấn")),
        ("R40", d("- Lưu: VT, LĐTBXH.", "- Lưu VT, LĐTBXH.")),
        ("R42", d("- UBND các xã, thị trấn;", "- Như trên;")),
        ("R48", d("triển khai thực hiện./.", "triển khai thực hiện.")),
        ("R49", d('<w:top w:val="nil"/>', '<w:top w:val="single" w:sz="4"/>')),
        ("R9", d(">Mục đích<", unicodedata.normalize("NFD", ">Mục đích<"))),
        ("R50", d("/KH-UBND", "/QD-UBND")),
        # Typed as an officer would, not as the template writes it.
        ("R11", d(">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<", ">Cộng hòa xã hội chủ nghĩa Việt Nam<")),
        ("R17", s("BDGSo", '<w:jc w:val="center"/>', '<w:jc w:val="left"/>')),
        ("R23", d(">KẾ HOẠCH<", ">Kế hoạch<")),
        ("R32", d(">Mục đích</w:t>", ">Mục đích.</w:t>")),  # a bold khoản that is a sentence
        ("R43", d("- Lưu: VT, LĐTBXH.", "- Lưu: VT, LĐTBXH, pl.300b.")),
        ("R10", lambda data: mutate(data, Edit("word/header1.xml", " PAGE ", " NUMPAGES "))),
    ]


MUTATIONS = _mutations()


@pytest.mark.parametrize(("rule", "breaks"), MUTATIONS, ids=mutation_ids(MUTATIONS))
def test_breaking_one_rule_is_reported_as_exactly_that_rule(trieu_son_docx, rule, breaks):
    assert_only_rule(breaks(trieu_son_docx), rule)


def test_every_ke_hoach_rule_of_the_issue_is_exercised():
    assert KE_HOACH_RULES <= {rule for rule, _ in MUTATIONS}


def test_the_rendered_plan_has_the_layout_decree_30_asks(trieu_son_docx):
    """A few rules read straight from the file, independently of the checker."""
    view = read(trieu_son_docx)
    section = view.sections[0]
    assert (section.page_width, section.page_height) == (11906, 16838)
    assert 1134 <= section.margins["top"] <= 1417 and 1701 <= section.margins["left"] <= 1984
    assert section.title_page and not any(p.text.strip() for p in section.headers["first"])
    header = view.tables[0]
    right = [p.text for p in header.rows[0][1].paragraphs if p.text]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert all(r.fonts[:2] == ("Times New Roman", "Times New Roman") for p in view.all_paragraphs() for r in p.visible_runs)
    body = [p for p in view.paragraphs if p.style_id == "BDGThan"]
    assert all(p.alignment == "both" and p.first_line == 567 and p.space_before >= 120 for p in body)
