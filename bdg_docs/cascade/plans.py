"""The two plans a province brings down, section by section: the communication plan
(``ke_hoach_truyen_thong``) and the annual plan (``ke_hoach_bdg_vstbcpn``).

What a commune's draft holds, in the order of its data file: the province's texts brought down
(:class:`~bdg_docs.cascade.bring_down.Compiler`), the opening that cites the province's plan and the
closing with the commune's reporting deadlines (the rules' text), the cited documents, footnotes
and abbreviations its texts still use. The header, place, symbol, Nơi nhận and signer come from
each commune's profile when the draft is read.
"""
from __future__ import annotations

from typing import Any, Iterator

from bdg_docs.cascade.bring_down import (Agencies, Compiler, Entry, Omitted, Own, Piece, Skeleton, earlier, is_kept, kept,
                                        plan_deadlines)
from bdg_docs.cascade.rules import Rules
from bdg_docs.cascade.text import Text
from bdg_docs.errors import InputError, Problem
from bdg_docs.loading import Located
from bdg_docs.models.citation import VanBan
from bdg_docs.models.inline import Inline
from bdg_docs.nd30.dates import format_ngay_ngan

KINDS = ("ke_hoach_truyen_thong", "ke_hoach_bdg_vstbcpn")
SECTIONS = {"trich_yeu": "Trích yếu", "viet_tat": "Chữ viết tắt", "van_ban": "Văn bản trích dẫn", "chu_thich": "Chú thích",
            "can_cu": "Căn cứ", "muc_dich": "Mục đích", "yeu_cau": "Yêu cầu", "muc_tieu": "Mục tiêu",
            "nhiem_vu": "Nhiệm vụ", "noi_dung_hoat_dong": "Nội dung hoạt động", "thang_hanh_dong": "Tháng hành động",
            "kinh_phi": "Kinh phí thực hiện", "muc_khac": "Các mục khác", "to_chuc_thuc_hien": "Tổ chức thực hiện"}


def skeleton(plan: Any, rules: Rules, lines: Located | None, province: Any) -> Skeleton:
    """Every commune's draft of ``plan`` (of the ``province`` profile), before the commune's names are filled in."""
    c = Compiler(plan, rules, lines)
    notes = {key: c.text(text, ("chu_thich", key), f"Chú thích [^{key}]") for key, text in plan.chu_thich.items()}
    c.dropped_notes = {key for key, node in notes.items() if not is_kept(node)}
    citation, key, warnings, changes = _plan_citation(plan, rules)
    sk = Skeleton(plan.loai, {}, key, citation, warnings, changes)
    f = sk.fields
    if plan.loai == "ke_hoach_bdg_vstbcpn":
        f["nam"] = plan.nam
    f["trich_yeu"] = c.text(plan.trich_yeu, ("trich_yeu",), "Trích yếu", "trich_yeu")
    f["can_cu"] = [_can_cu(c, line, i) for i, line in enumerate(plan.can_cu)]
    if plan.loai == "ke_hoach_bdg_vstbcpn":
        f["ke_hoach_cap_tren"] = key
    mo_dau = rules.source.xa.mo_dau.get(plan.loai)  # type: ignore[union-attr]
    if mo_dau is None:
        raise InputError([Problem("xa.mo_dau", f"quy tắc không có đoạn mở đầu cho loại '{plan.loai}'.")])
    verb = VanBan.model_validate(citation).dong_tu_mac_dinh
    f["mo_dau"] = [Own(Text.own(mo_dau.replace("{dong_tu}", verb).replace("{ke_hoach}", key)),
                       "đoạn mở đầu của xã, trích dẫn kế hoạch tỉnh")]
    f["muc_dich"] = c.required(c.blocks(plan.muc_dich, ("muc_dich",), "Mục đích"), "muc_dich")
    f["yeu_cau"] = c.required(c.blocks(plan.yeu_cau, ("yeu_cau",), "Yêu cầu"), "yeu_cau")
    if plan.loai == "ke_hoach_truyen_thong":
        _communication(c, plan, f)
    else:
        _annual(c, plan, f)
    f["to_chuc_thuc_hien"] = [_entry(c, e, i) for i, e in enumerate(plan.to_chuc_thuc_hien)]
    f["ket_luan"] = _closing(plan, rules, sk)
    if plan.loai == "ke_hoach_bdg_vstbcpn":
        f["han_bao_cao"] = {"sau_thang": sk.deadlines.pop("_sau_thang"), "ca_nam": sk.deadlines.pop("_ca_nam")}
    _references(plan, rules, sk, notes, province)
    labels = {**SECTIONS, **({"nhiem_vu": plan.nhiem_vu.tieu_de} if "nhiem_vu" in sk.fields else {})}
    sk.sections = {name: str(c.place((name,), label)) for name, label in labels.items()
                   if name in sk.fields and (lines is None or (name,) in lines.lines)}
    return sk


