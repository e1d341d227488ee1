"""The first locality-profile lookup of a process, as a batch pays it: time and memory.

    python benchmarks/profiles.py [--rounds 7]

Each case runs in a fresh interpreter that has already imported what a batch imports anyway
(the document models, pydantic, ruamel.yaml), then resolves one profile for a date: the time of
that first lookup (median of the rounds) and the memory it keeps (traced, in a separate process,
so that tracing does not slow the timed one). A detailed profile reads its YAML files; a unit of
the register reads the index of provinces, the file of its parent and the level profiles.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

CASES = [  # key, date, what it is
    ("thanh_hoa.xa_trieu_son", "2026-03-05", "commune with a shipped profile (2 YAML files)"),
    ("thanh_hoa.huyen_trieu_son", "2022-03-05", "district with a shipped profile (2 YAML files)"),
    ("ha_noi.xa_phu_cat", "2026-03-05", "commune of the register"),
    ("hai_phong_cu.quan_hong_bang", "2022-03-05", "district of the register, 2022"),
    ("bac_kan", "2022-03-05", "province of the register, 2022"),
]
PROBE = """
import gc, sys, time, tracemalloc
from datetime import date
import bdg_docs.documents, ruamel.yaml
from bdg_docs.profiles import ProfileRegistry
gc.collect()
if sys.argv[3] == "mem":
    tracemalloc.start()
began = time.perf_counter()
ProfileRegistry.shipped().resolve(sys.argv[1], date.fromisoformat(sys.argv[2]))
took = time.perf_counter() - began
gc.collect()
print(took * 1e3 if sys.argv[3] == "time" else tracemalloc.get_traced_memory()[0] / 1024)
"""


def measure(key: str, day: str, rounds: int) -> tuple[float, float]:
    """Median first-lookup time (ms) over ``rounds`` fresh processes, and the memory kept (KiB)."""
    def run(mode: str) -> float:
        out = subprocess.run([sys.executable, "-c", PROBE, key, day, mode], check=True, capture_output=True, text=True)
        return float(out.stdout.strip().splitlines()[-1])

    return statistics.median(run("time") for _ in range(rounds)), run("mem")


def table(rounds: int) -> list[str]:
    lines = ["| profile | date | first lookup | memory kept |", "|---|---|---|---|"]
    for key, day, what in CASES:
        ms, kib = measure(key, day, rounds)
        lines.append(f"| `{key}` ({what}) | {day} | {ms:.1f} ms | {kib:.0f} KiB |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    print("\n".join(table(parser.parse_args().rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
