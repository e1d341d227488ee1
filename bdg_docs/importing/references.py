"""Words the library writes from data, found again in a document's text: cited documents
(``[@khoa]``), abbreviations (``[=BĐG]``) and, in a yearly document, values of its year (``[$nam]``).

The library writes a cited document in full the first time (``Quyết định số 1790/QĐ-TTg ngày
23/10/2021 của Thủ tướng Chính phủ về ...``) and short after (``Quyết định số 1790/QĐ-TTg``), and
an abbreviation with its full form the first time (``Bình đẳng giới (BĐG)``) and alone after.
:class:`References` walks the paragraphs in the order the library composes them and replaces a
stretch of words by a reference only where the reference gives back exactly those words at that
point: a document of the catalogue or the locality's profile written differently (another
issuer's name, another date form) keeps its key with the fields written as the text has them.
Documents in neither stay text, except where the data format needs a key (the superior's plan
of an annual plan, its budget decision): those are declared in ``van_ban`` from the text.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable, Iterable, Iterator, Mapping

from bdg_docs.errors import RuleViolation
from bdg_docs.models.citation import VanBan
from bdg_docs.nd30 import dates, symbols
from bdg_docs.importing.outline import Para
from bdg_docs.importing.text import Piece, Ref, Seg, merge
from bdg_docs.search import fold

_DATE = re.compile(r" ngày (?P<d>\d{1,2})(?:/(?P<m>\d{1,2})/| tháng (?P<mw>\d{1,2}) năm )(?P<y>\d{4})")
_LIEN_TU = re.compile(r" (về việc|về) ")
_SO = re.compile(r" số (?P<so>\S+?)(?=[ ,;.]| ngày)")
_ABBREVIATION = re.compile(r" \((?P<key>[A-ZĐ][A-ZĐ&]{1,11})\)")
# Types a citation names before "số": Phụ lục III's and the normative ones.
CITED_TYPES = tuple(sorted({*symbols.TYPE_ABBREVIATIONS, "Nghị định", "Thông tư", "Thông tư liên tịch", "Luật",
                            "Pháp lệnh", "Công văn", "Thông tri", "Chỉ thị"}, key=len, reverse=True))
_CONNECTORS = {"và", "-", "–", "của", "với"}


def _boundary(text: str, end: int) -> bool:
    """The words end at ``end`` (no letter or digit goes on)."""
    return end >= len(text) or not text[end].isalnum()


def stop(text: str) -> int:
    """Where the trích yếu of a citation ends in running text: at ``;``, ``:``, a line break, a
    sentence's full stop, ``, `` before a capital, a closing bracket, or another citation."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in ";:\n":
            return i
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return i
            depth -= 1
        elif ch == "." and (i + 1 == len(text) or text[i + 1].isspace()):
            return i
        elif ch == "," and text[i + 1:i + 2] == " " and text[i + 2:i + 3].isupper():
            return i
        elif ch == " " and any(text.startswith(f" {word} {kind} số ", i) for word in ("và", "và các") for kind in CITED_TYPES):
            return i
    return len(text)


def _date_text(value: date, form: str) -> str:
    return f" ngày {dates.format_ngay_ngan(value)}" if form == "ngan" else f" {dates.format_ngay_dai(value)}"


def _variant(entry: VanBan, update: dict[str, Any]) -> VanBan | None:
    try:
        return VanBan.model_validate({**entry.model_dump(), **update})
    except (ValueError, RuleViolation):
        return None


def full_form(entry: VanBan, text: str, at: int) -> tuple[dict[str, Any], int] | None:
    """The fields (differing from ``entry``) under which ``entry`` is written in full at ``at``."""
    if entry.la_luat:
        written = entry.day_du()
        end = at + len(written)
        return ({}, end) if text.startswith(written, at) and _boundary(text, end) else None
    for form in (entry.dang_ngay, "dai" if entry.dang_ngay == "ngan" else "ngan"):
        head = f"{entry.loai} số {entry.so_ky_hieu}{_date_text(entry.ngay, form)} của "
        if not text.startswith(head, at):
            continue
        start = at + len(head)
        rest = text[start:]
        issuers = [entry.co_quan] if entry.co_quan and rest.startswith(entry.co_quan) else []
        link = _LIEN_TU.search(rest)
        issuers.append(rest[:link.start()] if link else rest[:stop(rest)])
        for co_quan in dict.fromkeys(i for i in issuers if i and i.strip() == i):
            after = rest[len(co_quan):]
            options: list[tuple[str, str | None]] = []
            if entry.trich_yeu:
                options += [(lien, entry.trich_yeu) for lien in dict.fromkeys([entry.lien_tu, "về", "về việc", ""])]
            own = re.match(r" (về việc|về) ", after)
            if own:
                tail = after[own.end():]
                options.append((own[1], tail[:stop(tail)].rstrip()))
            options.append((entry.lien_tu, None))
            for lien, trich_yeu in options:
                update = {"co_quan": co_quan, "lien_tu": lien, "trich_yeu": trich_yeu, "dang_ngay": form}
                candidate = _variant(entry, update)
                if candidate is None:
                    continue
                written = candidate.day_du()
                end = at + len(written)
                if text.startswith(written, at) and _boundary(text, end):
                    return {k: v for k, v in update.items() if getattr(entry, k) != v}, end
    return None


