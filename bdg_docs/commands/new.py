"""``bdg-docs new``: write a commented starter file for a document type.

The starters are :mod:`bdg_docs.starters` (one YAML per document type, next to its module). This
module reads the command line and, when no year is given, the clock: a plan is for this year.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from bdg_docs.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE

NAME = "new"
HELP = "tạo tệp .yaml khởi đầu cho một loại văn bản, có ghi chú từng trường"
DESCRIPTION = ("Tạo tệp dữ liệu khởi đầu cho một loại văn bản: đủ các trường, mỗi trường có ghi chú "
               "tiếng Việt. Sửa tệp cho đúng địa phương rồi chạy 'bdg-docs render'. "
               "Gọi 'bdg-docs new' không có LOẠI để xem các loại văn bản.")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", nargs="?", metavar="LOẠI", help="loại văn bản, ví dụ ke-hoach-truyen-thong")
    parser.add_argument("-o", "--output", metavar="TỆP",
                        help="tệp sẽ ghi (mặc định <loại>.yaml trong thư mục hiện tại; '-' để in ra màn hình)")
    parser.add_argument("--year", type=int, metavar="NĂM", help="năm của văn bản (mặc định năm nay)")
    parser.add_argument("--force", action="store_true", help="ghi đè tệp đã có")


def run(args: argparse.Namespace) -> int:
    from bdg_docs.errors import InputError, OutputExistsError
    from bdg_docs.files import write_atomic
    from bdg_docs.starters import kinds, starter

    if args.kind is None:
        print("Chọn một loại văn bản: bdg-docs new LOẠI", file=sys.stderr)
        for name, what in kinds().items():
            print(f"  {name:<28} {what}", file=sys.stderr)
        return EXIT_USAGE
    year = args.year if args.year is not None else dt.date.today().year
    try:
        text = starter(args.kind, nam=year)
    except InputError as exc:
        print(f"LỖI: {exc.problems[0].message} {exc.problems[0].hint}", file=sys.stderr)
        return EXIT_USAGE
    if args.output == "-":
        sys.stdout.write(text)
        return EXIT_OK
    target = args.output or f"{args.kind.replace('-', '_')}.yaml"
    try:
        write_atomic(target, text.encode("utf-8"), overwrite=args.force)
    except OutputExistsError as exc:
        print(f"BỎ QUA: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(f"đã tạo {target}\nSửa tệp cho đúng địa phương, rồi chạy: bdg-docs render {target} -o out --pdf")
    return EXIT_OK
