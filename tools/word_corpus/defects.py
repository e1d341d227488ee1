"""Defects planted in corpus documents: the slips officers make, each with the rule it breaks and
the text of the line where it is (``at``), which the sidecar declares.

A defect changes the document's text (``doc``) or how it is laid out (``look``); it applies only
where its element exists. ``plant`` picks some at random (seeded) and returns what it declared.
"""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from typing import Callable

from tools.word_corpus.content import Doc
from tools.word_corpus.layout import Look


@dataclass
class Defect:
    name: str
    rule: str
    applies: Callable[[Doc, Look], bool]
    apply: Callable[[Doc, Look], str | list[str] | None]  # the text of the place(s) ("at"); None: the whole file


def _edit_so(change: Callable[[str], str]) -> Callable[[Doc, Look], str]:
    def apply(doc: Doc, look: Look) -> str:
        doc.so = change(doc.so or "")
        return doc.so[:20]
    return apply


def _so_unpadded(so: str) -> str:
    head, _, rest = so.partition("/")
    number = head.split()[-1]
    return f"Số: {int(number)}/{rest}" if number.isdigit() and int(number) < 10 else so


def _month_padded(doc: Doc, look: Look) -> str:
    place, _, rest = (doc.ngay or "").partition(", ngày ")
    day, _, rest = rest.partition(" tháng ")
    month, _, year = rest.partition(" năm ")
    month = {"01": "1", "02": "2"}.get(month, f"0{month}" if len(month) == 1 else month)
    doc.ngay = f"{place}, ngày {day} tháng {month} năm {year}"
    return doc.ngay[:25]


def _month(doc: Doc) -> int:
    return int((doc.ngay or "").partition(" tháng ")[2].split()[0])


def _bad_day(doc: Doc, look: Look) -> str:
    place = (doc.ngay or "").partition(",")[0]
    doc.ngay = f"{place}, ngày 31 tháng 4 năm 2026"
    return doc.ngay[:25]


def _fmt(element: str, **changes) -> Callable[[Doc, Look], None]:  # type: ignore[no-untyped-def]
    def apply(doc: Doc, look: Look) -> None:
        look.fmt.setdefault(element, {}).update(changes)
    return apply


def _with_at(change: Callable[[Doc, Look], None], at: Callable[[Doc], str]) -> Callable[[Doc, Look], str]:
    def apply(doc: Doc, look: Look) -> str:
        change(doc, look)
        return at(doc)
    return apply


def _first_prose(doc: Doc) -> int | None:
    """The first body paragraph of running text long enough to wrap over two lines."""
    return next((i for i, (role, text) in enumerate(doc.body) if role == "doan" and len(text) > 160), None)


def _body_para(element: str, **changes):  # type: ignore[no-untyped-def]
    def apply(doc: Doc, look: Look) -> str:
        i = _first_prose(doc)
        look.para.setdefault(f"body_{i}", {}).update(changes)
        return doc.body[i][1][:30]
    return apply


def _body_font(**changes):  # type: ignore[no-untyped-def]
    def apply(doc: Doc, look: Look) -> str:
        i = _first_prose(doc)
        look.fmt.setdefault(f"body_{i}", {}).update(changes)
        return doc.body[i][1][:30]
    return apply


def _all_body_spacing(doc: Doc, look: Look) -> str:
    look.before, look.after = 0, 0
    i = next(i for i, (role, _) in enumerate(doc.body) if i > 0 and role not in ("chuong", "tieu_de"))
    return doc.body[i][1].split(" ", 1)[-1][:25] if look.numbering == "auto" else doc.body[i][1][:25]


def _double(doc: Doc, look: Look) -> str:
    look.line, look.line_rule = 480, "auto"
    return doc.body[0][1][:25]


def _can_cu_punct(doc: Doc, look: Look) -> str:
    doc.can_cu[0] = doc.can_cu[0].rstrip(";") + ","
    return doc.can_cu[0][:25]


def _muc(doc: Doc) -> int | None:
    return next((i for i, (role, _) in enumerate(doc.body) if role == "muc_la_ma"), None)


def _muc_not_bold(doc: Doc, look: Look) -> str:
    i = _muc(doc)
    look.fmt.setdefault(f"body_{i}", {})["b"] = False
    text = doc.body[i][1]
    return text.split(" ", 1)[1][:20] if look.numbering == "auto" else text[:20]


def _diem_skip(doc: Doc, look: Look) -> str:
    i = next(i for i, (role, _) in enumerate(doc.body) if role == "diem" and doc.body[i][1].startswith("b)"))
    doc.body[i] = ("diem", "c)" + doc.body[i][1][2:])
    j = i + 1
    while j < len(doc.body) and doc.body[j][0] == "diem":
        letter = "abcdđeghik"["abcdđeghik".index(doc.body[j][1][0]) + 1]
        doc.body[j] = ("diem", letter + doc.body[j][1][1:])
        j += 1
    return doc.body[i][1][:20]  # the first point out of sequence


