"""``bdg-docs check``: audit .docx files against Nghị định 30/2020/NĐ-CP.

Prints one report per file as soon as it is checked (or, with ``--format json``, one JSON array
for other tools). A report says which rules it could not check and why, so "no error" is never
said of a part that was not seen. A file that cannot be read is reported and the others go on.
Exit status: 0 no file has errors (warnings allowed), 1 some file has errors, 2 some file
cannot be read (not a .docx, empty, damaged, too large) or a usage error. When the output is
closed early (``bdg-docs check *.docx | head``), checking stops quietly.
"""
from __future__ import annotations

import argparse
import json
import sys
from itertools import groupby
from typing import TYPE_CHECKING, Any

from bdg_docs.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.checker import Report

NAME = "check"
HELP = "kiểm tra thể thức tệp .docx theo Nghị định 30/2020/NĐ-CP"
DESCRIPTION = ("Kiểm tra thể thức các tệp .docx theo Nghị định 30/2020/NĐ-CP: mỗi lỗi ghi quy tắc, "
               "vị trí, đoạn chữ ở đó và cách sửa; báo cả những quy tắc chưa kiểm tra được và vì sao. "
               "Mã thoát: 0 không có lỗi; 1 có lỗi; 2 có tệp không đọc được.")

KIND_LABELS = {
    "co_ten_loai": "văn bản có tên loại",
    "cong_van": "công văn",
    "phu_luc": "phụ lục",
    "ban_sao": "bản sao",
    "dang": "văn bản của Đảng",
    "can_xem_lai": "cần xem lại loại văn bản",
    "khong_ro": "không nhận ra loại văn bản",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="TỆP.docx", help="tệp văn bản cần kiểm tra")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text: báo cáo để đọc (mặc định); json: cho chương trình khác")


def run(args: argparse.Namespace) -> int:
    from bdg_docs.checker import check
    from bdg_docs.checker.findings import visible
    from bdg_docs.reader.docx import DocxReadError

    status = EXIT_OK
    results: list[dict[str, Any]] = []
    for name in args.files:
        shown = visible(name)
        try:
            report = check(name)
        except DocxReadError as exc:
            status = EXIT_USAGE
            error = visible(str(exc))
        except Exception as exc:  # a bug of the checker: said so, and the other files go on
            if getattr(args, "debug", False):
                raise
            status = EXIT_USAGE
            error = f"lỗi không mong đợi của chương trình khi kiểm tra tệp này ({type(exc).__name__}); xin báo lỗi kèm tệp."
        else:
            if not report.ok and status == EXIT_OK:
                status = EXIT_INVALID
            results.append({"file": name, "readable": True, **report.as_dict()})
            if args.format == "text":
                print(format_text(shown, report), flush=True)
            continue
        print(f"LỖI {shown}: không đọc được tệp: {error}", file=sys.stderr, flush=True)
        results.append({"file": name, "readable": False, "error": error})
    if args.format == "json":
        print(json.dumps(results, ensure_ascii=False, indent=2), flush=True)
    elif len(args.files) > 1:
        with_errors = sum(1 for r in results if r["readable"] and not r["ok"])
        unreadable = sum(1 for r in results if not r["readable"])
        print(f"Tổng: {len(results)} tệp; {with_errors} tệp có lỗi; {unreadable} tệp không đọc được.", flush=True)
    return status


def describe_kind(report: "Report") -> str:
    """``văn bản có tên loại (KẾ HOẠCH)``; a copy says what it copies."""
    kind = KIND_LABELS.get(report.kind, report.kind)
    if report.type_name:
        kind += f" ({report.type_name})"
    if report.copy_of:
        copied = KIND_LABELS.get(report.copy_of["kind"], report.copy_of["kind"])
        if report.copy_of.get("type_name"):
            copied += f" ({report.copy_of['type_name']})"
        kind += f" của {copied}"
    return kind


def format_text(name: str, report: "Report") -> str:
    """The readable report of one file: a summary line, one line per finding, what was not checked."""
    kind = describe_kind(report)
    if report.note:
        return f"{name}: {kind}; {report.note}"
    if report.review:
        kind += ": " + "; ".join(report.review)
    errors, warnings = len(report.errors), len(report.warnings)
    if report.findings:
        head = f"{name}: {kind}; {errors} lỗi, {warnings} cảnh báo."
    elif report.complete:
        head = f"{name}: {kind}; đúng thể thức Nghị định 30, không có lỗi."
    else:
        head = (f"{name}: {kind}; không có lỗi ở {len(report.evaluated)} quy tắc đã kiểm tra, "
                f"nhưng chưa kiểm tra được {len(report.not_evaluated)} quy tắc.")
    lines = [head]
    lines.extend(f"  {finding}" for finding in report.findings)
    if report.not_evaluated:
        by_reason = groupby(sorted(report.not_evaluated.items(), key=lambda kv: kv[1]), key=lambda kv: kv[1])
        missing = "; ".join(f"{', '.join(rule for rule, _ in group)} ({reason})" for reason, group in by_reason)
        lines.append(f"  CHƯA KIỂM TRA: {missing}.")
    return "\n".join(lines)
