"""Sizes the renderer reads from the template, and the rule lengths it computes from them.

The template owns the layout: page width and margins, the widths of the header table's
columns, the font sizes of the issuer, Tiêu ngữ and trích yếu. The renderer reads them once and
draws each rule line at the length ND30 sets relative to the text above it (R13, R16, R25).
"""
from __future__ import annotations

from dataclasses import dataclass

from bdg_docs.nd30 import metrics
from bdg_docs.nd30.header import TIEU_NGU
from bdg_docs.nd30.page import RULE_SHORT_TARGET


@dataclass(frozen=True)
class TextStyle:
    """A font size and weight, to measure and wrap text as Word lays it out."""

    size: float
    bold: bool = False
    italic: bool = False

    def width(self, text: str) -> float:
        return metrics.text_width(text, self.size, bold=self.bold, italic=self.italic)

    def wrap(self, text: str, width: float) -> list[str]:
        return metrics.wrap(text, width, self.size, bold=self.bold, italic=self.italic)


@dataclass(frozen=True)
class Geometry:
    """The template's measures: text widths in twips and the style of each measured element."""

    text_width: int  # page width between the margins, twips
    header_left: int  # text width inside the header table's left cell
    header_right: int  # and right cell
    co_quan: TextStyle
    tieu_ngu: TextStyle
    trich_yeu: TextStyle
    vv: TextStyle

    def indent_tieu_ngu(self) -> float:
        """Indent each side so the rule is as long as the Tiêu ngữ (R13)."""
        return (self.header_right - self.tieu_ngu.width(TIEU_NGU)) / 2

    def indent_co_quan(self, lines: list[str]) -> float:
        """Indent each side so the rule is 1/3–1/2 of the issuer's widest line (R16)."""
        # A line wider than the cell wraps in Word: measure the lines as wrapped, as the checker does.
        widest = max((self.co_quan.width(part) for line in lines for part in self.co_quan.wrap(line, self.header_left)),
                     default=0)
        return (self.header_left - widest * RULE_SHORT_TARGET) / 2

    def indent_trich_yeu(self, text: str) -> float:
        """Indent each side so the rule is 1/3–1/2 of the trích yếu's widest line (R25)."""
        lines = self.trich_yeu.wrap(text, self.text_width)
        widest = max((self.trich_yeu.width(line) for line in lines), default=0)
        return (self.text_width - widest * RULE_SHORT_TARGET) / 2
