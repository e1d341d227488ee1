"""Precision and recall of the Decree 30 checker on the Word-style corpus (tests/data/word/).

    .venv/bin/python benchmarks/checker_corpus.py            # figures per set, and every miss
    .venv/bin/python benchmarks/checker_corpus.py --quiet    # figures only

A finding is *true* when its sidecar declares a defect with the same rule whose place (``at``,
a piece of the line's text, or none for the whole file) is in the finding's excerpt or location;
precision is true findings / findings. Recall is declared defects found / declared defects.
Kinds and type names are compared with the sidecar too. The development set is what the checker
was tuned on; the held-out set (``ho_*``) was drawn afterwards with other seeds.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402

from bdg_docs.checker import Finding, Report, check  # noqa: E402
from bdg_docs.reader.lines import norm  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "word"


@dataclass
class Case:
    name: str
    meta: dict
    report: Report

    @property
    def declared(self) -> list[dict]:
        return list(self.meta.get("defects") or [])


def matches(finding: Finding, defect: dict) -> bool:
    """The finding names the declared rule at one of the declared places (any place if none)."""
    if finding.rule != defect["rule"]:
        return False
    places = defect.get("at")
    if not places:
        return True
    excerpt = norm(finding.excerpt).rstrip("…")
    for at in places if isinstance(places, list) else [places]:
        at = norm(str(at)).rstrip("…")
        if at[:40] in excerpt or at[:40] in finding.location or (excerpt and excerpt in at):
            return True
    return False


@dataclass
class Score:
    findings: int = 0
    true: int = 0
    declared: int = 0
    found: int = 0
    kinds: int = 0
    kinds_right: int = 0
    false: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.declared if self.declared else 1.0


def load(path: Path) -> Case:
    meta = YAML(typ="safe").load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    return Case(path.stem, meta, check(path))


def cases(corpus: Path = CORPUS) -> list[Case]:
    return [load(p) for p in sorted(corpus.glob("*.docx"))]


def tolerated(case: Case, finding: Finding) -> bool:
    """A finding the sidecar lists as ``tolerated`` (Decree 30 read two ways there): neither true nor false."""
    return any(matches(finding, t) for t in case.meta.get("tolerated") or [])


def show(label: str, s: Score, *, details: bool) -> None:
    """One line of figures for a set; with ``details`` its false findings, misses and wrong kinds."""
    print(f"{label}: {s.kinds} documents, {s.declared} declared defects, {s.findings} findings; "
          f"precision {s.precision:.3f} ({s.true}/{s.findings}), recall {s.recall:.3f} ({s.found}/{s.declared}); "
          f"kind and type name right {s.kinds_right}/{s.kinds}")
    if details:
        for line in s.false:
            print("  false:", line)
        for line in s.missed:
            print("  missed:", line)
        for line in s.wrong_kind:
            print("  kind:", line)


def score(selected: list[Case]) -> Score:
    s = Score()
    for case in selected:
        s.kinds += 1
        want = (case.meta["kind"], case.meta.get("type_name"))
        got = (case.report.kind, case.report.type_name)
        if want == got:
            s.kinds_right += 1
        else:
            s.wrong_kind.append(f"{case.name}: {got} (want {want})")
        for f in case.report.findings:
            if any(matches(f, d) for d in case.declared):
                s.findings += 1
                s.true += 1
            elif not tolerated(case, f):
                s.findings += 1
                s.false.append(f"{case.name}: {f}")
        for d in case.declared:
            s.declared += 1
            if any(matches(f, d) for f in case.report.findings):
                s.found += 1
            else:
                s.missed.append(f"{case.name}: {d['rule']} at {d.get('at')!r} ({d.get('defect')})")
    return s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    all_cases = cases()
    sets = {"development": [c for c in all_cases if not c.name.startswith(("ho_", "lo_ho_"))],
            "held out": [c for c in all_cases if c.name.startswith(("ho_", "lo_ho_"))]}
    sets["all"] = all_cases
    for label, selected in sets.items():
        if not selected:
            continue
        show(label, score(selected), details=not args.quiet and label != "all")


if __name__ == "__main__":
    main()
