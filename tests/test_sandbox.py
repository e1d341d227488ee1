"""Untrusted templates: escape attempts fail with a clear error, mismatched variables are
reported before rendering, and rendering never changes the template."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bdg_docs
from bdg_docs.rendering import engine
from bdg_docs.rendering.zipfile_fixed import read_zip, write_zip
from tests.minimal import MINIMAL

ESCAPES = [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ lipsum.__globals__ }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ range.__self__ }}",
    "{{ joiner.__init__.__code__ }}",
    "{{ co_quan.append('x') }}",
    "{{ so.__class__.__base__ }}",
    "{% for c in ''.__class__.__mro__ %}{{ c }}{% endfor %}",
    "{{ self._TemplateReference__context }}",
]


def hostile(tmp_path: Path, tag: str, part: str = "word/document.xml", old: str = "{{ ho_ten }}") -> Path:
    """The package's template with ``tag`` added next to ``old`` in ``part``."""
    parts = dict(read_zip(engine.template_path().read_bytes()))
    xml = parts[part].decode("utf-8")
    assert old in xml
    parts[part] = xml.replace(old, old + tag.replace("'", "&apos;"), 1).encode("utf-8")
    path = tmp_path / "mau_tinh.docx"
    path.write_bytes(write_zip(parts.items()))
    return path


@pytest.fixture(scope="module")
def plan():
    return bdg_docs.loads(MINIMAL)


@pytest.mark.parametrize("tag", ESCAPES)
def test_reaching_for_python_internals_fails_with_a_clear_error(tmp_path: Path, plan, tag: str):
    path = hostile(tmp_path, tag)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    # lipsum is not even there (it writes text without bound): the template's variables name it
    with pytest.raises(bdg_docs.TemplateError,
                       match="Mẫu mau_tinh.docx(, thẻ «.*»)?:? (không an toàn|dùng giá trị không có|dùng biến không có)") as caught:
        bdg_docs.render(plan, template=path)
    assert "Traceback" not in str(caught.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_escape_attempts_in_a_footnote_are_refused_too(tmp_path: Path, plan):
    path = hostile(tmp_path, "{{ cycler.__init__.__globals__ }}", part="word/footnotes.xml", old="{{ ghi_chu.runs }}")
    with pytest.raises(bdg_docs.TemplateError, match="không an toàn"):
        bdg_docs.render(bdg_docs.load("fixtures/ke_hoach_truyen_thong_trieu_son_2022.yaml"), template=path)


def test_a_variable_the_document_does_not_have_is_reported_before_rendering(tmp_path: Path, plan):
    path = hostile(tmp_path, "{{ ten_tinh }}{{ pho_chu_tich }}")
    with pytest.raises(bdg_docs.TemplateError, match="dùng biến không có trong văn bản: pho_chu_tich, ten_tinh"):
        bdg_docs.render(plan, template=path)


def test_a_template_without_a_place_for_the_body_is_refused(tmp_path: Path, plan):
    path = hostile(tmp_path, "", old="{{r doan.runs }}")
    parts = dict(read_zip(path.read_bytes()))
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"{{r doan.runs }}", b"").replace(
        b"{%p for doan in than %}", b"{%p for doan in [] %}")
    path.write_bytes(write_zip(parts.items()))
    with pytest.raises(bdg_docs.TemplateError, match="không có chỗ cho: than"):
        bdg_docs.render(plan, template=path)


@pytest.mark.parametrize("damage", [b"", b"PK\x03\x04 not a zip", b"{% if %}"])
def test_a_damaged_or_broken_template_is_a_template_error(tmp_path: Path, plan, damage: bytes):
    if damage == b"{% if %}":
        path = hostile(tmp_path, "{% if %}")
    else:
        path = tmp_path / "hong.docx"
        path.write_bytes(damage)
    with pytest.raises(bdg_docs.TemplateError):
        bdg_docs.render(plan, template=path)


def test_the_package_template_uses_every_value_and_renders_in_the_sandbox(plan):
    from docxtpl import DocxTemplate

    from bdg_docs.rendering.inspect import template_variables

    names = template_variables(DocxTemplate(str(engine.template_path())), engine._jinja_env())
    assert {"than", "chu_thich", "noi_nhan", "tieu_de_tep", "ho_ten"} <= names
    assert engine._jinja_env().is_safe_attribute("", "__class__", None) is False


