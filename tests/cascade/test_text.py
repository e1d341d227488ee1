"""Texts of the province brought down: what the rules see of the markup, and what they replace."""
from __future__ import annotations

from bdg_docs.cascade.rules import compile_rules, load_rules
from bdg_docs.cascade.text import OBJECT, Slot, split, view

RULES = compile_rules(load_rules(), tinh="tỉnh Thanh Hóa", loai_tinh="tỉnh", ten_tinh="Thanh Hóa")


def _split(source: str, expand: dict[str, str] = {}):
    seen, segments = view(source, expand)
    return split(source, RULES.find(seen), segments)


def test_citations_and_values_are_objects_no_phrase_crosses():
    seen, _ = view("theo [@kh_87_2022] trên địa bàn tỉnh năm [$nam], \\*")
    assert seen == f"theo {OBJECT} trên địa bàn tỉnh năm {OBJECT}, *"


def test_a_replaced_phrase_becomes_a_slot_and_the_rest_stays_as_written():
    text = _split("Tuyên truyền **sâu rộng** trên địa bàn tỉnh theo [@kh_87_2022].")
    assert text.parts[0] == "Tuyên truyền **sâu rộng** "
    assert isinstance(text.parts[1], Slot) and text.parts[1].matched == "trên địa bàn tỉnh"
    assert text.parts[2] == " theo [@kh_87_2022]."


def test_an_abbreviation_reads_as_its_full_form_when_that_form_is_a_body():
    text = _split("[=SNV] chủ trì, phối hợp [=BĐG]", {"SNV": "Sở Nội vụ"})
    assert text.slots[0].matched == "Sở Nội vụ" and text.parts[-1] == " chủ trì, phối hợp [=BĐG]"


def test_a_phrase_across_bold_markup_is_reported_not_replaced():
    seen, segments = view("trên địa bàn **tỉnh**")
    from bdg_docs.cascade.text import source_span

    (match,) = RULES.find(seen)
    assert source_span(segments, match.start, match.end)[2]  # crosses bold: the caller leaves the task out
