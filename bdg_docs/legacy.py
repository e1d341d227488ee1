"""Vietnamese text typed in a legacy encoding and pasted as if it were Unicode.

Before Unicode, Vietnamese was typed in 8-bit encodings shown with special fonts: TCVN3 (ABC)
with ``.VnTime``, VNI with ``VNI-Times``. Copied out of an old file without its font, such text
turns into Latin-1 letters and symbols: ``Céng hoµ x· héi`` (TCVN3), ``Coäng hoøa xaõ hoäi``
(VNI). This module tells such text apart from real Vietnamese and converts it.

Detection works word by word: a word made only of ASCII and Latin-1 characters that is not a
Vietnamese syllable but becomes one once converted is a legacy word. Two such words (or one, in
a text of one or two words) make the text legacy. Real Unicode Vietnamese is never flagged: its
words are syllables already, and most of them hold letters beyond Latin-1 (``ạ``, ``ư``, ``đ``).

>>> detect("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
'tcvn3'
>>> to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3")
'Cộng hoà xã hội chủ nghĩa Việt Nam'
>>> to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni")
'Cộng hòa xã hội chủ nghĩa Việt Nam'
>>> detect("Cộng hòa xã hội chủ nghĩa Việt Nam") is None
True
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

Encoding = Literal["tcvn3", "vni"]
NAMES: dict[str, str] = {"tcvn3": "TCVN3 (ABC, phông .VnTime)", "vni": "VNI (phông VNI-Times)"}

# TCVN3 (TCVN 5712:1993, VN3): one byte per letter. Capitals with diacritics were typed with a
# separate font (.VnTimeH) on the lowercase codes, so they come back as lowercase.
_TCVN3 = dict(zip(
    "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉË®ÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\xadøõö÷ùýúûüþ¡¢§£¤¥¦",
    "áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵĂÂĐÊÔƠƯ",
))

# VNI: a base letter followed by a mark character, or a single character for some letters.
_VNI_LOWER_MARKS = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_LOWER_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_LOWER_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
               "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ", "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ"}


def _vni_table() -> list[tuple[str, str]]:
    """Pairs (VNI spelling, Unicode), longest first."""
    pairs: list[tuple[str, str]] = []
    for upper in (False, True):
        case = str.upper if upper else (lambda s: s)
        marks = {case(k): v for k, v in _VNI_LOWER_MARKS.items()}
        hats = {case(k): v for k, v in _VNI_LOWER_HAT.items()}
        breves = {case(k): v for k, v in _VNI_LOWER_BREVE.items()}
        for base in "aeiouy":
            for mark, combining in marks.items():
                pairs.append((case(base) + mark, case(base) + combining))
        for base in "aeo":
            for mark, combining in hats.items():
                pairs.append((case(base) + mark, case(base) + "\u0302" + combining))
        for mark, combining in breves.items():
            pairs.append((case("a") + mark, case("a") + "\u0306" + combining))
        for base in ("ơ", "ư"):  # ô/ö then a tone mark
            single = next(k for k, v in _VNI_SINGLE.items() if v == case(base))
            for mark, combining in marks.items():
                pairs.append((single + mark, case(base) + combining))
    pairs += list(_VNI_SINGLE.items())
    pairs = [(k, unicodedata.normalize("NFC", v)) for k, v in pairs]
    return sorted(pairs, key=lambda kv: -len(kv[0]))


@lru_cache(maxsize=1)
def _vni() -> tuple[re.Pattern[str], dict[str, str]]:
    """Any VNI spelling (the longest that matches), and the Unicode of each: built when VNI text is
    first converted, not at import (a render converts none)."""
    table = _vni_table()
    return re.compile("|".join(re.escape(k) for k, _ in table)), dict(table)

_INITIAL = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]"
_NUCLEUS = ("uyê|uya|uyu|iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|"
            "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|"
            "[aăâeêioôơuưy]")
_SYLLABLE = re.compile(rf"(?:{_INITIAL})?(?:{_NUCLEUS})(?:ng|nh|ch|[cmnpt])?")
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_WORD = re.compile(r"[^\s\d!-/:-@\[-`{-~]+")  # runs of anything but spaces, digits, ASCII punctuation
_LATIN1 = re.compile("[\u00a0-\u00ff]")
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")  # letters only real Unicode Vietnamese has
# Bounds of the counts detect compares, found without splitting words. A word that could be
# legacy and has no letter of _VIETNAMESE has a character of U+0080-U+00FF other than â, ê, ô:
# there are no more of them than of those characters (counted on the text's Latin-1 bytes). A
# space-separated part with a letter of _VIETNAMESE beyond U+00FF holds a word only real Unicode
# has (it cannot be legacy).
_NOT_LEGACY_ONLY = bytes(range(0x80)) + "âêôÂÊÔ".encode("latin-1")
_BEYOND_LATIN1_WORD = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9][^ ]*")


def _told_unicode(text: str) -> bool:
    """No more of the text's words could be legacy than only real Unicode has, as the bounds show."""
    could_be_legacy = len(text.encode("latin-1", "ignore").translate(None, _NOT_LEGACY_ONLY))
    if could_be_legacy == 0:
        return True
    for found, _ in enumerate(_BEYOND_LATIN1_WORD.finditer(text), 1):
        if found >= could_be_legacy:
            return True  # enough: the rest of the text is not searched
    return False