# --------------------------------------------------------------------------------- sections
def _can_cu(c: Compiler, line: Any, i: int) -> Any:
    if line.van_ban is not None:
        return {"van_ban": line.van_ban, **({"dong_tu": line.dong_tu} if line.dong_tu else {})}
    return c.text(line.noi_dung, ("can_cu", i), f"Căn cứ › dòng {i + 1}")


def _communication(c: Compiler, plan: Any, f: dict[str, Any]) -> None:
    if plan.muc_tieu is not None:
        f["muc_tieu"] = {"chung": c.blocks(plan.muc_tieu.chung, ("muc_tieu", "chung"), "Mục tiêu chung", "muc_tieu"),
                         "cu_the": c.blocks(plan.muc_tieu.cu_the, ("muc_tieu", "cu_the"), "Mục tiêu cụ thể", "muc_tieu")}
    title = plan.nhiem_vu.tieu_de
    groups = [_task_group(c, g, ("nhiem_vu", "nhom", j), f"{title} › nhóm {j + 1} «{c.short(g.ten.plain)}»")
              for j, g in enumerate(plan.nhiem_vu.nhom)]
    f["nhiem_vu"] = {"tieu_de": title, "nhom": c.required(groups, "nhiem_vu.nhom")}
    label = "Kinh phí thực hiện"
    content = c.blocks(plan.kinh_phi.noi_dung, ("kinh_phi", "noi_dung"), label)
    khoan = [c.numbered(k, ("kinh_phi", "khoan", j), f"{label} › khoản {j + 1}") for j, k in enumerate(plan.kinh_phi.khoan)]
    if not kept(content) and not kept(khoan):
        content = [*content, *khoan, _own_budget(c)]
        khoan = []
    f["kinh_phi"] = {**({"noi_dung": content} if content else {}), **({"khoan": khoan} if khoan else {})}
    if plan.muc_khac:
        f["muc_khac"] = [c.section(m, ("muc_khac", j)) for j, m in enumerate(plan.muc_khac)]


def _task_group(c: Compiler, g: Any, loc: tuple[Any, ...], label: str) -> Any:
    """A group of Nhiệm vụ: its title and whichever of its three forms it has."""
    title = c.text(g.ten, (*loc, "ten"), label)
    if not is_kept(title):
        return title
    node: dict[str, Any] = {"ten": title}
    if g.noi_dung:
        node["noi_dung"] = c.blocks(g.noi_dung, (*loc, "noi_dung"), label)
    if g.phuong_thuc is not None:
        node["phuong_thuc"] = c.text(g.phuong_thuc, (*loc, "phuong_thuc"), f"{label} › phương thức")
    if g.giai_phap:
        node["giai_phap"] = [c.text(x, (*loc, "giai_phap", k), f"{label} › giải pháp {k + 1}") for k, x in enumerate(g.giai_phap)]
    if g.hoat_dong:
        node["hoat_dong"] = [_activity(c, a, (*loc, "hoat_dong", k), f"{label} › hoạt động {k + 1}")
                             for k, a in enumerate(g.hoat_dong)]
    content = [v for name, v in node.items() if name != "ten"]
    if not any(is_kept(v) if not isinstance(v, list) else kept(v) for v in content):
        return Omitted(c.place(loc, label), g.ten.source, "mọi việc trong nhóm đều chỉ của tỉnh")
    return node


