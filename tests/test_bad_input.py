"""The bad-input corpus (tests/data/bad/): each file gives its expected Vietnamese message,
exit status 1, and writes nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from bdg_docs.cli import main
from tests.conftest import DATA

BAD = DATA / "bad"
CASES = sorted(BAD.glob("*.yaml"))


def test_the_corpus_has_at_least_twenty_cases_each_with_its_message():
    assert len(CASES) >= 20
    assert all(case.with_suffix(".txt").is_file() for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_bad_input_gives_its_message_status_1_and_writes_nothing(case: Path, tmp_path: Path, capsys):
    before = case.read_bytes()
    out = tmp_path / "out"
    assert main(["render", str(case), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    for line in case.with_suffix(".txt").read_text(encoding="utf-8").splitlines():
        assert line.replace("{file}", str(case)) in err
    assert "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())
    assert case.read_bytes() == before
