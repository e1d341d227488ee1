"""Writing the drafts of many communes: data files and reports here, documents by the render batch.

For each commune, in the register's order: its files (``<stem>.yaml``, ``<stem>.doi_chieu.md``,
``<stem>.docx``, and ``.pdf`` when asked) are all left alone when one of them exists, unless
overwriting is asked for; otherwise its data file and report are written (atomically). Then
:func:`bdg_docs.batch.render_batch` reads every data file written and renders it, on all the
processes asked for, so that each draft is exactly what its data file says: one commune whose
draft cannot be made or read costs only itself. The summary of the batch is written last.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from bdg_docs.batch import BatchResult, Outcome, render_batch
from bdg_docs.errors import BdgError, OutputExistsError
from bdg_docs.files import write_atomic

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.cascade import Cascade, CommuneDraft

SUMMARY = ".tong_hop.md"


@dataclass(frozen=True)
class CascadeResult:
    """What became of each commune (in the order asked), and of the summary."""

    keys: tuple[str, ...]
    outcomes: tuple[Outcome, ...]
    pdf_error: str | None = None
    summary: Path | None = None
    summary_kept: bool = False  # the summary existed and overwriting was not asked for

    @property
    def batch(self) -> BatchResult:
        return BatchResult(self.outcomes, self.pdf_error)


def write_drafts(cascade: "Cascade", keys: Sequence[str], out: Path, *, overwrite: bool = False, pdf: bool = False,
                 soffice: str | Path | None = None, workers: int = 1, chosen: str = "",
                 on_outcome: Callable[[Outcome], None] | None = None,
                 on_pdf: Callable[[int], None] | None = None) -> CascadeResult:
    """Write the drafts of the communes ``keys`` to ``out``; see the module's description.

    ``on_outcome`` is called once per commune as soon as its fate is known (before rendering for
    a commune skipped or failed, after for the others); ``chosen`` says in the summary which
    communes were asked for."""
    from bdg_docs.cascade import REPORT

    early: dict[str, Outcome] = {}
    drafts: dict[str, "CommuneDraft"] = {}
    sources: dict[Path, str] = {}
    for key in keys:
        stem = cascade.stem(key)
        source = out / f"{stem}.yaml"
        targets = [source, out / f"{stem}{REPORT}", out / f"{stem}.docx", *([out / f"{stem}.pdf"] if pdf else [])]
        existing = next((t for t in targets if t.exists()), None) if not overwrite else None
        if existing is not None:
            early[key] = Outcome(source, "exists", message=str(OutputExistsError(str(existing))))
        else:
            try:
                draft = cascade.draft(key)
                write_atomic(source, draft.data.encode("utf-8"), overwrite=overwrite)
                write_atomic(out / f"{stem}{REPORT}", draft.report.encode("utf-8"), overwrite=overwrite)
            except OutputExistsError as exc:
                early[key] = Outcome(source, "exists", message=str(exc))
            except OSError as exc:
                early[key] = Outcome(source, "error", message=f"không ghi được {source}: {exc.strerror or exc}.")
            except BdgError as exc:  # the commune's profile lacks what the rules need
                early[key] = Outcome(source, "invalid", message=f"{key}: {exc}")
            else:
                drafts[key] = draft
                sources[source] = key
                continue
        if on_outcome is not None:
            on_outcome(early[key])
    rendered = render_batch(list(sources), out, overwrite=overwrite, pdf=pdf, soffice=soffice, workers=workers,
                            on_outcome=on_outcome, on_pdf=on_pdf, dia_phuong=cascade.profile_paths)
    by_key = {sources[o.source]: _with_data_file(o) for o in rendered.outcomes}
    outcomes = tuple(early.get(key) or by_key[key] for key in keys)
    rows = [(key, outcome, drafts.get(key)) for key, outcome in zip(keys, outcomes)]
    from bdg_docs.cascade.report import summary

    path = out / f"{cascade.summary_stem}{SUMMARY}"
    try:
        write_atomic(path, summary(cascade, rows, chosen or f"{len(keys)} xã").encode("utf-8"), overwrite=overwrite)
        kept = False
    except OutputExistsError:
        kept = True
    return CascadeResult(tuple(keys), outcomes, rendered.pdf_error, path, kept)


def _with_data_file(outcome: Outcome) -> Outcome:
    """A rendered draft: its data file and report are among what was written."""
    from bdg_docs.cascade import REPORT

    if not outcome.ok:
        return outcome
    report = outcome.source.with_name(outcome.source.stem + REPORT)
    docx, *pdf = outcome.written
    return replace(outcome, written=(docx, outcome.source, report, *pdf))  # the .pdf stays last, as render has it


__all__ = ["CascadeResult", "SUMMARY", "write_drafts"]
