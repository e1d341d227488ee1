"""The benchmark's generated documents stay valid and different (the benchmark itself is not a
test: run benchmarks/run.py)."""
from __future__ import annotations

import bdg_docs
from benchmarks import variants


def test_batch_variants_are_valid_and_each_different():
    numbers = (0, 1, 123, 999)
    documents = [bdg_docs.loads(variants.plan(n), filename=f"bien_the_{n}.yaml") for n in numbers]
    pages = [d.page() for d in documents]
    assert len({p.dia_danh_ngay for p in pages}) == len({p.co_quan for p in pages}) == len(numbers)
    assert len({bdg_docs.render(d) for d in documents}) == len(numbers)
    assert variants.plan(123) == variants.plan(123)
