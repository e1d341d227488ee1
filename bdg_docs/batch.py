"""Render many data files at once, so that one bad file costs only itself.

Each file is loaded, validated and written on its own: an invalid file is reported and the
others go on, every finished document stays. A file whose .docx (or, with PDF, .pdf) exists is
left alone unless overwriting is asked for. Large batches spread over worker processes; the
outcomes come back in the order of the input, so messages are the same on every run. With PDF,
the documents written go through one LibreOffice run at the end (:mod:`bdg_docs.pdf`).
"""
from __future__ import annotations

import os
import signal
import threading
import time
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Literal, Sequence

from bdg_docs.errors import BdgError, InputError, OutputExistsError, Problem

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.documents.base import VanBanHanhChinh
    from bdg_docs.pdf import Converted

Status = Literal["ok", "invalid", "exists", "error"]


@dataclass(frozen=True)
class Outcome:
    """What became of one data file. Plain data: it crosses process boundaries."""

    source: Path
    status: Status
    written: tuple[Path, ...] = ()
    problems: tuple[Problem, ...] = ()  # why the input is invalid
    warnings: tuple[Problem, ...] = ()  # what to check before signing (the document was written)
    message: str | None = None  # why nothing was written, when it is not the input's fault
    detail: str | None = None  # a Python traceback, for --debug

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass(frozen=True)
class BatchResult:
    """What a batch did: one :class:`Outcome` per data file, in the order given."""

    outcomes: tuple[Outcome, ...] = ()
    pdf_error: str | None = None  # the PDF step failed as a whole (the .docx files stay)

    @property
    def done(self) -> int:
        return sum(o.ok for o in self.outcomes)

    @property
    def warned(self) -> int:
        return sum(bool(o.ok and o.warnings) for o in self.outcomes)

    @property
    def failed(self) -> int:
        return len(self.outcomes) - self.done

    @property
    def needs_environment(self) -> bool:
        """Something failed that is not the input's fault: files could not be written, no PDF."""
        return self.pdf_error is not None or any(o.status == "error" for o in self.outcomes)


@dataclass(frozen=True)
class _Job:
    """One data file to render, and where its results go."""

    source: Path
    docx: Path
    also_kept: tuple[Path, ...] = ()  # other targets that must not exist (the PDF)
    overwrite: bool = False
    clash: Path | None = None  # an earlier source of the batch with the same file name
    year: int | None = None  # roll an annual plan forward to this year first
    dia_phuong: tuple[str, ...] = ()  # locality profile files or folders besides the shipped ones

    def targets(self) -> tuple[Path, ...]:
        return (self.docx, *self.also_kept)

    def rolled(self, document: VanBanHanhChinh) -> tuple[VanBanHanhChinh, "_Job"]:
        """The document rolled to ``year``, and this job with the new year in its file names."""
        from bdg_docs.chuyen_nam import roll_forward, ten_tep_nam

        rolled = roll_forward(document, self.year)  # type: ignore[arg-type]
        stem = ten_tep_nam(self.source.stem, document.nam, rolled.nam)  # type: ignore[attr-defined]
        return rolled, replace(self, docx=self.docx.with_name(f"{stem}.docx"),
                               also_kept=tuple(p.with_name(f"{stem}{p.suffix}") for p in self.also_kept))


