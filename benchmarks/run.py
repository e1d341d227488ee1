"""Rendering speed, batch throughput, memory, start-up time and PDF conversion, in one run.

    .venv/bin/python benchmarks/run.py            # a few minutes; prints and rewrites RESULTS.md
    .venv/bin/python benchmarks/run.py --quick    # fewer rounds and documents, to try it out

Single-document cases are interleaved (one of each per round) so that drift on a shared
machine affects them alike. Figures are medians with min and max. Nothing here runs in the
test suite, and nothing uses the network.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, time as clock_time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bdg_docs  # noqa: E402
from benchmarks import variants  # noqa: E402
from bdg_docs.rendering import engine, render_page  # noqa: E402
from bdg_docs.rendering.context import build_context  # noqa: E402
from bdg_docs.rendering.zipfile_fixed import read_zip, write_zip  # noqa: E402

TRIEU_SON = ROOT / "fixtures" / "ke_hoach_truyen_thong_trieu_son_2022.yaml"
BIN = Path(sys.executable).parent


class Timings:
    def __init__(self, seconds: list[float], cpu: list[float] | None = None) -> None:
        self.seconds = sorted(seconds)
        self.cpu = sorted(cpu or [])

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    def ms(self) -> str:
        s = self.seconds
        return f"{self.median * 1e3:.2f} ms ({s[0] * 1e3:.2f}–{s[-1] * 1e3:.2f})"

    def cpu_ms(self) -> str:
        c = self.cpu
        return f"{self.cpu_median * 1e3:.2f} ms ({c[0] * 1e3:.2f}–{c[-1] * 1e3:.2f})"


def interleaved(cases: dict[str, Callable[[], object]], rounds: int) -> dict[str, Timings]:
    """Time each case once per round, in turn, after one warm-up call each: wall time, and the
    CPU time of this thread (which other processes on a shared machine do not inflate)."""
    for case in cases.values():
        case()
    wall: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, case in cases.items():
            start, start_cpu = time.perf_counter(), time.thread_time()
            case()
            cpu[name].append(time.thread_time() - start_cpu)
            wall[name].append(time.perf_counter() - start)
    return {name: Timings(wall[name], cpu[name]) for name in cases}


def single_document(path: Path, rounds: int) -> dict[str, Timings]:
    """(a) plain docxtpl, (b) bdg_docs, (c) re-zipping the output's parts: the same document."""
    from docxtpl import DocxTemplate

    document = bdg_docs.load(path)
    page = document.page()
    template = engine.template_path()
    context = build_context(page, engine.prepare(template).geometry)
    created = datetime.combine(page.ngay_tep, clock_time())
    parts = read_zip(bdg_docs.render(document))

    def plain_docxtpl() -> bytes:
        tpl = DocxTemplate(str(template))
        tpl.render(context, autoescape=True)
        buf = io.BytesIO()
        tpl.save(buf)
        return buf.getvalue()

    return interleaved({
        "docxtpl": plain_docxtpl,
        "bdg_docs": lambda: render_page(page),
        "prepared": lambda: engine.prepare(template).render(context, created=created),
        "render": lambda: bdg_docs.render(document),
        "zip": lambda: write_zip(parts),
    }, rounds)


