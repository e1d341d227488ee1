"""Write bdg_docs/data/compiled.marshal: what Python compiles when bdg-docs starts, compiled.

    python tools/build_compiled.py

It runs ``bdg-docs render`` on each fixture, then ``bdg-docs check`` on what it wrote, in a new
Python process that notes every text :mod:`dataclasses` and :mod:`typing` compile and every
pattern :mod:`re` compiles, and writes what compiling them gives on the Python running this tool
(bdg_docs/compiled.py says how the program uses it). Run it after changing a dataclass, a
TypedDict or a regular expression, after upgrading pydantic, and with the Python the package is
installed for: until then what the file lacks is compiled as before. A test rebuilds it and
compares bytes.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bdg_docs import compiled  # noqa: E402

TARGET = compiled.COMPILED

# Run in a new process: notes the texts dataclasses and typing compile (by the module that asked)
# and what re's compiler hands _sre for each pattern, while the commands given as JSON run; writes
# them, marshalled, to the file named last. A pattern that warns when compiled is left out: the
# program compiles it, and warns, as before.
RECORD = """
import builtins, dataclasses, json, marshal, sys, typing, warnings
from re import _compiler, DEBUG
from bdg_docs.compiled import is_annotation

texts = {"dataclasses": {}, "typing": {}}
patterns = {}

def exec_(source, globals=None, locals=None, /):
    if type(source) is str:
        texts["dataclasses"][source] = (globals or {}).get("__name__", "")
    return builtins.exec(source, globals, locals)

def compile_(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kwargs):
    if is_annotation(source, filename, mode, flags, optimize, kwargs):
        texts["typing"][source] = sys._getframe(1).f_globals.get("__name__", "")
    return builtins.compile(source, filename, mode, flags, dont_inherit, optimize, **kwargs)

class Noting:
    def __init__(self, sre):
        self.sre, self.args = sre, None
    def __getattr__(self, name):
        return getattr(self.sre, name)
    def compile(self, *args):
        self.args = args
        return self.sre.compile(*args)

compile_pattern = _compiler.compile

def compile_re(pattern, flags=0):
    noting = _compiler._sre = Noting(_compiler._sre)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            compiled = compile_pattern(pattern, flags)
    finally:
        _compiler._sre = noting.sre
    for warning in caught:
        warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    args = noting.args
    if type(pattern) in (str, bytes) and not caught and not flags & DEBUG and args and args[0] is pattern:
        flags2, code, groups, groupindex, indexgroup = args[1:]
        patterns[(pattern, int(flags))] = (int(flags2), [int(c) for c in code], groups, dict(groupindex), tuple(indexgroup))
    return compiled

dataclasses.exec, typing.compile, _compiler.compile = exec_, compile_, compile_re
from bdg_docs.cli import main

for argv in json.loads(sys.argv[1]):
    main(argv)
with open(sys.argv[2], "wb") as out:
    marshal.dump((texts, patterns), out)
"""


def commands(folder: Path) -> list[list[str]]:
    """What the recording runs: a render of each fixture on its own, then a check of the first."""
    fixtures = sorted((ROOT / "fixtures").glob("*.yaml"))
    return [*(["render", str(path), "-o", str(folder), "--force"] for path in fixtures),
            ["check", str(folder / f"{fixtures[0].stem}.docx")]]


def recorded(argv: list[list[str]] | None = None) -> tuple[dict[str, dict[str, str]], dict[Any, Any]]:
    """While ``argv`` (the :func:`commands` by default) run in a new process: module → {text it
    compiled: the module whose code asked for it}, and (pattern, flags) → what re's compiler
    gave _sre for it. Only what two processes of different hash seeds both compile is kept: a
    pattern made by joining the items of a set (babel has two) is another text in every
    process, and could never be found in the file."""
    import marshal
    import os

    runs = []
    for seed in ("1", "2"):
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "recorded.marshal"
            subprocess.run([sys.executable, "-c", RECORD, json.dumps(argv or commands(Path(folder))), str(out)],
                           cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONHASHSEED": seed})
            runs.append(marshal.loads(out.read_bytes()))
    (texts, patterns), (other_texts, other_patterns) = runs
    return ({module: {text: asked for text, asked in found.items() if text in other_texts[module]}
             for module, found in texts.items()},
            {key: value for key, value in patterns.items() if other_patterns.get(key) == value})


def build() -> bytes:
    """The content of TARGET."""
    return compiled.dumps(*recorded())


def main() -> None:
    data = build()
    TARGET.write_bytes(data)
    codes = compiled.read(TARGET) or {}
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(data):,} bytes, "
          + ", ".join(f"{len(found)} for {kind}" for kind, found in codes.items()))


if __name__ == "__main__":
    main()