def is_syllable(word: str) -> bool:
    """A Vietnamese syllable (in Unicode), tone marks at most one."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(ch in "\u0300\u0301\u0303\u0309\u0323" for ch in decomposed) > 1:
        return False
    bare = unicodedata.normalize("NFC", decomposed.translate(_TONES))
    return bool(_SYLLABLE.fullmatch(bare))


def to_unicode(text: str, encoding: Encoding) -> str:
    """Convert the whole of ``text`` from a legacy encoding (as pasted) to Unicode (NFC)."""
    if encoding == "tcvn3":
        return "".join(_TCVN3.get(ch, ch) for ch in text)
    spellings, unicode = _vni()
    return spellings.sub(lambda m: unicode[m.group()], text)


# A syllable has at most 8 letters (initial, nucleus, final: ngh+uyê+ng); a legacy spelling at
# most two characters for each (VNI's base letter and mark): a longer word is never legacy.
_LONGEST_LEGACY = 16


@lru_cache(maxsize=1 << 15)
def _legacy_word(word: str, encoding: Encoding) -> bool:
    """``word`` (a candidate) is not a syllable but becomes one converted from ``encoding``.
    Words repeat (a language has a few thousand syllables): each is examined once per process."""
    return not is_syllable(word) and is_syllable(to_unicode(word, encoding))


_CANDIDATE, _UNICODE = 1, 2  # what a word is: a possible legacy word; a word only real Unicode has
_KINDS: dict[str, int] = {}  # the kind of each short word seen (words repeat: examined once)
_KINDS_KEPT = 1 << 16


def _kind(word: str) -> int:
    # Legacy syllables mix ASCII letters with Latin-1 ones, and nothing beyond.
    candidate = len(word) >= 2 and not word.isascii() and max(word) <= "\u00ff" and any(c.isascii() for c in word)
    return (_CANDIDATE if candidate else 0) | (_UNICODE if _VIETNAMESE.search(word) else 0)


def _kinds(words: list[str]) -> list[int]:
    kinds = list(map(_KINDS.get, words))
    if None in kinds:
        if len(_KINDS) > _KINDS_KEPT:
            _KINDS.clear()
        for i, word in enumerate(words):
            if kinds[i] is None:
                kinds[i] = kind = _kind(word)
                if len(word) <= _LONGEST_LEGACY:
                    _KINDS[word] = kind
    return kinds  # type: ignore[return-value]


def detect(text: str) -> Encoding | None:
    """The legacy encoding ``text`` seems typed in, or None for ordinary (Unicode) text.

    Legacy words must be at least two (one in a text of one or two words), at least a third of
    the words, and more than the words typed in real Unicode Vietnamese (``ạ``, ``ư``, ``đ``...).
    Only words that could be legacy are examined, and only when they are enough to decide.
    """
    if not _LATIN1.search(text):
        return None
    if _told_unicode(text):
        return None  # most texts
    words = _WORD.findall(text)
    kinds = _kinds(words)
    both = kinds.count(_CANDIDATE | _UNICODE)
    possible, unicode_words = kinds.count(_CANDIDATE) + both, kinds.count(_UNICODE) + both
    if possible <= unicode_words or possible * 3 < len(words):
        return None  # too few words could be legacy, whatever they are
    candidates = [word for word, kind in zip(words, kinds) if kind & _CANDIDATE]
    scores = {enc: sum(len(word) <= _LONGEST_LEGACY and _legacy_word(word, enc) for word in candidates)
              for enc in ("tcvn3", "vni")}
    best: Encoding = max(scores, key=lambda enc: scores[enc])  # type: ignore[arg-type]
    legacy = scores[best]
    if legacy <= unicode_words or legacy * 3 < len(words):
        return None
    return best if legacy >= 2 or (legacy == 1 and len(words) <= 2) else None


def convert(text: str) -> str:
    """``text`` in Unicode: converted if it is in a legacy encoding, else unchanged."""
    encoding = detect(text)
    return text if encoding is None else to_unicode(text, encoding)


__all__ = ["NAMES", "convert", "detect", "is_syllable", "to_unicode"]
