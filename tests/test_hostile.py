"""The hostile corpus (tests/hostile/cases.py): every attack ends with its message and status (or
its exception), no traceback and no unexpected exception, within its memory ceiling, and in
linear time where the input can grow (doubled input, at most about double the time: a ratio, not
a timed test). Each case runs in a forked process of its own, measured with ``resource``.

Also here: nothing is left behind when a batch's parent is killed or a PDF run is interrupted.
"""
from __future__ import annotations

import inspect
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import bdg_docs
from tests.conftest import SOFFICE, TRIEU_SON, needs_libreoffice
from tests.hostile.cases import CASES, Case
from tests.hostile.runner import Result, in_child
from tests.minimal import MINIMAL

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the corpus runs each case in a forked process (POSIX)")

CEILING_MB = 400  # memory a case may add to the process (the ceiling is 1 GB in all)
SLOWER = 3.0  # doubled input: time ratio at most this (linear: 2; quadratic: 4)


@pytest.fixture(scope="module", autouse=True)
def warm():
    """Load everything once, so that the forked cases measure their own work."""
    from bdg_docs import checker, cli  # noqa: F401

    bdg_docs.render(bdg_docs.loads(MINIMAL))


def run(case: Case, folder: Path, scale: int = 1) -> Result:
    folder.mkdir(parents=True, exist_ok=True)
    return in_child(case.prepare(folder, scale))


def test_the_corpus_has_a_case_for_every_attack_with_a_unique_name():
    names = [case.name for case in CASES]
    assert len(names) == len(set(names)) >= 50


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_attack_ends_with_its_message_and_status_within_bounds(case: Case, tmp_path: Path):
    result = run(case, tmp_path / "1")
    assert result.outcome == str(case.outcome), result.text
    for words in case.says:
        assert words in result.text, result.text
    if isinstance(case.outcome, int):  # an exception's message carries its traceback: its class is checked
        assert "Traceback" not in result.text
    assert result.growth_mb < CEILING_MB, f"{result.growth_mb:.0f} MB"
    out = tmp_path / "1" / "out"
    if isinstance(case.outcome, int) and case.outcome != 2 and not case.written:
        assert not out.exists() or not any(out.iterdir())
    if case.written:
        assert [p.suffix for p in out.iterdir()] == [".docx"]


@pytest.mark.parametrize("case", [c for c in CASES if c.doubling], ids=lambda case: case.name)
def test_doubling_a_hostile_input_at_most_about_doubles_the_time(case: Case, tmp_path: Path):
    best = {1: float("inf"), 2: float("inf")}
    for attempt in range(3):  # a shared machine: the best of up to three tries
        for scale in (1, 2):
            result = run(case, tmp_path / f"{attempt}_{scale}", scale)
            assert result.outcome == str(case.outcome), result.text
            best[scale] = min(best[scale], result.seconds)
        if best[2] <= SLOWER * best[1]:
            break
    assert best[2] <= SLOWER * best[1], f"{best[1]:.3f} s, doubled {best[2]:.3f} s"


def test_the_corpus_is_listed_in_the_reliability_guide():
    guide = (Path(__file__).resolve().parent.parent / "docs" / "do-tin-cay.md").read_text(encoding="utf-8")
    missing = [case.name for case in CASES if f"`{case.name}`" not in guide]
    assert not missing


def test_every_limit_is_documented_and_has_a_docstring():
    from bdg_docs import limits

    guide = (Path(__file__).resolve().parent.parent / "docs" / "do-tin-cay.md").read_text(encoding="utf-8")
    source = inspect.getsource(limits)
    names = [name for name in vars(limits) if name.isupper()]
    assert len(names) >= 10
    for name in names:
        assert f"`{name}`" in guide, name
        assert f'{name} = ' in source and source.split(f"{name} = ", 1)[1].split("\n", 2)[1].startswith('"""'), name


# ------------------------------------------------------------------------- nothing left
def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _until(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads worker processes from /proc (Linux)")
def test_killing_a_batchs_parent_leaves_no_worker_and_no_temporary_file(tmp_path: Path):
    sources = []
    for i in range(60):
        sources.append(tmp_path / f"kh_{i:02}.yaml")
        sources[-1].write_bytes(TRIEU_SON.read_bytes())
    out = tmp_path / "out"
    parent = subprocess.Popen([sys.executable, "-m", "bdg_docs", "render", *map(str, sources), "-o", str(out)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _until(lambda: out.is_dir() and len(list(out.iterdir())) >= 2, 60)
        workers = _children(parent.pid)
        assert workers, "the batch started no worker processes"
    finally:
        parent.kill()
        parent.wait()
    assert _until(lambda: not any(map(_alive, workers)), 5), "workers outlived their parent"
    written = sorted(p.name for p in out.iterdir())
    time.sleep(0.5)
    assert sorted(p.name for p in out.iterdir()) == written  # nothing more is written
    assert not [name for name in written if not name.endswith(".docx")]  # no temporary file
    assert len(written) < len(sources)


def _soffice_for(out: Path) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as handle:
                    command = handle.read()
            except OSError:
                continue
            if b".bdg-pdf-" in command and str(out).encode() in command:
                found.append(int(entry))
    return found


@needs_libreoffice
@pytest.mark.libreoffice
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads LibreOffice's processes from /proc (Linux)")
@pytest.mark.parametrize("stop, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["ctrl_c", "sigterm"])
def test_stopping_a_pdf_run_stops_libreoffice_and_removes_its_profile(tmp_path: Path, stop: int, status: int):
    assert SOFFICE
    out = tmp_path / "out"
    # Started as from a terminal: Ctrl+C not ignored even when the tests run as a shell's
    # background job (which ignores it, and a child would inherit that).
    run = subprocess.Popen([sys.executable, "-m", "bdg_docs", "render", str(TRIEU_SON), "-o", str(out), "--pdf"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert _until(lambda: bool(_soffice_for(out)), 60), "LibreOffice did not start"
        time.sleep(0.3)
        os.killpg(run.pid, stop)  # what a terminal sends to the foreground group; LibreOffice has its own
        _, err = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == status
    assert "Đã dừng" in err.decode() and b"Traceback" not in err
    assert _until(lambda: not _soffice_for(out), 5), "LibreOffice still runs"
    assert sorted(p.name for p in out.iterdir()) == [f"{TRIEU_SON.stem}.docx"]  # no .bdg-pdf-*, no PDF
