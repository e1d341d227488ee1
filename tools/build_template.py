"""Build bdg_docs/templates/van_ban.docx, the docxtpl template of every document type.

One template holds the parts every administrative document shares (header table, căn cứ,
body, Nơi nhận and signature table, page numbers, footnotes) and the parts that differ between
a document with a type name (Mẫu 1.4: KẾ HOẠCH + trích yếu) and a Công văn (Mẫu 1.5: V/v in the
header, Kính gửi), switched by the context. The body may hold tables (the indicator table of a
report: a header row repeated on every page, rows that do not break), and appendices may follow
the signature (Phụ lục, each in its own section so that its pages are numbered from 1). Layout
(page, margins, fonts, sizes, spacing, rule lines, table columns) lives here; structure and words
come from the models.

The .docx is committed; this script is its source. Run it after changing the layout:

    python tools/build_template.py

A test rebuilds it and compares bytes, so the two cannot drift apart.
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bdg_docs.nd30 import header, kinh_gui, recipients  # noqa: E402
from bdg_docs.nd30.metrics import text_width  # noqa: E402
from bdg_docs.nd30.page import CELL_MARGIN, HEADER_LEFT_COLUMN, VV_SIZE  # noqa: E402
from bdg_docs.rendering import engine, prepared_form  # noqa: E402
from bdg_docs.rendering.inspect import SHIPPED_VARIABLES, declaration  # noqa: E402
from bdg_docs.rendering.zipfile_fixed import write_zip  # noqa: E402

TARGET = ROOT / "bdg_docs" / "templates" / "van_ban.docx"
VARIABLES = TARGET.with_name(SHIPPED_VARIABLES)  # its variables, read by a one-file render
GENERATED = TARGET.with_name(engine.GENERATED)  # the Python code Jinja generates for its parts
PREPARED = TARGET.with_name(prepared_form.PREPARED)  # the template prepared, for a render that loads nothing

W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)

# Page (twips): A4, margins 20/20/30/20 mm (ND30 Phụ lục I, I.3).
PAGE = {"w": 11906, "h": 16838, "top": 1134, "bottom": 1134, "left": 1701, "right": 1134}
TEXT_WIDTH = PAGE["w"] - PAGE["left"] - PAGE["right"]
# Header table: left ≈ 6.5 cm for the issuer, right for Quốc hiệu (12 pt bold needs ≈ 8.9 cm).
HEADER_COLS = (HEADER_LEFT_COLUMN, TEXT_WIDTH - HEADER_LEFT_COLUMN)
# Bottom table: Nơi nhận left, signature right (Mẫu 1.4 ratio).
FOOTER_COLS = (4253, TEXT_WIDTH - 4253)
# The indicator table of a report: TT, Chỉ tiêu, Đơn vị tính, Mục tiêu, Kết quả, Tỷ lệ đạt,
# So với năm trước, Ghi chú; as wide as the text.
TABLE_COLS = (454, 2268, 907, 1077, 1020, 964, 1020, TEXT_WIDTH - 7710)
TABLE_CELL_MARGIN = 57  # 1 mm each side: numbers keep to one line
TABLE_SIZE = 12  # cells of a body table: 12–13 pt
# Kính gửi (Mẫu 1.5): the line starts 3.5 cm in, as in the official sample; the dashes of a
# list of recipients stand under its colon (R27), so their indent is measured, not guessed.
KINH_GUI_SIZE = 14
KINH_GUI_LEFT = 1985
KINH_GUI_DASH_LEFT = KINH_GUI_LEFT + round(text_width(kinh_gui.TIEU_DE.rstrip(":"), KINH_GUI_SIZE))


# ---------------------------------------------------------------------------------- styles
def rpr(size: float | None = None, bold: bool = False, italic: bool = False, extra: str = "") -> str:
    out = ""
    if bold:
        out += "<w:b/><w:bCs/>"
    if italic:
        out += "<w:i/><w:iCs/>"
    if size:
        half = int(size * 2)
        out += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    out += extra
    return f"<w:rPr>{out}</w:rPr>" if out else ""


def ppr(jc: str | None = None, before: int = 0, after: int = 0, line: int | None = None, rule: str = "auto",
        first_line: int | None = None, left: int | None = None, keep_next: bool = False, extra: str = "") -> str:
    out = "<w:keepNext/>" if keep_next else ""
    out += extra
    spacing = f'<w:spacing w:before="{before}" w:after="{after}"'
    if line is not None:
        spacing += f' w:line="{line}" w:lineRule="{rule}"'
    out += spacing + "/>"
    ind = ""
    if left is not None:
        ind += f' w:left="{left}"'
    if first_line is not None:
        ind += f' w:firstLine="{first_line}"'
    if ind:
        out += f"<w:ind{ind}/>"
    if jc:
        out += f'<w:jc w:val="{jc}"/>'
    return f"<w:pPr>{out}</w:pPr>"


def pstyle(sid: str, name: str, p: str, r: str = "", based: str = "Normal", next_: str | None = None) -> str:
    nxt = f'<w:next w:val="{next_}"/>' if next_ else ""
    return (f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="{based}"/>{nxt}<w:qFormat/>{p}{r}</w:style>')


BODY = dict(jc="both", before=120, after=0, line=240, first_line=567)
BORDER_BOTTOM = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'

STYLES = [
    pstyle("BDGQuocHieu", "BDG Quốc hiệu", ppr("center"), rpr(12, bold=True)),
    pstyle("BDGTieuNgu", "BDG Tiêu ngữ", ppr("center"), rpr(13, bold=True)),
    pstyle("BDGChuQuan", "BDG Cơ quan chủ quản", ppr("center"), rpr(12)),
    pstyle("BDGCoQuan", "BDG Cơ quan ban hành", ppr("center"), rpr(12, bold=True)),
    # A rule line: an empty paragraph whose bottom border is the line; the renderer sets its
    # indents so that the line has the length ND30 asks for.
    pstyle("BDGKe", "BDG Đường kẻ", ppr("center", line=60, rule="exact", extra=BORDER_BOTTOM), rpr(2)),
    pstyle("BDGSo", "BDG Số, ký hiệu", ppr("center", before=120), rpr(13)),
    pstyle("BDGNgay", "BDG Địa danh, ngày tháng", ppr("center", before=120), rpr(13, italic=True)),
    # 6 pt under the number line (R26); the V/v wraps inside the left column.
    pstyle("BDGVv", "BDG Trích yếu công văn", ppr("center", before=120), rpr(VV_SIZE)),
    pstyle("BDGTenLoai", "BDG Tên loại", ppr("center", before=360, keep_next=True), rpr(14, bold=True), next_="BDGTrichYeu"),
    pstyle("BDGTrichYeu", "BDG Trích yếu", ppr("center", keep_next=True), rpr(14, bold=True)),
    pstyle("BDGKinhGui", "BDG Kính gửi", ppr("left", before=240, left=KINH_GUI_LEFT, keep_next=True), rpr(KINH_GUI_SIZE)),
    pstyle("BDGKinhGuiMuc", "BDG Kính gửi, nơi nhận", ppr("left", left=KINH_GUI_DASH_LEFT, keep_next=True),
           rpr(KINH_GUI_SIZE)),
    pstyle("BDGThan", "BDG Thân văn bản", ppr(**BODY), rpr(14)),
    pstyle("BDGMoDau", "BDG Đoạn mở đầu", ppr(**{**BODY, "before": 240}), rpr(14), based="BDGThan"),
    pstyle("BDGCanCu", "BDG Căn cứ", ppr(**BODY), rpr(14, italic=True), based="BDGThan"),
    pstyle("BDGMuc", "BDG Mục (I., II.)", ppr(**BODY, keep_next=True), rpr(14, bold=True), based="BDGThan"),
    pstyle("BDGKhoanTieuDe", "BDG Khoản có tiêu đề (1., 2.)", ppr(**BODY, keep_next=True), rpr(14, bold=True), based="BDGThan"),
    # The first paragraphs of the two cells of the bottom table sit level (R38): no space before
    # either; the table's top cell margin separates it from the body.
    pstyle("BDGNoiNhanTieuDe", "BDG Nơi nhận", ppr("left"), rpr(12, bold=True, italic=True)),
    pstyle("BDGNoiNhan", "BDG Nơi nhận, mục", ppr("left"), rpr(11)),
    pstyle("BDGNoiNhanNhom", "BDG Nơi nhận, nhóm", ppr("left"), rpr(11, italic=True)),
    pstyle("BDGChucVu", "BDG Quyền hạn, chức vụ", ppr("center", keep_next=True), rpr(14, bold=True)),
    pstyle("BDGHoTen", "BDG Họ tên người ký", ppr("center", before=1680), rpr(14, bold=True)),
    pstyle("BDGSoTrang", "BDG Số trang", ppr("center"), rpr(14)),
    pstyle("BDGChuThich", "BDG Chú thích", ppr("both", line=240), rpr(12)),
    # Tables: column titles bold and centred; words flush left; numbers centred.
    pstyle("BDGBangTieuDe", "BDG Bảng, tiêu đề cột", ppr("center", before=40, after=40), rpr(TABLE_SIZE, bold=True)),
    pstyle("BDGBang", "BDG Bảng, chữ", ppr("left", before=40, after=40), rpr(TABLE_SIZE)),
    pstyle("BDGBangSo", "BDG Bảng, số", ppr("center", before=40, after=40), rpr(TABLE_SIZE)),
    # Appendices (R47): 'Phụ lục' 14 bold, its title in capitals, '(Kèm theo ...)' italic; the empty
    # paragraph that ends the section before each appendix takes no room.
    pstyle("BDGNgatMuc", "BDG Ngắt mục (trước phụ lục)", ppr(line=20, rule="exact"), rpr(1)),
    pstyle("BDGPhuLuc", "BDG Phụ lục", ppr("center", keep_next=True), rpr(14, bold=True)),
    pstyle("BDGTenPhuLuc", "BDG Tên phụ lục", ppr("center", keep_next=True), rpr(14, bold=True)),
    pstyle("BDGKemTheo", "BDG Kèm theo (phụ lục)", ppr("center", after=240, keep_next=True), rpr(14, italic=True)),
]
STYLES_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="{CELL_MARGIN}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="{CELL_MARGIN}" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type="character" w:customStyle="1" w:styleId="BDGChuThichSo"><w:name w:val="BDG Số chú thích"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
{''.join(STYLES)}</w:styles>"""


