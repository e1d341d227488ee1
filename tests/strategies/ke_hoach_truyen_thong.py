"""Communication plans (``ke_hoach_truyen_thong``): every section, every task-group form,
optional sections present or empty, hostile text everywhere the data has text."""
from __future__ import annotations

from hypothesis import strategies as st

from bdg_docs.nd30.header import format_trich_yeu, upper
from bdg_docs.nd30.numbering import diem_letter, roman
from tests.strategies.shared import Sample, content, line_texts, literal, nfc, shared_parts, texts

CLOSING = "Đề nghị các cơ quan, đơn vị triển khai thực hiện."


@st.composite
def documents(draw: st.DrawFn) -> Sample:
    sample = Sample({"loai": "ke_hoach_truyen_thong", "ky_hieu": "KH-UBND"})
    draw(shared_parts(sample))
    data = sample.data
    trich_yeu = draw(texts())
    data["trich_yeu"] = trich_yeu  # a plain text field
    sample.want("than", format_trich_yeu(nfc(trich_yeu)))
    opening = draw(texts())
    if draw(st.booleans()):  # a footnote on the opening paragraph
        note = draw(texts())
        data["mo_dau"] = [literal(opening.rstrip()) + "[^ghi_chu]"]
        data["chu_thich"] = {"ghi_chu": literal(note)}
        sample.want("chu_thich", nfc(note))
    else:
        data["mo_dau"] = [literal(opening)]
    sample.want("than", nfc(opening))
    muc = 1
    data["muc_dich"] = draw(content(sample))
    data["yeu_cau"] = draw(content(sample))
    if draw(st.booleans()):
        muc += 1
        data["muc_tieu"] = {"chung": draw(content(sample, max_size=2)), "cu_the": draw(content(sample, max_size=2))}
    muc += 1
    groups = []
    for number in range(1, draw(st.integers(1, 3)) + 1):
        groups.append(draw(_group(sample, number)))
    data["nhiem_vu"] = {"nhom": groups}
    muc += 1
    data["kinh_phi"] = {"noi_dung": draw(content(sample, max_size=2))}
    extra = []
    for _ in range(draw(st.integers(0, 1))):
        muc += 1
        title = draw(line_texts())
        sample.want("than", f"{roman(muc)}. {upper(nfc(title))}")
        extra.append({"tieu_de": title, "noi_dung": draw(content(sample, max_size=2))})
    data["muc_khac"] = extra
    agencies = []
    for number in range(1, draw(st.integers(1, 3)) + 1):
        name, de_nghi = draw(line_texts()), draw(st.booleans())
        sample.want("than", f"{number}. {'Đề nghị ' if de_nghi else ''}{nfc(name)}")
        agencies.append({"co_quan": literal(name), "de_nghi": de_nghi, "noi_dung": draw(content(sample, max_size=2))})
    data["to_chuc_thuc_hien"] = agencies
    closing = draw(texts())
    sample.want("than", nfc(closing))
    data["ket_luan"] = [literal(closing), CLOSING]
    return sample


@st.composite
def _group(draw: st.DrawFn, sample: Sample, number: int) -> dict:
    """A task group in one of its three forms: bullets; method and tasks; activities."""
    name = draw(line_texts())
    sample.want("than", f"{number}. {nfc(name)}")
    group: dict = {"ten": literal(name)}
    form = draw(st.sampled_from(["noi_dung", "phuong_thuc", "hoat_dong"]))
    if form == "noi_dung":
        group["noi_dung"] = draw(content(sample))
    elif form == "phuong_thuc":
        method = draw(texts())
        sample.want("than", f"- Phương thức thực hiện: {nfc(method)}")
        tasks = draw(st.lists(texts(), max_size=3))
        if tasks:
            sample.want("than", "- Một số nhiệm vụ, giải pháp cụ thể:")
        for task in tasks:
            sample.want("than", f"+ {nfc(task)}")
        group.update(phuong_thuc=literal(method), giai_phap=[literal(t) for t in tasks])
    else:
        activities = []
        for i in range(1, draw(st.integers(1, 2)) + 1):
            ten, lead, when = draw(line_texts()), draw(line_texts()), draw(line_texts())
            sample.want("than", f"{diem_letter(i)}) Hoạt động {i}: {nfc(ten)}")
            sample.want("than", f"- Chủ trì: {nfc(lead)}")
            sample.want("than", f"- Thời gian thực hiện: {nfc(when)}")
            activities.append({"ten": literal(ten), "chu_tri": literal(lead), "thoi_gian": literal(when)})
        group["hoat_dong"] = activities
    return group
