"""A report made from its plan: ``bdg-docs new bao-cao-bdg-vstbcpn --tu-ke-hoach PLAN.yaml``.

The report's starter (``documents/bao_cao_bdg_vstbcpn.yaml``, for the plan's locality profile when
the plan has one) stays the one source of the commented layout; this module replaces its fields
with what the plan says:

* ``nam`` is the plan's year, ``ngay`` the month of the plan's annual reporting deadline, and
  ``ke_hoach`` the plan (its key, year and deadline);
* the plan is cited in ``van_ban`` and in the opening paragraph (a draft plan, with no number or
  day yet, is marked ``du_thao: true``: the report warns until its number and date are written);
* section II has the plan's groups in order, the action month included, and under each group
  the plan's activities (paragraphs, bullets, điểm), each with an empty ``ket_qua:`` to fill in;
* the indicator table and the budget are left as comments: a starter does not invent figures.

Without a profile, the issuer, place, signer and symbol (``BC-`` and the plan's issuer) come
from the plan, and Nơi nhận is the issuer of the superior plan (the one the report goes to).
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from bdg_docs.documents.bao_cao_bdg_vstbcpn import BaoCaoBdgVstbcpn
from bdg_docs.institutions import LOAI_DON_VI
from bdg_docs.models.body import CongBlock, DiemBlock, GachBlock
from bdg_docs.models.inline import Inline, escape
from bdg_docs.starter_text import field_span
from bdg_docs.starters import kind_name, starter

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.compose import Composer
    from bdg_docs.documents.ke_hoach_bdg_vstbcpn import KeHoachBdgVstbcpn
    from bdg_docs.profiles import ProfileRegistry

KIND = kind_name(BaoCaoBdgVstbcpn.model_fields["loai"].default)
FILL_IN = "# ghi kết quả: đã làm gì, bao nhiêu, ở đâu"
FIGURES_LATER = "# bỏ \"# \" đầu các dòng dưới rồi ghi số liệu (xem bdg-docs indicators)"


def from_plan(plan: "KeHoachBdgVstbcpn", *, profiles: "ProfileRegistry | None" = None,
              source: str | None = None) -> str:
    """The report starter for the year of ``plan``, following its groups and activities
    (``source``: the plan's file, named in the starter's first comment)."""
    c = plan.composer()
    if plan.dia_phuong is not None:
        text = starter(KIND, nam=plan.nam, dia_phuong=plan.dia_phuong, profiles=profiles)
        fields = {}
    else:
        text = starter(KIND, nam=plan.nam, names=_names(plan, c))
        fields = _issuer(plan, c)
    key = _plan_key(plan)
    fields.update({
        "ngay": [f"ngay: {{thang: {plan.ngay_han_bao_cao[1].month}, nam: {plan.ngay_han_bao_cao[1].year}}}"
                 "   # dự thảo: chưa ghi ngày; hạn gửi báo cáo theo kế hoạch: "
                 f"{plan.ngay_han_bao_cao[1]:%d/%m/%Y}"],
        "van_ban": ["van_ban:", *_citation(plan, key, c)],
        "ke_hoach": ["ke_hoach:", f"  van_ban: {key}", f"  nam: {plan.nam}",
                     f"  han_bao_cao: {plan.ngay_han_bao_cao[1].isoformat()}",
                     *(["  du_thao: true                # kế hoạch còn là dự thảo: ghi số, ngày ban hành ở van_ban rồi xóa dòng này"]
                       if _is_draft(plan) else [])],
        "mo_dau": ["mo_dau:", "- " + _yaml(f"Thực hiện [@{key}]; {escape(_issuer_name(plan))} báo cáo kết quả thực hiện "
                                           "công tác [=BĐG] và [=VSTBCPN] năm [$nam] như sau:", markup=True)],
        "ket_qua_thuc_hien": ["ket_qua_thuc_hien:", *_groups(plan, c)],
    })
    lines = text.splitlines()
    for name, block in fields.items():
        lines = _replace(lines, name, block)
    for name in ("bang_chi_tieu", "kinh_phi"):
        lines = _comment_out(lines, name)
    origin = f"tệp kế hoạch {source}" if source else "kế hoạch năm"
    lines.insert(1, f"# Tạo từ {origin}: các nhóm, hoạt động, năm và hạn báo cáo lấy từ kế hoạch.")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------- the plan
def _text(c: "Composer", inline: Inline | str) -> str:
    """What a piece of the plan reads as (citations, abbreviations and [$...] values resolved)."""
    return "".join(run.text for run in c.runs(inline))


def _plan_key(plan: "KeHoachBdgVstbcpn") -> str:
    return f"kh_{plan.so}_{plan.nam}" if plan.so else f"ke_hoach_{plan.nam}"


def _is_draft(plan: "KeHoachBdgVstbcpn") -> bool:
    return plan.so is None or plan.ngay.as_date() is None


def _issuer_name(plan: "KeHoachBdgVstbcpn") -> str:
    return " ".join(plan.co_quan.ten)


def _citation(plan: "KeHoachBdgVstbcpn", key: str, c: "Composer") -> list[str]:
    """The plan as a cited document; a draft's missing number is left visible (``…``)."""
    number = f"{plan.so:02d}" if plan.so else "…"
    trich_yeu = f"{plan.trich_yeu} năm {plan.nam}"
    return [f"  {key}:" + ("                   # kế hoạch được báo cáo" if not _is_draft(plan) else
                          "                   # kế hoạch được báo cáo: ghi số, ngày ban hành"),
            "    loai: Kế hoạch",
            f"    so_ky_hieu: {_yaml(f'{number}/{plan.ky_hieu}')}",
            f"    ngay: {plan.ngay.earliest().isoformat()}",
            f"    co_quan: {_yaml(_issuer_name(plan))}",
            "    lien_tu: về",
            f"    trich_yeu: {_yaml(trich_yeu[:1].lower() + trich_yeu[1:])}"]


