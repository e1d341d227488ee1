"""Batch rendering: one bad file costs only itself, nothing is overwritten, messages in order."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from bdg_docs.batch import render_batch
from bdg_docs.cli import main
from bdg_docs.commands.progress import Progress
from tests.conftest import TRIEU_SON
from tests.minimal import MINIMAL, replace

# Three ways to get a file wrong, each with the line the officer must look at.
BROKEN = {
    17: (replace("ky_hieu: KH-UBND", "ky_hieu: UBND-KH"), 5, "ky_hieu"),
    101: (replace("dia_danh: Đông Sơn", "dia_danh: đông Sơn"), 6, "dia_danh"),
    150: (replace("  ho_ten: Nguyễn Văn An", "  ho_ten: Nguyễn Văn An\n  chuc_vu: Phó Chủ tịch"), 32, "chu_ky.chuc_vu"),
}


def _inputs(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        text = BROKEN[n][0] if n in BROKEN else replace("năm 2026\n", f"năm 2026 (bản {n})\n")
        path = folder / f"ke_hoach_{n:03d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_a_batch_of_200_with_3_invalid_renders_197_and_reports_the_3(tmp_path: Path, capsys):
    sources = _inputs(tmp_path / "in", 200)
    out = tmp_path / "out"
    assert main(["render", *map(str, sources), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 197
    assert written == [f"ke_hoach_{n:03d}.docx" for n in range(200) if n not in BROKEN]
    for n, (_, line, field) in BROKEN.items():
        assert f"{sources[n]}:{line}: trường '{field}'" in captured.err
    assert "Traceback" not in captured.err
    assert "Xong: 197 tệp đã tạo, 3 tệp lỗi hoặc bỏ qua." in captured.err
    done = [line for line in captured.out.splitlines() if line.startswith("đã tạo")]
    assert done == [f"đã tạo {out / name}" for name in written]  # input order, even from many processes


def test_a_second_run_refuses_keeps_the_first_files_and_says_how_to_overwrite(tmp_path: Path, capsys):
    sources = _inputs(tmp_path / "in", 3)
    out = tmp_path / "out"
    args = ["render", *map(str, sources), "-o", str(out)]
    assert main(args) == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / "ke_hoach_001.docx").write_bytes(b"ban can bo da sua tay")
    first["ke_hoach_001.docx"] = b"ban can bo da sua tay"
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first
    assert err.count("BỎ QUA") == 3 and "dùng --force" in err
    assert main([*args, "--force"]) == 0
    assert (out / "ke_hoach_001.docx").read_bytes()[:2] == b"PK"


def test_an_existing_pdf_keeps_its_document_from_being_rendered_again(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{TRIEU_SON.stem}.pdf").write_bytes(b"%PDF ban da ky")
    result = render_batch([TRIEU_SON], out, pdf=True, soffice="/khong/co/soffice")
    assert [o.status for o in result.outcomes] == ["exists"]
    assert "--force" in result.outcomes[0].message
    assert sorted(p.name for p in out.iterdir()) == [f"{TRIEU_SON.stem}.pdf"]


def test_two_files_with_the_same_name_do_not_write_over_each_other(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "ke_hoach.yaml").write_text(MINIMAL, encoding="utf-8")
    result = render_batch([tmp_path / "a" / "ke_hoach.yaml", tmp_path / "b" / "ke_hoach.yaml"], tmp_path / "out")
    assert [o.status for o in result.outcomes] == ["ok", "invalid"]
    assert "cùng tên với" in result.outcomes[1].message and "Đổi tên" in result.outcomes[1].message


def test_worker_processes_give_the_same_outcomes_as_one_process(tmp_path: Path):
    sources = _inputs(tmp_path / "in", 24)
    one = render_batch(sources, tmp_path / "one", workers=1)
    many = render_batch(sources, tmp_path / "many", workers=2)
    strip = lambda r: [(o.source, o.status, o.problems, o.warnings, o.message) for o in r.outcomes]  # noqa: E731
    assert strip(one) == strip(many)
    for name in (p.name for p in (tmp_path / "one").iterdir()):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "many" / name).read_bytes()


def test_an_unexpected_failure_shows_a_sentence_and_a_traceback_only_with_debug(tmp_path: Path, capsys, monkeypatch):
    import bdg_docs.api

    def broken(*args, **kwargs):
        raise RuntimeError("hỏng")

    monkeypatch.setattr(bdg_docs.api, "render", broken)
    assert main(["render", str(TRIEU_SON), "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "lỗi không mong đợi (RuntimeError: hỏng)" in err and "Traceback" not in err
    assert main(["render", str(TRIEU_SON), "-o", str(tmp_path), "--debug"]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_a_folder_that_cannot_be_written_is_an_environment_error(tmp_path: Path, capsys):
    blocked = tmp_path / "tep_chu_khong_phai_thu_muc"
    blocked.write_text("x")
    assert main(["render", str(TRIEU_SON), "-o", str(blocked)]) == 2
    err = capsys.readouterr().err
    assert f"không ghi được {blocked}" in err and "là một tệp, không phải thư mục" in err and "Traceback" not in err


def test_an_interrupted_write_leaves_no_file_and_no_temporary(tmp_path: Path, monkeypatch):
    from bdg_docs.files import write_atomic

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "van_ban.docx", b"PK" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_stops_with_a_sentence_and_status_130(tmp_path: Path, capsys, monkeypatch):
    import bdg_docs.batch

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(bdg_docs.batch, "_run", interrupt)
    assert main(["render", str(TRIEU_SON), "-o", str(tmp_path)]) == 130
    assert "Đã dừng" in capsys.readouterr().err


def test_the_progress_bar_draws_on_a_terminal_and_stays_silent_otherwise():
    shown, silent = io.StringIO(), io.StringIO()
    for stream, enabled in ((shown, True), (silent, False)):
        bar = Progress(4, stream, enabled=enabled)
        bar.step()
        bar.say("đã tạo a.docx", stream)
        bar.step()
        bar.close()
    assert "\r" in shown.getvalue() and "2/4 tệp" in shown.getvalue()
    assert shown.getvalue().endswith("\r") and "đã tạo a.docx\n" in shown.getvalue()
    assert silent.getvalue() == "đã tạo a.docx\n"


def test_warnings_are_printed_and_counted_in_the_summary(tmp_path: Path, capsys, monkeypatch):
    from bdg_docs.documents import KeHoachTruyenThong
    from bdg_docs.errors import Problem

    monkeypatch.setattr(KeHoachTruyenThong, "canh_bao",
                        lambda self: (Problem("van_ban.qd", "văn bản đã hết hiệu lực."),))
    assert main(["render", str(TRIEU_SON), "-o", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert f"CẢNH BÁO {TRIEU_SON}: trường 'van_ban.qd': văn bản đã hết hiệu lực." in captured.err
    assert "Xong: 1 tệp đã tạo (1 tệp có cảnh báo cần xem lại)." in captured.out
