"""Accent-insensitive search, as officers type on keyboards without Vietnamese input.

>>> fold("Triệu Sơn"), fold("ĐẶC KHU Phú Quốc")
('trieu son', 'dac khu phu quoc')
>>> matches("trieu son", "huyện Triệu Sơn"), matches("loc binh lang", "Lộc Bình", "Lạng Sơn")
(True, True)
"""
from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case, no diacritics, đ → d, single spaces."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.lower().split())


def matches(query: str, *texts: str) -> bool:
    """Every word of the query appears in the texts (accents, case and đ ignored)."""
    haystack = " ".join(fold(t) for t in texts)
    return all(word in haystack for word in fold(query).split())


# Two ways of placing the tone mark on oa, oe, uy: "Hóa" (new) and "Hoá" (old), "Ủy" and "Uỷ".
# Both are correct spelling; documents of one province mix them.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _placements() -> dict[str, str]:
    """Each two-letter spelling of oa, oe, uy with a tone mark → the other placement."""
    out = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for a in (first, first.upper()):
                new = unicodedata.normalize("NFC", a + tone + second)
                old = unicodedata.normalize("NFC", a + second + tone)
                out[new], out[old] = old, new
    return out


_PLACEMENTS = _placements()


def phrase_pattern(text: str) -> str:
    """A regular expression matching ``text`` as documents write it: either tone placement
    (``Thanh Hóa``, ``Thanh Hoá``), any run of spaces between words, a hyphen or an en dash.

    >>> import re
    >>> bool(re.fullmatch(phrase_pattern("Ủy ban nhân dân tỉnh Thanh Hóa"), "Uỷ ban  nhân dân tỉnh Thanh Hoá"))
    True
    """
    import re

    text = unicodedata.normalize("NFC", text)
    out, i = [], 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair in _PLACEMENTS:
            out.append(f"(?:{re.escape(pair)}|{re.escape(_PLACEMENTS[pair])})")
            i += 2
        elif text[i].isspace():
            while i < len(text) and text[i].isspace():
                i += 1
            out.append(r"\s+")
        elif text[i] in "-–":
            out.append("[-–]")
            i += 1
        else:
            out.append(re.escape(text[i]))
            i += 1
    return "".join(out)
