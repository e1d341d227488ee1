"""``bdg-docs check``: the readable report, JSON for other tools, and exit status 0/1/2."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bdg_docs.cli import main
from tests.checker.mutate import Edit, mutate
from tests.conftest import ROOT

FINDING_KEYS = {"rule", "severity", "location", "excerpt", "message", "hint"}


@pytest.fixture
def good(tmp_path: Path, trieu_son_docx: bytes) -> Path:
    path = tmp_path / "ke_hoach.docx"
    path.write_bytes(trieu_son_docx)
    return path


@pytest.fixture
def broken(tmp_path: Path, trieu_son_docx: bytes) -> Path:
    path = tmp_path / "sai_so.docx"
    path.write_bytes(mutate(trieu_son_docx, Edit("word/document.xml", "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND",
                                                 "Số: 5/KH-UBND")))
    return path


def _damaged(data: bytes) -> bytes:
    """The file with a stretch of its compressed content overwritten, as a bad copy leaves it."""
    middle = len(data) // 2
    return data[:middle] + b"\0" * 400 + data[middle + 400:]


def test_a_conformant_file_exits_0_and_says_so(good: Path, capsys):
    assert main(["check", str(good)]) == 0
    out = capsys.readouterr().out
    assert f"{good}: văn bản có tên loại (KẾ HOẠCH); đúng thể thức Nghị định 30, không có lỗi." in out


def test_a_file_with_errors_exits_1_and_names_rule_place_and_fix(broken: Path, capsys):
    assert main(["check", str(broken)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}: văn bản có tên loại (KẾ HOẠCH); 1 lỗi, 0 cảnh báo." in out
    line = next(line for line in out.splitlines() if "R17" in line)
    assert line.strip().startswith("LỖI R17 [bảng 1, hàng 2, ô 1, đoạn 1 «Số: 5/KH-UBND»]")
    assert "'05'" in line and "→" in line


def test_json_lists_every_file_with_its_findings(good: Path, broken: Path, capsys):
    assert main(["check", "--format", "json", str(good), str(broken)]) == 1
    results = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in results] == [str(good), str(broken)]
    assert results[0]["ok"] is True and results[0]["findings"] == []
    bad = results[1]
    assert (bad["readable"], bad["kind"], bad["type_name"], bad["ok"], bad["errors"]) == (
        True, "co_ten_loai", "KẾ HOẠCH", False, 1)
    (finding,) = bad["findings"]
    assert set(finding) == FINDING_KEYS
    assert (finding["rule"], finding["severity"], finding["excerpt"]) == ("R17", "error", "Số: 5/KH-UBND")


@pytest.mark.parametrize(("name", "content"), [
    ("van_ban.docx", lambda data: b"Day khong phai tep Word.\n"),
    ("rong.docx", lambda data: b""),
    ("cut.docx", lambda data: data[: len(data) // 3]),
    ("damaged.docx", _damaged),
    ("cu.doc", lambda data: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
], ids=["not-a-docx", "empty", "cut-zip", "damaged-zip", "old-doc"])
def test_an_unreadable_file_exits_2_with_a_clear_message(tmp_path: Path, trieu_son_docx: bytes, capsys, name, content):
    path = tmp_path / name
    path.write_bytes(content(trieu_son_docx))
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"LỖI {path}: không đọc được tệp: ") and "Traceback" not in err


def test_unreadable_files_are_in_the_json_too_and_win_the_exit_status(tmp_path: Path, broken: Path, capsys):
    empty = tmp_path / "rong.docx"
    empty.write_bytes(b"")
    assert main(["check", "--format", "json", str(broken), str(empty), str(tmp_path / "khong_co.docx")]) == 2
    results = json.loads(capsys.readouterr().out)
    assert [r["readable"] for r in results] == [True, False, False]
    assert results[1]["error"] == "tệp rỗng (0 byte)." and results[2]["error"] == "không tìm thấy tệp."


def test_the_installed_command_prints_no_traceback(tmp_path: Path):
    path = tmp_path / "hong.docx"
    path.write_bytes(b"PK\x03\x04 truncated")
    result = subprocess.run([sys.executable, "-m", "bdg_docs", "check", str(path)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert "không đọc được tệp" in result.stderr and "Traceback" not in result.stderr


def test_json_says_what_was_evaluated_and_what_could_not_be(good: Path, tmp_path: Path, capsys):
    """A document without its signature table: no error is claimed for the rules of the signature."""
    from tests.conftest import DATA

    assert main(["check", "--format", "json", str(good)]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["complete"] is True and result["not_evaluated"] == []
    assert {"R11", "R17", "R20", "R34", "R38"} <= set(result["evaluated"])
    party = DATA / "word" / next(p.name for p in (DATA / "word").glob("*_dang.docx"))
    assert main(["check", "--format", "json", str(party)]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert (result["kind"], result["findings"], result["evaluated"], result["complete"]) == ("dang", [], [], False)
    assert "Nghị định 30" in result["note"]


def test_the_text_report_names_the_rules_it_could_not_check(good: Path, tmp_path: Path, capsys, trieu_son_docx):
    no_signature = tmp_path / "khong_chu_ky.docx"
    data = mutate(trieu_son_docx, Edit("word/document.xml", ">Lê Quang Trung<", "><"))
    no_signature.write_bytes(mutate(data, *[Edit("word/document.xml", f">{t}<", "><") for t in ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]))
    assert main(["check", str(no_signature)]) == 0
    out = capsys.readouterr().out
    assert "không có lỗi ở" in out and "chưa kiểm tra được 4 quy tắc" in out
    assert "CHƯA KIỂM TRA: R34, R35, R36, R37 (không tìm thấy phần chữ ký" in out


def test_control_characters_of_a_file_are_not_echoed(tmp_path: Path, trieu_son_docx: bytes, capsys):
    name = tmp_path / "bao\u202ecod.exe.docx"
    name.write_bytes(mutate(trieu_son_docx, Edit("word/document.xml", "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND",
                                                  "Số: 5/KH\u202e\u0085-UBND")))
    main(["check", str(name)])
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\u0085" not in out
    assert "\\u202e" in out


def test_one_file_the_checker_cannot_handle_does_not_stop_the_others(good: Path, broken: Path, capsys, monkeypatch):
    import bdg_docs.checker

    real = bdg_docs.checker.check

    def flaky(source):  # type: ignore[no-untyped-def]
        if str(source) == str(good):
            raise ZeroDivisionError("a bug")
        return real(source)

    monkeypatch.setattr(bdg_docs.checker, "check", flaky)
    assert main(["check", "--format", "json", str(good), str(broken)]) == 2
    results = json.loads(capsys.readouterr().out)
    assert results[0]["readable"] is False and "ZeroDivisionError" in results[0]["error"]
    assert results[1]["readable"] is True and results[1]["errors"] == 1


def test_a_closed_pipe_stops_the_command_quietly(tmp_path: Path, good: Path):
    files = [str(good)] * 40
    proc = subprocess.Popen([sys.executable, "-m", "bdg_docs", "check", *files], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 141
    assert b"Traceback" not in err and b"BrokenPipe" not in err and err == b""
