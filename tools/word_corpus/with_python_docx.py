"""Corpus documents made with python-docx and its default template, as a script-writing office
would: styles from that template (its ``List Number`` and ``List Bullet`` give Word's automatic
numbering), fonts and sizes set on the styles and runs, the header and signature as tables."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Twips

from tools.word_corpus.content import Doc

FONT = "Times New Roman"
CENTER, LEFT, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY


def _p(container, text: str = "", *, size: float = 14, bold: bool = False, italic: bool = False, align=CENTER,
       before: float = 0, after: float = 0, first=None, style: str | None = None):  # type: ignore[no-untyped-def]
    p = container.add_paragraph(style=style)
    fmt = p.paragraph_format
    fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if first is not None:
        fmt.first_line_indent = first
    if text:
        r = p.add_run(text)
        r.font.size, r.bold, r.italic = Pt(size), bold, italic
    return p


def _border(p) -> None:  # type: ignore[no-untyped-def]
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'))


def _cells(doc, widths):  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=1, cols=len(widths))
    table.autofit = False
    cells = table.rows[0].cells
    for c, w in zip(cells, widths):
        c.width = w
        c._tc.remove(c.paragraphs[0]._p)
    return cells


def build(doc: Doc, *, contextual: bool) -> bytes:
    """``contextual``: keep the template's "don't add space between paragraphs of the same style"
    on its list styles (Word then shows no space between numbered paragraphs)."""
    d = Document()
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), FONT)
    for name in ("List Number", "List Bullet"):
        style = d.styles[name]
        style.font.name = FONT
        if not contextual:
            ppr = style.element.get_or_add_pPr()
            for el in ppr.findall(qn("w:contextualSpacing")):
                ppr.remove(el)
    s = d.sections[0]
    s.page_width, s.page_height = Twips(11906), Twips(16838)
    s.top_margin = s.bottom_margin = Twips(1134)
    s.left_margin, s.right_margin = Twips(1701), Twips(1134)
    s.different_first_page_header_footer = True
    s.first_page_header.is_linked_to_previous = False
    number = s.header.paragraphs[0]
    number.alignment = CENTER
    number._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="28"/>'
                               '</w:rPr><w:t>2</w:t></w:r></w:fldSimple>'))
    left, right = _cells(d, (Twips(3700), Twips(5371)))
    for x in doc.chu_quan:
        _p(left, x, size=13)
    for x in doc.co_quan:
        _p(left, x, size=13, bold=True)
    rule = _p(left, size=4)
    rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = Twips(1200)
    _border(rule)
    _p(left, doc.so or "", size=13, before=6)
    for v in doc.vv:
        _p(left, v, size=12, before=6)
    _p(right, doc.quoc_hieu, size=12, bold=True)
    _p(right, doc.tieu_ngu, size=13, bold=True)
    rule = _p(right, size=4)
    rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = Twips(900)
    _border(rule)
    if doc.ngay:
        _p(right, doc.ngay, italic=True, before=6)
    for name in doc.type_names:
        _p(d, name, bold=True, before=12)
    for t in doc.trich_yeu:
        _p(d, t, bold=True)
    if doc.type_names:
        rule = _p(d, size=4)
        rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = Twips(3000)
        _border(rule)
    if len(doc.kinh_gui) == 1:
        _p(d, f"Kính gửi: {doc.kinh_gui[0]}", before=12)
    elif doc.kinh_gui:
        _p(d, "Kính gửi:", align=LEFT, before=12).paragraph_format.left_indent = Twips(1985)
        for i, x in enumerate(doc.kinh_gui):
            end = "." if i == len(doc.kinh_gui) - 1 else ";"
            _p(d, f"- {x}{end}", align=LEFT).paragraph_format.left_indent = Twips(2985)
    body = dict(align=JUSTIFY, before=6, first=Twips(567))
    for c in doc.can_cu:
        _p(d, c, italic=True, **body)
    if doc.quyet_nghi:
        _p(d, doc.quyet_nghi, bold=True, before=6, after=6)
    for role, text in doc.body:
        if role == "khoan" and text.endswith("."):
            _p(d, text.split(" ", 1)[1], style="List Number", align=JUSTIFY, before=6)
        elif role == "gach":
            _p(d, text[2:], style="List Bullet", align=JUSTIFY, before=6)
        elif role in ("chuong", "tieu_de"):
            _p(d, text, bold=True, before=6)
        elif role == "dieu":
            label, _, rest = text.partition(". ")
            p = _p(d, label + ". ", bold=True, **body)
            r = p.add_run(rest)
            r.font.size = Pt(14)
        else:
            bold = role == "muc_la_ma" or (role == "khoan" and not text.endswith("."))
            _p(d, text, bold=bold, **body)
    _p(d)
    nn, sig = _cells(d, (Twips(4100), Twips(4971)))
    _p(nn, "Nơi nhận:", size=12, bold=True, italic=True, align=LEFT)
    for x in doc.noi_nhan:
        _p(nn, x, size=11, align=LEFT)
    for t in doc.titles:
        _p(sig, t, bold=True)
    for _ in range(3):
        _p(sig)
    _p(sig, doc.name, bold=True)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
