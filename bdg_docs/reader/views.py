"""What a read .docx looks like: paragraphs and runs with the formatting Word would show.

Plain objects, in the document's order, with no XML left in them:

- :class:`DocxView`: the body as a list of blocks (:class:`ParagraphView`, :class:`TableView`,
  :class:`FrameView` for text boxes and frames), the sections, the footnotes;
- :class:`ParagraphView`: one paragraph (or one line of it, see :meth:`ParagraphView.lines`),
  its effective paragraph properties, its runs, and where it is (``location``, in the words an
  officer uses to find it in Word: ``đoạn 12``, ``bảng 1, hàng 2, ô 1, đoạn 1``);
- :class:`RunView`: a piece of text formatted one way. A numbered paragraph starts with a run
  holding the label Word shows (``1.``, ``a)``), marked ``label=True``.

Sizes are in points, lengths in twips (1/20 pt; 567 twips = 1 cm).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Iterator, Union

from bdg_docs.reader.styles import Frame

WORD_DEFAULT_SIZE = 10.0  # what Word shows when no style sets a size


@dataclass(frozen=True, slots=True)
class RunView:
    """A piece of text formatted one way."""

    text: str
    bold: bool = False
    italic: bool = False
    size: float | None = None  # points
    fonts: tuple[str | None, str | None, str | None] = (None, None, None)  # ascii, hAnsi, cs
    color: str | None = None
    caps: bool = False
    underline: bool = False
    superscript: bool = False
    footnote: int | None = None
    field: str | None = None  # instruction of the field the run shows (" PAGE "); "" text if no result
    label: bool = False  # the label of Word's automatic numbering ("1.", "a)")


@dataclass(slots=True)
class ParagraphView:
    """A paragraph with its effective properties; or one line of it (:meth:`lines`)."""

    location: str
    style_id: str | None
    style_name: str | None
    alignment: str | None  # left, center, right, both
    ind_left: int = 0
    ind_right: int = 0
    first_line: int = 0  # negative for a hanging indent
    space_before: int = 0
    space_after: int = 0
    line: int | None = None
    line_rule: str = "auto"
    border_bottom: bool = False
    border_top: bool = False
    runs: list[RunView] = field(default_factory=list)
    cell: tuple[int, int, int] | None = None  # table, row, column
    cell_width: int | None = None  # twips, for paragraphs in a table cell or a text box
    room: int | None = None  # width its lines have (twips): a cell's less its margins, a box's less its insets
    shape_widths: list[int] = field(default_factory=list)  # drawn lines in the paragraph, twips
    label: str | None = None  # automatic numbering label ("1.", "a)"), also the first run's text
    frame: Frame | None = None  # set for a paragraph in a frame (w:framePr)
    contextual: bool = False  # "don't add space between paragraphs of the same style"
    page_breaks: int = 0  # hard page breaks in or before the paragraph
    rendered_breaks: int = 0  # page breaks Word saw when it last laid the document out
    line_number: int | None = None  # for a line of a paragraph: which (from 1)
    section_start: bool = False  # the first paragraph after a section break
    floating: bool = False  # in a text box or a frame: placed apart from the text flow
    tabs: tuple[int, ...] = ()  # custom tab stops (twips from the left indent's origin)
    _text: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The text Word shows (numbering label first); computed once, as runs are not changed after reading."""
        if self._text is None:
            self._text = "".join(r.text for r in self.runs)
        return self._text

    @property
    def visible_runs(self) -> list[RunView]:
        return [r for r in self.runs if r.text.strip()]

    def excerpt(self, length: int = 60) -> str:
        text = " ".join(self.text.split())
        return text if len(text) <= length else text[: length - 1] + "…"

    def lines(self) -> list["ParagraphView"]:
        """The lines of the paragraph as Word breaks them by hand (Shift+Enter, ``w:br``).

        A paragraph without such a break is its own only line. Each line keeps the paragraph's
        properties, except what belongs to its first line (first-line indent, space before) or
        its last (space after, bottom border); its location adds ``dòng N``."""
        if "\n" not in self.text:
            return [self]
        pieces: list[list[RunView]] = [[]]
        for run in self.runs:
            parts = run.text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    pieces.append([])
                if part or run.field is not None or run.footnote is not None:
                    pieces[-1].append(dataclasses.replace(run, text=part))
        last = len(pieces) - 1
        return [dataclasses.replace(
            self, runs=runs, location=f"{self.location}, dòng {i + 1}", line_number=i + 1,
            first_line=self.first_line if i == 0 else 0,
            space_before=self.space_before if i == 0 else 0,
            space_after=self.space_after if i == last else 0,
            border_bottom=self.border_bottom if i == last else False,
            border_top=self.border_top if i == 0 else False,
            shape_widths=self.shape_widths if i == last else [],
            label=self.label if i == 0 else None,
        ) for i, runs in enumerate(pieces)]


@dataclass(slots=True)
class CellView:
    width: int | None
    paragraphs: list[ParagraphView]
    column: int = 0  # first grid column the cell covers (from 0)
    span: int = 1

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


@dataclass(slots=True)
class TableView:
    index: int
    rows: list[list[CellView]]
    grid: list[int]
    borderless: bool
    header_rows: int = 0  # leading rows repeated at the top of every page (w:tblHeader)

    def cells(self) -> Iterator[tuple[int, int, CellView]]:
        for r, row in enumerate(self.rows):
            for c, cell in enumerate(row):
                yield r, c, cell

    def paragraphs(self) -> Iterator[ParagraphView]:
        for _, _, cell in self.cells():
            yield from cell.paragraphs


@dataclass(slots=True)
class FrameView:
    """Paragraphs placed apart from the text flow: a text box (``kind="text_box"``) or a frame.

    ``x`` is the horizontal offset Word stores (twips, from ``relative_to``: column, margin or
    page), or None when the box is aligned instead (``align``: left, center, right)."""

    index: int
    kind: str
    paragraphs: list[ParagraphView]
    x: int | None = None
    align: str | None = None
    relative_to: str | None = None
    width: int | None = None

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


Block = Union[ParagraphView, TableView, FrameView]


@dataclass(slots=True)
class SectionView:
    page_width: int | None
    page_height: int | None
    orientation: str
    margins: dict[str, int]
    title_page: bool
    headers: dict[str, list[ParagraphView]]  # by kind: default, first, even (inherited ones included)
    footers: dict[str, list[ParagraphView]] = field(default_factory=dict)
    first_block: int = 0  # index in DocxView.blocks where the section starts
    start: str = "nextPage"  # how the section starts: nextPage, continuous, evenPage, oddPage, nextColumn
    page_start: int | None = None  # page numbers start again from this number (w:pgNumType)


@dataclass(slots=True)
class DocxView:
    blocks: list[Block]
    sections: list[SectionView]
    footnotes: dict[int, list[ParagraphView]]

    @property
    def paragraphs(self) -> list[ParagraphView]:
        """Body paragraphs outside tables and frames, in order."""
        return [b for b in self.blocks if isinstance(b, ParagraphView)]

    @property
    def tables(self) -> list[TableView]:
        return [b for b in self.blocks if isinstance(b, TableView)]

    def all_paragraphs(self) -> Iterator[ParagraphView]:
        """Every paragraph of the body, in tables and frames too, in order."""
        for block in self.blocks:
            if isinstance(block, ParagraphView):
                yield block
            elif isinstance(block, TableView):
                yield from block.paragraphs()
            else:
                yield from block.paragraphs
