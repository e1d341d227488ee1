"""Helpers of the tests of ``bdg-docs nhap``."""
from __future__ import annotations

from bdg_docs import slips
from bdg_docs.loading import read_yaml


def assert_loads_without_slips(text: str) -> None:
    """A data file nhap wrote reads without any slip the loader reports (text cut at ``#``, a
    bullet swallowed or losing its dash, ...): what it holds is what the document said."""
    assert slips.find(read_yaml(text), text) == slips.Slips()