# ------------------------------------------------------------------------------- document
def run(text: str, props: str = "") -> str:
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(style: str, *runs: str, props: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{props}</w:pPr>{"".join(runs)}</w:p>'


def tag(text: str, style: str = "BDGThan") -> str:
    """A paragraph holding only a docxtpl block tag ({%p ...%}); docxtpl removes the paragraph."""
    return para(style, run(text))


def cell(width: int, *content: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(content)}</w:tc>'


def table(cols: tuple[int, int], *rows: str, top: int = 0) -> str:
    grid = "".join(f'<w:gridCol w:w="{c}"/>' for c in cols)
    margin = f'<w:tblCellMar><w:top w:w="{top}" w:type="dxa"/></w:tblCellMar>' if top else ""
    none = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(cols)}" w:type="dxa"/><w:tblBorders>{none}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/>{margin}<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
            f'w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def row(*cells: str, header: bool = False) -> str:
    """A row that does not break across pages; a header row is repeated on every page."""
    repeat = "<w:tblHeader/>" if header else ""
    return f'<w:tr><w:trPr><w:cantSplit/>{repeat}</w:trPr>{"".join(cells)}</w:tr>'


def tag_row(text: str) -> str:
    """A row holding only a docxtpl row tag ({%tr ...%}); docxtpl replaces the row by the tag."""
    return f"<w:tr>{cell(TABLE_COLS[0], para('BDGBang', run(text)))}</w:tr>"


