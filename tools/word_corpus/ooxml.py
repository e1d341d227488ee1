"""A small WordprocessingML writer, written by hand for the corpus, independent of bdg_docs.

It writes what Word itself writes for the things offices do: direct formatting on runs and
paragraphs, tables, tab stops, soft line breaks (``w:br``), automatic numbering, PAGE fields with
and without a stored result, text boxes (DrawingML with a VML fallback, or VML alone), frames,
line shapes, paragraph borders. Lengths are in twips, sizes in points.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from xml.sax.saxutils import escape

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" mc:Ignorable="wps"'
)
EMU = 635  # EMU per twip


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


@dataclass
class Fmt:
    """Run formatting: what is not set is left to the style."""

    b: bool = False
    i: bool = False
    sz: float | None = None
    font: str | None = None
    color: str | None = None
    caps: bool = False

    def rpr(self) -> str:
        out = []
        if self.font:
            out.append(f'<w:rFonts w:ascii="{self.font}" w:hAnsi="{self.font}" w:cs="{self.font}"/>')
        if self.b:
            out.append("<w:b/><w:bCs/>")
        if self.i:
            out.append("<w:i/><w:iCs/>")
        if self.caps:
            out.append("<w:caps/>")
        if self.color:
            out.append(f'<w:color w:val="{self.color}"/>')
        if self.sz:
            half = int(self.sz * 2)
            out.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
        return f"<w:rPr>{''.join(out)}</w:rPr>" if out else ""


def run(text: str, fmt: Fmt | None = None) -> str:
    """A run; ``\\n`` in the text becomes a soft line break (Shift+Enter), ``\\t`` a tab."""
    rpr = fmt.rpr() if fmt else ""
    pieces = []
    for k, line in enumerate(text.split("\n")):
        if k:
            pieces.append("<w:br/>")
        for j, part in enumerate(line.split("\t")):
            if j:
                pieces.append("<w:tab/>")
            if part:
                pieces.append(t(part))
    return f"<w:r>{rpr}{''.join(pieces)}</w:r>"


@dataclass
class Para:
    """Paragraph properties."""

    jc: str | None = None
    left: int | None = None
    right: int | None = None
    first: int | None = None  # negative: hanging
    before: int | None = None  # twips
    after: int | None = None
    line: int | None = None
    rule: str | None = None  # auto, exact, atLeast
    border_bottom: bool = False
    tabs: list[tuple[str, int]] = field(default_factory=list)  # (left/center/right, position)
    num: tuple[int, int] | None = None  # numId, ilvl
    style: str | None = None
    frame: str | None = None  # a w:framePr element
    page_break_before: bool = False

    def ppr(self, mark: Fmt | None = None) -> str:
        out = []
        if self.style:
            out.append(f'<w:pStyle w:val="{self.style}"/>')
        if self.frame:
            out.append(self.frame)
        if self.page_break_before:
            out.append("<w:pageBreakBefore/>")
        if self.num:
            out.append(f'<w:numPr><w:ilvl w:val="{self.num[1]}"/><w:numId w:val="{self.num[0]}"/></w:numPr>')
        if self.border_bottom:
            out.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>')
        if self.tabs:
            out.append("<w:tabs>" + "".join(f'<w:tab w:val="{k}" w:pos="{pos}"/>' for k, pos in self.tabs) + "</w:tabs>")
        spacing = []
        if self.before is not None:
            spacing.append(f'w:before="{self.before}"')
        if self.after is not None:
            spacing.append(f'w:after="{self.after}"')
        if self.line is not None:
            spacing.append(f'w:line="{self.line}" w:lineRule="{self.rule or "auto"}"')
        if spacing:
            out.append(f"<w:spacing {' '.join(spacing)}/>")
        ind = []
        if self.left is not None:
            ind.append(f'w:left="{self.left}"')
        if self.right is not None:
            ind.append(f'w:right="{self.right}"')
        if self.first is not None:
            ind.append(f'w:firstLine="{self.first}"' if self.first >= 0 else f'w:hanging="{-self.first}"')
        if ind:
            out.append(f"<w:ind {' '.join(ind)}/>")
        if self.jc:
            out.append(f'<w:jc w:val="{self.jc}"/>')
        if mark is not None and mark.rpr():
            out.append(mark.rpr())
        return f"<w:pPr>{''.join(out)}</w:pPr>" if out else ""


def para(content: str | list[str] = "", props: Para | None = None, fmt: Fmt | None = None) -> str:
    """A paragraph of runs (XML strings), or of one text formatted with ``fmt``."""
    runs = run(content, fmt) if isinstance(content, str) and content else "".join(content) if isinstance(content, list) else ""
    return f"<w:p>{(props or Para()).ppr(fmt)}{runs}</w:p>"


def cell(paragraphs: list[str], width: int, *, span: int = 1, borders: bool = False) -> str:
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
    if borders:
        tcpr += ('<w:tcBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/></w:tcBorders>')
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(paragraphs) or '<w:p/>'}</w:tc>"


def table(rows: list[list[str]], widths: list[int], *, borders: bool = False) -> str:
    edge = 'w:val="single" w:sz="4"' if borders else 'w:val="nil"'
    borders_xml = "".join(f"<w:{side} {edge}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{borders_xml}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            f'</w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


def page_field(fmt: Fmt, *, simple: bool = False, result: str | None = "2") -> str:
    """A PAGE field: ``fldSimple``, or begin/instr/separate/result/end; ``result=None`` stores none."""
    rpr = fmt.rpr()
    if simple:
        inner = f"<w:r>{rpr}{t(result)}</w:r>" if result else ""
        return f'<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT ">{inner}</w:fldSimple>'
    parts = [f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
             f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>']
    if result is not None:
        parts += [f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>', f"<w:r>{rpr}{t(result)}</w:r>"]
    parts.append(f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
    return "".join(parts)


class Ids:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def line_shape(width: int, x: int, ids: Ids, *, vml: bool = False) -> str:
    """A straight line drawn with Insert > Shapes, ``width`` long, ``x`` from the column's start."""
    if vml:
        return (f'<w:r><w:pict><v:line id="Line{ids.next()}" from="{x / 20:g}pt,6pt" to="{(x + width) / 20:g}pt,6pt" '
                'strokeweight=".5pt" style="position:absolute;z-index:1"/></w:pict></w:r>')
    n = ids.next()
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{x * EMU}</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>30000</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{width * EMU}" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{n}" name="Straight Connector {n}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width * EMU}" cy="0"/></a:xfrm>'
            '<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/>'
            '</a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def text_box(paragraphs: list[str], x: int, y: int, width: int, height: int, ids: Ids, *, vml_only: bool = False) -> str:
    """A text box anchored in the paragraph that holds this run (DrawingML + VML fallback, or VML)."""
    content = "".join(paragraphs)
    style = (f"position:absolute;margin-left:{x / 20:g}pt;margin-top:{y / 20:g}pt;width:{width / 20:g}pt;"
             f"height:{height / 20:g}pt;z-index:{ids.next()};mso-position-horizontal-relative:margin;"
             "mso-position-vertical-relative:margin")
    vml = (f'<w:pict><v:shape id="TextBox{ids.n}" o:spid="_x0000_s{1024 + ids.n}" type="#_x0000_t202" style="{style}" '
           f'stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>')
    if vml_only:
        return f"<w:r>{vml}</w:r>"
    n = ids.next()
    drawing = (f'<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{n}" '
               'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
               f'<wp:positionH relativeFrom="margin"><wp:posOffset>{x * EMU}</wp:posOffset></wp:positionH>'
               f'<wp:positionV relativeFrom="margin"><wp:posOffset>{y * EMU}</wp:posOffset></wp:positionV>'
               f'<wp:extent cx="{width * EMU}" cy="{height * EMU}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
               f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/><a:graphic>'
               '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
               f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width * EMU}" cy="{height * EMU}"/>'
               '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
               f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr lIns="0" tIns="0" rIns="0" bIns="0">'
               '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
            f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')


