"""A Kế hoạch typed by hand in Word, built with python-docx the way offices lay it out:
a borderless two-column header table, body paragraphs formatted one by one, and a bottom
table with Nơi nhận on the left and the signature on the right.

Nothing here comes from bdg_docs' template, so the checker meets a file it did not make:
direct formatting instead of styles, rule lines drawn as a paragraph border, a line shape or
a row of underscores, empty paragraphs left for the hand signature, a page number field.
"""
from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, Twips

FONT = "Times New Roman"
LEFT, RIGHT = Twips(3686), Twips(5386)  # header columns: 41 % / 59 %
BOTTOM_LEFT, BOTTOM_RIGHT = Twips(4253), Twips(4818)

# A straight connector drawn in Word (Insert > Shapes > Line), anchored in the paragraph.
_LINE_SHAPE = (
    '<w:r {w}><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
    'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" {wp}>'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>30000</wp:posOffset></wp:positionV>'
    '<wp:extent cx="{cx}" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="19050"/><wp:wrapNone/>'
    '<wp:docPr id="{id}" name="Straight Connector {id}"/><wp:cNvGraphicFramePr/>'
    '<a:graphic {a}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:cNvCnPr/>'
    '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="0"/></a:xfrm>'
    '<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/>'
    '</a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
)


def _line_shape(width_twips: int, shape_id: int, cell_width: int) -> object:
    emu = width_twips * 635
    x = (cell_width - width_twips) // 2 * 635
    return parse_xml(_LINE_SHAPE.format(w=nsdecls("w"), wp=nsdecls("wp"), a=nsdecls("a"), cx=emu, x=x, id=shape_id))


def _para(container, text: str = "", *, size: float = 14, bold: bool = False, italic: bool = False,
          align=WD_ALIGN_PARAGRAPH.CENTER, first_line=None, before: float = 0, after: float = 0):
    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = 1.0
    if first_line is not None:
        fmt.first_line_indent = first_line
    if text:
        run = p.add_run(text)
        run.font.size, run.bold, run.italic = Pt(size), bold, italic
    return p


def _rule(container, technique: str, width: int, cell_width: int, shape_id: int, underscores: int, size: float):
    """A rule line of ``width`` twips, centred under the paragraph above, drawn as offices do."""
    if technique == "border":
        p = _para(container, size=4)
        side = (cell_width - 216 - width) // 2
        p.paragraph_format.left_indent = p.paragraph_format.right_indent = Twips(side)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'))
    elif technique == "shape":
        p = _para(container, size=4)
        p._p.append(_line_shape(width, shape_id, cell_width))
    elif technique == "anchored":  # the line's anchor sits in the text paragraph above it
        p = container.paragraphs[-1]
        p._p.append(_line_shape(width, shape_id, cell_width))
    else:
        p = _para(container, "_" * underscores, size=size)
    return p


def build(rule_lines: str = "border", *, cong_van: bool = False) -> bytes:
    """The hand-made Kế hoạch (Mẫu 1.4), or with ``cong_van`` a Công văn (Mẫu 1.5); rule lines
    drawn with ``rule_lines``: border, shape (in an empty paragraph), anchored (a shape anchored
    in the text above it) or underscore."""
    doc = Document()
    _page(doc)
    _header(doc, rule_lines, cong_van)
    body = dict(align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=Cm(1), before=6)
    if cong_van:
        _para(doc, "Kính gửi:", align=WD_ALIGN_PARAGRAPH.LEFT, before=12).paragraph_format.left_indent = Twips(1985)
        for item in ("- Ủy ban nhân dân các xã, phường;", "- Các sở, ban, ngành tỉnh."):
            _para(doc, item, align=WD_ALIGN_PARAGRAPH.LEFT).paragraph_format.left_indent = Twips(3119)
        _para(doc, "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về công tác bình đẳng giới năm 2026, "
                   "Sở Nội vụ đề nghị các cơ quan, đơn vị tổ chức Tháng hành động như sau:", **body)
        _para(doc, "1. Treo băng rôn, khẩu hiệu hưởng ứng từ ngày 15 tháng 11 năm 2026.", **body)
        _para(doc, "2. Báo cáo kết quả về Sở Nội vụ trước ngày 20 tháng 12 năm 2026./.", **body)
        _bottom(doc, ("- Như trên;", "- Lưu: VT, VP."))
    else:
        _plan_body(doc, rule_lines, body)
        _bottom(doc, ("- UBND tỉnh (để báo cáo);", "- Các phòng thuộc Sở;", "- Lưu: VT, VP."))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _page(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), FONT)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    number._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="28"/>'
                               '</w:rPr><w:t>2</w:t></w:r></w:fldSimple>'))