def render_one(job: _Job) -> Outcome:
    """Load, validate and write one document; every failure becomes an :class:`Outcome`.

    The data is checked before the output folder: an officer who renders again into the same
    folder learns what is wrong with the file before being told that the document exists.
    """
    from bdg_docs.api import load, render
    from bdg_docs.files import write_atomic

    if job.clash is not None:
        return Outcome(job.source, "invalid", message=(
            f"cùng tên với {job.clash}: cả hai sẽ ghi vào {job.docx}. Đổi tên một trong hai tệp."))
    try:
        document = load(job.source, dia_phuong=_profiles(job.dia_phuong))
        if job.year is not None:
            document, job = job.rolled(document)
        data = render(document)
        if kept := _existing(job):
            return kept
        write_atomic(job.docx, data, overwrite=job.overwrite)
    except InputError as exc:
        return Outcome(job.source, "invalid", problems=exc.problems)
    except OutputExistsError as exc:
        return Outcome(job.source, "exists", message=str(exc))
    except OSError as exc:  # inputs are read by InputError's readers: this is writing
        from bdg_docs.files import os_reason

        return Outcome(job.source, "error", message=f"không ghi được {job.docx}: {os_reason(exc)}.",
                       detail=_trace())
    except BdgError as exc:
        return Outcome(job.source, "error", message=str(exc), detail=_trace())
    except Exception as exc:  # a bug: reported for this file, the batch goes on
        return Outcome(job.source, "error", message=f"lỗi không mong đợi ({type(exc).__name__}: {exc}).",
                       detail=_trace())
    return Outcome(job.source, "ok", written=(job.docx,), warnings=tuple(document.canh_bao()))


def _trace() -> str:
    """The Python traceback of the exception being handled, for ``--debug`` (imported only then:
    a render that goes well never needs it)."""
    import traceback

    return traceback.format_exc()


@lru_cache(maxsize=4)
def _profiles(paths: tuple[str, ...]) -> Any:
    """The profiles a batch adds, read once per process (not once per document)."""
    from bdg_docs.api import profile_registry

    return profile_registry(list(paths)) if paths else None


def _existing(job: _Job) -> Outcome | None:
    """The refusal when a target is already there and ``overwrite`` was not asked for."""
    for target in job.targets() if not job.overwrite else ():
        if target.exists():
            return Outcome(job.source, "exists", message=str(OutputExistsError(str(target))))
    return None


def _jobs(sources: Sequence[str | Path], out: Path, pdf: bool, overwrite: bool,
          year: int | None, dia_phuong: tuple[str, ...] = ()) -> list[_Job]:
    first: dict[str, Path] = {}
    planned = []
    for name in sources:
        source = Path(name)
        kept = (out / f"{source.stem}.pdf",) if pdf else ()
        planned.append(_Job(source, out / f"{source.stem}.docx", kept, overwrite, first.get(source.stem), year,
                            dia_phuong))
        first.setdefault(source.stem, source)
    return planned


def render_batch(sources: Sequence[str | Path], out_dir: str | Path, *, overwrite: bool = False,
                 pdf: bool = False, soffice: str | Path | None = None, workers: int = 1,
                 on_outcome: Callable[[Outcome], None] | None = None,
                 on_pdf: Callable[[int], None] | None = None, year: int | None = None,
                 dia_phuong: Sequence[str | Path] = ()) -> BatchResult:
    """Render every source to ``out_dir/<stem>.docx`` (and ``.pdf`` with ``pdf``).

    ``workers`` > 1 renders in that many processes. ``on_outcome`` is called with each outcome
    in input order as it is known (for progress and messages); ``on_pdf`` with the number of
    documents, before LibreOffice starts. Of two sources with the same file name, the second is
    refused: both would write the same .docx. With ``pdf``, ``soffice`` is the LibreOffice
    program (see :func:`bdg_docs.pdf.find_soffice`). With ``year``, each annual plan is first
    rolled forward to that year (:func:`bdg_docs.roll_forward`) and the year in its file name
    changes too (``..._2024`` → ``..._2025``; added when the name has none). ``dia_phuong`` adds
    locality profiles (files or folders) to the shipped ones for every source.
    """
    if pdf and soffice is None:
        raise ValueError("pdf=True needs the LibreOffice program: soffice=...")
    planned = _jobs(sources, Path(out_dir), pdf, overwrite, year, tuple(map(str, dia_phuong)))
    outcomes = []
    for outcome in _run(planned, workers):
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    if not pdf:
        return BatchResult(tuple(outcomes))
    written = [o.written[0] for o in outcomes if o.ok]
    if not written:
        return BatchResult(tuple(outcomes))
    if on_pdf is not None:
        on_pdf(len(written))
    return _with_pdf(outcomes, written, Path(out_dir), soffice, overwrite)  # type: ignore[arg-type]


