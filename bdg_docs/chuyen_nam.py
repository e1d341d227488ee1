"""Roll an annual plan forward: from the plan for year N, the draft plan for year N+k.

What moves: the plan's year (and so every ``[$nam]``, the action month, the reporting
deadlines and the other values text inserts with ``[$...]``), the issue date (same month, new
year, the day left blank) and dates the data set for the action month and deadlines. What stays:
the documents cited in ``van_ban``, with their own dates. The number is cleared: a rolled plan is
a new draft.

What an officer must still check is listed by ``canh_bao()`` of the rolled plan (the superior's
new plan, the new budget decision, items marked ``mot_lan``, dates the data set by hand, the old
year still written as text), so ``bdg-docs render --year`` prints it like any warning.

>>> import bdg_docs
>>> plan = bdg_docs.load("fixtures/ke_hoach_bdg_vstbcpn_loc_binh_2024.yaml")  # doctest: +SKIP
>>> roll_forward(plan, 2025).nam  # doctest: +SKIP
2025
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterator

from pydantic import BaseModel

from bdg_docs.errors import InputError, Problem, RuleViolation
from bdg_docs.loading import Located, field_name, validate
from bdg_docs.models.body import Gach
from bdg_docs.models.header import Ngay
from bdg_docs.models.inline import Inline, Span
from bdg_docs.nd30.dates import format_ngay_ngan, validate_nam

def roll_forward(document: Any, nam: int) -> Any:
    """The plan for year ``nam``, made from ``document`` (a plan for an earlier or the same year).

    Raises :class:`~bdg_docs.errors.InputError` (messages in Vietnamese) when the document is not
    an annual plan, ``nam`` is before its year or outside 2000–2100, or the issuer would be a
    district after 01/7/2025.
    """
    from bdg_docs.documents.hang_nam import check_cap
    from bdg_docs.documents.ke_hoach_bdg_vstbcpn import KeHoachBdgVstbcpn

    if not isinstance(document, KeHoachBdgVstbcpn):
        loai = getattr(document, "loai", type(document).__name__)
        raise InputError([Problem("loai", f"văn bản loại '{loai}' không chuyển năm được.",
                                  hint="Chỉ kế hoạch năm (loai: ke_hoach_bdg_vstbcpn) mới chuyển sang năm khác.")])
    try:
        validate_nam(nam)
    except RuleViolation as exc:
        raise InputError([Problem("nam", exc.message, hint=exc.hint, rule=exc.rule)]) from None
    if nam < document.nam:
        raise InputError([Problem("nam", f"không chuyển kế hoạch năm {document.nam} về năm {nam} trước đó được.",
                                  hint=f"Ghi một năm từ {document.nam} trở đi.")])
    k = nam - document.nam
    if k == 0:
        return document
    ngay = Ngay(ngay=None, thang=document.ngay.thang, nam=document.ngay.nam + k)
    try:
        check_cap(document.co_quan, ngay)
    except RuleViolation as exc:
        raise InputError([Problem("co_quan", f"không chuyển sang năm {nam} được: {exc.message}", hint=exc.hint,
                                  rule=exc.rule)]) from None
    data = document.model_dump()
    van_ban = data.pop("van_ban")
    data = _shift(data, k)
    data.update(
        van_ban=van_ban,  # cited documents keep their own dates
        nam=nam,
        so=None,
        ngay={"ngay": None, "thang": ngay.thang, "nam": ngay.nam},
        chuyen_tu_nam=document.chuyen_tu_nam or document.nam,
    )
    rolled = validate(type(document), Located(data, {}))
    source = getattr(document, "_source", None)
    if source is not None:  # the same fields at the same places: warnings name the file's lines
        rolled.attach_source(source)
    return rolled


def ten_tep_nam(stem: str, cu: int, moi: int) -> str:
    """The file name of the rolled plan: the old year in the name replaced, or the new one added.

    >>> ten_tep_nam("ke_hoach_bdg_vstbcpn_loc_binh_2024", 2024, 2025), ten_tep_nam("kh", 2024, 2025)
    ('ke_hoach_bdg_vstbcpn_loc_binh_2025', 'kh_2025')
    """
    pattern = re.compile(rf"(?<!\d){cu}(?!\d)")
    if cu == moi or pattern.search(stem):
        return pattern.sub(str(moi), stem)
    return f"{stem}_{moi}"


def _shift(value: Any, years: int) -> Any:
    """Every date inside plain data, moved by ``years`` (29/02 becomes 28/02 when it must)."""
    if isinstance(value, date):
        try:
            return value.replace(year=value.year + years)
        except ValueError:
            return value.replace(year=value.year + years, day=28)
    if isinstance(value, dict):
        return {key: _shift(item, years) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_shift(item, years) for item in value]
    return value


# ------------------------------------------------------------------------------ warnings
def canh_bao_chuyen_nam(plan: Any) -> list[Problem]:
    """What an officer must check in a rolled plan (none if the plan was not rolled)."""
    goc = plan.chuyen_tu_nam
    if goc is None:
        return []
    nam = plan.nam
    out = [_cited(plan, plan.ke_hoach_cap_tren, "ke_hoach_cap_tren",
                  f"Thay bằng kế hoạch năm {nam} của cấp trên (số, ngày, cơ quan) khi có.")]
    if plan.kinh_phi.quyet_dinh is not None:
        out.append(_cited(plan, plan.kinh_phi.quyet_dinh, "kinh_phi.quyet_dinh",
                          f"Thay bằng quyết định giao dự toán ngân sách năm {nam}."))
    else:
        out.append(Problem("kinh_phi", f"kiểm tra nguồn kinh phí năm {nam}.", hint="Ghi quyết định giao dự toán năm mới nếu có."))
    for path, item in _walk(plan, ()):
        if getattr(item, "mot_lan", False):
            what = "nhóm hoạt động" if not isinstance(item, Gach) else "việc"
            text = item.ten if not isinstance(item, Gach) else item.noi_dung
            out.append(Problem(field_name(path), f"{what} chỉ làm một lần trong năm {goc} được chép sang năm {nam}: "
                                                 f"'{_short(text)}'.",
                               hint=f"Nếu năm {nam} không làm nữa thì xóa; nếu vẫn làm thì bỏ 'mot_lan'."))
    if plan.thang_hanh_dong is not None:
        tu, den = plan.ngay_thang_hanh_dong
        out.append(Problem("thang_hanh_dong", f"ngày Tháng hành động do dữ liệu ghi riêng, đã dời sang "
                                              f"{format_ngay_ngan(tu)}–{format_ngay_ngan(den)}.",
                           hint=f"Kiểm tra theo hướng dẫn năm {nam}; xóa 'thang_hanh_dong' nếu là 15/11–15/12."))
    for name, value in (("sau_thang", plan.han_bao_cao.sau_thang), ("ca_nam", plan.han_bao_cao.ca_nam)):
        if value is not None:
            out.append(Problem(f"han_bao_cao.{name}", f"hạn báo cáo do dữ liệu ghi riêng, đã dời sang {format_ngay_ngan(value)}.",
                               hint="Kiểm tra hạn của cấp trên năm nay."))
    out.extend(_old_years(plan, range(goc, nam)))
    return out


def _cited(plan: Any, key: str, field: str, hint: str) -> Problem:
    doc = plan.van_ban[key]
    ngay = f" ngày {format_ngay_ngan(doc.ngay)}" if doc.ngay else ""
    return Problem(field, f"vẫn trích dẫn {doc.ngan()}{ngay} (chép từ kế hoạch năm {plan.chuyen_tu_nam}).",
                   hint=f"{hint} Sửa van_ban.{key}.")


def _old_years(plan: Any, years: range) -> Iterator[Problem]:
    """Old years written as words in the text (not in citations): probably meant to be [$nam]."""
    pattern = re.compile(r"(?<!\d)(" + "|".join(str(y) for y in years) + r")(?!\d)")
    for path, item in _walk(plan, ()):
        if path[:1] == ("van_ban",):
            continue
        words = " ".join(p.text for p in item.parts if isinstance(p, Span)) if isinstance(item, Inline) else (
            item if isinstance(item, str) and path[-1:] == ("trich_yeu",) else "")
        found = sorted(set(pattern.findall(words)))
        if found:
            yield Problem(field_name(path), f"còn ghi năm {', '.join(found)} bằng chữ: '{_short(item)}'.",
                          hint="Nếu là năm của kế hoạch, viết [$nam] (hoặc [$nam_truoc]); nếu không, giữ nguyên.")


def _walk(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every value inside a model with its path (list positions from 0, as pydantic counts)."""
    yield path, value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _walk(getattr(value, name), (*path, name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*path, key))
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _walk(item, (*path, i))


def _short(text: Any, limit: int = 60) -> str:
    words = text.plain if isinstance(text, Inline) else str(text)
    return words if len(words) <= limit else words[:limit].rsplit(" ", 1)[0] + " …"