@pytest.mark.parametrize("tag, why", [
    ("{{ 'x' * 1000000000 }}", "MAX_TEMPLATE_TEXT"),
    ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}", "MAX_TEMPLATE_STEPS"),
    ("{{ so|wordwrap(3) }}", "không có bộ lọc 'wordwrap'"),
    ("{{ 1 / 0 }}", "ZeroDivisionError"),
], ids=["text", "steps", "filter", "zero"])
def test_a_failing_tag_is_named_as_written_in_the_template(tmp_path: Path, plan, tag: str, why: str):
    path = hostile(tmp_path, tag)
    with pytest.raises(bdg_docs.TemplateError, match=why) as caught:
        bdg_docs.render(plan, template=path)
    failing = "{% for b in range(100000) %}" if "for b" in tag else tag
    assert caught.value.template == "mau_tinh.docx" and caught.value.tag == failing
    assert f"Mẫu mau_tinh.docx, thẻ «{failing}»" in str(caught.value)


def test_each_render_gets_a_whole_budget_of_its_own(monkeypatch):
    """Renders in a row do not add up: each starts from the limits (the largest plan allowed,
    10,000 bullets, takes 10,000 steps and 7 million characters of 500,000 and 30 million)."""
    from bdg_docs.limits import MAX_TEMPLATE_STEPS
    from bdg_docs.rendering import budget

    plan = bdg_docs.loads(MINIMAL)
    bdg_docs.render(plan)
    spent = []
    real = budget.Budget.__init__

    def counted(self):  # type: ignore[no-untyped-def]
        real(self)
        spent.append(self)

    monkeypatch.setattr(budget.Budget, "__init__", counted)
    for _ in range(3):
        bdg_docs.render(plan)
    assert len(spent) == 3 and len({(b.steps, b.text) for b in spent}) == 1
    assert 0 < MAX_TEMPLATE_STEPS - spent[0].steps < 100
    assert budget.current() is None


@given(steps=st.integers(0, 60), text=st.integers(0, 600), count=st.integers(0, 80), static=st.integers(0, 40))
def test_a_loop_charged_at_once_fails_as_it_would_item_by_item(steps: int, text: int, count: int, static: int):
    """The limit a loop of known length is refused for, and what it leaves, are those of charging
    its iterations one by one (a step, then its text)."""
    from bdg_docs.rendering.sandbox import Budget, TooCostly

    def outcome(charge):  # type: ignore[no-untyped-def]
        budget = Budget()
        budget.steps, budget.text = steps, text
        try:
            charge(budget)
        except TooCostly as exc:
            return str(exc)
        return budget.steps, budget.text

    def item_by_item(budget):  # type: ignore[no-untyped-def]
        for _ in range(count):
            budget.step()
            budget.spend(static)

    assert outcome(lambda budget: budget.loop(count, static)) == outcome(item_by_item)


@pytest.mark.parametrize("loop, why", [
    ("{% for b in range(100000)|list %}{% endfor %}", "MAX_TEMPLATE_STEPS"),  # a list: charged at once
    ("{% for b in range(100000)|reject('none') %}{% endfor %}", "MAX_TEMPLATE_STEPS"),  # a generator: item by item
    ("{% for b in range(100000) %}" + "x" * 400 + "{% endfor %}", "MAX_TEMPLATE_TEXT"),
])
def test_loops_are_charged_whatever_their_items(loop: str, why: str):
    from jinja2 import DictLoader

    from bdg_docs.rendering.sandbox import BudgetedEnvironment, TooCostly

    env = BudgetedEnvironment()
    env.loader = DictLoader({"t": "{% for a in range(100000) %}" + loop + "{% endfor %}"})
    with pytest.raises(TooCostly, match=why):
        env.get_template("t").render()


def test_a_dict_key_reads_as_jinja_reads_it():
    """``d.key`` is the item unless ``key`` names a method of dict, as in Jinja's own sandbox."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from bdg_docs.rendering.sandbox import BudgetedEnvironment

    source = "{{ d.a }}|{{ d.items is callable }}|{{ d.missing is defined }}|{{ d.__class__ is defined }}"
    values = {"d": {"a": 1, "items": 2, "__class__": 3}}
    expected = ImmutableSandboxedEnvironment().from_string(source).render(values)
    assert BudgetedEnvironment().from_string(source).render(values) == expected == "1|True|False|False"


def test_an_output_is_charged_and_escaped_unless_it_is_markup():
    from markupsafe import Markup

    from bdg_docs.rendering.sandbox import BudgetedEnvironment, TooCostly

    env = BudgetedEnvironment()
    assert env.from_string("{{ a }}{{ b }}{{ 7 }}").render(a="<x>&", b=Markup("<y/>")) == "&lt;x&gt;&amp;<y/>7"
    with pytest.raises(TooCostly, match="MAX_TEMPLATE_TEXT"):  # the same text, output 5,000 times
        env.from_string("{% for i in range(5000) %}{{ s }}{% endfor %}").render(s="x" * 10_000)
