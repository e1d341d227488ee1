"""Small pieces of WordprocessingML written the way Word writes them.

python-docx covers runs, paragraphs, tables and sections; what it does not (borders, fields,
numbering definitions, text boxes and drawn lines with their VML fallback, footnotes) is built
here as XML.
"""
from __future__ import annotations

import copy
import itertools

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

NS = " ".join([nsdecls("w", "wp", "a", "pic", "r"),
               'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
               'xmlns:v="urn:schemas-microsoft-com:vml"', 'xmlns:o="urn:schemas-microsoft-com:office:office"',
               'xmlns:w10="urn:schemas-microsoft-com:office:word"',
               'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'])
NS_W = nsdecls("w")
_ids = itertools.count(1)
TNR = "Times New Roman"


def reset_ids() -> None:
    global _ids
    _ids = itertools.count(1)


def el(xml: str):
    return parse_xml(xml)


def rpr_xml(font: str | None = None, size: float | None = None, bold: bool | None = None,
            italic: bool | None = None, color: str | None = None, underline: str | None = None,
            caps: bool = False, theme_font: bool = False) -> str:
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold is not None:
        parts.append("<w:b/><w:bCs/>" if bold else '<w:b w:val="0"/><w:bCs w:val="0"/>')
    if italic is not None:
        parts.append("<w:i/><w:iCs/>" if italic else '<w:i w:val="0"/><w:iCs w:val="0"/>')
    if caps:
        parts.append("<w:caps/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        hp = int(round(size * 2))
        parts.append(f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>')
    if underline:
        parts.append(f'<w:u w:val="{underline}"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def set_rpr(r_el, **fmt) -> None:
    """Replace the run properties of a w:r (or w:pPr's w:rPr) element."""
    old = r_el.find(qn("w:rPr"))
    if old is not None:
        r_el.remove(old)
    r_el.insert(0, el(f"<w:rPr {NS_W}>" + rpr_xml(**fmt)[7:]))


def field_runs(instr: str, result: str | None, rpr: str = "", simple: bool = False) -> list:
    """A field as Word stores it: w:fldSimple, or begin/instrText/separate/result/end runs."""
    if simple:
        inner = f"<w:r>{rpr}<w:t>{result}</w:t></w:r>" if result is not None else ""
        return [el(f'<w:fldSimple {NS_W} w:instr=" {instr} ">{inner}</w:fldSimple>')]
    runs = [f"<w:r {NS_W}>{rpr}<w:fldChar w:fldCharType=\"begin\"/></w:r>",
            f"<w:r {NS_W}>{rpr}<w:instrText xml:space=\"preserve\"> {instr} \\* MERGEFORMAT </w:instrText></w:r>"]
    if result is not None:
        runs += [f"<w:r {NS_W}>{rpr}<w:fldChar w:fldCharType=\"separate\"/></w:r>",
                 f"<w:r {NS_W}>{rpr}<w:t>{result}</w:t></w:r>"]
    runs.append(f"<w:r {NS_W}>{rpr}<w:fldChar w:fldCharType=\"end\"/></w:r>")
    return [el(x) for x in runs]


def border_xml(side: str = "bottom", sz: int = 6, val: str = "single") -> str:
    return f'<w:pBdr><w:{side} w:val="{val}" w:sz="{sz}" w:space="1" w:color="auto"/></w:pBdr>'


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]


def insert_in_ppr(ppr, new) -> None:
    """Put `new` among the children of a w:pPr in the order of the schema."""
    name = new.tag.split("}")[1]
    rank = PPR_ORDER.index(name)
    for child in ppr:
        other = child.tag.split("}")[1]
        if other in PPR_ORDER and PPR_ORDER.index(other) > rank:
            child.addprevious(new)
            return
    ppr.append(new)


def add_border(p_el, side: str = "bottom", sz: int = 6, box: bool = False) -> None:
    ppr = p_el.get_or_add_pPr()
    sides = ["top", "left", "bottom", "right"] if box else [side]
    inner = "".join(f'<w:{s} w:val="single" w:sz="{sz}" w:space="1" w:color="auto"/>' for s in sides)
    insert_in_ppr(ppr, el(f"<w:pBdr {NS_W}>{inner}</w:pBdr>"))


def table_borders_none(tbl_el) -> None:
    tblpr = tbl_el.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    tblpr.append(el(f'<w:tblBorders {NS_W}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def table_borders_all(tbl_el, sz: int = 4) -> None:
    tblpr = tbl_el.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    tblpr.append(el(f'<w:tblBorders {NS_W}>' + "".join(
        f'<w:{s} w:val="single" w:sz="{sz}" w:space="0" w:color="auto"/>'
        for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def emu(tw: float) -> int:
    return int(round(tw * 635))


def line_shape(width_tw: float, offset_tw: float, weight_emu: int = 9525) -> object:
    """A drawn horizontal line (Insert > Shapes > Line), anchored in a paragraph, with the
    VML fallback Word writes next to it; `offset_tw` is its distance from the column's left edge."""
    n = next(_ids)
    cx = emu(width_tw)
    off = emu(offset_tw)
    pt_w = width_tw / 20
    pt_off = offset_tw / 20
    return el(f"""<w:r {NS}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{off}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>50800</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="19050"/><wp:wrapNone/>
<wp:docPr id="{n}" name="Straight Connector {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="0"/></a:xfrm>
<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="{weight_emu}"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill></a:ln></wps:spPr>
<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:line id="Straight Connector {n}" o:spid="_x0000_s{1025 + n}" style="position:absolute;z-index:{n};mso-position-horizontal-relative:text;mso-position-vertical-relative:text" from="{pt_off:.1f}pt,2pt" to="{pt_off + pt_w:.1f}pt,2pt" strokeweight=".75pt"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>""")


def text_box(paragraphs: list, width_tw: float, height_tw: float, x_tw: float, y_tw: float,
             wrap: str = "topAndBottom") -> object:
    """A floating text box holding `paragraphs` (w:p elements), positioned from the page margin,
    written as Word does: a DrawingML shape with a VML copy of the same text as fallback."""
    n = next(_ids)
    inner = "".join(p_xml(p) for p in paragraphs)
    fallback_inner = "".join(p_xml(copy.deepcopy(p)) for p in paragraphs)
    cx, cy = emu(width_tw), emu(height_tw)
    wrap_xml = "<wp:wrapTopAndBottom/>" if wrap == "topAndBottom" else "<wp:wrapNone/>"
    return el(f"""<w:r {NS}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>{emu(x_tw)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="margin"><wp:posOffset>{emu(y_tw)}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap_xml}
<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box {n}" o:spid="_x0000_s{2049 + n}" type="#_x0000_t202" style="position:absolute;margin-left:{x_tw / 20:.1f}pt;margin-top:{y_tw / 20:.1f}pt;width:{width_tw / 20:.1f}pt;height:{height_tw / 20:.1f}pt;z-index:{n};mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin" filled="f" stroked="f">
<v:textbox><w:txbxContent>{fallback_inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>""")


def p_xml(p_el) -> str:
    from lxml import etree
    s = etree.tostring(p_el, encoding="unicode")
    # strip namespace declarations repeated on the fragment; the wrapper declares them
    import re
    return re.sub(r'\sxmlns:\w+="[^"]*"', "", s)


def numbering_abstract(abstract_id: int, levels: list[dict], nsid: str) -> object:
    """An abstractNum; each level: fmt, text, indent (left, first or hanging), bold, suff, font, size."""
    lv = []
    for i, L in enumerate(levels):
        ind = L.get("ind", {"left": 0, "firstLine": 720})
        ind_xml = " ".join(f'w:{k}="{v}"' for k, v in ind.items())
        rpr = rpr_xml(font=L.get("font"), size=L.get("size"), bold=L.get("bold"))
        lv.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="{L.get("start", 1)}"/><w:numFmt w:val="{L["fmt"]}"/>'
                  + (f'<w:pStyle w:val="{L["style"]}"/>' if L.get("style") else "")
                  + (f'<w:suff w:val="{L["suff"]}"/>' if L.get("suff") else "")
                  + f'<w:lvlText w:val="{L["text"]}"/><w:lvlJc w:val="left"/>'
                  f'<w:pPr><w:ind {ind_xml}/></w:pPr>{rpr}</w:lvl>')
    return el(f'<w:abstractNum {NS_W} w:abstractNumId="{abstract_id}"><w:nsid w:val="{nsid}"/>'
              f'<w:multiLevelType w:val="{"multilevel" if len(levels) > 1 else "singleLevel"}"/>' + "".join(lv) + "</w:abstractNum>")


def numbering_num(num_id: int, abstract_id: int, restart_lvl: int | None = None) -> object:
    override = (f'<w:lvlOverride w:ilvl="{restart_lvl}"><w:startOverride w:val="1"/></w:lvlOverride>'
                if restart_lvl is not None else "")
    return el(f'<w:num {NS_W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>')


def set_numpr(p_el, num_id: int, ilvl: int = 0) -> None:
    insert_in_ppr(p_el.get_or_add_pPr(),
                  el(f'<w:numPr {NS_W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
