"""The body's structure rebuilt from its labels, and turned into the data format's lists.

The checker's recognition (:func:`bdg_docs.reader.find_parts`) gives each body paragraph a role
from its label, typed (``1. Mục đích``) or Word's automatic numbering (the first run, marked
``label=True``): ``muc_la_ma`` (I.), ``khoan`` (1.), ``khoan_con`` (1.1.), ``diem`` (a)),
``gach`` (-), ``cong`` (+), or ``doan``. Here the paragraphs become a tree (a section holds its
khoản, a khoản its điểm and bullets, a bullet its ``+`` items; a paragraph belongs to the
nearest section, khoản or điểm above it), each node with its words and its label removed: the
library writes the labels again when it renders.

What the data format has no place for (``1.1.`` sub-items, ``Điều``, ``Chương``) is kept as a
paragraph with its label, and marked for review: nothing is dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from bdg_docs.importing.text import Piece, Seg, bold_head, cut, is_bold, plain, strip, unformatted
from bdg_docs.documents.warnings import CHO_TRONG
from bdg_docs.nd30.numbering import nhan_go_lai
from bdg_docs.reader.parts import BodyParagraph

# How deep each role sits: a node closes every open node as deep or deeper.
LEVEL = {"muc_la_ma": 1, "khoan": 2, "khoan_con": 3, "diem": 4, "gach": 5, "cong": 6}
# Bullet characters Word's numbering shows (the reader gives the label as it looks).
GACH = frozenset("-–—•▪➢✓❖■●►*")
CONG = frozenset("+◦○o")


@dataclass
class Para:
    """A paragraph's words for one text field of the data, with where they came from.

    ``review`` is said above it in the data file (``# cần xem lại: ...``) and in the report."""

    items: list[Piece]
    where: str = ""
    order: int = 0
    review: str | None = None

    @property
    def text(self) -> str:
        return plain(self.items)

    def add_review(self, note: str) -> None:
        self.review = f"{self.review}; {note}" if self.review else note


@dataclass
class Row(Para):
    """A row of a table in the body, kept as a paragraph (its cells' words joined by ``|``)
    unless the type reads the table (the report's indicator table)."""

    table: int = 0  # the table's block
    cells: list[tuple[Any, list[Piece]]] = field(default_factory=list)  # (cell, words) in order


@dataclass
class Node:
    """A body paragraph and what hangs under it."""

    role: str  # muc_la_ma, khoan, khoan_con, diem, gach, cong, doan, or another role kept as doan
    label: str | None
    items: list[Piece]  # the words after the label
    where: str
    order: int
    style: str | None = None
    children: list["Node"] = field(default_factory=list)
    original: str | None = None  # the role of a paragraph the data cannot hold (kept with its label)
    review: str | None = None  # why the paragraph is kept as it is (a line no part of the document holds)

    def para(self, items: Sequence[Piece] | None = None, review: str | None = None) -> Para:
        return Para(list(strip(self.items if items is None else items)), self.where, self.order, review)

    @property
    def titled(self) -> bool:
        """A heading: its words all bold (``1. Mục đích``)."""
        return is_bold(self.items)

    def run_in(self) -> tuple[list[Piece], list[Piece]] | None:
        """``Tiêu đề: nội dung`` on one line: the bold words up to a colon, and the rest."""
        head = bold_head(self.items)
        title, rest = cut(self.items, head)
        if not head or not plain(title).rstrip().endswith(":") or not plain(rest).strip():
            return None
        return title, rest

    @property
    def title_text(self) -> str:
        return " ".join(plain(self.items).split())


def read_body(body: Sequence[BodyParagraph], order: Callable[[BodyParagraph], int],
              words: Callable[[BodyParagraph], list[Piece]], left: Sequence[Para] = (),
              review: Callable[[str, str], None] = lambda where, message: None) -> list[Node]:
    """The body as a tree (the top-level nodes), each node with its label removed; ``left``,
    paragraphs no part of the document holds, stand as plain paragraphs where they were. A label
    typed again after a line's own (``- - Phát thanh``) is taken off too, and ``review`` is told."""
    roots: list[Node] = []
    stack: list[Node] = []
    nodes = [_node(item, order(item), words(item), review) for item in body]
    nodes += [Node("doan", None, para.items, para.where, para.order, review=para.review) for para in left]
    for node in sorted(nodes, key=lambda n: n.order):
        level = LEVEL.get(node.role)
        if level is None:  # a paragraph: under the nearest section, khoản or điểm
            while stack and LEVEL[stack[-1].role] > LEVEL["diem"]:
                stack.pop()
        else:
            while stack and LEVEL[stack[-1].role] >= level:
                stack.pop()
        (stack[-1].children if stack else roots).append(node)
        if level is not None:
            stack.append(node)
    return roots


def _node(item: BodyParagraph, order: int, items: list[Piece], review: Callable[[str, str], None]) -> Node:
    p = item.paragraph
    role, label = item.role, item.label
    first = p.runs[0] if p.runs else None
    if role == "doan" and first is not None and first.label and first.text.strip()[:1] in GACH | CONG:
        label = first.text.strip()  # a bullet of Word's numbering the text does not show as "- "
        role = "cong" if label[:1] in CONG else "gach"
    where = p.location
    if label is not None and role in LEVEL:
        items, typed = _without_typed_labels(_without_label(items, label), role)
        if typed:
            review(where, f"'{typed}' gõ thêm sau '{label}' đầu dòng: bỏ đi (số mục, dấu đầu dòng do chương trình tự viết)")
        return Node(role, label, items, where, order, p.style_id)
    original = role if role not in ("doan", "giua", "tieu_de") else None
    return Node("doan", None, strip(items), where, order, p.style_id, original=original)


def _without_label(items: list[Piece], label: str) -> list[Piece]:
    text = plain(items)
    start = len(text) - len(text.lstrip())
    at = text.find(label, start)
    if at != start:  # the label is not where it is said to be: keep the words as they are
        return strip(items)
    _, rest = cut(items, start + len(label))
    return strip(rest)


PLACEHOLDER = CHO_TRONG  # written where the document has nothing for a field the data needs (render warns)


def placeholder(why: str, where: str = "", order: int = 0) -> Para:
    """``…`` in a field the document has nothing for, with what to do about it."""
    return Para([Seg(PLACEHOLDER)], where, order, review=why)


# The label the library writes before each role's text (nd30.numbering.validate_khong_nhan).
_VI_TRI = {"muc_la_ma": "muc", "khoan": "khoan", "diem": "diem", "gach": "gach", "cong": "cong"}


def _without_typed_labels(items: list[Piece], role: str) -> tuple[list[Piece], str]:
    """The words without the labels typed after the line's own (``- Phát thanh`` after Word's
    bullet, ``1) ...`` after ``1.``), which the data format refuses, and what was taken off.
    A label with nothing after it stays."""
    vi_tri = _VI_TRI.get(role)
    taken: list[str] = []
    while vi_tri is not None:
        text = plain(items)
        typed = nhan_go_lai(text, vi_tri)
        start = len(text) - len(text.lstrip())
        if typed is None or not text[start + len(typed):].strip():
            break
        items = strip(cut(items, start + len(typed))[1])
        taken.append(typed.strip())
    return items, " ".join(taken)


# ---------------------------------------------------------------- to the data's lists
def flat(node: Node, why: str) -> list[Any]:
    """A node the data has no place for, kept as a paragraph with its label, then what hangs under it."""
    items = [Seg(f"{node.label} "), *node.items] if node.label else list(node.items)
    return [Para(strip(items), node.where, node.order, review=why), *blocks(node.children)]


def blocks(nodes: Iterable[Node]) -> list[Any]:
    """Paragraphs, dash bullets (with their ``+`` items), ``+`` items and điểm, in order."""
    out: list[Any] = []
    for node in nodes:
        role = node.role
        if role == "doan":
            review = node.review if node.original is None else _KEPT.get(node.original, _KEPT["other"])
            out.append(node.para(review=review))
            out.extend(blocks(node.children))
        elif role in ("gach", "cong", "diem"):
            item = {"gach": _gach, "cong": Node.para, "diem": diem}[role](node)
            last = out[-1] if out else None
            if isinstance(last, dict) and set(last) == {role}:
                last[role].append(item)
            else:
                out.append({role: [item]})
            if role != "diem":  # a điểm holds what hangs under it; a bullet only its "+" items
                out.extend(blocks([child for child in node.children if role == "cong" or child.role != "cong"]))
        else:  # a khoản, 1.1. or a section where only paragraphs and lists can stand
            out.extend(flat(node, _KEPT.get(role, _KEPT["other"])))
    return out


def _gach(node: Node) -> Any:
    subs = [child.para() for child in node.children if child.role == "cong"]
    return {"noi_dung": node.para(), "cong": subs} if subs else node.para()


def diem(node: Node) -> Any:
    """``a) ...``: its first line, then what hangs under it; ``a) Tiêu đề: nội dung`` on one line.
    A bold ``a) Tiêu đề`` stays a paragraph with its bold: the library prints a điểm's title upright."""
    return _numbered(node)


def khoan(node: Node) -> Any:
    """A khoản: bold title and content; ``1. Tiêu đề: nội dung``; or a numbered paragraph."""
    if node.titled:
        return {"tieu_de": _title(node.items, node), "noi_dung": blocks(node.children)}
    return _numbered(node)


def _numbered(node: Node) -> Any:
    """A run-in title and its content, or a numbered paragraph and what hangs under it."""
    run_in = node.run_in()
    if run_in is not None:
        title, rest = run_in
        return {"tieu_de": _title(title, node), "cung_dong": True, "noi_dung": [node.para(rest), *blocks(node.children)]}
    content = [node.para(), *blocks(node.children)]
    return content[0] if len(content) == 1 else {"noi_dung": content}


def _title(items: Sequence[Piece], node: Node) -> Para:
    """A title's words without its bold (the library makes titles bold) nor its final colon."""
    words = strip(unformatted(items))
    if words and isinstance(words[-1], Seg) and words[-1].text.endswith(":"):
        words[-1] = Seg(words[-1].text[:-1].rstrip(), words[-1].bold, words[-1].italic)
    return Para(strip(words), node.where, node.order)


def sentence_case(text: str) -> str:
    """A heading typed in capitals, as data writes it (the library prints it in capitals again)."""
    text = " ".join(text.split())
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return text
    lower = text.lower()
    return lower[:1].upper() + lower[1:]


_KEPT = {
    "khoan_con": "mục 1.1. giữ nguyên số hiệu (dữ liệu không có cấp này)",
    "khoan": "khoản 1. ở chỗ dữ liệu không đánh số, giữ nguyên số hiệu",
    "muc_la_ma": "mục I. ở chỗ dữ liệu không có mục, giữ nguyên số hiệu",
    "dieu": "điều khoản (Điều ...) không có trong loại văn bản này, giữ nguyên",
    "chuong": "chương không có trong loại văn bản này, giữ nguyên",
    "phan": "phần không có trong loại văn bản này, giữ nguyên",
    "muc": "mục (Mục 1) không có trong loại văn bản này, giữ nguyên",
    "tieu_muc": "tiểu mục không có trong loại văn bản này, giữ nguyên",
    "other": "mục có số hiệu ở chỗ dữ liệu không có mục, giữ nguyên số hiệu",
}

__all__ = ["LEVEL", "Node", "PLACEHOLDER", "Para", "blocks", "diem", "flat", "khoan", "placeholder", "read_body",
           "sentence_case"]
