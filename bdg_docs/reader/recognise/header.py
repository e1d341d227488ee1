"""The header: where it is (a table, paragraphs, lines split by tabs, text boxes or frames),
which line is in which column, and what each line is (Quốc hiệu, Tiêu ngữ, issuer, number,
date, V/v, marks), found by content first and by position where content cannot tell."""
from __future__ import annotations

import dataclasses

from bdg_docs.nd30 import metrics
from bdg_docs.nd30.header import issuer_starts
from bdg_docs.reader import lines as L
from bdg_docs.reader.lines import Item, norm
from bdg_docs.reader.parts import Header, Parts
from bdg_docs.reader.views import ParagraphView, TableView

TOP_LINES = 40  # non-empty lines searched for the header
TOP_ITEMS = 400  # lines searched for it, empty ones included


def read_header(parts: Parts, items: list[Item], width: int) -> int:
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
        if seen >= TOP_LINES or len(zone) >= TOP_ITEMS:
            break
    found: list[Item] = []
    origin: list[int] = []  # for each line of found, its position in zone
    for z, i in enumerate(zone):
        pieces = L.columns([items[i]], width)
        found.extend(pieces)
        origin.extend([z] * len(pieces))
    cut = _opening_row(found)
    found, origin = found[:cut], origin[:cut]
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
    last = _read_columns(header, anchor, found)  # position in found of the header's last line
    parts.header = header
    _marks(parts, header.left)
    if header.table is not None:  # the whole table belongs to the header
        last = max(last, max(k for k, it in enumerate(found) if it.table is header.table))
    end = origin[last] if last >= 0 else -1
    at = _position(found, anchor) if anchor is not None else 0
    pham_vi = next((it for it in found[:at] if L.is_pham_vi(it.text)), None)
    parts.pham_vi = pham_vi.line if pham_vi else None
    return zone[end] + 1 if end >= 0 else 0


def _position(seq: list, obj: object) -> int:
    """Where ``obj`` itself (not an equal object) stands in ``seq``."""
    return next(i for i, x in enumerate(seq) if x is obj)


def _opening_row(found: list[Item]) -> int:
    """Where a row of the header's table that opens what follows the header starts (the type
    name and trích yếu typed in a merged last row; a Kính gửi table that LibreOffice joined to
    the header table); the end otherwise."""
    for it in found:
        if it.table is None or it.row is None or not it.text:
            continue
        if not (L.type_of(it.text) or L.copy_form(it.text) or L.is_kinh_gui(it.text) or L.is_dien(it.text)):
            continue
        row = [x for x in found if x.table is it.table and x.row == it.row]
        if row[0] is not it and any(x.text for x in row[:row.index(it)]):
            continue  # not the first line of its row
        if any(L.is_quoc_hieu(x.text) or L.is_so(x.text) or L.is_date_line(x.text) for x in row):
            continue
        return next(j for j, x in enumerate(found) if x is row[0])
    return len(found)


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
                or L.is_noi_nhan(text) or L.is_phu_luc(text) or L.copy_form(text) or L.heading_role(text)
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
    if not bold_from:  # all bold (or none): the parent body is told by its words
        bold_from = issuer_starts([norm(p.text) for p in issuer]) or bold_from
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
    if above.border_bottom or above.shape_widths or underlined(above):
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


def underlined(p: ParagraphView) -> bool:
    """The line's text is underlined (Ctrl+U): the underline is the rule drawn under it."""
    runs = [r for r in p.visible_runs if not r.label]
    return bool(runs) and any(r.underline for r in runs)


def _marks(parts: Parts, lines: list[ParagraphView]) -> None:
    parts.marks.extend(p for p in lines if L.is_mark(norm(p.text)))
