"""A province's plan brought down to every one of its communes: where the time goes.

    python benchmarks/cap_xa.py [--plan fixtures/ke_hoach_truyen_thong_thanh_hoa_2026.yaml] [--pdf]

Prints, on this machine: reading the plan against the rules (once), one commune's draft (data
file and report: the median over every commune of the province), and the wall time of the whole
command (``bdg-docs cap-xa PLAN --tat-ca``, all processors) in a fresh process, with ``--pdf`` also
with PDF copies. The figures depend on the load of the machine: they are printed with its load
average.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan", default=str(ROOT / "fixtures" / "ke_hoach_truyen_thong_thanh_hoa_2026.yaml"))
    parser.add_argument("--pdf", action="store_true", help="also time the whole province with PDF copies")
    args = parser.parse_args()
    from bdg_docs.cascade import cap_xa

    began = time.perf_counter()
    cascade = cap_xa(args.plan)
    read = time.perf_counter() - began
    communes = cascade.communes()
    drafts = []
    for unit in communes:
        began = time.perf_counter()
        cascade.draft(unit.key)
        drafts.append(time.perf_counter() - began)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} processors")
    print(f"plan read against the rules (once, imports included): {read * 1e3:.0f} ms")
    print(f"one commune's draft and report: median {statistics.median(drafts) * 1e3:.1f} ms "
          f"({len(communes)} communes, {sum(drafts):.2f} s in all)")
    for pdf in (False, True) if args.pdf else (False,):
        with tempfile.TemporaryDirectory() as out:
            command = [sys.executable, "-m", "bdg_docs", "cap-xa", args.plan, "--tat-ca", "-o", out, *(["--pdf"] if pdf else [])]
            began = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            took = time.perf_counter() - began
            files = len(list(Path(out).iterdir()))
        print(f"bdg-docs cap-xa --tat-ca{' --pdf' if pdf else ''}: {took:.1f} s wall for {len(communes)} communes "
              f"({files} files; load average now {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
