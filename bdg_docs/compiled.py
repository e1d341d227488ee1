"""What Python compiles at every start of ``bdg-docs``, compiled when the package was built.

Three of Python's own modules compile code while the program starts, every time, the same:

- :mod:`dataclasses` compiles the methods of each dataclass from text (``__init__``,
  ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``... written as source and run);
- :mod:`typing` compiles each annotation of a TypedDict written as a string (``ForwardRef``);
- :mod:`re` compiles each regular expression into the code its matcher runs (its parser and
  compiler are Python).

A one-file render did that about 1,100 and 100 times, for bdg_docs' own dataclasses and
patterns and for pydantic's, annotated_types' and the standard library's: about 280 M
instructions, more than a quarter of the render.

:func:`install`, called by the program ``bdg-docs`` (:func:`bdg_docs.cli.main` with
``ends_process``) before it imports what a command needs, lets those three modules take what
they would compile from :data:`COMPILED` instead. The file holds, for each text and pattern a
render or a check compiles, what compiling it gives on the Python that built it
(``tools/build_compiled.py``): a function's code, a pattern's matcher code with its groups. The
classes and patterns are then made by those modules as always, from the same code. The file is
used only by a Python of the same bytecode (it starts with its magic number) run without ``-O``;
a text or pattern it does not hold (another version of a library, another command, a pattern
that warns when compiled) is compiled as before. The library imported by another program
compiles as Python does.

Like the bytecode in ``__pycache__``, the file is code run as it is: it is the package's own
file, read from the package's folder only, and shipped with the package's code.

This module has no ``from __future__`` import: a text it passes on to ``exec`` or ``compile`` is
compiled with the flags of the module that asked (neither :mod:`dataclasses` nor :mod:`typing`
has any), not with others of its own.
"""
import builtins
import marshal
import sys
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any, Callable, Iterable, Mapping

COMPILED = Path(__file__).resolve().parent / "data" / "compiled.marshal"
# The texts compiled by each module, and how: dataclasses runs them (exec), typing evaluates them.
MODES = {"dataclasses": "exec", "typing": "eval"}
KINDS = (*MODES, "re")
FILENAME = "<string>"  # the name exec() and typing give the code of a text

Pattern = tuple[Any, int]  # a pattern (text or bytes) and its flags
Compiled = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]  # what re's compiler hands _sre.compile
Codes = dict[str, dict[Any, Any]]  # kind → text → code, or pattern → Compiled
# Each module changed: the name set in it, what it is set to, and what the module had under that
# name before (None: nothing, the builtin was used).
Installed = dict[ModuleType, tuple[str, Callable[..., Any], Any]]


def read(path: Path = COMPILED) -> Codes | None:
    """What :data:`COMPILED` holds, by kind (:data:`KINDS`); None when the file is not for this
    Python (or not there, or damaged)."""
    from importlib.util import MAGIC_NUMBER

    try:
        data = path.read_bytes()
    except OSError:
        return None
    if sys.flags.optimize or not data.startswith(MAGIC_NUMBER):
        return None
    try:
        codes = marshal.loads(data[len(MAGIC_NUMBER):])
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(codes, dict) or set(codes) != set(KINDS) or not all(isinstance(c, dict) for c in codes.values()):
        return None
    return codes


def compile_text(text: str, mode: str) -> CodeType:
    """What ``exec(text)`` or typing's ``compile(text, "<string>", "eval")`` compiles, without
    the future flags of the module calling this."""
    return builtins.compile(text, FILENAME, mode, dont_inherit=True)


def is_annotation(source: Any, filename: Any, mode: str, flags: int, optimize: int, kwargs: Mapping[str, Any]) -> bool:
    """Whether a call of ``compile`` is typing's for a string annotation: the texts the file
    holds for :mod:`typing` (``tools/build_compiled.py`` notes the same)."""
    return (type(source) is str and filename == FILENAME and mode == "eval" and not flags and optimize == -1
            and not kwargs)


def dumps(texts: Mapping[str, Iterable[str]], patterns: Mapping[Pattern, Compiled]) -> bytes:
    """The content of :data:`COMPILED`: the code of ``texts`` (module → the texts it compiles),
    and ``patterns`` as re's compiler compiled them."""
    from importlib.util import MAGIC_NUMBER

    codes: Codes = {module: {text: compile_text(text, MODES[module]) for text in sorted(texts.get(module, ()))}
                    for module in MODES}
    codes["re"] = {key: patterns[key] for key in sorted(patterns, key=lambda k: (type(k[0]).__name__, k[0], k[1]))}
    return MAGIC_NUMBER + marshal.dumps(codes)


def install(codes: Codes | None = None) -> Installed | None:
    """Let :mod:`dataclasses`, :mod:`typing` and :mod:`re` take what ``codes`` holds (the shipped
    file's by default) instead of compiling it, in this process; give what :func:`uninstall`
    takes to undo it, or None when there is nothing to install."""
    import dataclasses
    import typing
    from re import _compiler  # type: ignore[attr-defined]

    codes = read() if codes is None else codes
    if codes is None:
        return None
    executed, evaluated, patterns = codes["dataclasses"], codes["typing"], codes["re"]
    compile_pattern = _compiler.compile

    def exec_(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        return builtins.exec(executed.get(source, source) if type(source) is str else source, globals, locals)

    def compile_(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False, optimize: int = -1,
                 **kwargs: Any) -> Any:
        if is_annotation(source, filename, mode, flags, optimize, kwargs):
            code = evaluated.get(source)
            if code is not None:
                return code
        return builtins.compile(source, filename, mode, flags, dont_inherit, optimize, **kwargs)

    def compile_re(pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is str or type(pattern) is bytes:
            found = patterns.get((pattern, flags))
            if found is not None:
                return _compiler._sre.compile(pattern, *found)
        return compile_pattern(pattern, flags)

    installed: Installed = {}
    for module, name, function in ((dataclasses, "exec", exec_), (typing, "compile", compile_),
                                   (_compiler, "compile", compile_re)):
        installed[module] = (name, function, vars(module).get(name))
        setattr(module, name, function)
    return installed


def uninstall(installed: Installed | None) -> None:
    """Undo :func:`install`: the modules compile as Python does again."""
    for module, (name, function, before) in (installed or {}).items():
        if vars(module).get(name) is function:
            if before is None:
                delattr(module, name)
            else:
                setattr(module, name, before)
