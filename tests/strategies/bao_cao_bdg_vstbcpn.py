"""Annual reports (``bao_cao_bdg_vstbcpn``): hostile text in every section, the plan cited in the
opening, activities with and without their result, the indicator table in the body or as an
appendix with values typed the Vietnamese way, and the budget in figures and words."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

from bdg_docs.compose import END_MARK
from bdg_docs.documents.bao_cao_bdg_vstbcpn import CHO_GHI_TAY
from bdg_docs.indicators import shipped_indicators
from bdg_docs.models.citation import VanBan
from bdg_docs.nd30.header import format_trich_yeu, upper
from bdg_docs.nd30.symbols import format_so
from bdg_docs.numbers import format_money_in_words, format_number
from tests.strategies.ke_hoach_bdg_vstbcpn import _YEAR_AT_END, Refs, with_refs
from tests.strategies.shared import Sample, content, line_texts, literal, locality_parts, nfc, shared_parts, texts

CLOSING = "Trên đây là báo cáo kết quả thực hiện năm [$nam]."
KEYS = sorted(shipped_indicators())


@st.composite
def documents(draw: st.DrawFn) -> Sample:
    sample = Sample({"loai": "bao_cao_bdg_vstbcpn"})
    data = sample.data
    if draw(st.booleans()):
        profile = draw(locality_parts(sample))
        sample.want("so", format_so(data["so"], f"BC-{profile.viet_tat}"))
    else:
        data["ky_hieu"] = "BC-UBND"
        draw(shared_parts(sample))
    nam = data["ngay"]["nam"] - draw(st.integers(0, 1))  # issued at the end of its year, or early the next
    data["nam"] = nam
    trich_yeu = draw(texts().filter(lambda t: not _YEAR_AT_END.search(nfc(t))))
    data["trich_yeu"] = trich_yeu
    sample.want("than", format_trich_yeu(f"{nfc(trich_yeu)} năm {nam}"))
    plan = {"loai": "Kế hoạch", "so_ky_hieu": "12/KH-UBND", "ngay": date(nam, 2, 20), "co_quan": "Ủy ban nhân dân xã",
            "trich_yeu": f"thực hiện công tác bình đẳng giới năm {nam}"}
    data["van_ban"] = {"kh": plan}
    data["ke_hoach"] = {"van_ban": "kh", "nam": nam - draw(st.integers(0, 1))}
    refs = Refs({}, {"nam": str(nam), "nam_truoc": str(nam - 1), "nam_sau": str(nam + 1)})
    text, shown = draw(with_refs(refs, cite=("kh", VanBan.model_validate(plan).day_du())))
    data["mo_dau"] = [text]
    sample.want("than", shown)
    sample.want("than", f"I. {upper('Công tác lãnh đạo, chỉ đạo, triển khai')}")
    data["lanh_dao_chi_dao"] = draw(content(sample))
    sample.want("than", f"II. {upper('Kết quả thực hiện')}")
    data["ket_qua_thuc_hien"] = draw(_groups(sample))
    number = len(data["ket_qua_thuc_hien"])
    appendix = draw(st.booleans())
    if draw(st.booleans()):
        number += 1
        data["bang_chi_tieu"] = draw(_table(sample, nam, number, appendix))
    if draw(st.booleans()):
        number += 1
        data["kinh_phi"] = draw(_budget(sample, nam, number))
    for title, key, khoan in (("Đánh giá chung", "danh_gia", True),
                              (f"Phương hướng, nhiệm vụ năm {nam + 1}", "phuong_huong", False),
                              ("Đề xuất, kiến nghị", "de_xuat", False)):
        sample.want("than", f"{['III', 'IV', 'V'][['danh_gia', 'phuong_huong', 'de_xuat'].index(key)]}. {upper(title)}")
        if khoan:
            data[key] = {}
            for n, (name, field) in enumerate((("Kết quả đạt được", "ket_qua_dat_duoc"), ("Hạn chế", "han_che"),
                                               ("Nguyên nhân", "nguyen_nhan")), start=1):
                sample.want("than", f"{n}. {name}")
                data[key][field] = draw(content(sample, max_size=2))
        else:
            data[key] = draw(content(sample, max_size=2))
    data["ket_luan"] = [CLOSING]
    sample.want("than", CLOSING.replace("[$nam]", str(nam))[:-1] + END_MARK)
    if "bang_chi_tieu" in data and appendix:
        sample.want("than", "Phụ lục")
        sample.want("than", upper(f"Kết quả thực hiện các chỉ tiêu về bình đẳng giới năm\u00a0{nam}"))
    return sample


@st.composite
def _groups(draw: st.DrawFn, sample: Sample) -> list[dict]:
    """Groups of the plan, each with activities: a result (printed), or only the activity (a line to fill in)."""
    groups = []
    for number in range(1, draw(st.integers(1, 3)) + 1):
        name = draw(line_texts())
        sample.want("than", f"{number}. {nfc(name)}")
        group: dict = {"ten": literal(name), "hoat_dong": []}
        for _ in range(draw(st.integers(1, 3))):
            activity = draw(texts())
            if draw(st.booleans()):
                result = draw(texts())
                group["hoat_dong"].append({"hoat_dong": literal(activity), "ket_qua": literal(result)})
                sample.want("than", f"- {nfc(result)}")
            else:
                group["hoat_dong"].append({"hoat_dong": literal(activity)})
                sample.want("than", f"- {nfc(activity).rstrip(' .;:')}: {CHO_GHI_TAY}")
        groups.append(group)
    return groups


@st.composite
def _table(draw: st.DrawFn, sample: Sample, nam: int, number: int, appendix: bool) -> dict:
    """Indicator rows by key, values typed the Vietnamese way (``1.234,5``) or as numbers."""
    sample.want("than", f"{number}. Kết quả thực hiện các chỉ tiêu về bình đẳng giới năm\u00a0{nam}")
    if appendix:
        sample.want("than", "Kết quả thực hiện các chỉ tiêu chi tiết tại Phụ lục kèm theo Báo cáo này.")
    catalogue = shipped_indicators()
    rows = []
    for position, key in enumerate(draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=6)), start=1):
        indicator = catalogue[key]
        top = 100 if indicator.don_vi == "%" else 10_000_000
        value = draw(st.decimals(0, top, places=draw(st.integers(0, 2)), allow_nan=False, allow_infinity=False))
        typed = draw(st.sampled_from([format_number(value), value]))
        rows.append({"chi_tieu": key, "ket_qua": typed})
        for cell in (str(position), indicator.ten, indicator.don_vi, format_number(Decimal(value))):
            sample.want("bang", cell)
    return {"phu_luc": appendix, "dong": rows}


@st.composite
def _budget(draw: st.DrawFn, sample: Sample, nam: int, number: int) -> dict:
    sample.want("than", f"{number}. Kinh phí thực hiện")
    allocated = draw(st.integers(0, 10**12))
    sample.want("than", f"Kinh phí được giao năm {nam}: {format_money_in_words(allocated)}.")
    return {"duoc_giao": draw(st.sampled_from([format_number(allocated), allocated]))}
