"""Annual plans (``ke_hoach_bdg_vstbcpn``): text that mixes hostile words with ``[=ABBR]``
abbreviations (in full the first time, short after) and ``[$...]`` year values, the action month
and reporting deadlines by default or overridden, the superior's plan and the budget decision
cited, agencies in every form, with or without a locality profile (agencies by key)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import strategies as st

from bdg_docs.compose import END_MARK
from bdg_docs.documents.ke_hoach_bdg_vstbcpn import TEN_THANG_HANH_DONG
from bdg_docs.models.citation import VanBan
from bdg_docs.nd30.dates import day_text, format_ngay_ngan, month_text
from bdg_docs.nd30.header import format_trich_yeu, upper
from bdg_docs.nd30.numbering import roman
from bdg_docs.nd30.symbols import format_so
from bdg_docs.profiles import Profile
from tests.strategies.shared import Sample, content, line_texts, literal, locality_parts, nfc, shared_parts, texts

ABBREVIATIONS = ["BĐG", "VSTBCPN", "LHPN"]
CLOSING = ("Các đơn vị báo cáo kết quả 06 tháng (trước ngày [$han_bao_cao_6_thang]) và cả năm [$nam] "
           "(trước ngày [$han_bao_cao_nam]) về Ủy ban nhân dân xã.")
_YEAR_AT_END = re.compile(r"\bnăm\s+\d{4}\s*$")  # refused in trích yếu: the library adds the year


class Refs:
    """What ``[=ABBR]`` and ``[$name]`` show, tracking which abbreviations were introduced."""

    def __init__(self, viet_tat: dict[str, str], values: dict[str, str]):
        self.viet_tat, self.values, self.introduced = viet_tat, values, set()

    def show(self, token: str) -> str:
        sigil, key = token[1], token[2:-1]
        if sigil == "$":
            return self.values[key]
        if key in self.introduced:
            return key
        self.introduced.add(key)
        return f"{nfc(self.viet_tat[key])} ({key})"


@st.composite
def with_refs(draw: st.DrawFn, refs: Refs, *, cite: tuple[str, str] | None = None) -> tuple[str, str]:
    """A paragraph of hostile words and references: (data, the text it renders), in reading order."""
    tokens = [f"[={k}]" for k in refs.viet_tat] + [f"[${k}]" for k in sorted(refs.values)]
    chosen = draw(st.lists(st.sampled_from(tokens), min_size=0 if cite else 1, max_size=4))
    if cite:
        chosen.insert(draw(st.integers(0, len(chosen))), f"[@{cite[0]}]")
    first = draw(line_texts())
    data, shown = literal(first), first
    for token in chosen:
        word = draw(line_texts())
        data += f" {token} {literal(word)}"
        shown += f" {cite[1] if token.startswith('[@') else refs.show(token)} {word}"
    return data, nfc(shown)


@st.composite
def documents(draw: st.DrawFn) -> Sample:
    sample = Sample({"loai": "ke_hoach_bdg_vstbcpn"})
    data = sample.data
    profile: Profile | None = None
    if draw(st.booleans()):
        profile = draw(locality_parts(sample))
        sample.want("so", format_so(data["so"], f"KH-{profile.viet_tat}"))
    else:
        data["ky_hieu"] = "KH-UBND"
        draw(shared_parts(sample))
    nam = data["ngay"]["nam"] + draw(st.integers(0, 1))  # issued in its year, or late the year before
    data["nam"] = nam
    trich_yeu = draw(texts().filter(lambda t: not _YEAR_AT_END.search(nfc(t))))
    data["trich_yeu"] = trich_yeu
    sample.want("than", format_trich_yeu(f"{nfc(trich_yeu)} năm {nam}"))
    values, action_month = draw(_values(sample, nam))
    refs = Refs(draw(_viet_tat()), values)
    data["viet_tat"] = refs.viet_tat
    data["van_ban"] = {"kh_cap_tren": _ke_hoach_cap_tren(nam), "qd_du_toan": _quyet_dinh(nam)}
    data["ke_hoach_cap_tren"] = "kh_cap_tren"
    text, shown = draw(with_refs(refs, cite=("kh_cap_tren", VanBan.model_validate(_ke_hoach_cap_tren(nam)).day_du())))
    data["mo_dau"] = [text]
    sample.want("than", shown)
    sample.want("than", f"I. {upper('Mục đích, yêu cầu')}")
    data["muc_dich"] = draw(content(sample))
    data["yeu_cau"] = draw(content(sample))
    sample.want("than", f"II. {upper('Nội dung hoạt động')}")
    data["noi_dung_hoat_dong"] = draw(_groups(sample, refs, action_month))
    sample.want("than", f"III. {upper('Kinh phí thực hiện')}")
    if draw(st.booleans()):
        budget = VanBan.model_validate(_quyet_dinh(nam)).day_du()
        text, shown = draw(with_refs(refs, cite=("qd_du_toan", budget)))
        sample.want("than", shown)
        data["kinh_phi"] = {"quyet_dinh": "qd_du_toan", "noi_dung": [text, *draw(content(sample, min_size=0, max_size=2))]}
    else:
        data["kinh_phi"] = {"noi_dung": draw(content(sample, max_size=2))}
    sample.want("than", f"IV. {upper('Tổ chức thực hiện')}")
    data["to_chuc_thuc_hien"] = [draw(_agency(sample, n, profile)) for n in range(1, draw(st.integers(1, 3)) + 1)]
    ket_luan = draw(content(sample, min_size=0, max_size=2))
    unused = [k for k in refs.viet_tat if k not in refs.introduced]
    if unused:  # every abbreviation must be used somewhere
        ket_luan.append("Viết tắt: " + ", ".join(f"[={k}]" for k in unused) + ".")
        sample.want("than", "Viết tắt: " + ", ".join(refs.show(f"[={k}]") for k in unused) + ".")
    closing = re.sub(r"\[\$\w+\]", lambda m: refs.show(m.group()), CLOSING)
    data["ket_luan"] = [*ket_luan, CLOSING]
    sample.want("than", closing[:-1] + END_MARK)
    return sample


def _viet_tat() -> st.SearchStrategy[dict[str, str]]:
    return st.lists(st.sampled_from(ABBREVIATIONS), unique=True, max_size=3).flatmap(
        lambda keys: st.fixed_dictionaries({k: line_texts() for k in keys}))


@st.composite
def _values(draw: st.DrawFn, sample: Sample, nam: int) -> tuple[dict[str, str], str]:
    """The action month and deadlines, by default or overridden: every ``[$...]`` value, and
    the action-month group's title."""
    tu, den = date(nam, 11, 15), date(nam, 12, 15)
    if draw(st.booleans()):
        tu = draw(st.dates(date(nam, 1, 1), date(nam, 12, 30)))
        den = draw(st.dates(tu + timedelta(days=1), date(nam, 12, 31)))
        sample.data["thang_hanh_dong"] = {"tu": tu, "den": den}
    six, year = date(nam, 6, 15), date(nam, 12, 15)
    own_six, own_year = draw(st.booleans()), draw(st.booleans())
    if own_six:
        six = draw(st.dates(date(nam, 1, 1), date(nam, 12, 30) if own_year else year - timedelta(days=1)))
    if own_year:
        year = draw(st.dates(six + timedelta(days=1), date(nam, 12, 31)))
    sample.data["han_bao_cao"] = {**({"sau_thang": six} if own_six else {}), **({"ca_nam": year} if own_year else {})}
    values = {
        "nam": str(nam), "nam_truoc": str(nam - 1), "nam_sau": str(nam + 1),
        "thang_hanh_dong": f"{day_text(tu.day)}/{month_text(tu.month)}-{format_ngay_ngan(den)}",
        "bat_dau_thang_hanh_dong": format_ngay_ngan(tu), "ket_thuc_thang_hanh_dong": format_ngay_ngan(den),
        "han_bao_cao_6_thang": format_ngay_ngan(six), "han_bao_cao_nam": format_ngay_ngan(year),
    }
    return values, f"{TEN_THANG_HANH_DONG} từ ngày {format_ngay_ngan(tu)} đến ngày {format_ngay_ngan(den)}"


