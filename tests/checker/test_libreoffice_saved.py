"""Our own rendered fixtures pass the checker with no finding, and so do the same files after
LibreOffice has opened them and saved them again as .docx (the way an officer's copy often
travels). One LibreOffice run converts every fixture."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bdg_docs.checker import check
from tests.conftest import SOFFICE, all_fixtures, needs_libreoffice, rendered


@pytest.fixture(scope="module")
def saved_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("lo")
    sources = []
    for path in all_fixtures():
        source = folder / "in" / f"{path.stem}.docx"
        source.parent.mkdir(exist_ok=True)
        source.write_bytes(rendered(path))
        sources.append(source)
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(folder / "out"), *map(str, sources)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return {p.stem: folder / "out" / p.name for p in sources}


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