def _run(planned: list[_Job], workers: int) -> Iterator[Outcome]:
    if workers <= 1 or len(planned) < 2:
        yield from map(render_one, planned)
        return
    # Workers start warm: the parent renders the first file itself (importing the library,
    # building its document type's models, preparing the template, reading the profiles and the
    # catalogue), then forks them, where the platform allows, so that they inherit all of it.
    yield render_one(planned[0])
    _warm()
    rest = planned[1:]
    chunk = max(1, min(CHUNK, len(rest) // (workers * 4)))
    from concurrent.futures import ProcessPoolExecutor  # a batch of one file starts no process

    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_start_worker) as pool:
        try:
            yield from pool.map(_render_in_worker, rest, chunksize=chunk)
        except BaseException:  # interrupted: finished files stay, pending ones are dropped
            pool.shutdown(wait=False, cancel_futures=True)
            raise


CHUNK = 16
"""Files handed to a worker at a time, at most: fewer round trips than one by one, and the
outcomes come back soon enough to show progress."""


def _warm() -> None:
    """What every document needs prepared in the parent before workers fork from it, even when
    the first file was invalid: the library imported and the template prepared."""
    from bdg_docs.rendering import engine

    try:
        engine.prepare(engine.template_path())
    except Exception:  # noqa: BLE001 - each worker reports a broken template for its files
        pass


def _context() -> Any:
    """Fork (workers inherit the warm parent) where the platform has it safely: Linux, from a
    parent running no other thread (a forked child gets a copy of any lock another thread holds).
    Elsewhere (macOS, Windows, a program with threads) workers are spawned and warm up on their
    first file."""
    import multiprocessing
    import sys

    fork = sys.platform.startswith("linux") and threading.active_count() == 1
    return multiprocessing.get_context("fork" if fork else "spawn")


# ------------------------------------------------------------------------ worker processes
PARENT_POLL = 0.25
"""Seconds between a worker's checks that the process that started it is still there."""


class _ParentGone(BaseException):
    """The batch's parent process died: the worker stops (a BaseException, so that no
    ``except Exception`` keeps it going, and ``write_atomic`` removes its temporary file)."""


_working = False  # a worker is rendering a file (not waiting for the next one)


def _start_worker() -> None:
    """Workers ignore Ctrl+C (the parent stops the batch; a worker finishes the file it writes)
    and stop when their parent dies, even by ``kill -9``: a thread watches the parent's process
    ID (it changes when the worker is handed to another parent) and then sends the worker a
    SIGTERM, which stops it at once when idle, or after removing the file it was writing."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_worker)
    parent = os.getppid()
    threading.Thread(target=_watch_parent, args=(parent,), name="bdg-docs-parent", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os.kill(os.getpid(), signal.SIGTERM)


def _stop_worker(signum: int, frame: Any) -> None:
    if _working:
        raise _ParentGone  # unwinds the file being written
    os._exit(1)


def _render_in_worker(job: _Job) -> Outcome:
    global _working
    _working = True
    try:
        return render_one(job)
    except _ParentGone:
        os._exit(1)
    finally:
        _working = False


def _with_pdf(outcomes: list[Outcome], written: list[Path], out: Path, soffice: str | Path,
              overwrite: bool) -> BatchResult:
    from bdg_docs.errors import PdfError
    from bdg_docs.pdf import convert

    try:
        converted = {c.source: c for c in convert(written, out, soffice=soffice, overwrite=overwrite)}
    except PdfError as exc:
        return BatchResult(tuple(outcomes), pdf_error=str(exc))
    return BatchResult(tuple(_add_pdf(o, converted) for o in outcomes))


def _add_pdf(outcome: Outcome, converted: dict[Path, Converted]) -> Outcome:
    if not outcome.ok:
        return outcome
    result = converted[outcome.written[0]]
    if result.pdf is None:
        return replace(outcome, status="error", message=result.error)
    return replace(outcome, written=(*outcome.written, result.pdf))


__all__ = ["BatchResult", "Outcome", "render_batch", "render_one"]
