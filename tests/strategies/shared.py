"""Strategies for the parts every document shares, and for hostile text.

Text is drawn from what officers paste and what breaks template engines: XML specials,
Jinja-looking text (it must appear literally and never be evaluated), the library's own inline
markup characters (taken literally: the data is escaped), emoji and other non-BMP characters,
decomposed Vietnamese (NFD) and stray combining marks, right-to-left marks and scripts, very
long words, tabs and line breaks inside a paragraph, and any other character XML can hold.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hypothesis import strategies as st

from bdg_docs.models.header import Ngay
from bdg_docs.models.inline import escape
from bdg_docs.profiles import Profile, ProfileRegistry

VIET = ["Ủy ban", "nhân dân", "bình đẳng giới", "phụ nữ", "Việt Nam", "truyền thông", "Đông Sơn",
        "năm 2026", "tiến bộ", "xã", "Nghị định", "được", "người", "Hội Liên hiệp"]
XML = ["&", "<", ">", '"', "'", "&amp;", "&#123;", "<w:t>", "</w:p>", "]]>", "<![CDATA[", "\\", "&nbsp;"]
JINJA = ["{{ 7*7 }}", "{% if %}", "{#", "#}", "{%p endfor %}", "{{r x }}", "{{p x }}", "{_{", "%_}", "}}",
         "{{", "{%", "%}", "{{ ''.__class__ }}", "{{ lipsum.__globals__ }}", "${x}", "{x}"]
MARKUP = ["*", "**", "***", "[^a]", "[@b]", "\\*", "_x_", "./.", "- ", "+ "]
RTL = ["\u200f", "\u200e", "\u202b", "\u202c", "\u2067", "\u061c", "שלום", "مرحبا"]
EMOJI = ["😀", "👩‍👩‍👧", "🇻🇳", "𠀀", "𝕏", "🏳️‍🌈", "\U0001f9d1\U0001f3fd"]
# XML 1.0 cannot hold these; input hygiene rejects them (tests/test_hygiene.py), so valid
# documents never contain them. "\r" is turned into "\n".
NOT_IN_VALID_TEXT = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20)])) + "\ufffe\uffff"

ANY_CHAR = st.characters(blacklist_categories=("Cs",), blacklist_characters=NOT_IN_VALID_TEXT)


def nfc(text: str) -> str:
    """What a text field holds after input hygiene: NFC, line feeds, stripped."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def words() -> st.SearchStrategy[str]:
    viet = st.sampled_from(VIET).flatmap(lambda w: st.sampled_from([w, unicodedata.normalize("NFD", w)]))
    combining = st.tuples(st.sampled_from("aeioyAEOU<>*"),
                          st.lists(st.characters(whitelist_categories=("Mn",)), min_size=1, max_size=3))
    return st.one_of(
        viet,
        st.sampled_from(XML + JINJA + MARKUP + RTL + EMOJI),
        st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF).map(str),
        combining.map(lambda t: t[0] + "".join(t[1])),
        st.integers(200, 2500).map(lambda n: ("Nghịđịnhsố" * (n // 10 + 1))[:n]),  # a very long word
        st.text(ANY_CHAR, min_size=1, max_size=12),
    )


def _joined(separators: list[str]) -> st.SearchStrategy[str]:
    """A Vietnamese word first (so the text is never blank), then words and separators."""
    rest = st.lists(st.tuples(st.sampled_from(separators), words()), max_size=8)
    return st.tuples(st.sampled_from(VIET), rest).map(lambda t: t[0] + "".join(s + w for s, w in t[1]))


def line_texts() -> st.SearchStrategy[str]:
    """One line of hostile text (names, headings): no tab or line break."""
    return _joined([" ", "  ", ""])


def texts() -> st.SearchStrategy[str]:
    """A paragraph of hostile text: tabs and line breaks inside, blanks around."""
    blank = st.sampled_from(["", " ", "\n", " \t", "\r\n"])
    body = _joined([" ", "  ", "", "\t", "\n", "\r\n", " \n "])
    return st.tuples(blank, body, blank).map("".join)


@dataclass
class Sample:
    """Valid data for one document, and the texts the rendered file must show.

    ``expect`` maps a place (``than`` the body, ``co_quan`` the issuer cell, ``so`` the cell of
    the number line and a Công văn's V/v, ``noi_nhan``,
    ``chu_ky``, ``chu_thich`` the footnotes) to the texts expected there, in reading order;
    other text may come between them.
    """

    data: dict[str, Any]
    expect: dict[str, list[str]] = field(default_factory=dict)

    def want(self, place: str, text: str) -> None:
        self.expect.setdefault(place, []).append(text)


def literal(raw: str) -> str:
    """Data for a text field that must show ``raw`` as it is (no markup)."""
    return escape(raw)


def recipient_names() -> st.SearchStrategy[str]:
    """A recipient: ND30 punctuation is the library's, so data must not end with it."""
    return line_texts().filter(lambda n: not nfc(n).endswith((";", ".", ",")) or nfc(n).endswith("./."))


@st.composite
def content(draw: st.DrawFn, sample: Sample, *, min_size: int = 1, max_size: int = 4) -> list[Any]:
    """A content list (paragraphs and dash bullets with + sub-bullets), with its expectations."""
    out: list[Any] = []
    for _ in range(draw(st.integers(min_size, max_size))):
        if draw(st.booleans()):
            raw = draw(texts())
            out.append(literal(raw))
            sample.want("than", nfc(raw))
            continue
        bullets = []
        for raw in draw(st.lists(texts(), min_size=1, max_size=4)):
            subs = draw(st.lists(texts(), max_size=2))
            bullets.append({"noi_dung": literal(raw), "cong": [literal(s) for s in subs]})
            sample.want("than", "- " + nfc(raw))
            for sub in subs:
                sample.want("than", "+ " + nfc(sub))
        out.append({"gach": bullets})
    return out


@st.composite
def shared_parts(draw: st.DrawFn, sample: Sample) -> None:
    """Issuer, date, Nơi nhận and signature: put in ``sample.data``, with their expectations."""
    from bdg_docs.nd30.header import upper

    issuer = draw(st.lists(line_texts(), min_size=1, max_size=3))
    sample.data["co_quan"] = {"ten": issuer}  # plain text fields: no markup to escape
    for line in issuer:
        sample.want("co_quan", upper(nfc(line)))
    sample.data["so"] = draw(st.none() | st.integers(1, 9999))
    sample.data["dia_danh"] = draw(st.sampled_from(["Đông Sơn", "Triệu Sơn", "Hà Nội"]))
    day = draw(st.none() | st.integers(1, 28))
    sample.data["ngay"] = {"ngay": day, "thang": None if day is None else draw(st.integers(1, 12)),
                           "nam": draw(st.integers(2020, 2030))}
    count = draw(st.sampled_from([0, 1, 3, 12]))
    names = draw(st.lists(recipient_names(), min_size=count, max_size=count))
    sample.data["noi_nhan"] = {"danh_sach": names, "luu": draw(st.none() | st.just("VHXH"))}
    for name in names:
        sample.want("noi_nhan", f"- {' '.join(nfc(name).split())};")
    stack = draw(st.sampled_from([["Chủ tịch"], ["KT. Chủ tịch", "Phó Chủ tịch"],
                                  ["TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"]]))
    name = draw(line_texts())
    sample.data["chu_ky"] = {"chuc_danh": stack, "ho_ten": name}
    sample.want("chu_ky", " ".join(nfc(name).split()))


# Shipped profiles with the dates their documents may carry: a district up to 30/6/2025, the
# communes and wards that follow it, a province on either side of the reform.
LOCALITIES = {
    "trieu_son": (date(2020, 1, 1), date(2025, 6, 30)),
    "xa_trieu_son": (date(2025, 7, 1), date(2030, 12, 31)),
    "phuong_hoan_kiem": (date(2025, 7, 1), date(2030, 12, 31)),
    "thanh_hoa": (date(2020, 1, 1), date(2030, 12, 31)),
}


@st.composite
def locality_parts(draw: st.DrawFn, sample: Sample) -> Profile:
    """The shared parts of a document that names its locality (``dia_phuong``) and writes only
    the signer's name: issuer, place, Nơi nhận, the signer's title (and the symbol, which the
    caller expects) come from the profile. Returns the profile resolved for the document's date."""
    key = draw(st.sampled_from(sorted(LOCALITIES)))
    day = draw(st.dates(*LOCALITIES[key]))
    ngay = {"ngay": day.day, "thang": day.month, "nam": day.year} if draw(st.booleans()) else {"nam": day.year}
    span = Ngay.model_validate(ngay)
    profile = ProfileRegistry.shipped().resolve(key, span.earliest(), span.bound())
    sample.data.update(dia_phuong=key, ngay=ngay, so=draw(st.none() | st.integers(1, 9999)))
    for line in profile.co_quan.dong_ten:
        sample.want("co_quan", line)
    for name in profile.noi_nhan:
        sample.want("noi_nhan", f"- {name};")
    name = draw(line_texts())
    sample.data["chu_ky"] = {"ho_ten": name}
    sample.want("chu_ky", " ".join(nfc(name).split()))
    return profile
