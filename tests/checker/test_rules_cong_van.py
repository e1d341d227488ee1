"""Decree 30 rules on a rendered Công văn: the fixture passes, and breaking it in one place
makes the checker name exactly the rule that was broken (the Công văn paths of R18, R26, R27
and R41 included)."""
from __future__ import annotations

import pytest

from bdg_docs.checker import check
from tests.checker.mutate import assert_only_rule, in_document, in_style_of, mutation_ids

NBSP6 = "\u00a0" * 6
SO = f"Số:{NBSP6}/UBND-LĐTBXH"
NGAY_TRONG = "ngày \u00a0\u00a0\u00a0\u00a0\u00a0 tháng \u00a0\u00a0\u00a0\u00a0\u00a0 năm 2022"
VV_P = ('<w:p><w:pPr><w:pStyle w:val="BDGVv"/></w:pPr><w:r><w:t xml:space="preserve">V/v hướng dẫn triển khai thực hiện '
        'công tác bình đẳng giới năm\u00a02022 trên địa bàn huyện Triệu Sơn</w:t></w:r></w:p>')
KINH_GUI_P = '<w:p><w:pPr><w:pStyle w:val="BDGKinhGui"/></w:pPr><w:r><w:t xml:space="preserve">Kính gửi:</w:t></w:r></w:p>'
MUC = '<w:p><w:pPr><w:pStyle w:val="BDGKinhGuiMuc"/></w:pPr>'
MUC_1 = MUC + '<w:r><w:t xml:space="preserve">- Các phòng, ban, ngành đoàn thể cấp huyện;</w:t></w:r></w:p>'
MUC_2 = MUC + '<w:r><w:t xml:space="preserve">- Chủ tịch UBND các xã, thị trấn.</w:t></w:r></w:p>'
NHU_TREN_P = '<w:p><w:pPr><w:pStyle w:val="BDGNoiNhan"/></w:pPr><w:r><w:t xml:space="preserve">- Như trên;</w:t></w:r></w:p>'
PHO_CHU_TICH_P = ('<w:p><w:pPr><w:pStyle w:val="BDGChucVu"/></w:pPr><w:r><w:t xml:space="preserve">PHÓ CHỦ TỊCH'
                  '</w:t></w:r></w:p>')

# The rules issue 3 asks to assert on a Công văn.
CONG_VAN_RULES = {f"R{n}" for n in [*range(17, 23), 26, 27, *range(34, 42)]}


def test_the_letter_passes_and_is_recognised_as_a_cong_van(cong_van_docx):
    report = check(cong_van_docx)
    assert report.findings == [], "\n".join(map(str, report.findings))
    assert (report.kind, report.type_name) == ("cong_van", None)


def _mutations():
    """(rule, how to break it). Each breaks one rule and nothing else."""
    d, s = in_document, in_style_of
    return [
        ("R17", s("BDGSo", "<w:rPr>", "<w:rPr><w:b/>")),
        ("R17", d(SO, "Số: 5/UBND-LĐTBXH")),
        ("R17", d(SO, "Số: 05/UBND - LĐTBXH")),
        ("R18", d(SO, f"Số:{NBSP6}/KH-UBND")),
        ("R18", d(SO, f"Số:{NBSP6}/CV-UBND")),
        ("R19", d(SO, f"Số:{NBSP6}/UBND-LĐTBXH-2022")),
        ("R20", d(NGAY_TRONG, "ngày 05 tháng 03 năm 2022")),
        ("R21", s("BDGNgay", "<w:i/><w:iCs/>", "")),
        ("R22", d(NGAY_TRONG, "ngày 30 tháng 02 năm 2022")),
        ("R26", s("BDGVv", "<w:rPr>", "<w:rPr><w:b/>")),
        ("R26", s("BDGVv", '<w:sz w:val="24"/>', '<w:sz w:val="28"/>')),
        ("R26", s("BDGVv", 'w:before="120"', 'w:before="0"')),
        ("R26", d(VV_P, "")),
        ("R27", s("BDGKinhGui", '<w:sz w:val="28"/>', '<w:sz w:val="24"/>')),
        ("R27", s("BDGKinhGuiMuc", "<w:rPr>", "<w:rPr><w:b/>")),
        ("R27", d("- Chủ tịch UBND các xã, thị trấn.", "- Chủ tịch UBND các xã, thị trấn;")),
        ("R27", d("- Các phòng, ban, ngành đoàn thể cấp huyện;", "- Các phòng, ban, ngành đoàn thể cấp huyện,")),
        ("R27", d(MUC_2, MUC_2.replace("</w:pPr>", '<w:ind w:left="3600"/></w:pPr>'))),
        ("R27", d(MUC, MUC.replace("</w:pPr>", '<w:ind w:left="1985"/></w:pPr>'))),
        ("R27", d(">Kính gửi:<", ">Kính gửi: các đơn vị<")),
        ("R27", d(KINH_GUI_P + MUC_1 + MUC_2, "")),
        ("R34", s("BDGChucVu", "<w:b/><w:bCs/>", "")),
        ("R35", d(">KT. CHỦ TỊCH<", ">K/T CHỦ TỊCH<")),
        ("R36", d(PHO_CHU_TICH_P, "")),
        ("R37", d(">Lê Quang Trung<", ">ThS. Lê Quang Trung<")),
        ("R37", s("BDGHoTen", "<w:b/><w:bCs/>", "")),
        ("R38", s("BDGNoiNhanTieuDe", "<w:i/><w:iCs/>", "")),
        ("R39", d("- Sở Lao động-TBXH (để báo cáo);", "- Sở Lao động-TBXH (để báo cáo)")),
        ("R39", s("BDGNoiNhan", '<w:sz w:val="22"/>', '<w:sz w:val="28"/>')),
        ("R40", d("- Lưu: VT, LĐTBXH.", "- Lưu VT, LĐTBXH.")),
        ("R41", d(NHU_TREN_P, "")),
        ("R41", d(">- Như trên;<", ">- Như trên nêu;<")),
    ]


MUTATIONS = _mutations()


@pytest.mark.parametrize(("rule", "breaks"), MUTATIONS, ids=mutation_ids(MUTATIONS))
def test_breaking_one_rule_is_reported_as_exactly_that_rule(cong_van_docx, rule, breaks):
    assert_only_rule(breaks(cong_van_docx), rule)


def test_every_cong_van_rule_of_the_issue_is_exercised():
    assert CONG_VAN_RULES <= {rule for rule, _ in MUTATIONS}
