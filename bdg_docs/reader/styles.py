"""Word's formatting properties: paragraph (``w:pPr``) and run (``w:rPr``) properties, the style
chain, and the theme fonts.

Properties are read into plain dicts of the keys below and merged in Word's order: document
defaults, the paragraph style and its ``basedOn`` ancestors, the numbering level, the character
style, then direct formatting. Numbers are read strictly: a value that is not a finite number
of a sensible size (``inf``, ``1e400``, ``Infinity``, ``-``) is ignored, as Word ignores it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"w": W, "r": R, "a": A}


@lru_cache(maxsize=None)
def q(tag: str) -> str:
    """``"w:p"`` → ``"{http://...main}p"``."""
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


# A number as OOXML writes it: digits, maybe a fraction, maybe a unit (ST_UniversalMeasure).
_MEASURE = re.compile(r"\s*([-+]?\d{1,10}(?:\.\d{1,8})?)\s*(mm|cm|in|pt|pc|pi)?\s*")
_TWIPS_PER = {"mm": 1440 / 25.4, "cm": 1440 / 2.54, "in": 1440.0, "pt": 20.0, "pc": 240.0, "pi": 240.0}
LIMIT = 10_000_000  # no length in a document is larger (twips: about 17 m)
MAX_STYLES = 10_000  # a document made in Word has a few hundred


def measure(value: str | None, *, unit_twips: float = 1.0) -> int | None:
    """A length attribute in the attribute's own unit (twips, half-points, ...), or None.

    ``unit_twips`` is the size of that unit in twips (1 for twips, 10 for half-points), used
    when the value carries a unit (``"2.5cm"``, ``"12pt"``).

    >>> measure("1440"), measure("2.54cm"), measure("12pt", unit_twips=10), measure("inf"), measure("1e400")
    (1440, 1440, 24, None, None)
    """
    if value is None or len(value) > 40:
        return None
    match = _MEASURE.fullmatch(value)
    if not match:
        return None
    number = float(match.group(1))
    if match.group(2):
        number = number * _TWIPS_PER[match.group(2)] / unit_twips
    if not -LIMIT <= number <= LIMIT:
        return None
    return int(round(number))


def on(el: etree._Element | None) -> bool | None:
    """An on/off property (``<w:b/>``, ``<w:b w:val="0"/>``); None when absent."""
    if el is None:
        return None
    return el.get(q("w:val")) not in ("0", "false", "off", "none")


def _kids(el: etree._Element) -> dict[str, etree._Element]:
    """An element's children by tag (the first of each), read in one pass: one dictionary
    lookup per property instead of a path search each."""
    out: dict[str, etree._Element] = {}
    for child in el:
        out.setdefault(child.tag, child)  # type: ignore[arg-type]
    return out


_VAL, _JC, _IND, _SPACING, _PBDR, _NUMPR, _TABS, _FRAMEPR = (q(t) for t in (
    "w:val", "w:jc", "w:ind", "w:spacing", "w:pBdr", "w:numPr", "w:tabs", "w:framePr"))
_ALIGN = {"start": "left", "end": "right", "distribute": "both", "lowKashida": "both", "mediumKashida": "both",
          "highKashida": "both", "thaiDistribute": "both"}


# ---------------------------------------------------------------------------- paragraph
def read_ppr(ppr: etree._Element | None) -> dict[str, object]:
    out: dict[str, object] = {}
    if ppr is None:
        return out
    kids = _kids(ppr)
    jc = kids.get(_JC)
    if jc is not None:
        val = jc.get(_VAL)
        out["alignment"] = _ALIGN.get(val, val)  # type: ignore[arg-type]
    ind = kids.get(_IND)
    if ind is not None:
        for attr, key in (("left", "ind_left"), ("start", "ind_left"), ("right", "ind_right"), ("end", "ind_right")):
            v = measure(ind.get(q(f"w:{attr}")))
            if v is not None:
                out[key] = v
        first, hanging = measure(ind.get(q("w:firstLine"))), measure(ind.get(q("w:hanging")))
        if first is not None:
            out["first_line"] = first
        if hanging is not None:
            out["first_line"] = -hanging
    spacing = kids.get(_SPACING)
    if spacing is not None:
        _spacing(spacing, out)
    bdr = kids.get(_PBDR)
    if bdr is not None:
        for side in ("bottom", "top"):
            el = bdr.find(q(f"w:{side}"))
            if el is not None:
                out[f"border_{side}"] = el.get(_VAL) not in (None, "nil", "none")
    num = kids.get(_NUMPR)
    if num is not None:
        ilvl, num_id = num.find(q("w:ilvl")), num.find(q("w:numId"))
        if num_id is not None and num_id.get(_VAL) is not None:
            out["num_id"] = num_id.get(_VAL)
        if ilvl is not None:
            level = measure(ilvl.get(_VAL))
            if level is not None and 0 <= level <= 8:
                out["num_level"] = level
    for tag, key in (("w:pageBreakBefore", "page_break_before"), ("w:contextualSpacing", "contextual")):
        v = on(kids.get(q(tag)))
        if v is not None:
            out[key] = v
    tabs = kids.get(_TABS)
    if tabs is not None:
        stops = [(measure(t.get(q("w:pos"))), t.get(_VAL)) for t in tabs.findall(q("w:tab"))]
        out["tabs"] = tuple(sorted(pos for pos, kind in stops if pos is not None and kind not in ("clear", "bar")))
    frame = kids.get(_FRAMEPR)
    if frame is not None and frame.get(q("w:dropCap")) in (None, "none"):  # a drop cap is no frame
        out["frame"] = _frame(frame)
    return out


def _spacing(spacing: etree._Element, out: dict[str, object]) -> None:
    for attr, key in (("before", "space_before"), ("after", "space_after")):
        v = measure(spacing.get(q(f"w:{attr}")))
        lines = measure(spacing.get(q(f"w:{attr}Lines")))  # hundredths of a line
        if on_value(spacing.get(q(f"w:{attr}Autospacing"))):
            v = 280  # Word's "Auto" spacing: 14 pt
        elif lines is not None:
            v = lines * 240 // 100
        if v is not None:
            out[key] = max(v, 0)
    line = measure(spacing.get(q("w:line")))
    if line is not None:
        out["line"] = abs(line)
    rule = spacing.get(q("w:lineRule"))
    if rule in ("auto", "exact", "atLeast"):
        out["line_rule"] = rule


def on_value(value: str | None) -> bool:
    return value is not None and value not in ("0", "false", "off")


@dataclass(frozen=True, slots=True)
class Frame:
    """A paragraph placed in a frame (``w:framePr``): where, and how wide (twips; None if unset)."""

    x: int | None
    x_align: str | None
    anchor: str | None
    width: int | None
    y: int | None


def _frame(el: etree._Element) -> Frame:
    return Frame(measure(el.get(q("w:x"))), el.get(q("w:xAlign")), el.get(q("w:hAnchor")),
                 measure(el.get(q("w:w"))), measure(el.get(q("w:y"))))


# ---------------------------------------------------------------------------------- run
_ON_OFF = tuple((q(tag), key) for tag, key in (("w:b", "bold"), ("w:i", "italic"), ("w:caps", "caps"),
                                                ("w:smallCaps", "small_caps"), ("w:vanish", "hidden"),
                                                ("w:webHidden", "hidden")))
_SZ, _RFONTS, _COLOR, _U, _VERTALIGN, _RSTYLE = (q(t) for t in (
    "w:sz", "w:rFonts", "w:color", "w:u", "w:vertAlign", "w:rStyle"))
_FONT_SLOTS = tuple((q(f"w:{slot}"), q(f"w:{slot}Theme"), f"font_{slot}") for slot in ("ascii", "hAnsi", "cs"))


def read_rpr(rpr: etree._Element | None, theme: dict[str, str]) -> dict[str, object]:
    out: dict[str, object] = {}
    if rpr is None:
        return out
    kids = _kids(rpr)
    for tag, key in _ON_OFF:
        v = on(kids.get(tag))
        if v is not None:
            out[key] = v
    sz = kids.get(_SZ)
    if sz is not None:
        half_points = measure(sz.get(_VAL), unit_twips=10)
        if half_points is not None and 0 < half_points <= 3276:
            out["size"] = half_points / 2
    fonts = kids.get(_RFONTS)
    if fonts is not None:
        for attr, theme_attr, key in _FONT_SLOTS:
            name = fonts.get(attr)
            theme_ref = fonts.get(theme_attr)
            if theme_ref:
                name = theme.get(theme_ref, None if theme_ref.endswith("Bidi") else theme_ref)
            if name:
                out[key] = font_family(name)
    color = kids.get(_COLOR)
    if color is not None and color.get(_VAL):
        out["color"] = color.get(_VAL)
    u = kids.get(_U)
    if u is not None:
        out["underline"] = u.get(_VAL) not in (None, "none")
    va = kids.get(_VERTALIGN)
    if va is not None:
        out["superscript"] = va.get(_VAL) == "superscript"
    rstyle = kids.get(_RSTYLE)
    if rstyle is not None:
        out["rstyle"] = rstyle.get(_VAL)
    return out


def font_family(name: str) -> str:
    """The font a name stands for: LibreOffice writes a page's CSS list of families
    (``Times New Roman;serif``) as one name, and the first family is the one shown."""
    return name.split(";", 1)[0].strip() or name


def theme_fonts(root: etree._Element | None) -> dict[str, str]:
    """The theme's major and minor Latin fonts, by the names rFonts uses (``minorHAnsi`` ...)."""
    out: dict[str, str] = {}
    if root is None:
        return out
    for kind in ("major", "minor"):
        latin = root.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
        if latin is not None and latin.get("typeface"):
            out[f"{kind}HAnsi"] = out[f"{kind}Ascii"] = latin.get("typeface")  # type: ignore[assignment]
        cs = root.find(f".//{{{A}}}{kind}Font/{{{A}}}cs")  # the complex-script face, often left empty
        if cs is not None and cs.get("typeface"):
            out[f"{kind}Bidi"] = cs.get("typeface")  # type: ignore[assignment]
    return out