def _activity(c: Compiler, a: Any, loc: tuple[Any, ...], label: str) -> Any:
    """``a) Hoạt động``: left out when its name, lead body or time is the province's alone."""
    name = c.text(a.ten, (*loc, "ten"), label)
    lead = c.agencies(a.chu_tri, (*loc, "chu_tri"), f"{label} › chủ trì", strict=True)
    time = c.text(a.thoi_gian, (*loc, "thoi_gian"), f"{label} › thời gian")
    for part in (name, lead, time):
        if isinstance(part, Omitted):
            return Omitted(c.place(loc, label), a.ten.source, part.reason)
    node: dict[str, Any] = {"ten": name, "chu_tri": lead}
    if a.phoi_hop is not None:
        partners = c.agencies(a.phoi_hop, (*loc, "phoi_hop"), f"{label} › phối hợp", strict=False)
        node["phoi_hop"] = partners if not isinstance(partners, Agencies) else Agencies(
            partners.items, partners.place, partners.source, partners.left_out, besides=lead)  # type: ignore[arg-type]
    node["thoi_gian"] = time
    return node


def _annual(c: Compiler, plan: Any, f: dict[str, Any]) -> None:
    groups = []
    for j, g in enumerate(plan.noi_dung_hoat_dong):
        loc = ("noi_dung_hoat_dong", j)
        if g.thang_hanh_dong:
            label = f"Nội dung hoạt động › nhóm {j + 1} (Tháng hành động)"
            content = c.blocks(g.noi_dung, (*loc, "noi_dung"), label)
            if not kept(content):
                content += [Own(Text.own(line), "việc của xã trong Tháng hành động (quy tắc)")
                            for line in c.rules.source.xa.thang_hanh_dong or []]
            groups.append({"thang_hanh_dong": True, **({"mot_lan": True} if g.mot_lan else {}), "noi_dung": content})
            continue
        label = f"Nội dung hoạt động › nhóm {j + 1} «{c.short(g.ten.plain)}»"
        title = c.text(g.ten, (*loc, "ten"), label)
        content = c.blocks(g.noi_dung, (*loc, "noi_dung"), label) if is_kept(title) else []
        if not is_kept(title) or not kept(content):
            groups.append(title if not is_kept(title) else Omitted(c.place(loc, label), g.ten.source,
                                                                    "mọi việc trong nhóm đều chỉ của tỉnh"))
            continue
        groups.append({"ten": title, **({"mot_lan": True} if g.mot_lan else {}), "noi_dung": content})
    f["noi_dung_hoat_dong"] = groups
    if plan.thang_hanh_dong is not None:
        f["thang_hanh_dong"] = {"tu": plan.thang_hanh_dong.tu, "den": plan.thang_hanh_dong.den}
    content = c.blocks(plan.kinh_phi.noi_dung, ("kinh_phi", "noi_dung"), "Kinh phí thực hiện")
    if not kept(content):
        content.append(_own_budget(c))
    decision = plan.kinh_phi.quyet_dinh
    cited = decision is not None and any(decision in p.text.refs("@") for p in _pieces(content))
    f["kinh_phi"] = {**({"quyet_dinh": decision} if cited else {}), "noi_dung": content}


def _own_budget(c: Compiler) -> Own:
    return Own(Text.own(c.rules.source.xa.kinh_phi or ""), "kinh phí của xã (quy tắc): mọi đoạn kinh phí của tỉnh đều chỉ của tỉnh")


def _entry(c: Compiler, e: Any, i: int) -> Entry | Omitted:
    """An agency of Tổ chức thực hiện: the commune's body for it, and its tasks brought down."""
    loc = ("to_chuc_thuc_hien", i)
    label = f"Tổ chức thực hiện › cơ quan {i + 1} «{c.short(e.co_quan.plain)}»"
    names = c.agencies(e.co_quan, (*loc, "co_quan"), label, strict=True)
    if isinstance(names, Omitted):
        return names
    slots = [t.parts[0] for t in names.items]
    own = [s for s in slots if not s.rule.entry_reason]  # type: ignore[union-attr]
    if not own:
        return Omitted(names.place, e.co_quan.source, slots[0].rule.entry_reason)  # type: ignore[union-attr, arg-type]
    left_out = [*names.left_out, *(f"«{s.matched}»: {s.rule.entry_reason}" for s in slots if s not in own)]  # type: ignore[union-attr]
    vai_tro = c.text(e.vai_tro, (*loc, "vai_tro"), f"{label} › vai trò") if e.vai_tro is not None else None
    content = c.blocks(e.noi_dung, (*loc, "noi_dung"), label)
    if e.noi_dung and not kept(content):
        return Omitted(names.place, e.co_quan.source, "mọi việc của cơ quan này đều chỉ của tỉnh")
    first = kept(content)[0] if content else None
    return Entry(tuple(own), names.place, e.co_quan.source, tuple(left_out),  # type: ignore[arg-type]
                 vai_tro if isinstance(vai_tro, Piece) else None, e.de_nghi,
                 e.cung_dong and isinstance(first, Piece), content)