def grid_table(*rows: str) -> str:
    """A table with a single line around every cell, as wide as the text (the indicator table)."""
    grid = "".join(f'<w:gridCol w:w="{c}"/>' for c in TABLE_COLS)
    lines = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                    for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(TABLE_COLS)}" w:type="dxa"/><w:tblBorders>{lines}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="{TABLE_CELL_MARGIN}" w:type="dxa"/>'
            f'<w:right w:w="{TABLE_CELL_MARGIN}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" '
            f'w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def middle_cell(width: int, content: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{content}</w:tc>'


# The table of a block of the body: column titles from the context, then one row per item.
INDICATOR_TABLE = grid_table(
    row(*(middle_cell(w, para("BDGBangTieuDe", run(f"{{{{ doan.bang.tieu_de[{i}] }}}}")))
          for i, w in enumerate(TABLE_COLS)), header=True),
    tag_row("{%tr for dong in doan.bang.dong %}"),
    row(*(middle_cell(w, para(f"{{{{ dong[{i}].style }}}}", run(f"{{{{r dong[{i}].runs }}}}")))
          for i, w in enumerate(TABLE_COLS))),
    tag_row("{%tr endfor %}"),
)


def blocks(items: str) -> list[str]:
    """The paragraphs and tables of a body (``than``, or an appendix's ``pl.than``), in order."""
    return [
        tag(f"{{%p for doan in {items} %}}"),
        tag("{%p if doan.bang %}"),
        INDICATOR_TABLE,
        tag("{%p else %}"),
        # The body's last paragraph keeps with the signature table: Nơi nhận and the signature
        # never stand alone on a page.
        para("{{ doan.style }}", run("{{r doan.runs }}"), props="{% if doan.keep_next %}<w:keepNext/>{% endif %}"),
        tag("{%p endif %}"),
        tag("{%p endfor %}"),
    ]


