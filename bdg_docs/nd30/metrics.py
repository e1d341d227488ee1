"""Text widths in Times New Roman, from the advance widths of Liberation Serif.

Used to draw the rule lines at the lengths ND30 sets (R13, R16, R25) and to tell whether a
``V/v`` fits its column (R26); the checker measures with the same table. Widths are in twips
(1/20 pt). Characters missing from the table count as a capital M, so estimates err long.

>>> round(text_width("Độc lập - Tự do - Hạnh phúc", 13, bold=True))
3183
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> tuple[int, dict[str, dict[str, int]]]:
    data = json.loads(resources.files("bdg_docs.nd30").joinpath("metrics.json").read_text("utf-8"))
    upm = data["units_per_em"]
    widths = {style: dict(zip(data["chars"], values)) for style, values in data["widths"].items()}
    return upm, widths


def _style(bold: bool, italic: bool) -> str:
    return {(False, False): "regular", (True, False): "bold",
            (False, True): "italic", (True, True): "bold_italic"}[(bold, italic)]


def text_width(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    """Width of one line of text, in twips."""
    upm, widths = _table()
    table = widths[_style(bold, italic)]
    fallback = table["M"]
    units = sum(table.get(ch, fallback) for ch in text)
    return units / upm * size_pt * 20


def wrap(text: str, width_twips: float, size_pt: float, *, bold: bool = False, italic: bool = False) -> list[str]:
    """Break text into lines the way a word processor would (greedy, at spaces; a word longer
    than a line is broken between characters, as Word does). Linear in the length of the text.

    >>> lines = wrap("x" * 200, 5000, 13)
    >>> len(lines), "".join(lines) == "x" * 200, max(text_width(line, 13) for line in lines) <= 5000
    (6, True, True)
    """
    upm, widths = _table()
    table = widths[_style(bold, italic)]
    fallback = table["M"]
    limit = width_twips * upm / (size_pt * 20)  # the line's width in font units
    space = table.get(" ", fallback)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current, used = "", 0
        for word in _BREAKS.split(paragraph.strip()):
            if not word:
                continue
            units = sum(table.get(ch, fallback) for ch in word)
            if current and used + space + units > limit:
                lines.append(current)
                current, used = word, units
            elif current:
                current, used = f"{current} {word}", used + space + units
            else:
                current, used = word, units
            if used > limit and len(current) > 1:  # a word wider than the line: cut it between characters
                current, used = _cut(current, limit, table, fallback, lines)
        lines.append(current)
    return lines


# Where a line may break: white space, but not the no-break spaces (U+00A0, U+2007, U+202F).
_BREAKS = re.compile(r"[^\S\u00a0\u2007\u202f]+")


def _cut(text: str, limit: float, table: dict[str, int], fallback: int, lines: list[str]) -> tuple[str, int]:
    """Emit the full lines of an over-long piece (at least one character each); return the rest."""
    start, used = 0, 0
    for i, ch in enumerate(text):
        w = table.get(ch, fallback)
        if used + w > limit and i > start:
            lines.append(text[start:i])
            start, used = i, 0
        used += w
    return text[start:], used