def _write_plans(folder: Path, count: int) -> list[Path]:
    """``count`` different plans (``benchmarks/variants.py``) written as data files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"ke_hoach_{n:04d}.yaml"
        path.write_text(variants.plan(n), encoding="utf-8")
        paths.append(path)
    return paths


def end_to_end(rounds: int) -> dict[str, Timings]:
    """From a data file to the written .docx, warm, in this process: *bdg_docs* is what the
    batch does for each file (``bdg_docs.batch.render_one``: read, parse, validate, warnings,
    lay out, render, write atomically), a different plan each time; *docxtpl* is plain docxtpl
    loading, rendering and saving the same template with the context bdg_docs builds for the
    plan, and writing it; *floor* reads a data file, parses it in C with marks (the C parser's
    own composer), zips the output's parts and writes them."""
    from docxtpl import DocxTemplate

    from bdg_docs import yaml_reader
    from bdg_docs.batch import _Job, render_one
    from bdg_docs.files import write_atomic

    work = Path(tempfile.mkdtemp())
    sources = _write_plans(work / "in", rounds + 2)
    out = work / "out"
    out.mkdir()
    document = bdg_docs.load(sources[0])
    page = document.page()
    template = engine.template_path()
    context = build_context(page, engine.prepare(template).geometry)
    parts = read_zip(bdg_docs.render(document))
    turn = {"bdg_docs": 0, "floor": 0}

    def next_source(case: str) -> Path:
        turn[case] += 1
        return sources[turn[case] % len(sources)]

    def ours() -> None:
        source = next_source("bdg_docs")
        outcome = render_one(_Job(source, out / f"{source.stem}.docx", overwrite=True))
        assert outcome.ok, outcome

    def plain_docxtpl() -> None:
        tpl = DocxTemplate(str(template))
        tpl.render(context, autoescape=True)
        buf = io.BytesIO()
        tpl.save(buf)
        write_atomic(out / "docxtpl.docx", buf.getvalue(), overwrite=True)

    def floor() -> None:
        text = next_source("floor").read_bytes().decode("utf-8")
        if yaml_reader._CParser is not None:
            yaml_reader._CLoader(text).get_single_node()  # libyaml's reader, scanner, parser and composer
        else:  # pragma: no cover
            yaml_reader.compose(text)
        write_atomic(out / "floor.docx", write_zip(parts), overwrite=True)

    try:
        return interleaved({"docxtpl": plain_docxtpl, "bdg_docs": ours, "floor": floor}, rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def cli_marginal(small: int, large: int, rounds: int) -> dict[str, object]:
    """``bdg-docs render`` of ``small`` and of ``large`` data files (in turn, ``rounds`` times):
    wall time and the CPU time of the command and its workers; the difference, divided by the
    files added, is the CPU each extra document costs through the command line."""
    work = Path(tempfile.mkdtemp())
    sources = [str(p) for p in _write_plans(work / "in", large)]
    runs: dict[int, list[tuple[float, float]]] = {small: [], large: []}
    try:
        for _ in range(rounds):
            for count in (small, large):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                began = time.perf_counter()
                subprocess.run([str(BIN / "bdg-docs"), "render", *sources[:count], "-o", str(work / "out"), "--force"],
                               check=True, capture_output=True)
                wall = time.perf_counter() - began
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                runs[count].append((wall, cpu))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    wall = {n: statistics.median(w for w, _ in r) for n, r in runs.items()}
    cpu = {n: statistics.median(c for _, c in r) for n, r in runs.items()}
    return {"wall": wall, "cpu": cpu, "per_document": (cpu[large] - cpu[small]) / (large - small)}


def batch(count: int, workers: int, folder: Path) -> dict[str, object]:
    """``bdg_docs.render_batch`` of ``count`` different data files with ``workers`` processes,
    in a fresh Python process (what ``bdg-docs render`` does, without its display): wall time
    from the call to the last file written, and the peak memory (VmHWM) of each rendering
    process when the batch's first outcome from it is in, at 10%, 50% and at the end."""
    out = subprocess.run([sys.executable, __file__, "--batch-child", str(folder), str(count), str(workers)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def _batch_child(folder: Path, count: int, workers: int) -> None:
    from bdg_docs.batch import render_batch

    sources = sorted((folder / "in").glob("*.yaml"))[:count]
    # With workers, the parent renders the first file: theirs come back from the second on.
    first = 1 if workers <= 1 else 2
    checkpoints = {first, max(first, count // 10), count // 2, count}
    memory: dict[int, list[float]] = {}
    done = 0

    def rendering_processes() -> list[int]:
        if workers <= 1:
            return [os.getpid()]
        children = []
        for task in Path(f"/proc/{os.getpid()}/task").iterdir():
            children += [int(pid) for pid in (task / "children").read_text().split()]
        return children

    def peak(pid: int) -> float:
        status = Path(f"/proc/{pid}/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) / 1024

    def noted(outcome: object) -> None:
        nonlocal done
        done += 1
        assert outcome.ok, outcome  # type: ignore[attr-defined]
        if done in checkpoints:
            for pid in rendering_processes():
                memory.setdefault(pid, []).append(peak(pid))

    began = time.perf_counter()
    render_batch(sources, folder / f"out_{workers}", overwrite=True, workers=workers, on_outcome=noted)
    wall = time.perf_counter() - began
    written = len(list((folder / f"out_{workers}").iterdir()))
    print(json.dumps({"wall": wall, "written": written, "memory": list(memory.values())}))


def startup(rounds: int, out: Path) -> dict[str, Timings]:
    """Wall time of a fresh interpreter: bare, importing bdg_docs, ``bdg-docs --help``, and
    ``bdg-docs render`` of the Triệu Sơn plan (what an officer waits for)."""
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        'python -c "import bdg_docs"': [sys.executable, "-c", "import bdg_docs"],
        "bdg-docs --help": [str(BIN / "bdg-docs"), "--help"],
        "bdg-docs render ke_hoach_truyen_thong_trieu_son_2022.yaml": [
            str(BIN / "bdg-docs"), "render", str(TRIEU_SON), "-o", str(out), "--force"],
    }
    return interleaved({name: (lambda c=cmd: subprocess.run(c, check=True, capture_output=True))
                        for name, cmd in commands.items()}, rounds)


def pdf(count: int, rounds: int) -> dict[str, object] | None:
    """LibreOffice: one call converting 1 document and one converting ``count``, in turn, with a
    private profile (created before timing)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sources = []
        for n in range(count):
            target = work / f"van_ban_{n:02d}.docx"
            bdg_docs.render_to(bdg_docs.loads(variants.plan(n)), target)
            sources.append(str(target))
        profile = f"-env:UserInstallation={(work / 'profile').as_uri()}"

        def convert(files: list[str]) -> None:
            out = tempfile.mkdtemp(dir=work)
            subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", out, *files],
                           check=True, capture_output=True, timeout=600)
            if len(os.listdir(out)) != len(files):
                raise RuntimeError(f"LibreOffice wrote {len(os.listdir(out))} of {len(files)} PDFs")

        convert(sources[:1])  # creates the profile
        timings = interleaved({"1": lambda: convert(sources[:1]), "batch": lambda: convert(sources)}, rounds)
        version = subprocess.run([soffice, profile, "--version"], capture_output=True, text=True).stdout.strip()
    return {"timings": timings, "count": count, "version": version}


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    from importlib.metadata import version

    libs = ", ".join(f"{name} {version(name)}" for name in ("docxtpl", "python-docx", "lxml", "Jinja2", "pydantic"))
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} logical CPUs, {int(memory) / 2**20:.1f} GiB RAM; "
            f"{platform.platform()}; Python {platform.python_version()}; {libs}. "
            f"Load average at start: {load}.")


def _check(ok: bool) -> str:
    return "met" if ok else "**not met**"


def report(args: argparse.Namespace) -> str:
    lines = ["# Benchmarks", "",
             f"`{' '.join(['python', 'benchmarks/run.py', *sys.argv[1:]])}`, written by the script. "
             f"Machine: {machine()}", ""]
    targets: list[tuple[str, str, bool | None, bool | None]] = []
    fixtures = sorted((ROOT / "fixtures").glob("*.yaml"))
    largest = max(fixtures, key=lambda p: len(dict(read_zip(bdg_docs.render(bdg_docs.load(p))))["word/document.xml"]))
    lines += ["## One document", "",
              f"Interleaved, {args.rounds} rounds; medians (min–max). *docxtpl*: "
              "`DocxTemplate(template).render(context, autoescape=True)` then `save`, given the context "
              "bdg_docs builds; *bdg_docs*: `bdg_docs.rendering.render_page(page)`, the same work from "
              "the laid-out page (its own context, the prepared template, the zip); *prepared*: the "
              "prepared template's render alone, given the context; *render*: `bdg_docs.render(document)`, "
              "from the model (lay-out included); *zip*: the output's parts written into a zip again, "
              "the floor. CPU is the thread's CPU time, which other work on a shared machine does not "
              "inflate; the ratios are given for both.", ""]
    for path in dict.fromkeys([TRIEU_SON, largest]):
        t = single_document(path, args.rounds)
        name = path.stem + (" (largest fixture)" if path == largest else "")
        lines += [f"### {name}", "", "| case | wall | CPU |", "|---|---|---|"]
        lines += [f"| {case} | {times.ms()} | {times.cpu_ms()} |" for case, times in t.items()]

        def ratio(a: str, b: str) -> tuple[float, float]:
            return t[a].median / t[b].median, t[a].cpu_median / t[b].cpu_median

        lines += ["", "| ratio | wall | CPU |", "|---|---|---|"]
        for a, b in [("docxtpl", "bdg_docs"), ("docxtpl", "prepared"), ("docxtpl", "render"),
                     ("bdg_docs", "zip"), ("prepared", "zip"), ("render", "zip")]:
            wall, cpu = ratio(a, b)
            lines.append(f"| {a} ÷ {b} | {wall:.2f} | {cpu:.2f} |")
        lines.append("")
        speed, floor = ratio("docxtpl", "bdg_docs"), ratio("bdg_docs", "zip")
        targets.append((f"{path.stem}: bdg_docs ≤ 1/5 of docxtpl (docxtpl ÷ bdg_docs ≥ 5)",
                        f"{speed[0]:.2f} wall, {speed[1]:.2f} CPU", speed[0] >= 5, speed[1] >= 5))
        targets.append((f"{path.stem}: bdg_docs ≤ 2× the zip floor", f"{floor[0]:.2f} wall, {floor[1]:.2f} CPU",
                        floor[0] <= 2, floor[1] <= 2))
    if largest == TRIEU_SON:
        lines += ["The Triệu Sơn plan is also the largest fixture.", ""]

    from bdg_docs.yaml_reader import PARSER

    e2e = end_to_end(args.rounds)
    marginal = cli_marginal(args.cli_small, args.cli_large, args.cli_rounds)
    lines += ["## End to end: from the data file to the written .docx", "",
              f"YAML parser: {PARSER}. Interleaved, {args.rounds} rounds; medians (min–max). "
              "*bdg_docs*: `bdg_docs.batch.render_one`, what the batch does for each file (read, parse "
              "with line numbers, validate, warnings, lay out, render, write atomically), warm, a "
              "different plan of `benchmarks/variants.py` (the Triệu Sơn plan changed) each round; "
              "*docxtpl*: plain docxtpl loading, rendering and saving the same template with the "
              "context bdg_docs builds for the plan, and writing the file; *floor*: reading a data "
              "file, parsing it in C with marks (libyaml's own composer), zipping the output's parts "
              "and writing them.", "", "| case | wall | CPU |", "|---|---|---|"]
    lines += [f"| {case} | {times.ms()} | {times.cpu_ms()} |" for case, times in e2e.items()]
    warm_vs_docxtpl = e2e["docxtpl"].cpu_median / e2e["bdg_docs"].cpu_median
    warm_vs_floor = e2e["bdg_docs"].cpu_median / e2e["floor"].cpu_median
    per_cli = marginal["per_document"]
    cli_vs_docxtpl = e2e["docxtpl"].cpu_median / per_cli
    cli_vs_floor = per_cli / e2e["floor"].cpu_median
    small, large = args.cli_small, args.cli_large
    lines += ["", f"Through the command line: `bdg-docs render` of {small} and of {large} plans (two "
                  f"worker processes), in turn, {args.cli_rounds} rounds; CPU time of the command and "
                  "its workers.", "",
              "| files | wall | CPU |", "|---|---|---|",
              f"| {small} | {marginal['wall'][small]:.2f} s | {marginal['cpu'][small]:.2f} s |",
              f"| {large} | {marginal['wall'][large]:.2f} s | {marginal['cpu'][large]:.2f} s |",
              f"| each extra file | | {per_cli * 1e3:.1f} ms |", "",
              "| ratio (CPU) | |", "|---|---|",
              f"| docxtpl ÷ bdg_docs (warm) | {warm_vs_docxtpl:.2f} |",
              f"| bdg_docs (warm) ÷ floor | {warm_vs_floor:.2f} |",
              f"| docxtpl ÷ bdg_docs (each extra file through `bdg-docs render`) | {cli_vs_docxtpl:.2f} |",
              f"| bdg_docs (each extra file through `bdg-docs render`) ÷ floor | {cli_vs_floor:.2f} |", ""]
    targets.append(("end to end through the CLI batch: ≤ 1/4 of docxtpl's CPU (docxtpl ÷ bdg_docs ≥ 4)",
                    f"{cli_vs_docxtpl:.2f} (warm: {warm_vs_docxtpl:.2f})", None, cli_vs_docxtpl >= 4))
    targets.append(("end to end through the CLI batch: within 4× of the floor",
                    f"{cli_vs_floor:.2f} (warm: {warm_vs_floor:.2f})", None, cli_vs_floor <= 4))

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write_plans(folder / "in", args.batch)
        runs = {n: batch(args.batch, n, folder) for n in (1, 2)}
    one, two = runs[1]["wall"], runs[2]["wall"]
    lines += [f"## Batch of {args.batch} documents", "",
              "Each document differs (commune, date, number, text: `benchmarks/variants.py`), each a "
              "data file. `bdg_docs.render_batch` (what `bdg-docs render` runs) in a fresh process: "
              "read, validate, render and write each file atomically; with 2 processes, the parent "
              "renders the first file, then workers fork from it warm. Wall time from the call to the "
              "last file written, start-up of the workers included.", "",
              "| processes | wall time | documents/s | peak RSS per rendering process (MB): first outcome / 10% / 50% / 100% of the batch |",
              "|---|---|---|---|"]
    for n, run in runs.items():
        memory = "; ".join(" / ".join(f"{mb:.1f}" for mb in mem) for mem in run["memory"])
        lines.append(f"| {n} | {run['wall']:.2f} s | {args.batch / run['wall']:.0f} | {memory} |")
        assert run["written"] == args.batch, run["written"]
    peaks = [mb for run in runs.values() for mem in run["memory"] for mb in mem]
    growth = max(mem[-1] - mem[0] for run in runs.values() for mem in run["memory"])
    lines.append("")
    targets.append((f"batch: {args.batch} plans in < 15 s on two cores", f"{two:.2f} s", two < 15, None))
    targets.append(("batch: 2 processes ≥ 1.7× faster than 1", f"{one / two:.2f}×", one / two >= 1.7, None))
    targets.append(("batch: peak memory < 100 MB per process", f"{max(peaks):.1f} MB", max(peaks) < 100, None))
    targets.append(("batch: no memory growth with the number of documents",
                    f"+{growth:.1f} MB from the first document to the last", growth < 5, None))

    with tempfile.TemporaryDirectory() as tmp:
        start = startup(args.startup_rounds, Path(tmp))
    lines += ["## Start-up", "", f"Wall time, interleaved, {args.startup_rounds} rounds.", "",
              "| command | wall time |", "|---|---|"]
    lines += [f"| `{name}` | {t.ms()} |" for name, t in start.items()]
    targets.append(("`bdg-docs --help` < 0.3 s", f"{start['bdg-docs --help'].median:.3f} s",
                    start["bdg-docs --help"].median < 0.3, None))
    one_file = start["bdg-docs render ke_hoach_truyen_thong_trieu_son_2022.yaml"].median
    targets.append(("`bdg-docs render` of one file < 0.5 s", f"{one_file:.3f} s", one_file < 0.5, None))

    from benchmarks.profiles import table as profile_table

    lines += ["", "## Locality profiles: the first lookup", "",
              "A fresh process that has imported the document models resolves one profile "
              f"(`benchmarks/profiles.py`): median of {args.startup_rounds} processes; memory kept, traced apart.", ""]
    lines += profile_table(args.startup_rounds)

    result = pdf(args.pdf, args.pdf_rounds)
    lines += ["", "## PDF (LibreOffice)", ""]
    if result is None:
        lines.append("LibreOffice (`soffice`) is not installed: not measured.")
    else:
        t = result["timings"]
        per = t["batch"].median / result["count"]
        extra = (t["batch"].median - t["1"].median) / (result["count"] - 1)
        lines += [f"{result['version']}. One `soffice --headless --convert-to pdf` call per row, a "
                  f"private profile; interleaved, {args.pdf_rounds} rounds.", "",
                  "| documents in the call | wall time | per document | each extra document |", "|---|---|---|---|",
                  f"| 1 | {t['1'].median:.2f} s ({t['1'].seconds[0]:.2f}–{t['1'].seconds[-1]:.2f}) | "
                  f"{t['1'].median:.2f} s | |",
                  f"| {result['count']} | {t['batch'].median:.2f} s ({t['batch'].seconds[0]:.2f}–"
                  f"{t['batch'].seconds[-1]:.2f}) | {per:.3f} s | {extra:.3f} s |"]
        targets.append((f"PDF: ≤ 0.25 s per document in a batch of {result['count']}", f"{per:.3f} s", per <= 0.25, None))

    lines += ["", "## Targets", "", "| target | measured | wall time | CPU time |", "|---|---|---|---|"]
    lines += [f"| {name} | {value} | {'' if ok is None else _check(ok)} | {'' if cpu is None else _check(cpu)} |"
              for name, value, ok, cpu in targets]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few rounds and documents, to try the script")
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("RESULTS.md"))
    parser.add_argument("--batch-child", nargs=3, metavar=("FOLDER", "COUNT", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.batch_child:
        folder, count, workers = args.batch_child
        _batch_child(Path(folder), int(count), int(workers))
        return 0
    (args.rounds, args.batch, args.startup_rounds, args.pdf, args.pdf_rounds, args.cli_small, args.cli_large,
     args.cli_rounds) = ((20, 100, 3, 20, 1, 20, 60, 1) if args.quick else (200, 1000, 15, 20, 3, 20, 220, 3))
    text = report(args)
    print(text)
    args.output.write_text(text, encoding="utf-8")
    print(f"(written to {args.output})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
