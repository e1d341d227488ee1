"""``bdg-docs profiles``: list and search locality profiles (accent-insensitive)."""
from __future__ import annotations

import argparse
import datetime as dt

from bdg_docs.commands import EXIT_INVALID, EXIT_OK

NAME = "profiles"
HELP = "liệt kê, tìm hồ sơ địa phương (gõ không dấu được: trieu son)"
DESCRIPTION = ("Liệt kê hồ sơ địa phương, hoặc tìm theo tên (không phân biệt dấu). Khi chỉ có một hồ sơ khớp, "
               "in các thông tin của hồ sơ đó tại một ngày (--ngay).")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("tu_khoa", nargs="*", metavar="TỪ_KHÓA", help="tên hoặc khóa cần tìm, ví dụ: trieu son")
    parser.add_argument("--ngay", type=dt.date.fromisoformat, metavar="NĂM-THÁNG-NGÀY",
                        help="ngày văn bản, để xem thông tin đúng thời điểm (mặc định: hôm nay)")
    parser.add_argument("--dia-phuong", action="append", default=[], metavar="TỆP_HOẶC_THƯ_MỤC",
                        help="thêm hồ sơ địa phương (tệp .yaml hoặc thư mục)")


def run(args: argparse.Namespace) -> int:
    import sys

    from bdg_docs.api import profile_registry
    from bdg_docs.errors import BdgError

    try:
        registry = profile_registry(args.dia_phuong or None)
    except BdgError as exc:
        print(f"LỖI: {exc}", file=sys.stderr)
        return EXIT_INVALID
    query = " ".join(args.tu_khoa)
    found = registry.search(query) if query else [(k, registry[k]) for k in registry]
    exact = [(k, f) for k, f in found if k == query.strip()]
    if len(exact) == 1:
        found = exact
    if not found:
        print(f"Không có hồ sơ nào khớp '{query}'.", file=sys.stderr)
        return EXIT_INVALID
    for key, profile in found:
        parent = f", thuộc {profile.thuoc}" if profile.thuoc else ""
        print(f"{key}\t{profile.ten_day_du} (cấp {profile.cap}{parent}){_validity(profile)}")
    if len(found) == 1 and query:
        _details(registry, found[0][0], args.ngay or dt.date.today())
    return EXIT_OK


def _validity(profile) -> str:  # type: ignore[no-untyped-def]
    parts = []
    if profile.hieu_luc_tu:
        parts.append(f"từ {profile.hieu_luc_tu:%d/%m/%Y}")
    if profile.hieu_luc_den:
        parts.append(f"đến {profile.hieu_luc_den:%d/%m/%Y}")
    return f" [{' '.join(parts)}]" if parts else ""


def _details(registry, key: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    own = registry[key]
    day = min(max(day, own.hieu_luc_tu or day), own.hieu_luc_den or day)
    p = registry.resolve(key, day)
    print(f"  thông tin tại ngày {day:%d/%m/%Y}:")
    print(f"  cơ quan ban hành: {' / '.join(p.co_quan.chu_quan + p.co_quan.ten)}")
    print(f"  địa danh: {p.dia_danh}; viết tắt: {p.viet_tat}")
    if p.don_vi_chu_tri:
        print(f"  đơn vị chủ trì: {p.don_vi_chu_tri.ten} ({p.don_vi_chu_tri.viet_tat})")
    for agency in p.agency_keys():
        print(f"  co_quan {{khoa: {agency}}}: {p.agency(agency)}")
    for name in p.noi_nhan:
        print(f"  nơi nhận: {name}")
    for signer in p.nguoi_ky:
        print(f"  người ký: {' / '.join(signer.chuc_danh)}" + (f" — {signer.ho_ten}" if signer.ho_ten else ""))
    for vb_key, vb in p.van_ban.items():
        print(f"  [@{vb_key}]: {vb.ngan()}")
