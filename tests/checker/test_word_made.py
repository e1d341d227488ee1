"""A document typed by hand in Word (built with python-docx, see word_made.py) passes the checker
without false alarms, whichever way its rule lines are drawn; its usual slips are found."""
from __future__ import annotations

import pytest

from bdg_docs.checker import check
from tests.checker.mutate import Edit, mutate
from tests.checker.word_made import build

DOC = "word/document.xml"
TECHNIQUES = ("border", "shape", "anchored", "underscore")


@pytest.mark.parametrize("technique", TECHNIQUES)
@pytest.mark.parametrize(("cong_van", "kind", "type_name"), [(False, "co_ten_loai", "KẾ HOẠCH"), (True, "cong_van", None)],
                         ids=["ke_hoach", "cong_van"])
def test_a_conformant_hand_made_document_passes(technique, cong_van, kind, type_name):
    report = check(build(technique, cong_van=cong_van))
    assert (report.kind, report.type_name) == (kind, type_name)
    assert report.findings == [], "\n".join(map(str, report.findings))


def _shape(width_twips: int) -> str:
    return f'cx="{width_twips * 635}"'


@pytest.mark.parametrize(("technique", "rule", "old", "new"), [
    # Drawn lines are measured against the text above them.
    ("shape", "R13", _shape(3430), _shape(1700)),  # half the Tiêu ngữ
    ("anchored", "R16", _shape(500), _shape(1100)),  # wider than the issuer's name
    ("shape", "R25", _shape(2600), _shape(7000)),  # under the trích yếu, nearly full width
    ("underscore", "R16", ">_____<", ">__________<"),
], ids=["R13-shape", "R16-anchored", "R25-shape", "R16-underscore"])
def test_drawn_rule_lines_are_measured(technique, rule, old, new):
    data = build(technique)
    edits = [Edit(DOC, old, new, 1)] + ([Edit(DOC, old, new, 1)] if old.startswith("cx=") else [])
    report = check(mutate(data, *edits))  # a shape states its width twice (extent and xfrm)
    assert report.rules() == {rule}, "\n".join(map(str, report.findings))


@pytest.mark.parametrize(("rule", "old", "new"), [
    ("R12", "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"),
    ("R17", "Số: 15/KH-SNV", "Số: 15/KH - SNV"),
    ("R20", "ngày 05 tháng 3 năm 2026", "ngày 05 tháng 03 năm 2026"),
    ("R20", "ngày 05 tháng 3 năm 2026", "ngày 5 tháng 3 năm 2026"),
    ("R22", "ngày 05 tháng 3 năm 2026", "ngày 31 tháng 4 năm 2026"),
    ("R35", ">KT. GIÁM ĐỐC<", ">K/T GIÁM ĐỐC<"),
    ("R31", "giai đoạn 2021 - 2030.<", "giai đoạn 2021 - 2030;<"),
    ("R33", ">đ) Bảo đảm", ">e) Bảo đảm"),
    ("R40", ">- Lưu: VT, VP.<", ">- Lưu VP.<"),
])
def test_the_usual_slips_of_a_hand_made_plan_are_found(rule, old, new):
    report = check(mutate(build("border"), Edit(DOC, old, new)))
    assert report.rules() == {rule}, "\n".join(map(str, report.findings))
