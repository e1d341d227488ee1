"""``bdg-docs nhap``: a .docx read into a data file; the report; bad input refused with one
message, exit 1 or 2 and nothing written; an existing file kept unless ``--force``."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from bdg_docs.cli import main
from tests.conftest import DATA, FIXTURES, rendered

PLAN = FIXTURES / "ke_hoach_bdg_vstbcpn_loc_binh_2024.yaml"


@pytest.fixture
def plan_docx(tmp_path: Path) -> Path:
    path = tmp_path / "ke_hoach_2024.docx"
    path.write_bytes(rendered(PLAN))
    return path


def test_the_data_file_is_written_next_to_where_the_command_runs_and_renders(plan_docx, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["nhap", str(plan_docx)]) == 0
    out = capsys.readouterr().out
    written = tmp_path / "ke_hoach_2024.yaml"
    assert f"đã tạo ke_hoach_2024.yaml (ke_hoach_bdg_vstbcpn) từ {plan_docx}" in out
    assert "Đã đọc 94 đoạn; đưa vào tệp 94 đoạn; 0 đoạn cần xem lại." in out
    assert "--year <năm mới>" in out
    assert written.read_text(encoding="utf-8").startswith("# Kế hoạch thực hiện công tác BĐG và VSTBCPN năm N")
    assert main(["render", str(written), "-o", str(tmp_path / "out"), "--year", "2025"]) == 0
    assert (tmp_path / "out" / "ke_hoach_2025.docx").is_file()


def test_the_data_files_header_names_the_word_file_it_was_read_from(plan_docx, tmp_path, capsys):
    target = tmp_path / "kh_sua.yaml"
    assert main(["nhap", str(plan_docx), "-o", str(target)]) == 0
    first = target.read_text(encoding="utf-8").splitlines()[0]
    assert "nhập từ ke_hoach_2024.docx" in first and "kh_sua.yaml" not in first


def test_what_to_review_is_printed_one_line_each_then_the_counts(tmp_path, capsys):
    target = tmp_path / "kh.yaml"
    assert main(["nhap", str(DATA / "word" / "02_kh.docx"), "-o", str(target)]) == 0
    captured = capsys.readouterr()
    review = [line for line in captured.err.splitlines() if line.startswith("CẦN XEM LẠI")]
    assert review and all(str(DATA / "word" / "02_kh.docx") in line for line in review)
    assert any("mục 1.1. giữ nguyên số hiệu" in line for line in review)
    assert "Đã đọc 53 đoạn; đưa vào tệp 53 đoạn;" in captured.out


def test_an_existing_data_file_is_kept_unless_force(plan_docx, tmp_path, capsys):
    target = tmp_path / "da_sua.yaml"
    target.write_text("# bản đã sửa tay\n", encoding="utf-8")
    assert main(["nhap", str(plan_docx), "-o", str(target)]) == 1
    assert "đã có; không ghi đè" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "# bản đã sửa tay\n"
    assert main(["nhap", str(plan_docx), "-o", str(target), "--force"]) == 0
    assert "loai: ke_hoach_bdg_vstbcpn" in target.read_text(encoding="utf-8")


def test_dash_prints_the_data_file(plan_docx, capsys):
    assert main(["nhap", str(plan_docx), "-o", "-"]) == 0
    assert "\nloai: ke_hoach_bdg_vstbcpn\nnam: 2024\n" in capsys.readouterr().out


def test_the_output_must_be_a_yaml_file_so_the_word_file_is_never_written(plan_docx, capsys):
    before = plan_docx.read_bytes()
    assert main(["nhap", str(plan_docx), "-o", str(plan_docx)]) == 2
    assert "phải là tệp .yaml" in capsys.readouterr().err
    assert plan_docx.read_bytes() == before


def _ole() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600


def _damaged() -> bytes:
    data = rendered(PLAN)
    middle = len(data) // 2
    return data[:middle] + b"\0" * 400 + data[middle + 400:]


def _not_word() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("content.xml", "<x/>")
    return out.getvalue()


@pytest.mark.parametrize("name, data, says", [
    ("ghi_chu.docx", "Kế hoạch năm 2024\n".encode(), "không phải .docx"),
    ("cu.doc", _ole(), "tệp .doc (Word 97–2003)"),
    ("hong.docx", _damaged(), "không đọc được tệp"),
    ("bang_tinh.docx", _not_word(), "thiếu word/document.xml"),
    ("rong.docx", b"", "tệp rỗng"),
])
def test_a_file_that_is_not_a_readable_docx_exits_2_and_writes_nothing(tmp_path, capsys, name, data, says):
    source = tmp_path / name
    source.write_bytes(data)
    assert main(["nhap", str(source), "-o", str(tmp_path / "x.yaml")]) == 2
    err = capsys.readouterr().err
    assert says in err and "Chưa ghi tệp nào." in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.yaml").exists()


def test_an_oversized_file_exits_2_and_writes_nothing(plan_docx, tmp_path, monkeypatch, capsys):
    from bdg_docs.reader import package

    monkeypatch.setattr(package, "MAX_FILE_BYTES", 1000)
    assert main(["nhap", str(plan_docx), "-o", str(tmp_path / "x.yaml")]) == 2
    assert "giới hạn của một tệp .docx" in capsys.readouterr().err
    assert not (tmp_path / "x.yaml").exists()


def test_a_document_too_long_for_a_data_file_exits_1_and_writes_nothing(plan_docx, tmp_path, monkeypatch, capsys):
    """A file render could not read is not written: the limit of a data file is said."""
    from bdg_docs import limits

    monkeypatch.setattr(limits, "MAX_YAML_FILE_BYTES", 10_000)
    assert main(["nhap", str(plan_docx), "-o", str(tmp_path / "x.yaml")]) == 1
    err = capsys.readouterr().err
    assert "quá giới hạn 10.000 byte (MAX_YAML_FILE_BYTES)" in err and "Chưa ghi tệp nào." in err
    assert len(err.strip().splitlines()) == 1 and not (tmp_path / "x.yaml").exists()


@pytest.mark.parametrize("name, says", [("03_qd", "Quyết định (QUYẾT ĐỊNH): bdg_docs chưa soạn loại văn bản này"),
                                        ("45_dang", "văn bản của Đảng"),
                                        ("53_qd_sao_y", "bản sao (SAO Y)")])
def test_a_type_bdg_docs_does_not_build_exits_1_and_writes_nothing(tmp_path, capsys, name, says):
    assert main(["nhap", str(DATA / "word" / f"{name}.docx"), "-o", str(tmp_path / "x.yaml")]) == 1
    err = capsys.readouterr().err
    assert says in err and "Các loại nhập được:" in err and "Chưa ghi tệp nào." in err
    assert not (tmp_path / "x.yaml").exists()


def test_loai_forces_the_type_and_an_unknown_one_is_a_usage_error(plan_docx, tmp_path, capsys):
    target = tmp_path / "kh.yaml"
    assert main(["nhap", str(plan_docx), "-o", str(target), "--loai", "ke-hoach-truyen-thong"]) == 0
    assert "loai: ke_hoach_truyen_thong" in target.read_text(encoding="utf-8")
    assert main(["nhap", str(plan_docx), "-o", str(tmp_path / "y.yaml"), "--loai", "quyet_dinh"]) == 2
    assert "không có loại văn bản 'quyet_dinh'" in capsys.readouterr().err
    assert not (tmp_path / "y.yaml").exists()


def test_a_file_that_needs_fixing_before_it_renders_is_written_with_what_to_fix_and_exits_1(tmp_path, capsys):
    """A report that names no plan: the file is written (the officer completes it), each problem
    is printed as LỖI with its field, and the command says to fix them before render."""
    target = tmp_path / "bao_cao.yaml"
    assert main(["nhap", str(DATA / "word" / "25_bc_len.docx"), "-o", str(target)]) == 1
    captured = capsys.readouterr()
    assert any(line.startswith("LỖI ") and "'ke_hoach'" in line for line in captured.err.splitlines())
    assert f"sửa các lỗi trên trong {target}" in captured.err
    assert target.read_text(encoding="utf-8").count("loai: bao_cao_bdg_vstbcpn") == 1
