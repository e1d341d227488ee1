"""The program takes what Python compiles at start-up from the package's compiled code
(``bdg_docs/compiled.py``): the same code as compiling gives, for every text and pattern a render
of ours compiles, only in the program, and only on the Python it was built for."""
from __future__ import annotations

import subprocess
import sys
import types
from importlib.util import MAGIC_NUMBER
from pathlib import Path

import pytest

from bdg_docs import compiled
from tests.conftest import ROOT, TRIEU_SON

sys.path.insert(0, str(ROOT / "tools"))
import build_compiled  # noqa: E402


def _shipped() -> compiled.Codes:
    codes = compiled.read()
    if codes is None:
        pytest.skip(f"{compiled.COMPILED.name} is for another Python than this one ({sys.version.split()[0]}), "
                    "which compiles as before: run python tools/build_compiled.py with it")
    return codes


def test_the_shipped_compiled_code_is_current():
    _shipped()
    assert compiled.COMPILED.read_bytes() == build_compiled.build(), "run: python tools/build_compiled.py"


def test_each_text_has_the_code_compiling_it_gives():
    shipped = _shipped()
    for module, mode in compiled.MODES.items():
        codes = shipped[module]
        assert codes and all(code == compiled.compile_text(text, mode) for text, code in codes.items())


def test_each_pattern_is_the_one_re_compiles():
    """Compared as re compares patterns: text, flags and the matcher's code; the groups too."""
    from re import _compiler

    shipped = _shipped()
    assert shipped["re"]
    plain = {key: _compiler.compile(*key) for key in shipped["re"]}
    installed = compiled.install(shipped)
    try:
        assert _compiler.compile.__name__ == "compile_re"
        made = {key: _compiler.compile(*key) for key in shipped["re"]}
    finally:
        compiled.uninstall(installed)
    assert _compiler.compile.__name__ == "compile"
    for key, pattern in made.items():
        assert pattern == plain[key], key
        assert (pattern.groups, pattern.groupindex, pattern.flags) == (plain[key].groups, plain[key].groupindex,
                                                                       plain[key].flags), key


def test_a_render_of_each_type_finds_everything_it_compiles_in_the_file(tmp_path: Path):
    """What a render compiles, in a new process, for bdg_docs' own dataclasses and patterns and
    for the libraries' (whose versions the file was built with: the currency test checks that)."""
    shipped = _shipped()
    for fixture in sorted((ROOT / "fixtures").glob("*.yaml")):
        texts, patterns = build_compiled.recorded([["render", str(fixture), "-o", str(tmp_path), "--force"]])
        missing = {module: [text[:80] for text in found if text not in shipped[module]] for module, found in texts.items()}
        assert missing == {"dataclasses": [], "typing": []}, fixture.name
        assert [key for key in patterns if key not in shipped["re"]] == [], fixture.name
        assert any(asked.startswith("bdg_docs.") for asked in texts["dataclasses"].values())
        assert len(patterns) > 50


def test_dataclasses_made_from_the_compiled_code_are_made_as_python_makes_them():
    """Every method, compared code for code (flags included) with the same class made without it."""
    import dataclasses

    source = ("from __future__ import annotations\nfrom dataclasses import dataclass, field\n"
              "@dataclass(frozen=True)\nclass Run:\n    text: str = ''\n    bold: bool | None = None\n"
              "    runs: tuple[int, ...] = field(default=(), compare=False)\n")

    def made() -> type:
        module = sys.modules["tests_made"] = types.ModuleType("tests_made")
        exec(compile(source, "made.py", "exec"), vars(module))
        return module.Run  # type: ignore[no-any-return]

    texts: dict[str, set[str]] = {"dataclasses": set(), "typing": set()}
    recording = compiled.install({"dataclasses": _Noting(texts["dataclasses"]), "typing": {}, "re": {}})
    try:
        plain = made()
    finally:
        compiled.uninstall(recording)
    assert texts["dataclasses"]
    installed = compiled.install({"dataclasses": {t: compiled.compile_text(t, "exec") for t in texts["dataclasses"]},
                                  "typing": {}, "re": {}})
    try:
        assert vars(dataclasses)["exec"] is not exec
        from_file = made()
    finally:
        compiled.uninstall(installed)
        del sys.modules["tests_made"]
    assert "exec" not in vars(dataclasses)
    methods = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
    for name in methods:
        assert getattr(from_file, name).__code__ == getattr(plain, name).__code__, name
        assert getattr(from_file, name).__code__.co_flags == getattr(plain, name).__code__.co_flags, name
    assert from_file(text="a") == from_file(text="a", runs=(1,)) and repr(from_file("a")) == repr(plain("a"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        from_file().text = "b"  # type: ignore[misc]


class _Noting(dict):  # type: ignore[type-arg]
    """A table of compiled code that holds nothing and notes every text asked of it."""

    def __init__(self, noted: set[str]) -> None:
        super().__init__()
        self.noted = noted

    def get(self, key: str, default: object = None) -> object:
        self.noted.add(key)
        return default


@pytest.mark.parametrize("content", [b"", b"\x00\x00\r\n" + b"x", MAGIC_NUMBER + b"\xff", MAGIC_NUMBER + b"N"],
                         ids=["empty", "another Python", "damaged", "not tables"])
def test_a_file_for_another_python_or_damaged_is_not_used(content: bytes, tmp_path: Path):
    path = tmp_path / "compiled.marshal"
    path.write_bytes(content)
    assert compiled.read(path) is None
    assert compiled.read(tmp_path / "absent") is None


def test_only_the_program_takes_the_compiled_code(tmp_path: Path):
    """``bdg-docs`` (cli.entry) installs it for a command; ``--help`` does without it, and the
    library imported by another program, or ``main`` called by one, compiles as Python does."""
    probe = ("import dataclasses, typing\nfrom re import _compiler\n"
             "print('exec' in vars(dataclasses), 'compile' in vars(typing), _compiler.compile.__name__ != 'compile')")
    argv = ["render", str(TRIEU_SON), "-o", str(tmp_path), "--force"]
    runs = {
        "program": f"import sys\nfrom bdg_docs.cli import entry\nsys.argv = ['bdg-docs', *{argv!r}]\nentry()\n",
        "main": f"from bdg_docs.cli import main\nmain({argv!r})\n",
        "library": f"import bdg_docs\nbdg_docs.render(bdg_docs.load({str(TRIEU_SON)!r}))\n",
        "help": "import sys\nfrom bdg_docs.cli import entry\nsys.argv = ['bdg-docs', '--help']\ntry:\n    entry()\n"
                "except SystemExit:\n    pass\n",
    }
    seen = {name: subprocess.run([sys.executable, "-c", code + probe], capture_output=True, text=True, cwd=ROOT,
                                 check=True).stdout.splitlines()[-1] for name, code in runs.items()}
    plain = "False False False"
    assert seen == {"program": "True True True" if compiled.read() else plain, "main": plain, "library": plain,
                    "help": plain}
