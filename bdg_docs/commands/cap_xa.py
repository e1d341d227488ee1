"""``bdg-docs cap-xa``: from a province's plan, a draft for each of its communes.

The work is :mod:`bdg_docs.cascade` (the plan read once, each commune's draft) and
:func:`bdg_docs.batch.render_batch` (the documents, on all processors); this module reads the
command line, the number of processors, ``PATH`` (for LibreOffice) and whether stderr is a
terminal, and prints as ``bdg-docs render`` does.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bdg_docs.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE

NAME = "cap-xa"
HELP = "đưa kế hoạch của tỉnh xuống các xã: dự thảo kế hoạch của từng xã (.yaml, .docx) và tệp đối chiếu"
DESCRIPTION = ("Từ một kế hoạch cấp tỉnh (kế hoạch truyền thông, kế hoạch năm về bình đẳng giới), viết dự thảo kế "
               "hoạch của từng xã được chọn (--xa) hoặc mọi xã của tỉnh vào ngày của kế hoạch (--tat-ca): tệp dữ liệu "
               "<tên>.yaml, văn bản <tên>.docx (và .pdf với --pdf), tệp đối chiếu <tên>.doi_chieu.md (mọi chỗ thay, "
               "việc lược bỏ, cảnh báo, kèm vị trí trong kế hoạch tỉnh), và tệp tổng hợp cả loạt. Tệp đã có được giữ "
               "nguyên, trừ khi dùng --force; một xã lỗi không làm dừng các xã khác.")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="KẾ_HOẠCH.yaml", help="tệp dữ liệu kế hoạch của Ủy ban nhân dân tỉnh")
    chosen = parser.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--xa", nargs="+", action="extend", metavar="KHÓA_HOẶC_TÊN",
                        help="các xã cần dự thảo: khóa (thanh_hoa.xa_trieu_son) hoặc tên (\"Xã Triệu Sơn\")")
    chosen.add_argument("--tat-ca", action="store_true", help="mọi xã, phường, đặc khu của tỉnh vào ngày của kế hoạch")
    parser.add_argument("-o", "--output", required=True, metavar="THƯ_MỤC", help="thư mục ghi các tệp")
    parser.add_argument("--pdf", action="store_true", help="tạo thêm tệp .pdf bằng LibreOffice (một lần chạy cho cả loạt)")
    parser.add_argument("--force", action="store_true", help="ghi đè các tệp đã có")
    parser.add_argument("--quy-tac", action="append", default=[], metavar="TỆP.yaml",
                        help="quy tắc riêng của tỉnh, ghi đè quy tắc có sẵn (bdg_docs/data/cap_xa.yaml); dùng nhiều lần được")
    parser.add_argument("--dia-phuong", action="append", default=[], metavar="TỆP_HOẶC_THƯ_MỤC",
                        help="thêm hồ sơ địa phương (tệp .yaml hoặc thư mục): người ký, cơ quan riêng của các xã")


def run(args: argparse.Namespace) -> int:
    from bdg_docs.cascade import cap_xa
    from bdg_docs.commands.render import BatchDisplay, _print_pdf, ready_to_write
    from bdg_docs.errors import InputError, RuleViolation
    from bdg_docs.nd30.dates import format_ngay_ngan

    ready, soffice = ready_to_write(args.output, args.pdf)
    if not ready:
        return EXIT_USAGE
    try:
        cascade = cap_xa(args.plan, quy_tac=args.quy_tac, dia_phuong=args.dia_phuong)
    except InputError as exc:
        print(f"LỖI {args.plan}:\n{exc}\nChưa ghi tệp nào.", file=sys.stderr)
        return EXIT_INVALID
    refused = 0
    if args.tat_ca:
        keys = [u.key for u in cascade.communes()]
        chosen = f"tất cả {len(keys)} xã, phường, đặc khu của {cascade.province.ten_day_du} vào ngày {format_ngay_ngan(cascade.day)}"
    else:
        keys = []
        for text in args.xa:
            try:
                keys.append(cascade.commune_key(text))
            except RuleViolation as exc:
                refused += 1
                print(f"LỖI --xa '{text}': {exc}", file=sys.stderr)
        keys = list(dict.fromkeys(keys))
        chosen = f"{len(keys)} xã được chọn (--xa)"
    if not keys:
        print("Không có xã nào để đưa kế hoạch xuống. Chưa ghi tệp nào.", file=sys.stderr)
        return EXIT_INVALID
    display = BatchDisplay(len(keys), debug=args.debug)
    try:
        result = cascade.write(Path(args.output), keys, overwrite=args.force, pdf=args.pdf, soffice=soffice,
                               workers=display.workers, chosen=chosen, on_outcome=display.outcome,
                               on_pdf=display.converting)
    finally:
        display.close()
    if args.pdf:
        _print_pdf(result.batch)
    if result.summary_kept:
        print(f"BỎ QUA tổng hợp: tệp {result.summary} đã có (dùng --force để ghi đè).", file=sys.stderr)
    else:
        print(f"đã ghi tổng hợp {result.summary}")
    batch = result.batch
    print(_done(batch), file=sys.stderr if batch.failed else sys.stdout)
    if batch.needs_environment:
        return EXIT_USAGE
    return EXIT_INVALID if batch.failed or refused else EXIT_OK


def _done(batch) -> str:  # type: ignore[no-untyped-def]
    """``Xong: 166 dự thảo đã tạo (2 dự thảo có cảnh báo cần xem lại), 1 xã lỗi hoặc bỏ qua.``"""
    text = f"Xong: {batch.done} dự thảo đã tạo"
    text += f" ({batch.warned} dự thảo có cảnh báo khi tạo .docx)" if batch.warned else ""
    return text + (f", {batch.failed} xã lỗi hoặc bỏ qua." if batch.failed else ".")
