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
