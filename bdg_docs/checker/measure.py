"""Measuring a read document (twips) with the shared Times New Roman metrics: text and rule
lines, and whether the document runs past its first page."""
from __future__ import annotations

from bdg_docs.nd30 import metrics
from bdg_docs.reader.views import DocxView, FrameView, ParagraphView, TableView

CELL_MARGINS = 216  # Word's default left + right cell margins
LINE_HEIGHT = 1.15  # a single line of Times New Roman, as a multiple of the font size
ONE_PAGE, TWO_PAGES = 0.9, 1.1  # shares of the first page's text height: surely one page, surely more


def container_width(p: ParagraphView, page_text_width: int) -> int:
    if p.room:
        return max(p.room, 1)
    if p.cell_width:
        return max(p.cell_width - CELL_MARGINS, 1)
    return page_text_width


def text_width(paragraphs: list[ParagraphView], page_text_width: int) -> float:
    """Width of the widest line of some paragraphs, as Word would wrap them."""
    widest = 0.0
    for p in paragraphs:
        runs = p.visible_runs
        if not runs:
            continue
        size = runs[0].size or 12
        bold = runs[0].bold
        room = container_width(p, page_text_width) - p.ind_left - p.ind_right
        for line in metrics.wrap(p.text, room, size, bold=bold):
            widest = max(widest, metrics.text_width(line, size, bold=bold))
    return widest


def rule_length(rule: ParagraphView, page_text_width: int) -> float | None:
    """The drawn length of a rule line paragraph, or None when it cannot be told."""
    text = rule.text.strip()
    if text and set(text) <= {"_", "-", "\u2014", "\u2015", "\u2500"}:
        size = (rule.visible_runs[0].size if rule.visible_runs else None) or 12
        return metrics.text_width(text, size)
    if rule.shape_widths:
        return float(max(rule.shape_widths)) or None  # 0: a shape whose column cannot be told
    if rule.border_bottom or rule.border_top:
        return float(container_width(rule, page_text_width) - rule.ind_left - rule.ind_right)
    underlined = [r for r in rule.visible_runs if r.underline and not r.label]
    if underlined:  # the text underlined: the line is as long as the underlined words
        return sum(metrics.text_width(r.text.strip(), r.size or 12, bold=r.bold) for r in underlined)
    return None


def paragraph_height(p: ParagraphView, width: int, empty_size: float = 12) -> float:
    """The height Word gives a paragraph (twips): its lines, their spacing, space before and after;
    an empty paragraph's line at ``empty_size`` (its mark's size is not read)."""
    runs = p.visible_runs
    size = (runs[0].size if runs else empty_size) or 12
    room = max(width - p.ind_left - p.ind_right, 500)
    count = len(metrics.wrap(p.text, room, size)) if runs else 1
    natural = LINE_HEIGHT * size * 20
    if p.line is None or p.line_rule == "auto":
        line = natural * (p.line or 240) / 240
    elif p.line_rule == "exact":
        line = float(p.line)
    else:
        line = max(float(p.line), natural)
    return p.space_before + p.space_after + count * line


def runs_past_first_page(view: DocxView) -> bool | None:
    """True when the document surely has more than one page, False when surely one, None when it
    cannot be told: a page break, a section starting on a new page or a page break Word recorded
    when it last laid the file out mean more; otherwise the text is measured against the page."""
    sections = view.sections
    if any(s.start in ("nextPage", "oddPage", "evenPage") and 0 < s.first_block < len(view.blocks)
           for s in sections[1:]):
        return True
    first = sections[0] if sections else None
    height = (first.page_height or 16838) if first else 16838
    margins = first.margins if first else {}
    room = height - margins.get("top", 1134) - margins.get("bottom", 1134)
    width = (first.page_width or 11906) - margins.get("left", 1701) - margins.get("right", 1134) if first else 9071
    used = 0.0
    for block in view.blocks:
        if isinstance(block, ParagraphView):
            if block.page_breaks or block.rendered_breaks:
                return True
            used += paragraph_height(block, width)
        elif isinstance(block, TableView):
            if any(p.page_breaks or p.rendered_breaks for p in block.paragraphs()):
                return True
            for row in block.rows:
                used += max((sum(paragraph_height(p, (cell.width or width) - CELL_MARGINS) for p in cell.paragraphs)
                             for cell in row), default=0.0)
        elif isinstance(block, FrameView) and any(p.page_breaks for p in block.paragraphs):
            return True
        if used > TWO_PAGES * room:
            return True
    if used < ONE_PAGE * room:
        return False
    return None
