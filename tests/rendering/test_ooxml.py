"""Escaping text from data: every special character, whatever surrounds it."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bdg_docs.rendering import ooxml

REFERENCE = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "{": "&#123;", "}": "&#125;",
             "%": "&#37;", "#": "&#35;"}


@given(st.text(alphabet=st.sampled_from("&<>\"{}%#;a đ\n")))
def test_text_escapes_each_character_once(value: str):
    expected = "".join(REFERENCE.get(char, char) for char in value)
    assert ooxml.text(value) == expected
    assert ooxml.text_lines(value) == expected.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
