"""A paragraph's words as the data format writes them: ``**đậm**``, ``*nghiêng*``, ``[^khoa]``.

A paragraph read from Word is a list of runs, each bold or italic or neither. Here it becomes a
list of pieces (:class:`Seg` for words, :class:`Ref` for a reference the library writes:
``[@khoa]`` a cited document, ``[=BĐG]`` an abbreviation, ``[$nam]`` a value of the year,
``[^khoa]`` a footnote), and the pieces become the inline markup of
:mod:`bdg_docs.models.inline`. The markup is checked by reading it back with the library's own
parser: text that the markup cannot carry exactly (bold on half a word) keeps its words and loses
that formatting, and the caller is told, so that nothing changes silently.

>>> markup([Seg("trước ngày "), Seg("15/12", bold=True), Seg(" hằng năm (7*7)")])
('trước ngày **15/12** hằng năm (7\\\\*7)', False)
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

from bdg_docs.models.inline import AbbreviationRef, CitationRef, FootnoteRef, Inline, Span, VariableRef
from bdg_docs.reader.views import RunView


@dataclass(frozen=True)
class Ref:
    """A reference the library resolves: ``@`` citation, ``=`` abbreviation, ``$`` value, ``^`` footnote."""

    sigil: str
    key: str
    bold: bool = False
    italic: bool = False


Seg = Span
"""Words formatted one way: the pieces of a paragraph are the parser's own spans."""
Piece = Seg | Ref


def pieces(runs: Iterable[RunView], footnotes: Mapping[int, str]) -> list[Piece]:
    """The pieces of some runs; a footnote mark becomes ``[^key]`` (``footnotes``: id → key).

    Numbering labels are the caller's (see :func:`without_label`); tabs are spaces; a footnote
    whose text was not found stays out, and :func:`plain` then lacks it (the caller compares)."""
    out: list[Piece] = []
    for run in runs:
        if run.footnote is not None:
            key = footnotes.get(run.footnote)
            if key is not None:
                out.append(Ref("^", key))
            continue
        if run.field is not None and not run.text:
            continue
        text = unicodedata.normalize("NFC", run.text.replace("\t", " "))
        if text:
            out.append(Seg(text, run.bold, run.italic))
    return merge(out)


def merge(items: Sequence[Piece]) -> list[Piece]:
    """Adjacent words formatted alike joined; empty words dropped."""
    out: list[Piece] = []
    for piece in items:
        if isinstance(piece, Seg):
            if not piece.text:
                continue
            last = out[-1] if out else None
            if isinstance(last, Seg) and (last.bold, last.italic) == (piece.bold, piece.italic):
                out[-1] = Seg(last.text + piece.text, piece.bold, piece.italic)
                continue
        out.append(piece)
    return out


def plain(items: Sequence[Piece]) -> str:
    """The words of the pieces (references as their markup)."""
    return "".join(p.text if isinstance(p, Seg) else f"[{p.sigil}{p.key}]" for p in items)


def strip(items: Sequence[Piece]) -> list[Piece]:
    """White space at both ends removed (as a data file's text is read)."""
    out = list(items)
    while out and isinstance(out[0], Seg) and not out[0].text.strip():
        out.pop(0)
    while out and isinstance(out[-1], Seg) and not out[-1].text.strip():
        out.pop()
    if out and isinstance(out[0], Seg):
        out[0] = replace(out[0], text=out[0].text.lstrip())
    if out and isinstance(out[-1], Seg):
        out[-1] = replace(out[-1], text=out[-1].text.rstrip())
    return out


def cut(items: Sequence[Piece], count: int) -> tuple[list[Piece], list[Piece]]:
    """The pieces split after ``count`` characters of their words (references count as their markup)."""
    head: list[Piece] = []
    rest = list(items)
    while rest and count > 0:
        piece = rest.pop(0)
        size = len(piece.text) if isinstance(piece, Seg) else len(plain([piece]))
        if size <= count or not isinstance(piece, Seg):
            head.append(piece)
            count -= size
            continue
        head.append(replace(piece, text=piece.text[:count]))
        rest.insert(0, replace(piece, text=piece.text[count:]))
        count = 0
    return head, rest


def is_bold(items: Sequence[Piece]) -> bool:
    """Every visible word is bold."""
    words = [p for p in items if isinstance(p, Seg) and p.text.strip()]
    return bool(words) and all(p.bold for p in words)


def bold_head(items: Sequence[Piece]) -> int:
    """How many characters the bold words at the start cover (0 when the text starts upright)."""
    count = 0
    for piece in items:
        if isinstance(piece, Seg):
            if piece.text.strip() and not piece.bold:
                break
            count += len(piece.text)
        else:
            if not piece.bold:
                break
            count += len(plain([piece]))
    return count


