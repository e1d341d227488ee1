"""Corpus documents written as a web page and turned into .docx by LibreOffice (its HTML import,
then its Word export): styles, spacing and tables as LibreOffice makes them, not as Word does."""
from __future__ import annotations

from html import escape

import sys
from pathlib import Path

from tools.word_corpus.content import Doc

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bdg_docs.nd30 import metrics  # noqa: E402

_P = "margin:0"


def _p(text: str, *, size: float = 14, bold: bool = False, italic: bool = False, align: str = "center",
       style: str = "") -> str:
    inner = escape(text)
    if bold:
        inner = f"<b>{inner}</b>"
    if italic:
        inner = f"<i>{inner}</i>"
    return f'<p style="{_P};text-align:{align};font-size:{size:g}pt;{style}">{inner}</p>'


def _rule(text: str, size: float, share: float) -> str:
    """Underscores as long as ``share`` of the text above them (measured, as a careful typist would)."""
    count = max(int(metrics.text_width(text, size, bold=True) * share / metrics.text_width("_", size)), 3)
    return _p("_" * count, size=size)


def build(doc: Doc) -> str:
    """The document as HTML (A4, margins 20/20/30/20 mm, Times New Roman)."""
    rule = _rule(max(doc.co_quan, key=len), 13, 0.4)
    left = "".join(_p(x, size=13) for x in doc.chu_quan) + "".join(_p(x, size=13, bold=True) for x in doc.co_quan)
    left += rule + _p(doc.so or "", size=13, style="margin-top:6pt") + "".join(_p(v, size=12, style="margin-top:6pt") for v in doc.vv)
    right = _p(doc.quoc_hieu, size=12, bold=True) + _p(doc.tieu_ngu, size=13, bold=True) + _rule(doc.tieu_ngu, 13, 1.0)
    if doc.ngay:
        right += _p(doc.ngay, italic=True, style="margin-top:6pt")
    parts = [f'<table style="width:16cm;border-collapse:collapse"><col width="240"/><col width="365"/><tr>'
             f'<td style="width:6.4cm;vertical-align:top">{left}</td>'
             f'<td style="width:9.6cm;vertical-align:top">{right}</td></tr></table>']
    for name in doc.type_names:
        parts.append(_p(name, bold=True, style="margin-top:12pt"))
    for t in doc.trich_yeu:
        parts.append(_p(t, bold=True))
    if doc.type_names:
        parts.append(_rule(doc.trich_yeu[0] if doc.trich_yeu else doc.type_names[0], 14, 0.4))
    if len(doc.kinh_gui) == 1:
        parts.append(_p(f"Kính gửi: {doc.kinh_gui[0]}", style="margin-top:12pt"))
    elif doc.kinh_gui:
        parts.append(_p("Kính gửi:", align="left", style="margin-top:12pt;margin-left:3.5cm"))
        for i, x in enumerate(doc.kinh_gui):
            end = "." if i == len(doc.kinh_gui) - 1 else ";"
            parts.append(_p(f"- {x}{end}", align="left", style="margin-left:5.25cm"))
    body = "text-indent:1cm;margin-top:6pt;line-height:115%"
    for c in doc.can_cu:
        parts.append(_p(c, italic=True, align="justify", style=body))
    if doc.quyet_nghi:
        parts.append(_p(doc.quyet_nghi, bold=True, style="margin-top:6pt"))
    for role, text in doc.body:
        bold = role == "muc_la_ma" or (role == "khoan" and not text.endswith("."))
        if role in ("chuong", "tieu_de"):
            parts.append(_p(text, bold=True, style="margin-top:6pt"))
        else:
            parts.append(_p(text, bold=bold, align="justify", style=body))
    nn = _p("Nơi nhận:", size=12, bold=True, italic=True, align="left") + "".join(
        _p(x, size=11, align="left") for x in doc.noi_nhan)
    sig = "".join(_p(t, bold=True) for t in doc.titles) + "<p>&nbsp;</p>" * 3 + _p(doc.name, bold=True)
    parts.append(f'<table style="width:100%;border-collapse:collapse;margin-top:12pt"><tr>'
                 f'<td style="width:45%;vertical-align:top">{nn}</td><td style="width:55%;vertical-align:top">{sig}</td></tr></table>')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: 21cm 29.7cm; margin: 2cm 2cm 2cm 3cm; } '
            "body { font-family: 'Times New Roman'; font-size: 14pt; } td p { margin: 0; }</style></head><body>"
            + "".join(parts) + "</body></html>")
