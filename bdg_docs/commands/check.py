"""``bdg-docs check``: audit .docx files against Nghị định 30/2020/NĐ-CP.

Prints one report per file (or, with ``--format json``, one JSON array for other tools).
Exit status: 0 no file has errors (warnings allowed), 1 some file has errors, 2 some file
cannot be read (not a .docx, empty, damaged) or a usage error.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from bdg_docs.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.checker import Report

NAME = "check"
HELP = "kiểm tra thể thức tệp .docx theo Nghị định 30/2020/NĐ-CP"
DESCRIPTION = ("Kiểm tra thể thức các tệp .docx theo Nghị định 30/2020/NĐ-CP: mỗi lỗi ghi quy tắc, "
               "vị trí, đoạn chữ ở đó và cách sửa. Mã thoát: 0 không có lỗi; 1 có lỗi; 2 có tệp không đọc được.")

KIND_LABELS = {
    "co_ten_loai": "văn bản có tên loại",
    "cong_van": "công văn",
    "khong_ro": "không nhận ra loại văn bản",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="TỆP.docx", help="tệp văn bản cần kiểm tra")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text: báo cáo để đọc (mặc định); json: cho chương trình khác")


def run(args: argparse.Namespace) -> int:
    from bdg_docs.checker import check
    from bdg_docs.reader.docx import DocxReadError

    status = EXIT_OK
    results: list[dict[str, Any]] = []
    for name in args.files:
        try:
            report = check(name)
        except DocxReadError as exc:
            status = EXIT_USAGE
            print(f"LỖI {name}: không đọc được tệp: {exc}", file=sys.stderr)
            results.append({"file": name, "readable": False, "error": str(exc)})
            continue
        if not report.ok and status == EXIT_OK:
            status = EXIT_INVALID
        results.append({"file": name, "readable": True, **report.as_dict()})
        if args.format == "text":
            print(format_text(name, report))
    if args.format == "json":
        print(json.dumps(results, ensure_ascii=False, indent=2))
    elif len(args.files) > 1:
        with_errors = sum(1 for r in results if r["readable"] and not r["ok"])
        unreadable = sum(1 for r in results if not r["readable"])
        print(f"Tổng: {len(results)} tệp; {with_errors} tệp có lỗi; {unreadable} tệp không đọc được.")
    return status


def format_text(name: str, report: "Report") -> str:
    """The readable report of one file: a summary line, then one line per finding."""
    kind = KIND_LABELS.get(report.kind, report.kind)
    if report.type_name:
        kind += f" ({report.type_name})"
    errors, warnings = len(report.errors), len(report.warnings)
    if not report.findings:
        return f"{name}: {kind}; đúng thể thức Nghị định 30, không có lỗi."
    lines = [f"{name}: {kind}; {errors} lỗi, {warnings} cảnh báo."]
    lines.extend(f"  {finding}" for finding in report.findings)
    return "\n".join(lines)
