"""Measuring text and rule lines in a read document (twips), with the shared metrics."""
from __future__ import annotations

from bdg_docs.nd30 import metrics
from bdg_docs.reader.docx import ParagraphView

CELL_MARGINS = 216  # Word's default left + right cell margins


def container_width(p: ParagraphView, page_text_width: int) -> int:
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
    if text and set(text) == {"_"}:
        size = (rule.visible_runs[0].size if rule.visible_runs else None) or 12
        return metrics.text_width(text, size)
    if rule.shape_widths:
        return float(max(rule.shape_widths))
    if rule.border_bottom or rule.border_top:
        return float(container_width(rule, page_text_width) - rule.ind_left - rule.ind_right)
    return None
