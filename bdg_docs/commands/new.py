"""``bdg-docs new``: write a commented starter file for a document type.

The starters are :mod:`bdg_docs.starters` (one YAML per document type, next to its module). This
module reads the command line and, when no year is given, the clock: a plan is for this year.
With ``--profile KEY`` the starter is made for that locality (:mod:`bdg_docs.starter_profile`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

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
    parser.add_argument("--profile", "--ho-so", dest="profile", metavar="KHÓA_HOẶC_TỆP",
                        help="điền sẵn từ hồ sơ địa phương: một khóa (xem bdg-docs profiles), tên đơn vị và tỉnh "
                             "('Xã Phú Cát, Thành phố Hà Nội') hoặc tệp hồ sơ .yaml")
    parser.add_argument("--dia-phuong", action="append", default=[], metavar="TỆP_HOẶC_THƯ_MỤC",
                        help="thêm hồ sơ địa phương (tệp .yaml hoặc thư mục), như với bdg-docs render")
    parser.add_argument("--force", action="store_true", help="ghi đè tệp đã có")


def run(args: argparse.Namespace) -> int:
    from bdg_docs.api import profile_registry
    from bdg_docs.errors import BdgError, InputError, OutputExistsError
    from bdg_docs.files import write_atomic
    from bdg_docs.starters import kinds, starter

    if args.kind is None:
        print("Chọn một loại văn bản: bdg-docs new LOẠI", file=sys.stderr)
        for name, what in kinds().items():
            print(f"  {name:<28} {what}", file=sys.stderr)
        return EXIT_USAGE
    year = args.year if args.year is not None else dt.date.today().year
    key, extra = _profile(args)
    try:
        registry = profile_registry(extra or None) if key else None
        text = starter(args.kind, nam=year, dia_phuong=key, profiles=registry)
    except BdgError as exc:
        problem = exc.problems[0] if isinstance(exc, InputError) else None
        hint = _beside(key) if problem and problem.field == "dia_phuong" else None
        hint = hint or (problem.hint if problem else None)
        print((f"LỖI: {problem.message} {hint or ''}".rstrip() if problem else f"LỖI: {exc}") + " Chưa ghi tệp nào.", file=sys.stderr)
        return EXIT_USAGE if problem and problem.field == "LOẠI" else EXIT_INVALID
    if args.output == "-":
        sys.stdout.write(text)
        return EXIT_OK
    target = args.output or f"{args.kind.replace('-', '_')}.yaml"
    try:
        write_atomic(target, text.encode("utf-8"), overwrite=args.force)
    except OutputExistsError as exc:
        print(f"BỎ QUA: {exc}", file=sys.stderr)
        return EXIT_INVALID
    extra = "".join(f" --dia-phuong {path}" for path in _profile(args)[1])
    what = "nội dung" if args.profile else "tệp cho đúng địa phương"
    print(f"đã tạo {target}\nSửa {what}, rồi chạy: bdg-docs render {target} -o out --pdf{extra}")
    return EXIT_OK


def _beside(key: str | None) -> str | None:
    """An unknown key that is a profile file in this folder: how to add it."""
    for candidate in (Path(f"{key}.yaml"), Path("dia_phuong") / f"{key}.yaml"):
        if key and candidate.is_file():
            return f"Hồ sơ '{key}' là tệp {candidate}: thêm --dia-phuong {candidate} (hoặc --profile {candidate})."
    return None


def _profile(args: argparse.Namespace) -> tuple[str | None, list[str]]:
    """The profile key, and the profile files and folders to add: ``--profile x.yaml`` adds its file."""
    extra = list(args.dia_phuong)
    key = args.profile
    if key and key.endswith((".yaml", ".yml")):
        extra.append(key)
        key = Path(key).stem
    return key, extra
