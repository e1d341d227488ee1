"""The document being read: its recognised parts, and an account of every line.

:class:`Source` wraps the :class:`~bdg_docs.reader.parts.Parts` the checker's recognition finds
and keeps count: each line that goes into a field of the data (or that the library writes again
itself, like the Quốc hiệu) is *taken*; what is kept for review is noted with a reason; at the
end, :meth:`Source.left` gives the lines nothing took, so that none is dropped without a word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from bdg_docs.importing.outline import Para, Row
from bdg_docs.importing.text import Piece, Seg, merge, pieces, strip, unformatted
from bdg_docs.reader import lines as L
from bdg_docs.reader.parts import Parts
from bdg_docs.reader.views import DocxView, ParagraphView

FOOTNOTE_KEY = "ghi_chu_{}"
_RULES = re.compile(r"[_\-–—\s]+")  # a line of rules typed with underscores (two columns of them)


@dataclass(frozen=True)
class Review:
    """Something an officer must look at in the imported file: where in the .docx, and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass
class Source:
    """A read document, its parts, and what has been taken from it so far."""

    view: DocxView
    parts: Parts
    reviews: list[Review] = field(default_factory=list)
    _taken: set[str] = field(default_factory=set)
    _order: dict[str, int] = field(default_factory=dict)
    footnote_keys: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for i, item in enumerate(L.flatten(self.view)):
            self._order.setdefault(_base(item.line.location), i)
        self.footnote_keys = {fid: FOOTNOTE_KEY.format(n) for n, fid in enumerate(sorted(self.view.footnotes), start=1)}

    # -- taking lines ------------------------------------------------------------------------
    def take(self, *lines: ParagraphView | None) -> None:
        """Lines that went into the data (or that the library writes itself)."""
        for line in lines:
            if line is not None:
                self._taken.add(_side_less(line.location))

    def take_all(self, lines: Iterable[ParagraphView | None]) -> None:
        self.take(*lines)

    def review(self, where: str, message: str) -> None:
        self.reviews.append(Review(where, message))

    def order(self, line: ParagraphView) -> int:
        return self._order.get(_base(line.location), len(self._order))

    # -- words -------------------------------------------------------------------------------
    def words(self, line: ParagraphView, *, italic: bool = False) -> list[Piece]:
        """A line's pieces; ``italic`` drops the italic the library's style gives such lines itself."""
        found = pieces(line.runs, self.footnote_keys)
        return strip(unformatted(found, bold=False, italic=True) if italic else found)

    def para(self, line: ParagraphView, *, italic: bool = False, review: str | None = None) -> Para:
        self.take(line)
        return Para(self.words(line, italic=italic), line.location, self.order(line), review)

    def text(self, line: ParagraphView | None) -> str:
        """A line's text with its white space made single (as header fields hold it)."""
        return L.norm(line.text) if line is not None else ""

    def footnote(self, key: str) -> Para | None:
        """The text of a footnote by its key (its mark and the space after it left out)."""
        fid = next((f for f, k in self.footnote_keys.items() if k == key), None)
        if fid is None:
            return None
        items: list[Piece] = []
        for n, paragraph in enumerate(self.view.footnotes[fid]):
            self.take(paragraph)
            if n:
                items.append(Seg("\n"))
            items.extend(pieces(paragraph.runs, {}))
        where = self.view.footnotes[fid][0].location if self.view.footnotes[fid] else ""
        return Para(strip(merge(items)), where, 0)

    # -- what nothing took ------------------------------------------------------------------
    def left(self) -> list[ParagraphView]:
        """Lines of the body, tables and text boxes that hold words and that nothing took."""
        out = []
        for item in L.flatten(self.view):
            line = item.line
            if not item.text or L.is_rule(line):
                continue
            location = _side_less(line.location)
            if location in self._taken or _base(location) in self._taken:
                continue
            out.append(line)
        return out

    def leftovers(self) -> list[Para]:
        """What nothing took, as paragraphs where it stood: a table's row as its cells' words
        joined by ``|``, any other line as it is. Each is taken, with a reason to review it."""
        out: list[Para] = []
        rows: dict[tuple[int, int], Row] = {}
        for item in L.flatten(self.view):
            line = item.line
            location = _side_less(line.location)
            if not item.text or L.is_rule(line) or _RULES.fullmatch(item.text) or location in self._taken \
                    or _base(location) in self._taken:
                continue
            self.take(line)
            words = self.words(line)
            if item.table is not None and item.row is not None:
                key = (item.block, item.row)
                if key in rows:
                    row = rows[key]
                    if item.cell is row.cells[-1][0]:  # another line of the same cell
                        row.cells[-1][1].extend([Seg("\n"), *words])
                        row.items = merge([*row.items, Seg(" "), *words])
                    else:
                        row.cells.append((item.cell, list(words)))
                        row.items = merge([*row.items, Seg(" | "), *words])
                    continue
                rows[key] = Row(words, line.location, self.order(line), "hàng của một bảng (dữ liệu không có bảng): "
                                "các ô viết liền, ngăn bằng '|'", table=item.block, cells=[(item.cell, list(words))])
                out.append(rows[key])
            else:
                out.append(Para(words, line.location, self.order(line), "đoạn không nhận ra thuộc phần nào"))
        return out

    def counts(self) -> int:
        """How many lines with words the document has (body, tables, text boxes, footnotes)."""
        body = sum(1 for item in L.flatten(self.view) if item.text and not L.is_rule(item.line))
        notes = sum(1 for paragraphs in self.view.footnotes.values() for p in paragraphs if p.text.strip())
        return body + notes


def _side_less(location: str) -> str:
    """``đoạn 3 (bên phải)`` → ``đoạn 3``: a column of a line split by tabs is part of that line."""
    return location.split(" (bên ", 1)[0]


def _base(location: str) -> str:
    """``đoạn 3, dòng 2`` → ``đoạn 3``: the paragraph a line belongs to."""
    return _side_less(location).split(", dòng ", 1)[0]


__all__ = ["FOOTNOTE_KEY", "Review", "Source"]
