"""Helpers of the tests of ``bdg-docs nhap``."""
from __future__ import annotations

from bdg_docs import slips


def assert_loads_without_slips(text: str) -> None:
    """A data file nhap wrote reads without any slip the loader reports (text cut at ``#``, a
    bullet swallowed or losing its dash, ...): what it holds is what the document said."""
    assert slips.read(text)[1] == slips.Slips()