HEADER_TABLE = table(
    HEADER_COLS,
    row(
        cell(HEADER_COLS[0],
             tag("{%p for dong in chu_quan %}", "BDGChuQuan"),
             para("BDGChuQuan", run("{{ dong }}")),
             tag("{%p endfor %}", "BDGChuQuan"),
             tag("{%p for dong in co_quan %}", "BDGCoQuan"),
             para("BDGCoQuan", run("{{ dong }}")),
             tag("{%p endfor %}", "BDGCoQuan"),
             para("BDGKe", run("{{p ke_co_quan }}"))),
        cell(HEADER_COLS[1],
             para("BDGQuocHieu", run(header.QUOC_HIEU)),
             para("BDGTieuNgu", run(header.TIEU_NGU)),
             para("BDGKe", run("{{p ke_tieu_ngu }}"))),
    ),
    row(
        cell(HEADER_COLS[0],
             para("BDGSo", run("{{ so }}")),
             tag("{%p if vv %}", "BDGVv"),
             para("BDGVv", run("{{ vv }}")),
             tag("{%p endif %}", "BDGVv")),
        cell(HEADER_COLS[1], para("BDGNgay", run("{{ dia_danh_ngay }}"))),
    ),
)

SIGNATURE_TABLE = table(
    FOOTER_COLS,
    row(
        cell(FOOTER_COLS[0],
             para("BDGNoiNhanTieuDe", run(recipients.TIEU_DE)),
             tag("{%p for dong in noi_nhan %}", "BDGNoiNhan"),
             para("{{ dong.style }}", run("{{ dong.text }}")),
             tag("{%p endfor %}", "BDGNoiNhan")),
        cell(FOOTER_COLS[1],
             tag("{%p for dong in chuc_danh %}", "BDGChucVu"),
             para("BDGChucVu", run("{{ dong }}")),
             tag("{%p endfor %}", "BDGChucVu"),
             para("BDGHoTen", run("{{ ho_ten }}"))),
    ),
    top=240,
)