def _groups(plan: "KeHoachBdgVstbcpn", c: "Composer") -> list[str]:
    """Each group of the plan's II. Nội dung hoạt động, and its activities with ``ket_qua:`` to fill in."""
    lines = []
    for group in plan.noi_dung_hoat_dong:
        title = plan.ten_thang_hanh_dong() if group.ten is None else _text(c, group.ten)
        lines += [f"- ten: {_yaml(title)}", "  hoat_dong:"]
        for activity in _activities(group.noi_dung, c):
            lines += [f"  - hoat_dong: {_yaml(activity)}", f"    ket_qua:                     {FILL_IN}"]
    return lines


def _activities(blocks: list[object], c: "Composer") -> list[str]:
    """The plan's paragraphs, bullets, sub-bullets and điểm, one activity each, in order."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Inline):
            out.append(_text(c, block))
        elif isinstance(block, GachBlock):
            for bullet in block.gach:
                out.append(_text(c, bullet.noi_dung))
                out += [_text(c, sub) for sub in bullet.cong]
        elif isinstance(block, CongBlock):
            out += [_text(c, sub) for sub in block.cong]
        elif isinstance(block, DiemBlock):
            for item in block.diem:
                if item.tieu_de is not None:
                    out.append(_text(c, item.tieu_de))
                out += _activities(item.noi_dung, c)
    return out


def _names(plan: "KeHoachBdgVstbcpn", c: "Composer") -> dict[str, str]:
    """The locality placeholders from a plan without a profile: its unit, lead agency, superior."""
    unit = plan.co_quan.ten[-1]
    level = max((w for words in LOAI_DON_VI.values() for w in words if unit.lower().startswith(w + " ")),
                key=len, default=None)
    names = {"ten": unit[len(level) + 1:], "cap": level} if level else {}
    if plan.to_chuc_thuc_hien:
        names["chu_tri"] = _text(c, plan.to_chuc_thuc_hien[0].co_quan)
    superior = plan.van_ban.get(plan.ke_hoach_cap_tren)
    if superior is not None and superior.co_quan:
        names["cap_tren"] = names["co_quan_cap_tren"] = superior.co_quan
    return names


def _issuer(plan: "KeHoachBdgVstbcpn", c: "Composer") -> dict[str, list[str]]:
    """Header, symbol, place, Nơi nhận and signer of a plan without a profile."""
    superior = plan.van_ban.get(plan.ke_hoach_cap_tren)
    recipients = [f"{superior.co_quan} (để b/c)"] if superior is not None and superior.co_quan else []
    co_quan = ["co_quan:", f"  ten: [{', '.join(_yaml(line) for line in plan.co_quan.ten)}]"]
    if plan.co_quan.chu_quan:
        co_quan.append(f"  chu_quan: [{', '.join(_yaml(line) for line in plan.co_quan.chu_quan)}]")
    return {
        "co_quan": co_quan,
        "ky_hieu": [f"ky_hieu: {_yaml('BC-' + plan.ky_hieu.split('-', 1)[1])}   # ký hiệu của kế hoạch, chữ viết tắt tên loại BC"],
        "dia_danh": [f"dia_danh: {_yaml(plan.dia_danh)}"],
        "noi_nhan": ["noi_nhan:", "  danh_sach:", *(f"  - {_yaml(name)}" for name in recipients),
                     *([f"  luu: {_yaml(plan.noi_nhan.luu)}"] if plan.noi_nhan.luu else [])] if recipients else None,
        "chu_ky": ["chu_ky:", f"  chuc_danh: [{', '.join(_yaml(line) for line in plan.chu_ky.chuc_danh)}]",
                   f"  ho_ten: {_yaml(plan.chu_ky.ho_ten)}"],
    }


# ------------------------------------------------------------------------------ the lines
def _yaml(text: str, *, markup: bool = False) -> str:
    """A YAML string that reads back as ``text`` (as inline markup, unless ``markup``)."""
    return json.dumps(text if markup else escape(text), ensure_ascii=False)


def _replace(lines: list[str], name: str, block: list[str] | None) -> list[str]:
    span = field_span(lines, name)
    if span is None or block is None:
        return lines
    start, end = span
    return lines[:start] + block + lines[end:]


def _comment_out(lines: list[str], name: str) -> list[str]:
    span = field_span(lines, name)
    if span is None:
        return lines
    start, end = span
    return lines[:start] + [FIGURES_LATER] + [f"# {line}" for line in lines[start:end]] + lines[end:]
