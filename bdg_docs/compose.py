"""Compose body paragraphs from the shared body models, for every document type.

The :class:`Composer` numbers sections (``I.``), khoản (``1.``) and điểm (``a)``) from the
structure, writes dash and plus bullets, resolves ``[@key]`` citations (full ND30 form the first
time, short form after), ``[=BĐG]`` abbreviations (``Bình đẳng giới (BĐG)`` the first time,
``BĐG`` after), ``[$ten]`` values the document computes, and ``[^label]`` footnotes (numbered in
order of first use), and ends the body with ``./.``. Builders of document types call it in reading order.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Mapping, Sequence

from bdg_docs.layout import Block, Footnote, Paragraph, Run, Style, Table
from bdg_docs.models.body import CoQuanThucHien, CongBlock, Diem, DiemBlock, GachBlock, Khoan, Muc, _Numbered
from bdg_docs.models.citation import CanCu, VanBan
from bdg_docs.models.inline import AbbreviationRef, CitationRef, FootnoteRef, Inline, Span, VariableRef
from bdg_docs.nd30.header import upper
from bdg_docs.nd30.numbering import diem_letter, roman

Piece = Run | Inline | str
END_MARK = "./."


class Composer:
    def __init__(self, van_ban: Mapping[str, VanBan], chu_thich: Mapping[str, Inline], *,
                 viet_tat: Mapping[str, str] | None = None, bien: Mapping[str, Run] | None = None):
        self._van_ban = van_ban
        self._chu_thich = chu_thich
        self._viet_tat = viet_tat or {}
        self._bien = bien or {}
        self._cited: set[str] = set()
        self._abbreviated: set[str] = set()
        self._footnote_ids: dict[str, int] = {}
        self.footnotes: list[Footnote] = []
        self.paragraphs: list[Block] = []
        self._muc_count = 0

    # -- inline text ---------------------------------------------------------------------
    def runs(self, text: Piece, *, bold: bool | None = None, italic: bool | None = None) -> list[Run]:
        """Runs for a piece of text; ``bold``/``italic`` apply where the text does not say."""
        if isinstance(text, Run):
            return [text]
        if isinstance(text, str):
            return [Run(text, bold, italic)] if text else []
        out: list[Run] = []
        for part in text:
            if isinstance(part, Span):
                out.append(Run(part.text, True if part.bold else bold, True if part.italic else italic))
            elif isinstance(part, CitationRef):
                out.append(Run(self.cite(part.key), True if part.bold else bold, True if part.italic else italic))
            elif isinstance(part, AbbreviationRef):
                out.append(Run(self.abbreviate(part.key), True if part.bold else bold, True if part.italic else italic))
            elif isinstance(part, VariableRef):
                value = self._bien[part.key]
                out.append(Run(value.text, True if part.bold or value.bold else bold,
                               True if part.italic or value.italic else italic))
            elif isinstance(part, FootnoteRef):
                out.append(Run(footnote=self._footnote(part.label)))
        return out

    def cite(self, key: str) -> str:
        """The ND30 form of a cited document: in full the first time, short after."""
        doc = self._van_ban[key]
        if key in self._cited:
            return doc.ngan()
        self._cited.add(key)
        return doc.day_du()

    def abbreviate(self, key: str) -> str:
        """An abbreviation: introduced the first time (``Bình đẳng giới (BĐG)``), alone after."""
        if key in self._abbreviated:
            return key
        self._abbreviated.add(key)
        return f"{self._viet_tat[key]} ({key})"

    def _footnote(self, label: str) -> int:
        if label in self._footnote_ids:
            return self._footnote_ids[label]
        number = len(self._footnote_ids) + 1
        self._footnote_ids[label] = number
        self.footnotes.append(Footnote(number, tuple(self.runs(self._chu_thich[label]))))
        return number

    def make(self, style: str, *pieces: Piece, source: object = None) -> Paragraph:
        """A paragraph of ``pieces``; its ``source`` is the part of the document it is written
        from (by default its first inline text), for messages about it."""
        runs: list[Run] = []
        for piece in pieces:  # one pass: a paragraph is made for every line of the body
            if isinstance(piece, Inline):
                runs.extend(self.runs(piece))
                if source is None:
                    source = piece
            elif isinstance(piece, Run):
                runs.append(piece)
            elif piece:  # text
                runs.append(Run(piece))
        return Paragraph(style, tuple(runs), source=source)

    def add(self, style: str, *pieces: Piece, source: object = None) -> None:
        self.paragraphs.append(self.make(style, *pieces, source=source))

    def table(self, table: Table) -> None:
        """A table between the paragraphs of the body."""
        self.paragraphs.append(table)

    # -- căn cứ ----------------------------------------------------------------------------
    def can_cu(self, lines: Sequence[CanCu]) -> tuple[Paragraph, ...]:
        """Căn cứ lines: one per line, each ending ``;``, the last ``.`` (R31)."""
        out = []
        for i, line in enumerate(lines):
            end = "." if i == len(lines) - 1 else ";"
            if line.van_ban is not None:
                doc = self._van_ban[line.van_ban]
                verb = line.dong_tu or doc.dong_tu_mac_dinh
                out.append(self.make(Style.CAN_CU, f"{verb} {self.cite(line.van_ban)}{end}", source=line))
            else:
                assert line.noi_dung is not None
                runs = self.runs(line.noi_dung)
                out.append(Paragraph(Style.CAN_CU, _end_with(tuple(runs), end), source=line))
        return tuple(out)

    # -- structure -------------------------------------------------------------------------
    def muc_heading(self, tieu_de: str, *, source: object = None) -> None:
        """``I. TIÊU ĐỀ``: the next section's heading, numbered in order."""
        self._muc_count += 1
        self.add(Style.MUC, f"{roman(self._muc_count)}. {upper(tieu_de)}", source=source)

    def muc(self, section: Muc) -> None:
        """A whole section: heading, its paragraphs, then its khoản numbered from 1."""
        self.muc_heading(section.tieu_de, source=section)
        self.blocks(section.noi_dung)
        for number, item in enumerate(section.khoan, start=1):
            self.khoan(number, item)

    def mo_dau_muc_dich_yeu_cau(self, mo_dau: Iterable[Inline], muc_dich: list[object], yeu_cau: list[object]) -> None:
        """How every Kế hoạch opens: its opening paragraphs, then ``I. MỤC ĐÍCH, YÊU CẦU``."""
        for paragraph in mo_dau:
            self.add(Style.MO_DAU, paragraph)
        self.muc(Muc(tieu_de="Mục đích, yêu cầu", khoan=[
            Khoan(tieu_de="Mục đích", noi_dung=muc_dich),
            Khoan(tieu_de="Yêu cầu", noi_dung=yeu_cau),
        ]))

    def khoan_heading(self, number: int, tieu_de: Inline | str) -> None:
        """``1. Tiêu đề`` in bold, when its content is not a plain Khoan."""
        self.add(Style.KHOAN_TIEU_DE, Run(f"{number}. "), tieu_de)

    def khoan(self, number: int, item: Khoan) -> None:
        self._numbered(f"{number}.", item, titled_style=Style.KHOAN_TIEU_DE, title_bold=True)

    def diem(self, number: int, item: Diem) -> None:
        self._numbered(f"{diem_letter(number)})", item, titled_style=Style.THAN, title_bold=None)

    def _numbered(self, label: str, item: _Numbered, *, titled_style: str, title_bold: bool | None) -> None:
        rest = list(item.noi_dung)
        if item.tieu_de is None:
            first = rest.pop(0)
            self.add(Style.THAN, f"{label} ", first)
        elif item.cung_dong:  # a khoản's title is bold; a điểm's is not (R32)
            first = rest.pop(0)
            title = _with_colon(self.runs(item.tieu_de, bold=title_bold))
            self.add(Style.THAN, Run(f"{label} ", title_bold), *title, Run(" "), first, source=item.tieu_de)
        else:
            self.add(titled_style, Run(f"{label} ", title_bold), *self.runs(item.tieu_de, bold=title_bold),
                     source=item.tieu_de)
        self.blocks(rest)

    def co_quan(self, number: int, agency: CoQuanThucHien) -> None:
        """One agency of Tổ chức thực hiện: bold name (``Đề nghị`` for mass organisations)."""
        name = [Run(f"{number}. " + ("Đề nghị " if agency.de_nghi else ""), True),
                *self.runs(agency.co_quan, bold=True)]
        rest = list(agency.noi_dung)
        if agency.cung_dong:
            first = rest.pop(0)
            self.add(Style.THAN, *_with_colon(name), Run(" "), first, source=agency.co_quan)
        elif agency.vai_tro is not None:
            self.add(Style.KHOAN_TIEU_DE, *name, Run(" (", False), *self.runs(agency.vai_tro, bold=False), Run(").", False),
                     source=agency.co_quan)
        else:
            self.add(Style.KHOAN_TIEU_DE, *name, source=agency.co_quan)
        self.blocks(rest)

    def blocks(self, blocks: Iterable[object]) -> None:
        for block in blocks:
            if isinstance(block, Inline):
                self.add(Style.THAN, block)
            elif isinstance(block, GachBlock):
                for bullet in block.gach:
                    self.add(Style.THAN, "- ", bullet.noi_dung)
                    for sub in bullet.cong:
                        self.add(Style.THAN, "+ ", sub)
            elif isinstance(block, CongBlock):
                for sub in block.cong:
                    self.add(Style.THAN, "+ ", sub)
            elif isinstance(block, DiemBlock):
                for number, item in enumerate(block.diem, start=1):
                    self.diem(number, item)
            else:  # pragma: no cover - the models admit no other block
                raise TypeError(type(block))

    def finish(self) -> tuple[Block, ...]:
        """The body, its last paragraph ending with ``./.`` (R48) and, when it ends the body, kept
        on the page of Nơi nhận and the signature, which therefore never stand alone on the last page."""
        last = next((i for i in reversed(range(len(self.paragraphs))) if isinstance(self.paragraphs[i], Paragraph)), None)
        if last is not None:
            paragraph = self.paragraphs[last]
            assert isinstance(paragraph, Paragraph)
            self.paragraphs[last] = replace(paragraph, runs=_end_with(paragraph.runs, END_MARK),
                                            keep_next=last == len(self.paragraphs) - 1)
        return tuple(self.paragraphs)


def _with_colon(runs: list[Run]) -> list[Run]:
    """A run-in title ends with a colon (``3. Phòng Tư pháp:``)."""
    if runs and not runs[-1].text.rstrip().endswith(":"):
        last = runs[-1]
        runs = [*runs[:-1], Run(last.text.rstrip() + ":", last.bold, last.italic, last.footnote)]
    return runs


def _end_with(runs: tuple[Run, ...], mark: str) -> tuple[Run, ...]:
    """Make text end with ``mark`` (``;``, ``.`` or ``./.``) without doubling what is there."""
    text_runs = [i for i, r in enumerate(runs) if r.footnote is None and r.text]
    if not text_runs:
        return runs
    i = text_runs[-1]
    last = runs[i]
    text = last.text.rstrip()
    if mark == END_MARK:
        if text.endswith(END_MARK):
            new = text
        elif text.endswith("."):
            new = text + "/."
        else:
            new = text.rstrip(";:,") + END_MARK
    else:
        new = text.rstrip(";.,") + mark
    return (*runs[:i], Run(new, last.bold, last.italic), *runs[i + 1:])
