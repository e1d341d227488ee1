"""The Jinja environment templates render in: sandboxed, and on a budget.

Jinja's immutable sandbox stops a template from reaching Python's internals or changing data,
but not from costing without end: nested loops, a macro calling itself, ``'x' * 10**9``,
``'{:>999999999}'.format(1)`` or a string doubled forty times. Here every render gets a
:class:`~bdg_docs.rendering.budget.Budget` (:mod:`bdg_docs.limits`): each loop iteration and
call takes a step, every string or list a template outputs or builds takes its length, calls
nest to a bounded depth, and an operation that would build something too large is refused before
it is done. The counting sits where the compiled template does the work:

- a ``{% for %}`` loop takes a step per item, charged with the template's own text each
  iteration writes: all at once before the loop starts when its length is known (a list, a
  text, a range...), item by item otherwise (the code generator wraps the loop's items, and
  adds a step to the ``if`` filter of a filtered loop and the body of a recursive one); every
  call is a step;
- ``{{ ... }}`` output goes through :meth:`BudgetedEnvironment.output` (``finalize`` where the
  template does not autoescape), ``~`` through :meth:`BudgetedEnvironment.text`;
- ``*``, ``**``, ``%`` and ``+`` are checked before they run, as are the widths of
  ``str.format``, ``|format``, ``|center``, ``|indent`` and the growth of ``replace``;
- filters are charged for the items or the text they go through and the text they make.

Filters a Word template has no use for and that cost far more than the text they read
(``title``, ``wordwrap``, ``striptags``...), ``random`` (not reproducible) and ``lipsum`` (text
without bound) are not available.

When a render fails, :func:`failing_tag` finds the tag that failed, as written in the template.
"""
from __future__ import annotations

import functools
import re
import string
from contextlib import contextmanager
from types import CodeType
from typing import Any, Callable, Iterator

from jinja2 import Environment, StrictUndefined, Template, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from bdg_docs import lazy
from bdg_docs.limits import MAX_TEMPLATE_DEPTH, MAX_TEMPLATE_INT_BITS, MAX_TEMPLATE_NUMBER, written
from bdg_docs.rendering.budget import (SIZED_VALUES, Budget, TooCostly, budget, charged, current, loop_items, output,
                                       step)
from bdg_docs.rendering.generated import DICT_ATTRIBUTES

# Filters a Word template has no use for (its values are runs of XML, which they would break)
# and that cost far more than the text they read: random is not reproducible either.
DROPPED_FILTERS = frozenset({"pprint", "random", "striptags", "title", "urlencode", "urlize", "wordcount",
                             "wordwrap"})
DROPPED_GLOBALS = frozenset({"lipsum"})
# Filters that go through every item of their input: charged one step per item.
ITERATING = frozenset({"batch", "dictsort", "groupby", "items", "join", "list", "map", "max", "min",
                       "reject", "rejectattr", "reverse", "select", "selectattr", "slice", "sort", "sum",
                       "tojson", "unique"})
