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
import multiprocessing as mp
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


def _worker(index: int, workers: int, count: int, out_dir: str, ready, start, results) -> None:
    """Render documents index, index+workers, ... of the batch; report time and memory."""
    import bdg_docs as lib

    numbers = range(index, count, workers)
    lib.render(lib.loads(variants.plan(numbers[0])))  # import everything, prepare the template
    ready.put(index)
    start.wait()
    began = time.perf_counter()
    checkpoints = {1, max(1, len(numbers) // 10), len(numbers) // 2, len(numbers)}
    memory, loading = [], 0.0
    for done, number in enumerate(numbers, start=1):
        text = variants.plan(number)  # made here, so that memory holds one document at a time
        loaded = time.perf_counter()
        document = lib.loads(text)
        loading += time.perf_counter() - loaded
        lib.render_to(document, Path(out_dir) / f"{index}_{done}.docx", overwrite=True)
        if done in checkpoints:
            memory.append((done, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    results.put((index, time.perf_counter() - began, loading, memory))


def batch(count: int, workers: int) -> dict[str, object]:
    """Load and render ``count`` different documents with ``workers`` processes (spawned, so
    each prepares the template itself); the clock starts when every worker is ready."""
    ctx = mp.get_context("spawn")
    ready, results, start = ctx.Queue(), ctx.Queue(), ctx.Event()
    with tempfile.TemporaryDirectory() as out_dir:
        procs = [ctx.Process(target=_worker, args=(i, workers, count, out_dir, ready, start, results))
                 for i in range(workers)]
        for p in procs:
            p.start()
        for _ in procs:
            ready.get()
        began = time.perf_counter()
        start.set()
        reports = [results.get() for _ in procs]
        wall = time.perf_counter() - began
        for p in procs:
            p.join()
        written = len(os.listdir(out_dir))
    return {"wall": wall, "written": written, "reports": sorted(reports)}


def startup(rounds: int) -> dict[str, Timings]:
    """Wall time of a fresh interpreter: bare, importing bdg_docs, and ``bdg-docs --help``."""
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        'python -c "import bdg_docs"': [sys.executable, "-c", "import bdg_docs"],
        "bdg-docs --help": [str(BIN / "bdg-docs"), "--help"],
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
    targets: list[tuple[str, str, bool, bool | None]] = []
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

    runs = {n: batch(args.batch, n) for n in (1, 2)}
    one, two = runs[1]["wall"], runs[2]["wall"]
    lines += [f"## Batch of {args.batch} documents", "",
              "Each document differs (commune, date, number, text: `benchmarks/variants.py`); each is "
              "loaded from YAML text and validated, rendered, and written atomically to a file. "
              "Workers are spawned processes that import bdg_docs and prepare the template before the "
              "clock starts. *loading* is the part of the workers' time spent in `bdg_docs.loads` (reading "
              "YAML with line numbers, and validating); the rest is `bdg_docs.render_to`.", "",
              "| processes | wall time | documents/s | loading | rendering and writing, per document | peak RSS per process (MB) after its first document / 10% / 50% / 100% |",
              "|---|---|---|---|---|---|"]
    for n, run in runs.items():
        reports = run["reports"]
        memory = "; ".join(" / ".join(f"{mb:.1f}" for _, mb in mem) for *_, mem in reports)
        busy, loading = sum(r[1] for r in reports), sum(r[2] for r in reports)
        lines.append(f"| {n} | {run['wall']:.2f} s | {args.batch / run['wall']:.0f} | "
                     f"{loading / busy:.0%} | {(busy - loading) / args.batch * 1e3:.1f} ms | {memory} |")
        assert run["written"] == args.batch, run["written"]
    peaks = [mb for run in runs.values() for *_, mem in run["reports"] for _, mb in mem]
    growth = max(mem[-1][1] - mem[0][1] for run in runs.values() for *_, mem in run["reports"])
    lines.append("")
    targets.append(("batch: 2 processes ≥ 1.7× faster than 1", f"{one / two:.2f}×", one / two >= 1.7, None))
    targets.append(("batch: peak memory < 100 MB per process", f"{max(peaks):.1f} MB", max(peaks) < 100, None))
    targets.append(("batch: no memory growth with the number of documents",
                    f"+{growth:.1f} MB from the first document to the last", growth < 5, None))

    start = startup(args.startup_rounds)
    lines += ["## Start-up", "", f"Wall time, interleaved, {args.startup_rounds} rounds.", "",
              "| command | wall time |", "|---|---|"]
    lines += [f"| `{name}` | {t.ms()} |" for name, t in start.items()]
    targets.append(("`bdg-docs --help` < 0.3 s", f"{start['bdg-docs --help'].median:.3f} s",
                    start["bdg-docs --help"].median < 0.3, None))

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
    lines += [f"| {name} | {value} | {_check(ok)} | {'' if cpu is None else _check(cpu)} |"
              for name, value, ok, cpu in targets]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few rounds and documents, to try the script")
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("RESULTS.md"))
    args = parser.parse_args()
    args.rounds, args.batch, args.startup_rounds, args.pdf, args.pdf_rounds = (
        (20, 100, 3, 20, 1) if args.quick else (200, 1000, 15, 20, 3))
    text = report(args)
    print(text)
    args.output.write_text(text, encoding="utf-8")
    print(f"(written to {args.output})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
