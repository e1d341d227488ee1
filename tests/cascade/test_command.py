"""``bdg-docs cap-xa``: a draft for every commune of a province, from the command line."""
from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from bdg_docs.cli import main
from tests.conftest import FIXTURES, needs_libreoffice

PLAN = FIXTURES / "ke_hoach_truyen_thong_thanh_hoa_2026.yaml"
OPENING = "Thực hiện Kế hoạch số 58/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh Thanh Hóa"


def test_every_commune_of_thanh_hoa_gets_a_draft_that_passes_the_checker(tmp_path: Path, capsys):
    out = tmp_path / "out"
    assert main(["cap-xa", str(PLAN), "--tat-ca", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    # no commune profile names its signer: every draft carries the placeholder name, warned about
    assert "Xong: 166 dự thảo đã tạo (166 dự thảo có cảnh báo khi tạo .docx)." in printed
    drafts = sorted(out.glob("*.docx"))
    assert len(drafts) == 166 and len(list(out.glob("*.doi_chieu.md"))) == len(list(out.glob("*.yaml"))) == 166
    assert main(["check", "--format", "json", *map(str, drafts)]) == 0
    reports = json.loads(capsys.readouterr().out)
    assert sum(r["errors"] for r in reports) == 0 and all(r["readable"] for r in reports)
    for path in drafts:
        document = docx.Document(str(path))
        header = [line for line in document.tables[0].rows[0].cells[0].text.split("\n") if line.strip()]
        body = [p.text for p in document.paragraphs]
        commune = json.loads(re.search(r'^dia_phuong: (".*")$', path.with_suffix(".yaml").read_text(encoding="utf-8"), re.M)[1])
        assert header == ["ỦY BAN NHÂN DÂN", commune_name(commune).upper()], path.name  # the header names the commune
        opening = next(p for p in body if p.startswith("Thực hiện Kế hoạch số 58"))
        assert opening.startswith(OPENING), path.name
        assert not [p for p in body if "trên địa bàn tỉnh" in p.lower()], path.name
        agencies = [p for p in body[body.index(next(p for p in body if p.endswith("TỔ CHỨC THỰC HIỆN"))):]
                    if re.match(r"\d+\. ", p)]
        assert agencies and not [p for p in agencies if re.match(r"\d+\. (Đề nghị )?Sở ", p)], path.name
        assert not [p for p in body if re.match(r"- (Chủ trì|Phối hợp):.*\bSở\b", p)], path.name
    summary = (out / "ke_hoach_truyen_thong_thanh_hoa_2026.tong_hop.md").read_text(encoding="utf-8")
    assert "166 dự thảo đã tạo, 0 xã bỏ qua hoặc lỗi" in summary and summary.count("| đã tạo |") == 166


def commune_name(key: str) -> str:
    import bdg_docs

    return bdg_docs.profile_registry()[key].ten_day_du


def test_chosen_communes_and_what_is_refused(tmp_path: Path, capsys):
    out = tmp_path / "out"
    code = main(["cap-xa", str(PLAN), "--xa", "Xã Triệu Sơn", "Xã Phú Cát", "khong_co_xa_nay", "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 1  # one drafted, two refused
    assert "LỖI --xa 'Xã Phú Cát': xã Phú Cát thuộc thành phố Hà Nội, không thuộc tỉnh Thanh Hóa" in captured.err
    assert "LỖI --xa 'khong_co_xa_nay'" in captured.err
    assert sorted(p.name for p in out.iterdir()) == [
        "ke_hoach_truyen_thong_thanh_hoa_2026.tong_hop.md", "ke_hoach_truyen_thong_xa_trieu_son_2026.docx",
        "ke_hoach_truyen_thong_xa_trieu_son_2026.doi_chieu.md", "ke_hoach_truyen_thong_xa_trieu_son_2026.yaml"]
    assert main(["cap-xa", str(PLAN), "--xa", "Xã Triệu Sơn", "-o", str(out)]) == 1
    assert "BỎ QUA" in capsys.readouterr().err


@pytest.mark.parametrize("args, code, message", [
    (["--xa", "khong_co_xa_nay"], 1, "Không có xã nào"),
    (["--tat-ca", "--xa", "Xã Triệu Sơn"], 2, "không dùng cùng với"),
    ([], 2, "cần một trong các tham số --xa --tat-ca"),
])
def test_usage_and_nothing_to_do_write_nothing(tmp_path: Path, capsys, args: list[str], code: int, message: str):
    with pytest.raises(SystemExit) if code == 2 else _nothing():
        assert main(["cap-xa", str(PLAN), *args, "-o", str(tmp_path / "out")]) == code
    assert message in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_a_plan_that_is_not_a_provinces_writes_nothing(tmp_path: Path, capsys):
    commune_plan = FIXTURES / "ke_hoach_truyen_thong_xa_trieu_son_2026.yaml"
    assert main(["cap-xa", str(commune_plan), "--tat-ca", "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "không phải Ủy ban nhân dân một tỉnh" in err and "Chưa ghi tệp nào." in err and not (tmp_path / "out").exists()


@needs_libreoffice
def test_with_pdf_each_draft_has_its_pdf(tmp_path: Path, capsys):
    out = tmp_path / "out"
    assert main(["cap-xa", str(PLAN), "--xa", "Xã Triệu Sơn", "Phường Hạc Thành", "-o", str(out), "--pdf"]) == 0
    assert len(list(out.glob("*.pdf"))) == 2 and all(p.read_bytes()[:5] == b"%PDF-" for p in out.glob("*.pdf"))
    assert f"đã tạo {out / 'ke_hoach_truyen_thong_xa_trieu_son_2026.pdf'}" in capsys.readouterr().out


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False
