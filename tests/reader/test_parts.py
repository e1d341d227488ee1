"""Recognising a document's parts (bdg_docs.reader.parts): the typed result other tools build
on, on the corpus of documents laid out the ways offices do (tests/data/word/)."""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from bdg_docs.reader import find_parts, read
from bdg_docs.reader.lines import norm
from tests.conftest import DATA

CORPUS = DATA / "word"
HEADER_LAYOUTS = {"table": "table", "table1": "table", "table2": "table", "table3": "table", "table_flow": "table",
                  "tabs": "tabs", "stacked": "paragraphs", "boxes": "frames", "boxes_vml": "frames", "frames": "frames"}
SIGNATURE_LAYOUTS = {"table": {"table"}, "rows": {"table"}, "tabs": {"tabs"}, "tabs2": {"tabs", "paragraphs"},
                     "indent": {"indent"}, "right": {"right"}}


def _documents(way: str = "ooxml") -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(CORPUS.glob("*.docx")):
        meta = YAML(typ="safe").load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
        if meta["way"] == way and meta["kind"] in ("co_ten_loai", "cong_van"):
            out.append((path, meta))
    return out


@pytest.mark.parametrize(("path", "meta"), _documents(), ids=lambda x: x.stem if isinstance(x, Path) else "")
def test_the_header_signature_and_noi_nhan_are_found_whatever_their_layout(path, meta):
    parts = find_parts(read(path))
    look = meta["look"]
    header = parts.header
    assert header is not None and header.layout == HEADER_LAYOUTS[look["header"]]
    assert norm(header.quoc_hieu.text).upper().startswith("CỘNG H")
    assert header.tieu_ngu is not None and header.co_quan
    if parts.attached:  # a Quy chế issued with a decision: no number, date or Nơi nhận of its own
        assert header.so is None and header.ngay is None and parts.noi_nhan is None
        return
    assert norm(header.so.text).startswith("Số")
    assert header.ngay is not None or meta["type_name"] == "BIÊN BẢN"
    assert (parts.kind == "cong_van") == bool(header.vv)
    signature = parts.signature
    assert signature is not None and signature.titles and signature.name is not None
    if meta["type_name"] != "BIÊN BẢN":
        assert signature.layout in SIGNATURE_LAYOUTS[look["signature"]]
    assert parts.noi_nhan is not None and parts.noi_nhan.items
    declared = {d["defect"] for d in meta["defects"] or []}
    assert parts.noi_nhan.luu is not None or "luu" in declared
    assert parts.body and parts.body[-1].paragraph.text.strip()


def _clean(meta: dict) -> bool:
    """No defect but R49 (a header laid out without a table)."""
    return all(d["rule"] == "R49" for d in meta["defects"] or [])


def _one(kind: str) -> Path:
    return next(p for p, meta in _documents() if p.stem.endswith(kind) and _clean(meta))


def test_a_decision_has_its_authority_basis_decision_line_and_articles():
    parts = find_parts(read(next(p for p, _ in _documents() if p.stem.endswith("_qd"))))
    assert parts.type_name == "QUYẾT ĐỊNH" and parts.loai.viet_tat == "QĐ"
    assert parts.tham_quyen and all(norm(p.text).isupper() for p in parts.tham_quyen)
    assert norm(parts.can_cu[-1].text).startswith("Theo đề nghị") and norm(parts.quyet_nghi.text) == "QUYẾT ĐỊNH:"
    assert [b.label for b in parts.body if b.role == "dieu"] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert norm(parts.noi_nhan.items[0].text).startswith("- Như Điều 3")


def test_a_regulation_has_chapters_articles_clauses_and_points():
    path = next(p for p, meta in _documents() if p.stem.endswith(("_qc", "_qc_kem")))
    parts = find_parts(read(path))
    roles = [b.role for b in parts.body]
    assert {"chuong", "tieu_de", "dieu", "khoan", "diem"} <= set(roles)
    assert roles.index("chuong") < roles.index("tieu_de") < roles.index("dieu")


def test_a_letter_has_its_vv_and_kinh_gui():
    path, _ = next((p, m) for p, m in _documents() if m["kind"] == "cong_van" and _clean(m))
    parts = find_parts(read(path))
    assert norm(parts.header.vv[0].text).startswith("V/v ")
    text = norm(parts.kinh_gui.heading.text)
    assert text.startswith("Kính gửi")
    assert parts.kinh_gui.items or len(text) > len("Kính gửi:")


def test_appendices_copies_party_documents_and_ambiguous_ones():
    appendix = find_parts(read(next(CORPUS.glob("*_kh_phu_luc.docx"))))
    assert appendix.kind == "co_ten_loai" and appendix.appendices
    assert norm(appendix.appendices[0].heading.text).lower().startswith("phụ lục")
    assert appendix.appendices[0].kem_theo is not None and appendix.appendices[0].title
    copy = find_parts(read(next(CORPUS.glob("*_qd_sao_y.docx"))))
    assert (copy.kind, copy.type_name, copy.copy_of) == ("ban_sao", "SAO Y", ("co_ten_loai", "QUYẾT ĐỊNH"))
    assert norm(copy.ban_sao.so.text).startswith("Số:") and copy.ban_sao.signature and copy.ban_sao.noi_nhan
    party = find_parts(read(next(CORPUS.glob("*_dang.docx"))))
    assert party.kind == "dang" and party.header.dang
    two = find_parts(read(next(CORPUS.glob("*_hai_ten_loai.docx"))))
    assert two.kind == "can_xem_lai" and "hai tên loại" in two.review[0]


def test_found_names_the_parts_seen():
    parts = find_parts(read(_one("_kh")))
    assert {"quoc_hieu", "co_quan", "so", "ngay", "ten_loai", "trich_yeu", "noi_dung", "chu_ky", "noi_nhan"} <= set(parts.found())
