"""Lay out one document in Word (python-docx plus raw WordprocessingML), planting chosen defects.

A `Look` says how an office made the file (header as a table, tabs or text boxes; signature in a
table, after tabs or indented; fonts from a style, direct formatting, document defaults or the
theme; automatic or typed numbering; where the page number is ...). Defects are named; each one
changes the document at the place it is produced and declares its rule and place in
`Builder.declared`, so what is planted and what is declared cannot drift apart.
"""
from __future__ import annotations

import io
import math
import random
import unicodedata
from dataclasses import dataclass, field

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from . import ooxml as X
from .content import Issuer, Text
from .metrics import underscores_for, width_pt

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "both": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}
PAPER = {"A4": (11906, 16838), "Letter": (12240, 15840)}
CELL_MARGIN = 108            # Word's default left/right cell margin (twips)
BOX_INSET = 144              # text box inner margin (0.1 inch)


@dataclass
class Look:
    way: str = "python-docx"
    paper: str = "A4"
    margins: tuple = (1134, 1134, 1701, 850)           # top, bottom, left, right (twips)
    fonts: str = "style"                               # style | direct | docdefaults | theme
    body_size: int = 14
    header: str = "table2"                             # table2 | table1 | table3 | span | tabs | textbox
    header_br: bool = False                            # header lines split by Shift+Enter
    left_frac: float = 0.42                            # header left column share
    rules: str = "underscore"                          # underscore | border | shape | underline
    signature: str = "table"                           # table | rows | tabs | indent_after
    sig_br: bool = False
    nn_br: bool = False                                # Nơi nhận items split by Shift+Enter
    numbering: str = "manual"                          # manual | auto | liststyle
    dash_bullets: bool = False                         # "-" items as a bullet list
    page_number: str = "header"                        # header | none | footer | right | first | small
    pn_field: str = "complex"                           # simple | simple_none | complex | complex_none
    first_line: int = 720
    spacing: tuple = (120, 0)                          # before, after (twips)
    line: tuple = (276, "auto")                        # value, rule (auto | exact | atLeast)
    title_br: bool = False                             # trích yếu lines split by Shift+Enter
    tab_indent: bool = False                           # body paragraphs start with a Tab, no indent
    body_style: bool = False                           # body formatting from custom styles (basedOn chains)
    heading_styles: bool = False                       # built-in Heading 1/2 restyled to Decree 30
    header_spacing: int = 0                            # space after header paragraphs
    kg_layout: str = "indent"                          # indent | center
    mark: str | None = None                            # KHẨN | HỎA TỐC | MẬT | None
    pham_vi: str | None = None                         # LƯU HÀNH NỘI BỘ | None
    draft: bool = False                                # blank number and day/month
    footnote: bool = False
    table_in_body: bool = False
    appendix: bool = False
    nbh_symbol: bool = False                           # non-breaking hyphen typed in the symbol
    hoa_spelling: bool = False                         # CỘNG HOÀ (old-style accent)
    caps: bool = False                                 # Quốc hiệu, type name typed in lower case, shown by All caps
    kg_table: bool = False                             # Kính gửi laid out in a borderless table
    blank_lines: bool = False                          # an empty paragraph between body paragraphs, no spacing
    nbsp: bool = False                                 # non-breaking spaces typed in the number and date lines
    tracked: bool = False                              # tracked changes (an old date deleted, words inserted)
    landscape_appendix: bool = False                   # appendix in a landscape section, pages from 1
    sig_cols: int = 2                                  # signature table columns (3: a spacer column)
    sign_mark: str | None = None                       # image (a scanned signature) | da_ky ("(Đã ký)")
    footer_address: bool = False                       # ô 13: address under a rule at the foot of page 1
    quirks: list = field(default_factory=list)         # split_runs, proof, bookmarks


@dataclass
class Declared:
    rule: str
    at: object
    defect: str


def signature_png() -> bytes:
    """A small blue stroke on a transparent ground, as a scanned signature (PNG, made here)."""
    import struct
    import zlib
    w, h = 120, 40
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            on = abs((y - 20) - int(12 * math.sin(x / 9))) < 2
            row += bytes([20, 40, 160, 255 if on else 0])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