def _diem_auto_five(doc: Doc, look: Look) -> str:
    """Word's own letters: the fifth item shows 'e)' where Vietnamese has 'đ)'."""
    i = max(i for i, (role, _) in enumerate(doc.body) if role == "diem")
    start = i
    while start > 0 and doc.body[start - 1][0] == "diem":
        start -= 1
    extra = [("diem", f"{'abcdđeg'[k]}) Báo cáo sơ kết, tổng kết theo quy định.") for k in range(i - start + 1, 5)]
    doc.body[i + 1:i + 1] = extra
    return doc.body[start][1].split(" ", 1)[1][:20]


def _title(i: int, text: Callable[[str], str]):  # type: ignore[no-untyped-def]
    def apply(doc: Doc, look: Look) -> str:
        doc.titles[i] = text(doc.titles[i])
        return doc.titles[i]
    return apply


def _kt_no_post(doc: Doc, look: Look) -> str:
    k = next(i for i, t in enumerate(doc.titles) if t.startswith("KT."))
    del doc.titles[k + 1]
    return doc.titles[k]


def _name(change: Callable[[str], str]):  # type: ignore[no-untyped-def]
    def apply(doc: Doc, look: Look) -> str:
        doc.name = change(doc.name)
        return doc.name
    return apply


def _nn_item(doc: Doc, look: Look) -> str:
    doc.noi_nhan[0] = doc.noi_nhan[0].rstrip(";")
    return doc.noi_nhan[0]


def _luu(doc: Doc, look: Look) -> str:
    doc.noi_nhan[-1] = doc.noi_nhan[-1].replace("Lưu: VT, ", "Lưu VT, ").replace("Lưu: VT.", "Lưu VT.")
    return doc.noi_nhan[-1][:12]


def _no_nhu_tren(doc: Doc, look: Look) -> str:
    del doc.noi_nhan[0]
    return doc.noi_nhan[0][:15]


def _add_nhu_tren(doc: Doc, look: Look) -> str:
    doc.noi_nhan.insert(0, "- Như trên;")
    return "- Như trên;"


def _kinh_gui_dash(doc: Doc, look: Look) -> str:
    look.text["kinh_gui_0"] = doc.kinh_gui[0] + ";"
    return doc.kinh_gui[0][:20]


def _nfd(doc: Doc, look: Look) -> str:
    i = _first_prose(doc)
    role, text = doc.body[i]
    doc.body[i] = (role, unicodedata.normalize("NFD", text[:40]) + text[40:])
    return unicodedata.normalize("NFD", text[:25])


def _margins(rule: str, index: int, value: int):  # type: ignore[no-untyped-def]
    def apply(doc: Doc, look: Look) -> str:
        m = list(look.margins)
        m[index] = value
        look.margins = tuple(m)  # type: ignore[assignment]
        return "mục (section) 1"
    return apply


def _letter(doc: Doc, look: Look) -> str:
    look.page = (12240, 15840)
    return "mục (section) 1"


def _no_page_number(doc: Doc, look: Look) -> None:
    look.page_number = "none"


def _first_page_number(doc: Doc, look: Look) -> None:
    look.title_page = False


def _footer_page_number(doc: Doc, look: Look) -> str:
    look.page_number = "footer"
    return "2"


def _end_mark(doc: Doc, look: Look) -> str:
    role, text = doc.body[-1]
    doc.body[-1] = (role, text.replace("./.", "."))
    return doc.body[-1][1][:25].split(" ", 1)[1] if look.numbering == "auto" and role != "doan" else doc.body[-1][1][:25]


def _mark(doc: Doc, look: Look) -> str:
    doc.marks.append("Khẩn")
    return "Khẩn"


def _pham_vi(doc: Doc, look: Look) -> str:
    doc.pham_vi = "LƯU HÀNH NỘI BỘ"
    look.fmt["pham_vi"] = {"sz": 11}
    return "LƯU HÀNH NỘI BỘ"


def _appendix_upper(doc: Doc, look: Look) -> str:
    doc.appendix["heading"] = doc.appendix["heading"].upper()  # type: ignore[index]
    return doc.appendix["heading"]  # type: ignore[index]


def _copy_symbol(doc: Doc, look: Look) -> str:
    doc.copy["so"] = doc.copy["so"].replace("/SY-", "/BS-").replace("/SL-", "/BS-").replace("/TrS-", "/BS-")  # type: ignore[index]
    return doc.copy["so"]  # type: ignore[index]


