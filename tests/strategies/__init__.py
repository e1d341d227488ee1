"""Hypothesis strategies for the property tests: one module per document type, plus ``shared``.

A document type's module is named like the type (``ke_hoach_truyen_thong.py``) and defines
``documents()``: a strategy of :class:`~tests.strategies.shared.Sample` (valid data and the text
expected in the rendered file). The property tests run over every type in :data:`STRATEGIES`,
so adding a type means adding one module here.

Example counts are fixed and bounded, and the search is derandomised: CI runs the same examples
every time, in a bounded time.
"""
from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from hypothesis import HealthCheck, Phase, settings

from bdg_docs.documents import DOCUMENT_TYPES

# Every hypothesis test in the suite uses one of these; the figures are in docs/do-tin-cay.md.
PROPERTY = settings(max_examples=30, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                    phases=[Phase.explicit, Phase.generate])  # no shrinking: each example renders a file
QUICK = settings(PROPERTY, max_examples=150)  # for cheap properties (no rendering)


def _modules() -> dict[str, ModuleType]:
    names = {m.name for m in pkgutil.iter_modules(__path__)}
    return {name: importlib.import_module(f"{__name__}.{name}") for name in sorted(names & set(DOCUMENT_TYPES))}


STRATEGIES: dict[str, ModuleType] = _modules()
"""Document type (``loai``) → its strategy module."""