_PERCENT_SPEC = lazy.pattern(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")
_NUMBER = lazy.pattern(r"\d+")
_TAG_START = lazy.pattern(r"\{([{%])([-+]?)")
_TAG_END = {"{": "}}", "%": "%}"}


class _BudgetedTemplate(Template):
    """A template whose every render runs on a budget."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        with budget():
            return super().render(*args, **kwargs)

    def generate(self, *args: Any, **kwargs: Any) -> Iterator[str]:
        with budget():
            yield from super().generate(*args, **kwargs)


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator with a step at the start of every loop iteration and a check on
    every ``~`` concatenation."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        static = sum(len(data.data) for data in node.find_all(nodes.TemplateData))
        if node.test is None and not node.recursive:
            # The whole loop charged at once: its items are wrapped (a recursive loop's later
            # levels, or items a filter skips, are not items of the loop as written).
            node.iter = _environment_call("loop_items", [node.iter, nodes.Const(static, lineno=node.lineno)],
                                          node.lineno)
        else:
            node.body = [nodes.ExprStmt(_step_call(static, node.lineno), lineno=node.lineno), *node.body]
        if node.test is not None:  # {% for x in xs if test %}: skipped items cost a step too
            node.test = nodes.And(_step_call(0, node.test.lineno), node.test, lineno=node.test.lineno)
        super().visit_For(node, frame)

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if _charged_output(frame, finalize):
            self.write("environment.output(")
        else:
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if _charged_output(frame, finalize):
            self.write(")")
        else:
            super()._output_child_post(node, frame, finalize)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.text(")
        super().visit_Concat(node, frame)
        self.write(")")


def _charged_output(frame: Frame, finalize: Any) -> bool:
    """Whether a ``{{ ... }}`` is written as one call that charges and escapes it
    (:meth:`BudgetedEnvironment.output`) in place of ``escape(environment.finalize(...))``: where
    the template autoescapes. A Jinja without these hooks writes the latter, which is the same."""
    return frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src == "environment.finalize("


def _step_call(static: int, lineno: int) -> nodes.Call:
    """``environment.step(static)``: one step, and the template's own text the iteration writes."""
    return _environment_call("step", [nodes.Const(static, lineno=lineno)], lineno)


def _environment_call(name: str, args: list[nodes.Expr], lineno: int) -> nodes.Call:
    return nodes.Call(nodes.EnvironmentAttribute(name, lineno=lineno), args, [], None, None, lineno=lineno)


class BudgetedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with autoescaping, strict undefined values and a budget."""

    code_generator_class = _CodeGenerator
    template_class = _BudgetedTemplate
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, finalize=charged)
        self.filters = {name: _budgeted_filter(name, f) for name, f in self.filters.items()
                        if name not in DROPPED_FILTERS}
        for name in DROPPED_GLOBALS:
            self.globals.pop(name, None)

    # ------------------------------------------------------------------ hooks of the template
    def step(self, static: int) -> bool:
        """A loop iteration writing ``static`` characters of the template's own text (called by
        the generated code)."""
        return step(static)

    def loop_items(self, items: Any, static: int) -> Any:
        """The items of a loop whose iterations each write ``static`` characters of the
        template's own text, charged (called by the generated code)."""
        return loop_items(items, static)

    def output(self, value: Any) -> Markup:
        """A ``{{ ... }}`` output: charged as ``finalize`` charges it, and escaped unless it is
        markup already (called by the generated code)."""
        return output(value)

    def text(self, value: Any) -> Any:
        """A ``~`` concatenation (called by the generated code)."""
        budget = current()
        return value if budget is None else budget.made(value)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        if getattr(__obj, "__func__", None) in _HOOKS:  # charging, not a call of the template's
            return __obj(*args)
        budget = current()
        if budget is None:
            return super().call(__context, __obj, *args, **kwargs)
        budget.step()
        _check_str_method(__obj, args)
        if budget.depth >= MAX_TEMPLATE_DEPTH:
            raise TooCostly(f"mẫu gọi lồng nhau quá {MAX_TEMPLATE_DEPTH} tầng (một macro hay vòng lặp "
                            "gọi lại chính nó; giới hạn MAX_TEMPLATE_DEPTH).")
        budget.depth += 1
        try:
            return budget.made(super().call(__context, __obj, *args, **kwargs))
        finally:
            budget.depth -= 1

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget = current()
        if budget is not None:
            _check_binop(operator, left, right, budget)
        result = super().call_binop(context, operator, left, right)
        if isinstance(result, int) and not isinstance(result, bool) and result.bit_length() > MAX_TEMPLATE_INT_BITS:
            raise TooCostly(_TOO_BIG_NUMBER)
        return result if budget is None else budget.made(result)

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``obj.attribute``: a key of a dict that is not the name of one of its methods is an item,
        as Jinja finds it after the attribute is not found (without raising to find that out)."""
        if type(obj) is dict and attribute not in DICT_ATTRIBUTES and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        _check_format(value.__self__)

        @functools.wraps(wrapper)
        def checked(*args: Any, **kwargs: Any) -> str:
            budget = current()
            result = wrapper(*args, **kwargs)
            return result if budget is None else budget.made(result)
        return checked

    def handle_exception(self, source: str | None = None) -> Any:
        """Keep the real traceback: :func:`failing_tag` reads the compiled template's frames."""
        raise  # noqa: PLE0704 - called inside Jinja's ``except`` blocks

    def parse(self, source: str, *args: Any, **kwargs: Any) -> Any:
        """Parse, keeping the source with an error so that :func:`failing_tag` can name its tag."""
        with _keeping(source):
            return super().parse(source, *args, **kwargs)

    def compile(self, source: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        """Compile, keeping the source with an error (an unknown filter is found here)."""
        with _keeping(source):
            return super().compile(source, *args, **kwargs)

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
        """Compile, keeping the source with the template so that a failure can name its tag."""
        template = super().from_string(source, globals, template_class)
        template.bdg_source = source
        return template

    def from_generated(self, source: str, code: CodeType) -> Any:
        """The template :meth:`from_string` gives for ``source``, from the code this environment
        generated for it earlier (``compile(source, raw=True)``), compiled by Python
        (:func:`bdg_docs.rendering.generated.code` reads it from its file)."""
        template = self.template_class.from_code(self, code, self.make_globals(None), None)
        template.bdg_source = source
        return template


# What the generated code calls to charge the budget (BudgetedEnvironment.call runs them as they are).
_HOOKS = (BudgetedEnvironment.step, BudgetedEnvironment.loop_items)


@contextmanager
def _keeping(source: Any) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        if isinstance(source, str) and not hasattr(exc, "bdg_source"):
            exc.bdg_source = source  # type: ignore[attr-defined]
        raise


# ------------------------------------------------------------------------------ the checks
_TOO_BIG_NUMBER = "mẫu tính ra một số quá lớn."



def _size(value: Any) -> int:
    return len(value) if isinstance(value, SIZED_VALUES) else 0


def _too_wide(number: int) -> None:
    if number > MAX_TEMPLATE_NUMBER:
        raise TooCostly(f"mẫu dùng độ rộng hoặc số lần {written(number)}, quá giới hạn {written(MAX_TEMPLATE_NUMBER)} "
                        "(MAX_TEMPLATE_NUMBER).")


def _check_binop(operator: str, left: Any, right: Any, budget: Budget) -> None:
    numbers = [x for x in (left, right) if isinstance(x, int) and not isinstance(x, bool)]
    if operator == "*" and len(numbers) == 1:
        other = right if numbers[0] is left else left
        if _size(other):
            budget.expect(_size(other) * max(numbers[0], 0))
    elif operator in ("*", "+") and len(numbers) == 2:
        if left.bit_length() + right.bit_length() > MAX_TEMPLATE_INT_BITS:
            raise TooCostly(_TOO_BIG_NUMBER)
    elif operator == "**" and len(numbers) == 2:
        if right > 0 and max(abs(left).bit_length() - 1, 0) * right > MAX_TEMPLATE_INT_BITS:
            raise TooCostly(_TOO_BIG_NUMBER)
    elif operator == "**" and isinstance(right, int) and not isinstance(right, bool):
        _too_wide(abs(right))
    elif operator == "%" and isinstance(left, str):
        _check_percent(left, right)
    elif operator == "+" and _size(left) and _size(right):
        budget.expect(_size(left) + _size(right))


def _check_percent(spec: str, values: Any) -> None:
    """``'%9999d' % x`` and ``'%*d' % (9999, x)``: widths and precisions within the limit."""
    stars = False
    for match in _PERCENT_SPEC().finditer(spec):
        for group in match.groups():
            if group == "*":
                stars = True
            elif group:
                _too_wide(int(group))
    if stars:
        for value in values if isinstance(values, tuple) else (values,):
            if isinstance(value, int) and not isinstance(value, bool):
                _too_wide(abs(value))


def _check_format(spec: str) -> None:
    """``'{:>9999}'.format(x)``: widths within the limit; a width taken from a value is refused
    (it cannot be checked before formatting)."""
    try:
        fields = list(string.Formatter().parse(spec))
    except ValueError:
        return  # str.format will raise its own error
    for _, name, format_spec, _ in fields:
        if name is not None and format_spec:
            if "{" in format_spec:
                raise TooCostly("mẫu dùng độ rộng lấy từ một giá trị trong str.format; ghi độ rộng bằng số.")
            for number in _NUMBER().findall(format_spec):
                _too_wide(int(number))


def _check_str_method(function: Any, args: tuple[Any, ...]) -> None:
    """Text methods that make something larger than their text: ljust, center, replace..."""
    owner = getattr(function, "__self__", None)
    if not isinstance(owner, str):
        return
    name = getattr(function, "__name__", "")
    width = args[0] if args and isinstance(args[0], int) and not isinstance(args[0], bool) else None
    if name in ("ljust", "rjust", "center", "zfill", "expandtabs") and width is not None:
        _too_wide(width)
    if name == "expandtabs" and (budget := current()) is not None:
        budget.expect(len(owner) + owner.count("\t") * (8 if width is None else max(width, 0)))
    elif name == "replace" and len(args) >= 2:
        _check_replace(owner, *args[:2])


def _check_replace(text: Any, old: Any, new: Any) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str) and len(new) > len(old):
        count = text.count(old) if old else len(text) + 1
        budget = current()
        if budget is not None:
            budget.expect(len(text) + count * (len(new) - len(old)))


