"""Rules of the laid-out page (bdg_docs/page_check.py): refused before anything is written,
naming the field and line the paragraph was written from."""
from __future__ import annotations

import zipfile
from xml.etree import ElementTree as ET

import pytest

import bdg_docs
from bdg_docs.layout import Style
from bdg_docs.templates import __file__ as TEMPLATES
from tests.minimal import MINIMAL, replace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _template_styles() -> dict[str, tuple[bool, bool]]:
    """(bold, italic) of every paragraph style of the template, following ``basedOn``."""
    with zipfile.ZipFile(TEMPLATES.replace("__init__.py", "van_ban.docx")) as z:
        root = ET.fromstring(z.read("word/styles.xml"))
    own, based = {}, {}
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId")
        rpr = style.find(f"{W}rPr")
        own[sid] = tuple(rpr is not None and rpr.find(f"{W}{tag}") is not None for tag in ("b", "i"))
        parent = style.find(f"{W}basedOn")
        based[sid] = parent.get(f"{W}val") if parent is not None else None

    def effective(sid: str | None) -> tuple[bool, bool]:
        if sid is None or sid not in own:
            return False, False
        up = effective(based[sid])
        return own[sid][0] or up[0], own[sid][1] or up[1]

    return {sid: effective(sid) for sid in own}


def test_the_styles_the_page_rules_read_are_the_templates():
    styles = _template_styles()
    used = [Style.THAN, Style.MO_DAU, Style.CAN_CU, Style.MUC, Style.KHOAN_TIEU_DE, Style.NOI_NHAN, Style.NOI_NHAN_NHOM]
    for sid in used:
        assert styles[sid] == (sid in Style.BOLD, sid in Style.ITALIC), sid


def problems(text: str) -> tuple:
    with pytest.raises(bdg_docs.InputError) as info:
        bdg_docs.render(bdg_docs.loads(text, filename="kh.yaml"))
    return info.value.problems


@pytest.mark.parametrize(("old", "new", "field", "line", "words"), [
    ("- Ủy ban nhân dân xã ban hành Kế hoạch như sau:", "- Căn cứ tình hình thực tế, Ủy ban nhân dân xã ban hành Kế hoạch:",
     "mo_dau[1]", 10, "'can_cu'"),
    ("muc_dich: [Nâng cao nhận thức.]", "muc_dich: ['*Nâng cao nhận thức.*']", "muc_dich[1]", 11, "chữ đứng"),
    ("ten: [Ủy ban nhân dân, xã Đông Sơn]", "ten: [Mật, xã Đông Sơn]", "co_quan.ten[1]", 3, "dấu mức độ mật"),
    ("muc_dich: [Nâng cao nhận thức.]", "muc_dich: [Mục 2 của Kế hoạch số 87/KH-UBND.]", "muc_dich[1]", 11, "in đậm"),
    ("muc_dich: [Nâng cao nhận thức.]", "muc_dich: ['**1. Nâng cao nhận thức.**']", "muc_dich[1]", 11, "bỏ số"),
    ("muc_dich: [Nâng cao nhận thức.]", "muc_dich: [I. Nâng cao nhận thức.]", "muc_dich[1]", 11, "in hoa, đậm"),
    ("mo_dau:", "can_cu: [Xét tình hình thực tế]\nmo_dau:", "can_cu[1]", 9, "'Thực hiện ...'"),
])
def test_a_paragraph_that_would_break_a_rule_names_its_field_and_line(old, new, field, line, words):
    found = problems(replace(old, new))
    assert any(p.field == field and p.line == line and words in p.message + (p.hint or "") for p in found), found


@pytest.mark.parametrize(("old", "new"), [
    ("mo_dau:", "can_cu: ['Theo đề nghị của Phòng Văn hóa - Xã hội', 'Căn cứ tình hình thực tế']\nmo_dau:"),
    ("muc_dich: [Nâng cao nhận thức.]", "muc_dich: ['- *Một số nhiệm vụ cụ thể:*']"),  # a lead-in may be italic
    ("muc_dich: [Nâng cao nhận thức.]", "muc_dich: [1. Nâng cao nhận thức.]"),  # numbered by hand, not bold
    ("muc_dich: [Nâng cao nhận thức.]", "muc_dich: [MẬT]"),  # a mark is looked for in the header only
    ("muc_dich: [Nâng cao nhận thức.]", "muc_dich: ['- *Nâng cao nhận thức.*']"),  # a bullet may be in italics
    ("- Ủy ban nhân dân xã ban hành Kế hoạch như sau:", "- Thực hiện Kế hoạch của tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch:"),
])
def test_what_reads_right_renders_and_passes_the_checker(old, new):
    document = bdg_docs.loads(replace(old, new))
    assert document.page_problems() == ()
    assert bdg_docs.check(bdg_docs.render(document)).ok


def test_the_minimal_plan_has_no_page_problem():
    assert bdg_docs.loads(MINIMAL).page_problems() == ()