def section(restart: str) -> str:
    """Page setup: A4, margins, page numbers in the header from page 2 (``restart``: when the
    section's numbers start again from 1, as each appendix's do)."""
    return (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderPage"/>'
        '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>'
        '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        f'<w:pgSz w:w="{PAGE["w"]}" w:h="{PAGE["h"]}"/>'
        f'<w:pgMar w:top="{PAGE["top"]}" w:right="{PAGE["right"]}" w:bottom="{PAGE["bottom"]}" '
        f'w:left="{PAGE["left"]}" w:header="567" w:footer="567" w:gutter="0"/>'
        f'{{% if {restart} %}}<w:pgNumType w:start="1"/>{{% endif %}}'
        '<w:cols w:space="720"/><w:titlePg/></w:sectPr>'
    )


# Each appendix starts a section: the paragraph before it ends the previous one (the document's
# own, then the previous appendix's), and the document's last section is the last appendix's.
APPENDICES = [
    tag("{%p for pl in phu_luc %}", "BDGNgatMuc"),
    f'<w:p><w:pPr><w:pStyle w:val="BDGNgatMuc"/>{section("not loop.first")}</w:pPr></w:p>',
    para("BDGPhuLuc", run("{{ pl.nhan }}")),
    para("BDGTenPhuLuc", run("{{ pl.ten }}")),
    para("BDGKemTheo", run("{{ pl.kem_theo }}")),
    *blocks("pl.than"),
    tag("{%p endfor %}", "BDGNgatMuc"),
]

BODY_XML = "".join([
    HEADER_TABLE,
    # Mẫu 1.4: type name, trích yếu and its short rule.
    tag("{%p if ten_loai %}", "BDGTenLoai"),
    para("BDGTenLoai", run("{{ ten_loai }}")),
    para("BDGTrichYeu", run("{{ trich_yeu }}")),
    para("BDGKe", run("{{p ke_trich_yeu }}")),
    tag("{%p endif %}", "BDGTenLoai"),
    # Mẫu 1.5: Kính gửi, one recipient on its line or a dashed list under the colon.
    tag("{%p if kinh_gui %}", "BDGKinhGui"),
    para("BDGKinhGui", run(kinh_gui.TIEU_DE + "{% if kinh_gui|length == 1 %} {{ kinh_gui[0] }}{% endif %}")),
    tag("{%p if kinh_gui|length > 1 %}", "BDGKinhGuiMuc"),
    tag("{%p for dong in kinh_gui %}", "BDGKinhGuiMuc"),
    para("BDGKinhGuiMuc", run("{{ dong }}")),
    tag("{%p endfor %}", "BDGKinhGuiMuc"),
    tag("{%p endif %}", "BDGKinhGuiMuc"),
    tag("{%p endif %}", "BDGKinhGui"),
    # Căn cứ (italic, one per line) and the body.
    tag("{%p for doan in can_cu %}", "BDGCanCu"),
    para("BDGCanCu", run("{{r doan }}")),
    tag("{%p endfor %}", "BDGCanCu"),
    *blocks("than"),
    SIGNATURE_TABLE,
    *APPENDICES,
    section("phu_luc"),
])

DOCUMENT_XML = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}>'
                f'<w:body>{BODY_XML}</w:body></w:document>')

HEADER_PAGE_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>'
    '<w:p><w:pPr><w:pStyle w:val="BDGSoTrang"/></w:pPr>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '</w:p></w:hdr>'
)
HEADER_FIRST_XML = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>'
                    '<w:p><w:pPr><w:pStyle w:val="BDGSoTrang"/></w:pPr></w:p></w:hdr>')

