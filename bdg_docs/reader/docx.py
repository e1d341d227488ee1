"""Read any .docx into a plain view with the formatting Word would show.

Each paragraph and run carries its *effective* properties: document defaults, then the style
chain (``basedOn``), then the run's character style, then direct formatting. The checker and
the layout dump both read documents through this module, so they agree on what a document
looks like. It reads the zip with the standard library and lxml; a file that is not a .docx
raises :class:`DocxReadError` with a message, never a traceback from deep inside.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Iterator

from lxml import etree

from bdg_docs.errors import BdgError, UnreadableFile
from bdg_docs.files import read_input
from bdg_docs.limits import MAX_DOCX_FILE_BYTES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"w": W, "r": R, "a": A}
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def q(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


# An OLE compound file: the old binary .doc format.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RESAVE_HINT = "Mở tệp bằng Word rồi lưu lại dạng .docx (File > Save As > Word Document)."


class DocxReadError(BdgError):
    """The file cannot be read as a .docx (not a zip, damaged, or missing its main part)."""


# ------------------------------------------------------------------------------- views
@dataclass(frozen=True)
class RunView:
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
    field: str | None = None  # instruction of a field this run belongs to (" PAGE ")


@dataclass
class ParagraphView:
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
    cell_width: int | None = None  # twips, for paragraphs in a table cell
    shape_widths: list[int] = field(default_factory=list)  # drawn lines in the paragraph, twips

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def visible_runs(self) -> list[RunView]:
        return [r for r in self.runs if r.text.strip()]

    def excerpt(self, length: int = 60) -> str:
        text = " ".join(self.text.split())
        return text if len(text) <= length else text[: length - 1] + "…"


@dataclass
class CellView:
    width: int | None
    paragraphs: list[ParagraphView]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


@dataclass
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


@dataclass
class SectionView:
    page_width: int | None
    page_height: int | None
    orientation: str
    margins: dict[str, int]
    title_page: bool
    headers: dict[str, list[ParagraphView]]
    page_start: int | None = None  # page numbers start again from this number (w:pgNumType)


@dataclass
class DocxView:
    blocks: list[ParagraphView | TableView]
    sections: list[SectionView]
    footnotes: dict[int, list[ParagraphView]]

    @property
    def paragraphs(self) -> list[ParagraphView]:
        """Body paragraphs outside tables, in order."""
        return [b for b in self.blocks if isinstance(b, ParagraphView)]

    @property
    def tables(self) -> list[TableView]:
        return [b for b in self.blocks if isinstance(b, TableView)]

    def all_paragraphs(self) -> Iterator[ParagraphView]:
        for block in self.blocks:
            if isinstance(block, ParagraphView):
                yield block
            else:
                for _, _, cell in block.cells():
                    yield from cell.paragraphs


# ------------------------------------------------------------------------------ styles
_PPR_KEYS = ("alignment", "ind_left", "ind_right", "first_line", "space_before", "space_after",
             "line", "line_rule", "border_bottom", "border_top")


def _on(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    val = el.get(q("w:val"))
    return val not in ("0", "false", "off", "none")


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def read_ppr(ppr: etree._Element | None) -> dict[str, object]:
    out: dict[str, object] = {}
    if ppr is None:
        return out
    jc = ppr.find(q("w:jc"))
    if jc is not None:
        val = jc.get(q("w:val"))
        out["alignment"] = {"start": "left", "end": "right", "distribute": "both"}.get(val, val)
    ind = ppr.find(q("w:ind"))
    if ind is not None:
        for attr, key in (("left", "ind_left"), ("start", "ind_left"), ("right", "ind_right"), ("end", "ind_right")):
            v = _int(ind.get(q(f"w:{attr}")))
            if v is not None:
                out[key] = v
        first, hanging = _int(ind.get(q("w:firstLine"))), _int(ind.get(q("w:hanging")))
        if first is not None:
            out["first_line"] = first
        if hanging is not None:
            out["first_line"] = -hanging
    spacing = ppr.find(q("w:spacing"))
    if spacing is not None:
        for attr, key in (("before", "space_before"), ("after", "space_after"), ("line", "line")):
            v = _int(spacing.get(q(f"w:{attr}")))
            if v is not None:
                out[key] = v
        rule = spacing.get(q("w:lineRule"))
        if rule:
            out["line_rule"] = rule
    bdr = ppr.find(q("w:pBdr"))
    if bdr is not None:
        for side in ("bottom", "top"):
            el = bdr.find(q(f"w:{side}"))
            if el is not None:
                out[f"border_{side}"] = el.get(q("w:val")) not in (None, "nil", "none")
    return out


def read_rpr(rpr: etree._Element | None, theme: dict[str, str]) -> dict[str, object]:
    out: dict[str, object] = {}
    if rpr is None:
        return out
    for tag, key in (("w:b", "bold"), ("w:i", "italic"), ("w:caps", "caps")):
        v = _on(rpr.find(q(tag)))
        if v is not None:
            out[key] = v
    sz = rpr.find(q("w:sz"))
    if sz is not None and _int(sz.get(q("w:val"))) is not None:
        out["size"] = _int(sz.get(q("w:val"))) / 2  # type: ignore[operator]
    fonts = rpr.find(q("w:rFonts"))
    if fonts is not None:
        for slot in ("ascii", "hAnsi", "cs"):
            name = fonts.get(q(f"w:{slot}"))
            theme_ref = fonts.get(q(f"w:{slot}Theme"))
            if theme_ref:
                name = theme.get(theme_ref, theme_ref)
            if name:
                out[f"font_{slot}"] = name
    color = rpr.find(q("w:color"))
    if color is not None and color.get(q("w:val")):
        out["color"] = color.get(q("w:val"))
    u = rpr.find(q("w:u"))
    if u is not None:
        out["underline"] = u.get(q("w:val")) not in (None, "none")
    va = rpr.find(q("w:vertAlign"))
    if va is not None:
        out["superscript"] = va.get(q("w:val")) == "superscript"
    rstyle = rpr.find(q("w:rStyle"))
    if rstyle is not None:
        out["rstyle"] = rstyle.get(q("w:val"))
    return out


@dataclass
class _Style:
    id: str
    name: str | None
    type: str
    based_on: str | None
    ppr: dict[str, object]
    rpr: dict[str, object]


class Styles:
    def __init__(self, root: etree._Element | None, theme: dict[str, str]):
        self.styles: dict[str, _Style] = {}
        self.default_ppr: dict[str, object] = {}
        self.default_rpr: dict[str, object] = {}
        self.default_paragraph: str | None = None
        if root is None:
            return
        defaults = root.find(q("w:docDefaults"))
        if defaults is not None:
            self.default_ppr = read_ppr(defaults.find(f"{q('w:pPrDefault')}/{q('w:pPr')}"))
            self.default_rpr = read_rpr(defaults.find(f"{q('w:rPrDefault')}/{q('w:rPr')}"), theme)
        for el in root.findall(q("w:style")):
            sid = el.get(q("w:styleId"))
            if not sid:
                continue
            name_el, based_el = el.find(q("w:name")), el.find(q("w:basedOn"))
            style = _Style(
                id=sid,
                name=name_el.get(q("w:val")) if name_el is not None else None,
                type=el.get(q("w:type")) or "paragraph",
                based_on=based_el.get(q("w:val")) if based_el is not None else None,
                ppr=read_ppr(el.find(q("w:pPr"))),
                rpr=read_rpr(el.find(q("w:rPr")), theme),
            )
            self.styles[sid] = style
            if style.type == "paragraph" and el.get(q("w:default")) in ("1", "true"):
                self.default_paragraph = sid

    def chain(self, sid: str | None) -> list[_Style]:
        """The style and its ancestors, most basic first."""
        out: list[_Style] = []
        seen: set[str] = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            out.append(self.styles[sid])
            sid = self.styles[sid].based_on
        return list(reversed(out))

    def paragraph(self, sid: str | None) -> tuple[dict[str, object], dict[str, object]]:
        ppr, rpr = dict(self.default_ppr), dict(self.default_rpr)
        for style in self.chain(sid or self.default_paragraph):
            ppr.update(style.ppr)
            rpr.update(style.rpr)
        return ppr, rpr

    def character(self, sid: str | None) -> dict[str, object]:
        rpr: dict[str, object] = {}
        for style in self.chain(sid):
            rpr.update(style.rpr)
        return rpr

    def name(self, sid: str | None) -> str | None:
        style = self.styles.get(sid or "")
        return style.name if style else None


# ------------------------------------------------------------------------------ reading
class _Reader:
    def __init__(self, parts: dict[str, bytes]):
        self.parts = parts
        self.theme = self._theme()
        self.styles = Styles(self._xml("word/styles.xml"), self.theme)
        self.rels = self._rels("word/_rels/document.xml.rels")

    def _xml(self, name: str) -> etree._Element | None:
        data = self.parts.get(name)
        if data is None:
            return None
        try:
            return etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
        except etree.XMLSyntaxError as exc:
            raise DocxReadError(f"phần {name} của tệp bị hỏng ({exc}).") from None

    def _rels(self, name: str) -> dict[str, str]:
        root = self._xml(name)
        if root is None:
            return {}
        return {el.get("Id"): el.get("Target") for el in root.findall(f"{{{REL_NS}}}Relationship")}

    def _theme(self) -> dict[str, str]:
        name = next((n for n in self.parts if re.fullmatch(r"word/theme/theme\d*\.xml", n)), None)
        root = self._xml(name) if name else None
        if root is None:
            return {}
        out = {}
        for kind in ("major", "minor"):
            latin = root.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
            if latin is not None:
                face = latin.get("typeface")
                out[f"{kind}HAnsi"] = out[f"{kind}Ascii"] = out[f"{kind}Bidi"] = face
        return out

    # -- paragraphs ----------------------------------------------------------------------
    def paragraph(self, p: etree._Element, location: str, cell: tuple[int, int, int] | None = None,
                  cell_width: int | None = None) -> ParagraphView:
        ppr_el = p.find(q("w:pPr"))
        sid = None
        if ppr_el is not None and ppr_el.find(q("w:pStyle")) is not None:
            sid = ppr_el.find(q("w:pStyle")).get(q("w:val"))
        base_ppr, base_rpr = self.styles.paragraph(sid)
        ppr = {**base_ppr, **read_ppr(ppr_el)}
        view = ParagraphView(
            location=location,
            style_id=sid or self.styles.default_paragraph,
            style_name=self.styles.name(sid or self.styles.default_paragraph),
            alignment=ppr.get("alignment", "left"),  # type: ignore[arg-type]
            cell=cell,
            cell_width=cell_width,
            **{k: ppr[k] for k in _PPR_KEYS if k in ppr and k != "alignment"},  # type: ignore[arg-type]
        )
        view.runs = list(self._runs(p, base_rpr))
        view.shape_widths = self._shapes(p)
        return view

    def _runs(self, p: etree._Element, base_rpr: dict[str, object]) -> Iterator[RunView]:
        field_stack: list[str] = []
        for r in p.iter(q("w:r")):
            rpr_el = r.find(q("w:rPr"))
            direct = read_rpr(rpr_el, self.theme)
            props = {**base_rpr, **self.styles.character(direct.get("rstyle") or base_rpr.get("rstyle")), **direct}  # type: ignore[arg-type]
            fld = r.find(q("w:fldChar"))
            if fld is not None:
                kind = fld.get(q("w:fldCharType"))
                if kind == "begin":
                    field_stack.append("")
                elif kind == "end" and field_stack:
                    field_stack.pop()
                continue
            instr = r.find(q("w:instrText"))
            if instr is not None and field_stack:
                field_stack[-1] += instr.text or ""
                continue
            text = []
            footnote = None
            for child in r:
                if child.tag == q("w:t"):
                    text.append(child.text or "")
                elif child.tag == q("w:tab"):
                    text.append("\t")
                elif child.tag in (q("w:br"), q("w:cr")):
                    text.append("\n")
                elif child.tag == q("w:footnoteReference"):
                    footnote = _int(child.get(q("w:id")))
            parent = r.getparent()
            simple = parent.get(q("w:instr")) if parent is not None and parent.tag == q("w:fldSimple") else None
            yield RunView(
                text="".join(text),
                bold=bool(props.get("bold", False)),
                italic=bool(props.get("italic", False)),
                size=props.get("size"),  # type: ignore[arg-type]
                fonts=(props.get("font_ascii"), props.get("font_hAnsi"), props.get("font_cs")),  # type: ignore[arg-type]
                color=props.get("color"),  # type: ignore[arg-type]
                caps=bool(props.get("caps", False)),
                underline=bool(props.get("underline", False)),
                superscript=bool(props.get("superscript", False)),
                footnote=footnote,
                field=simple or (field_stack[-1] if field_stack else None),
            )

    def _shapes(self, p: etree._Element) -> list[int]:
        """Widths (twips) of drawn straight lines in a paragraph (DrawingML or VML)."""
        widths = []
        for ext in p.iter(f"{{{A}}}ext", "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"):
            cx = _int(ext.get("cx"))
            if cx:
                widths.append(cx // 635)
        for line in p.iter("{urn:schemas-microsoft-com:vml}line"):
            x1, x2 = line.get("from", "0,0").split(",")[0], line.get("to", "0,0").split(",")[0]
            widths.append(abs(_pt(x2) - _pt(x1)))
        return widths

    # -- body ----------------------------------------------------------------------------
    def body(self) -> list[ParagraphView | TableView]:
        root = self._xml("word/document.xml")
        if root is None:
            raise DocxReadError("tệp không có phần nội dung chính (word/document.xml).")
        body = root.find(q("w:body"))
        if body is None:
            raise DocxReadError("tệp không có phần thân văn bản (w:body).")
        blocks: list[ParagraphView | TableView] = []
        n_par = n_tbl = 0
        for el in body:
            if el.tag == q("w:p"):
                n_par += 1
                blocks.append(self.paragraph(el, f"đoạn {n_par}"))
            elif el.tag == q("w:tbl"):
                n_tbl += 1
                blocks.append(self.table(el, n_tbl))
        return blocks

    def table(self, tbl: etree._Element, index: int) -> TableView:
        grid = [_int(c.get(q("w:w"))) or 0 for c in tbl.findall(f"{q('w:tblGrid')}/{q('w:gridCol')}")]
        rows = []
        for r_i, tr in enumerate(tbl.findall(q("w:tr")), start=1):
            cells = []
            col = 0
            for c_i, tc in enumerate(tr.findall(q("w:tc")), start=1):
                tcw = tc.find(f"{q('w:tcPr')}/{q('w:tcW')}")
                span_el = tc.find(f"{q('w:tcPr')}/{q('w:gridSpan')}")
                span = _int(span_el.get(q("w:val"))) if span_el is not None else 1
                width = _int(tcw.get(q("w:w"))) if tcw is not None and tcw.get(q("w:type"), "dxa") == "dxa" else None
                if not width and grid:
                    width = sum(grid[col:col + (span or 1)]) or None
                col += span or 1
                paragraphs = []
                for p_i, p in enumerate(tc.findall(q("w:p")), start=1):
                    loc = f"bảng {index}, hàng {r_i}, ô {c_i}, đoạn {p_i}"
                    paragraphs.append(self.paragraph(p, loc, (index, r_i, c_i), width))
                cells.append(CellView(width, paragraphs))
            rows.append(cells)
        header_rows = 0
        for tr in tbl.findall(q("w:tr")):
            if not _on(tr.find(f"{q('w:trPr')}/{q('w:tblHeader')}")):
                break
            header_rows += 1
        return TableView(index, rows, grid, _borderless(tbl), header_rows)

    def sections(self) -> list[SectionView]:
        root = self._xml("word/document.xml")
        out = []
        for sect in root.iter(q("w:sectPr")) if root is not None else []:
            size, mar = sect.find(q("w:pgSz")), sect.find(q("w:pgMar"))
            headers: dict[str, list[ParagraphView]] = {}
            for ref in sect.findall(q("w:headerReference")):
                target = self.rels.get(ref.get(q("r:id")) or "")
                part = self._xml(f"word/{target}") if target else None
                kind = ref.get(q("w:type")) or "default"
                headers[kind] = [self.paragraph(p, f"đầu trang ({kind}), đoạn {i}")
                                 for i, p in enumerate(part.iter(q("w:p")), start=1)] if part is not None else []
            out.append(SectionView(
                page_width=_int(size.get(q("w:w"))) if size is not None else None,
                page_height=_int(size.get(q("w:h"))) if size is not None else None,
                orientation=(size.get(q("w:orient")) if size is not None else None) or "portrait",
                margins={k: _int(mar.get(q(f"w:{k}"))) or 0 for k in ("top", "bottom", "left", "right", "gutter")}
                if mar is not None else {},
                title_page=_on(sect.find(q("w:titlePg"))) or False,
                headers=headers,
                page_start=_int(_attr(sect, "w:pgNumType", "w:start")),
            ))
        return out

    def footnotes(self) -> dict[int, list[ParagraphView]]:
        root = self._xml("word/footnotes.xml")
        out: dict[int, list[ParagraphView]] = {}
        if root is None:
            return out
        for fn in root.findall(q("w:footnote")):
            if fn.get(q("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            fid = _int(fn.get(q("w:id")))
            if fid is None:
                continue
            out[fid] = [self.paragraph(p, f"chú thích {fid}, đoạn {i}") for i, p in enumerate(fn.iter(q("w:p")), 1)]
        return out


def _attr(el: etree._Element, child: str, name: str) -> str | None:
    """An attribute of a child element, or None when either is absent."""
    found = el.find(q(child))
    return found.get(q(name)) if found is not None else None


def _pt(value: str) -> int:
    """A VML length ('12pt', '1in', '2cm') in twips."""
    match = re.match(r"([-\d.]+)\s*(pt|in|cm|mm|px)?", value.strip())
    if not match:
        return 0
    number, unit = float(match.group(1)), match.group(2) or "pt"
    return int(number * {"pt": 20, "in": 1440, "cm": 567, "mm": 56.7, "px": 15}[unit])


def _borderless(tbl: etree._Element) -> bool:
    borders = tbl.find(f"{q('w:tblPr')}/{q('w:tblBorders')}")
    if borders is None:
        style = tbl.find(f"{q('w:tblPr')}/{q('w:tblStyle')}")
        return style is None or style.get(q("w:val")) in ("TableNormal", "NormalTable")
    return all(el.get(q("w:val")) in ("nil", "none") for el in borders)


MAX_XML_BYTES = 200_000_000


def read(source: bytes | str | os.PathLike[str]) -> DocxView:
    """Read a .docx from bytes or a path."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        try:  # a FIFO, a device or a folder refused by type; at most MAX_DOCX_FILE_BYTES read
            data = read_input(source, MAX_DOCX_FILE_BYTES, what="tệp .docx")
        except UnreadableFile as exc:
            raise DocxReadError(f"{exc.reason}." + (f" {exc.hint}" if exc.hint else "")) from None
    if not data:
        raise DocxReadError("tệp rỗng (0 byte).")
    if data.startswith(OLE_MAGIC):
        raise DocxReadError(f"đây là tệp .doc (Word 97–2003), không phải .docx. {RESAVE_HINT}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = [i for i in z.infolist() if i.filename.endswith((".xml", ".rels"))]
            if sum(i.file_size for i in infos) > MAX_XML_BYTES:  # a zip bomb, or not a document
                raise DocxReadError(f"tệp .docx quá lớn khi giải nén (hơn {MAX_XML_BYTES // 1_000_000} MB chữ và định dạng).")
            parts = {i.filename: z.read(i) for i in infos}
    except zipfile.BadZipFile:
        raise DocxReadError(f"tệp không phải .docx (không phải tệp zip, hoặc đã hỏng). {RESAVE_HINT}") from None
    except (zipfile.LargeZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError):
        # zlib.error: a member's compressed data is damaged (a file cut or overwritten midway).
        raise DocxReadError(f"tệp .docx bị hỏng: không giải nén được nội dung. {RESAVE_HINT}") from None
    if "word/document.xml" not in parts:
        raise DocxReadError("tệp zip không phải văn bản Word (thiếu word/document.xml).")
    reader = _Reader(parts)
    return DocxView(blocks=reader.body(), sections=reader.sections(), footnotes=reader.footnotes())

