"""Lines as the page shows them, and what their text says they are.

Recognising a document's parts works on *lines*, not on Word's paragraphs: a header typed with
Shift+Enter holds several lines in one paragraph, and a header or signature typed with tabs
holds two columns in one line. :func:`flatten` turns a :class:`DocxView` into :class:`Item`
objects in reading order (each a line, with the table cell or text box it stands in);
:func:`split_columns` cuts a tab-built line into its columns.

The predicates look at text only, in linear time (no regular expression here can backtrack on
a long line), and never at more than :data:`MAX_LINE` characters: a part of the layout (a
number line, a date line, a signature title) is never longer than that.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bdg_docs import lazy
from bdg_docs.nd30 import dates as nd30_dates
from bdg_docs.nd30 import loai as nd30_loai
from bdg_docs.nd30.can_cu import la_dong_can_cu
from bdg_docs.nd30.header import DAU_KHAN, DAU_MAT, KEM_THEO, KINH_GUI, PHAM_VI_LUU_HANH, QUOC_HIEU, VV
from bdg_docs.nd30.recipients import TIEU_DE as NOI_NHAN_TIEU_DE
from bdg_docs.nd30.signature import POST_WORDS
from bdg_docs.search import fold

if TYPE_CHECKING:  # pragma: no cover - the views are imported where a .docx is read, not to render
    from bdg_docs.reader.views import Block, CellView, DocxView, FrameView, ParagraphView, TableView

MAX_LINE = 300  # longer lines are body text, whatever they start with
NOI_NHAN = NOI_NHAN_TIEU_DE.rstrip(":")
_QUOC_HIEU = fold(QUOC_HIEU).replace(" ", "")
_DANG = fold(nd30_loai.DANG).replace(" ", "")
_MARKS = frozenset(DAU_KHAN + DAU_MAT)
_UNDERSCORES = lazy.pattern(r"[_\u2014\u2015\u2500]{3,}+|-{5,}+")
_ROMAN = lazy.pattern(r"[IVXLC]{1,8}+")


def norm(text: str) -> str:
    """NFC, with runs of white space (tabs, no-break spaces, line breaks) as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(slots=True)
class Item:
    """A line of the document and where it stands."""

    line: ParagraphView
    block: int  # index of its block in DocxView.blocks
    table: TableView | None = None
    cell: CellView | None = None
    row: int | None = None  # row of the table, from 0
    frame: FrameView | None = None
    side: str | None = None  # "left" / "right": a column of a line built with tabs
    text: str = field(default="", init=False, repr=False, compare=False)  # the line's text, normalised

    def __post_init__(self) -> None:
        self.text = norm(self.line.text)

    @property
    def in_flow(self) -> bool:
        return self.table is None and self.frame is None


def flatten(view: DocxView, start: int = 0, end: int | None = None) -> list[Item]:
    """Every line of blocks ``start:end`` in reading order: tables row by row, cell by cell."""
    out: list[Item] = []
    for index in range(start, len(view.blocks) if end is None else end):
        out.extend(block_items(view.blocks[index], index))
    return out


def block_items(block: Block, index: int) -> list[Item]:
    from bdg_docs.reader.views import ParagraphView, TableView

    if isinstance(block, ParagraphView):
        return [Item(line, index) for line in block.lines()]
    if isinstance(block, TableView):
        return [Item(line, index, block, cell, r)
                for r, row in enumerate(block.rows) for cell in row
                for p in cell.paragraphs for line in p.lines()]
    return [Item(line, index, frame=block) for p in block.paragraphs for line in p.lines()]


DEFAULT_TAB = 720  # Word's default tab stops: every 1.27 cm


