"""The ``bdg-docs`` command (also ``python -m bdg_docs``).

This is the only place that reads the command line, the current directory and the terminal.
Messages are in Vietnamese. Exit status: 0 all done, 1 some input invalid (or an output exists),
2 usage or environment error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, prefix="cách dùng: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with its fixed messages in Vietnamese, and usage errors exiting 2."""

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi: {_vi(message)}\n")


def _vi(message: str) -> str:
    return (message.replace("the following arguments are required", "thiếu tham số bắt buộc")
            .replace("unrecognized arguments", "tham số không nhận ra")
            .replace("invalid choice", "lựa chọn không hợp lệ")
            .replace("expected one argument", "cần một giá trị"))


def build_parser() -> argparse.ArgumentParser:
    from bdg_docs import __version__

    parser = _Parser(
        prog="bdg-docs",
        description="Soạn dự thảo văn bản về bình đẳng giới đúng thể thức Nghị định 30/2020/NĐ-CP.",
        epilog="Mã thoát: 0 thành công; 1 có tệp dữ liệu không hợp lệ; 2 sai cách gọi lệnh.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="hiện hướng dẫn này rồi thoát")
    parser.add_argument("--version", action="version", version=f"bdg-docs {__version__}",
                        help="hiện phiên bản rồi thoát")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)
    sub.required = True

    render = sub.add_parser("render", help="tạo tệp .docx từ tệp dữ liệu .yaml", add_help=False,
                            description="Tạo tệp .docx từ các tệp dữ liệu .yaml: THƯ_MỤC/<tên tệp>.docx.")
    render.add_argument("-h", "--help", action="help", help="hiện hướng dẫn này rồi thoát")
    render.add_argument("files", nargs="+", metavar="TỆP.yaml", help="tệp dữ liệu văn bản")
    render.add_argument("-o", "--output", required=True, metavar="THƯ_MỤC", help="thư mục ghi tệp .docx")
    render.add_argument("--force", action="store_true", help="ghi đè tệp .docx đã có")
    render.add_argument("--debug", action="store_true", help="hiện chi tiết lỗi của Python")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "render":
        return _render(args)
    return EXIT_USAGE  # pragma: no cover - argparse requires a command


def _render(args: argparse.Namespace) -> int:
    from bdg_docs.api import load, render_to
    from bdg_docs.errors import BdgError, InputError, OutputExistsError

    out_dir = Path(args.output)
    done, failed = 0, 0
    for name in args.files:
        source = Path(name)
        target = out_dir / f"{source.stem}.docx"
        try:
            render_to(load(source), target, overwrite=args.force)
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
    print(f"Xong: {done} tệp đã tạo, {failed} tệp lỗi.", file=sys.stderr if failed else sys.stdout)
    return EXIT_INVALID if failed else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
