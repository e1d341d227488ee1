"""Starter files and ``bdg-docs new``: one per document type, commented, and valid as they are."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.cli import main
from bdg_docs.documents import DOCUMENT_TYPES
from bdg_docs.starters import kind_name, kinds, starter

KINDS = sorted(kind_name(loai) for loai in DOCUMENT_TYPES)


def test_every_document_type_has_a_starter():
    assert sorted(kinds()) == KINDS
    assert all(kinds().values())


@pytest.mark.parametrize("kind", KINDS)
def test_new_writes_a_starter_that_renders_as_it_is(kind: str, tmp_path: Path, capsys):
    target = tmp_path / "moi.yaml"
    assert main(["new", kind, "-o", str(target), "--year", "2027"]) == 0
    assert f"bdg-docs render {target}" in capsys.readouterr().out
    assert main(["render", str(target), "-o", str(tmp_path / "out")]) == 0
    data = (tmp_path / "out" / "moi.docx").read_bytes()
    report = bdg_docs.check(data)
    assert report.ok, "\n".join(map(str, report.findings))
    document = bdg_docs.load(target)
    assert document.ngay.nam == 2027 and document.loai == kind.replace("-", "_")


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_of_a_starter_has_a_comment(kind: str):
    lines = starter(kind, nam=2026).splitlines()
    uncommented = [
        line for i, line in enumerate(lines)
        if re.match(r"^[a-z_]+:", line) and "#" not in line and not lines[i - 1].startswith("#")
    ]
    assert uncommented == []
    model = DOCUMENT_TYPES[kind.replace("-", "_")]
    keys = {m.group(1) for m in (re.match(r"^([a-z_]+):", line) for line in lines) if m}
    required = {name for name, field in model.model_fields.items() if field.is_required()}
    assert required <= keys


def test_the_year_is_filled_in_everywhere(tmp_path: Path):
    text = starter("ke-hoach-truyen-thong", nam=2031)
    assert "${" not in text and "năm 2031" in text
    assert starter("ke_hoach_truyen_thong", nam=2031) == text


def test_new_keeps_an_existing_file_unless_force(tmp_path: Path, capsys):
    target = tmp_path / "ke_hoach.yaml"
    target.write_text("# bản đã sửa\n", encoding="utf-8")
    assert main(["new", "ke-hoach-truyen-thong", "-o", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "# bản đã sửa\n"
    assert "--force" in capsys.readouterr().err
    assert main(["new", "ke-hoach-truyen-thong", "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Kế hoạch truyền thông")


def test_new_prints_to_stdout_with_dash(capsys):
    assert main(["new", "ke-hoach-truyen-thong", "-o", "-", "--year", "2026"]) == 0
    assert capsys.readouterr().out == starter("ke-hoach-truyen-thong", nam=2026)


def test_new_without_a_kind_lists_the_kinds_and_an_unknown_kind_says_which_exist(capsys):
    assert main(["new"]) == 0  # asking which kinds there are is not a mistake
    out = capsys.readouterr().out
    assert all(kind in out for kind in ("ke-hoach-truyen-thong", "cong-van-huong-dan", "ke-hoach-bdg-vstbcpn"))
    assert main(["new", "ke-hoach-truyen-thongg"]) == 2
    assert "Có phải là 'ke-hoach-truyen-thong'?" in capsys.readouterr().err


def test_new_writes_into_the_current_folder_by_default(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "ke-hoach-truyen-thong"]) == 0
    assert (tmp_path / "ke_hoach_truyen_thong.yaml").read_text(encoding="utf-8").startswith("# ")