def tab_position(line: ParagraphView, tabs_before: int) -> int:
    """Where text typed after ``tabs_before`` tabs at the start of a line begins (twips): each tab
    goes to the next custom stop, then to Word's default stops."""
    x = line.ind_left + max(line.first_line, 0)
    for _ in range(tabs_before):
        x = next((stop for stop in line.tabs if stop > x), (x // DEFAULT_TAB + 1) * DEFAULT_TAB)
    return x


def columns(items: list[Item], width: int) -> list[Item]:
    """The lines of the flow split into their columns (see :func:`split_columns`); others as they are.

    Only where two columns are expected (the header, the signature beside Nơi nhận): a tab in a
    trích yếu or a body paragraph is not a column."""
    return [piece for item in items for piece in (split_columns(item, width) if item.in_flow else [item])]


def split_columns(item: Item, width: int = 9071) -> list[Item]:
    """A line typed as two columns with tabs (``SỞ NỘI VỤ<tab><tab>Độc lập - Tự do - Hạnh phúc``)
    as two items, ``side`` left and right; a line that starts with tabs is on the right.

    Pieces keep their runs' formatting; their alignment is None (set by tab stops, not by the
    paragraph). Rule lines drawn as shapes in such a line cannot be told apart, so their length
    is unknown (a width of 0)."""
    line = item.line
    if "\t" not in line.text or item.side is not None:
        return [item]
    pieces: list[list] = [[]]
    for run in line.runs:
        if run.label:
            pieces[-1].append(run)
            continue
        parts = run.text.split("\t")
        for i, part in enumerate(parts):
            if i:
                pieces.append([])
            if part.strip():
                pieces[-1].append(dataclasses.replace(run, text=part))
    filled = [(i, runs) for i, runs in enumerate(pieces) if "".join(r.text for r in runs).strip()]
    if not filled:
        return [item]
    shapes = [0] if line.shape_widths else []
    if len(filled) == 1:
        if filled[0][0] == 0:  # text, then tabs: one column, at the left
            return [item]
        runs = filled[0][1]
        side = "right" if tab_position(line, filled[0][0]) >= width * 0.42 else "left"
        piece = dataclasses.replace(line, runs=runs, alignment=None, first_line=0, shape_widths=shapes)
        return [dataclasses.replace(item, line=piece, side=side)]
    left, right = filled[0][1], [r for _, runs in filled[1:] for r in (*runs, _space(runs))][:-1]
    out = []
    for side, runs, where in (("left", left, "bên trái"), ("right", right, "bên phải")):
        piece = dataclasses.replace(line, runs=runs, alignment=None, first_line=0 if side == "right" else line.first_line,
                                    location=f"{line.location} ({where})", shape_widths=shapes)
        out.append(dataclasses.replace(item, line=piece, side=side))
    return out


def _space(runs: list):  # type: ignore[no-untyped-def]
    return dataclasses.replace(runs[-1], text=" ", label=False)


# ------------------------------------------------------------------------- predicates
def short(text: str) -> bool:
    return len(text) <= MAX_LINE


def is_quoc_hieu(text: str) -> bool:
    """The Quốc hiệu in any case or spelling of HÒA/HOÀ (R11 says when its case is wrong)."""
    return short(text) and fold(text).replace(" ", "") == _QUOC_HIEU


def is_dang(text: str) -> bool:
    """The header line of a Party document: ĐẢNG CỘNG SẢN VIỆT NAM."""
    return short(text) and fold(text).replace(" ", "") == _DANG


def is_rule(p: ParagraphView) -> bool:
    """An empty line drawn as a rule: a border, a line shape, or a row of underscores."""
    text = p.text.strip()
    if not text:
        return p.border_bottom or p.border_top or bool(p.shape_widths)
    return len(text) <= MAX_LINE and bool(_UNDERSCORES().fullmatch(text))


def is_so(text: str) -> bool:
    """``Số: 05/KH-UBND`` (or ``Số 05/...``, ``Số:   /...``): the number line."""
    if not short(text) or not text.startswith("Số"):
        return False
    rest = text[2:].lstrip(" :")
    return "/" in rest[:40] and (not rest[:1].isalpha())


def is_so_dang(text: str) -> bool:
    """A Party number ``Số 05-KH/TU`` (the type before the slash, joined by a hyphen)."""
    if not short(text) or not text.startswith("Số"):
        return False
    rest = text[2:].lstrip(" :")
    head, _, tail = rest.partition("/")
    return bool(tail) and "-" in head and head.split("-", 1)[0].strip().isdigit()


def is_date_line(text: str) -> bool:
    """A place and date line: ``ngày … tháng … năm …`` in that order, near the start, or a place
    and a date in numbers (``Hà Nội, ngày 05/3/2026``: a date line in the wrong form, R20)."""
    if not short(text):
        return False
    if len(text) <= nd30_dates.MAX_DONG_NGAY and nd30_dates.DONG_NGAY_SO().match(text):
        return True
    if text.startswith("(") or is_kem_theo(text):
        return False  # "(Ban hành kèm theo Quyết định số ... ngày ... tháng ... năm ... của ...)"
    lower = text.lower()
    day = lower.find("ngày")
    if day < 0 or day > 120:
        return False
    month = lower.find("tháng", day)
    year = lower.find("năm", month) if month > 0 else -1
    return year > 0 and len(lower) - year <= 16  # the line ends with the year


def type_of(text: str) -> nd30_loai.Loai | None:
    """The Phụ lục III type whose name the whole line is (``QUYẾT ĐỊNH``, any case)."""
    return nd30_loai.loai_tu_ten(text) if len(text) <= 40 else None


def copy_form(text: str) -> str | None:
    """``SAO Y``, ``SAO LỤC``, ``TRÍCH SAO`` (any case) when the line is a copy's form."""
    if len(text) > 40:
        return None
    upper = text.upper().rstrip(".:")
    return upper if upper in nd30_loai.HINH_THUC_SAO else None


def is_vv(text: str) -> bool:
    return text[:3].lower() == VV.lower() and (len(text) == 3 or not text[3].isalpha())


def is_kinh_gui(text: str) -> bool:
    return text.startswith(KINH_GUI) or text.startswith(KINH_GUI.upper())


def is_dien(text: str) -> bool:
    """The addressee line of a Công điện: ``THỦ TƯỚNG CHÍNH PHỦ điện:``."""
    return short(text) and text.endswith(("điện:", "ĐIỆN:"))


def is_can_cu(p: ParagraphView, text: str) -> bool:
    """A line of the căn cứ block; ``Thực hiện ...`` counts when it is written in italics like one."""
    return la_dong_can_cu(text, italic_share(p))


def quyet_nghi(text: str) -> str | None:
    """``QUYẾT ĐỊNH:`` / ``QUYẾT NGHỊ:`` (any case, with or without the colon)."""
    if len(text) > 20:
        return None
    upper = text.upper().replace(" :", ":")
    for line in ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"):
        if upper in (line, line.rstrip(":")):
            return line
    return None


def is_kem_theo(text: str) -> bool:
    """``(Kèm theo ...)`` / ``(Ban hành kèm theo ...)`` under an appendix or an attached document."""
    return text.startswith(KEM_THEO) or text.lower().startswith(("(ban hành kèm theo", "(kèm theo"))


def is_noi_nhan(text: str) -> bool:
    """The heading ``Nơi nhận:`` (the colon may be missing), not a line of the body that starts
    with the same words (``Nơi nhận hồ sơ: Bộ phận Một cửa ...``)."""
    if not (text.startswith(NOI_NHAN) or text.startswith(NOI_NHAN.upper())):
        return False
    rest = text[len(NOI_NHAN):].lstrip()
    return not rest or rest.startswith(":")


def is_luu(text: str) -> bool:
    stripped = text.lstrip("-–•+ ")
    return stripped[:3].lower() == "lưu" and (len(stripped) == 3 or not stripped[3].isalpha())


def is_mark(text: str) -> bool:
    return text.upper() in _MARKS


def is_pham_vi(text: str) -> bool:
    return text.upper() in PHAM_VI_LUU_HANH


def is_phu_luc(text: str) -> bool:
    """``Phụ lục``, ``Phụ lục I``, ``PHỤ LỤC 2``: the heading of an appendix."""
    if len(text) > 30 or not text.lower().startswith("phụ lục"):
        return False
    number = text[7:].strip().rstrip(".:")
    return not number or bool(_ROMAN().fullmatch(number.upper())) or number.isdigit()


def is_placeholder(text: str) -> bool:
    """``(Đã ký)``, ``[Đã ký]``, ``(Ký số)``, ``(Chữ ký, dấu)``, ``Đã ký``: what stands for the
    hand signature.

    >>> [is_placeholder(t) for t in ("(Đã ký)", "[Đã ký]", "(Ký điện tử)", "Đã ký", "Ký kết hợp đồng")]
    [True, True, True, True, False]
    """
    lower = text.lower()
    if lower.startswith("["):
        lower = "(" + lower[1:]
    return (lower.startswith(nd30_loai.CHO_KY) and len(text) <= 120) \
        or (lower.startswith(nd30_loai.DA_KY) and len(text) <= 40)


def letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def is_upper(text: str) -> bool:
    """The line is written in capitals (at least two letters, none lower case)."""
    found = letters(text)
    return len(found) >= 2 and found == found.upper()


def is_name(text: str) -> bool:
    """A person's name: two to seven words, each starting with a capital, no final punctuation;
    in capitals, not a post (``PHÓ CHỦ TỊCH``) nor an authority line (``KT. GIÁM ĐỐC``)."""
    words = text.split()
    if not 2 <= len(words) <= 7 or len(text) > 60 or text.endswith((";", ":", ",", ".")):
        return False
    if is_upper(text) and (any(w.endswith(".") or "/" in w for w in words)
                           or any(f" {post} " in f" {text} " for post in POST_WORDS)):
        return False
    return all(w[:1].isupper() for w in words)


def is_title(text: str) -> bool:
    """A signature title line: capitals, short, no sentence punctuation (``KT. GIÁM ĐỐC``)."""
    return len(text) <= 80 and is_upper(text) and not text.endswith((";", ",")) and not text.startswith(("-", "+"))


def italic_share(p: ParagraphView) -> float:
    runs = p.visible_runs
    total = sum(len(r.text) for r in runs)
    return sum(len(r.text) for r in runs if r.italic) / total if total else 0.0


def right_placed(item: Item, text_width: int) -> bool:
    """The line stands in the right half of the page: a right column, right-aligned, pushed by
    tabs or by a left indent."""
    line = item.line
    if item.side == "right":
        return True
    if item.side == "left":
        return False
    if line.alignment == "right":
        return True
    indent = line.ind_left + max(line.first_line, 0)
    if line.text.startswith("\t"):
        leading = len(line.text) - len(line.text.lstrip("\t"))
        return tab_position(line, leading) >= text_width * 0.42
    return indent >= text_width * 0.3


# The roles of body lines, from their labels (linear patterns: possessive quantifiers).
ROLES = (
    ("phan", re.compile(r"(?:Phần|PHẦN)\s++(?:[IVXLC]++|thứ\s)")),
    ("chuong", re.compile(r"(?:Chương|CHƯƠNG)\s++[IVXLC0-9]++\b")),
    ("tieu_muc", re.compile(r"Tiểu mục\s++\d++\b")),
    ("muc", re.compile(r"(?:Mục|MỤC)\s++\d++\b")),
    ("dieu", re.compile(r"(?:Điều|ĐIỀU)\s++\d++[a-zđ]?\s*+[.:]")),
    ("muc_la_ma", re.compile(r"[IVXLC]++\.\s")),
    ("khoan_con", re.compile(r"\d++(?:\.\d++)++\.?\s")),
    ("khoan", re.compile(r"\d++\.\s")),
    ("diem", re.compile(r"[a-zđ]\)\s")),
    ("gach", re.compile(r"[-–—•]\s")),
    ("cong", re.compile(r"\+\s")),
)


def heading_role(text: str) -> str | None:
    """The structure heading a line opens with (Phần, Chương, Mục, Điều), or None."""
    for role, pattern in ROLES[:5]:
        if pattern.match(text):
            return role
    return None


# All the roles in one pattern: an alternation tries them in order, as a loop over ROLES would,
# in one match instead of eleven (the page check asks for every paragraph of a document).
_ANY_ROLE = re.compile("|".join(f"(?P<{role}>{pattern.pattern})" for role, pattern in ROLES))


def body_role(text: str) -> tuple[str, str | None]:
    """The role of a body line from its text, and its label (``"Điều 3."``, ``"a)"``)."""
    match = _ANY_ROLE.match(text)
    if match:
        return match.lastgroup, match.group(0).strip()  # type: ignore[return-value]
    return "doan", None
