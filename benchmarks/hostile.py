"""Time and peak memory of every case of the hostile corpus (tests/hostile/cases.py).

    .venv/bin/python benchmarks/hostile.py                        # this checkout
    .venv/bin/python benchmarks/hostile.py --source /tmp/old      # another checkout of bdg_docs
    .venv/bin/python benchmarks/hostile.py --only nhieu_muc --timeout 600 --memory-limit 6000

Each case runs once, at its normal size, in a fresh Python process whose ``bdg_docs`` comes from
``--source`` (the corpus itself always comes from this checkout), killed after ``--timeout``
seconds (and, with ``--memory-limit``, unable to take more memory than that). Printed: the case, the seconds its action took (without starting Python), the process's
peak memory (``resource``, through ``os.wait4``), and what came of it. Comparing two checkouts
gives the figures before and after in docs/do-tin-cay.md. Nothing here runs in the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile.cases import CASES, Case  # noqa: E402

# Inputs are made in a process of their own: a process started from a large one reports that
# one's peak memory as its own (Linux keeps the larger of the two across exec).
PREPARE = """
import json, sys
from pathlib import Path
from tests.hostile.cases import CASES, Cli
action = next(c for c in CASES if c.name == sys.argv[1]).prepare(Path(sys.argv[2]), 1)
print(json.dumps(["cli", list(action.args)] if isinstance(action, Cli) else ["api", action.code]))
"""
# The corpus comes from this checkout, bdg_docs from --source: the corpus is imported first, then
# this checkout leaves the path (an old checkout has a ``tests`` package of its own).
DRIVER = """
import json, sys, time
sys.path.insert(0, sys.argv[2])
from tests.hostile.cases import Api, Cli
from tests.hostile.runner import perform
sys.path.remove(sys.argv[2])
sys.path.insert(0, sys.argv[3])
kind, value = json.loads(sys.argv[1])
action = Cli(tuple(value)) if kind == "cli" else Api(value)
start = time.perf_counter()
outcome, text = perform(action)
print(json.dumps([outcome, text, time.perf_counter() - start]))
"""


def prepare(case: Case, folder: Path) -> str:
    """The case's action as JSON, its input written into ``folder`` by another process."""
    done = subprocess.run([sys.executable, "-c", PREPARE, case.name, str(folder)], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    return done.stdout.strip()


def measure(argument: str, source: Path, folder: Path, timeout: float,
            memory_mb: int | None) -> tuple[str, str, float, float]:
    """(outcome, the message's main line, seconds, peak MB) of one action in a new process."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}

    def limit_memory() -> None:  # an old checkout can take all the machine's memory
        if memory_mb:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen([sys.executable, "-c", DRIVER, argument, str(ROOT), str(source)], stdout=out,
                                   stderr=subprocess.DEVNULL, env=env, cwd=folder, preexec_fn=limit_memory)
        killed = threading.Event()
        timer = threading.Timer(timeout, lambda: (killed.set(), process.kill()))
        timer.start()
        _, _, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = 0  # reaped by wait4
        peak = usage.ru_maxrss / 1024
        if killed.is_set():
            return "killed", f"still running after {timeout:.0f} s", timeout, peak
        out.seek(0)
        lines = out.read().decode("utf-8", "replace").strip().splitlines()
    try:
        outcome, text, seconds = json.loads(lines[-1])
    except (IndexError, ValueError):
        return "crashed", (lines or [""])[-1][:100], 0.0, peak
    lines = [line.strip() for line in text.strip().splitlines()]
    message = next((line[2:] for line in lines if line.startswith("- ")), lines[0] if lines else "")
    return outcome, message[:110], seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout whose bdg_docs runs")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--only", nargs="*", default=None, metavar="CASE")
    parser.add_argument("--memory-limit", type=int, default=None, metavar="MB",
                        help="address space of each case's process (RLIMIT_AS): for old checkouts")
    args = parser.parse_args()
    print(f"{'case':24} {'seconds':>8} {'MB':>7}  outcome")
    for case in CASES:
        if args.only and case.name not in args.only:
            continue
        with tempfile.TemporaryDirectory() as folder:
            outcome, message, seconds, peak = measure(prepare(case, Path(folder)), args.source.resolve(),
                                                      Path(folder), args.timeout, args.memory_limit)
        shown = f">{seconds:.0f}" if outcome == "killed" else f"{seconds:.2f}"
        print(f"{case.name:24} {shown:>8} {peak:7.0f}  {outcome}: {message}", flush=True)


if __name__ == "__main__":
    main()
