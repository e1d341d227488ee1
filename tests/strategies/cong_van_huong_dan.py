"""Guidance letters (``cong_van_huong_dan``): V/v that fits its column, Kính gửi with one or many
recipients, Nơi nhận opened by ``Như trên``, numbered items in every form, attachments named in
``kem_theo`` and mentioned in the text, with or without a locality profile."""
from __future__ import annotations

from hypothesis import strategies as st

from bdg_docs.compose import END_MARK
from bdg_docs.nd30 import kinh_gui, recipients, vv
from bdg_docs.nd30.page import VV_MAX_LINES
from bdg_docs.nd30.symbols import format_so
from tests.strategies.shared import (VIET, Sample, content, line_texts, literal, locality_parts, nfc,
                                     recipient_names, shared_parts, texts, words)

CLOSING = "Đề nghị các cơ quan, đơn vị triển khai thực hiện"


def vv_texts() -> st.SearchStrategy[str]:
    """A hostile trích yếu short enough for the V/v column (a longer one is refused, R26)."""
    rest = st.lists(st.tuples(st.sampled_from([" ", ""]), words()), max_size=3)
    joined = st.tuples(st.sampled_from(VIET), rest).map(lambda t: t[0] + "".join(s + w for s, w in t[1]))
    return joined.filter(lambda t: len(vv.lines(nfc(t))) <= VV_MAX_LINES)


@st.composite
def documents(draw: st.DrawFn) -> Sample:
    sample = Sample({"loai": "cong_van_huong_dan"})
    data = sample.data
    if draw(st.booleans()):
        profile = draw(locality_parts(sample))
        lead = profile.don_vi_chu_tri
        ky_hieu = f"{profile.viet_tat}-{lead.viet_tat}"  # what the profile fills in for a letter
        sample.want("so", format_so(data["so"], ky_hieu))
    else:
        data["ky_hieu"] = "UBND-VHXH"
        draw(shared_parts(sample))
    sample.expect.setdefault("noi_nhan", []).insert(0, f"- {recipients.NHU_TREN};")
    trich_yeu = draw(vv_texts())
    data["trich_yeu"] = trich_yeu
    sample.want("so", vv.format_vv(nfc(trich_yeu)))
    names = draw(st.lists(recipient_names(), min_size=1, max_size=4))
    data["kinh_gui"] = names
    lines = kinh_gui.format_kinh_gui([" ".join(nfc(n).split()) for n in names])
    if len(lines) == 1:
        sample.want("than", f"{kinh_gui.TIEU_DE} {lines[0]}")
    else:
        for line in [kinh_gui.TIEU_DE, *lines]:
            sample.want("than", line)
    opening = draw(texts())
    data["mo_dau"] = literal(opening) if draw(st.booleans()) else [literal(opening)]
    sample.want("than", nfc(opening))
    attachments = draw(st.lists(line_texts(), max_size=2, unique_by=lambda t: nfc(t).lower()))
    data["kem_theo"] = attachments
    items = [draw(_item(sample, number)) for number in range(1, draw(st.integers(1, 4)) + 1)]
    for name in map(nfc, attachments):  # each attachment is said where it is meant
        items.append(f"Báo cáo theo mẫu (có {literal(name)} gửi kèm theo).")
        sample.want("than", f"{len(items)}. Báo cáo theo mẫu (có {name} gửi kèm theo).")
    data["noi_dung"] = items
    data["ket_luan"] = [*draw(content(sample, min_size=0, max_size=2)), CLOSING]
    sample.want("than", CLOSING + END_MARK)
    return sample


@st.composite
def _item(draw: st.DrawFn, sample: Sample, number: int) -> object:
    """A numbered item: one paragraph; a bold title and content; or title: text on one line."""
    form = draw(st.sampled_from(["doan", "tieu_de", "cung_dong"]))
    if form == "doan":
        text = draw(texts())
        sample.want("than", f"{number}. {nfc(text)}")
        return literal(text)
    title = draw(line_texts())
    if form == "tieu_de":
        sample.want("than", f"{number}. {nfc(title)}")
        return {"tieu_de": literal(title), "noi_dung": draw(content(sample))}
    first = draw(texts())
    heading = nfc(title) if nfc(title).endswith(":") else nfc(title) + ":"
    sample.want("than", f"{number}. {heading} {nfc(first)}")
    return {"tieu_de": literal(title), "cung_dong": True,
            "noi_dung": [literal(first), *draw(content(sample, min_size=0, max_size=2))]}