def parse_citation(text: str, at: int) -> tuple[VanBan, int] | None:
    """A citation written in full at ``at`` (``Kế hoạch số 16/KH-UBND ngày 02/02/2024 của ... về ...``)."""
    loai = next((kind for kind in CITED_TYPES if text.startswith(kind, at)), None)
    if loai is None:
        return None
    so = _SO.match(text, at + len(loai))
    if so is None:
        return None
    when = _DATE.match(text, so.end())
    if when is None or not text.startswith(" của ", when.end()):
        return None
    try:
        day = date(int(when["y"]), int(when["m"] or when["mw"]), int(when["d"]))
    except ValueError:
        return None
    entry = _variant(VanBan(loai="Luật", ngay=day, trich_yeu="x"),
                     {"loai": loai, "so_ky_hieu": so["so"], "co_quan": "x", "trich_yeu": None,
                      "dang_ngay": "ngan" if when["m"] else "dai"})
    if entry is None:
        return None
    found = full_form(entry, text, at)
    if found is None:
        return None
    update, end = found
    own = _variant(entry, update)
    return (own, end) if own is not None and own.co_quan and own.co_quan != "x" else None


def own_key(entry: VanBan, taken: Iterable[str]) -> str:
    """A key for a document the data declares itself: ``kh_16_2024``, ``qd_6868_2023``."""
    abbr = symbols.TYPE_ABBREVIATIONS.get(entry.loai, fold(entry.loai).replace(" ", "")[:4])
    number = re.match(r"\d+", entry.so_ky_hieu or "")
    base = f"{fold(abbr).replace(' ', '')}_{number.group(0) if number else 'x'}_{entry.ngay.year}"
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}_{n}"
    return key


