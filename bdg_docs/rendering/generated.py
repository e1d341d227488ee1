"""The shipped template's parts, run from the code Jinja generated for them, without Jinja.

Importing Jinja and its sandbox costs a one-file render about 160 M instructions (a sixth of
it), only to run the code Jinja generated for the parts of the shipped template when it was
built (:data:`bdg_docs.rendering.engine.GENERATED`). That code asks its environment and context
for little: the variables of the context, the calls that charge the budget
(:mod:`bdg_docs.rendering.budget`), an attribute or an item of the dicts and lists the context
is made of (:mod:`bdg_docs.rendering.context`), the ``length`` filter and ``loop.first``. This
module gives it those, each doing what the sandboxed environment of
:mod:`bdg_docs.rendering.sandbox` does, and nothing else.

Whatever else the code asks for (a variable the context lacks, an attribute that is not a key
of a dict, another call, filter or name of Jinja's runtime), and any error, stops the run: the
budget is put back as it was before the part, and Jinja renders the part from the same code.
Jinja then gives the text, or the error with the tag that caused it, as it always does; this
module only ever gives a text Jinja would give. ``tests/rendering/test_generated.py`` checks
that the fixtures render here without falling back to Jinja, and that what falls back is
rendered the same.
"""
from __future__ import annotations

import builtins
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import CodeType
from typing import Any, Callable, Iterator

from markupsafe import Markup, escape

from bdg_docs.rendering.budget import budget, current, loop_items, output, step


class Unsupported(Exception):
    """The generated code asked for something this runtime leaves to Jinja."""


class _Missing:
    """What a variable the context lacks is (Jinja's ``missing``)."""

    def __repr__(self) -> str:
        return "missing"


MISSING = _Missing()
# A key of a dict is an attribute only if it is not the name of one of dict's own attributes
# (here and in BudgetedEnvironment.getattr).
DICT_ATTRIBUTES = frozenset(dir(dict))


def _unsupported(*args: Any, **kwargs: Any) -> Any:
    raise Unsupported


class _Loop:
    """The ``loop`` of a ``{% for %}`` (Jinja's ``LoopContext``), for ``loop.first``."""

    __slots__ = ("index0",)

    def __init__(self) -> None:
        self.index0 = -1


def _loop_context(iterable: Any, undefined: Any, recurse: Any = None, depth0: int = 0) -> Iterator[tuple[Any, _Loop]]:
    """Each item of ``iterable`` with the loop's state, as ``LoopContext`` gives them."""
    if recurse is not None or depth0:
        raise Unsupported
    loop = _Loop()
    for item in iterable:
        loop.index0 += 1
        yield item, loop


def _length(value: Any) -> int:
    """The ``length`` filter as the sandbox has it: ``len``, charged for a text it reads."""
    if isinstance(value, str):
        current().made(value)  # type: ignore[union-attr]  # a part runs inside a budget
    return len(value)


class _Runtime:
    """``jinja2.runtime`` as the generated code imports it: the names it uses, and for any
    other name something that stops the run when it is used."""

    LoopContext = staticmethod(_loop_context)
    Markup = Markup
    escape = staticmethod(escape)
    missing = MISSING
    TemplateRuntimeError = Unsupported

    @staticmethod
    def identity(value: Any) -> Any:
        return value

    @staticmethod
    def internalcode(function: Any) -> Any:
        return function

    def __getattr__(self, name: str) -> Any:
        return _unsupported


_RUNTIME = _Runtime()


def _import(name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0) -> Any:
    if name == "jinja2.runtime" and not level:
        return _RUNTIME
    raise Unsupported


# The builtins of the generated code: Python's, with its one import answered here.
_BUILTINS = {**vars(builtins), "__import__": _import}


class _Environment:
    """What the generated code calls on ``environment``."""

    concat = staticmethod("".join)
    filters = {"length": _length}
    loop_items = staticmethod(loop_items)
    step = staticmethod(step)
    output = staticmethod(output)
    undefined = staticmethod(_unsupported)  # a variable or attribute that is not there

    @staticmethod
    def call(context: Any, function: Any, *args: Any, **kwargs: Any) -> Any:
        """Only the calls that charge the budget (BudgetedEnvironment.call runs them as they are)."""
        if function is loop_items or function is step:
            return function(*args)
        raise Unsupported

    @staticmethod
    def getattr(obj: Any, attribute: str) -> Any:
        """A key of a dict that is not the name of one of its methods, or ``loop.first``."""
        if type(obj) is dict and attribute not in DICT_ATTRIBUTES and attribute in obj:
            return obj[attribute]
        if type(obj) is _Loop and attribute == "first":
            return obj.index0 == 0
        raise Unsupported

    @staticmethod
    def getitem(obj: Any, argument: Any) -> Any:
        """``obj[argument]``, as the sandbox tries it first."""
        try:
            return obj[argument]
        except (TypeError, LookupError):
            raise Unsupported from None


_ENVIRONMENT = _Environment()


class _Context:
    """What the generated code asks of ``context``: the value of a variable."""

    __slots__ = ("_variables",)

    def __init__(self, variables: dict[str, Any]) -> None:
        self._variables = variables

    def resolve_or_missing(self, key: str) -> Any:
        return self._variables.get(key, MISSING)


def code(path: Path) -> CodeType:
    """The code of a part, from its file: Python's loader compiles it, or reads the bytecode it
    cached for it in ``__pycache__``, as for a module's file."""
    return SourceFileLoader(path.stem, str(path)).get_code(path.stem)  # type: ignore[return-value]


class GeneratedPart:
    """A part of the shipped template, rendered from its generated code here, or by Jinja
    (``jinja()`` gives the Jinja template, made on the first render that needs it).

    It renders as Jinja's template does (``render(context)``, the part's source in
    ``bdg_source``)."""

    def __init__(self, source: str, code: CodeType, jinja: Callable[[], Any]) -> None:
        self.bdg_source = source
        namespace: dict[str, Any] = {"environment": _ENVIRONMENT, "__file__": code.co_filename,
                                     "__builtins__": _BUILTINS}
        exec(code, namespace)  # defines the part's ``root`` function and nothing else runs
        self.root_render_func = namespace["root"]  # as Jinja names it in its templates
        self._make_jinja = jinja
        self._jinja: Any = None

    @property
    def jinja(self) -> Any:
        """The part as Jinja's template."""
        if self._jinja is None:
            self._jinja = self._make_jinja()
        return self._jinja

    def render(self, context: dict[str, Any]) -> str:
        with budget() as running:
            spent = running.steps, running.text, running.depth
            try:
                return "".join(self.root_render_func(_Context(context)))
            except Exception:  # noqa: BLE001 - Jinja renders it, and raises what it raises
                running.steps, running.text, running.depth = spent
            return self.jinja.render(context)
