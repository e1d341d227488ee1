"""``bdg-docs chuyen_ma``: convert text typed in TCVN3 (ABC) or VNI in a data file to Unicode.

Only lines that hold legacy-encoded text are converted (YAML keys and punctuation are ASCII and
never change); the result goes to a new file, the original is kept. A file saved in an 8-bit
encoding (not UTF-8) is read byte for byte as Latin-1, which is what pasting it would give.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bdg_docs.commands import EXIT_INVALID, EXIT_OK

NAME = "chuyen_ma"
HELP = "chuyển chữ gõ bảng mã TCVN3 (ABC) hoặc VNI trong tệp .yaml sang Unicode"
DESCRIPTION = ("Chuyển các dòng chữ gõ bằng bảng mã TCVN3 (ABC, phông .VnTime) hoặc VNI (phông VNI-Times) "
               "trong tệp dữ liệu sang Unicode. Ghi ra tệp mới, giữ nguyên tệp cũ.")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="TỆP.yaml", help="tệp dữ liệu cần chuyển mã")
    parser.add_argument("-o", "--output", metavar="TỆP_MỚI.yaml",
                        help="tệp ghi kết quả (mặc định: <tên tệp>.unicode.yaml cạnh tệp cũ)")
    parser.add_argument("--bang-ma", choices=("tcvn3", "vni"),
                        help="chuyển mọi dòng có chữ ngoài ASCII theo bảng mã này, thay vì tự nhận ra")
    parser.add_argument("--force", action="store_true", help="ghi đè tệp kết quả đã có")


def convert_lines(text: str, encoding: str | None) -> tuple[str, int]:
    """The text with its legacy lines converted, and how many lines changed."""
    from bdg_docs import legacy

    out, changed = [], 0
    for line in text.splitlines(keepends=True):
        found = encoding if encoding and not line.isascii() else legacy.detect(line)
        new = legacy.to_unicode(line, found) if found else line  # type: ignore[arg-type]
        changed += new != line
        out.append(new)
    return "".join(out), changed


def run(args: argparse.Namespace) -> int:
    from bdg_docs.errors import OutputExistsError, UnreadableFile
    from bdg_docs.files import read_input, write_atomic
    from bdg_docs.limits import MAX_YAML_FILE_BYTES

    source = Path(args.file)
    try:
        raw = read_input(source, MAX_YAML_FILE_BYTES, what="tệp dữ liệu")
    except UnreadableFile as exc:
        print(f"LỖI {source}: không đọc được tệp: {exc.reason}.", file=sys.stderr)
        return EXIT_INVALID
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # an 8-bit file: each byte as the character pasting would give
    result, changed = convert_lines(text, args.bang_ma)
    if not changed:
        print(f"{source}: không thấy chữ gõ bằng bảng mã TCVN3 hay VNI; không ghi tệp nào.")
        return EXIT_OK
    target = Path(args.output) if args.output else source.with_name(f"{source.stem}.unicode.yaml")
    try:
        write_atomic(target, result.encode("utf-8"), overwrite=args.force)
    except OutputExistsError as exc:
        print(f"LỖI {source}: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(f"đã chuyển {changed} dòng sang Unicode: {target}. Đọc lại trước khi dùng "
          "(chữ in hoa có dấu gõ bằng phông .VnTimeH trở thành chữ thường).")
    return EXIT_OK