def _tieu_ngu_short(doc: Doc, look: Look) -> str:
    look.rule_factor["tieu_ngu"] = 0.5
    return ""


def _typed(doc: Doc, look: Look) -> bool:
    return doc.kind == "co_ten_loai"


def _has(attr: str) -> Callable[[Doc, Look], bool]:
    return lambda doc, look: bool(getattr(doc, attr))


def _main(doc: Doc, look: Look) -> bool:
    return doc.kind in ("co_ten_loai", "cong_van")


DEFECTS: list[Defect] = [
    Defect("so_unpadded", "R17", lambda d, k: _main(d, k) and bool(d.so) and _so_unpadded(d.so) != d.so, _edit_so(_so_unpadded)),
    Defect("so_space", "R17", lambda d, k: _main(d, k) and bool(d.so), _edit_so(lambda s: s.replace("-", " - ", 1))),
    Defect("so_year", "R19", lambda d, k: _main(d, k) and bool(d.so), _edit_so(lambda s: s + "-2026")),
    Defect("so_wrong_type", "R18", lambda d, k: _typed(d, k) and bool(d.so) and d.abbr != "KH",
           _edit_so(lambda s: s.replace(f"/{s.partition('/')[2].split('-')[0]}-", "/KH-", 1))),
    Defect("so_cv", "R18", lambda d, k: d.kind == "cong_van", _edit_so(lambda s: s.replace("/", "/CV-", 1))),
    Defect("so_qd_d", "R50", lambda d, k: d.abbr == "QĐ" and bool(d.so), _edit_so(lambda s: s.replace("QĐ-", "QD-"))),
    Defect("month_padded", "R20", lambda d, k: _main(d, k) and bool(d.ngay) and _month(d) < 10, _month_padded),
    Defect("bad_day", "R22", lambda d, k: _main(d, k) and bool(d.ngay), _bad_day),
    Defect("tieu_ngu_dash", "R12", _main, _with_at(lambda d, k: k.text.update(tieu_ngu=d.tieu_ngu.replace(" - ", " – ")),
                                                   lambda d: "Độc lập")),
    Defect("quoc_hieu_regular", "R11", _main, _with_at(_fmt("quoc_hieu", b=False), lambda d: d.quoc_hieu[:20])),
    Defect("co_quan_regular", "R14", lambda d, k: _main(d, k) and not d.chu_quan and not k.header_breaks,
           _with_at(_fmt("co_quan", b=False), lambda d: list(d.co_quan))),
    Defect("no_co_quan_rule", "R16", _main, _with_at(lambda d, k: k.no_rule.add("co_quan"), lambda d: d.co_quan[-1][:15])),
    Defect("tieu_ngu_rule_short", "R13", lambda d, k: _main(d, k) and k.rules in ("shape", "underscore") and k.header != "tabs",
           _tieu_ngu_short),
    Defect("date_upright", "R21", lambda d, k: _main(d, k) and bool(d.ngay), _with_at(_fmt("ngay", i=False), lambda d: d.ngay[:20])),
    Defect("type_regular", "R23", _typed, _with_at(_fmt("type", b=False), lambda d: d.type_names[0])),
    Defect("trich_yeu_italic", "R24", lambda d, k: _typed(d, k) and bool(d.trich_yeu),
           _with_at(_fmt("trich_yeu", i=True), lambda d: d.trich_yeu[0][:20])),
    Defect("no_trich_yeu_rule", "R25", lambda d, k: _typed(d, k) and bool(d.trich_yeu),
           _with_at(lambda d, k: k.no_rule.add("trich_yeu"), lambda d: (d.kem_theo or d.trich_yeu[-1])[:15])),
    Defect("vv_bold", "R26", lambda d, k: d.kind == "cong_van" and k.header != "tabs",
           _with_at(_fmt("vv", b=True), lambda d: d.vv[0][:15])),
    Defect("kinh_gui_item", "R27", lambda d, k: len(d.kinh_gui) > 1, _kinh_gui_dash),
    Defect("body_left", "R28", lambda d, k: _first_prose(d) is not None and not _form(d), _body_para("body", jc="left")),
    Defect("body_no_indent", "R28", lambda d, k: _first_prose(d) is not None and not _form(d), _body_para("body", first=0)),
    Defect("body_12pt", "R28", lambda d, k: _first_prose(d) is not None, _body_font(sz=12)),
    Defect("body_no_spacing", "R29", lambda d, k: len(d.body) > 3 and k.numbering == "manual", _all_body_spacing),
    Defect("body_double", "R30", lambda d, k: bool(d.body), _double),
    Defect("can_cu_upright", "R31", _has("can_cu"), _with_at(_fmt("can_cu", i=False), lambda d: d.can_cu[0][:20])),
    Defect("can_cu_punct", "R31", lambda d, k: len(d.can_cu) > 1, _can_cu_punct),
    Defect("muc_regular", "R32", lambda d, k: _muc(d) is not None, _muc_not_bold),
    Defect("diem_skip", "R33", lambda d, k: k.numbering == "manual" and any(t.startswith("b)") for _, t in d.body), _diem_skip),
    Defect("diem_auto_five", "R33", lambda d, k: k.numbering == "auto" and any(r == "diem" for r, _ in d.body), _diem_auto_five),
    Defect("title_regular", "R34", lambda d, k: bool(d.titles) and not k.sig_breaks and d.second_signer is None,
           _with_at(_fmt("sig_title_0", b=False), lambda d: d.titles[0])),
    Defect("kt_slash", "R35", lambda d, k: any(t.startswith(("KT.", "TM.", "TL.")) for t in d.titles),
           lambda d, k: _title(next(i for i, t in enumerate(d.titles) if t.startswith(("KT.", "TM.", "TL."))),
                               lambda t: t[0] + "/" + t[1:].replace(".", "", 1))(d, k)),
    Defect("kt_no_post", "R36", lambda d, k: any(t.startswith("KT.") for t in d.titles) and d.titles[-1] != d.titles[0], _kt_no_post),
    Defect("name_degree", "R37", lambda d, k: bool(d.name), _name(lambda n: "TS. " + n)),
    Defect("name_caps", "R37", lambda d, k: bool(d.name), _name(str.upper)),
    Defect("nn_head_plain", "R38", _has("noi_nhan"), _with_at(_fmt("nn_head", i=False), lambda d: "Nơi nhận:")),
    Defect("nn_item", "R39", lambda d, k: len(d.noi_nhan) > 2, _nn_item),
    Defect("nn_item_size", "R39", lambda d, k: len(d.noi_nhan) > 2,
           _with_at(_fmt("nn_item_0", sz=13), lambda d: d.noi_nhan[0][:12])),
    Defect("luu", "R40", _has("noi_nhan"), _luu),
    Defect("no_nhu_tren", "R41", lambda d, k: d.kind == "cong_van" or (bool(d.kinh_gui) and d.kind == "co_ten_loai"), _no_nhu_tren),
    Defect("nhu_tren", "R42", lambda d, k: _typed(d, k) and bool(d.noi_nhan) and not d.kinh_gui and d.abbr != "GGT" and not d.dien
           and not any("Như" in x for x in d.noi_nhan), _add_nhu_tren),
    Defect("letter_paper", "R1", _main, _letter),
    Defect("left_margin_inch", "R5", _main, _margins("R5", 2, 1440)),
    Defect("right_margin_inch", "R6", _main, _margins("R6", 3, 1440)),
    Defect("top_margin_15", "R3", _main, _margins("R3", 0, 851)),
    Defect("font_arial", "R7", lambda d, k: _first_prose(d) is not None, _body_font(font="Arial")),
    Defect("red_text", "R8", lambda d, k: _first_prose(d) is not None, _body_font(color="C00000")),
    Defect("nfd", "R9", lambda d, k: _first_prose(d) is not None, _nfd),
    Defect("no_page_number", "R10", lambda d, k: _main(d, k) and not d.one_page and len(d.body) > 12, _no_page_number),
    Defect("first_page_number", "R10", lambda d, k: _main(d, k) and k.page_number != "none", _first_page_number),
    Defect("footer_page_number", "R10", lambda d, k: _main(d, k) and not d.one_page and len(d.body) > 12, _footer_page_number),
    Defect("end_mark", "R48", lambda d, k: bool(d.body) and d.body[-1][1].endswith("./."), _end_mark),
    Defect("mark_case", "R44", _main, _mark),
    Defect("pham_vi_small", "R45", _main, _pham_vi),
    Defect("appendix_upper", "R47", _has("appendix"), _appendix_upper),
    Defect("copy_symbol", "R18", _has("copy"), _copy_symbol),
]
BY_NAME = {d.name: d for d in DEFECTS}


def _form(doc: Doc) -> bool:
    return doc.abbr in ("GM", "GGT", "GNP", "BB")


def plant(doc: Doc, look: Look, rng: random.Random, count: int) -> list[dict]:
    """Plant ``count`` defects that apply (different rules), and return their declarations."""
    declared: list[dict] = []
    candidates = [d for d in DEFECTS if d.applies(doc, look)]
    rng.shuffle(candidates)
    rules: set[str] = set()
    for defect in candidates:
        if len(declared) >= count:
            break
        if defect.rule in rules or not defect.applies(doc, look):
            continue
        at = defect.apply(doc, look)
        rules.add(defect.rule)
        declared.append({"rule": defect.rule, "at": at or None, "defect": defect.name})
    return declared
