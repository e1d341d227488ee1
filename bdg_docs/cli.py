"""The ``bdg-docs`` command (also ``python -m bdg_docs``).

This module and ``bdg_docs.commands`` are the only places that read the command line, the
current directory and the terminal.
Messages are in Vietnamese. Exit status: 0 all done, 1 some input invalid (or an output exists),
2 usage or environment error, 130 interrupted (Ctrl+C), 141 the output was closed early (a pipe),
143 stopped by SIGTERM, 129 by SIGHUP.
"""
from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading
from contextlib import contextmanager
from types import ModuleType
from typing import Iterator, Sequence

from bdg_docs.commands import EXIT_INTERRUPTED, EXIT_PIPE_CLOSED, EXIT_USAGE


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
            .replace("expected one argument", "cần một giá trị")
            .replace("expected at least one argument", "cần ít nhất một giá trị")
            .replace("not allowed with argument", "không dùng cùng với")
            .replace("one of the arguments", "cần một trong các tham số")
            .replace(" is required", "")
            .replace("argument ", "tham số "))


# Subcommand modules in bdg_docs/commands/, in the order --help lists them.
COMMANDS = ("new", "render", "cap_xa", "check", "nhap", "profiles", "citations", "indicators", "chuyen_ma")


def _command(name: str) -> ModuleType:
    return importlib.import_module(f"bdg_docs.commands.{name}")


def build_parser() -> argparse.ArgumentParser:
    from bdg_docs import __version__

    parser = _Parser(
        prog="bdg-docs",
        description="Soạn dự thảo văn bản về bình đẳng giới đúng thể thức Nghị định 30/2020/NĐ-CP.",
        epilog=("Mã thoát: 0 thành công; 1 có tệp dữ liệu không hợp lệ hoặc tệp kết quả đã có; "
                "2 sai cách gọi lệnh hoặc lỗi môi trường (thiếu LibreOffice, không ghi được tệp); "
                "130 bị dừng bằng Ctrl+C (143 khi bị dừng bằng SIGTERM)."),
        add_help=False,
    )
    _add_help(parser)
    parser.add_argument("--version", action="version", version=f"bdg-docs {__version__}",
                        help="hiện phiên bản rồi thoát")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)
    sub.required = True
    for name in COMMANDS:
        module = _command(name)
        command = sub.add_parser(getattr(module, "NAME", name), help=module.HELP, add_help=False,
                                 description=getattr(module, "DESCRIPTION", module.HELP))
        _add_help(command)
        module.configure(command)
        command.set_defaults(module=name)
        command.add_argument("--debug", action="store_true", help="hiện chi tiết lỗi của Python")
    return parser


def _add_help(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-h", "--help", action="help", help="hiện hướng dẫn này rồi thoát")


class _Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: stop as Ctrl+C does, cleaning up on the way out."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: object) -> None:
    raise _Stopped(signum)


@contextmanager
def _stopping_cleanly() -> Iterator[None]:
    """While a command runs, SIGTERM (``kill``, a service stopping) and SIGHUP (the terminal
    closed) unwind it like Ctrl+C, so that what is being written is removed and LibreOffice is
    stopped; without this, Python would end at once and leave them behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    before = {name: signal.signal(getattr(signal, name), _stop) for name in names}
    try:
        yield
    finally:
        for name, handler in before.items():
            signal.signal(getattr(signal, name), handler)


def main(argv: Sequence[str] | None = None, *, ends_process: bool = False) -> int:
    """Run the command of ``argv``. ``ends_process``: the process ends when this returns (the
    ``bdg-docs`` program), so it takes what Python compiles from text from the package's compiled
    code (:mod:`bdg_docs.compiled`), and a render of one file does without the cyclic garbage collector:
    importing the libraries and rendering one document allocate about 100,000 objects, which
    the collector would walk for about 50 ms, and what that document leaves is freed when the
    process ends. A batch, and every other command, collects as usual."""
    args = build_parser().parse_args(argv)
    if ends_process:
        # What Python compiles from text on the way (dataclasses' methods, the annotations of
        # TypedDicts) comes from the package's compiled code (bdg_docs/compiled.py); not for
        # --help, which compiles none of it.
        from bdg_docs import compiled

        compiled.install()
    if ends_process and args.module == "render" and len(args.files) == 1:
        import gc

        gc.disable()
    try:
        with _stopping_cleanly():
            return int(_command(args.module).run(args))
    except (KeyboardInterrupt, _Stopped) as exc:
        print("\nĐã dừng. Các tệp đã tạo xong vẫn còn nguyên; tệp đang ghi dở không được giữ lại.",
              file=sys.stderr)
        return 128 + exc.signum if isinstance(exc, _Stopped) else EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of the output went away (`bdg-docs check *.docx | head`): stop quietly
        _silence_stdout()
        return EXIT_PIPE_CLOSED
    except Exception as exc:  # an officer sees a sentence, a developer asks for --debug
        if args.debug:
            raise
        print(f"LỖI: {_describe(exc)}\nChạy lại với --debug để xem chi tiết.", file=sys.stderr)
        return EXIT_USAGE


def entry() -> int:
    """The ``bdg-docs`` program: :func:`main`, then the objects it leaves are frozen out of the
    garbage collector, so that ending the process does not walk them all once more (about a
    tenth of a second after a render; the process ends at once after this)."""
    import gc

    _no_pydantic_plugins()
    code = main(ends_process=True)
    gc.freeze()
    return code


def _no_pydantic_plugins() -> None:
    """This program uses no pydantic plugin, so pydantic need not look for any: before it builds
    its first validator, it would import ``importlib.metadata`` and scan every installed
    package's entry points (about 40 ms of a one-file render). Its plugin loader is replaced,
    in this process only, by one that finds none (what ``PYDANTIC_DISABLE_PLUGINS`` makes it
    return); the library, imported by other programs, leaves pydantic as it is."""
    import types

    if "pydantic" in sys.modules:  # pragma: no cover - entry() runs first in its process
        return
    loader = types.ModuleType("pydantic.plugin._loader")
    loader.get_plugins = tuple  # type: ignore[attr-defined]
    sys.modules[loader.__name__] = loader


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's final flush does not complain of the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file behind stdout (tests)
        pass


def _describe(exc: Exception) -> str:
    from bdg_docs.errors import BdgError

    if isinstance(exc, BdgError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        from bdg_docs.files import os_reason

        return f"không đọc/ghi được {exc.filename or 'tệp'} ({os_reason(exc)})."
    return f"lỗi không mong đợi ({type(exc).__name__}: {exc})."


if __name__ == "__main__":  # pragma: no cover
    sys.exit(entry())
