"""Time and peak memory of the checker on hostile .docx files, each in a fresh process.

    .venv/bin/python benchmarks/hostile_docx.py                    # this checkout
    .venv/bin/python benchmarks/hostile_docx.py --code /tmp/old    # another source tree (before/after)

Cases are those of tests/checker/hostile.py at the sizes of the hardening review (a header
shared by 400 and 2,000 sections, "ngày tháng " × 2,000 in a header cell, ...). Each run has
a time budget and an address-space limit, so a case that would hang or eat the machine is
stopped and reported as such. Nothing here runs in the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.checker import hostile  # noqa: E402

CASES = {
    "sections sharing a header × 400": lambda: hostile.sections_sharing_a_header(400),
    "sections sharing a header × 2000": lambda: hostile.sections_sharing_a_header(2000),
    "'ngày tháng ' × 2000 in a header cell": lambda: hostile.ngay_thang_in_header(2000),
    "date line with 10,000 dots": lambda: hostile.date_line_dots(10_000),
    "non-finite numbers (inf, 1e400, '-')": lambda: hostile.non_finite(50),
    "60,000 empty paragraphs": lambda: hostile.empty_paragraphs(60_000),
    "3,000,000 empty paragraphs (28 KB .docx)": lambda: hostile.empty_paragraphs(3_000_000),
    "zip stating 13 bytes, inflating to 20 MB": lambda: hostile.understated_zip(),
    "one paragraph of 60,000 runs": lambda: hostile.runs_in_one_paragraph(60_000),
    "5,000 chained styles": lambda: hostile.style_chain(5_000),
    "900,000 short paragraphs (90 KB .docx, 31 MB XML)": hostile.highly_compressible,
}
PROBE = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from bdg_docs.checker import check
start = time.perf_counter()
try:
    report = check(sys.argv[2])
    outcome = f"report: {report.kind}, {len(report.findings)} findings"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {str(exc)[:70]}"
print(json.dumps({"seconds": time.perf_counter() - start, "outcome": outcome,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


def run(code: Path, path: Path, budget: float, memory_mb: int) -> dict:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024, memory_mb * 1024 * 1024))

    start = time.perf_counter()
    try:
        result = subprocess.run([sys.executable, "-c", PROBE, str(code), str(path)], capture_output=True, text=True,
                                timeout=budget, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return {"seconds": time.perf_counter() - start, "outcome": f"stopped after {budget:.0f} s", "peak_mb": None}
    if result.returncode != 0 or not result.stdout.strip():
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        return {"seconds": time.perf_counter() - start, "outcome": f"died: {last[:70]}", "peak_mb": f">{memory_mb}"
                if "MemoryError" in result.stderr else None}
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="source tree whose bdg_docs is measured")
    parser.add_argument("--budget", type=float, default=120.0, help="seconds before a case is stopped")
    parser.add_argument("--memory", type=int, default=3000, help="address-space limit per case, MB")
    args = parser.parse_args()
    print(f"code: {args.code}; budget {args.budget:.0f} s, {args.memory} MB; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs")
    print("| case | .docx | time | peak memory | outcome |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in CASES.items():
            path = Path(tmp) / "case.docx"
            path.write_bytes(build())
            r = run(args.code, path, args.budget, args.memory)
            peak = f"{r['peak_mb']} MB" if r["peak_mb"] is not None else "—"
            print(f"| {name} | {path.stat().st_size // 1024} KB | {r['seconds']:.2f} s | {peak} | {r['outcome']} |", flush=True)


if __name__ == "__main__":
    main()
