"""``bdg-docs profiles``: find a unit of the register (accent-insensitive), and show its profile."""
from __future__ import annotations

import argparse
import datetime as dt

from bdg_docs.commands import EXIT_INVALID, EXIT_OK

NAME = "profiles"
HELP = "tìm đơn vị hành chính và hồ sơ địa phương (gõ không dấu được: tan phong thanh hoa)"
DESCRIPTION = ("Tìm tỉnh, huyện (đến 30/6/2025), xã, phường, đặc khu theo tên (không phân biệt dấu; thêm tên "
               "huyện, tỉnh để thu hẹp), với cấp, tỉnh, thời gian hoạt động và khóa dùng trong 'dia_phuong:' "
               "hoặc 'bdg-docs new --profile'. Khi chỉ một đơn vị khớp (hoặc ghi đúng khóa), in hồ sơ của "
               "đơn vị tại một ngày (--ngay). Không ghi TỪ_KHÓA: liệt kê các tỉnh và các tệp hồ sơ.")
SHOWN = 40  # matches listed; more asks for a narrower search


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("tu_khoa", nargs="*", metavar="TỪ_KHÓA", help="tên, một phần tên hoặc khóa, ví dụ: tan phong thanh hoa")
    parser.add_argument("--ngay", type=dt.date.fromisoformat, metavar="NĂM-THÁNG-NGÀY",
                        help="chỉ các đơn vị có vào ngày này; hồ sơ tại ngày này (mặc định: hôm nay)")
    parser.add_argument("--dia-phuong", action="append", default=[], metavar="TỆP_HOẶC_THƯ_MỤC",
                        help="thêm hồ sơ địa phương (tệp .yaml hoặc thư mục)")


def run(args: argparse.Namespace) -> int:
    import sys

    from bdg_docs.profiles import profile_registry
    from bdg_docs.errors import BdgError
    from bdg_docs.profile_lookup import describe, validity

    try:
        registry = profile_registry(args.dia_phuong or None)
        query = " ".join(args.tu_khoa).strip()
        found = _find(registry, query, args.ngay)
    except BdgError as exc:
        print(f"LỖI: {exc}", file=sys.stderr)
        return EXIT_INVALID
    if not found:
        when = f" vào ngày {args.ngay:%d/%m/%Y}" if args.ngay else ""
        meant = _meant(registry, query, args.ngay)
        print(f"Không có đơn vị nào khớp '{query}'{when}. " + (meant or "Kiểm tra chính tả, hoặc gõ một phần tên (tan phong); "
              "đơn vị không có trong sổ đăng ký thì viết một tệp hồ sơ (docs/ho-so-dia-phuong.md)."), file=sys.stderr)
        return EXIT_INVALID
    shown = found if not query else found[:SHOWN]
    for unit in shown:
        when = validity(unit)
        print(f"{unit.key}\t{describe(registry, unit)} (cấp {unit.cap}){f' [{when}]' if when else ''}")
    if len(found) > len(shown):
        print(f"... và {len(found) - SHOWN} đơn vị khác: thêm tên huyện, tỉnh để thu hẹp, "
              "hoặc --ngay để chỉ xem các đơn vị có vào một ngày.")
    if len(found) == 1 and query:
        try:
            _details(registry, found[0].key, args.ngay or dt.date.today())
        except BdgError as exc:
            print(f"LỖI: {exc}", file=sys.stderr)
            return EXIT_INVALID
    return EXIT_OK


def _find(registry, query: str, day: dt.date | None) -> list:  # type: ignore[no-untyped-def]
    """The units a query names: an exact key or name, else every match of its words."""
    from bdg_docs.profile_lookup import named

    if not query:
        units = [*registry.register.provinces(), *(registry.unit(k) for k in registry.files())]
        return [u for u in dict.fromkeys(units) if day is None or u.valid_on(day)]
    key = registry.key(query)
    if key is not None:
        return [registry.unit(key)]
    if "," in query:  # a full name with its province: the units it names
        return named(registry, query, day, day)
    return registry.search(query, day)


def _meant(registry, query: str, day: dt.date | None) -> str | None:  # type: ignore[no-untyped-def]
    """The did-you-mean of a key or name that names nothing."""
    from bdg_docs.errors import RuleViolation

    try:
        registry.key_of(query, day, day)
    except RuleViolation as exc:
        return exc.hint if exc.hint and exc.hint.startswith("Có phải") else None
    return None


def _details(registry, key: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    own = registry.unit(key)
    day = min(max(day, own.tu or day), own.den or day)
    p = registry.resolve(key, day)
    print(f"  thông tin tại ngày {day:%d/%m/%Y}:")
    print(f"  cơ quan ban hành: {' / '.join(p.co_quan.chu_quan + p.co_quan.ten)}")
    print(f"  địa danh: {p.dia_danh}; viết tắt: {p.viet_tat}")
    if p.thuoc:
        print(f"  thuộc: {', '.join(p.thuoc)}")
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
    former = sorted(alias for alias, target in registry.aliases().items() if target == key)
    if former:
        print(f"  khóa khác: {', '.join(former)}")
    for fact, source in sorted(p.nguon.items()):
        print(f"  nguồn ({fact}): {source}")