class References:
    """Finds citations, abbreviations and year values in paragraphs taken in composition order."""

    def __init__(self, entries: Mapping[str, VanBan], *, values: Callable[[Seg], list[Piece]] | None = None):
        self.entries = dict(entries)
        self.cited: dict[str, dict[str, Any]] = {}  # key → the fields the data writes for it
        self.own: dict[str, VanBan] = {}  # documents the data declares itself
        self.abbreviations: dict[str, str] = {}  # abbreviation → full form, once introduced
        self._values = values
        self._anchors = sorted(((self._anchor(e), k) for k, e in self.entries.items()), key=lambda a: -len(a[0]))
        self._declare: set[int] = set()

    @staticmethod
    def _anchor(entry: VanBan) -> str:
        return entry.ngan() if entry.la_luat else f"{entry.loai} số {entry.so_ky_hieu}"

    def declare_in(self, para: Para) -> None:
        """Citations in this paragraph that are in no catalogue are declared in ``van_ban`` (once)."""
        self._declare.add(id(para))

    def resolve(self, paras: Iterable[Para], footnote: Callable[[str], Para | None]) -> None:
        done: set[str] = set()
        for para in paras:
            self._para(para, footnote, done)

    def _para(self, para: Para, footnote: Callable[[str], Para | None], done: set[str]) -> None:
        out: list[Piece] = []
        for piece in para.items:
            if isinstance(piece, Ref):
                out.append(piece)
                if piece.sigil == "^" and piece.key not in done:
                    done.add(piece.key)
                    note = footnote(piece.key)
                    if note is not None:
                        self._para(note, footnote, done)
                continue
            out.extend(self._seg(piece, declare=id(para) in self._declare))
        para.items = merge(out)

    # -- one stretch of words ---------------------------------------------------------------
    def _seg(self, seg: Seg, *, declare: bool) -> list[Piece]:
        text = seg.text
        defined = self._definitions(text)
        out: list[Piece] = []
        start = i = 0
        while i < len(text):
            hit = self._citation(text, i, declare) if text[i].isupper() else None
            if hit is None and i in defined and defined[i][0] not in self.abbreviations:
                key, end = defined[i]
                self.abbreviations[key] = text[i:end - len(key) - 3]
                hit = key, "=", end
            if hit is None:
                hit = self._abbreviation(text, i)
            if hit is None:
                i += 1
                continue
            key, sigil, end = hit
            if start < i:
                out.extend(self._plain(Seg(text[start:i], seg.bold, seg.italic)))
            out.append(Ref(sigil, key, seg.bold, seg.italic))
            start = i = end
        if start < len(text):
            out.extend(self._plain(Seg(text[start:], seg.bold, seg.italic)))
        return out

    def _plain(self, seg: Seg) -> list[Piece]:
        return self._values(seg) if self._values is not None else [seg]

    def _citation(self, text: str, i: int, declare: bool) -> tuple[str, str, int] | None:
        for anchor, key in self._anchors:
            if not text.startswith(anchor, i) or not _boundary(text, i + len(anchor)):
                continue
            entry = self.entries[key]
            if key in self.cited:  # later mentions: the short form, unless written in full again
                written = self._written(key).ngan()
                if text.startswith(written, i) and not text.startswith(" ngày", i + len(written)):
                    return key, "@", i + len(written)
                continue
            found = full_form(entry, text, i)
            if found is not None:
                override, end = found
                self.cited[key] = override
                return key, "@", end
        if declare:
            parsed = parse_citation(text, i)
            if parsed is not None:
                entry, end = parsed
                key = own_key(entry, {*self.entries, *self.own})
                self.own[key] = entry
                self.entries[key] = entry
                self.cited[key] = {}
                self._anchors.insert(0, (self._anchor(entry), key))
                return key, "@", end
        return None

    def _written(self, key: str) -> VanBan:
        override = self.cited.get(key) or {}
        return _variant(self.entries[key], override) or self.entries[key] if override else self.entries[key]

    def _abbreviation(self, text: str, i: int) -> tuple[str, str, int] | None:
        """A later mention of an abbreviation already introduced: the abbreviation alone."""
        if not text[i].isalpha() or (i and text[i - 1].isalnum()):
            return None
        for key in self.abbreviations:
            end = i + len(key)
            if text.startswith(key, i) and _boundary(text, end):
                return key, "=", end
        return None

    @staticmethod
    def _definitions(text: str) -> dict[int, tuple[str, int]]:
        """Where ``Bình đẳng giới (BĐG)`` stands in the words: its start → (abbreviation, end)."""
        out: dict[int, tuple[str, int]] = {}
        for match in _ABBREVIATION.finditer(text):
            start = _full_start(text, match.start(), match["key"])
            if start is not None:
                out.setdefault(start, (match["key"], match.end()))
        return out

    def cited_in(self, value: Any, loai: str) -> str | None:
        """The first document of type ``loai`` cited in some paragraphs."""
        for para in paras(value):
            for piece in para.items:
                if isinstance(piece, Ref) and piece.sigil == "@" and self.entries[piece.key].loai == loai:
                    return piece.key
        return None

    # -- what the data then writes ----------------------------------------------------------
    def van_ban(self) -> dict[str, Any]:
        """``van_ban``: the documents the data declares, and the fields it writes otherwise than the catalogue."""
        out: dict[str, Any] = {}
        for key, override in self.cited.items():
            if key in self.own:
                out[key] = self.own[key].model_dump(exclude_none=True, exclude_defaults=True) | {
                    "loai": self.own[key].loai, "ngay": self.own[key].ngay}
            elif override:
                out[key] = override
        return out


def _full_start(text: str, end: int, key: str) -> int | None:
    """Where the full form ending at ``end`` starts: the words whose first letters spell ``key``
    (``Lao động - Thương binh và Xã hội`` for ``LĐTBXH``: dashes and "và" may come between)."""
    want = fold(key).replace(" ", "").replace("&", "")
    i = len(want) - 1
    pos = end
    start = None
    while i >= 0:
        head = text.rfind(" ", 0, pos)
        word = text[head + 1:pos]
        if not word:
            return None
        if fold(word[:1]) == want[i]:
            i -= 1
            start = head + 1
        elif word.lower() not in _CONNECTORS:
            return None
        if head < 0 and i >= 0:
            return None
        pos = head
    return start


def paras(value: Any, *, skip: Iterable[str] = ("chu_thich", "van_ban", "viet_tat")) -> Iterator[Para]:
    """Every paragraph of the data, in the order of its fields (the order the library composes)."""
    skipped = set(skip)
    if isinstance(value, Para):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in skipped:
                yield from paras(item, skip=skipped)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from paras(item, skip=skipped)
    elif hasattr(value, "value"):  # a commented value
        yield from paras(value.value, skip=skipped)


__all__ = ["CITED_TYPES", "References", "full_form", "own_key", "parse_citation", "paras", "stop"]
