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


def test_rendering_one_file_with_the_shipped_template_loads_neither_docxtpl_nor_python_docx(tmp_path):
    """The shipped template is restored from its prepared form (rendering/prepared_form.py)."""
    from tests.conftest import TRIEU_SON

    code = f"from bdg_docs.cli import main\nmain(['render', {str(TRIEU_SON)!r}, '-o', {str(tmp_path)!r}])"
    assert not {"docxtpl", "docx", "lxml"} & set(_loaded_after(code))
    assert list(tmp_path.glob("*.docx"))