def _plan_body(doc, rule_lines: str, body: dict) -> None:
    _para(doc, "KẾ HOẠCH", bold=True, before=12)
    _para(doc, "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026", bold=True)
    _rule(doc, rule_lines, 2600, int(Mm(160).twips) + 216, 3, 20, 14)
    _para(doc, "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;", italic=True, **body)
    _para(doc, "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành "
               "Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030.", italic=True, **body)
    _para(doc, "Sở Nội vụ ban hành Kế hoạch thực hiện công tác bình đẳng giới năm 2026 như sau:", **body)
    _para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True, **body)
    _para(doc, "1. Mục đích", bold=True, **body)
    _para(doc, "Nâng cao nhận thức, trách nhiệm của các cơ quan, đơn vị về bình đẳng giới.", **body)
    _para(doc, "2. Yêu cầu", bold=True, **body)
    for letter, text in zip("abcdđ", ("Bám sát chỉ tiêu của tỉnh.", "Phân công rõ trách nhiệm.",
                                        "Lồng ghép với nhiệm vụ chuyên môn.", "Báo cáo đúng hạn.",
                                        "Bảo đảm tiết kiệm, hiệu quả.")):
        _para(doc, f"{letter}) {text}", **body)
    _para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True, **body)
    _para(doc, "1. Các phòng thuộc Sở triển khai Kế hoạch này theo chức năng, nhiệm vụ.", **body)
    _para(doc, "2. Văn phòng Sở tổng hợp, báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2026./.", **body)


def _table(doc, widths):
    table = doc.add_table(rows=0, cols=len(widths))
    table.autofit = False
    for col, width in zip(table.columns, widths):
        col.width = width
    return table


def _row(table, widths):
    cells = table.add_row().cells
    for cell, width in zip(cells, widths):
        cell.width = width
        cell._tc.remove(cell.paragraphs[0]._p)  # python-docx starts each cell with an empty paragraph
    return cells


def _header(doc, rule_lines: str, cong_van: bool) -> None:
    table = _table(doc, (LEFT, RIGHT))
    left, right = _row(table, (LEFT, RIGHT))
    _para(left, "UBND TỈNH THANH HÓA", size=13)
    _para(left, "SỞ NỘI VỤ", size=13, bold=True)
    _rule(left, rule_lines, 500, int(LEFT.twips), 1, 5, 13)
    _para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=13, bold=True)
    _para(right, "Độc lập - Tự do - Hạnh phúc", size=14, bold=True)
    _rule(right, rule_lines, 3430, int(RIGHT.twips), 2, 24, 14)
    left, right = _row(table, (LEFT, RIGHT))
    if cong_van:  # V/v under Số, wrapped by hand over two lines, 6 pt below the number
        _para(left, "Số: 120/SNV-VP", size=13, before=6)
        _para(left, "V/v triển khai Tháng hành động", size=12, before=6)
        _para(left, "vì bình đẳng giới năm 2026", size=12)
    else:
        _para(left, "Số: 15/KH-SNV", size=13, before=6)
    _para(right, "Thanh Hóa, ngày 05 tháng 3 năm 2026", italic=True, before=6)


def _bottom(doc, recipients: tuple[str, ...]) -> None:
    _para(doc)
    table = _table(doc, (BOTTOM_LEFT, BOTTOM_RIGHT))
    left, right = _row(table, (BOTTOM_LEFT, BOTTOM_RIGHT))
    flush = dict(align=WD_ALIGN_PARAGRAPH.LEFT)
    _para(left, "Nơi nhận:", size=12, bold=True, italic=True, **flush)
    for item in recipients:
        _para(left, item, size=11, **flush)
    for title in ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"):
        _para(right, title, bold=True)
    for _ in range(4):
        _para(right)  # room for the hand signature and the seal
    _para(right, "Nguyễn Văn An", bold=True)