def _budgeted_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter charged for what it goes through and what it makes, with its widths checked."""

    @functools.wraps(function)  # keeps Jinja's pass_context / pass_eval_context marks
    def filtered(*args: Any, **kwargs: Any) -> Any:
        # A budget even outside a render: Jinja calls a filter of constants while compiling.
        with budget() as running:
            values = [a for a in args if not _is_jinja_state(a)]
            if values and name in ITERATING:
                running.step(_length(values[0]))
            elif values and isinstance(values[0], str):
                running.made(values[0])  # a text filter reads all of its text
            _check_filter(name, values, kwargs)
            return running.made(function(*args, **kwargs))
    return filtered


def _is_jinja_state(value: Any) -> bool:
    """The context, evaluation context or environment Jinja passes some filters first."""
    return isinstance(value, (Context, nodes.EvalContext, Environment))


def _length(value: Any) -> int:
    try:
        return len(value)
    except TypeError:
        return 1


def _check_filter(name: str, values: list[Any], kwargs: dict[str, Any]) -> None:
    if not values:
        return
    value, rest = values[0], [*values[1:], *kwargs.values()]
    numbers = [x for x in rest if isinstance(x, int) and not isinstance(x, bool)]
    if name in ("center", "batch", "slice", "indent", "truncate"):
        for number in numbers:
            _too_wide(abs(number))
    if name == "indent" and numbers and isinstance(value, str):
        budget = current()
        if budget is not None:
            budget.expect(len(value) + numbers[0] * (value.count("\n") + 1))
    elif name == "format" and isinstance(value, str):
        _check_percent(value, tuple(values[1:]))
    elif name == "replace" and len(values) >= 3:
        _check_replace(str(value), values[1], values[2])


# ----------------------------------------------------------------------- naming the tag
def failing_tag(exc: BaseException) -> str | None:
    """The tag of a template that raised ``exc``, as written in the template (``{{ x * 9 }}``),
    or None when the failure is not in a tag (a damaged file, the XML after rendering).

    The compiled template's frames give the line of its generated code; the same source compiled
    again with every tag on a line of its own maps that line to one tag (the generated code has
    the same lines: only the template's line numbers differ)."""
    from jinja2 import TemplateSyntaxError

    if isinstance(exc, TemplateSyntaxError):
        source = getattr(exc, "bdg_source", None)
        return _tag_of_syntax_error(source) if source else None
    found = None
    tb = exc.__traceback__
    while tb is not None:
        template = tb.tb_frame.f_globals.get("__jinja_template__")
        if template is not None and getattr(template, "bdg_source", None) is not None:
            found = template, tb.tb_lineno
        tb = tb.tb_next
    if found is None:
        return None
    template, code_line = found
    tagged, starts = _one_tag_per_line(template.bdg_source)
    try:
        line = template.environment.from_string(tagged).get_corresponding_lineno(code_line)
    except Exception:
        return None
    return _tag_at(template.bdg_source, starts, line)


def _tag_of_syntax_error(source: str) -> str | None:
    from jinja2 import TemplateSyntaxError

    tagged, starts = _one_tag_per_line(source)
    try:
        BudgetedEnvironment().from_string(tagged)
    except TemplateSyntaxError as again:
        return _tag_at(source, starts, again.lineno)
    except Exception:
        return None
    return None


def _one_tag_per_line(source: str) -> tuple[str, list[tuple[int, int]]]:
    """``source`` with a line feed inside each tag, right after ``{{`` or ``{%`` (whitespace
    there changes nothing), and for each tag the line its content starts on and its offset."""
    out, starts, line, last = [], [], 1, 0
    for match in _TAG_START().finditer(source):
        out.append(source[last:match.end()])
        line += source.count("\n", last, match.end()) + 1
        starts.append((line, match.start()))
        out.append("\n")
        last = match.end()
    out.append(source[last:])
    return "".join(out), starts


def _tag_at(source: str, starts: list[tuple[int, int]], line: int) -> str | None:
    """The tag whose content covers ``line`` of the one-tag-per-line source, as written."""
    before = [offset for start, offset in starts if start <= line]
    if not before:
        return None
    offset = before[-1]
    tag = source[offset:_tag_end(source, offset)]
    tag = " ".join(re.sub(r"<[^>]*>", "", tag).split())
    return tag if len(tag) <= 120 else tag[:119] + "…"


def _tag_end(source: str, offset: int) -> int:
    """Where the tag starting at ``offset`` ends: its ``}}`` or ``%}`` outside quotes."""
    closing, quote, i = _TAG_END[source[offset + 1]], None, offset + 2
    while i < len(source) - 1:
        char = source[i]
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif source.startswith(closing, i):
            return i + 2
        i += 1
    return min(len(source), offset + 80)