def frame(x: int, width: int, y: int = 0) -> str:
    return (f'<w:framePr w:w="{width}" w:hSpace="180" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin" '
            f'w:x="{x}" w:y="{y}"/>')


@dataclass
class Numbering:
    """Definitions of automatic numbering: decimal "1.", lower letters "a)", upper roman "I.", bullets "-"."""

    used: bool = False

    NUMS = {"decimal": 1, "letter": 2, "roman": 3, "bullet": 4, "decimal2": 5}

    def xml(self, indent: int) -> str:
        def level(fmt: str, text: str) -> str:
            return (f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                    f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="{indent}"/></w:pPr></w:lvl>')
        defs = {1: level("decimal", "%1."), 2: level("lowerLetter", "%1)"), 3: level("upperRoman", "%1."),
                4: level("bullet", "-"), 5: level("decimal", "%1.")}
        abstract = "".join(f'<w:abstractNum w:abstractNumId="{k}"><w:multiLevelType w:val="singleLevel"/>{v}</w:abstractNum>'
                           for k, v in defs.items())
        nums = "".join(f'<w:num w:numId="{k}"><w:abstractNumId w:val="{k}"/></w:num>' for k in defs)
        return f'<w:numbering {NAMESPACES}>{abstract}{nums}</w:numbering>'


@dataclass
class Package:
    """A whole .docx: body XML, section properties, headers, styles, numbering."""

    body: list[str]
    sect: str
    default_font: str | None = "Times New Roman"
    default_size: float = 14
    headers: dict[str, str] = field(default_factory=dict)  # kind (default, first) → paragraphs XML
    footers: dict[str, str] = field(default_factory=dict)
    numbering: str | None = None

    def styles(self) -> str:
        font = (f'<w:rFonts w:ascii="{self.default_font}" w:hAnsi="{self.default_font}" w:eastAsia="{self.default_font}" '
                f'w:cs="{self.default_font}"/>') if self.default_font else ""
        half = int(self.default_size * 2)
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NAMESPACES}><w:docDefaults>'
                f'<w:rPrDefault><w:rPr>{font}<w:sz w:val="{half}"/><w:szCs w:val="{half}"/><w:lang w:val="vi-VN"/>'
                '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                '</w:pPr></w:pPrDefault></w:docDefaults>'
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
                '<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
                '</w:tblPr></w:style></w:styles>')

    def build(self) -> bytes:
        rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
                '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
        types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>']
        parts: dict[str, str] = {}
        refs = []
        for kind, tag, store in (("header", "hdr", self.headers), ("footer", "ftr", self.footers)):
            for n, (which, content) in enumerate(sorted(store.items()), start=1):
                name = f"{kind}{n}.xml"
                rid = f"rId{kind}{n}"
                parts[f"word/{name}"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {NAMESPACES}>'
                                         f'{content or "<w:p/>"}</w:{tag}>')
                rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{name}"/>')
                types.append(f'<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
                refs.append(f'<w:{kind}Reference w:type="{which}" r:id="{rid}"/>')
        if self.numbering:
            parts["word/numbering.xml"] = self.numbering
            rels.append('<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
            types.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NAMESPACES}><w:body>'
                    f'{"".join(self.body)}{self.sect}</w:body></w:document>').replace("<w:sectPr>", "<w:sectPr>" + "".join(refs))
        files = {
            "[Content_Types].xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                    '<Default Extension="xml" ContentType="application/xml"/>' + "".join(types) + "</Types>"),
            "_rels/.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                            "</Relationships>"),
            "word/_rels/document.xml.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                             + "".join(rels) + "</Relationships>"),
            "word/document.xml": document,
            "word/styles.xml": self.styles(),
            "word/settings.xml": (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings {NAMESPACES}>'
                                  '<w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                                  'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'),
            **parts,
        }
        out = BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in files.items():
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, text.encode("utf-8"))
        return out.getvalue()


def section(*, top: int, bottom: int, left: int, right: int, width: int = 11906, height: int = 16838,
            title_page: bool = True, landscape: bool = False) -> str:
    orient = ' w:orient="landscape"' if landscape else ""
    w, h = (height, width) if landscape else (width, height)
    return (f'<w:sectPr><w:pgSz w:w="{w}" w:h="{h}"{orient}/><w:pgMar w:top="{top}" w:right="{right}" '
            f'w:bottom="{bottom}" w:left="{left}" w:header="720" w:footer="720" w:gutter="0"/>'
            f'{"<w:titlePg/>" if title_page else ""}</w:sectPr>')
