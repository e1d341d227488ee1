"""The checker on documents written in Word by others (tests/data/word/, made by
tools/make_word_corpus.py): each is recognised as its sidecar says, each declared defect is found
at its place, and nothing else is reported. benchmarks/checker_corpus.py prints the figures."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from benchmarks.checker_corpus import cases, matches, score
from bdg_docs.checker import check
from bdg_docs.nd30.loai import LOAI
from tests.conftest import DATA, ROOT

CORPUS = DATA / "word"
DOCUMENTS = sorted(CORPUS.glob("*.docx"))


def _meta(path: Path) -> dict:
    return YAML(typ="safe").load(path.with_suffix(".yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_each_document_is_recognised_and_exactly_its_declared_defects_are_found(path):
    meta = _meta(path)
    report = check(path)
    assert (report.kind, report.type_name) == (meta["kind"], meta["type_name"])
    declared = meta["defects"] or []
    missed = [d for d in declared if not any(matches(f, d) for f in report.findings)]
    false = [str(f) for f in report.findings if not any(matches(f, d) for d in declared)]
    assert not missed and not false, f"missed: {missed}\nnot declared:\n" + "\n".join(false)


def test_precision_and_recall_meet_the_targets():
    s = score(cases(CORPUS))
    assert s.precision >= 0.95 and s.recall >= 0.90, (s.precision, s.recall)
    assert s.kinds_right == s.kinds


def test_the_corpus_is_made_in_every_way_the_issue_names():
    metas = {p.stem: _meta(p) for p in DOCUMENTS}
    ways = {m["way"] for m in metas.values()}
    assert {"ooxml", "python-docx", "libreoffice", "libreoffice-html"} <= ways
    looks = [m.get("look") or {} for m in metas.values()]
    assert {"table", "tabs", "stacked", "boxes", "frames"} <= {look.get("header") for look in looks}
    assert any(look.get("header_breaks") for look in looks) and any(look.get("numbering") == "auto" for look in looks)
    assert {"table", "tabs", "indent", "right"} <= {look.get("signature") for look in looks}
    assert {"dang", "can_xem_lai", "phu_luc", "ban_sao", "cong_van", "co_ten_loai"} <= {m["kind"] for m in metas.values()}
    names = {m["type_name"] for m in metas.values() if m["kind"] == "co_ten_loai"}
    samples = {loai.ten_in_hoa for loai in LOAI.values() if loai.mau != "1.4" and not loai.ban_sao}
    assert samples <= names  # every type with a sample of its own (Mẫu 1.1–1.3, 1.6–1.10)
    assert sum(1 for m in metas.values() if not m["defects"]) >= 10  # clean documents too


def test_the_hand_written_documents_are_what_the_script_makes():
    sys.path.insert(0, str(ROOT))
    from tools import make_word_corpus as corpus

    for spec in (corpus.DEVELOPMENT, corpus.HELD_OUT):
        for name, data, meta in corpus.ooxml_documents(*spec):
            assert (CORPUS / f"{name}.docx").read_bytes() == corpus.normalise(data), name
            assert (CORPUS / f"{name}.yaml").read_text(encoding="utf-8") == meta, name


def test_a_header_and_signature_typed_with_shift_enter_are_read_and_their_slips_found():
    """The slips the issue names, in lines split by Shift+Enter: 'Số: 5', 'tháng 03', the en dash
    in the Tiêu ngữ, 'K/T' in the signature."""
    sys.path.insert(0, str(ROOT))
    from tools.word_corpus import content
    from tools.word_corpus.defects import BY_NAME
    from tools.word_corpus.layout import Look, render

    doc = content.build("KH", 1001)
    doc.so, doc.ngay = "Số: 05/KH-UBND", "Thanh Hóa, ngày 05 tháng 3 năm 2026"
    doc.titles = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    look = Look(header="table1", header_breaks=True, signature="table", sig_breaks=True)
    declared = [{"rule": BY_NAME[name].rule, "at": BY_NAME[name].apply(doc, look)}
                for name in ("so_unpadded", "month_padded", "tieu_ngu_dash", "kt_slash")]
    report = check(render(doc, look))
    assert sorted(f.rule for f in report.findings) == ["R12", "R17", "R20", "R35"], "\n".join(map(str, report.findings))
    assert all(any(matches(f, d) for f in report.findings) for d in declared)
    # The Tiêu ngữ shares a paragraph with the Quốc hiệu, the K/T line with the other titles: each is named by its line.
    assert all(", dòng " in f.location for f in report.findings if f.rule in ("R12", "R35"))
