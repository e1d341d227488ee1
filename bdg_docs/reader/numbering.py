"""Word's automatic numbering (``numbering.xml``): the label each numbered paragraph shows.

A paragraph with ``w:numPr`` (directly or from its style) shows a label Word computes: ``1.``,
``a)``, ``II.``, ``-``. The label is not in the paragraph's text, so it is computed here the way
Word does, in document order: each list keeps one counter per level; using a level resets the
deeper ones (unless ``w:lvlRestart`` says otherwise); lists that share a definition continue
each other's numbering; a list that overrides a level's start restarts it when first used.

Word has no Vietnamese letter sequence: ``lowerLetter`` counts a, b, c, d, e, f, ... whatever the
language, which the checker then reports against rule R33 (a, b, c, d, đ, e, g, ...).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from bdg_docs.reader.styles import measure, on, q, read_ppr, read_rpr

MAX_COUNT = 100_000  # a counter beyond this is shown as it is, not spelled in letters or roman numerals
MAX_LETTERS = 10  # "aaaaaaaaaa)" (item 260): a longer run of letters is shown as a number
MAX_LABEL = 100  # characters of a label; a longer level text is cut
# Bullet characters of the Symbol and Wingdings fonts (private use area) shown as what they look like.
_SYMBOL_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf0a8": "◦", "\uf076": "❖",
                   "\uf02d": "-", "\uf0be": "—"}


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this level (1-based); 0 never; None after any
    legal: bool = False  # w:isLgl: show every level's number in decimal
    suffix: str = "tab"
    ppr: dict[str, object] = field(default_factory=dict)
    rpr: dict[str, object] = field(default_factory=dict)


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int]  # level → start override
    levels: dict[int, Level]  # level → replaced definition (w:lvlOverride/w:lvl)


@dataclass(frozen=True, slots=True)
class Label:
    """What Word shows before a numbered paragraph, and the formatting its level adds."""

    text: str  # "1.", "a)", "•"
    ppr: dict[str, object]
    rpr: dict[str, object]
    bullet: bool


class Numbering:
    """Numbering definitions and the counters of one pass over a document, in order."""

    def __init__(self, root: etree._Element | None, theme: dict[str, str], styles_numbering: dict[str, str]):
        self._abstract: dict[str, dict[int, Level]] = {}
        self._abstract_link: dict[str, str] = {}  # abstract → numbering style it takes its levels from
        self._nums: dict[str, _Num] = {}
        self._counters: dict[str, dict[int, int]] = {}  # abstract definition → level → counter
        self._restarted: set[tuple[str, int]] = set()
        self._styles_numbering = styles_numbering  # numbering style id → its numId
        if root is None:
            return
        for el in root.findall(q("w:abstractNum")):
            aid = el.get(q("w:abstractNumId"))
            if aid is None:
                continue
            self._abstract[aid] = {lvl: level for lvl, level in (_level(l, theme) for l in el.findall(q("w:lvl")))
                                   if lvl is not None}
            link = el.find(q("w:numStyleLink"))
            if link is not None and link.get(q("w:val")):
                self._abstract_link[aid] = link.get(q("w:val"))  # type: ignore[assignment]
        for el in root.findall(q("w:num")):
            nid, abstract = el.get(q("w:numId")), el.find(q("w:abstractNumId"))
            if nid is None or abstract is None or abstract.get(q("w:val")) is None:
                continue
            starts: dict[int, int] = {}
            levels: dict[int, Level] = {}
            for override in el.findall(q("w:lvlOverride")):
                lvl = measure(override.get(q("w:ilvl")))
                if lvl is None or not 0 <= lvl <= 8:
                    continue
                start = override.find(q("w:startOverride"))
                if start is not None and measure(start.get(q("w:val"))) is not None:
                    starts[lvl] = measure(start.get(q("w:val")))  # type: ignore[assignment]
                redefined = override.find(q("w:lvl"))
                if redefined is not None:
                    levels[lvl] = _level(redefined, theme)[1]
            self._nums[nid] = _Num(abstract.get(q("w:val")), starts, levels)  # type: ignore[arg-type]

    def _levels(self, num: _Num) -> dict[int, Level]:
        levels = self._abstract.get(num.abstract, {})
        link = self._abstract_link.get(num.abstract)
        if not levels and link:  # the definition lives in a numbering style
            linked = self._nums.get(self._styles_numbering.get(link, ""))
            if linked is not None and linked is not num:
                levels = self._abstract.get(linked.abstract, {})
        return {**levels, **num.levels}

    def label(self, num_id: str | None, level: int) -> Label | None:
        """Advance the counters for one numbered paragraph and return its label (None if none)."""
        num = self._nums.get(num_id or "")
        if num is None or num_id == "0":
            return None
        levels = self._levels(num)
        definition = levels.get(level)
        if definition is None:
            return None
        # Lists sharing a definition share their counters; a list that overrides the start of a
        # level restarts it the first time that list is used (as Word and LibreOffice do).
        counters = self._counters.setdefault(num.abstract, {})
        if level in num.starts and (num_id, level) not in self._restarted:
            self._restarted.add((num_id, level))  # type: ignore[arg-type]
            counters[level] = num.starts[level]
        elif level in counters:
            counters[level] += 1
        else:
            counters[level] = definition.start
        for deeper in [k for k in counters if k > level]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart > 0 and level <= restart - 1):
                del counters[deeper]
        if definition.rpr.get("hidden"):
            return None
        text = _render(definition, levels, counters)
        return Label(text, definition.ppr, definition.rpr, definition.fmt == "bullet")


def _level(el: etree._Element, theme: dict[str, str]) -> tuple[int | None, Level]:
    lvl = measure(el.get(q("w:ilvl")))
    level = Level()
    start = el.find(q("w:start"))
    if start is not None and measure(start.get(q("w:val"))) is not None:
        level.start = measure(start.get(q("w:val")))  # type: ignore[assignment]
    fmt, text, restart, suffix = (el.find(q(t)) for t in ("w:numFmt", "w:lvlText", "w:lvlRestart", "w:suff"))
    if fmt is not None and fmt.get(q("w:val")):
        level.fmt = fmt.get(q("w:val"))  # type: ignore[assignment]
    if text is not None:
        level.text = text.get(q("w:val")) or ""
    if restart is not None:
        level.restart = measure(restart.get(q("w:val")))
    if suffix is not None and suffix.get(q("w:val")):
        level.suffix = suffix.get(q("w:val"))  # type: ignore[assignment]
    level.legal = bool(on(el.find(q("w:isLgl"))))
    level.ppr = read_ppr(el.find(q("w:pPr")))
    level.rpr = read_rpr(el.find(q("w:rPr")), theme)
    return (lvl if lvl is not None and 0 <= lvl <= 8 else None), level


def _render(definition: Level, levels: dict[int, Level], counters: dict[int, int]) -> str:
    if definition.fmt == "bullet":
        return "".join(_SYMBOL_BULLETS.get(ch, "•" if "\uf000" <= ch <= "\uf8ff" else ch) for ch in definition.text)
    if definition.fmt == "none":
        return ""
    out = []
    text = definition.text[:MAX_LABEL]
    i = 0
    while i < len(text):  # "%1.%2)": each %n is the counter of level n-1
        ch = text[i]
        if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            n = int(text[i + 1]) - 1
            fmt = "decimal" if definition.legal else levels.get(n, Level()).fmt
            out.append(format_number(counters.get(n, levels.get(n, Level()).start), fmt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)[:MAX_LABEL]


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats.

    >>> [format_number(n, f) for n, f in [(4, "upperRoman"), (5, "lowerLetter"), (27, "lowerLetter"), (3, "decimalZero")]]
    ['IV', 'e', 'aa', '03']
    """
    if n < 1 or n > MAX_COUNT:
        return str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        if (n - 1) // 26 + 1 > MAX_LETTERS:
            return str(n)
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        out = []
        for value, letters in _ROMAN:
            count, n = divmod(n, value)
            out.append(letters * count)
        text = "".join(out)
        return text.upper() if fmt == "upperRoman" else text
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)