class Builder:
    def __init__(self, look: Look, text: Text, iss: Issuer, rng: random.Random, defects: set[str],
                 date: tuple[int, int, int], number: int, signer: str, sign: list[str]):
        self.look, self.text, self.iss, self.rng = look, text, iss, rng
        self.defects = set(defects)
        self.used: set[str] = set()
        self.declared: list[Declared] = []
        self.tolerated: list[tuple] = []      # (rule, at, why): findings neither required nor false
        self.date, self.number, self.signer, self.sign = date, number, signer, sign
        self.doc = Document()
        X.reset_ids()                          # shape ids numbered within each document
        self.body_paras: list[str] = []
        self.list_gaps: list[str] = []         # list paragraphs Word sets with no space between them        # text of running paragraphs (for defects "at")
        self.num_ids: dict[str, int] = {}
        self._next_num = 101
        self._next_abs = 51
        self.pw, self.ph = PAPER[look.paper]
        top, bottom, left, right = look.margins
        self.tw = self.pw - left - right       # text width (twips)
        s = rng.choice
        self.sz = {"qh": s([12, 13]), "tn": s([13, 14]), "cq": s([12, 13]), "so": 13, "ngay": s([13, 14]),
                   "tl": s([13, 14]), "ty": 14 if rng.random() < .8 else 13, "vv": s([12, 13]),
                   "kg": look.body_size, "sig": s([13, 14]), "name": 14, "nn": 12, "nni": 11}
        self.sz["tn"] = max(self.sz["tn"], self.sz["qh"])

    # ---------------------------------------------------------------- defects
    def has(self, name: str) -> bool:
        self.used.add(name)
        return name in self.defects

    def declare(self, rule: str, at, defect: str) -> None:
        self.declared.append(Declared(rule, at, defect))

    def unused(self) -> set[str]:
        return self.defects - self.used

    # ---------------------------------------------------------------- runs and paragraphs
    def font_for(self, fmt: dict) -> str | None:
        if "font" in fmt:
            return fmt["font"]
        return X.TNR if self.look.fonts == "direct" else None

    def run(self, p, text: str, **fmt):
        if fmt.get("caps"):
            text = text.capitalize()           # typed in lower case; Word shows it in capitals
        r = p.add_run()
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                r.add_break()
            chunks = part.split("\t")
            for j, chunk in enumerate(chunks):
                if j:
                    r.add_tab()
                if chunk:
                    if self.look.nbh_symbol and "‑" in chunk:
                        bits = chunk.split("‑")
                        for k, bit in enumerate(bits):
                            if k:
                                r._r.append(X.el(f"<w:noBreakHyphen {X.NS_W}/>"))
                            if bit:
                                t = r._r.add_t(bit)
                    else:
                        r._r.add_t(chunk)
        X.set_rpr(r._r, font=self.font_for(fmt), size=fmt.get("size"), bold=fmt.get("bold"),
                  italic=fmt.get("italic"), color=fmt.get("color"), underline=fmt.get("underline"),
                  caps=bool(fmt.get("caps")))
        if not r._r.rPr.getchildren():
            r._r.remove(r._r.rPr)
        return r

    def par(self, container, segments=(), align=None, left=None, right=None, first=None, hanging=None,
            before=None, after=None, line=None, line_rule=None, style=None, tabs=(), keep_next=False,
            mark: dict | None = None):
        """A paragraph of `segments`: (text, fmt) pairs; tabs: (pos, 'center'|'left'|'right')."""
        p = container.add_paragraph(style=style)
        pf = p.paragraph_format
        if align:
            p.alignment = ALIGN[align]
        if left is not None:
            pf.left_indent = Twips(left)
        if right is not None:
            pf.right_indent = Twips(right)
        if first is not None:
            pf.first_line_indent = Twips(first)
        if hanging is not None:
            pf.first_line_indent = Twips(-hanging)
        if before is not None:
            pf.space_before = Twips(before)
        if after is not None:
            pf.space_after = Twips(after)
        if line is not None:
            if line_rule == "exact":
                pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                pf.line_spacing = Twips(line)
            elif line_rule == "atLeast":
                pf.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
                pf.line_spacing = Twips(line)
            else:
                pf.line_spacing = line / 240
        if keep_next:
            pf.keep_with_next = True
        for pos, kind in tabs:
            pf.tab_stops.add_tab_stop(Twips(pos), {"center": WD_TAB_ALIGNMENT.CENTER, "left": WD_TAB_ALIGNMENT.LEFT,
                                                   "right": WD_TAB_ALIGNMENT.RIGHT}[kind])
        for seg in segments:
            text, fmt = seg if isinstance(seg, tuple) else (seg, {})
            self.run(p, text, **fmt)
        fmt0 = mark if mark is not None else (segments[0][1] if segments and isinstance(segments[0], tuple) else {})
        if self.look.fonts == "direct" or fmt0.get("size"):
            rpr = p._p.get_or_add_pPr()
            old = rpr.find(qn("w:rPr"))
            if old is not None:
                rpr.remove(old)
            rpr.append(X.el(f"<w:rPr {X.NS_W}>" + X.rpr_xml(font=self.font_for(fmt0), size=fmt0.get("size"),
                                                              bold=fmt0.get("bold"))[7:]))
        return p

    # ---------------------------------------------------------------- page and styles
    def setup(self) -> None:
        look = self.look
        sec = self.doc.sections[0]
        w, h = self.pw, self.ph
        if self.has("landscape"):
            sec.orientation = WD_ORIENT.LANDSCAPE
            w, h = h, w
            self.declare("R2", None, "landscape")
        sec.page_width, sec.page_height = Twips(w), Twips(h)
        if look.paper != "A4":
            self.declare("R1", None, "letter_paper")
        top, bottom, left, right = look.margins
        sec.top_margin, sec.bottom_margin = Twips(top), Twips(bottom)
        sec.left_margin, sec.right_margin = Twips(left), Twips(right)
        sec.header_distance, sec.footer_distance = Twips(567), Twips(567)
        if self.landscape_tw():
            self.tw = h - left - right
        for rule, val, lo, hi, what in (("R3", top, 1134, 1417, "top"), ("R4", bottom, 1134, 1417, "bottom"),
                                         ("R5", left, 1701, 1984, "left"), ("R6", right, 850, 1134, "right")):
            if rule in ("R3", "R4") and val == 1440:
                continue                          # Word's one inch: tolerated (25.4 mm)
            if not lo - 2 <= val <= hi + 2:
                self.declare(rule, None, f"margin_{what}_{val}")
        before, after = look.spacing
        if before + after < 120 and not look.blank_lines:
            self.declare("R29", None, "body_no_spacing")
        line, rule = look.line
        size = look.body_size
        if (rule == "auto" and not 240 <= line <= 360) or (
                rule == "exact" and not 1.15 * size * 20 <= line <= 1.73 * size * 20):
            self.declare("R30", None, f"line_spacing_{rule}_{line}")
        styles = self.doc.styles
        normal = styles["Normal"]
        body = look.body_size
        if look.fonts == "style":
            normal.font.name = X.TNR
            rpr = normal.element.get_or_add_rPr()
            rpr.rFonts.set(qn("w:cs"), X.TNR)
            normal.font.size = Pt(body)
        elif look.fonts == "docdefaults":
            rpr = self.doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
            fonts = rpr.find(qn("w:rFonts"))
            for a in list(fonts.attrib):
                del fonts.attrib[a]
            for a in ("ascii", "hAnsi", "cs", "eastAsia"):
                fonts.set(qn(f"w:{a}"), X.TNR)
            rpr.find(qn("w:sz")).set(qn("w:val"), str(body * 2))
            rpr.find(qn("w:szCs")).set(qn("w:val"), str(body * 2))
        elif look.fonts == "theme":
            self.theme_fonts(X.TNR)
            rpr = self.doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
            rpr.find(qn("w:sz")).set(qn("w:val"), str(body * 2))
            rpr.find(qn("w:szCs")).set(qn("w:val"), str(body * 2))
        elif look.fonts == "calibri":
            self.declare("R7", None, "theme_calibri")
        if look.fonts == "direct":
            normal.font.size = Pt(body)
        if look.body_style:
            self.body_styles()
        if look.heading_styles:
            for sid, size in (("Heading 1", body), ("Heading 2", body)):
                st = styles[sid]
                st.font.name = X.TNR
                st.element.get_or_add_rPr().rFonts.set(qn("w:cs"), X.TNR)
                for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                    st.element.rPr.rFonts.attrib.pop(qn(a), None)
                st.font.size = Pt(size)
                st.font.color.rgb = None
                color = st.element.rPr.find(qn("w:color"))
                if color is not None:
                    st.element.rPr.remove(color)
                st.element.rPr.append(X.el(f'<w:color {X.NS_W} w:val="000000"/>'))
                st.paragraph_format.space_before = Twips(look.spacing[0] or 120)
                st.paragraph_format.space_after = Twips(look.spacing[1])
                st.paragraph_format.first_line_indent = Twips(look.first_line)
                st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def landscape_tw(self) -> bool:
        return "landscape" in self.defects

    def theme_fonts(self, face: str) -> None:
        theme_part = None
        for rel in self.doc.part.rels.values():
            if rel.reltype.endswith("/theme"):
                theme_part = rel.target_part
        xml = theme_part.blob.decode("utf-8")
        import re
        xml = re.sub(r'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*"', rf'\g<1>{face}"', xml)
        theme_part._blob = xml.encode("utf-8")

    def body_styles(self) -> None:
        """Custom styles as offices make them: 'Noi dung' on Normal, 'Muc' and 'Khoan' on 'Noi dung'."""
        from docx.enum.style import WD_STYLE_TYPE
        look = self.look
        st = self.doc.styles.add_style("Noi dung", WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = self.doc.styles["Normal"]
        pf = st.paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf.first_line_indent = Twips(0 if look.tab_indent else look.first_line)
        pf.space_before, pf.space_after = Twips(look.spacing[0]), Twips(look.spacing[1])
        if look.line[1] == "exact":
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Twips(look.line[0])
        else:
            pf.line_spacing = look.line[0] / 240
        st.font.size = Pt(look.body_size)
        muc = self.doc.styles.add_style("Muc", WD_STYLE_TYPE.PARAGRAPH)
        muc.base_style = st
        muc.font.bold = True
        muc.paragraph_format.keep_with_next = True
        khoan = self.doc.styles.add_style("Khoan dam", WD_STYLE_TYPE.PARAGRAPH)
        khoan.base_style = muc

    # ---------------------------------------------------------------- header
    def so_text(self) -> str:
        t, iss = self.text, self.iss
        num = "" if self.look.draft else f"{self.number:02d}"
        if self.has("so_nozero"):
            num = str(self.number % 10 or 5)
        if t.abbr and not t.type_name == "PHỤ LỤC":
            sym = f"{t.abbr}-{iss.abbr}"
        else:
            sym = f"{iss.abbr}-{iss.unit}"
        if self.has("sym_cv_type"):
            sym = f"CV-{iss.abbr}"
        if self.has("sym_d"):
            sym = sym.replace("Đ", "D")
        if self.has("so_year"):
            sym = f"{self.date[2]}/{sym}"
        if self.has("so_space"):
            sym = sym.replace("-", " - ", 1)
        if self.look.nbh_symbol:
            sym = sym.replace("-", "‑")
        lead = "Số " if self.has("so_nocolon") else "Số: "
        if self.look.draft:
            return f"{lead}      /{sym}"
        if self.look.nbsp:
            lead = lead.replace(" ", "\u00a0")
        return f"{lead}{num}/{sym}"

    def ngay_text(self) -> str:
        d, m, y = self.date
        place = self.iss.place
        if self.has("ngay_lowerplace"):
            place = place[0].lower() + place[1:]
        if self.has("ngay_invalid"):
            d, m = 30, 2
        dd = f"{d:02d}"
        mm = f"{m:02d}" if m <= 2 else str(m)
        if self.has("ngay_month0"):
            mm = f"{m:02d}"
        if self.has("ngay_day1"):
            dd = str(d)
        if self.has("ngay_jan"):
            mm = str(m)
        if self.has("ngay_numeric"):
            return f"{place}, ngày {dd}/{m}/{y}"
        if self.look.draft:
            return f"{place}, ngày      tháng      năm {y}"
        if self.look.nbsp:
            return f"{place}, ngày\u00a0{dd} tháng\u00a0{mm} năm\u00a0{y}"
        return f"{place}, ngày {dd} tháng {mm} năm {y}"

    def header_items(self) -> tuple[list, list]:
        """Left and right columns as items: ("text", lines, fmt, role) or ("rule", width_pt, size, role)."""
        sz, t = self.sz, self.text
        left: list = []
        chu_fmt = {"size": sz["cq"], "bold": False}
        if self.iss.chu_quan:
            if self.has("cqu_bold"):
                chu_fmt["bold"] = True
                self.declare("R15", self.iss.chu_quan[0], "chu_quan_bold")
            left.append(("text", self.iss.chu_quan, chu_fmt, "chu_quan"))
        cq_fmt = {"size": sz["cq"], "bold": True}
        if self.has("cq_notbold"):
            cq_fmt["bold"] = False
            self.declare("R14", self.iss.co_quan, "co_quan_regular")
        if self.has("cq_size14"):
            cq_fmt["size"] = 14
            self.declare("R14", self.iss.co_quan, "co_quan_14")
        left.append(("text", self.iss.co_quan, cq_fmt, "co_quan"))
        widest = max(width_pt(x, cq_fmt["size"], True) for x in self.iss.co_quan)
        last = width_pt(self.iss.co_quan[-1], cq_fmt["size"], True)
        # 1/3 to 1/2 of the line, whether the longest line or the last one is meant
        lo, hi = max(0.36 * widest, 0.36 * last), min(0.46 * widest, 0.46 * last)
        if lo > hi:
            lo, hi = 0.31 * widest, 0.53 * last
        assert lo <= hi, self.iss.co_quan
        length = self.rng.uniform(lo, hi)
        if self.has("cq_rule_long"):
            length = widest * 1.0
            self.declare("R16", [self.iss.co_quan[-1], "___"], "co_quan_rule_full")
        if self.has("cq_rule_missing"):
            self.declare("R16", self.iss.co_quan, "co_quan_no_rule")
        else:
            left.append(("rule", length, cq_fmt["size"], "cq_rule"))
        right: list = []
        qh = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" if self.look.hoa_spelling else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        qh_fmt = {"size": sz["qh"], "bold": True, "caps": self.look.caps}
        if self.has("qh_size14"):
            qh_fmt["size"] = 14
            self.declare("R11", qh, "quoc_hieu_14")
        if self.has("qh_notbold"):
            qh_fmt["bold"] = False
            self.declare("R11", qh, "quoc_hieu_regular")
        tn = "Độc lập - Tự do - Hạnh phúc"
        tn_fmt = {"size": sz["tn"], "bold": True}
        if self.has("tn_endash"):
            tn = "Độc lập – Tự do – Hạnh phúc"
            self.declare("R12", "Độc lập", "tieu_ngu_en_dash")
        if self.has("tn_nospace"):
            tn = "Độc lập-Tự do-Hạnh phúc"
            self.declare("R12", "Độc lập", "tieu_ngu_no_spaces")
        if self.has("tn_notbold"):
            tn_fmt["bold"] = False
            self.declare("R12", "Độc lập", "tieu_ngu_regular")
        if self.has("tn_size12"):
            tn_fmt["size"] = 12
            self.declare("R12", "Độc lập", "tieu_ngu_12")
        if self.look.rules == "underline" and not self.has("tn_rule_missing"):
            tn_fmt["underline"] = "single"
        right.append(("text", [qh], qh_fmt, "quoc_hieu"))
        right.append(("text", [tn], tn_fmt, "tieu_ngu"))
        tn_w = width_pt(tn, tn_fmt["size"], tn_fmt["bold"])
        if self.has("tn_rule_missing"):
            self.declare("R13", ["Độc lập", "Tự do"], "tieu_ngu_no_rule")
        elif self.look.rules != "underline":
            length = tn_w * self.rng.uniform(0.97, 1.04)
            if self.has("tn_rule_short"):
                length = tn_w * 0.5
                self.declare("R13", ["Độc lập", "___"], "tieu_ngu_rule_half")
            right.append(("rule", length, tn_fmt["size"], "tn_rule"))
        return left, right

    def so_item(self):
        fmt = {"size": self.sz["so"], "bold": False}
        text = self.so_text()
        if self.has("so_bold"):
            fmt["bold"] = True
        if self.has("so_size14"):
            fmt["size"] = 14
        shown = text.replace("‑", "-")[:12]        # a non-breaking hyphen reads as a hyphen
        for d in ("so_nozero", "so_space", "so_nocolon", "so_bold", "so_size14"):
            if d in self.defects:
                self.declare("R17", shown, d)
        if "sym_cv_type" in self.defects or "sym_wrong_type" in self.defects:
            self.declare("R18", shown, "symbol_type")
        if "so_year" in self.defects:
            self.declare("R19", shown, "symbol_year")
        if "sym_d" in self.defects:
            self.declare("R50", shown, "symbol_d_for_dd")
            self.tolerated.append(("R18", shown, "the same slip seen as a symbol without its type"))
        return ("text", [text], fmt, "so")

    def ngay_item(self):
        fmt = {"size": self.sz["ngay"], "italic": True}
        text = self.ngay_text()
        for d in ("ngay_month0", "ngay_day1", "ngay_jan", "ngay_numeric"):
            if d in self.defects:
                self.declare("R20", text[:14], d)
        for d in ("ngay_invalid", "ngay_lowerplace"):
            if d in self.defects:
                self.declare("R22", text[:14], d)
        if self.has("ngay_upright"):
            fmt["italic"] = False
            self.declare("R21", text[:14], "date_upright")
        if self.has("ngay_size12"):
            fmt["size"] = 12
            self.declare("R21", text[:14], "date_12")
        return ("text", [text], fmt, "ngay")

    add_vv = False                            # a typed document carrying a V/v line too (type not told)

    def vv_items(self) -> list:
        if self.add_vv:
            return [("vv", ["V/v kiện toàn Ban Vì sự tiến bộ của phụ nữ"], {"size": self.sz["vv"]}, "vv")]
        if self.text.type_name is not None:
            return []
        fmt = {"size": self.sz["vv"], "bold": False}
        lines = [x[:20] for x in self.text.trich_yeu]
        if self.has("vv_bold"):
            fmt["bold"] = True
            self.declare("R26", lines, "vv_bold")
        if self.has("vv_size14"):
            fmt["size"] = 14
            self.declare("R26", lines, "vv_14")
        return [("vv", self.text.trich_yeu, fmt, "vv")]

    def mark_items(self) -> list:
        if not self.look.mark:
            return []
        fmt = {"size": 13, "bold": True}
        text = self.look.mark
        if self.has("mark_notbold"):
            fmt["bold"] = False
            self.declare("R44", text, "mark_regular")
        return [("mark", [text], fmt, "mark")]

    def header(self) -> None:
        look = self.look
        if look.pham_vi:
            fmt = {"size": 13, "bold": True}
            if self.has("pham_vi_lower"):
                self.declare("R45", "Lưu hành nội bộ", "pham_vi_lower")
                text = "Lưu hành nội bộ"
            else:
                text = look.pham_vi
            p = self.par(self.doc, [(text, fmt)], align="left", left=0, after=120)
            X.add_border(p._p, box=True)
        left, right = self.header_items()
        bottom_left = [self.so_item()] + self.vv_items() + self.mark_items()
        bottom_right = [self.ngay_item()]
        if self.text.kem_theo and self.text.type_name != "PHỤ LỤC":
            bottom_left, bottom_right = [], []          # an attached document has no number and date
        kind = look.header
        self._columns = (left + bottom_left, right + bottom_right)
        lw, rw, _ = self.header_widths()
        self._widths = (lw, rw)
        if kind not in ("table2", "table1", "span", "table3"):
            self.declare("R49", None, f"header_{kind}")
        elif not 0.35 <= lw / (lw + rw) <= 0.45:
            self.declare("R49", None, f"header_left_column_{lw / (lw + rw):.2f}")
        if kind in ("table2", "table1", "table3", "span"):
            self.header_table(left, right, bottom_left, bottom_right)
        elif kind == "tabs":
            self.header_tabs(left, right, bottom_left, bottom_right)
        elif kind == "textbox":
            self.header_boxes(left, right, bottom_left, bottom_right)
        else:
            raise ValueError(kind)

    def header_widths(self) -> tuple[int, int, int]:
        """Column widths wide enough for the longest line of each side (as an officer drags them),
        near the look's left share; the table may reach into the margins (extra width)."""
        def need(items):
            w = 0
            for it in items:
                if it[0] in ("text", "vv"):
                    w = max([w] + [width_pt(x, it[2].get("size", 13), it[2].get("bold", False)) * 20 for x in it[1]])
            return w + 2 * CELL_MARGIN + 120
        left, right = self._columns
        need_l, need_r = need(left), need(right)
        total = self.tw + self.rng.choice([0, 0, 200, 400])
        frac = self.look.left_frac
        lw = max(need_l, int(total * frac))
        rw = max(need_r, total - lw)
        if 0.35 <= frac <= 0.45 and lw / (lw + rw) > 0.43:
            rw = int(lw / 0.43) - lw          # widen the right column rather than cross 45 %
        return int(lw), int(rw), int(lw + rw - self.tw)

    def fill(self, container, items: list, width_tw: int, where: str) -> int:
        """Write column items into `container` (a cell, a text box's paragraph list); returns lines used."""
        lines = 0
        inner = width_tw - 2 * (BOX_INSET if where == "box" else CELL_MARGIN)
        br = self.look.header_br
        after = self.look.header_spacing
        for item in items:
            kind = item[0]
            if kind == "text":
                _, texts, fmt, role = item
                if br and len(texts) > 1:
                    self.par(container, [("\n".join(texts), fmt)], align="center", after=after, before=0)
                else:
                    for tx in texts:
                        self.par(container, [(tx, fmt)], align="center", after=after, before=0)
                lines += len(texts)
            elif kind == "vv":
                _, texts, fmt, role = item
                join = "\n" if br or self.look.title_br else None
                if join:
                    self.par(container, [(join.join(texts), fmt)], align="center", before=120, after=after)
                else:
                    for i, tx in enumerate(texts):
                        self.par(container, [(tx, fmt)], align="center", before=120 if i == 0 else 0, after=after)
                lines += len(texts)
            elif kind == "mark":
                _, texts, fmt, role = item
                w = width_pt(texts[0], fmt["size"], True) * 20 + 200
                ind = max(0, (inner - w) / 2)
                p = self.par(container, [(texts[0], fmt)], align="center", left=ind, right=ind, before=120, after=0)
                X.add_border(p._p, box=True)
                lines += 1
            elif kind == "rule":
                _, length_pt, size, role = item
                self.rule(container, length_pt, size, inner)
                lines += 1
        return lines

    def rule(self, container, length_pt: float, size: float, inner_tw: float, center_tw: float | None = None):
        """A rule line of `length_pt`, centred in a column `inner_tw` wide (or at `center_tw`)."""
        style = self.look.rules
        if style in ("underscore", "underline"):
            n = underscores_for(length_pt, size, True)
            return self.par(container, [("_" * n, {"size": size, "bold": True})], align="center", before=0, after=0,
                            line=240, line_rule="auto")
        length_tw = length_pt * 20
        if style == "border":
            ind = max(0, (inner_tw - length_tw) / 2)
            p = self.par(container, [], align="center", left=ind, right=ind, before=40, after=0, line=240,
                         mark={"size": 4})
            X.add_border(p._p, "top", 6)
            return p
        if style == "shape":
            p = self.par(container, [], align="center", before=0, after=0, mark={"size": 6})
            offset = (inner_tw - length_tw) / 2 if center_tw is None else center_tw - length_tw / 2
            p._p.append(X.line_shape(length_tw, offset))
            return p
        raise ValueError(style)

    def pad(self, items: list, n: int) -> list:
        return items + [("text", [""], {"size": 12}, "pad")] * n

    def header_table(self, left, right, bl, br_) -> None:
        look = self.look
        lw, rw = self._widths
        extra = lw + rw - self.tw
        if look.header == "table3":
            gap = 300
            cols = [lw - gap // 2, gap, rw - gap // 2]
        else:
            cols = [lw, rw]
        two_rows = look.header in ("table2", "table3", "span")
        rows = 2 if two_rows else 1
        if look.header == "span":
            rows = 3
        tbl = self.doc.add_table(rows=rows, cols=len(cols))
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER if extra else WD_TABLE_ALIGNMENT.LEFT
        X.table_borders_none(tbl._tbl)
        for i, w in enumerate(cols):
            tbl.columns[i].width = Twips(w)
            for cell in tbl.columns[i].cells:
                cell.width = Twips(w)
        R = len(cols) - 1
        if two_rows:
            top_l, top_r = tbl.cell(0, 0), tbl.cell(0, R)
            bot_l, bot_r = tbl.cell(1, 0), tbl.cell(1, R)
            self.fill(top_l, left, cols[0], "cell")
            self.fill(top_r, right, cols[R], "cell")
            self.fill(bot_l, bl, cols[0], "cell")
            self.fill(bot_r, br_, cols[R], "cell")
            cells = [top_l, top_r, bot_l, bot_r]
            if look.header == "span":
                merged = tbl.cell(2, 0).merge(tbl.cell(2, R))
                self.title(merged)
                cells.append(merged)
        else:
            nl = self.count(left)
            nr = self.count(right)
            L = self.pad(left, max(0, nr - nl)) + bl
            Rr = self.pad(right, max(0, nl - nr)) + br_
            self.fill(tbl.cell(0, 0), L, cols[0], "cell")
            self.fill(tbl.cell(0, R), Rr, cols[R], "cell")
            cells = [tbl.cell(0, 0), tbl.cell(0, R)]
        for c in cells + ([tbl.cell(0, 1), tbl.cell(1, 1)] if look.header == "table3" else []):
            first = c.paragraphs[0]
            if not first.text and len(c.paragraphs) > 1 and not first._p.xpath(".//w:drawing|.//w:pBdr"):
                first._p.getparent().remove(first._p)     # add_table's empty first paragraph

    def count(self, items) -> int:
        n = 0
        for it in items:
            n += len(it[1]) if it[0] in ("text",) else 1
        return n

    def header_tabs(self, left, right, bl, br_) -> None:
        """Header typed as lines: left part, Tab, right part (centre tab stops over each column)."""
        lw, rw = self._widths
        shift = (lw + rw - self.tw) // 2
        c1, c2 = lw // 2 - shift, lw + rw // 2 - shift
        tabs = [(c1, "center"), (c2, "center")]

        def lines(items):
            out = []
            for it in items:
                if it[0] == "text":
                    out += [(tx, it[2]) for tx in it[1]]
                elif it[0] == "vv":
                    out += [(tx, it[2]) for tx in it[1]]
                elif it[0] == "rule":
                    n = underscores_for(it[1], it[2], True)
                    out.append(("_" * n, {"size": it[2], "bold": True}))
                elif it[0] == "mark":
                    out.append((it[1][0], it[2]))
            return out
        L = lines(left)
        R = lines(right)
        n = max(len(L), len(R))
        L += [("", {})] * (n - len(L))
        R += [("", {})] * (n - len(R))
        one: list = []
        for (lt, lf), (rt, rf) in zip(L, R):
            segs = [("\t", lf or rf)]
            if lt:
                segs.append((lt, lf))
            segs.append(("\t", rf or lf))
            if rt:
                segs.append((rt, rf))
            if self.look.header_br:
                one += ([("\n", lf or rf)] if one else []) + segs
            else:
                self.par(self.doc, segs, tabs=tabs, before=0, after=0, line=240)
        if one:
            self.par(self.doc, one, tabs=tabs, before=0, after=0, line=240)
        so = lines(bl)
        ng = lines(br_)
        self.par(self.doc, [("\t", so[0][1]), so[0], ("\t", ng[0][1]), ng[0]], tabs=tabs, before=120, after=0)
        for tx, f in so[1:]:
            self.par(self.doc, [("\t", f), (tx, f)], tabs=tabs, before=0, after=0)

    def header_boxes(self, left, right, bl, br_) -> None:
        """Header in two floating text boxes side by side, anchored in the first paragraph."""
        lw, rw = self._widths
        nl, nr = self.count(left), self.count(right)
        L = self.pad(left, max(0, nr - nl)) + bl
        R = self.pad(right, max(0, nl - nr)) + br_
        tmp = self.doc.add_table(rows=1, cols=2)        # a scratch place to build the boxes' paragraphs
        left_box, right_box = lw - 100, rw + 2 * BOX_INSET - 2 * CELL_MARGIN
        self.fill(tmp.cell(0, 0), L, left_box, "box")
        self.fill(tmp.cell(0, 1), R, right_box, "box")
        pl = [p._p for p in tmp.cell(0, 0).paragraphs if p.text or p._p.xpath(".//w:drawing|.//w:pBdr")]
        pr = [p._p for p in tmp.cell(0, 1).paragraphs if p.text or p._p.xpath(".//w:drawing|.//w:pBdr")]
        tmp._tbl.getparent().remove(tmp._tbl)
        height = (max(len(pl), len(pr)) + 1) * 340
        anchor = self.par(self.doc, [], before=0, after=0)
        shift = (lw + rw - self.tw) // 2
        anchor._p.append(X.text_box(pl, left_box, height, -shift, 0))
        anchor._p.append(X.text_box(pr, right_box, height, lw - shift, 0, wrap="none"))
        # body text starts under the boxes (the left one wraps top and bottom)

    # ---------------------------------------------------------------- title, Kính gửi, căn cứ
    def title_parts(self) -> tuple[dict, dict, list[str]]:
        """Formats of the type name and trích yếu and the trích yếu's lines, with their defects."""
        t = self.text
        tl_fmt = {"size": self.sz["tl"], "bold": True, "caps": self.look.caps}
        name = t.type_name
        if self.has("tl_notbold"):
            tl_fmt["bold"] = False
            self.declare("R23", name, "type_name_regular")
        if self.has("tl_size12"):
            tl_fmt["size"] = 12
            self.declare("R23", name, "type_name_12")
        ty_fmt = {"size": self.sz["ty"], "bold": True}
        lines = list(t.trich_yeu)
        if lines:
            if self.has("ty_caps"):
                lines = [x.upper() for x in lines]
                self.declare("R24", [x[:20] for x in lines], "trich_yeu_caps")
            if self.has("ty_notbold"):
                ty_fmt["bold"] = False
                self.declare("R24", [x[:20] for x in lines], "trich_yeu_regular")
            if self.has("ty_size12"):
                ty_fmt["size"] = 12
                self.declare("R24", [x[:20] for x in lines], "trich_yeu_12")
        return tl_fmt, ty_fmt, lines

    def title(self, container=None) -> None:
        t = self.text
        if t.type_name is None:
            return
        c = container or self.doc
        tl_fmt, ty_fmt, lines = self.title_parts()
        self.par(c, [(t.type_name, tl_fmt)], align="center", before=240 if container is None else 120, after=0,
                 keep_next=True)
        if lines:
            if self.look.title_br:
                self.par(c, [("\n".join(lines), ty_fmt)], align="center", before=0, after=0, keep_next=True)
            else:
                for x in lines:
                    self.par(c, [(x, ty_fmt)], align="center", before=0, after=0, keep_next=True)
        if t.kem_theo:
            self.par(c, [(t.kem_theo, {"size": self.sz["ty"], "italic": True})], align="center", before=0, after=0)
        if not lines:                          # Giấy giới thiệu, Giấy nghỉ phép: the rule goes under the type name
            self.rule(c, width_pt(t.type_name, tl_fmt["size"], True) * 0.45, tl_fmt["size"], self.title_room(container))
        if lines:
            widest = max(width_pt(x, ty_fmt["size"], True) for x in lines)
            length = widest * self.rng.uniform(0.36, 0.46)
            if self.has("ty_rule_missing"):
                self.declare("R25", [x[:20] for x in lines], "trich_yeu_no_rule")
            else:
                if self.has("ty_rule_long"):
                    length = widest * 1.0
                    self.declare("R25", [x[:20] for x in lines] + ["___"], "trich_yeu_rule_full")
                self.rule(c, length, ty_fmt["size"], self.title_room(container))
        self.par(c, [], before=0, after=0)

    def title_room(self, container) -> int:
        """Width the title's lines have: the page's, or the merged row's of the header table."""
        if container is None:
            return self.tw
        lw, rw = self._widths
        return lw + rw - 2 * CELL_MARGIN

    def kinh_gui(self) -> None:
        t = self.text
        if not t.kinh_gui:
            return
        size = self.sz["kg"]
        fmt = {"size": size}
        if self.has("kg_bold"):
            fmt["bold"] = True
            self.declare("R27", ["Kính gửi"] + [x[:20] for x in t.kinh_gui], "kinh_gui_bold")
        label = t.addressees_label or "Kính gửi:"
        items = list(t.kinh_gui)
        if len(items) == 1 and not t.addressees_label:
            if self.look.kg_layout == "center":
                self.par(self.doc, [(f"{label} {items[0]}.", fmt)], align="center", before=120, after=120)
            else:
                self.par(self.doc, [(f"{label} {items[0]}.", fmt)], left=0, first=1985, before=120, after=120)
            return
        if self.look.kg_table and not t.addressees_label:
            tbl = self.doc.add_table(rows=1, cols=2)
            X.table_borders_none(tbl._tbl)
            for i, w in enumerate((3300, self.tw - 3300)):
                for cell in tbl.columns[i].cells:
                    cell.width = Twips(w)
            self.par(tbl.cell(0, 0), [(label, fmt)], align="right", before=0, after=0)
            for i, it in enumerate(items):
                end = "." if i == len(items) - 1 else ";"
                self.par(tbl.cell(0, 1), [(f"- {it}{end}", fmt)], before=0, after=0)
            for c in tbl.rows[0].cells:
                c.paragraphs[0]._p.getparent().remove(c.paragraphs[0]._p)
            self.par(self.doc, [], before=0, after=0)
            return
        start = 1985 if self.look.kg_layout == "indent" else None
        lw = width_pt(label, size, fmt.get("bold", False)) * 20
        if t.addressees_label:
            self.par(self.doc, [(label, {"size": size, "bold": True})], align="both", first=self.look.first_line,
                     before=120, after=0)
            start = self.look.first_line
            item_left = self.look.first_line + 567
        elif start is None:
            self.par(self.doc, [(label, fmt)], align="center", before=120, after=0)
            start = (self.tw - lw) / 2
            item_left = int(start + lw - 100)
        else:
            if self.has("kg_firstline"):
                self.declare("R27", "Kính gửi", "kinh_gui_first_item_on_label_line")
            else:
                self.par(self.doc, [(label, fmt)], first=start, before=120, after=0)
            item_left = int(start + lw - 100)
        for i, it in enumerate(items):
            end = "." if i == len(items) - 1 else ";"
            if self.has("kg_noend"):
                end = "" if i < len(items) - 1 else "."
                if i == 0:
                    self.declare("R27", items[0][:20], "kinh_gui_item_no_semicolon")
            left = item_left + (300 if self.has("kg_misaligned") and i == 1 else 0)
            if i == 1 and "kg_misaligned" in self.defects:
                self.declare("R27", [x[:20] for x in items], "kinh_gui_items_misaligned")
            if i == 0 and "kg_firstline" in self.defects:
                self.par(self.doc, [(f"{label}\t- {it}{end}", fmt)], first=start, tabs=[(item_left, "left")],
                         before=120, after=0)
                continue
            self.par(self.doc, [(f"- {it}{end}", fmt)], left=left, before=0, after=0)
        self.par(self.doc, [], before=0, after=0)

    def authority(self) -> None:
        t = self.text
        if not t.authority:
            return
        fmt = {"size": self.look.body_size, "bold": True}
        lines = t.authority.split("\n")
        for x in lines:
            self.par(self.doc, [(x, fmt)], align="center", before=120, after=120)

    def can_cu(self) -> None:
        t = self.text
        if not t.can_cu:
            return
        fmt = {"size": self.look.body_size, "italic": True}
        if self.has("cc_upright"):
            fmt["italic"] = False
            self.declare("R31", [c[:20] for c in t.can_cu], "can_cu_upright")
        n = len(t.can_cu)
        for i, c in enumerate(t.can_cu):
            end = "." if i == n - 1 else ";"
            if i == n - 1 and self.has("cc_lastsemi"):
                end = ";"
                self.declare("R31", c[:20], "can_cu_last_semicolon")
            self.body_par(c + end, fmt, record=False)
        if t.decide:
            self.par(self.doc, [(t.decide, {"size": self.look.body_size, "bold": True})], align="center",
                     before=120, after=120)

    # ---------------------------------------------------------------- body
    def numbering(self, key: str) -> int:
        """Numbering definitions added to the document's numbering part (one per key)."""
        if key in self.num_ids:
            return self.num_ids[key]
        fl = self.look.first_line
        suff = "space" if self.rng.random() < 0.5 else None
        ind = {"left": 0, "firstLine": fl}
        levels = {
            "structure_b": [{"fmt": "upperRoman", "text": "%1.", "ind": ind, "suff": suff},
                            {"fmt": "decimal", "text": "%2.", "ind": ind, "suff": suff},
                            {"fmt": "lowerLetter", "text": "%3)", "ind": ind, "suff": suff}],
            "decimal": [{"fmt": "decimal", "text": "%1.", "ind": ind, "suff": suff}],
            "dieu": [{"fmt": "decimal", "text": "Điều %1.", "ind": ind, "suff": "space", "bold": True}],
            "dash": [{"fmt": "bullet", "text": "-", "ind": ind, "suff": "space",
                      "font": X.TNR if self.look.fonts == "direct" else None}],
        }[key]
        aid = self._next_abs
        self._next_abs += 1
        nid = self._next_num
        self._next_num += 1
        numbering = self.doc.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        absn = X.numbering_abstract(aid, levels, f"{0x1A2B3C00 + aid:08X}")
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(X.numbering_num(nid, aid))
        self.num_ids[key] = nid
        return nid

    def body_par(self, text: str, fmt: dict, record: bool = True, align: str = "both", first=None,
                 style: str | None = None, label: tuple | None = None, extra_left=None):
        look = self.look
        if record:
            self.body_paras.append(text)
        fl = look.first_line if first is None else first
        if look.tab_indent and first is None and label is None:
            text = "\t" + text
            fl = 0
        if look.body_style and style is None:
            style = "Noi dung"
        before, after = look.spacing
        line, rule = look.line
        if style in ("Noi dung", "Muc", "Khoan dam"):
            style_first = 0 if look.tab_indent else look.first_line
            p = self.par(self.doc, [(text, fmt)], style=style,
                         first=first if first is not None and first != style_first else None,
                         align=align if align != "both" else None)
        elif style:
            p = self.par(self.doc, [(text, fmt)], style=style, align=align, first=fl)
        else:
            p = self.par(self.doc, [(text, fmt)], align=align, first=fl, left=extra_left, before=before, after=after,
                         line=line, line_rule=rule)
        if label:
            X.set_numpr(p._p, *label)
        if look.blank_lines:
            self.par(self.doc, [], before=0, after=0, mark={"size": fmt.get("size", look.body_size)})
        return p

    def body(self) -> None:
        look, t = self.look, self.text
        size = look.body_size
        plain = {"size": size} if look.fonts in ("direct",) or not look.body_style else {}
        if look.fonts == "calibri":
            plain = {"size": size}
        auto = look.numbering in ("auto", "liststyle")
        diem_count = 0
        blocks = list(t.body)
        if "auto_letters6" in self.defects:
            # six points under one khoản: Word's lowerLetter list gives a b c d e f, not a b c d đ e
            at = next(i for i, b in enumerate(blocks) if b[0] == "d")
            extra = [("d", f"{x})", s) for x, s in zip("abcdef", [
                "Tuyên truyền trên hệ thống loa truyền thanh của xã.",
                "Tổ chức hội thi tìm hiểu pháp luật về bình đẳng giới.",
                "Treo băng rôn, khẩu hiệu tại trụ sở và nhà văn hóa thôn.",
                "Tọa đàm về vai trò của nam giới trong gia đình.",
                "Biểu dương các gia đình tiêu biểu.",
                "Phát tờ rơi tại các điểm sinh hoạt cộng đồng."])]
            while at < len(blocks) and blocks[at][0] == "d":
                blocks.pop(at)
            blocks[at:at] = extra
        for i, (kind, label, text) in enumerate(blocks):
            last = i == len(blocks) - 1
            if last and self.has("no_end_mark"):
                text = text.replace("./.", ".")
                self.declare("R48", text[:30], "no_end_mark")
            f = dict(plain)
            if kind == "p" or kind == "line":
                if len(text) >= 150 and self.has_once("body_left", i, kind):  # a paragraph of several lines
                    self.body_par(text, f, align="left")
                    self.declare("R28", text[:30], "body_left")
                    continue
                if self.has_once("body_noindent", i, kind):
                    self.body_par(text, f, first=0)
                    self.declare("R28", text[:30], "body_no_first_line")
                    continue
                if self.has_once("body_size12", i, kind):
                    f["size"] = 12
                    self.body_par(text, f)
                    self.declare("R28", text[:30], "body_12")
                    continue
                if self.has_once("font_arial_par", i, kind):
                    f["font"] = "Arial"
                    self.body_par(text, f)
                    self.declare("R7", text[:30], "font_arial")
                    continue
                if self.has_once("vntime", i, kind):
                    f["font"] = ".VnTime"
                    self.body_par(text, f)
                    self.declare("R9", text[:30], "legacy_font")
                    self.tolerated.append(("R7", text[:30], "the legacy font is not Times New Roman either"))
                    continue
                if self.has_once("nfd", i, kind):
                    self.body_par(unicodedata.normalize("NFD", text), f)
                    self.declare("R9", unicodedata.normalize("NFD", text[:30]), "nfd_text")
                    continue
                if len(text) >= 60 and self.has_once("color_run", i, kind):
                    p = self.body_par(text[:40], f)
                    self.run(p, text[40:], color="0000FF", **f)
                    self.declare("R8", text[:30], "blue_text")
                    continue
                if kind == "line" and self.rng.random() < 0.3:
                    lab, _, rest = text.partition(":")
                    if rest:
                        p = self.body_par(lab + ":", dict(f, bold=False))
                        self.run(p, rest, **f)
                        continue
                self.body_par(text, f)
            elif kind in ("h1", "h2"):
                hf = dict(f, bold=True)
                shown = text
                if kind == "h1" and self.has_once("h1_lower", i, kind):
                    shown = text.capitalize()
                    self.declare("R32", shown[:20], "muc_lower_case")
                if self.has_once("h_notbold", i, kind):
                    hf["bold"] = False
                    self.declare("R32", shown[:20], "heading_regular")
                if self.has("heading_style"):
                    style = "Heading 1" if kind == "h1" else "Heading 2"
                    p = self.par(self.doc, [(shown if auto else f"{label} {shown}", {"size": size})], style=style)
                    if "heading_style" not in self._declared_once:
                        self._declared_once.add("heading_style")
                        heads = [b[2][:20] for b in blocks if b[0] in ("h1", "h2")]
                        self.declare("R7", heads, "heading_theme_font")
                        self.declare("R8", heads, "heading_theme_colour")
                    if auto:
                        X.set_numpr(p._p, self.numbering("structure_b"), 0 if kind == "h1" else 1)
                    continue
                style = ("Muc" if kind == "h1" else "Khoan dam") if look.body_style else (
                    "Heading 1" if kind == "h1" else "Heading 2") if look.heading_styles else None
                if auto:
                    self.body_par(shown, hf, style=style, record=False,
                                  label=(self.numbering("structure_b"), 0 if kind == "h1" else 1))
                else:
                    self.body_par(f"{label} {shown}", hf, style=style, record=False)
            elif kind == "k":
                if auto and look.numbering == "liststyle":
                    p = self.body_par(text, f, style=None, record=True)
                    p.style = self.doc.styles["List Number"]
                    p.paragraph_format.space_before = Twips(look.spacing[0])
                    p.paragraph_format.space_after = Twips(look.spacing[1])
                    p.paragraph_format.first_line_indent = Twips(look.first_line)
                    p.paragraph_format.left_indent = Twips(0)
                    p.alignment = ALIGN["both"]
                    X.set_numpr(p._p, self.numbering("decimal"), 0)
                    if i and blocks[i - 1][0] == "k" and not look.blank_lines:
                        # List Number keeps "no space between paragraphs of the same style"
                        self.list_gaps.append(text[:30])
                elif auto:
                    key = "structure_b" if any(b[0] == "h1" for b in blocks) else "decimal"
                    self.body_par(text, f, label=(self.numbering(key), 1 if key == "structure_b" else 0))
                else:
                    self.body_par(f"{label} {text}", f)
            elif kind == "d":
                diem_count += 1
                df = dict(f)
                if self.has_once("diem_bold", i, kind):
                    df["bold"] = True
                    self.declare("R32", text[:20], "diem_bold")
                lab = label
                if "diem_skip_dd" in self.defects and label == "đ)":
                    self.used.add("diem_skip_dd")
                    lab = "e)"
                    self.declare("R33", text[:20], "diem_skips_dd")
                if auto:
                    self.body_par(text, df, label=(self.numbering("structure_b"), 2))
                    if "auto_letters6" in self.defects and text.startswith("Biểu dương"):
                        self.used.add("auto_letters6")
                        self.declare("R33", text[:20], "word_lower_letter_list")
                else:
                    self.body_par(f"{lab} {text}", df)
            elif kind == "dash":
                if look.dash_bullets:
                    self.body_par(text, f, label=(self.numbering("dash"), 0))
                else:
                    self.body_par(f"- {text}", f)
            elif kind == "muc":
                cf = dict(f, bold=True)
                self.par(self.doc, [(label, cf)], align="center", before=120, after=0, keep_next=True)
                self.par(self.doc, [(text, cf)], align="center", before=0, after=120, keep_next=True)
            elif kind == "chuong":
                cf = dict(f, bold=True)
                self.par(self.doc, [(label, cf)], align="center", before=240, after=0, keep_next=True)
                self.par(self.doc, [(text, cf)], align="center", before=0, after=120, keep_next=True)
            elif kind == "dieu":
                titled = len(text) < 60 and not text.endswith(".")
                if auto:
                    p = self.body_par(text, dict(f, bold=titled), label=(self.numbering("dieu"), 0), record=not titled)
                elif titled:
                    self.body_par(f"{label} {text}", dict(f, bold=True), record=False)
                else:
                    p = self.body_par(label + " ", dict(f, bold=True))
                    self.run(p, text, **f)
                    self.body_paras[-1] = f"{label} {text}"
            else:
                raise ValueError(kind)
            if i == 2 and look.table_in_body:
                self.body_table()
        if self.list_gaps:
            self.declare("R29", self.list_gaps, "list_number_contextual_spacing")
        if look.footnote:
            self.add_footnote()

    _declared_once: set = set()

    def has_once(self, defect: str, i: int, kind: str) -> bool:
        """Plant `defect` on the second running paragraph only (a place in the middle of the body)."""
        if defect not in self.defects or defect in self.used:
            return False
        if i < 2 or kind not in (("h1", "h2") if defect.startswith("h") else ("d",) if defect.startswith("diem")
                                 else ("p",)):
            return False
        self.used.add(defect)
        return True

    def body_table(self) -> None:
        tbl = self.doc.add_table(rows=4, cols=4)
        X.table_borders_all(tbl._tbl)
        head = ["TT", "Chỉ tiêu", "Năm trước", "Năm nay"]
        rows = [["1", "Tỷ lệ nữ tham gia cấp ủy (%)", "18,5", "21,0"],
                ["2", "Số vụ bạo lực gia đình", "7", "4"],
                ["3", "Số lớp tập huấn về bình đẳng giới", "2", "3"]]
        for r, values in enumerate([head] + rows):
            for c, v in enumerate(values):
                cell = tbl.cell(r, c)
                cell.paragraphs[0].alignment = ALIGN["center" if c != 1 else "left"]
                self.run(cell.paragraphs[0], v, size=12, bold=r == 0)
        self.par(self.doc, [], before=0, after=0)

    def add_footnote(self) -> None:
        """One footnote on the first running paragraph, in a footnotes part made here."""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {X.NS_W}>'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '<w:footnote w:id="1"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
               f'<w:r><w:rPr><w:rFonts w:ascii="{X.TNR}" w:hAnsi="{X.TNR}" w:cs="{X.TNR}"/><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
               f'<w:r><w:rPr><w:rFonts w:ascii="{X.TNR}" w:hAnsi="{X.TNR}" w:cs="{X.TNR}"/><w:sz w:val="20"/></w:rPr>'
               '<w:t xml:space="preserve"> Gồm: Luật Bình đẳng giới năm 2006; Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ; '
               'Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ.</w:t></w:r></w:p></w:footnote></w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        rid = self.doc.part.relate_to(part, RT.FOOTNOTES)
        target = None
        for p in self.doc.paragraphs:
            if p.text.strip().startswith(("Thực hiện", "Tiếp tục", "Tăng cường")) and len(p.text) > 60:
                target = p
                break
        if target is None:
            return
        target._p.append(X.el(f'<w:r {X.NS_W}><w:rPr><w:rFonts w:ascii="{X.TNR}" w:hAnsi="{X.TNR}" w:cs="{X.TNR}"/>'
                              f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'))

    # ---------------------------------------------------------------- signature and Nơi nhận
    def noi_nhan_lines(self) -> list[str]:
        t = self.text
        items = list(t.noi_nhan)
        if self.has("cv_no_nhu_tren"):
            items = [x for x in items if x != "Như trên"]
            self.declare("R41", ["Nơi nhận", items[0][:15]], "no_nhu_tren")
        if self.has("kh_nhu_tren"):
            items = ["Như trên"] + items
            self.declare("R42", "Như trên", "nhu_tren_in_typed_document")
        out = []
        for i, x in enumerate(items):
            end = ";"
            if i == min(1, len(items) - 1) and self.has("nn_item_nosemi"):
                end = ""
                self.declare("R39", x[:15], "item_without_semicolon")
            out.append(f"- {x}{end}")
        luu = f"- Lưu: {t.luu}."
        if self.has("luu_nocolon"):
            luu = f"- Lưu {t.luu}."
        if self.has("luu_nodot"):
            luu = f"- Lưu: {t.luu}"
        if self.has("luu_vanthu"):
            luu = "- Lưu: Văn thư."
        for d in ("luu_nocolon", "luu_nodot", "luu_vanthu"):
            if d in self.defects:
                self.declare("R40", "- Lưu", d)
        out.append(luu)
        return out

    def nn_formats(self) -> tuple[dict, dict, str]:
        head = {"size": 12, "bold": True, "italic": True}
        label = "Nơi nhận:"
        if self.has("nn_notitalic"):
            head["italic"] = False
            self.declare("R38", "Nơi nhận", "noi_nhan_upright")
        if self.has("nn_size14"):
            head["size"] = 14
            self.declare("R38", "Nơi nhận", "noi_nhan_14")
        item = {"size": 11}
        if self.has("nn_item_size13"):
            item["size"] = 13
            self.declare("R39", "- ", "items_13")
        return head, item, label

    def sig_lines(self) -> tuple[list[str], str, dict, dict]:
        lines = list(self.sign)
        name = self.signer
        tf = {"size": self.sz["sig"], "bold": True}
        nf = {"size": self.sz["name"], "bold": True}
        before = list(lines)
        if self.has("sig_kslash"):
            lines = [x.replace("KT. ", "K/T ") for x in lines]
            self.declare("R35", "K/T", "kt_slash")
        if self.has("sig_tm_slash"):
            lines = [x.replace("TM. ", "T/M ") for x in lines]
            self.declare("R35", "T/M", "tm_slash")
        if self.has("sig_kt_nodot"):
            lines = [x.replace("KT. ", "KT ") for x in lines]
            self.declare("R35", "KT ", "kt_no_dot")
        if self.has("sig_no_post"):
            lines = [x for x in lines if not (x.startswith(("PHÓ", "THỨ")))]
            self.declare("R36", [x for x in lines if x.startswith("KT")][0], "kt_without_own_post")
        if {"sig_kslash", "sig_tm_slash", "sig_kt_nodot", "sig_no_post"} & self.defects:
            assert lines != before, (self.defects, lines)
        if self.has("sig_notbold"):
            tf["bold"] = False
            self.declare("R34", list(lines), "title_regular")
        if self.has("sig_size12"):
            tf["size"] = 12
            self.declare("R34", list(lines), "title_12")
        if self.has("name_degree"):
            name = "ThS. " + name
            self.declare("R37", name, "name_degree")
        if self.has("name_caps"):
            name = name.upper()
            self.declare("R37", name, "name_caps")
        if self.has("name_notbold"):
            nf["bold"] = False
            self.declare("R37", name, "name_regular")
        return lines, name, tf, nf

    def signature(self) -> None:
        look = self.look
        items = [] if self.text.kem_theo else self.noi_nhan_lines()
        head, item_fmt, label = self.nn_formats() if items else ({}, {}, "")
        lines, name, tf, nf = self.sig_lines()
        kind = look.signature
        if self.text.type_name == "BIÊN BẢN":
            return self.signature_bb(items, head, item_fmt, label)
        self.par(self.doc, [], before=0, after=0)
        if kind in ("table", "rows"):
            lw = int(self.tw * self.rng.choice([0.40, 0.45, 0.48]))
            rw = self.tw - lw
            if kind == "table" and look.sig_cols == 3:
                tbl = self.doc.add_table(rows=1, cols=3)
                X.table_borders_none(tbl._tbl)
                for i, w in enumerate((lw - 400, 400, rw)):
                    for cell in tbl.columns[i].cells:
                        cell.width = Twips(w)
                tbl.cell(0, 1).paragraphs[0].paragraph_format.space_after = Twips(0)
                tbl._tbl.remove(tbl._tbl.tblGrid)
                tbl._tbl.insert(1, X.el(f'<w:tblGrid {X.NS_W}><w:gridCol w:w="{lw - 400}"/><w:gridCol w:w="400"/>'
                                        f'<w:gridCol w:w="{rw}"/></w:tblGrid>'))
            elif kind == "table":
                tbl = self.doc.add_table(rows=1, cols=2)
            else:
                n = max(len(items) + 1, len(lines) + 4)
                tbl = self.doc.add_table(rows=n, cols=2)
            if look.sig_cols != 3 or kind != "table":
                X.table_borders_none(tbl._tbl)
                for i, w in enumerate((lw, rw)):
                    tbl.columns[i].width = Twips(w)
                    for cell in tbl.columns[i].cells:
                        cell.width = Twips(w)
            if kind == "table":
                lc, rc = tbl.cell(0, 0), tbl.cell(0, len(tbl.columns) - 1)
                if items:
                    self.par(lc, [(label, head)], before=0, after=0)
                    if look.nn_br:
                        self.par(lc, [("\n".join(items), item_fmt)], before=0, after=0)
                    else:
                        for x in items:
                            self.par(lc, [(x, item_fmt)], before=0, after=0)
                if look.sig_br:
                    self.par(rc, [("\n".join(lines), tf)], align="center", before=0, after=0)
                else:
                    for x in lines:
                        self.par(rc, [(x, tf)], align="center", before=0, after=0)
                self.sign_space(rc)
                self.par(rc, [(name, nf)], align="center", before=0, after=0)
                for c in (lc, rc):
                    first = c.paragraphs[0]
                    if not first.text and len(c.paragraphs) > 1:
                        first._p.getparent().remove(first._p)
            else:
                left = ([(label, head)] + [(x, item_fmt) for x in items]) if items else []
                right = [(x, tf) for x in lines] + [("", {})] * 3 + [(name, nf)]
                for r in range(len(tbl.rows)):
                    if r < len(left):
                        p = tbl.cell(r, 0).paragraphs[0]
                        self.run(p, *left[r][:1], **left[r][1])
                        p.paragraph_format.space_after = Twips(0)
                    if r < len(right) and right[r][0]:
                        p = tbl.cell(r, 1).paragraphs[0]
                        p.alignment = ALIGN["center"]
                        self.run(p, right[r][0], **right[r][1])
                        p.paragraph_format.space_after = Twips(0)
                    else:
                        tbl.cell(r, 1).paragraphs[0].paragraph_format.space_after = Twips(0)
                        tbl.cell(r, 0).paragraphs[0].paragraph_format.space_after = Twips(0)
        elif kind == "tabs":
            lw = int(self.tw * 0.45)
            c2 = lw + (self.tw - lw) // 2
            left = ([(label, head)] + [(x, item_fmt) for x in items]) if items else []
            right = [(x, tf) for x in lines] + [("", tf)] * 3 + [(name, nf)]
            n = max(len(left), len(right))
            left += [("", {})] * (n - len(left))
            right += [("", {})] * (n - len(right))
            for (lt, lf), (rt, rf) in zip(left, right):
                segs = []
                if lt:
                    segs.append((lt, lf))
                if rt:
                    segs += [("\t", rf), (rt, rf)]
                self.par(self.doc, segs or [("", lf or rf)], tabs=[(c2, "center")], before=0, after=0, line=240,
                         mark=lf or rf)
        elif kind in ("indent_after", "right"):
            ind, align = (int(self.tw * 0.45), "center") if kind == "indent_after" else (None, "right")
            for x in lines:
                self.par(self.doc, [(x, tf)], align=align, left=ind, before=0, after=0)
            for _ in range(3):
                self.par(self.doc, [], align=align, left=ind, before=0, after=0)
            self.par(self.doc, [(name, nf)], align=align, left=ind, before=0, after=0)
            if items:
                # Decree 30 puts Nơi nhận level with the first title; offices very often type it
                # under an indented signature, and checkers differ on it: neither required nor false.
                self.tolerated.append(("R38", "Nơi nhận", "Nơi nhận under a signature typed as indented paragraphs"))
                self.par(self.doc, [(label, head)], before=240, after=0)
                for x in items:
                    self.par(self.doc, [(x, item_fmt)], before=0, after=0)
        else:
            raise ValueError(kind)

    def sign_space(self, cell) -> None:
        """The room for the hand signature: empty lines, a scanned signature, or '(Đã ký)'."""
        mark = self.look.sign_mark
        if mark == "image":
            p = self.par(cell, [], align="center", before=120, after=120)
            from docx.shared import Cm
            p.add_run().add_picture(io.BytesIO(signature_png()), width=Cm(3.5))
            return
        if mark == "da_ky":
            self.par(cell, [], align="center", before=0, after=0)
            self.par(cell, [("(Đã ký)", {"size": 14, "italic": True})], align="center", before=0, after=0)
            self.par(cell, [], align="center", before=0, after=0)
            return
        for _ in range(4):
            self.par(cell, [], align="center", before=0, after=0)

    def signature_bb(self, items, head, item_fmt, label) -> None:
        """A Biên bản: the secretary on the left, the chair on the right, Nơi nhận under them."""
        tbl = self.doc.add_table(rows=1, cols=2)
        X.table_borders_none(tbl._tbl)
        tf = {"size": self.sz["sig"], "bold": True}
        nf = {"size": 14, "bold": True}
        for cell, (title, name) in zip(tbl.rows[0].cells, (("THƯ KÝ", "Bùi Thị Mai"), ("CHỦ TRÌ", "Trần Minh Đức"))):
            self.par(cell, [(title, tf)], align="center", before=0, after=0)
            for _ in range(4):
                self.par(cell, [], align="center", before=0, after=0)
            self.par(cell, [(name, nf)], align="center", before=0, after=0)
            first = cell.paragraphs[0]
            if not first.text:
                first._p.getparent().remove(first._p)
        if items:
            self.par(self.doc, [(label, head)], before=240, after=0)
            for x in items:
                self.par(self.doc, [(x, item_fmt)], before=0, after=0)

    # ---------------------------------------------------------------- appendix
    def appendix(self) -> None:
        if not self.look.appendix:
            return
        if self.look.landscape_appendix:
            return self.appendix_landscape()
        p = self.par(self.doc, [], before=0, after=0)
        p.add_run().add_break(WD_BREAK.PAGE)
        head = {"size": 14, "bold": True}
        if self.has("pl_notbold"):
            head["bold"] = False
            self.declare("R47", "Phụ lục", "appendix_heading_regular")
        self.par(self.doc, [("Phụ lục", head)], align="center", before=0, after=0)
        self.par(self.doc, [("DANH MỤC CÁC HOẠT ĐỘNG TRỌNG TÂM", {"size": 14, "bold": True})], align="center",
                 before=0, after=0)
        kem = f"(Kèm theo {self.text.type_name.capitalize()} số {self.number:02d}/{self.text.abbr}-{self.iss.abbr} " \
              f"ngày {self.date[0]:02d} tháng {self.date[1] if self.date[1] > 2 else f'{self.date[1]:02d}'} " \
              f"năm {self.date[2]} của {self.issuer_phrase()})"
        kf = {"size": 14, "italic": True}
        if self.has("kemtheo_upright"):
            kf["italic"] = False
            self.declare("R47", "(Kèm theo", "kem_theo_upright")
        self.par(self.doc, [(kem, kf)], align="center", before=0, after=240)
        tbl = self.doc.add_table(rows=5, cols=4)
        X.table_borders_all(tbl._tbl)
        head_row = ["STT", "Nội dung hoạt động", "Cơ quan chủ trì", "Thời gian"]
        rows = [["1", "Tổ chức Tháng hành động vì bình đẳng giới", "Phòng Văn hóa - Xã hội", "Tháng 11"],
                ["2", "Tập huấn kiến thức về giới cho cán bộ thôn", "Hội Liên hiệp Phụ nữ", "Quý II"],
                ["3", "Rà soát hương ước, quy ước", "Các thôn, khu phố", "Quý III"],
                ["4", "Sơ kết, báo cáo kết quả", "Văn phòng HĐND và UBND", "Tháng 12"]]
        for r, vals in enumerate([head_row] + rows):
            for c, v in enumerate(vals):
                cp = tbl.cell(r, c).paragraphs[0]
                cp.alignment = ALIGN["center" if c != 1 else "left"]
                self.run(cp, v, size=13, bold=r == 0)

    def appendix_landscape(self) -> None:
        """The appendix in a section of its own, landscape for a wide table, its pages numbered from 1."""
        from docx.enum.section import WD_SECTION
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Twips(self.ph), Twips(self.pw)
        sec.different_first_page_header_footer = True
        sec._sectPr.append(X.el(f'<w:pgNumType {X.NS_W} w:start="1"/>'))
        self.par(self.doc, [("Phụ lục", {"size": 14, "bold": True})], align="center", before=0, after=0)
        self.par(self.doc, [("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU BÌNH ĐẲNG GIỚI", {"size": 14, "bold": True})],
                 align="center", after=0)
        kem = (f"(Kèm theo {self.text.type_name.capitalize()} số {self.number:02d}/{self.text.abbr}-{self.iss.abbr} "
               f"ngày {self.date[0]:02d} tháng {self.date[1] if self.date[1] > 2 else f'{self.date[1]:02d}'} "
               f"năm {self.date[2]} của {self.issuer_phrase()})")
        self.par(self.doc, [(kem, {"size": 14, "italic": True})], align="center", after=240)
        head = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"]
        widths = [600, 4600, 1500, 1500, 1500, 1300, 2200]
        rows = [["1", "Tỷ lệ nữ tham gia cấp ủy", "%", "20", "21,5", "107,5", ""],
                ["2", "Số người được tập huấn về giới", "người", "120", "134", "111,7", ""],
                ["3", "Số hương ước được rà soát", "bản", "18", "18", "100", "Đạt"]]
        tbl = self.doc.add_table(rows=4, cols=7)
        X.table_borders_all(tbl._tbl)
        for i, w in enumerate(widths):
            tbl.columns[i].width = Twips(w)
            for cell in tbl.columns[i].cells:
                cell.width = Twips(w)
        for r, vals in enumerate([head] + rows):
            for c, v in enumerate(vals):
                cp = tbl.cell(r, c).paragraphs[0]
                cp.alignment = ALIGN["left" if c == 1 and r else "center"]
                self.run(cp, v, size=13, bold=r == 0)

    def issuer_phrase(self) -> str:
        return self.iss.full

    # ---------------------------------------------------------------- page numbers
    def page_numbers(self) -> None:
        look = self.look
        sec = self.doc.sections[0]
        where = look.page_number
        if where == "none":
            return
        size = 14 if self.rng.random() < .6 else 13
        if where == "small":
            size = 11
        sec.different_first_page_header_footer = where != "first"
        part = sec.footer if where == "footer" else sec.header
        p = part.paragraphs[0]
        p.alignment = ALIGN["right" if where == "right" else "center"]
        rpr = X.rpr_xml(font=self.font_for({}), size=size)
        fld = look.pn_field
        simple = fld.startswith("simple")
        result = None if fld.endswith("_none") else "2"
        if result is None:
            # the number shown takes the paragraph's format: give the Header style the page number's size
            st = self.doc.styles["Footer" if where == "footer" else "Header"]
            st.font.size = Pt(size)
            if self.look.fonts in ("direct",):
                st.font.name = X.TNR
        for e in X.field_runs("PAGE", result, rpr, simple):
            p._p.append(e)
        if look.footer_address and sec.different_first_page_header_footer:
            f = sec.first_page_footer.paragraphs[0]
            self.run(f, "Địa chỉ: 01 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa; ĐT: 0237.3852.xxx; "
                        "Email: vanphong@thanhhoa.gov.vn", size=11)
            X.add_border(f._p, "top", 6)

    # ---------------------------------------------------------------- other kinds
    def party_header(self) -> None:
        """A Party committee's header: issuer and star on the left, ĐẢNG CỘNG SẢN VIỆT NAM on the right."""
        lw, rw = int(self.tw * 0.45), self.tw - int(self.tw * 0.45)
        tbl = self.doc.add_table(rows=2, cols=2)
        X.table_borders_none(tbl._tbl)
        for i, w in enumerate((lw, rw)):
            for cell in tbl.columns[i].cells:
                cell.width = Twips(w)
        l0, r0, l1, r1 = tbl.cell(0, 0), tbl.cell(0, 1), tbl.cell(1, 0), tbl.cell(1, 1)
        l0.paragraphs[0].text = ""
        self.par(l0, [("ĐẢNG BỘ TỈNH THANH HÓA", {"size": 14})], align="center", after=0)
        self.par(l0, [("ĐẢNG ỦY XÃ TRIỆU SƠN", {"size": 14, "bold": True})], align="center", after=0)
        self.par(l0, [("*", {"size": 14})], align="center", after=0)
        self.par(r0, [("ĐẢNG CỘNG SẢN VIỆT NAM", {"size": 15, "bold": True, "underline": "single"})],
                 align="center", after=0)
        self.par(l1, [(f"Số {self.number}-KH/ĐU", {"size": 14})], align="center", after=0)
        d, m, y = self.date
        self.par(r1, [(f"Triệu Sơn, ngày {d:02d} tháng {m if m > 2 else f'{m:02d}'} năm {y}",
                       {"size": 14, "italic": True})], align="right", after=0)
        for c in (l0, r0, l1, r1):
            first = c.paragraphs[0]
            if not first.text and len(c.paragraphs) > 1:
                first._p.getparent().remove(first._p)

    def copy_block(self, form: str, number: int, date: tuple) -> None:
        """The copying office's block under the copied document (Phụ lục I, Phần II)."""
        p = self.par(self.doc, [], before=120, after=120, mark={"size": 6})
        X.add_border(p._p, "bottom", 8)
        lw = int(self.tw * 0.45)
        rw = self.tw - lw
        tbl = self.doc.add_table(rows=2, cols=2)
        X.table_borders_none(tbl._tbl)
        for i, w in enumerate((lw, rw)):
            for cell in tbl.columns[i].cells:
                cell.width = Twips(w)
        l0, r0, l1, r1 = tbl.cell(0, 0), tbl.cell(0, 1), tbl.cell(1, 0), tbl.cell(1, 1)
        copier = ["UBND XÃ TRIỆU SƠN", "VĂN PHÒNG HĐND VÀ UBND"]
        self.par(l0, [(copier[0], {"size": 13})], align="center", after=0)
        self.par(l0, [(copier[1], {"size": 13, "bold": True})], align="center", after=0)
        self.rule(l0, width_pt(copier[1], 13, True) * 0.4, 13, lw - 2 * CELL_MARGIN)
        sf = {"size": 14, "bold": True}
        if self.has("sao_notbold"):
            sf["bold"] = False
            self.declare("R23", form, "copy_form_regular")
        self.par(r0, [(form, sf)], align="center", after=0)
        abbr = {"SAO Y": "SY", "SAO LỤC": "SL", "TRÍCH SAO": "TrS"}[form]
        so = f"Số: {number:02d}/{abbr}-VP"
        if self.has("copy_so_nozero"):
            so = f"Số: {number % 10 or 3}/{abbr}-VP"
            self.declare("R17", so, "copy_number_not_padded")
        self.par(l1, [(so, {"size": 13})], align="center", after=0)
        d, m, y = date
        dl = f"Triệu Sơn, ngày {d:02d} tháng {m if m > 2 else f'{m:02d}'} năm {y}"
        if self.has("copy_month0"):
            dl = f"Triệu Sơn, ngày {d:02d} tháng {m:02d} năm {y}"
            self.declare("R20", dl[:14], "copy_date_month_padded")
        self.par(r1, [(dl, {"size": 14, "italic": True})], align="center", after=0)
        for c in (l0, r0, l1, r1):
            first = c.paragraphs[0]
            if not first.text and len(c.paragraphs) > 1:
                first._p.getparent().remove(first._p)
        self.par(self.doc, [], before=0, after=0)
        st = self.doc.add_table(rows=1, cols=2)
        X.table_borders_none(st._tbl)
        for i, w in enumerate((lw, rw)):
            for cell in st.columns[i].cells:
                cell.width = Twips(w)
        lc, rc = st.cell(0, 0), st.cell(0, 1)
        self.par(lc, [("Nơi nhận:", {"size": 12, "bold": True, "italic": True})], after=0)
        for x in ("- Các thôn, khu phố;", "- Lưu: VT."):
            self.par(lc, [(x, {"size": 11})], after=0)
        for x in ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"):
            self.par(rc, [(x, {"size": 14, "bold": True})], align="center", after=0)
        for _ in range(4):
            self.par(rc, [], after=0)
        self.par(rc, [("Lê Văn Thành", {"size": 14, "bold": True})], align="center", after=0)
        for c in (lc, rc):
            first = c.paragraphs[0]
            if not first.text and len(c.paragraphs) > 1:
                first._p.getparent().remove(first._p)

    def build_phu_luc(self) -> Document:
        """An appendix in a file of its own: heading, title, (Kèm theo ...), a table."""
        self._declared_once = set()
        self.setup()
        head = {"size": 14, "bold": True}
        if self.has("pl_notbold"):
            head["bold"] = False
            self.declare("R47", "Phụ lục", "appendix_heading_regular")
        self.par(self.doc, [("Phụ lục I", head)], align="center", before=0, after=0)
        self.par(self.doc, [(self.text.trich_yeu[0], {"size": 14, "bold": True})], align="center", after=0)
        kf = {"size": 14, "italic": True}
        if self.has("kemtheo_upright"):
            kf["italic"] = False
            self.declare("R47", "(Kèm theo", "kem_theo_upright")
        self.par(self.doc, [(self.text.kem_theo, kf)], align="center", after=240)
        names = ["Trần Minh Đức", "Bùi Thị Mai", "Phạm Thị Lan Anh", "Hoàng Văn Nam", "Đỗ Thị Hồng Nhung"]
        posts = ["Phó Chủ tịch UBND xã", "Công chức Văn hóa - Xã hội", "Chủ tịch Hội LHPN xã",
                 "Bí thư Đoàn Thanh niên", "Công chức Tư pháp - Hộ tịch"]
        roles = ["Trưởng ban", "Phó Trưởng ban", "Thành viên", "Thành viên", "Thành viên"]
        tbl = self.doc.add_table(rows=6, cols=4)
        X.table_borders_all(tbl._tbl)
        for r, vals in enumerate([["TT", "Họ và tên", "Chức vụ, đơn vị", "Nhiệm vụ"]]
                                 + [[str(i + 1), n, p, ro] for i, (n, p, ro) in enumerate(zip(names, posts, roles))]):
            for c, v in enumerate(vals):
                cp = tbl.cell(r, c).paragraphs[0]
                cp.alignment = ALIGN["center" if c in (0, 3) or r == 0 else "left"]
                self.run(cp, v, size=13, bold=r == 0)
        self.page_numbers()
        self.end_with_paragraph()
        return self.doc

    # ---------------------------------------------------------------- whole document
    def build(self, party: bool = False, copy: tuple | None = None) -> Document:
        self._declared_once = set()
        self.setup()
        if party:
            self.party_header()
        else:
            self.header()
        if self.look.header != "span":
            self.title()
        self.kinh_gui()
        self.authority()
        self.can_cu()
        self.body()
        self.signature()
        self.appendix()
        if copy:
            self.copy_block(*copy)
        self.page_numbers()
        self.end_with_paragraph()
        self.apply_quirks()
        return self.doc

    def end_with_paragraph(self) -> None:
        """Word never ends a document with a table: a paragraph always follows it."""
        body = self.doc.element.body
        last = body[-2] if len(body) > 1 and body[-1].tag == qn("w:sectPr") else body[-1]
        if last.tag == qn("w:tbl"):
            self.par(self.doc, [], before=0, after=0)

    def apply_quirks(self) -> None:
        from . import quirks as Q
        body = self.doc.element.body
        if self.look.tracked:
            d, m, y = self.date
            assert Q.track(body, f"{m:02d}", str(m), f"tháng {m} năm"), "no date line to track"
            assert Q.track(body, "xây dựng", "ban hành", "ban hành Kế hoạch"), "no body text to track"
        rng = self.rng
        if "split_runs" in self.look.quirks:
            Q.split_runs(body, rng)
        if "proof" in self.look.quirks:
            Q.proof_marks(body, rng)
        if "bookmarks" in self.look.quirks:
            Q.bookmarks(body, rng)
