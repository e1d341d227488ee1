"""``bdg-docs citations``: list and search the catalogue of cited documents."""
from __future__ import annotations

import argparse

from bdg_docs.commands import EXIT_INVALID, EXIT_OK

NAME = "citations"
HELP = "liệt kê, tìm văn bản trong danh mục trích dẫn (khóa dùng trong [@khoa])"
DESCRIPTION = "Liệt kê, tìm văn bản trong danh mục trích dẫn theo khóa, số ký hiệu, trích yếu (không phân biệt dấu)."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("tu_khoa", nargs="*", metavar="TỪ_KHÓA", help="ví dụ: 1790, bao luc gioi, luat")
    parser.add_argument("--day-du", action="store_true", help="in cả dạng trích dẫn đầy đủ, nguồn và tình trạng")


def run(args: argparse.Namespace) -> int:
    import sys

    from bdg_docs.catalogue import shipped_catalogue
    from bdg_docs.nd30.dates import format_ngay_ngan

    catalogue = shipped_catalogue()
    query = " ".join(args.tu_khoa)
    found = catalogue.search(query) if query else [(k, catalogue[k]) for k in catalogue]
    if not found:
        print(f"Không có văn bản nào khớp '{query}'.", file=sys.stderr)
        return EXIT_INVALID
    for key, entry in found:
        mark = "" if entry.confirmed else " (chưa đối chiếu)"
        end = f", hết thời kỳ {format_ngay_ngan(entry.het_han)}" if entry.het_han else ""
        replaced = f", thay bằng [@{entry.thay_the_boi}]" if entry.thay_the_boi else ""
        print(f"{key}\t{entry.ngan()} ({format_ngay_ngan(entry.ngay)}){end}{replaced}{mark}")
        if args.day_du:
            print(f"  {entry.dong_tu_mac_dinh} {entry.day_du()}")
            print(f"  tình trạng: {entry.tinh_trang()}")
            print(f"  nguồn: {entry.source}")
            print(f"  ghi chú của danh mục gốc (tiếng Anh): {entry.status}")
    return EXIT_OK
