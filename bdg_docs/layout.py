"""The laid-out document: plain data between the builders and the renderer.

A builder turns a document model into a :class:`Page`: every line of text it will show, each
paragraph tagged with the template style that formats it. The renderer only places a Page into
the template; it makes no decision about words or structure. Pages are plain frozen
dataclasses, so a test (or another tool) can read them without a template.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class Style:
    """Paragraph styles of the template (bdg_docs/templates/van_ban.docx) that builders use."""

    THAN = "BDGThan"  # body paragraph, bullets, điểm, untitled khoản
    MO_DAU = "BDGMoDau"  # opening paragraph, right under the trích yếu
    CAN_CU = "BDGCanCu"  # căn cứ line, italic
    MUC = "BDGMuc"  # I. MỤC (bold, upper)
    KHOAN_TIEU_DE = "BDGKhoanTieuDe"  # 1. Khoản with a title (bold)
    NOI_NHAN = "BDGNoiNhan"
    NOI_NHAN_NHOM = "BDGNoiNhanNhom"
    BANG = "BDGBang"  # table cell: words, flush left
    BANG_SO = "BDGBangSo"  # table cell: a number, centred

    # How the template formats them, for rules that read a laid-out page as the checker reads
    # the .docx (a test compares these with the template's styles).
    BOLD = frozenset({MUC, KHOAN_TIEU_DE})
    ITALIC = frozenset({CAN_CU, NOI_NHAN_NHOM})


@dataclass(frozen=True)
class Run:
    """A stretch of text with one format; ``footnote`` makes it a footnote reference mark.

    ``bold`` and ``italic`` are True (on), False (off, even in a bold style) or None (as the
    paragraph style says).
    """

    text: str = ""
    bold: bool | None = None
    italic: bool | None = None
    footnote: int | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body. ``keep_next`` keeps it on the page of what follows (the last
    paragraph stays with Nơi nhận and the signature); ``source`` is the part of the document
    it was written from (an Inline or a model), so that a rule broken on the page names its field."""

    style: str
    runs: tuple[Run, ...]
    keep_next: bool = False
    source: object = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Cell:
    """A table cell: its text and the style that aligns it (words left, numbers centred)."""

    runs: tuple[Run, ...]
    style: str = Style.BANG


@dataclass(frozen=True)
class Table:
    """A body table (the template's indicator table): column titles, repeated at the top of every
    page the table crosses, then rows that do not break across pages. Every row has one cell per
    column title."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def __post_init__(self) -> None:
        if any(len(row) != len(self.header) for row in self.rows):
            raise ValueError(f"every row of a table has {len(self.header)} cells")


Block = Paragraph | Table
"""What a body holds: paragraphs, and tables between them."""


@dataclass(frozen=True)
class Appendix:
    """A Phụ lục after the signature (ND30 Phụ lục I, III.1): on its own pages, numbered from 1."""

    label: str  # "Phụ lục", "Phụ lục I"
    title: str  # in capitals
    kem_theo: str  # "(Kèm theo Báo cáo số .../BC-UBND ngày ... của ...)"
    body: tuple[Block, ...]


@dataclass(frozen=True)
class Footnote:
    """A footnote at the foot of the page: its number and text."""

    id: int
    runs: tuple[Run, ...]


@dataclass(frozen=True)
class NoiNhanLine:
    """One line of the Nơi nhận block, with its paragraph style."""

    style: str
    text: str


@dataclass(frozen=True)
class Page:
    """Everything a document shows, in template order."""

    loai_van_ban: str  # "Kế hoạch", "Công văn": for the file's properties
    ngay_tep: date  # the file's creation date: the date of issue (its first day if blank)
    co_quan: tuple[str, ...]
    so: str
    dia_danh_ngay: str
    chuc_danh: tuple[str, ...]
    ho_ten: str
    noi_nhan: tuple[NoiNhanLine, ...]
    chu_quan: tuple[str, ...] = ()
    ten_loai: str | None = None  # "KẾ HOẠCH" (Mẫu 1.4)
    trich_yeu: str | None = None  # under the type name; "\n" breaks a line
    vv: str | None = None  # "V/v ..." of a Công văn (Mẫu 1.5)
    kinh_gui: tuple[str, ...] = ()
    can_cu: tuple[Paragraph, ...] = ()
    than: tuple[Block, ...] = ()
    chu_thich: tuple[Footnote, ...] = ()
    phu_luc: tuple[Appendix, ...] = ()
