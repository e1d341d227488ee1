"""What one render of a template may spend, and the calls of the generated code that charge it.

The budget is :mod:`bdg_docs.rendering.sandbox`'s (read there how a render is charged); it lives
here, without Jinja, because the shipped template's parts also run without Jinja
(:mod:`bdg_docs.rendering.generated`) and are charged by the same functions.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Iterator

from markupsafe import Markup, escape

from bdg_docs.limits import MAX_TEMPLATE_STEPS, MAX_TEMPLATE_TEXT, written

# What a template can build whose size is its length.
SIZED_VALUES = (str, list, tuple, dict, set, frozenset, bytes)
# What a loop goes through exactly len() times (no template can make a subclass that would not).
_SIZED = (list, tuple, str, dict, range)


class TooCostly(Exception):
    """A template went past its budget; the message says which limit, in Vietnamese."""


class Budget:
    """What one render may still spend."""

    __slots__ = ("steps", "text", "depth")

    def __init__(self) -> None:
        self.steps = MAX_TEMPLATE_STEPS
        self.text = MAX_TEMPLATE_TEXT
        self.depth = 0

    def step(self, count: int = 1) -> None:
        self.steps -= count
        if self.steps < 0:
            raise TooCostly(f"mẫu lặp hoặc gọi hàm quá {written(MAX_TEMPLATE_STEPS)} lần trong một văn bản "
                            "(giới hạn MAX_TEMPLATE_STEPS).")

    def loop(self, count: int, static: int) -> None:
        """Charge a loop of ``count`` iterations, each writing ``static`` characters of the
        template's own text, before it runs. Item by item, iteration k would fail on its step
        when k > steps, on its text when k * static > text: the limit reached first (the step on
        a tie, as it is charged first) is the one named."""
        by_step = self.steps + 1
        by_text = self.text // static + 1 if static else count + 1
        if by_step <= min(count, by_text):
            self.step(count)
        elif by_text <= count:
            self.spend(count * static)
        self.steps -= count
        self.text -= count * static

    def made(self, value: Any) -> Any:
        """Charge what a template built or output; give it back (called for every output: kept
        to one call)."""
        size = len(value) if isinstance(value, SIZED_VALUES) else 0
        if size > self.text:
            self.expect(size)
        self.text -= size
        return value

    def spend(self, size: int) -> None:
        """Charge ``size`` characters (or items)."""
        self.expect(size)
        self.text -= size

    def expect(self, size: int) -> None:
        """Refuse, before building it, something of ``size`` characters or items."""
        if size > self.text:
            raise TooCostly(f"mẫu tạo ra quá {written(MAX_TEMPLATE_TEXT)} ký tự trong một văn bản "
                            "(giới hạn MAX_TEMPLATE_TEXT).")


_BUDGET: ContextVar[Budget | None] = ContextVar("bdg_docs_template_budget", default=None)


@contextmanager
def budget() -> Iterator[Budget]:
    """The budget of one render: a new one, or the one already running (a document's parts
    share one budget)."""
    running = _BUDGET.get()
    if running is not None:
        yield running
        return
    token = _BUDGET.set(Budget())
    try:
        yield _BUDGET.get()  # type: ignore[misc]
    finally:
        _BUDGET.reset(token)


def current() -> Budget | None:
    """The budget of the render under way (None while compiling)."""
    return _BUDGET.get()


# -------------------------------------------------------------- called by the generated code
def step(static: int) -> bool:
    """A loop iteration writing ``static`` characters of the template's own text."""
    budget = current()
    if budget is not None:
        budget.step()
        budget.spend(static)
    return True


def loop_items(items: Any, static: int) -> Any:
    """The items of a loop whose iterations each write ``static`` characters of the template's
    own text, charged."""
    budget = current()
    if budget is None:
        return items
    if isinstance(items, _SIZED):
        budget.loop(len(items), static)
        return items
    return _stepping(items, static, budget)


def output(value: Any) -> Markup:
    """A ``{{ ... }}`` output: charged as :func:`charged` charges it, and escaped unless it is
    markup already."""
    charged(value)
    return value if type(value) is Markup else escape(value)


def charged(value: Any) -> Any:
    """Every ``{{ ... }}`` output is charged (Jinja's ``finalize``; not at compile time: constants)."""
    budget = _BUDGET.get()
    return value if budget is None else budget.made(value)


def _stepping(items: Any, static: int, budget: Budget) -> Iterator[Any]:
    """The items of a loop whose length is not known beforehand, a step each."""
    for item in items:
        budget.step()
        budget.spend(static)
        yield item
