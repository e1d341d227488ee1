"""The checker on the Mẫu 1.5 layout (Công văn): recognised from its content, checked with the
rules that fit it (no type line; V/v under Số; Kính gửi; Như trên), broken in one place at a time.

The letter here is the rendered plan's page turned into Mẫu 1.5 (the template holds both
layouts), so these tests depend on no document type but the plan.
"""
from __future__ import annotations

import dataclasses

import pytest

import bdg_docs
from bdg_docs.checker import check
from bdg_docs.layout import NoiNhanLine, Paragraph, Run, Style
from bdg_docs.nd30 import recipients
from bdg_docs.rendering import render_page
from tests.checker.mutate import Edit, in_style, mutate
from tests.conftest import TRIEU_SON

DOC = "word/document.xml"
NHU_TREN = f"- {recipients.NHU_TREN};"
KINH_GUI = ("- Các phòng, ban, ngành đoàn thể cấp huyện;", "- Chủ tịch UBND các xã, thị trấn.")


def cong_van(**changes) -> bytes:
    page = bdg_docs.lay_out(bdg_docs.load(TRIEU_SON))
    closing = Paragraph(Style.THAN, (Run("Đề nghị các cơ quan, đơn vị triển khai thực hiện./."),))
    lines = recipients.format_noi_nhan(["Sở Nội vụ (để báo cáo)"], "LĐTBXH", nhu_tren=True)
    fields = dict(
        loai_van_ban="Công văn", ten_loai=None, trich_yeu=None, can_cu=(),
        so="Số: 12/UBND-LĐTBXH",
        vv="V/v hướng dẫn triển khai công tác bình đẳng giới năm 2022",
        kinh_gui=KINH_GUI,
        than=(*page.than[1:6], closing),
        noi_nhan=tuple(NoiNhanLine(Style.NOI_NHAN, line) for line in lines),
    )
    fields.update(changes)
    return render_page(dataclasses.replace(page, **fields))


@pytest.fixture(scope="module")
def mau_1_5_docx() -> bytes:
    return cong_van()


def test_a_conformant_cong_van_is_recognised_and_passes(mau_1_5_docx):
    report = check(mau_1_5_docx)
    assert (report.kind, report.type_name) == ("cong_van", None)
    assert report.findings == [], "\n".join(map(str, report.findings))


def test_a_single_recipient_stays_on_the_kinh_gui_line():
    report = check(cong_van(kinh_gui=("Sở Nội vụ tỉnh Thanh Hóa",)))
    assert report.kind == "cong_van" and report.findings == [], "\n".join(map(str, report.findings))


def _mutations():
    d = lambda old, new, nth=1: lambda data: mutate(data, Edit(DOC, old, new, nth))  # noqa: E731
    s = lambda sid, old, new: lambda data: in_style(data, sid, old, new)  # noqa: E731
    kinh_gui_muc = '<w:p><w:pPr><w:pStyle w:val="BDGKinhGuiMuc"/>'
    return [
        ("R18", d("/UBND-LĐTBXH", "/CV-UBND")),  # "CV" is no abbreviation: a Công văn has none
        ("R18", d("/UBND-LĐTBXH", "/KH-UBND")),  # a type abbreviation on a Công văn
        ("R17", d("Số: 12/", "Số: 012/")),
        ("R19", d("/UBND-LĐTBXH", "/UBND-LĐTBXH-2022")),
        ("R26", s("BDGVv", "<w:sz w:val=\"24\"/>", "<w:sz w:val=\"24\"/><w:b/>")),  # V/v bold
        ("R26", s("BDGVv", "<w:sz w:val=\"24\"/>", "<w:sz w:val=\"28\"/>")),  # V/v 14 pt
        ("R26", s("BDGVv", 'w:before="120"', 'w:before="0"')),  # V/v right against the Số line
        ("R27", s("BDGKinhGui", "<w:sz w:val=\"28\"/>", "<w:sz w:val=\"28\"/><w:b/>")),
        ("R27", d("thị trấn.</w:t>", "thị trấn;</w:t>")),  # last recipient must end with '.'
        ("R27", d("cấp huyện;</w:t>", "cấp huyện</w:t>")),  # others end with ';'
        ("R27", d(kinh_gui_muc, kinh_gui_muc + '<w:ind w:left="4500"/>')),  # dashes not aligned
        ("R27", d(">Kính gửi:<", ">Kính gửi các cơ quan:<")),  # several recipients: colon alone
        ("R41", d(f"<w:t xml:space=\"preserve\">{NHU_TREN}</w:t>", "<w:t xml:space=\"preserve\">- Sở Tài chính;</w:t>")),
    ]


MUTATIONS = _mutations()


@pytest.mark.parametrize(("rule", "breaks"), MUTATIONS, ids=[f"{r}-{i}" for i, (r, _) in enumerate(MUTATIONS)])
def test_breaking_one_cong_van_rule_is_reported_as_exactly_that_rule(mau_1_5_docx, rule, breaks):
    report = check(breaks(mau_1_5_docx))
    assert report.kind == "cong_van"
    assert report.rules() == {rule}, "\n".join(map(str, report.findings))
    assert all(f.hint and f.message and f.location and f.excerpt for f in report.findings)


def test_kinh_gui_without_colon_for_one_recipient_is_r27():
    data = cong_van(kinh_gui=("Sở Nội vụ tỉnh Thanh Hóa",))
    report = check(mutate(data, Edit(DOC, ">Kính gửi: Sở", ">Kính gửi Sở")))
    assert report.rules() == {"R27"}, "\n".join(map(str, report.findings))


def test_a_cong_van_without_kinh_gui_is_still_a_cong_van_and_says_what_is_missing():
    report = check(cong_van(kinh_gui=()))
    assert report.kind == "cong_van"
    assert report.rules() == {"R27"}
    assert "Kính gửi" in report.findings[0].message


def test_rules_of_typed_documents_are_not_applied_to_a_cong_van(mau_1_5_docx):
    """Như trên is right here (R41), where a Kế hoạch would get R42; no KẾ HOẠCH line is asked."""
    report = check(mau_1_5_docx)
    assert not {"R23", "R24", "R25", "R42"} & report.rules()


def test_every_rule_the_checker_audits_has_a_broken_document():
    from bdg_docs.nd30.rules import RULES
    from tests.checker import test_marks, test_rules_ke_hoach

    exercised = ({rule for rule, _ in MUTATIONS} | {rule for rule, _ in test_rules_ke_hoach.MUTATIONS}
                 | {rule for rule, _ in test_marks.BROKEN})
    assert exercised == set(RULES) - {"R46"}  # the address footer is not checked
