"""Recognise the parts of an administrative document in a read .docx, however it was laid out.

:func:`find_parts` finds each part of Phụ lục I by its content and its position, not by one
layout: the header in a table, in paragraphs, in lines split with tabs or Shift+Enter, in text
boxes or frames; the number and symbol, the place and date; the type name and trích yếu (or the
``V/v`` of a Công văn); ``Kính gửi``; the căn cứ block; the body, each paragraph with its role
(``Chương``, ``Điều``, ``I.``, ``1.``, ``a)``, ``-``); the signature in a table, after tabs, by
indents or aligned right; Nơi nhận and its ``Lưu`` line; appendices and the block of a copy.

The result, :class:`Parts`, holds the lines of each part (:class:`ParagraphView` objects: a
line's ``location``, ``runs`` with bold and italic, numbering ``label``) and what kind of
document it is. Nothing is guessed: a document whose type cannot be told (two type names, a
type name and a ``V/v``) has ``kind == "can_xem_lai"`` and says why in ``review``; a Party
document (``ĐẢNG CỘNG SẢN VIỆT NAM``) has ``kind == "dang"`` and is not read further.

    parts = find_parts(read("cong_van.docx"))
    parts.kind, parts.header.so.text, [p.text for p in parts.noi_nhan.items]
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from bdg_docs.nd30 import metrics
from bdg_docs.nd30.loai import HINH_THUC_SAO, Loai, loai_tu_viet_tat
from bdg_docs.reader import lines as L
from bdg_docs.reader.lines import Item, norm
from bdg_docs.reader.views import DocxView, ParagraphView, TableView

TOP_LINES = 40  # non-empty lines searched for the header
KINDS = ("co_ten_loai", "cong_van", "phu_luc", "ban_sao", "dang", "can_xem_lai", "khong_ro")


# ----------------------------------------------------------------------------- the parts
@dataclass
class Header:
    """The header (ô 1–4 and 5b): left column (issuer, number, V/v), right column (Quốc hiệu,
    Tiêu ngữ, place and date). ``layout``: ``table``, ``paragraphs``, ``tabs`` (columns split
    by tabs), ``frames`` (text boxes or frames)."""

    layout: str
    left: list[ParagraphView] = field(default_factory=list)
    right: list[ParagraphView] = field(default_factory=list)
    table: TableView | None = None
    quoc_hieu: ParagraphView | None = None
    tieu_ngu: ParagraphView | None = None
    tieu_ngu_rule: ParagraphView | None = None
    chu_quan: list[ParagraphView] = field(default_factory=list)
    co_quan: list[ParagraphView] = field(default_factory=list)
    co_quan_rule: ParagraphView | None = None
    so: ParagraphView | None = None
    ngay: ParagraphView | None = None
    vv: list[ParagraphView] = field(default_factory=list)
    dang: bool = False  # ĐẢNG CỘNG SẢN VIỆT NAM instead of the Quốc hiệu

    @property
    def aligned(self) -> bool:
        """Whether the lines' alignment means what it says: in a table or a box, a centred line
        is centred in its column; in paragraphs placed by tabs or spaces it is not."""
        return self.layout in ("table", "frames")


@dataclass
class KinhGui:
    """``Kính gửi:`` and its addressees (ô 9a); for a Công điện, ``<who> điện:`` and its list."""

    heading: ParagraphView
    items: list[ParagraphView] = field(default_factory=list)
    dien: bool = False


@dataclass
class Signature:
    """The signer's titles (``TM. ỦY BAN NHÂN DÂN``, ``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``) and name.
    ``layout``: ``table``, ``tabs``, ``indent``, ``right`` (aligned right) or ``paragraphs``."""

    titles: list[ParagraphView]
    name: ParagraphView | None
    layout: str

    @property
    def lines(self) -> list[ParagraphView]:
        return self.titles + ([self.name] if self.name is not None else [])


@dataclass
class NoiNhan:
    """``Nơi nhận:`` and the lines under it, the ``- Lưu: ...`` line last."""

    heading: ParagraphView
    items: list[ParagraphView] = field(default_factory=list)
    layout: str = "table"

    @property
    def luu(self) -> ParagraphView | None:
        return self.items[-1] if self.items and L.is_luu(norm(self.items[-1].text)) else None


@dataclass(frozen=True)
class BodyParagraph:
    """A paragraph of the body and its role: ``phan``, ``chuong``, ``muc`` (Mục 1), ``tieu_muc``,
    ``tieu_de`` (the title under them), ``dieu``, ``muc_la_ma`` (I.), ``khoan`` (1.), ``khoan_con``
    (1.1.), ``diem`` (a)), ``gach`` (-), ``cong`` (+), ``giua`` (another centred line) or ``doan``."""

    paragraph: ParagraphView
    role: str
    label: str | None = None


@dataclass
class Appendix:
    """A Phụ lục: its heading (``Phụ lục I``), title, ``(Kèm theo ...)`` line, rule and body."""

    heading: ParagraphView
    title: list[ParagraphView] = field(default_factory=list)
    kem_theo: ParagraphView | None = None
    rule: ParagraphView | None = None
    body: list[ParagraphView] = field(default_factory=list)


@dataclass
class BanSao:
    """The block of a copy (PL I, Phần II; Mẫu 3.1) under the copied document: its form
    (``SAO Y``), the copying body, its number, place and date, signature and Nơi nhận."""

    form: ParagraphView
    hinh_thuc: str  # SAO Y, SAO LỤC, TRÍCH SAO
    co_quan: list[ParagraphView] = field(default_factory=list)
    so: ParagraphView | None = None
    ngay: ParagraphView | None = None
    signature: Signature | None = None
    noi_nhan: NoiNhan | None = None

    @property
    def viet_tat(self) -> str:
        return HINH_THUC_SAO[self.hinh_thuc]


@dataclass
class Parts:
    """Everything recognised in one document. ``kind`` is one of :data:`KINDS`."""

    kind: str = "khong_ro"
    type_name: str | None = None  # "QUYẾT ĐỊNH"; "SAO Y" for a copy
    loai: Loai | None = None
    header: Header | None = None
    marks: list[ParagraphView] = field(default_factory=list)  # KHẨN, MẬT ... (ô 10a, 10b)
    pham_vi: ParagraphView | None = None  # LƯU HÀNH NỘI BỘ ... (ô 11)
    type_line: ParagraphView | None = None
    trich_yeu: list[ParagraphView] = field(default_factory=list)
    trich_yeu_rule: ParagraphView | None = None
    kem_theo: ParagraphView | None = None  # "(Ban hành kèm theo ...)": an attached document
    tham_quyen: list[ParagraphView] = field(default_factory=list)  # the issuing authority of a Quyết định, Nghị quyết
    quyet_nghi: ParagraphView | None = None  # "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"
    kinh_gui: KinhGui | None = None
    can_cu: list[ParagraphView] = field(default_factory=list)
    body: list[BodyParagraph] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    noi_nhan: NoiNhan | None = None
    appendices: list[Appendix] = field(default_factory=list)
    ban_sao: BanSao | None = None
    copy_of: tuple[str, str | None] | None = None  # kind and type name of the copied document
    review: list[str] = field(default_factory=list)  # why the type cannot be told

    @property
    def signature(self) -> Signature | None:
        """The (last) signer of the document; a Biên bản has two."""
        return self.signatures[-1] if self.signatures else None

    @property
    def attached(self) -> bool:
        """An attached document (Quy chế ban hành kèm theo Quyết định ...): no number or date of its own."""
        return self.kem_theo is not None and self.header is not None and self.header.so is None

    def found(self) -> list[str]:
        """Names of the parts found, for reports (``header``, ``so``, ``ngay``, ``body`` ...)."""
        h = self.header
        names = {
            "quoc_hieu": h is not None and h.quoc_hieu is not None, "co_quan": h is not None and bool(h.co_quan),
            "so": h is not None and h.so is not None, "ngay": h is not None and h.ngay is not None,
            "vv": h is not None and bool(h.vv), "ten_loai": self.type_line is not None,
            "trich_yeu": bool(self.trich_yeu), "kinh_gui": self.kinh_gui is not None, "can_cu": bool(self.can_cu),
            "noi_dung": bool(self.body), "chu_ky": bool(self.signatures), "noi_nhan": self.noi_nhan is not None,
            "phu_luc": bool(self.appendices), "ban_sao": self.ban_sao is not None,
        }
        return [name for name, present in names.items() if present]


# --------------------------------------------------------------------------- recognition
def page_text_width(view: DocxView) -> int:
    """Width between the margins of the first section, in twips (A4 with 30/20 mm by default)."""
    s = view.sections[0] if view.sections else None
    if s is None or not s.page_width:
        return 9071
    return max(s.page_width - s.margins.get("left", 1701) - s.margins.get("right", 1134), 1000)


def find_parts(view: DocxView) -> Parts:
    """The parts of the document in ``view`` (see the module's documentation)."""
    width = page_text_width(view)
    items = [piece for item in L.flatten(view) for piece in _columns(item, width)]
    parts = Parts()
    start = _header(parts, items, width)
    if parts.header is not None and parts.header.dang:
        parts.kind = "dang"
        return parts
    copy_at = _copy_start(items, start)
    main = items[start:copy_at]
    if parts.header is None and _starts_with_appendix(main):
        parts.appendices = _appendices(main)
        parts.kind, parts.type_name = "phu_luc", "PHỤ LỤC"
        return parts
    body_start = _opening(parts, main)
    end, tail = _end_matter(parts, main, body_start, width)
    parts.body = [_body_paragraph(p) for p in _whole_paragraphs(view, main[body_start:end])]
    parts.appendices = _appendices(tail)
    _kind(parts)
    if copy_at < len(items):
        _copy(parts, items[copy_at:], width)
    return parts


def _columns(item: Item, width: int) -> list[Item]:
    return L.split_columns(item, width) if item.in_flow else [item]


# -- header ------------------------------------------------------------------------------
def _header(parts: Parts, items: list[Item], width: int) -> int:
    """Find the header among the first lines; return the index of the first line after it."""
    zone: list[int] = []
    seen = 0
    tables_in_zone: set[int] = set()
    for i, item in enumerate(items):
        text = item.text
        if item.table is not None and id(item.table) in tables_in_zone:
            zone.append(i)
            continue
        if item.table is not None:
            if not _header_table(item.table):
                break
            tables_in_zone.add(id(item.table))
            zone.append(i)
            continue
        if text and _opens(item, text):
            break
        zone.append(i)
        seen += bool(text)
        if seen >= TOP_LINES:
            break
    found = [items[i] for i in zone]
    qh = next((it for it in found if L.is_quoc_hieu(it.text)), None)
    dang = next((it for it in found if L.is_dang(it.text)), None) if qh is None else None
    anchor = qh or dang
    if anchor is None and not any(L.is_so(it.text) or L.is_date_line(it.text) for it in found):
        return 0
    left: list[Item] = []
    right: list[Item] = []
    previous: list[Item] | None = None
    for it in found:
        side = _side(it, anchor, width)
        if side is None:
            text = it.text
            if not text and L.is_rule(it.line) and previous is not None:
                target = previous
            elif L.is_quoc_hieu(text) or L.is_dang(text) or _tieu_ngu_like(text) or L.is_date_line(text):
                target = right
            else:
                target = left
        else:
            target = right if side == "right" else left
        target.append(it)
        if it.text:
            previous = target
    header = Header(layout=_layout(found), left=[it.line for it in left], right=[it.line for it in right])
    header.table = next((it.table for it in found if it.table is not None), None)
    header.dang = dang is not None
    end = _read_columns(header, anchor, found)  # position in found of the header's last line
    parts.header = header
    _marks(parts, header.left)
    if header.table is not None:  # the whole table belongs to the header
        end = max(end, max(k for k, it in enumerate(found) if it.table is header.table))
    at = _position(found, anchor) if anchor is not None else 0
    pham_vi = next((it for it in found[:at] if L.is_pham_vi(it.text)), None)
    parts.pham_vi = pham_vi.line if pham_vi else None
    return zone[end] + 1 if end >= 0 else 0


def _position(seq: list, obj: object) -> int:
    """Where ``obj`` itself (not an equal object) stands in ``seq``."""
    return next(i for i, x in enumerate(seq) if x is obj)


def _header_table(table: TableView) -> bool:
    """A table at the top holds the header when it has the Quốc hiệu, a number or a date line."""
    for p in table.paragraphs():
        for line in p.lines():
            text = norm(line.text)
            if L.is_quoc_hieu(text) or L.is_dang(text) or L.is_so(text) or L.is_date_line(text):
                return True
    return False


def _opens(item: Item, text: str) -> bool:
    """A line that belongs to what follows the header, not to it."""
    if L.is_vv(text) or L.is_so(text) or L.is_date_line(text) or L.is_quoc_hieu(text) or L.is_dang(text):
        return False
    return bool(L.type_of(text) or L.quyet_nghi(text) or L.is_kinh_gui(text) or L.is_can_cu(item.line, text)
                or L.is_noi_nhan(text) or L.is_phu_luc(text) or L.copy_form(text) or _heading_role(text)
                or L.is_dien(text) or len(text) > 120)


def _side(item: Item, anchor: Item | None, width: int) -> str | None:
    if item.side is not None:
        return item.side
    if item.table is not None and item.cell is not None:
        if anchor is not None and anchor.table is item.table and anchor.cell is not None:
            return "right" if item.cell.column >= anchor.cell.column else "left"
        return "left" if item.cell.column == 0 else "right"
    if item.frame is not None:
        frame = item.frame
        if anchor is not None and anchor.frame is frame:
            return "right"
        if anchor is not None and anchor.frame is not None and frame.x is not None and anchor.frame.x is not None:
            return "right" if frame.x >= anchor.frame.x else "left"
        if frame.align in ("right", "outside"):
            return "right"
        if frame.align in ("left", "inside"):
            return "left"
        if frame.x is not None and frame.width is not None:
            return "right" if frame.x + frame.width / 2 > width / 2 else "left"
        return None
    return "right" if L.right_placed(item, width) else None


def _tieu_ngu_like(text: str) -> bool:
    return L.short(text) and L.fold(text).replace(" ", "").replace("-", "").replace("\u2013", "") == "doclaptudohanhphuc"


def _layout(found: list[Item]) -> str:
    if any(it.table is not None for it in found if it.text):
        return "table"
    if any(it.frame is not None for it in found if it.text):
        return "frames"
    if any(it.side is not None for it in found):
        return "tabs"
    return "paragraphs"


def _read_columns(header: Header, anchor: Item | None, found: list[Item]) -> int:
    """Name the lines of both columns; return the position in ``found`` of the header's last line."""
    by_line = {id(it.line): k for k, it in enumerate(found)}
    last: list[int] = [-1]

    def keep(p: ParagraphView | None) -> ParagraphView | None:
        if p is not None:
            last.append(by_line[id(p)])
        return p

    right, left = header.right, header.left
    if anchor is not None:
        header.quoc_hieu = keep(anchor.line)
        at = next((k for k, p in enumerate(right) if p is anchor.line), None)
        after = right[at + 1:] if at is not None else []
        tn = next((p for p in after if p.text.strip() and not L.is_rule(p)), None)
        if tn is not None and (_tieu_ngu_like(norm(tn.text)) or not L.is_date_line(norm(tn.text))):
            header.tieu_ngu = keep(tn)
            header.tieu_ngu_rule = keep(rule_under(right, tn))
    header.ngay = keep(next((p for p in right + left if L.is_date_line(norm(p.text))), None))
    header.so = keep(next((p for p in left + right if L.is_so(norm(p.text)) or L.is_so_dang(norm(p.text))), None))
    issuer: list[ParagraphView] = []
    for p in left:
        text = norm(p.text)
        if L.is_rule(p) and not issuer:
            continue  # a paragraph that only anchors floating lines, above the issuer
        if p is header.so or L.is_rule(p) or L.is_vv(text) or L.is_mark(text) or L.is_date_line(text):
            break
        if text and not L.is_pham_vi(text) and text != "*":
            issuer.append(p)
    for p in issuer:
        keep(p)
    bold_from = next((i for i, p in enumerate(issuer) if any(r.bold for r in p.visible_runs)), None)
    header.chu_quan = issuer[:bold_from] if bold_from else []
    header.co_quan = issuer[bold_from:] if bold_from is not None else issuer
    if header.co_quan:
        header.co_quan_rule = keep(rule_under(left, header.co_quan[-1]))
    if header.layout == "frames":
        _floating_rules(header, found)
    vv_at = next((i for i, p in enumerate(left) if L.is_vv(norm(p.text))), None)
    if vv_at is not None:
        first = found[by_line[id(left[vv_at])]]
        for p in left[vv_at:]:
            it = found[by_line[id(p)]]
            text = norm(p.text)
            if not text or L.is_rule(p) or L.is_mark(text) or (p is not left[vv_at] and not _same_box(it, first)):
                break
            header.vv.append(keep(p))  # type: ignore[arg-type]
    for p in left:
        if L.is_mark(norm(p.text)):
            keep(p)
    return max(last)


def _floating_rules(header: Header, found: list[Item]) -> None:
    """Lines drawn outside the text boxes of a header (LibreOffice anchors them in the paragraph
    that holds the boxes): each is taken as the rule of the text whose width it fits; when one
    cannot be placed, the rule it might be is taken as present, of unknown length."""
    loose = [(it.line, w) for it in found if it.in_flow and not it.text for w in it.line.shape_widths if w]
    if not loose:
        return
    anchor = loose[0][0]
    for attr, lines, low, high in (("tieu_ngu_rule", [header.tieu_ngu], 0.85, 1.15),
                                   ("co_quan_rule", header.co_quan, 0.28, 0.55)):
        if getattr(header, attr) is not None or not all(lines):
            continue
        width = max((metrics.text_width(norm(p.text), p.visible_runs[0].size or 12, bold=p.visible_runs[0].bold)
                     for p in lines if p is not None and p.visible_runs), default=0)  # type: ignore[union-attr]
        fits = [w for _, w in loose if width and low <= w / width <= high]
        setattr(header, attr, dataclasses.replace(anchor, shape_widths=fits[:1] or [0]))


def _same_box(a: Item, b: Item) -> bool:
    """Two lines in the same cell or box, or consecutive lines of the flow formatted alike."""
    if a.table is not None or b.table is not None:
        return a.cell is b.cell
    if a.frame is not None or b.frame is not None:
        return a.frame is b.frame
    ra, rb = a.line.visible_runs, b.line.visible_runs
    return bool(ra and rb) and (ra[0].size, ra[0].bold, ra[0].italic) == (rb[0].size, rb[0].bold, rb[0].italic)


def rule_under(lines: list[ParagraphView], above: ParagraphView) -> ParagraphView | None:
    """The rule drawn under a line: its own bottom border, a line shape anchored in it (Word puts
    the anchor in the paragraph the line was drawn next to), or the next line if it is a rule."""
    if above.border_bottom or above.shape_widths:
        return above
    i = next((k for k, p in enumerate(lines) if p is above), None)
    if i is None:
        return None
    for p in lines[i + 1:i + 3]:
        if L.is_rule(p):
            return p
        if p.text.strip():
            return None
    return None


def _marks(parts: Parts, lines: list[ParagraphView]) -> None:
    parts.marks.extend(p for p in lines if L.is_mark(norm(p.text)))


# -- opening: type name, trích yếu, Kính gửi, căn cứ ---------------------------------------
def _opening(parts: Parts, items: list[Item]) -> int:
    """Read what stands between the header and the body; return where the body starts."""
    i = _skip_empty(items, 0)
    while i < len(items) and (L.is_mark(items[i].text) or L.is_pham_vi(items[i].text) or L.is_rule(items[i].line)):
        if L.is_mark(items[i].text):
            parts.marks.append(items[i].line)
        i = _skip_empty(items, i + 1)
    types: list[tuple[int, Loai]] = []
    if i < len(items) and (loai := L.type_of(items[i].text)):
        types.append((i, loai))
        parts.type_line, parts.loai = items[i].line, loai
        parts.type_name = loai.ten_in_hoa
        i = _skip_empty(items, i + 1)
        if i < len(items) and (other := L.type_of(items[i].text)) and other is not loai:
            types.append((i, other))
            i = _skip_empty(items, i + 1)
        i = _trich_yeu(parts, items, i)
    if len(types) > 1:
        parts.review.append("có hai tên loại: " + ", ".join(loai.ten_in_hoa for _, loai in types))
    i = _skip_empty(items, i)
    if i < len(items) and (L.is_kinh_gui(items[i].text) or L.is_dien(items[i].text)):
        i = _kinh_gui(parts, items, i)
    i = _skip_empty(items, i)
    while i < len(items):
        text = items[i].text
        if not text:
            i += 1
            continue
        if L.is_can_cu(items[i].line, text) and (parts.can_cu or L.italic_share(items[i].line) > 0.5
                                                 or text.endswith(";")):
            # An upright "Căn cứ ..., ... như sau:" opens the body; a căn cứ line ends with ';' or '.'.
            parts.can_cu.append(items[i].line)
            i += 1
        else:
            break
    i = _skip_empty(items, i)
    if i < len(items) and L.quyet_nghi(items[i].text):
        parts.quyet_nghi = items[i].line
        i += 1
    if parts.kinh_gui is None:  # Kính gửi after the căn cứ (a Tờ trình)
        j = _skip_empty(items, i)
        if j < len(items) and L.is_kinh_gui(items[j].text):
            i = _kinh_gui(parts, items, j)
    return i


def _skip_empty(items: list[Item], i: int) -> int:
    while i < len(items) and not items[i].text and not L.is_rule(items[i].line):
        i += 1
    return i


def _trich_yeu(parts: Parts, items: list[Item], i: int) -> int:
    """Lines under the type name: trích yếu, (Kèm theo ...), rule, issuing authority."""
    loai = parts.loai
    decides = loai is not None and loai.quyet_nghi is not None
    while i < len(items):
        item = items[i]
        text = item.text
        if not text and not L.is_rule(item.line):
            i += 1
            continue
        if L.is_rule(item.line) and not text:
            if parts.trich_yeu_rule is None and (parts.trich_yeu or not (loai and loai.trich_yeu)):
                parts.trich_yeu_rule = item.line
                i += 1
                continue
            break
        if L.is_kem_theo(text):
            parts.kem_theo = item.line
        elif L.is_rule(item.line):  # a row of underscores
            if parts.trich_yeu_rule is not None:
                break
            parts.trich_yeu_rule = item.line
        elif decides and L.is_upper(text) and L.short(text) and (parts.trich_yeu or parts.trich_yeu_rule is not None):
            parts.tham_quyen.append(item.line)
        elif (parts.trich_yeu_rule is None and item.line.alignment in ("center", None)
              and not _stops_trich_yeu(item, text) and (loai is None or loai.trich_yeu)):
            parts.trich_yeu.append(item.line)
            if item.line.shape_widths or item.line.border_bottom:
                parts.trich_yeu_rule = item.line
        else:
            break
        i += 1
    return i


def _stops_trich_yeu(item: Item, text: str) -> bool:
    return bool(L.is_kinh_gui(text) or L.is_can_cu(item.line, text) or L.quyet_nghi(text) or _heading_role(text)
                or L.is_dien(text) or L.type_of(text) or L.is_noi_nhan(text))


def _kinh_gui(parts: Parts, items: list[Item], i: int) -> int:
    """``Kính gửi:`` and the ``- ...`` lines under it: not indented like body text, one addressee each."""
    head = items[i]
    block = KinhGui(head.line, dien=L.is_dien(head.text))
    i += 1
    while i < len(items):
        text = items[i].text
        if not text:
            if block.items:
                break
            i += 1
            continue
        if text.startswith(("-", "–", "+", "•")) and items[i].line.first_line <= 0:
            block.items.append(items[i].line)
            i += 1
        else:
            break
    parts.kinh_gui = block
    return i


# -- end: signature, Nơi nhận, appendices ------------------------------------------------
def _end_matter(parts: Parts, items: list[Item], body_start: int, width: int) -> tuple[int, list[Item]]:
    """Find Nơi nhận and the signature; return where the body ends, and what follows them."""
    nn = next((j for j in range(body_start, len(items)) if L.is_noi_nhan(items[j].text) and L.short(items[j].text)),
               None)
    appendix = next((j for j in range(nn if nn is not None else body_start, len(items))
                     if L.is_phu_luc(items[j].text) and items[j].in_flow), len(items))
    if nn is not None and nn > appendix:
        nn = None
    if nn is not None and items[nn].table is not None:
        return _table_end(parts, items, body_start, nn, appendix)
    return _flow_end(parts, items, body_start, nn, appendix, width)


def _table_end(parts: Parts, items: list[Item], body_start: int, nn: int, appendix: int) -> tuple[int, list[Item]]:
    table = items[nn].table
    column = items[nn].cell.column if items[nn].cell is not None else 0
    first = min(j for j in range(body_start, len(items)) if items[j].table is table)
    last = max(j for j in range(first, min(appendix, len(items))) if items[j].table is table)
    in_table = items[first:last + 1]
    heading = items[nn]
    own = [it for it in in_table if it.cell is not None and it.cell.column == column]
    before = own[: own.index(heading)]
    after = own[own.index(heading) + 1:]
    parts.noi_nhan = NoiNhan(heading.line, [it.line for it in after if it.text], "table")
    columns: dict[int, list[Item]] = {}
    for it in in_table:
        if it.cell is not None and it.cell.column != column:
            columns.setdefault(it.cell.column, []).append(it)
    signers = [sig for sig in (_signature([it.line for it in before], "table"),) if sig is not None]
    for col in sorted(columns):
        sig = _signature([it.line for it in columns[col]], "table")
        if sig is not None:
            signers.append(sig)
    parts.signatures = signers
    tail = items[last + 1:]
    if not signers:  # the signature may follow the table as paragraphs
        sig, used = _trailing_signature(tail)
        if sig is not None:
            parts.signatures = [sig]
            tail = tail[used:]
    return first, tail


def _signature(lines: list[ParagraphView], layout: str) -> Signature | None:
    """Titles and name among some lines (placeholders and empty lines left out)."""
    texts = [p for p in lines if norm(p.text) and not L.is_placeholder(norm(p.text)) and not L.is_rule(p)]
    if not texts or not any(L.is_title(norm(p.text)) for p in texts):
        return None
    *titles, name = texts
    if L.is_title(norm(name.text)) and not L.is_name(norm(name.text)) or len(texts) == 1:
        return Signature(texts, None, layout)
    return Signature(titles, name, layout)


def _trailing_signature(tail: list[Item]) -> tuple[Signature | None, int]:
    used = 0
    lines: list[ParagraphView] = []
    for it in tail:
        text = it.text
        if text and not (L.is_title(text) or L.is_name(text) or L.is_placeholder(text)):
            break
        used += 1
        lines.append(it.line)
    return _signature(lines, "paragraphs"), used


def _flow_end(parts: Parts, items: list[Item], body_start: int, nn: int | None, appendix: int,
              width: int) -> tuple[int, list[Item]]:
    """Signature and Nơi nhận typed as paragraphs: side by side with tabs, or one after the other."""
    if nn is None:  # no Nơi nhận: the signature closes the document
        b = appendix - 1
        collected: list[Item] = []
        while b >= body_start and (not items[b].text or _signature_like(items[b])) and len(collected) < 12:
            collected.insert(0, items[b])
            b -= 1
        sig = _signature([it.line for it in collected], _flow_layout([it for it in collected if it.text], width))
        if sig is None:
            return appendix, items[appendix:]
        parts.signatures = [sig]
        return b + 1, items[appendix:]
    heading = items[nn]
    noi_nhan = NoiNhan(heading.line, [], "tabs" if heading.side else "paragraphs")
    side: list[Item] = []  # the right halves of lines split by tabs, and lines placed right
    j = nn + 1
    while j < appendix:
        it = items[j]
        text = it.text
        if it.side == "right":
            side.append(it)
        elif text and (text.startswith(("-", "–", "+", "•")) or L.is_luu(text)) and not noi_nhan.luu:
            noi_nhan.items.append(it.line)
        elif text:
            break
        j += 1
    before: list[Item] = []
    b = nn - 1
    while b >= body_start and (not items[b].text or _signature_like(items[b])):
        before.insert(0, items[b])
        b -= 1
    signed_before = any(L.is_title(it.text) for it in before)
    # Lines after the list belong to the signature when it is not above Nơi nhận, or when they
    # stand to the right; a page or section break ends the document's own lines.
    while j < appendix and (not items[j].text or _signature_like(items[j])) \
            and not (items[j].line.page_breaks or items[j].line.section_start) \
            and (not signed_before or not items[j].text or L.right_placed(items[j], width)):
        side.append(items[j])
        j += 1
    parts.noi_nhan = noi_nhan
    lines = [it for it in before + side if it.text]
    layout = "tabs" if any(it.side for it in lines) else _flow_layout(lines, width)
    sig = _signature([it.line for it in lines], layout)
    body_end = b + 1 if sig is not None and any(it.text for it in before) else nn
    if sig is None or not any(it.text for it in before):
        sig = _signature([it.line for it in side], layout) or sig
    parts.signatures = [sig] if sig else []
    while body_end > body_start and not items[body_end - 1].text:
        body_end -= 1
    return body_end, items[j:]


def _signature_like(item: Item) -> bool:
    text = item.text
    if not text:
        return False
    if L.is_placeholder(text):
        return True
    if len(text) > 80 or text.endswith((";", ":", "./.")) or _heading_role(text):
        return False
    return L.is_title(text) or L.is_name(text)


def _flow_layout(lines: list[Item], width: int) -> str:
    if any(it.line.alignment == "right" for it in lines):
        return "right"
    if any(it.line.text.startswith("\t") for it in lines):
        return "tabs"
    if any(it.line.ind_left >= width * 0.3 for it in lines):
        return "indent"
    return "paragraphs"


def _starts_with_appendix(items: list[Item]) -> bool:
    first = next((it for it in items if it.text), None)
    return first is not None and L.is_phu_luc(first.text)


def _appendices(items: list[Item]) -> list[Appendix]:
    out: list[Appendix] = []
    i = 0
    while i < len(items):
        if not (items[i].in_flow and L.is_phu_luc(items[i].text)):
            i += 1
            continue
        appendix = Appendix(items[i].line)
        i += 1
        while i < len(items):
            it = items[i]
            text = it.text
            if not text and not L.is_rule(it.line):
                i += 1
                continue
            if L.is_kem_theo(text):
                appendix.kem_theo = it.line
            elif L.is_rule(it.line) and appendix.rule is None:
                appendix.rule = it.line
            elif appendix.kem_theo is None and appendix.rule is None and it.line.alignment in ("center", None) \
                    and L.short(text) and not L.is_phu_luc(text):
                appendix.title.append(it.line)
            else:
                break
            i += 1
        while i < len(items) and not (items[i].in_flow and L.is_phu_luc(items[i].text)):
            if items[i].text and items[i].table is None:
                appendix.body.append(items[i].line)
            i += 1
        out.append(appendix)
    return out


# -- copies -------------------------------------------------------------------------------
def _copy_start(items: list[Item], start: int) -> int:
    """Where the block of a copy starts (its own table or the rule line above it), else the end."""
    form = next((j for j in range(len(items) - 1, start - 1, -1) if L.copy_form(items[j].text)), None)
    if form is None:
        return len(items)
    j = form
    table = items[form].table
    if table is not None:
        while j > start and items[j - 1].table is table:
            j -= 1
    while j > start and not items[j - 1].text and not L.is_rule(items[j - 1].line):
        j -= 1
    if j > start and L.is_rule(items[j - 1].line):
        j -= 1
    return j


def _copy(parts: Parts, items: list[Item], width: int) -> None:
    form = next(it for it in items if L.copy_form(it.text))
    copy = BanSao(form.line, L.copy_form(form.text) or "SAO Y")
    nn = next((j for j, it in enumerate(items) if L.is_noi_nhan(it.text)), None)
    zone = items[:nn] if nn is not None else items
    copy.so = next((it.line for it in zone if L.is_so(it.text)), None)
    copy.ngay = next((it.line for it in zone if L.is_date_line(it.text)), None)
    for it in zone:
        if it.line is copy.so or it is form:
            break
        if it.text and L.is_upper(it.text) and not L.is_rule(it.line):
            copy.co_quan.append(it.line)
    sub = Parts()
    start = next((j for j, it in enumerate(items) if it.line is copy.so or it.line is copy.ngay), 0)
    _end_matter(sub, items, start + 1, width)
    copy.signature, copy.noi_nhan = sub.signature, sub.noi_nhan
    parts.copy_of = (parts.kind, parts.type_name)
    parts.ban_sao = copy
    parts.kind, parts.type_name = "ban_sao", copy.hinh_thuc


# -- kind --------------------------------------------------------------------------------
def _kind(parts: Parts) -> None:
    header = parts.header
    has_vv = header is not None and bool(header.vv)
    if parts.review:
        parts.kind = "can_xem_lai"
    elif parts.type_line is not None and has_vv:
        parts.review.append(f"có tên loại ({parts.type_name}) và cả trích yếu 'V/v' của công văn")
        parts.kind = "can_xem_lai"
    elif parts.type_line is not None:
        parts.kind = "co_ten_loai"
    elif has_vv or parts.kinh_gui is not None:
        parts.kind = "cong_van"
    elif parts.appendices and not parts.body:
        parts.kind, parts.type_name = "phu_luc", "PHỤ LỤC"
    else:
        symbol = _symbol_type(parts)
        if symbol is not None:
            parts.loai = symbol  # the symbol says which type the missing type name would be
        parts.kind = "khong_ro"


def _symbol_type(parts: Parts) -> Loai | None:
    so = parts.header.so if parts.header else None
    if so is None:
        return None
    text = norm(so.text)
    group = text.partition("/")[2].split("-", 1)[0].strip()
    return loai_tu_viet_tat(group)


# -- body --------------------------------------------------------------------------------
_ROLES = (
    ("phan", re.compile(r"(?:Phần|PHẦN)\s++(?:[IVXLC]++|thứ\s)")),
    ("chuong", re.compile(r"(?:Chương|CHƯƠNG)\s++[IVXLC0-9]++\b")),
    ("tieu_muc", re.compile(r"Tiểu mục\s++\d++\b")),
    ("muc", re.compile(r"(?:Mục|MỤC)\s++\d++\b")),
    ("dieu", re.compile(r"(?:Điều|ĐIỀU)\s++\d++[a-zđ]?\s*+[.:]")),
    ("muc_la_ma", re.compile(r"[IVXLC]++\.\s")),
    ("khoan_con", re.compile(r"\d++(?:\.\d++)++\.?\s")),
    ("khoan", re.compile(r"\d++\.\s")),
    ("diem", re.compile(r"[a-zđ]\)\s")),
    ("gach", re.compile(r"[-–—•]\s")),
    ("cong", re.compile(r"\+\s")),
)


def _heading_role(text: str) -> str | None:
    for role, pattern in _ROLES[:5]:
        if pattern.match(text):
            return role
    return None


def body_role(text: str) -> tuple[str, str | None]:
    """The role of a body line from its text, and its label (``"Điều 3."``, ``"a)"``)."""
    for role, pattern in _ROLES:
        match = pattern.match(text)
        if match:
            return role, match.group(0).strip()
    return "doan", None


def _body_paragraph(p: ParagraphView) -> BodyParagraph:
    text = norm(p.text)
    role, label = body_role(text)
    if role == "doan" and p.alignment == "center" and L.short(text):
        role = "tieu_de" if L.is_upper(text) else "giua"
    return BodyParagraph(p, role, label)


def _whole_paragraphs(view: DocxView, items: list[Item]) -> list[ParagraphView]:
    """The body's paragraphs whole (their lines joined back), outside tables and boxes."""
    out: list[ParagraphView] = []
    seen: set[int] = set()
    for it in items:
        if not it.in_flow or it.block in seen:
            continue
        seen.add(it.block)
        block = view.blocks[it.block]
        if isinstance(block, ParagraphView) and (block.text.strip() or block.label):
            out.append(block)
    return out
