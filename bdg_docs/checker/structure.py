"""Find the parts of an administrative document in a .docx laid out the usual Word way.

The header is a table whose right column holds the Quốc hiệu; the signature is the last table,
with ``Nơi nhận:`` on its left. Between them: the type name and trích yếu (Mẫu 1.4) or the
Kính gửi block (Mẫu 1.5), the căn cứ lines, then the body.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from bdg_docs.nd30.can_cu import la_dong_can_cu
from bdg_docs.nd30.header import KINH_GUI, QUOC_HIEU_VARIANTS, VV
from bdg_docs.nd30.recipients import TIEU_DE
from bdg_docs.nd30.symbols import TYPE_ABBREVIATIONS
from bdg_docs.reader.docx import DocxView, ParagraphView, TableView

NOI_NHAN = TIEU_DE.rstrip(":")  # found even when its colon is missing (R38 then says so)
TYPE_NAMES = {name.upper(): abbr for name, abbr in TYPE_ABBREVIATIONS.items()}
_UNDERSCORES = re.compile(r"^_{5,}$")


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass
class Rule:
    """A rule line found under some text: its drawn length in twips (None when unknown)."""

    paragraph: ParagraphView
    length: float | None


@dataclass
class Structure:
    header: TableView | None = None
    left: list[ParagraphView] = field(default_factory=list)  # header, left column, in order
    right: list[ParagraphView] = field(default_factory=list)  # header, right column
    quoc_hieu: ParagraphView | None = None
    so: ParagraphView | None = None
    ngay: ParagraphView | None = None
    vv: list[ParagraphView] = field(default_factory=list)
    type_line: ParagraphView | None = None
    type_name: str | None = None
    trich_yeu: list[ParagraphView] = field(default_factory=list)
    trich_yeu_rule: ParagraphView | None = None
    kinh_gui: list[ParagraphView] = field(default_factory=list)
    can_cu: list[ParagraphView] = field(default_factory=list)
    body: list[ParagraphView] = field(default_factory=list)
    signature: TableView | None = None
    noi_nhan: list[ParagraphView] = field(default_factory=list)
    chu_ky: list[ParagraphView] = field(default_factory=list)

    @property
    def kind(self) -> str:
        if self.type_line is not None:
            return "co_ten_loai"
        if self.vv or self.kinh_gui:
            return "cong_van"
        return "khong_ro"


def is_quoc_hieu(text: str) -> bool:
    """The Quốc hiệu line, whatever its case (an officer may type it in lower case, R11 says so)."""
    return norm(text).upper() in QUOC_HIEU_VARIANTS


def is_rule_paragraph(p: ParagraphView) -> bool:
    """An empty paragraph drawn as a line: a border, an underscore run, or a line shape."""
    text = p.text.strip()
    return (not text and (p.border_bottom or p.border_top or bool(p.shape_widths))) or bool(_UNDERSCORES.match(text))


def rule_under(paragraphs: list[ParagraphView], after: ParagraphView) -> ParagraphView | None:
    """The rule line drawn under a paragraph: its own bottom border, a line shape anchored in
    it (Word puts the anchor in the paragraph the line was drawn next to), or the next empty line."""
    if after.border_bottom or after.shape_widths:
        return after
    i = paragraphs.index(after)
    for p in paragraphs[i + 1:i + 3]:
        if is_rule_paragraph(p):
            return p
        if p.text.strip():
            return None
    return None


def find_structure(view: DocxView) -> Structure:
    s = Structure()
    blocks = view.blocks
    header_index = None
    for i, block in enumerate(blocks):
        if isinstance(block, TableView) and any(
            is_quoc_hieu(p.text) for _, _, cell in block.cells() for p in cell.paragraphs
        ):
            header_index = i
            s.header = block
            break
    if s.header is not None:
        _read_header(s)
    start = header_index + 1 if header_index is not None else 0
    tables_after = [i for i, b in enumerate(blocks) if isinstance(b, TableView) and i >= start
                    and any(norm(c.text).startswith(NOI_NHAN) for _, _, c in b.cells())]
    end = tables_after[-1] if tables_after else len(blocks)
    if tables_after:
        s.signature = blocks[end]  # type: ignore[assignment]
        _read_signature(s)
    middle = [b for b in blocks[start:end] if isinstance(b, ParagraphView)]
    _read_middle(s, middle)
    return s


def _read_header(s: Structure) -> None:
    assert s.header is not None
    qh_col = None
    for r, c, cell in s.header.cells():
        for p in cell.paragraphs:
            if is_quoc_hieu(p.text):
                s.quoc_hieu, qh_col = p, c
    for r, c, cell in s.header.cells():
        target = s.right if c == qh_col else s.left
        target.extend(cell.paragraphs)
    for p in s.left + s.right:
        text = norm(p.text)
        if s.so is None and re.match(r"^Số\s*:?", text) and "/" in text:
            s.so = p
    # The date line belongs in the right column; a V/v on the left may also say "ngày ... tháng ... năm".
    for p in s.right + s.left:
        if s.ngay is None and p is not s.so and re.search(r"ngày.*tháng.*năm", norm(p.text)):
            s.ngay = p
    vv = [p for p in s.left if norm(p.text).startswith(VV)]
    if vv:
        # A long V/v wraps over several paragraphs in hand-made files: take the ones that follow.
        i = s.left.index(vv[0])
        s.vv = [p for p in s.left[i:] if p.text.strip() and not is_rule_paragraph(p)]


def _read_middle(s: Structure, paragraphs: list[ParagraphView]) -> None:
    rest = [p for p in paragraphs if p.text.strip() or is_rule_paragraph(p)]
    i = 0
    if rest and norm(rest[0].text).upper() in TYPE_NAMES:
        s.type_line = rest[0]
        s.type_name = norm(rest[0].text).upper()
        i = 1
        while i < len(rest) and not is_rule_paragraph(rest[i]) and rest[i].alignment == "center":
            s.trich_yeu.append(rest[i])
            i += 1
        if i < len(rest) and is_rule_paragraph(rest[i]):
            s.trich_yeu_rule = rest[i]
            i += 1
        elif s.trich_yeu and s.trich_yeu[-1].shape_widths:
            s.trich_yeu_rule = s.trich_yeu[-1]  # a line shape anchored in the trích yếu itself
    rest = [p for p in rest[i:] if not is_rule_paragraph(p)]
    i = 0
    if rest and norm(rest[0].text).startswith(KINH_GUI):
        s.kinh_gui.append(rest[0])
        i = 1
        while i < len(rest) and norm(rest[i].text).startswith(("-", "–")) and not rest[i].first_line > 0:
            s.kinh_gui.append(rest[i])
            i += 1
    while i < len(rest) and la_dong_can_cu(norm(rest[i].text), _italic_share(rest[i])):
        s.can_cu.append(rest[i])
        i += 1
    s.body = rest[i:]


def _italic_share(p: ParagraphView) -> float:
    runs = p.visible_runs
    total = sum(len(r.text) for r in runs)
    return sum(len(r.text) for r in runs if r.italic) / total if total else 0.0


def _read_signature(s: Structure) -> None:
    assert s.signature is not None
    for r, c, cell in s.signature.cells():
        texts = [p for p in cell.paragraphs if p.text.strip()]
        if texts and norm(texts[0].text).startswith(NOI_NHAN):
            s.noi_nhan = texts
        elif texts:
            s.chu_ky = texts
