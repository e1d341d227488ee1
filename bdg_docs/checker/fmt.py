"""The formatting of a read paragraph, as the rules ask about it: size, bold, italic, and
whether a size lies in the range Decree 30 sets for an element (``bdg_docs.nd30.page.SIZE``)."""
from __future__ import annotations

from bdg_docs.nd30 import page
from bdg_docs.reader.docx import ParagraphView


def size(p: ParagraphView) -> float | None:
    """The size of the paragraph's words, in points: its first visible run (what Word shows for
    the line) past the label of Word's automatic numbering, which takes the paragraph mark's size
    (text set to 11 pt with its paragraph mark left at 14 pt shows a 14 pt bullet)."""
    runs = p.visible_runs
    words = [r for r in runs if not r.label]
    return (words or runs)[0].size if runs else None


def all_bold(p: ParagraphView) -> bool:
    runs = p.visible_runs
    return bool(runs) and all(r.bold for r in runs)


def all_italic(p: ParagraphView) -> bool:
    runs = p.visible_runs
    return bool(runs) and all(r.italic for r in runs)


def any_bold(p: ParagraphView) -> bool:
    return any(r.bold for r in p.visible_runs)


def any_italic(p: ParagraphView) -> bool:
    return any(r.italic for r in p.visible_runs)


def share(p: ParagraphView, attr: str) -> float:
    """The share of the paragraph's characters that are bold (``attr="bold"``) or italic."""
    runs = p.visible_runs
    total = sum(len(r.text) for r in runs)
    return sum(len(r.text) for r in runs if getattr(r, attr)) / total if total else 0.0


def in_range(value: float | None, element: str) -> bool:
    low, high = page.SIZE[element]
    return value is not None and low <= value <= high


def sizes(element: str) -> str:
    """The sizes allowed for an element, as an officer reads them: ``13–14`` or ``12``."""
    low, high = page.SIZE[element]
    return f"{low:g}" if low == high else f"{low:g}–{high:g}"


def shows_upper(p: ParagraphView) -> bool:
    """The line shows in capitals: typed so, or formatted All Caps."""
    text = " ".join(p.text.split())
    runs = p.visible_runs
    return text == text.upper() or (bool(runs) and all(r.caps for r in runs))


_ALIGNMENT = {"left": "căn trái", "right": "căn phải", "center": "căn giữa", "both": "căn đều hai bên"}


def described(p: ParagraphView) -> str:
    """How the line looks now, for messages: ``đang cỡ 14, đậm, nghiêng, căn trái``."""
    marks = [f"cỡ {size(p):g}" if size(p) is not None else "cỡ chưa đặt"]
    if any_bold(p):
        marks.append("đậm" if all_bold(p) else "có chữ đậm")
    if any_italic(p):
        marks.append("nghiêng" if all_italic(p) else "có chữ nghiêng")
    if p.alignment in _ALIGNMENT:
        marks.append(_ALIGNMENT[p.alignment])
    return "đang " + ", ".join(marks)
