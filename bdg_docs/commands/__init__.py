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


def parse_year(text: str) -> int:
    """``--year``: a year as every other year is checked (:func:`bdg_docs.nd30.dates.validate_nam`)."""
    import argparse

    from bdg_docs.errors import RuleViolation
    from bdg_docs.nd30.dates import validate_nam

    try:
        return validate_nam(int(text.strip()))
    except ValueError as exc:  # RuleViolation is a ValueError too
        message = str(exc) if isinstance(exc, RuleViolation) else f"năm '{text}' không phải một số. Ví dụ: 2026."
        raise argparse.ArgumentTypeError(message) from None
