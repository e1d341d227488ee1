"""Start-up stays cheap: ``import bdg_docs`` and every ``--help`` load none of the heavy
libraries (they come in on the first load, render or check)."""
from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from bdg_docs.cli import COMMANDS, _command
from tests.conftest import ROOT

HEAVY = ("docxtpl", "docx", "lxml", "pydantic", "jinja2", "ruamel", "babel")


def _loaded_after(code: str) -> list[str]:
    probe = (f"import sys\n{code}\n"
             f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])


def test_import_bdg_docs_loads_no_heavy_library():
    assert _loaded_after("import bdg_docs") == []


@pytest.mark.parametrize("argv", [["--help"], *[[getattr(_command(name), "NAME", name), "--help"] for name in COMMANDS]],
                         ids=" ".join)
def test_help_loads_no_heavy_library(argv: list[str]):
    code = f"from bdg_docs.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass"
    assert _loaded_after(code) == []


def test_the_program_renders_without_looking_for_pydantic_plugins(tmp_path):
    """``bdg-docs`` (``cli.entry``) keeps pydantic from scanning the installed packages; the
    library imported by another program leaves pydantic's plugins as they are."""
    fixture = ROOT / "fixtures" / "ke_hoach_truyen_thong_trieu_son_2022.yaml"
    program = (f"import sys\nfrom bdg_docs.cli import entry\nsys.argv = ['bdg-docs', 'render', {str(fixture)!r}, "
               f"'-o', {str(tmp_path)!r}]\ntry:\n    entry()\nfinally:\n    print('importlib.metadata' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.splitlines()[-1] == "False"
    assert (tmp_path / f"{fixture.stem}.docx").exists()
    library = "import sys\nimport bdg_docs.api\nimport pydantic.plugin._loader as l\nprint(hasattr(l, 'entry_points'))"
    assert subprocess.run([sys.executable, "-c", library], capture_output=True, text=True, cwd=ROOT,
                          check=True).stdout.strip() == "True"
