"""Hostile .docx files (tests/checker/hostile.py): every one ends in a report or a
DocxReadError, never another exception; time grows in proportion to the input (doubling it at
most about doubles the time: a ratio, measured in CPU time, not a timed test); memory stays
under 1 GB; refusals come before the cost is paid."""
from __future__ import annotations

import gc
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bdg_docs.checker import Report, check
from bdg_docs.reader.docx import DocxReadError
from tests.checker import hostile
from tests.conftest import ROOT

RATIO = 3.0  # linear work doubles; quadratic work quadruples


def _cpu(data: bytes, rounds: int = 3) -> float:
    """The best of a few runs' CPU time, without the garbage collector's pauses."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            start = time.process_time()
            check(data)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("name", sorted(hostile.GROWING))
def test_a_hostile_input_gives_a_report_in_time_proportional_to_its_size(name):
    build, n = hostile.GROWING[name]
    small, large = build(n), build(2 * n)
    assert isinstance(check(small), Report)
    for _attempt in range(3):  # a shared machine: measure again before calling it super-linear
        once, twice = _cpu(small), _cpu(large)
        if twice <= RATIO * once + 0.02:
            break
    assert twice <= RATIO * once + 0.02, f"{name}: {once:.3f}s for n={n}, {twice:.3f}s for n={2 * n}"


@pytest.mark.parametrize("name", sorted(hostile.REFUSED))
def test_a_file_beyond_the_limits_is_refused_with_a_message(name):
    build, words = hostile.REFUSED[name]
    with pytest.raises(DocxReadError, match=words):
        check(build())


def test_odd_numbers_are_ignored_as_word_ignores_them():
    report = check(hostile.non_finite(5))
    assert report.findings and all(f.message for f in report.findings)


def test_every_hostile_file_ends_quickly_in_under_1_gb_without_a_traceback(tmp_path: Path):
    """All the files through one `bdg-docs check --format json` run: one entry each, exit 2 (some
    are refused), no traceback, and the process's peak memory under 1 GB."""
    files = {f"{name}.docx": build(3 * n) for name, (build, n) in hostile.GROWING.items()}
    files |= {f"{name}.docx": build() for name, (build, _) in hostile.REFUSED.items()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    probe = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True, timeout=120); "
             "sys.stdout.buffer.write(r.stdout); sys.stderr.buffer.write(r.stderr); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "bdg_docs", "check", "--format", "json",
                             *(str(tmp_path / name) for name in files)], capture_output=True, cwd=ROOT, timeout=300)
    err = result.stderr.decode()
    rss_kb, status = map(int, err.strip().splitlines()[-1].split())
    assert status == 2 and "Traceback" not in err, err
    assert rss_kb < 1_000_000, f"{rss_kb // 1000} MB"
    entries = json.loads(result.stdout)
    assert [Path(e["file"]).name for e in entries] == list(files)
    for name, entry in zip(files, entries):
        assert entry["readable"] is (name.removesuffix(".docx") in hostile.GROWING), (name, entry)
