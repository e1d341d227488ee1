"""Subcommands of ``bdg-docs``, one module each.

Each module defines ``NAME``, ``HELP`` (Vietnamese, one line), ``configure(parser)`` which adds
its arguments, and ``run(args) -> int`` which returns the exit status. ``bdg_docs.cli`` lists
them in ``COMMANDS``; a module is imported only when its command runs or ``--help`` is shown,
so heavy dependencies stay out of ``bdg-docs --help``.
"""
from __future__ import annotations

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's convention for Ctrl+C
EXIT_PIPE_CLOSED = 141  # the shell's convention for a program stopped by a closed pipe (128 + SIGPIPE)