def unformatted(items: Sequence[Piece], *, bold: bool = True, italic: bool = False) -> list[Piece]:
    """The pieces without bold (and italic when asked): for text the library formats itself."""
    return merge([replace(p, bold=p.bold and not bold, italic=p.italic and not italic) for p in items])


# ----------------------------------------------------------------------------- markup
_REF_START = re.compile(r"\[(?=[\^@=$])")


def _escape(text: str) -> str:
    """Words that read back as themselves: ``\\``, ``*`` and a ``[`` that could open a reference escaped."""
    text = text.replace("\\", "\\\\").replace("*", "\\*")
    text = _REF_START.sub(r"\\[", text)
    return text[:-1] + "\\[" if text.endswith("[") else text


def _write(items: Sequence[Piece]) -> str:
    out: list[str] = []
    bold = italic = False
    for piece in items:
        b, i = piece.bold, piece.italic
        if isinstance(piece, Ref) and piece.sigil == "^":
            b, i = bold, italic  # a footnote mark takes no formatting of its own
        if (b, i) != (bold, italic):
            out.append("*" * ((2 if b != bold else 0) + (1 if i != italic else 0)))
            bold, italic = b, i
        out.append(_escape(piece.text) if isinstance(piece, Seg) else f"[{piece.sigil}{piece.key}]")
    if bold or italic:
        out.append("*" * ((2 if bold else 0) + (1 if italic else 0)))
    return "".join(out)


def _spread(items: Sequence[Piece]) -> list[Piece]:
    """White space at the edges of bold or italic words made upright, so that the markers
    stand against the words (``**đậm** chữ``, never ``**đậm **chữ``)."""
    out: list[Piece] = []
    for piece in items:
        if isinstance(piece, Seg) and (piece.bold or piece.italic):
            core = piece.text.strip()
            if not core:
                out.append(Seg(piece.text))
                continue
            lead = piece.text[: len(piece.text) - len(piece.text.lstrip())]
            tail = piece.text[len(piece.text.rstrip()):]
            out += [Seg(lead), replace(piece, text=core), Seg(tail)]
        else:
            out.append(piece)
    return merge(out)


def _read_back(text: str) -> list[object]:
    """What the library's parser makes of some markup: (words, bold, italic) and references."""
    try:
        return _shape(Inline.parse(text).parts)
    except ValueError:
        return [("unreadable",)]


_REFS = {"@": CitationRef, "=": AbbreviationRef, "$": VariableRef}


def _expected(items: Sequence[Piece]) -> list[object]:
    """What the parser should make of the markup of ``items``."""
    return _shape([p if isinstance(p, Seg) else FootnoteRef(p.key) if p.sigil == "^" else
                   _REFS[p.sigil](p.key, p.bold, p.italic) for p in items])


def _shape(parts: Iterable[object]) -> list[object]:
    """Parts made comparable: adjacent words formatted alike joined, references as they are."""
    out: list[object] = []
    for part in parts:
        if isinstance(part, Span):
            key: tuple = ("seg", part.bold, part.italic)
            last = out[-1] if out else None
            if isinstance(last, tuple) and last[:3] == key:
                out[-1] = (*key, last[3] + part.text)
            elif part.text:
                out.append((*key, part.text))
        else:  # the parser's references are values: equal when of one kind, key and formatting
            out.append(part)
    return out


def markup(items: Sequence[Piece]) -> tuple[str, bool]:
    """The inline markup of some pieces, and whether some bold or italic had to be left out.

    The markup is read back with :meth:`Inline.parse` and must give the same words, formatting
    and references; where it cannot (formatting inside a word: ``chữ**đậm**``), the formatting of
    the first piece that differs is dropped and the markup written again."""
    work = _spread(strip(items))
    lost = False
    for _ in range(len(work) + 1):
        text = _write(work)
        if _read_back(text) == _expected(work):
            return text, lost
        first = _first_difference(work)
        if first is None:
            break
        work = merge([*work[:first], replace(work[first], bold=False, italic=False), *work[first + 1:]])
        lost = True
    plain_pieces = merge([replace(p, bold=False, italic=False) for p in work])
    return _write(plain_pieces), True


def _first_difference(items: list[Piece]) -> int | None:
    """The first formatted piece whose markup does not read back as written."""
    for end in range(1, len(items) + 1):
        if _read_back(_write(items[:end])) != _expected(items[:end]):
            formatted = [k for k in range(end) if items[k].bold or items[k].italic]
            return formatted[-1] if formatted else None
    return None


__all__ = ["Piece", "Ref", "Seg", "bold_head", "cut", "is_bold", "markup", "merge", "pieces", "plain",
           "strip", "unformatted"]
