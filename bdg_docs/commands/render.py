"""``bdg-docs render``: YAML data files to .docx."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bdg_docs.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE

NAME = "render"
HELP = "tạo tệp .docx từ tệp dữ liệu .yaml"
DESCRIPTION = "Tạo tệp .docx từ các tệp dữ liệu .yaml: THƯ_MỤC/<tên tệp>.docx."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="TỆP.yaml", help="tệp dữ liệu văn bản")
    parser.add_argument("-o", "--output", required=True, metavar="THƯ_MỤC", help="thư mục ghi tệp .docx")
    parser.add_argument("--force", action="store_true", help="ghi đè tệp .docx đã có")
    parser.add_argument("--year", type=int, metavar="NĂM",
                        help="chuyển kế hoạch năm sang NĂM trước khi tạo tệp (tên tệp ghi năm mới)")
    parser.add_argument("--dia-phuong", action="append", default=[], metavar="TỆP_HOẶC_THƯ_MỤC",
                        help="thêm hồ sơ địa phương (tệp .yaml hoặc thư mục); dùng nhiều lần được")


def run(args: argparse.Namespace) -> int:
    from bdg_docs.api import load, render_to
    from bdg_docs.chuyen_nam import roll_forward, ten_tep_nam
    from bdg_docs.errors import BdgError, InputError, OutputExistsError

    out_dir = Path(args.output)
    done, failed = 0, 0
    for name in args.files:
        source = Path(name)
        target = out_dir / f"{source.stem}.docx"
        try:
            document = load(source, dia_phuong=args.dia_phuong or None)
            if args.year is not None:
                rolled = roll_forward(document, args.year)
                target = out_dir / f"{ten_tep_nam(source.stem, document.nam, rolled.nam)}.docx"
                document = rolled
            render_to(document, target, overwrite=args.force)
        except (InputError, OutputExistsError) as exc:
            failed += 1
            print(f"LỖI {source}:\n{exc}", file=sys.stderr)
            continue
        except BdgError as exc:
            if args.debug:
                raise
            print(f"LỖI {source}: {exc}", file=sys.stderr)
            return EXIT_USAGE
        done += 1
        print(f"đã tạo {target}")
        for warning in document.canh_bao():
            print(f"CẢNH BÁO {source}: {warning}", file=sys.stderr)
    print(f"Xong: {done} tệp đã tạo, {failed} tệp lỗi.", file=sys.stderr if failed else sys.stdout)
    return EXIT_INVALID if failed else EXIT_OK
