"""Precision and recall of the Decree 30 checker on the independent corpus (tests/data/word_independent/).

    .venv/bin/python benchmarks/checker_corpus_independent.py            # the development set, with details
    .venv/bin/python benchmarks/checker_corpus_independent.py --held-out # then the held-out set and all
    .venv/bin/python benchmarks/checker_corpus_independent.py --rules    # figures per rule

The corpus was written by tools/word_corpus_independent without reading the checker. Its sidecars
have the format of tests/data/word/ (scored the same way, see checker_corpus.py) and may also list
`tolerated` findings: places where Decree 30 can be read two ways (a number shown on the only page
of a one-page document); a tolerated finding counts neither as true nor as false. The held-out
set (``ho_*``, a third chosen by a hash of the name) is only measured, not looked at while fixing.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.checker_corpus import Case, load, matches, score, show, tolerated  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "word_independent"


def cases(corpus: Path = CORPUS) -> list[Case]:
    return [load(p) for p in sorted(corpus.glob("*.docx"))]


def per_rule(selected: list[Case]) -> dict[str, list[int]]:
    """rule -> [findings, true findings, declared, found]"""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for case in selected:
        for f in case.report.findings:
            true = any(matches(f, d) for d in case.declared)
            if true or not tolerated(case, f):
                table[f.rule][0] += 1
                table[f.rule][1] += true
        for d in case.declared:
            table[d["rule"]][2] += 1
            table[d["rule"]][3] += any(matches(f, d) for f in case.report.findings)
    return table


def split(all_cases: list[Case]) -> dict[str, list[Case]]:
    return {"development": [c for c in all_cases if not c.name.startswith("ho_")],
            "held out": [c for c in all_cases if c.name.startswith("ho_")],
            "all": all_cases}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", action="store_true", help="measure the held-out set too (figures only)")
    parser.add_argument("--details", action="store_true", help="with --held-out: its false findings and misses")
    parser.add_argument("--rules", action="store_true", help="figures per rule (development set)")
    args = parser.parse_args()
    sets = split(cases())
    if not args.held_out:
        del sets["held out"], sets["all"]
    for label, selected in sets.items():
        show(label, score(selected), details=label == "development" or (label == "held out" and args.details))
    if args.rules:
        print("rule  findings  true  declared  found  (development)")
        for rule, (n, t, d, f) in sorted(per_rule(sets["development"]).items(), key=lambda kv: int(kv[0][1:])):
            print(f"{rule:5} {n:8} {t:5} {d:9} {f:6}")


if __name__ == "__main__":
    main()
