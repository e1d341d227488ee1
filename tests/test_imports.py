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


def _loaded_after(code: str, modules: tuple[str, ...] = HEAVY) -> list[str]:
    probe = (f"import sys\n{code}\n"
             f"print(sorted(m for m in {modules!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])


def test_import_bdg_docs_loads_no_heavy_library():
    assert _loaded_after("import bdg_docs") == []


@pytest.mark.parametrize("argv", [["--help"], *[[getattr(_command(name), "NAME", name), "--help"] for name in COMMANDS]],
                         ids=" ".join)
def test_help_loads_no_heavy_library(argv: list[str]):
    code = f"from bdg_docs.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass"
    assert _loaded_after(code) == []


def test_the_program_renders_one_file_without_looking_for_pydantic_plugins_or_collecting(tmp_path):
    """``bdg-docs`` (``cli.entry``) keeps pydantic from scanning the installed packages, and
    renders one file without the cyclic garbage collector; the library imported by another
    program leaves pydantic's plugins as they are, and ``main`` called in a process that goes
    on leaves the collector on."""
    fixture = ROOT / "fixtures" / "ke_hoach_truyen_thong_trieu_son_2022.yaml"
    argv = ["render", str(fixture), "-o", str(tmp_path), "--force"]
    program = (f"import gc, sys\nfrom bdg_docs.cli import entry\nsys.argv = ['bdg-docs', *{argv!r}]\nentry()\n"
               "print('importlib.metadata' in sys.modules, gc.isenabled())")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.splitlines()[-1] == "False False"
    in_process = f"import gc\nfrom bdg_docs.cli import main\nmain({argv!r})\nprint(gc.isenabled())"
    result = subprocess.run([sys.executable, "-c", in_process], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.splitlines()[-1] == "True"
    assert (tmp_path / f"{fixture.stem}.docx").exists()
    library = "import sys\nimport bdg_docs.api\nimport pydantic.plugin._loader as l\nprint(hasattr(l, 'entry_points'))"
    assert subprocess.run([sys.executable, "-c", library], capture_output=True, text=True, cwd=ROOT,
                          check=True).stdout.strip() == "True"


def test_rendering_one_file_with_the_shipped_template_loads_neither_docxtpl_python_docx_nor_jinja(tmp_path):
    """The shipped template is restored from its prepared form (rendering/prepared_form.py) and
    its parts run without Jinja (rendering/generated.py); difflib (the suggestions of messages)
    and the making of starters are not loaded either."""
    from tests.conftest import TRIEU_SON

    code = f"from bdg_docs.cli import main\nmain(['render', {str(TRIEU_SON)!r}, '-o', {str(tmp_path)!r}])"
    unneeded = ("docxtpl", "docx", "lxml", "jinja2", "difflib", "bdg_docs.starters", "bdg_docs.starter_profile")
    assert _loaded_after(code, unneeded) == []
    assert list(tmp_path.glob("*.docx"))
