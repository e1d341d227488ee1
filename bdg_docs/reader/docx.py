"""Read any .docx into a plain view with the formatting Word would show.

Each paragraph and run carries its *effective* properties: document defaults, then the style
chain (``basedOn``), then the numbering level, then the run's character style, then direct
formatting. What Word shows but does not store as text is computed: automatic numbering labels
(``1.``, ``a)``), fields with or without a stored result (a ``PAGE`` field is seen even when the
file holds no number), line breaks typed with Shift+Enter (``\\n`` in the text). Text boxes and
frames become :class:`FrameView` blocks next to the paragraph that anchors them, not text of
that paragraph. Deleted and moved-away text (tracked changes) is left out; inserted text is in.

The checker, the layout dump and the recognition of a document's parts
(:mod:`bdg_docs.reader.parts`) all read documents through this module, so they agree on what a
document looks like. A file that is not a readable .docx raises :class:`DocxReadError` with a
message, never a traceback from deep inside; the package limits are in
:mod:`bdg_docs.reader.package`.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from lxml import etree

from bdg_docs.reader.numbering import Numbering
from bdg_docs.reader.package import (
    MAX_PARAGRAPHS,
    MAX_RUNS,
    OLE_MAGIC,
    RESAVE_HINT,
    DocxReadError,
    Package,
    load_bytes,
    too_many,
)
from bdg_docs.reader.styles import A, Styles, measure, on, q, read_ppr, read_rpr, theme_fonts
from bdg_docs.reader.views import (
    WORD_DEFAULT_SIZE,
    Block,
    CellView,
    DocxView,
    FrameView,
    ParagraphView,
    RunView,
    SectionView,
    TableView,
)

__all__ = ["DocxReadError", "DocxView", "FrameView", "OLE_MAGIC", "ParagraphView", "RESAVE_HINT", "RunView",
           "SectionView", "TableView", "read"]

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
VML = "urn:schemas-microsoft-com:vml"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_MC_ALT, _MC_CHOICE, _MC_FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
_TXBX = q("w:txbxContent")
_RPR, _PPR, _PSTYLE, _VAL = q("w:rPr"), q("w:pPr"), q("w:pStyle"), q("w:val")
_EMU_PER_TWIP = 635
_PPR_KEYS = ("ind_left", "ind_right", "first_line", "space_before", "space_after", "line", "line_rule",
             "border_bottom", "border_top", "contextual", "tabs")
# Containers whose children are read as if they stood in the paragraph (or the body) itself.
_RUN_CONTAINERS = {q(t) for t in ("w:hyperlink", "w:smartTag", "w:customXml", "w:ins", "w:moveTo", "w:dir",
                                  "w:bdo", "w:fldSimple")}
_SKIPPED = {q(t) for t in ("w:del", "w:moveFrom", "w:pPr", "w:sdtPr", "w:sdtEndPr", "w:rPr")}


@dataclass(slots=True)
class _Box:
    """A text box found in a run, before it becomes a FrameView."""

    content: etree._Element
    x: int | None
    align: str | None
    relative_to: str | None
    width: int | None
    insets: int = 288  # left + right inner margins (Word's default: 0.1 inch each)


class _Reader:
    def __init__(self, package: Package):
        self.package = package
        self.theme = theme_fonts(self._theme_root())
        self.styles = Styles(package.xml("word/styles.xml"), self.theme)
        numbering_styles = {sid: str(style.ppr["num_id"]) for sid, style in self.styles.styles.items()
                            if style.type == "numbering" and "num_id" in style.ppr}
        self.numbering = Numbering(package.xml("word/numbering.xml"), self.theme, numbering_styles)
        self.rels = self._rels("word/_rels/document.xml.rels")
        self._parts: dict[str, list[ParagraphView]] = {}  # headers and footers, each read once
        self.paragraph_count = 0
        self.run_count = 0
        self.frame_count = 0

    def _theme_root(self) -> etree._Element | None:
        name = next((n for n in self.package.names() if re.fullmatch(r"word/theme/theme\d*\.xml", n)), None)
        return self.package.xml(name) if name else None

    def _rels(self, name: str) -> dict[str, str]:
        root = self.package.xml(name)
        if root is None:
            return {}
        return {el.get("Id"): el.get("Target") for el in root.findall(f"{{{REL_NS}}}Relationship")
                if el.get("Id") and el.get("Target")}

    # -- paragraphs ----------------------------------------------------------------------
    def paragraph(self, p: etree._Element, location: str, cell: tuple[int, int, int] | None = None,
                  cell_width: int | None = None, room: int | None = None) -> tuple[ParagraphView, list[_Box]]:
        self.paragraph_count += 1
        if self.paragraph_count > MAX_PARAGRAPHS:
            raise too_many("đoạn", MAX_PARAGRAPHS)
        first = p[0] if len(p) else None  # the schema puts w:pPr first, and w:pStyle first in it
        ppr_el = first if first is not None and first.tag == _PPR else p.find(_PPR)
        style_el = ppr_el[0] if ppr_el is not None and len(ppr_el) else None
        if style_el is not None and style_el.tag != _PSTYLE:
            style_el = ppr_el.find(_PSTYLE)  # type: ignore[union-attr]
        sid = style_el.get(_VAL) if style_el is not None else None
        base_ppr, base_rpr = self.styles.paragraph(sid)
        direct = read_ppr(ppr_el) if ppr_el is not None else {}
        num_id = direct.get("num_id", base_ppr.get("num_id"))
        level = int(direct.get("num_level", base_ppr.get("num_level", 0)))  # type: ignore[call-overload]
        label = self.numbering.label(str(num_id), level) if num_id is not None else None
        ppr = {**base_ppr, **(label.ppr if label else {}), **direct}
        style_id = sid or self.styles.default_paragraph
        view = ParagraphView(
            location=location,
            style_id=style_id,
            style_name=self.styles.name(style_id),
            alignment=ppr.get("alignment", "left"),  # type: ignore[arg-type]
            cell=cell,
            cell_width=cell_width,
            room=room,
            frame=ppr.get("frame"),  # type: ignore[arg-type]
            floating=ppr.get("frame") is not None,
            page_breaks=1 if ppr.get("page_break_before") else 0,
            **{k: ppr[k] for k in _PPR_KEYS if k in ppr},  # type: ignore[arg-type]
        )
        walker = _RunWalker(self, base_rpr)
        if label is not None and label.text:
            mark = read_rpr(ppr_el.find(q("w:rPr")), self.theme) if ppr_el is not None else {}
            walker.add_label(label.text, {**mark, **label.rpr})
            view.label = label.text
        walker.walk(p)
        view.runs = walker.finish()
        view.shape_widths = walker.shapes
        view.page_breaks += walker.page_breaks
        view.rendered_breaks = walker.rendered_breaks
        self.run_count += len(view.runs)
        if self.run_count > MAX_RUNS:
            raise too_many("đoạn chữ định dạng riêng (run)", MAX_RUNS)
        return view, walker.boxes

    # -- containers: body, cells, text boxes --------------------------------------------------
    def _children(self, elements: Iterable[etree._Element]) -> Iterator[etree._Element]:
        """The paragraphs and tables among some elements (a container's children), looking
        through content controls and the other wrappers Word puts around them."""
        for el in elements:
            if el.tag in (q("w:p"), q("w:tbl")):
                yield el
            elif el.tag == q("w:sdt"):
                content = el.find(q("w:sdtContent"))
                if content is not None:
                    yield from self._children(content)
            elif el.tag in (q("w:customXml"), q("w:ins"), q("w:moveTo")):
                yield from self._children(el)

    def flow(self, container: etree._Element, prefix: str, counter: list[int],
             cell: tuple[int, int, int] | None, width: int | None, room: int | None = None) -> list[ParagraphView]:
        """The paragraphs of a cell or a text box, nested tables and boxes flattened in order."""
        out: list[ParagraphView] = []
        for el in self._children(container):
            if el.tag == q("w:p"):
                counter[0] += 1
                view, boxes = self.paragraph(el, f"{prefix}đoạn {counter[0]}", cell, width, room)
                out.append(view)
                for box in boxes:
                    out.extend(_floating(self.flow(box.content, f"{prefix}khung chữ, ", [0, 0], cell,
                                                   box.width or width, _inner(box) or room)))
            else:
                counter[1] += 1
                table = self.table(el, counter[1], f"{prefix}bảng lồng {counter[1]}, ", cell)
                out.extend(table.paragraphs())
        return out

    def body(self) -> tuple[list[Block], list[SectionView]]:
        blocks: list[Block] = []
        sections: list[SectionView] = []
        n_par = n_tbl = 0
        first_block = 0
        new_section = False  # the previous paragraph ended a section
        inherited: dict[str, dict[str, list[ParagraphView]]] = {"header": {}, "footer": {}}
        body_tag = q("w:body")
        data = self.package.part("word/document.xml") or b""
        # Counted before parsing (the usual "w:" prefix), so a file of a million empty
        # paragraphs is refused at once; the count while reading stays the guard for the rest.
        if data.count(b"<w:p>") + data.count(b"<w:p ") + data.count(b"<w:p/>") > MAX_PARAGRAPHS:
            raise too_many("đoạn", MAX_PARAGRAPHS)
        for top in self.package.iter_children("word/document.xml", body_tag):
            if top.tag == q("w:sectPr"):
                sections.append(self.section(top, first_block, inherited))
                continue
            for el in self._children((top,)):
                if el.tag == q("w:p"):
                    n_par += 1
                    view, boxes = self.paragraph(el, f"đoạn {n_par}")
                    view.section_start, new_section = new_section, False
                    self._place(blocks, view)
                    for box in boxes:
                        self.frame_count += 1
                        paragraphs = _floating(self.flow(box.content, f"khung chữ {self.frame_count}, ", [0, 0], None,
                                                         box.width, _inner(box)))
                        blocks.append(FrameView(self.frame_count, "text_box", paragraphs, box.x, box.align,
                                                box.relative_to, box.width))
                    sect = el.find(f"{q('w:pPr')}/{q('w:sectPr')}")
                    if sect is not None:  # the paragraph ends a section
                        sections.append(self.section(sect, first_block, inherited))
                        first_block = len(blocks)
                        new_section = True
                elif el.tag == q("w:tbl"):
                    n_tbl += 1
                    blocks.append(self.table(el, n_tbl))
        if not sections and blocks:
            sections.append(SectionView(None, None, "portrait", {}, False, {}, {}, 0))
        return blocks, sections

    def _place(self, blocks: list[Block], view: ParagraphView) -> None:
        """A paragraph goes into the flow, or into the frame its ``w:framePr`` places it in
        (consecutive paragraphs with the same frame properties share one frame, as in Word)."""
        frame = view.frame
        if frame is None:
            blocks.append(view)
            return
        last = blocks[-1] if blocks else None
        if isinstance(last, FrameView) and last.kind == "frame" and last.paragraphs and last.paragraphs[-1].frame == frame:
            view.room = frame.width
            last.paragraphs.append(view)
            return
        self.frame_count += 1
        view.room = frame.width
        blocks.append(FrameView(self.frame_count, "frame", [view], frame.x, frame.x_align, frame.anchor, frame.width))

    def table(self, tbl: etree._Element, index: int, prefix: str = "",
              outer_cell: tuple[int, int, int] | None = None) -> TableView:
        """A table; a nested one (``prefix``) keeps the cell of the table it sits in (``outer_cell``)."""
        grid = [measure(c.get(q("w:w"))) or 0 for c in tbl.findall(f"{q('w:tblGrid')}/{q('w:gridCol')}")]
        margins = _cell_margins(tbl.find(q("w:tblPr")))
        rows = []
        bordered_cells = False
        header_rows, leading = 0, True
        name = f"{prefix}bảng {index}" if not prefix else prefix.rstrip(", ")
        for r_i, tr in enumerate(self._rows(tbl), start=1):
            cells = []
            col = 0
            trpr = tr.find(q("w:trPr"))
            leading = leading and trpr is not None and bool(on(trpr.find(q("w:tblHeader"))))
            header_rows += leading
            skip = trpr.find(q("w:gridBefore")) if trpr is not None else None
            col += (measure(skip.get(q("w:val"))) or 0) if skip is not None else 0
            for c_i, tc in enumerate(self._cells(tr), start=1):
                tcpr = tc.find(q("w:tcPr"))
                tcw = tcpr.find(q("w:tcW")) if tcpr is not None else None
                span_el = tcpr.find(q("w:gridSpan")) if tcpr is not None else None
                span = max(1, min(measure(span_el.get(q("w:val"))) or 1, 64)) if span_el is not None else 1
                width = measure(tcw.get(q("w:w"))) if tcw is not None and tcw.get(q("w:type"), "dxa") == "dxa" else None
                if not width and grid:
                    width = sum(grid[col:col + span]) or None
                if tcpr is not None and _visible_borders(tcpr.find(q("w:tcBorders"))):
                    bordered_cells = True
                location = f"{name}, hàng {r_i}, ô {c_i}, "
                paragraphs = self.flow(tc, location, [0, 0], outer_cell or (index, r_i, c_i), width,
                                       max(width - margins, 1) if width else None)
                cells.append(CellView(width, paragraphs, col, span))
                col += span
            rows.append(cells)
        return TableView(index, rows, grid, self._borderless(tbl) and not bordered_cells, header_rows)

    def _rows(self, tbl: etree._Element) -> Iterator[etree._Element]:
        for el in tbl:
            if el.tag == q("w:tr"):
                yield el
            elif el.tag in (q("w:sdt"), q("w:customXml")):
                content = el.find(q("w:sdtContent")) if el.tag == q("w:sdt") else el
                if content is not None:
                    yield from (r for r in content if r.tag == q("w:tr"))

    def _cells(self, tr: etree._Element) -> Iterator[etree._Element]:
        for el in tr:
            if el.tag == q("w:tc"):
                yield el
            elif el.tag in (q("w:sdt"), q("w:customXml")):
                content = el.find(q("w:sdtContent")) if el.tag == q("w:sdt") else el
                if content is not None:
                    yield from (c for c in content if c.tag == q("w:tc"))

    def _borderless(self, tbl: etree._Element) -> bool:
        tblpr = tbl.find(q("w:tblPr"))
        borders = tblpr.find(q("w:tblBorders")) if tblpr is not None else None
        if borders is not None:
            return not _visible_borders(borders)
        style = tblpr.find(q("w:tblStyle")) if tblpr is not None else None
        if style is None:
            return True
        for s in reversed(self.styles.chain(style.get(q("w:val")))):
            if "borders" in s.ppr:
                return not s.ppr["borders"]
        return style.get(q("w:val")) in ("TableNormal", "NormalTable")

    # -- sections, headers, footers, footnotes --------------------------------------------
    def section(self, sect: etree._Element, first_block: int,
                inherited: dict[str, dict[str, list[ParagraphView]]]) -> SectionView:
        """One section; a header or footer it does not set is the previous section's (as in Word)."""
        size, mar = sect.find(q("w:pgSz")), sect.find(q("w:pgMar"))
        for tag, kind in (("w:headerReference", "header"), ("w:footerReference", "footer")):
            for ref in sect.findall(q(tag)):
                target = self.rels.get(ref.get(q("r:id")) or "")
                which = ref.get(q("w:type")) or "default"
                inherited[kind][which] = self._part(target, kind, which) if target else []
        start = sect.find(q("w:type"))
        numbers = sect.find(q("w:pgNumType"))
        return SectionView(
            page_width=measure(size.get(q("w:w"))) if size is not None else None,
            page_height=measure(size.get(q("w:h"))) if size is not None else None,
            orientation=(size.get(q("w:orient")) if size is not None else None) or "portrait",
            margins={k: abs(measure(mar.get(q(f"w:{k}"))) or 0) for k in ("top", "bottom", "left", "right", "gutter")}
            if mar is not None else {},
            title_page=on(sect.find(q("w:titlePg"))) or False,
            headers=dict(inherited["header"]),
            footers=dict(inherited["footer"]),
            first_block=first_block,
            start=(start.get(q("w:val")) if start is not None else None) or "nextPage",
            page_start=measure(numbers.get(q("w:start"))) if numbers is not None else None,
        )

    def _part(self, target: str, kind: str, which: str) -> list[ParagraphView]:
        """A header or footer part, read once however many sections share it."""
        name = target.lstrip("/") if target.startswith("/") else f"word/{target}"
        if name not in self._parts:
            root = self.package.xml(name)
            label = "đầu trang" if kind == "header" else "chân trang"
            self._parts[name] = self.flow(root, f"{label} ({which}), ", [0, 0], None, None) if root is not None else []
        return self._parts[name]

    def footnotes(self) -> dict[int, list[ParagraphView]]:
        root = self.package.xml("word/footnotes.xml")
        out: dict[int, list[ParagraphView]] = {}
        if root is None:
            return out
        for fn in root.findall(q("w:footnote")):
            if fn.get(q("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            fid = measure(fn.get(q("w:id")))
            if fid is None:
                continue
            out[fid] = self.flow(fn, f"chú thích {fid}, ", [0, 0], None, None)
        return out


class _RunWalker:
    """The runs of one paragraph, in order, with fields, breaks, shapes and text boxes."""

    def __init__(self, reader: _Reader, base_rpr: dict[str, object]):
        self.reader = reader
        self.base_rpr = base_rpr
        self.runs: list[RunView] = []
        self.shapes: list[int] = []
        self.boxes: list[_Box] = []
        self.page_breaks = 0
        self.rendered_breaks = 0
        self.fields: list[list] = []  # [instruction, shown anything, run properties at begin]

    def props(self, rpr_el: etree._Element | None) -> dict[str, object]:
        direct = read_rpr(rpr_el, self.reader.theme)
        style = direct.get("rstyle") or self.base_rpr.get("rstyle")
        return {**self.base_rpr, **self.reader.styles.character(style), **direct}  # type: ignore[arg-type]

    def add_label(self, text: str, rpr: dict[str, object]) -> None:
        props = {**self.base_rpr, **rpr}
        self.runs.append(_run(f"{text} ", props, label=True))

    def walk(self, el: etree._Element, simple_field: str | None = None) -> None:
        for child in el:
            tag = child.tag
            if tag == q("w:r"):
                self.run(child, simple_field)
            elif tag == q("w:fldSimple"):
                instr = child.get(q("w:instr")) or ""
                before = len(self.runs)
                self.walk(child, instr)
                if not any(r.text for r in self.runs[before:]):
                    self.runs.append(_run("", self.base_rpr, field=instr))
            elif tag == q("w:sdt"):
                content = child.find(q("w:sdtContent"))
                if content is not None:
                    self.walk(content, simple_field)
            elif tag in _RUN_CONTAINERS:
                self.walk(child, simple_field)
            elif tag == _MC_ALT:
                branch = _branch(child)
                if branch is not None:
                    self.walk(branch, simple_field)

    def run(self, r: etree._Element, simple_field: str | None) -> None:
        first = r[0] if len(r) else None
        props = self.props(first if first is not None and first.tag == _RPR else None)
        text: list[str] = []
        footnote = None
        for child in r:
            tag = child.tag
            if tag == q("w:t"):
                text.append(child.text or "")
            elif tag in (q("w:tab"), q("w:ptab")):
                text.append("\t")
            elif tag == q("w:br"):
                if child.get(q("w:type")) == "page":
                    self.page_breaks += 1
                text.append("\n")
            elif tag == q("w:cr"):
                text.append("\n")
            elif tag == q("w:noBreakHyphen"):
                text.append("-")
            elif tag == q("w:sym"):
                text.append(_symbol(child.get(q("w:char"))))
            elif tag in (q("w:footnoteReference"), q("w:endnoteReference")):
                footnote = measure(child.get(q("w:id")))
            elif tag == q("w:lastRenderedPageBreak"):
                self.rendered_breaks += 1
            elif tag == q("w:fldChar"):
                self._flush(text, props, footnote, simple_field)
                text, footnote = [], None
                self.field_char(child.get(q("w:fldCharType")), props)
            elif tag == q("w:instrText"):
                if self.fields:
                    self.fields[-1][0] = (self.fields[-1][0] + (child.text or ""))[:500]
            elif tag in (q("w:drawing"), q("w:pict"), q("w:object"), _MC_ALT):
                self._graphics(child)
        self._flush(text, props, footnote, simple_field)

    def _flush(self, text: list[str], props: dict[str, object], footnote: int | None, simple_field: str | None) -> None:
        if not text and footnote is None:
            return
        field = self.fields[-1][0] if self.fields else simple_field
        if self.fields and "".join(text):
            for f in self.fields:
                f[1] = True
        self.runs.append(_run("".join(text), props, footnote=footnote, field=field))

    def field_char(self, kind: str | None, props: dict[str, object]) -> None:
        if kind == "begin":
            self.fields.append(["", False, props])
        elif kind == "end" and self.fields:
            instr, shown, begin_props = self.fields.pop()
            if not shown:  # no stored result (or an empty one): the field is still there
                self.runs.append(_run("", begin_props, field=instr))

    def _graphics(self, el: etree._Element) -> None:
        """Line shapes (their widths) and text boxes (their content) of a drawing."""
        branch = _branch(el) if el.tag == _MC_ALT else el
        if branch is not None:
            _find_graphics(branch, None, self)

    def finish(self) -> list[RunView]:
        while self.fields:  # a field left open at the end of the paragraph
            self.field_char("end", self.base_rpr)
        return _merge(self.runs)


def _floating(paragraphs: list[ParagraphView]) -> list[ParagraphView]:
    """Mark the paragraphs of a text box as placed apart from the text flow."""
    for p in paragraphs:
        p.floating = True
    return paragraphs


def _branch(alt: etree._Element) -> etree._Element | None:
    """The branch of ``mc:AlternateContent`` to read: the first Choice, else the Fallback."""
    choice = alt.find(_MC_CHOICE)
    return choice if choice is not None else alt.find(_MC_FALLBACK)


_POS_H, _EXTENT, _POS_OFFSET, _ALIGN = f"{{{WP}}}positionH", f"{{{WP}}}extent", f"{{{WP}}}posOffset", f"{{{WP}}}align"
_ANCHORS = (f"{{{WP}}}anchor", f"{{{WP}}}inline")
_VML_SHAPES = {f"{{{VML}}}{t}" for t in ("shape", "rect", "roundrect", "oval", "group")}


def _find_graphics(el: etree._Element, place: _Box | None, walker: _RunWalker) -> None:
    for child in el:
        tag = child.tag
        if tag == _MC_ALT:
            branch = _branch(child)
            if branch is not None:
                _find_graphics(branch, place, walker)
        elif tag in _ANCHORS:
            _find_graphics(child, _anchor_place(child), walker)
        elif tag in _VML_SHAPES:
            _find_graphics(child, _vml_place(child.get("style") or "") or place, walker)
        elif tag == _TXBX:
            box = place or _Box(child, None, None, None, None)
            walker.boxes.append(_Box(child, box.x, box.align, box.relative_to, box.width, _insets(child)))
        elif tag == f"{{{VML}}}line":
            x1, x2 = _vml_point(child.get("from")), _vml_point(child.get("to"))
            if x1 is not None and x2 is not None:
                walker.shapes.append(abs(x2 - x1))
        elif tag == f"{{{A}}}prstGeom" and child.get("prst") in ("line", "straightConnector1"):
            if place is not None and place.width:
                walker.shapes.append(place.width)
        else:
            _find_graphics(child, place, walker)


def _anchor_place(anchor: etree._Element) -> _Box:
    extent = anchor.find(_EXTENT)
    cx = measure(extent.get("cx")) if extent is not None else None
    pos = anchor.find(_POS_H)
    x = align = relative = None
    if pos is not None:
        relative = pos.get("relativeFrom")
        offset, aligned = pos.find(_POS_OFFSET), pos.find(_ALIGN)
        if offset is not None:
            emu = measure(offset.text)
            x = emu // _EMU_PER_TWIP if emu is not None else None
        elif aligned is not None:
            align = aligned.text
    return _Box(anchor, x, align, relative, cx // _EMU_PER_TWIP if cx else None)


def _vml_place(style: str) -> _Box | None:
    """Position and width of a VML shape from its CSS-like style."""
    if not style or len(style) > 2000:
        return None
    props = {}
    for item in style.split(";"):
        key, _, value = item.partition(":")
        props[key.strip().lower()] = value.strip()
    width = _vml_length(props.get("width"))
    x = _vml_length(props.get("margin-left") or props.get("left"))
    return _Box(etree.Element("box"), x, props.get("mso-position-horizontal"),
                props.get("mso-position-horizontal-relative"), width)


def _insets(content: etree._Element) -> int:
    """Left + right inner margins of the text box holding ``content`` (twips)."""
    parent = content.getparent()
    if parent is not None and parent.tag == f"{{{VML}}}textbox":
        parts = (parent.get("inset") or "").split(",")
        if len(parts) >= 3:
            left, right = _vml_length(parts[0].strip() or "7.2pt"), _vml_length(parts[2].strip() or "7.2pt")
            if left is not None and right is not None:
                return left + right
        return 288
    body = parent.getparent().find(f"{{{WPS}}}bodyPr") if parent is not None and parent.getparent() is not None else None
    if body is None:
        return 288
    left, right = measure(body.get("lIns") or "91440"), measure(body.get("rIns") or "91440")
    return ((left or 0) + (right or 0)) // _EMU_PER_TWIP


def _inner(box: _Box) -> int | None:
    return max(box.width - box.insets, 1) if box.width else None


def _cell_margins(tblpr: etree._Element | None) -> int:
    """Left + right cell margins of a table (twips; Word's default 108 + 108)."""
    mar = tblpr.find(q("w:tblCellMar")) if tblpr is not None else None
    if mar is None:
        return 216
    total = 0
    for side, other in (("left", "start"), ("right", "end")):
        el = mar.find(q(f"w:{side}"))
        if el is None:
            el = mar.find(q(f"w:{other}"))
        value = measure(el.get(q("w:w"))) if el is not None and el.get(q("w:type"), "dxa") == "dxa" else None
        total += value if value is not None else 108
    return total


def _vml_length(value: str | None) -> int | None:
    if not value:
        return None
    if value.endswith("px"):
        number = measure(value[:-2])
        return number * 15 if number is not None else None
    unit = "" if re.search(r"[a-z]$", value) else "pt"  # VML's default unit is the point
    return measure(value + unit)


def _vml_point(value: str | None) -> int | None:
    """The x of a VML point ``"12pt,30pt"`` in twips; None for anything else (``"-"``)."""
    if not value or len(value) > 80:
        return None
    return _vml_length(value.split(",")[0].strip())


def _symbol(code: str | None) -> str:
    """The character of ``<w:sym w:char="F0B7"/>``: symbol-font bullets become ``•``."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    if not 0x20 <= value <= 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return ""
    return "•" if 0xF000 <= value <= 0xF0FF else chr(value)


def _visible_borders(borders: etree._Element | None) -> bool:
    if borders is None:
        return False
    return any(el.get(q("w:val")) not in (None, "nil", "none") for el in borders)


def _run(text: str, props: dict[str, object], *, footnote: int | None = None, field: str | None = None,
         label: bool = False) -> RunView:
    size = props.get("size")
    if props.get("caps") and text:
        text = text.upper()  # All Caps: Word shows the letters in capitals
    return RunView(
        text=text,
        bold=bool(props.get("bold", False)),
        italic=bool(props.get("italic", False)),
        size=size if size is not None else WORD_DEFAULT_SIZE,  # type: ignore[arg-type]
        fonts=(props.get("font_ascii"), props.get("font_hAnsi"), props.get("font_cs")),  # type: ignore[arg-type]
        color=props.get("color"),  # type: ignore[arg-type]
        caps=bool(props.get("caps", False)),
        underline=bool(props.get("underline", False)),
        superscript=bool(props.get("superscript", False)),
        footnote=footnote,
        field=field,
        label=label,
    ) if not props.get("hidden") else RunView(text="", field=field)


def _merge(runs: list[RunView]) -> list[RunView]:
    """Adjacent runs formatted alike become one (Word splits runs for its own bookkeeping)."""
    out: list[RunView] = []
    for run in runs:
        if not run.text and run.field is None and run.footnote is None:
            continue
        prev = out[-1] if out else None
        if (prev is not None and run.footnote is None and prev.footnote is None and not run.label and not prev.label
                and run.field == prev.field and run.field is None
                and (prev.bold, prev.italic, prev.size, prev.fonts, prev.color, prev.caps, prev.underline, prev.superscript)
                == (run.bold, run.italic, run.size, run.fonts, run.color, run.caps, run.underline, run.superscript)):
            out[-1] = RunView(prev.text + run.text, prev.bold, prev.italic, prev.size, prev.fonts, prev.color,
                              prev.caps, prev.underline, prev.superscript)
        else:
            out.append(run)
    return out


def read(source: bytes | str | os.PathLike[str]) -> DocxView:
    """Read a .docx from bytes or a path."""
    package = Package(load_bytes(source))
    reader = _Reader(package)
    blocks, sections = reader.body()
    if not blocks and not sections:
        raise DocxReadError("tệp không có phần thân văn bản (w:body).")
    return DocxView(blocks=blocks, sections=sections, footnotes=reader.footnotes())