@st.composite
def _groups(draw: st.DrawFn, sample: Sample, refs: Refs, title: str) -> list[dict]:
    """Groups of Nội dung hoạt động, exactly one of them the action month."""
    count = draw(st.integers(1, 3))
    action = draw(st.integers(0, count - 1))
    groups = []
    for i in range(count):
        group: dict = {"mot_lan": draw(st.booleans())}
        if i == action:
            group["thang_hanh_dong"] = True
            sample.want("than", f"{i + 1}. {title}")
        else:
            name = draw(line_texts())
            group["ten"] = literal(name)
            sample.want("than", f"{i + 1}. {nfc(name)}")
        text, shown = draw(with_refs(refs))
        sample.want("than", shown)
        group["noi_dung"] = [text, *draw(content(sample, min_size=0, max_size=2))]
        groups.append(group)
    return groups


@st.composite
def _agency(draw: st.DrawFn, sample: Sample, number: int, profile: Profile | None) -> dict:
    """An agency of Tổ chức thực hiện: by the profile's key or by name; plain, with its role, or run-in."""
    if profile is not None and draw(st.booleans()):
        key = draw(st.sampled_from(profile.agency_keys()))
        co_quan, name = {"khoa": key}, profile.agency(key)
    else:
        raw = draw(line_texts())
        co_quan, name = literal(raw), nfc(raw)
    de_nghi = draw(st.booleans())
    label = f"{number}. {'Đề nghị ' if de_nghi else ''}{name}"
    agency = {"co_quan": co_quan, "de_nghi": de_nghi}
    form = draw(st.sampled_from(["ten", "vai_tro", "cung_dong"]))
    if form == "cung_dong":
        first = draw(texts())
        sample.want("than", f"{label if label.endswith(':') else label + ':'} {nfc(first)}")
        agency.update(cung_dong=True, noi_dung=[literal(first), *draw(content(sample, min_size=0, max_size=2))])
        return agency
    if form == "vai_tro":
        role = draw(line_texts())
        agency["vai_tro"] = literal(role)
        label += f" ({nfc(role)})."
    sample.want("than", label)
    agency["noi_dung"] = draw(content(sample, max_size=2))
    return agency


def _ke_hoach_cap_tren(nam: int) -> dict:
    return {"loai": "Kế hoạch", "so_ky_hieu": "16/KH-UBND", "ngay": date(nam, 1, 20), "co_quan": "Ủy ban nhân dân tỉnh",
            "lien_tu": "về việc", "trich_yeu": f"thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm {nam}"}


def _quyet_dinh(nam: int) -> dict:
    return {"loai": "Quyết định", "so_ky_hieu": "68/QĐ-UBND", "ngay": date(nam, 1, 8),
            "co_quan": "Ủy ban nhân dân xã", "trich_yeu": f"giao dự toán ngân sách năm {nam}"}
