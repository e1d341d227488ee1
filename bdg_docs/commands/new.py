"""``bdg-docs new``: write a commented starter file for a document type.

The starters are :mod:`bdg_docs.starters` (one YAML per document type, next to its module). This
module reads the command line and, when no year is given, the clock: a plan is for this year.
With ``--profile KEY`` the starter is made for that locality (:mod:`bdg_docs.starter_profile`);
with ``--tu-ke-hoach PLAN.yaml`` a report is made from its annual plan (:mod:`bdg_docs.starter_plan`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from bdg_docs.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE, parse_year

NAME = "new"
HELP = "tạo tệp .yaml khởi đầu cho một loại văn bản, có ghi chú từng trường"
DESCRIPTION = ("Tạo tệp dữ liệu khởi đầu cho một loại văn bản: đủ các trường, mỗi trường có ghi chú "
               "tiếng Việt. Sửa tệp cho đúng địa phương rồi chạy 'bdg-docs render'. "
               "Gọi 'bdg-docs new' không có LOẠI để xem các loại văn bản.")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", nargs="?", metavar="LOẠI", help="loại văn bản, ví dụ ke-hoach-truyen-thong")
    parser.add_argument("-o", "--output", metavar="TỆP",
                        help="tệp sẽ ghi (mặc định <loại>.yaml trong thư mục hiện tại; '-' để in ra màn hình)")
    parser.add_argument("--year", type=parse_year, metavar="NĂM", help="năm của văn bản (mặc định năm nay)")
    parser.add_argument("--profile", "--ho-so", dest="profile", metavar="KHÓA_HOẶC_TỆP",
                        help="điền sẵn từ hồ sơ địa phương: một khóa (xem bdg-docs profiles), tên đơn vị và tỉnh "
                             "('Xã Phú Cát, Thành phố Hà Nội') hoặc tệp hồ sơ .yaml")
    parser.add_argument("--dia-phuong", action="append", default=[], metavar="TỆP_HOẶC_THƯ_MỤC",
                        help="thêm hồ sơ địa phương (tệp .yaml hoặc thư mục), như với bdg-docs render")
    parser.add_argument("--tu-ke-hoach", metavar="KẾ_HOẠCH.yaml",
                        help="báo cáo năm (bao-cao-bdg-vstbcpn) theo đúng các nhóm, hoạt động, năm và hạn báo cáo "
                             "của tệp kế hoạch năm (ke_hoach_bdg_vstbcpn)")
    parser.add_argument("--force", action="store_true", help="ghi đè tệp đã có")


def run(args: argparse.Namespace) -> int:
    from bdg_docs.api import profile_registry
    from bdg_docs.errors import BdgError
    from bdg_docs.starters import kinds, starter

    if args.kind is None:  # a question, not a mistake: the answer goes to stdout
        print("Các loại văn bản (bdg-docs new LOẠI):")
        for name, what in kinds().items():
            print(f"  {name:<28} {what}")
        return EXIT_OK
    if args.tu_ke_hoach is not None:
        return _from_plan(args)
    year = args.year if args.year is not None else dt.date.today().year
    key, extra = _profile(args)
    try:
        registry = profile_registry(extra) if key or extra else None  # files given are read, and named if missing
        text = starter(args.kind, nam=year, dia_phuong=key, profiles=registry)
    except BdgError as exc:
        return _refused(exc, key)
    what = "nội dung" if args.profile else "tệp cho đúng địa phương"
    return _write(args, text, f"{args.kind.replace('-', '_')}.yaml", what)


def _refused(exc: Exception, key: str | None = None) -> int:
    from bdg_docs.errors import InputError

    problem = exc.problems[0] if isinstance(exc, InputError) else None
    hint = _beside(key) if problem and problem.field == "dia_phuong" else None
    hint = hint or (problem.hint if problem else None)
    print((f"LỖI: {problem.message} {hint or ''}".rstrip() if problem else f"LỖI: {exc}") + " Chưa ghi tệp nào.", file=sys.stderr)
    return EXIT_USAGE if problem and problem.field == "LOẠI" else EXIT_INVALID


def _from_plan(args: argparse.Namespace) -> int:
    """The report starter of an annual plan; the plan's file must be valid."""
    from bdg_docs.api import load, profile_registry
    from bdg_docs.documents import BaoCaoBdgVstbcpn, KeHoachBdgVstbcpn
    from bdg_docs.errors import InputError
    from bdg_docs.starter_plan import KIND, from_plan

    if args.kind.replace("_", "-") != KIND or args.profile:
        what = "--profile (báo cáo dùng hồ sơ của kế hoạch)" if args.profile else f"loại '{args.kind}'"
        print(f"LỖI: --tu-ke-hoach chỉ dùng với loại {KIND}, không dùng với {what}. Chưa ghi tệp nào.", file=sys.stderr)
        return EXIT_USAGE
    try:
        plan = load(args.tu_ke_hoach, dia_phuong=args.dia_phuong or None)
    except InputError as exc:
        print(f"LỖI {args.tu_ke_hoach}:\n{exc}\nChưa ghi tệp nào.", file=sys.stderr)
        return EXIT_INVALID
    if not isinstance(plan, KeHoachBdgVstbcpn):
        print(f"LỖI: {args.tu_ke_hoach} không phải kế hoạch năm (loai: ke_hoach_bdg_vstbcpn) mà là "
              f"'{plan.loai}'. Chưa ghi tệp nào.", file=sys.stderr)
        return EXIT_INVALID
    if args.year is not None and args.year != plan.nam:
        print(f"LỖI: báo cáo lấy năm của kế hoạch ({plan.nam}), không phải --year {args.year}. Chưa ghi tệp nào.",
              file=sys.stderr)
        return EXIT_USAGE
    text = from_plan(plan, profiles=profile_registry(args.dia_phuong or None), source=Path(args.tu_ke_hoach).name)
    stem = Path(args.tu_ke_hoach).stem
    plan_loai = KeHoachBdgVstbcpn.model_fields["loai"].default
    report_loai = BaoCaoBdgVstbcpn.model_fields["loai"].default
    name = stem.replace(plan_loai, report_loai, 1) if stem.startswith(plan_loai) else f"{report_loai}_{stem}"
    return _write(args, text, f"{name}.yaml", "kết quả từng hoạt động (ket_qua:), số liệu và đánh giá")


def _write(args: argparse.Namespace, text: str, default: str, what: str) -> int:
    from bdg_docs.errors import OutputExistsError
    from bdg_docs.files import write_atomic

    if args.output == "-":
        sys.stdout.write(text)
        return EXIT_OK
    target = args.output or default
    try:
        write_atomic(target, text.encode("utf-8"), overwrite=args.force)
    except OutputExistsError as exc:
        print(f"BỎ QUA: {exc}", file=sys.stderr)
        return EXIT_INVALID
    extra = "".join(f" --dia-phuong {path}" for path in _profile(args)[1])
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