# ------------------------------------------------------------------------ plan and closing
def _plan_citation(plan: Any, rules: Rules) -> tuple[dict[str, Any], str, list[tuple[str, str]], list[tuple[str, str, str]]]:
    """The province's plan as the commune cites it, its key, and what to say about it."""
    when = plan.ngay.as_date()
    draft = plan.so is None or when is None
    key = f"kh_{plan.so}_{plan.ngay.nam}" if plan.so else f"kh_tinh_{plan.ngay.nam}"
    while key in plan.van_ban:
        key += "_tinh"
    title = " ".join(str(plan.trich_yeu).split())
    title = title[:1].lower() + title[1:]
    short = rules.cut_tail(title)
    year = str(plan.page_header()["trich_yeu"])[len(plan.trich_yeu):]  # " năm 2026": a yearly plan's title ends with its year
    title, short = title + year, short + year
    citation: dict[str, Any] = {"loai": plan.TEN_LOAI, "so_ky_hieu": f"{plan.so:02d}/{plan.ky_hieu}" if plan.so else plan.ky_hieu,
                                **({"ngay": when} if when else {}), "co_quan": " ".join(plan.co_quan.ten),
                                "trich_yeu": short, **({"du_thao": True} if draft else {})}
    changes = [("Trích dẫn kế hoạch tỉnh (trích yếu)", title, short)] if short != title else []
    warnings = []
    if draft:
        missing = " và ".join(w for w, gone in (("số", plan.so is None), ("ngày", when is None)) if gone)
        warnings.append(("Đoạn mở đầu (trích dẫn kế hoạch tỉnh)",
                         f"kế hoạch tỉnh còn là dự thảo (chưa có {missing}): dự thảo của xã trích dẫn "
                         f"'{VanBan.model_validate(citation).ngan()}' có dấu '…'; ghi số, ngày ở van_ban.{key} "
                         "khi tỉnh ban hành, rồi xóa dòng 'du_thao'"))
    return citation, key, warnings, changes


def _closing(plan: Any, rules: Rules, sk: Skeleton) -> list[Own]:
    """The closing paragraphs: the commune's reports, ahead of the province's deadline."""
    xa = rules.source.xa
    assert xa.han_bao_cao is not None and xa.ket_luan is not None
    lead, own = xa.han_bao_cao.truoc_han_tinh, xa.han_bao_cao.truoc_han_xa
    if plan.loai == "ke_hoach_bdg_vstbcpn":
        six, year = plan.ngay_han_bao_cao
        to_province = (earlier(six, lead), earlier(year, lead))
        sk.deadlines.update({"han_tinh_6_thang": format_ngay_ngan(to_province[0]), "han_tinh": format_ngay_ngan(to_province[1]),
                             "_sau_thang": earlier(to_province[0], own), "_ca_nam": earlier(to_province[1], own)})
        sk.deadlines["han_xa"] = format_ngay_ngan(sk.deadlines["_ca_nam"])
        sk.changes.append(("Đoạn kết (hạn báo cáo)", f"tỉnh: 6 tháng {format_ngay_ngan(six)}, năm {format_ngay_ngan(year)}",
                           f"xã báo cáo tỉnh: {sk.deadlines['han_tinh_6_thang']}, {sk.deadlines['han_tinh']}; "
                           f"các cơ quan, thôn báo cáo xã: {format_ngay_ngan(sk.deadlines['_sau_thang'])}, {sk.deadlines['han_xa']}"))
        texts = xa.ket_luan.get(plan.loai)
    else:
        composer = plan.composer()
        found = plan_deadlines(["".join(r.text for r in composer.runs(t)) for t in _closing_texts(plan)], plan.ngay.nam)
        texts = xa.ket_luan.get(plan.loai)
        if not found:
            texts = xa.ket_luan_khong_han
            sk.warnings.append(("Đoạn kết", "kế hoạch tỉnh không ghi hạn báo cáo ('trước ngày ...'): ghi hạn xã báo cáo "
                                            "Sở Nội vụ và hạn các cơ quan, thôn báo cáo xã"))
        else:
            to_province = earlier(found[0], lead)
            sk.deadlines.update({"han_tinh": format_ngay_ngan(to_province), "han_xa": format_ngay_ngan(earlier(to_province, own))})
            sk.changes.append(("Đoạn kết (hạn báo cáo)", f"hạn báo cáo sớm nhất của tỉnh: {format_ngay_ngan(found[0])}",
                               f"xã báo cáo tỉnh trước {sk.deadlines['han_tinh']}; các cơ quan, thôn báo cáo xã trước "
                               f"{sk.deadlines['han_xa']}"))
    if not texts:
        raise InputError([Problem("xa.ket_luan", f"quy tắc không có đoạn kết cho loại '{plan.loai}'.")])
    return [Own(Text.own(t), "đoạn kết của xã: hạn báo cáo (quy tắc)") for t in texts]


