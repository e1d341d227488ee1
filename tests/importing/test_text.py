"""Runs of a paragraph written as the data format's markup, checked by reading them back with the
library's parser: the same words, bold and italic where the markup can say it, footnotes and
references in place; where it cannot (bold on half a word), the words stay and the caller is told."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bdg_docs.importing.text import Ref, Seg, markup, strip
from bdg_docs.models.inline import FootnoteRef, Inline, Span
from tests.strategies import QUICK

WORDS = st.sampled_from(["trước ngày ", "15/12", " hằng năm", "(", ")", "tháng 6", "*", "**", "7*7", "[@x]", "[^1]",
                         "\\", "[", "]", " ", "chữ", "Đề nghị: ", "a_b", "x", ". ", "-", "\n"])
SEGS = st.builds(Seg, st.text(st.sampled_from("aăđ *[]\\@^_:- \n."), min_size=1, max_size=8) | WORDS,
                 st.booleans(), st.booleans())
PIECES = st.lists(SEGS | st.builds(Ref, st.sampled_from("@=$"), st.sampled_from(["qd_1", "BĐG", "nam"]),
                                   st.booleans(), st.booleans()) | st.builds(Ref, st.just("^"), st.just("ghi_chu_1")),
                  max_size=10)


def _words(parts) -> str:  # type: ignore[no-untyped-def]
    return "".join(p.text if isinstance(p, Span) else f"[{'^' if isinstance(p, FootnoteRef) else '?'}]" for p in parts)


def _expected_words(pieces) -> str:  # type: ignore[no-untyped-def]
    return "".join(p.text if isinstance(p, Seg) else ("[^]" if p.sigil == "^" else "[?]") for p in strip(pieces))


@QUICK
@given(PIECES)
def test_the_words_and_references_always_come_back(pieces):  # type: ignore[no-untyped-def]
    text, _ = markup(pieces)
    parts = Inline.parse(text).parts
    assert _words(parts) == _expected_words(pieces)
    refs = [(p.sigil, p.key) for p in strip(pieces) if isinstance(p, Ref)]
    assert [(k, key) for k, key in Inline.parse(text).refs()] == [
        ({"^": "footnote", "@": "citation", "=": "abbreviation", "$": "variable"}[s], key) for s, key in refs]


def _formatting(parts) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Each visible character with its bold and italic (white space may carry either)."""
    out: list[tuple] = []
    for p in parts:
        if isinstance(p, (Seg, Span)):
            out += [(ch, p.bold, p.italic) for ch in p.text if not ch.isspace()]
        elif isinstance(p, Ref) and p.sigil != "^":
            out.append((p.key, p.bold, p.italic))
        elif not isinstance(p, (Ref, FootnoteRef)):
            out.append((p.key, p.bold, p.italic))
    return out


@QUICK
@given(PIECES)
def test_formatting_comes_back_unless_the_caller_is_told(pieces):  # type: ignore[no-untyped-def]
    text, lost = markup(pieces)
    if not lost:
        assert _formatting(Inline.parse(text).parts) == _formatting(strip(pieces))


def test_bold_and_italic_stand_against_their_words():
    assert markup([Seg("trước ngày "), Seg("15 tháng 12 ", bold=True), Seg("hằng năm")]) == \
        ("trước ngày **15 tháng 12** hằng năm", False)
    assert markup([Seg("("), Seg("tháng 6 hằng năm", italic=True), Seg(")")]) == ("(*tháng 6 hằng năm*)", False)
    assert markup([Seg("7*7 [@x] \\ [")]) == ("7\\*7 \\[@x] \\\\ \\[", False)


def test_bold_inside_a_word_keeps_the_words_and_says_so():
    text, lost = markup([Seg("chữ"), Seg("đậm", bold=True), Seg("giữa")])
    assert lost and Inline.parse(text).plain == "chữđậmgiữa"
