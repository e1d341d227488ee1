"""``bdg-docs indicators``: list and search the indicators a report's table can name by key."""
from __future__ import annotations

import argparse

from bdg_docs.commands import EXIT_INVALID, EXIT_OK

NAME = "indicators"
HELP = "liệt kê, tìm chỉ tiêu (khóa dùng ở 'chi_tieu:' trong bảng chỉ tiêu của báo cáo)"
DESCRIPTION = ("Liệt kê, tìm chỉ tiêu của Chiến lược quốc gia về bình đẳng giới (Nghị quyết 28/NQ-CP) và "
               "Chương trình truyền thông (Quyết định 1790/QĐ-TTg) theo khóa, tên, lĩnh vực (không phân biệt dấu).")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("tu_khoa", nargs="*", metavar="TỪ_KHÓA", help="ví dụ: lanh dao, bao luc, huong uoc")
    parser.add_argument("--day-du", action="store_true", help="in cả lời văn của chỉ tiêu, văn bản và nguồn")


def run(args: argparse.Namespace) -> int:
    import sys

    from bdg_docs.indicators import ChiTieuDanhMuc, shipped_indicators

    catalogue = shipped_indicators()
    query = " ".join(args.tu_khoa)
    found = catalogue.search(query) if query else [(k, catalogue[k]) for k in catalogue]
    if not found:
        print(f"Không có chỉ tiêu nào khớp '{query}'.", file=sys.stderr)
        return EXIT_INVALID
    for key, entry in found:
        assert isinstance(entry, ChiTieuDanhMuc)
        targets = "; ".join(f"{year}: {target.text()}" for year, target in
                            (("2025", entry.muc_tieu_2025), ("2030", entry.muc_tieu_2030)) if target is not None)
        mark = "" if entry.xac_nhan else " (chưa đối chiếu đủ)"
        print(f"{key}\t{entry.ten} ({entry.don_vi}; mục tiêu {targets}){mark}")
        if args.day_du:
            print(f"  {entry.thu_tu}, [@{entry.van_ban}]: {entry.noi_dung}")
            print(f"  nguồn: {entry.nguon}" + (f" ({entry.ghi_chu})" if entry.ghi_chu else ""))
    return EXIT_OK
