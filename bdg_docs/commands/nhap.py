"""``bdg-docs nhap``: read last year's Word file (.docx) into a data file (.yaml).

The work is :func:`bdg_docs.nhap`; this module reads the command line and prints the report:
what to review (``CẦN XEM LẠI``), then the counts. The .yaml is written atomically and never
over an existing file without ``--force``; the .docx is only read. Exit status: 0 written; 1 a
type bdg_docs does not build, the output exists, or the data needs fixing before it renders;
2 a file that is not a readable .docx (an old .doc, a damaged or oversized file) or a usage error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bdg_docs.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE

NAME = "nhap"
HELP = "đọc văn bản .docx (bản Word năm trước) thành tệp dữ liệu .yaml"
DESCRIPTION = ("Đọc một văn bản .docx (do bdg_docs tạo hoặc soạn bằng Word) thành tệp dữ liệu .yaml cùng loại "
               "(kế hoạch truyền thông, công văn hướng dẫn, kế hoạch năm BĐG và VSTBCPN), có ghi chú tiếng Việt. "
               "Những chỗ cần xem lại được ghi '# cần xem lại:' trong tệp và in ra cuối lệnh. "
               "Mã thoát: 0 đã ghi tệp; 1 loại văn bản không nhập được hoặc tệp đã có; 2 tệp không đọc được.")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="TỆP.docx", help="văn bản Word cần đọc")
    parser.add_argument("-o", "--output", metavar="TỆP.yaml",
                        help="tệp dữ liệu sẽ ghi (mặc định <tên văn bản>.yaml trong thư mục hiện tại; '-' để in ra màn hình)")
    parser.add_argument("--loai", metavar="LOẠI",
                        help="chọn loại văn bản thay vì để chương trình nhận ra: ke_hoach_truyen_thong, "
                             "cong_van_huong_dan, ke_hoach_bdg_vstbcpn")
    parser.add_argument("--dia-phuong", action="append", default=[], metavar="TỆP_HOẶC_THƯ_MỤC",
                        help="thêm hồ sơ địa phương (tệp .yaml hoặc thư mục), như với bdg-docs render")
    parser.add_argument("--force", action="store_true", help="ghi đè tệp .yaml đã có")


def run(args: argparse.Namespace) -> int:
    from bdg_docs.errors import OutputExistsError, UnsupportedDocument
    from bdg_docs.files import write_atomic
    from bdg_docs.api import nhap
    from bdg_docs.importing.kinds import canonical
    from bdg_docs.reader import DocxReadError

    source = Path(args.file)
    target = None if args.output == "-" else Path(args.output or f"{source.stem}.yaml")
    if target is not None and target.suffix.lower() not in (".yaml", ".yml"):
        print(f"LỖI: tệp ghi ra phải là tệp .yaml, không phải '{target}' (văn bản .docx chỉ được đọc). "
              "Chưa ghi tệp nào.", file=sys.stderr)
        return EXIT_USAGE
    if target is not None and target.exists() and not args.force:
        print(f"BỎ QUA {source}: tệp {target} đã có; không ghi đè để giữ bản đã sửa. Muốn ghi đè, dùng --force.",
              file=sys.stderr)
        return EXIT_INVALID
    try:
        loai = canonical(args.loai) if args.loai else None
    except UnsupportedDocument as exc:
        print(f"LỖI: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        imported = nhap(source, loai=loai, dia_phuong=args.dia_phuong or None,
                        filename=target.name if target is not None else source.name)
    except DocxReadError as exc:
        print(f"LỖI {source}: không đọc được tệp: {exc} Chưa ghi tệp nào.", file=sys.stderr)
        return EXIT_USAGE
    except UnsupportedDocument as exc:
        print(f"LỖI {source}: không nhập được: {exc} Chưa ghi tệp nào.", file=sys.stderr)
        return EXIT_INVALID
    for review in imported.reviews:
        print(f"CẦN XEM LẠI {source}: {review}", file=sys.stderr)
    for problem in imported.problems:
        print(f"LỖI {problem}", file=sys.stderr)
    if target is None:
        sys.stdout.write(imported.yaml)
        print(imported.summary(), file=sys.stderr)
        return EXIT_OK if imported.valid else EXIT_INVALID
    try:
        write_atomic(target, imported.yaml.encode("utf-8"), overwrite=args.force)
    except OutputExistsError as exc:
        print(f"BỎ QUA {source}: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(f"đã tạo {target} ({imported.loai}) từ {source}")
    print(imported.summary())
    if not imported.valid:
        print(f"Tệp chưa tạo được văn bản: sửa các lỗi trên trong {target}, rồi chạy: bdg-docs render {target} -o out",
              file=sys.stderr)
        return EXIT_INVALID
    extra = "".join(f" --dia-phuong {path}" for path in args.dia_phuong)
    year = " --year <năm mới>" if imported.loai == "ke_hoach_bdg_vstbcpn" else ""
    print(f"Xem các dòng '# cần xem lại' trong tệp, rồi chạy: bdg-docs render {target} -o out --pdf{year}{extra}")
    return EXIT_OK