# ------------------------------------------------------------------------------- styles
@dataclass
class Style:
    id: str
    name: str | None
    type: str
    based_on: str | None
    ppr: dict[str, object]
    rpr: dict[str, object]


class Styles:
    """The styles part: each style's own properties and the chains they inherit from."""

    def __init__(self, root: etree._Element | None, theme: dict[str, str]):
        self.styles: dict[str, Style] = {}
        self.default_ppr: dict[str, object] = {}
        self.default_rpr: dict[str, object] = {}
        self.default_paragraph: str | None = None
        self._paragraph: dict[str | None, tuple[dict[str, object], dict[str, object]]] = {}
        self._character: dict[str | None, dict[str, object]] = {}
        if root is None:
            return
        defaults = root.find(q("w:docDefaults"))
        if defaults is not None:
            self.default_ppr = read_ppr(defaults.find(f"{q('w:pPrDefault')}/{q('w:pPr')}"))
            self.default_rpr = read_rpr(defaults.find(f"{q('w:rPrDefault')}/{q('w:rPr')}"), theme)
        found = root.findall(q("w:style"))
        if len(found) > MAX_STYLES:
            from bdg_docs.reader.package import too_many

            raise too_many("kiểu định dạng (style)", MAX_STYLES)
        for el in found:
            sid = el.get(q("w:styleId"))
            if not sid:
                continue
            name_el, based_el = el.find(q("w:name")), el.find(q("w:basedOn"))
            style = Style(
                id=sid,
                name=name_el.get(q("w:val")) if name_el is not None else None,
                type=el.get(q("w:type")) or "paragraph",
                based_on=based_el.get(q("w:val")) if based_el is not None else None,
                ppr=read_ppr(el.find(q("w:pPr"))),
                rpr=read_rpr(el.find(q("w:rPr")), theme),
            )
            if style.type == "table":
                borders = el.find(f"{q('w:tblPr')}/{q('w:tblBorders')}")
                if borders is not None:
                    style.ppr["borders"] = any(b.get(q("w:val")) not in (None, "nil", "none") for b in borders)
            self.styles[sid] = style
            if style.type == "paragraph" and el.get(q("w:default")) in ("1", "true", "on"):
                self.default_paragraph = sid

    def chain(self, sid: str | None) -> list[Style]:
        """The style and its ancestors, most basic first (a cycle is cut where it closes)."""
        out: list[Style] = []
        seen: set[str] = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            out.append(self.styles[sid])
            sid = self.styles[sid].based_on
        return list(reversed(out))

    def _up_to_known(self, sid: str | None, known: dict) -> tuple[list[Style], str | None]:  # type: ignore[type-arg]
        """The styles from ``sid`` up its ``basedOn`` chain, stopping at one already in ``known``
        (returned as the second value), at the root, or where a cycle closes; nearest last."""
        out: list[Style] = []
        seen: set[str] = set()
        while sid and sid in self.styles and sid not in seen and sid not in known:
            seen.add(sid)
            out.append(self.styles[sid])
            sid = self.styles[sid].based_on
        return list(reversed(out)), sid if sid in known else None

    def paragraph(self, sid: str | None) -> tuple[dict[str, object], dict[str, object]]:
        """Paragraph and run properties of a paragraph style, defaults included. Each style is
        resolved once, from its parent's result: a long ``basedOn`` chain costs its length once."""
        key = sid or self.default_paragraph
        if key not in self._paragraph:
            chain, known = self._up_to_known(key, self._paragraph)
            ppr, rpr = (dict(d) for d in self._paragraph[known]) if known is not None else \
                (dict(self.default_ppr), dict(self.default_rpr))
            for style in chain:
                ppr.update(style.ppr)
                rpr.update(style.rpr)
                self._paragraph[style.id] = (dict(ppr), dict(rpr))
            self._paragraph[key] = (ppr, rpr)
        return self._paragraph[key]

    def character(self, sid: str | None) -> dict[str, object]:
        if sid not in self._character:
            chain, known = self._up_to_known(sid, self._character)
            rpr: dict[str, object] = dict(self._character[known]) if known is not None else {}
            for style in chain:
                rpr.update(style.rpr)
                self._character[style.id] = dict(rpr)
            self._character[sid] = rpr
        return self._character[sid]

    def name(self, sid: str | None) -> str | None:
        style = self.styles.get(sid or "")
        return style.name if style else None
