"""The bdg-docs command: rendering, refusing to overwrite, messages and exit status."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bdg_docs.cli import main
from tests.conftest import ROOT, TRIEU_SON
from tests.minimal import replace


def test_render_writes_stem_docx(tmp_path: Path, capsys):
    assert main(["render", str(TRIEU_SON), "-o", str(tmp_path)]) == 0
    assert (tmp_path / f"{TRIEU_SON.stem}.docx").read_bytes()[:2] == b"PK"
    assert "đã tạo" in capsys.readouterr().out


def test_a_second_run_refuses_and_keeps_the_first_file(tmp_path: Path, capsys):
    main(["render", str(TRIEU_SON), "-o", str(tmp_path)])
    target = tmp_path / f"{TRIEU_SON.stem}.docx"
    target.write_bytes(b"ban can bo da sua")
    assert main(["render", str(TRIEU_SON), "-o", str(tmp_path)]) == 1
    assert target.read_bytes() == b"ban can bo da sua"
    assert "--force" in capsys.readouterr().err
    assert main(["render", str(TRIEU_SON), "-o", str(tmp_path), "--force"]) == 0
    assert target.read_bytes()[:2] == b"PK"


def test_invalid_input_is_reported_with_file_and_line_and_others_still_render(tmp_path: Path, capsys):
    bad = tmp_path / "sai.yaml"
    bad.write_text(replace("ky_hieu: KH-UBND", "ky_hieu: UBND-KH"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["render", str(bad), str(TRIEU_SON), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:5: trường 'ky_hieu'" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == [f"{TRIEU_SON.stem}.docx"]


def test_usage_errors_exit_2_in_vietnamese(capsys):
    try:
        main(["render"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "thiếu tham số bắt buộc" in capsys.readouterr().err


def test_help_is_vietnamese_and_loads_no_template_engine():
    code = ("import sys; from bdg_docs.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('docxtpl', 'docx', 'lxml', 'pydantic') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "cách dùng: bdg-docs" in result.stdout and "tùy chọn" in result.stdout
    assert result.stdout.strip().endswith("[]")


def test_python_dash_m_runs_the_command_and_shows_the_version():
    from bdg_docs import __version__

    result = subprocess.run([sys.executable, "-m", "bdg_docs", "--version"], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert result.stdout.strip() == f"bdg-docs {__version__}"
