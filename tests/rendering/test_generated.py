"""The shipped template's parts run from their generated code without Jinja
(``rendering/generated.py``): every document renders there without falling back, and whatever
that runtime does not do is rendered by Jinja, with the same text, error and budget."""
from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from markupsafe import Markup

from bdg_docs.rendering import budget as budget_module
from bdg_docs.rendering import engine
from bdg_docs.rendering.context import build_context
from bdg_docs.rendering.generated import GeneratedPart
from tests.conftest import TRIEU_SON
from tests.strategies import PROPERTY, STRATEGIES
from tests.test_fast_path import _documents, page_of


def _prepared() -> engine.PreparedTemplate:
    return engine.PreparedTemplate(engine.template_path().read_bytes())


def _parts(prepared: engine.PreparedTemplate) -> list[Any]:
    return [prepared._body, *(t for _, t, _ in prepared._parts), *(t for _, t in prepared._footnotes),
            *(t for _, t in prepared._properties)]


def _context(prepared: engine.PreparedTemplate, path: Any = TRIEU_SON, **changes: Any) -> dict[str, Any]:
    from bdg_docs.api import load

    return {**build_context(load(path).page(), prepared.geometry), **changes}


def _fell_back(prepared: engine.PreparedTemplate) -> list[str]:
    return [part.bdg_source[:60] for part in _parts(prepared) if part._jinja is not None]


def _spent(render: Callable[[], str]) -> tuple[Any, tuple[int, int, int]]:
    """What ``render`` gives (or raises) and what it spent, on a budget of its own."""
    with budget_module.budget() as running:
        try:
            result: Any = render()
        except Exception as exc:  # noqa: BLE001 - compared below
            result = (type(exc), str(exc))
        return result, (running.steps, running.text, running.depth)


def test_every_part_of_the_shipped_template_runs_without_jinja():
    prepared = _prepared()
    parts = _parts(prepared)
    assert len(parts) == len(prepared.sources) and all(isinstance(part, GeneratedPart) for part in parts)


@pytest.mark.parametrize(("name", "text"), _documents(), ids=[name for name, _ in _documents()])
def test_every_document_renders_without_falling_back_to_jinja(name: str, text: str) -> None:
    page = page_of(text)
    if page is None:
        return
    prepared = _prepared()
    prepared.render(build_context(page, prepared.geometry), created=datetime(2026, 1, 1))
    assert _fell_back(prepared) == []


@pytest.mark.parametrize("loai", sorted(STRATEGIES))
def test_any_valid_document_renders_without_jinja_as_jinja_renders_it(loai: str) -> None:
    """The text, and the budget spent, as Jinja's."""
    from bdg_docs.documents import DOCUMENT_TYPES

    ours, jinja = _prepared(), _prepared()

    @settings(PROPERTY, max_examples=8)
    @given(STRATEGIES[loai].documents())
    def prop(sample: Any) -> None:
        context = build_context(DOCUMENT_TYPES[loai].model_validate(sample.data).page(), ours.geometry)
        for part, reference in zip(_parts(ours), _parts(jinja)):
            assert _spent(lambda: part.render(context)) == _spent(lambda: reference.jinja.render(context))

    prop()
    assert _fell_back(ours) == []


def _block(**fields: Any) -> dict[str, Any]:
    return {"style": Markup("BDGDoan"), "runs": Markup("<w:r><w:t>x</w:t></w:r>"), "keep_next": False, "bang": None,
            **fields}


# Contexts the runtime leaves to Jinja, and what Jinja does with them.
FALLING_BACK = {
    "a variable missing": lambda c: {k: v for k, v in c.items() if k != "so"},
    "a paragraph that is an object, not a dict": lambda c: {**c, "than": [SimpleNamespace(**_block())]},
    "a paragraph without its style": lambda c: {**c, "than": [{"runs": Markup("x"), "bang": None}]},
    "a table with fewer columns than the template writes": lambda c: {
        **c, "than": [_block(bang={"tieu_de": [Markup("TT")], "dong": []})]},
}
# Contexts no document gives, that the runtime renders as Jinja does.
NOT_FALLING_BACK = {
    "a text where a list of lines is expected": lambda c: {**c, "kinh_gui": Markup("Sở Nội vụ")},
    "a text of one character": lambda c: {**c, "kinh_gui": Markup("x")},
    "tuples for lists, none for the optional": lambda c: {**c, "co_quan": tuple(c["co_quan"]), "vv": None,
                                                         "ten_loai": None, "than": tuple(c["than"])},
    "plain text, escaped on the way out": lambda c: {**c, "so": "Số: 1 <&>", "ho_ten": 12},
}


@pytest.mark.parametrize(("change", "falls_back"), [*((c, True) for c in FALLING_BACK.values()),
                                                   *((c, False) for c in NOT_FALLING_BACK.values())],
                         ids=[*FALLING_BACK, *NOT_FALLING_BACK])
def test_an_unusual_context_renders_as_jinja_renders_it(change: Callable[..., Any], falls_back: bool) -> None:
    """What the runtime does not do is rendered by Jinja with the same result; what it does, it
    does as Jinja."""
    prepared = _prepared()
    context = change(_context(prepared))
    body = prepared._body
    ours = _spent(lambda: body.render(context))
    assert (body._jinja is not None) == falls_back
    assert ours == _spent(lambda: body.jinja.render(context))


def test_loops_over_items_of_unknown_length_are_charged_as_jinja_charges_them():
    prepared = _prepared()
    context = _context(prepared)

    def lazy() -> dict[str, Any]:
        return {**context, "than": iter(context["than"]), "can_cu": (item for item in context["can_cu"])}

    ours = _spent(lambda: prepared._body.render(lazy()))
    assert prepared._body._jinja is None
    assert ours == _spent(lambda: prepared._body.jinja.render(lazy()))


@pytest.mark.parametrize("limit", ["MAX_TEMPLATE_STEPS", "MAX_TEMPLATE_TEXT"])
def test_a_part_past_its_budget_fails_as_with_jinja_and_names_its_tag(limit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past a limit the part is rendered again by Jinja from the budget as it was: the same
    error, and the tag that went past it named as Jinja's frames tell it."""
    from bdg_docs.rendering.inspect import template_errors

    prepared = _prepared()
    context = _context(prepared)
    monkeypatch.setattr(budget_module, limit, 30 if limit == "MAX_TEMPLATE_STEPS" else 3000)
    body = prepared._body
    ours = _spent(lambda: body.render(context))
    assert ours[0][0] is budget_module.TooCostly and limit in ours[0][1]
    assert ours == _spent(lambda: body.jinja.render(context))
    with pytest.raises(Exception) as caught, template_errors(engine.template_path()):
        body.render(context)
    assert caught.value.tag.startswith("{% for ")  # type: ignore[attr-defined]
