"""``bdg-docs render``: YAML data files to .docx (and PDF), many at once.

The work is :func:`bdg_docs.batch.render_batch`; this module reads the command line, the number
of processors, ``PATH`` (for LibreOffice) and whether stderr is a terminal, and prints.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, TextIO

from bdg_docs.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE, parse_year

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.batch import BatchResult, Outcome

NAME = "render"
HELP = "tạo tệp .docx (và .pdf) từ các tệp dữ liệu .yaml"
DESCRIPTION = ("Tạo THƯ_MỤC/<tên tệp>.docx từ mỗi tệp dữ liệu .yaml (thêm .pdf với --pdf). "
               "Tệp đã có được giữ nguyên, trừ khi dùng --force; tệp lỗi không làm dừng các tệp khác.")

PROGRESS_FROM = 6  # files: below this a bar only flickers
PARALLEL_FROM = 20  # files: below this, starting worker processes costs more than it saves


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="TỆP.yaml", help="tệp dữ liệu văn bản")
    parser.add_argument("-o", "--output", required=True, metavar="THƯ_MỤC", help="thư mục ghi tệp .docx, .pdf")
    parser.add_argument("--pdf", action="store_true",
                        help="tạo thêm tệp .pdf bằng LibreOffice (một lần chạy cho cả loạt tệp)")
    parser.add_argument("--force", action="store_true", help="ghi đè tệp .docx, .pdf đã có")
    parser.add_argument("--year", type=parse_year, metavar="NĂM",
                        help="chuyển kế hoạch năm sang NĂM trước khi tạo tệp (tên tệp ghi năm mới)")
    parser.add_argument("--dia-phuong", action="append", default=[], metavar="TỆP_HOẶC_THƯ_MỤC",
                        help="thêm hồ sơ địa phương (tệp .yaml hoặc thư mục); dùng nhiều lần được")


def run(args: argparse.Namespace) -> int:
    from bdg_docs.batch import render_batch

    ready, soffice = ready_to_write(args.output, args.pdf)
    if not ready:
        return EXIT_USAGE
    display = BatchDisplay(len(args.files), debug=args.debug)
    try:
        result = render_batch(args.files, Path(args.output), overwrite=args.force, pdf=args.pdf,
                              soffice=soffice, workers=display.workers, on_outcome=display.outcome,
                              on_pdf=display.converting, year=args.year, dia_phuong=args.dia_phuong)
    finally:
        display.close()
    if args.pdf:
        _print_pdf(result)
    print(_summary(result), file=sys.stderr if result.failed or result.pdf_error else sys.stdout)
    if result.needs_environment:
        return EXIT_USAGE
    return EXIT_INVALID if result.failed else EXIT_OK


def ready_to_write(output: str, pdf: bool) -> tuple[bool, str | None]:
    """(ready, LibreOffice program): the output folder can be written and, for PDF, LibreOffice is
    there; otherwise says why (nothing has been written)."""
    from bdg_docs.files import check_output_folder

    problem = check_output_folder(output)
    if problem:
        print(f"LỖI: không ghi được {output}: {problem}; chưa ghi tệp nào. Chọn một thư mục khác (-o THƯ_MỤC).",
              file=sys.stderr)
        return False, None
    if not pdf:
        return True, None
    from bdg_docs.pdf import INSTALL_HINT, find_soffice

    soffice = find_soffice(os.environ.get("PATH"))
    if soffice is None:
        print(f"LỖI: không tìm thấy LibreOffice (soffice) để tạo PDF; chưa ghi tệp nào. {INSTALL_HINT}", file=sys.stderr)
        return False, None
    return True, str(soffice)


class BatchDisplay:
    """What a batch shows while it runs: a progress bar on a terminal, each outcome's messages,
    and how many processes to use for that many files."""

    def __init__(self, count: int, *, debug: bool):
        from bdg_docs.commands.progress import Progress

        self.progress = Progress(count, sys.stderr, enabled=count >= PROGRESS_FROM and sys.stderr.isatty())
        self.debug = debug
        self.workers = (os.cpu_count() or 1) if count >= PARALLEL_FROM else 1

    def outcome(self, outcome: "Outcome") -> None:
        self.progress.step()
        for line, stream in _lines(outcome, debug=self.debug):
            self.progress.say(line, stream)

    def converting(self, n: int) -> None:
        self.progress.say(f"Đang chuyển {n} tệp sang PDF bằng LibreOffice...", sys.stderr)

    def close(self) -> None:
        self.progress.close()


def _summary(result: "BatchResult") -> str:
    """``Xong: 197 tệp đã tạo (2 tệp có cảnh báo cần xem lại), 3 tệp lỗi hoặc bỏ qua.``"""
    text = f"Xong: {result.done} tệp đã tạo"
    text += f" ({result.warned} tệp có cảnh báo cần xem lại)" if result.warned else ""
    return text + (f", {result.failed} tệp lỗi hoặc bỏ qua." if result.failed else ".")


def _lines(outcome: "Outcome", *, debug: bool) -> Iterator[tuple[str, TextIO]]:
    """The messages for one outcome, each with its stream: results on stdout, problems on stderr."""
    source = outcome.source
    if outcome.status == "ok":
        yield f"đã tạo {outcome.written[0]}", sys.stdout
        for warning in outcome.warnings:  # "CẢNH BÁO x.yaml:12: trường ...": the file is named once
            yield (f"CẢNH BÁO {warning}" if warning.file else f"CẢNH BÁO {source}: {warning}"), sys.stderr
    elif outcome.status == "invalid" and outcome.problems:
        from bdg_docs.errors import InputError

        yield f"LỖI {source}:\n{InputError(outcome.problems)}", sys.stderr
    elif outcome.status == "exists":
        yield f"BỎ QUA {source}: {outcome.message}", sys.stderr
    else:
        yield f"LỖI {source}: {outcome.message}", sys.stderr
        if debug and outcome.detail:
            yield outcome.detail.rstrip(), sys.stderr


def _print_pdf(result: "BatchResult") -> None:
    if result.pdf_error:
        print(f"LỖI PDF: {result.pdf_error}", file=sys.stderr)
        return
    for outcome in result.outcomes:
        if outcome.ok:
            print(f"đã tạo {outcome.written[-1]}")
        elif outcome.status == "error" and outcome.written:  # the .docx is there, its PDF is not
            print(f"LỖI PDF {outcome.source}: {outcome.message}", file=sys.stderr)
