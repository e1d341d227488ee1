"""The invariant: a document that renders without a CẢNH BÁO passes ``bdg-docs check`` with no error.

Checked as a property over every document type, on valid documents with officers' slips laid
over them (tests/strategies/slips.py), at any shipped locality profile. Each example is refused
(InputError), rendered with warnings, or rendered clean; a clean one must pass the checker. The
examples are fixed (derandomised), so the share of each outcome is the same on every run and a
test keeps the property from holding vacuously.
"""
from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given

import bdg_docs
from bdg_docs.documents import DOCUMENT_TYPES
from tests.strategies import PROPERTY, STRATEGIES
from tests.strategies.slips import slipped

TYPES = sorted(STRATEGIES)


def outcome(loai: str, data: dict) -> str:
    """``refused``, ``warned`` or ``clean``; a clean document must pass the checker."""
    try:
        document = DOCUMENT_TYPES[loai].model_validate(data)
        docx = bdg_docs.render(document)
    except bdg_docs.InputError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        return "refused"
    if document.canh_bao():
        return "warned"
    report = bdg_docs.check(docx)
    assert report.ok, "\n".join(map(str, report.errors))
    return "clean"


@pytest.mark.parametrize("loai", TYPES)
def test_a_document_rendered_without_a_warning_passes_the_checker(loai: str):
    seen: Counter[str] = Counter()

    @PROPERTY
    @given(slipped(STRATEGIES[loai].documents()))
    def prop(data: dict) -> None:
        seen[outcome(loai, data)] += 1

    prop()
    assert seen["clean"] >= 5 and seen["refused"] >= 5, seen  # both sides of the property are exercised
