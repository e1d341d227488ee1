"""Our own rendered fixtures pass the checker with no finding, and so do the same files after
LibreOffice has opened them and saved them again as .docx (the way an officer's copy often
travels). One LibreOffice run converts every fixture."""
from __future__ import annotations

from pathlib import Path

import pytest

from bdg_docs.checker import check
from tests.conftest import all_fixtures, needs_libreoffice, rendered
from tests.conftest import saved_by_libreoffice as save_fixtures


@pytest.fixture(scope="module")
def saved_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return save_fixtures(tmp_path_factory.mktemp("lo"))


@pytest.mark.libreoffice
@needs_libreoffice
@pytest.mark.parametrize("path", all_fixtures(), ids=lambda p: p.stem)
def test_a_fixture_saved_again_by_libreoffice_still_has_no_finding(saved_by_libreoffice, path):
    saved = saved_by_libreoffice[path.stem]
    original, again = check(rendered(path)), check(saved)
    assert original.findings == [] and original.complete
    assert again.findings == [], "\n".join(map(str, again.findings))
    assert (again.kind, again.type_name) == (original.kind, original.type_name)
    assert again.complete, again.not_evaluated
