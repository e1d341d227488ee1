"""Running one case of the hostile corpus (:mod:`tests.hostile.cases`) in a process of its own.

:func:`perform` runs a case's action in the current process through the public API only
(``bdg_docs.cli.main``, ``bdg_docs.*``), so that it works with any checkout of bdg_docs.
:func:`in_child` forks, performs the action in the child and measures it there: the time of the
action alone, and the child's peak memory from ``os.wait4`` (``resource``'s ``ru_maxrss``).
"""
from __future__ import annotations

import gc
import io
import json
import os
import resource
import select
import signal
import time
import traceback
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass

from tests.hostile.cases import Api, Cli


@dataclass(frozen=True)
class Result:
    outcome: str  # the exit status, the exception's class name, "ok", or "timeout"
    text: str  # what was printed, or the exception's message (and traceback)
    seconds: float  # the action alone (not the fork)
    peak_mb: float  # the child's peak resident memory
    growth_mb: float  # ... above what it had when it was forked


def perform(action: Cli | Api) -> tuple[str, str]:
    """Run ``action`` here: (outcome, text)."""
    import bdg_docs

    if isinstance(action, Cli):
        from bdg_docs.cli import main

        printed = io.StringIO()
        with redirect_stderr(printed), redirect_stdout(printed):
            try:
                status = main(list(action.args))
            except SystemExit as exc:
                status = exc.code
        return str(status), printed.getvalue()
    try:
        exec(action.code, {"bdg_docs": bdg_docs})  # noqa: S102 - the corpus's own statements
    except Exception as exc:  # the point: which exception, and no other
        return type(exc).__name__, f"{exc}\n{''.join(traceback.format_exception(exc))}"
    return "ok", ""


def in_child(action: Cli | Api, *, timeout: float = 60.0) -> Result:
    """Fork, run ``action`` in the child, and measure it (POSIX only)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller
        try:
            os.close(read)
            # the test process's own heap, inherited, is not the action's: the collector leaves it be
            gc.freeze()
            base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            start = time.perf_counter()
            outcome, text = perform(action)
            seconds = time.perf_counter() - start
            payload = json.dumps([outcome, text, seconds, base]).encode("utf-8")
            with os.fdopen(write, "wb") as pipe:
                pipe.write(payload)
        finally:
            os._exit(0)
    os.close(write)
    chunks, deadline, late = [], time.monotonic() + timeout, False
    with os.fdopen(read, "rb") as pipe:
        while True:
            ready, _, _ = select.select([pipe], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                os.kill(pid, signal.SIGKILL)
                late = True
                break
            chunk = os.read(pipe.fileno(), 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    _, _, usage = os.wait4(pid, 0)
    peak = usage.ru_maxrss / 1024
    if late:
        return Result("timeout", f"did not finish in {timeout:.0f} s", timeout, peak, 0.0)
    if not chunks:
        return Result("crashed", "the child ended without a result", 0.0, peak, 0.0)
    outcome, text, seconds, base = json.loads(b"".join(chunks))
    return Result(outcome, text, seconds, peak, peak - base / 1024)