# Footnotes: the two separators Word needs, then one footnote per item of the context.
FOOTNOTES_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '{% for ghi_chu in chu_thich %}<w:footnote w:id="{{ ghi_chu.id }}"><w:p><w:pPr><w:pStyle w:val="BDGChuThich"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="BDGChuThichSo"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> </w:t></w:r>{{ ghi_chu.runs }}</w:p></w:footnote>{% endfor %}'
    '</w:footnotes>'
)

SETTINGS_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W_NS}>'
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="vi-VN"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>'
)

FONT_TABLE_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts {W_NS}>'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>'
)

CONTENT_TYPES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>'
)

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ROOT_RELS_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
    '</Relationships>'
)
DOCUMENT_RELS_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rIdStyles" Type="{REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rIdSettings" Type="{REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rIdFonts" Type="{REL}/fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="rIdFootnotes" Type="{REL}/footnotes" Target="footnotes.xml"/>'
    f'<Relationship Id="rIdHeaderPage" Type="{REL}/header" Target="header1.xml"/>'
    f'<Relationship Id="rIdHeaderFirst" Type="{REL}/header" Target="header2.xml"/>'
    '</Relationships>'
)

# Document properties: the title is the document's own; dates are set by the renderer.
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>{{ tieu_de_tep }}</dc:title><dc:subject>{{ loai_van_ban }}</dc:subject><dc:creator>{{ co_quan_ban_hanh }}</dc:creator>'
    '<dc:language>vi-VN</dc:language>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2020-03-05T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2020-03-05T00:00:00Z</dcterms:modified>'
    '</cp:coreProperties>'
)
APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    '<Application>bdg_docs</Application></Properties>'
)

PARTS = {
    "[Content_Types].xml": CONTENT_TYPES_XML,
    "_rels/.rels": ROOT_RELS_XML,
    "docProps/core.xml": CORE_XML,
    "docProps/app.xml": APP_XML,
    "word/document.xml": DOCUMENT_XML,
    "word/_rels/document.xml.rels": DOCUMENT_RELS_XML,
    "word/styles.xml": STYLES_XML,
    "word/settings.xml": SETTINGS_XML,
    "word/fontTable.xml": FONT_TABLE_XML,
    "word/footnotes.xml": FOOTNOTES_XML,
    "word/header1.xml": HEADER_PAGE_XML,
    "word/header2.xml": HEADER_FIRST_XML,
}


def build() -> bytes:
    return write_zip((name, xml.encode("utf-8")) for name, xml in PARTS.items())


def main() -> None:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(build())
    VARIABLES.write_text(declaration(TARGET.read_bytes()), encoding="utf-8")
    write_generated(engine.generated(TARGET.read_bytes()))
    PREPARED.write_text(prepared(TARGET.read_bytes()), encoding="utf-8")
    with zipfile.ZipFile(TARGET) as z:
        print(f"wrote {TARGET.relative_to(ROOT)}: {len(z.namelist())} parts, "
              + ", ".join(str(path.relative_to(ROOT)) for path in (VARIABLES, GENERATED, PREPARED)))


def write_generated(files: dict[str, str]) -> None:
    """The index and code files of the generated Jinja code, and no code file of an older template."""
    code = TARGET.with_name(engine.GENERATED_CODE)
    code.mkdir(exist_ok=True)
    for stale in set(code.glob("*.code")) - {TARGET.parent / name for name in files}:
        stale.unlink()
    for name, text in files.items():
        (TARGET.parent / name).write_text(text, encoding="utf-8")


def prepared(data: bytes) -> str:
    """The content of PREPARED: the template prepared the straightforward way, as JSON."""
    return prepared_form.dumps(data, engine.PreparedTemplate(data, shipped=False).form())


if __name__ == "__main__":
    main()