def _closing_texts(plan: Any) -> Iterator[Inline]:
    yield from (b for b in plan.ket_luan if isinstance(b, Inline))
    for section in plan.muc_khac:
        yield from (b for b in section.noi_dung if isinstance(b, Inline))
        for k in section.khoan:
            yield from (b for b in k.noi_dung if isinstance(b, Inline))


def _references(plan: Any, rules: Rules, sk: Skeleton, notes: dict[str, Any], province: Any) -> None:
    """The cited documents, footnotes and abbreviations the commune's texts still use, written out."""
    texts = list(_pieces(sk.fields))
    used_notes = {k for p in texts for k in p.text.refs("^")}
    texts += [notes[k] for k in sorted(used_notes) if isinstance(notes.get(k), Piece)]
    cited = [sk.plan_key, *(line["van_ban"] for line in sk.fields["can_cu"] if isinstance(line, dict))]
    cited += sorted({k for p in texts for k in p.text.refs("@")})
    van_ban: dict[str, Any] = {}
    inherited = _inherited(cited, province)
    for key in dict.fromkeys(cited):
        if key == sk.plan_key:
            van_ban[key] = sk.plan_citation
            continue
        entry = plan.van_ban[key].model_dump(exclude_defaults=True)
        entry["loai"] = plan.van_ban[key].loai
        if entry.get("trich_yeu") and not plan.van_ban[key].la_luat:
            cut = rules.cut_tail(entry["trich_yeu"])
            if cut != entry["trich_yeu"]:
                sk.changes.append((f"Trích dẫn [@{key}] (trích yếu)", entry["trich_yeu"], cut))
                entry["trich_yeu"] = cut
        if entry != inherited.get(key):
            van_ban[key] = entry
    abbreviations = {k for p in texts for k in p.text.refs("=")}
    head: dict[str, Any] = {}
    if abbreviations:
        head["viet_tat"] = {k: plan.viet_tat[k] for k in plan.viet_tat if k in abbreviations}
    head["van_ban"] = van_ban
    if used_notes or _any_left_out(notes):
        head["chu_thich"] = {k: notes[k] for k in plan.chu_thich if k in used_notes or not is_kept(notes[k])}
    if not sk.fields["can_cu"]:
        del sk.fields["can_cu"]
    at = list(sk.fields).index("trich_yeu") + 1
    items = list(sk.fields.items())
    sk.fields = dict(items[:at] + list(head.items()) + items[at:])


def _any_left_out(notes: dict[str, Any]) -> bool:
    return any(not is_kept(node) for node in notes.values())


def _inherited(keys: list[str], province: Any) -> dict[str, dict[str, Any]]:
    """The citations every commune of the province gets without writing them: the province's
    documents (its profile's ``van_ban``), then the catalogue."""
    from bdg_docs.catalogue import shipped_catalogue

    catalogue = shipped_catalogue()
    out = {}
    for key in keys:
        entry = province.van_ban.get(key) or (VanBan.model_validate(catalogue[key].van_ban()) if key in catalogue else None)
        if entry is not None:
            out[key] = {**entry.model_dump(exclude_defaults=True), "loai": entry.loai}
    return out


def _pieces(node: Any) -> Iterator[Piece | Own]:
    """Every kept text of the skeleton, in order."""
    if isinstance(node, (Piece, Own)):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _pieces(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _pieces(value)
    elif isinstance(node, Entry):
        if node.vai_tro is not None:
            yield node.vai_tro
        yield from _pieces(node.noi_dung)
    elif isinstance(node, Agencies):
        yield from (Own(t, "") for t in node.items)


__all__ = ["KINDS", "skeleton"]
