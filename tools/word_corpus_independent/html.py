"""Documents written as a web page (HTML with CSS) and made .docx by LibreOffice, as offices do when
they copy a document out of a web portal or an e-mail and save it from Writer."""
from __future__ import annotations

from html import escape

from .build import Builder
from .metrics import underscores_for, width_pt


def css_run(text: str, size=None, bold=False, italic=False, underline=False) -> str:
    style = []
    if size:
        style.append(f"font-size:{size}pt")
    out = escape(text)
    if bold:
        out = f"<b>{out}</b>"
    if italic:
        out = f"<i>{out}</i>"
    if underline:
        out = f"<u>{out}</u>"
    return f'<span style="{";".join(style)}">{out}</span>' if style else out


def page(b: Builder) -> str:
    """The whole document as HTML; `b` supplies the words and declares the planted defects."""
    look, t, iss = b.look, b.text, b.iss
    top, bottom, left, right = look.margins
    mm = lambda tw: f"{tw / 56.7:.1f}mm"  # noqa: E731
    sz = b.sz
    parts = [f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(t.type_name or 'Công văn')}</title><style>
@page {{ size: 210mm 297mm; margin: {mm(top)} {mm(right)} {mm(bottom)} {mm(left)}; }}
body {{ font-family: "Times New Roman", serif; font-size: {look.body_size}pt; }}
p {{ margin-top: 0; margin-bottom: 0; }}
p.nd {{ text-align: justify; text-indent: {look.first_line / 567:.2f}cm; margin-top: 6pt; line-height: 115%; }}
td {{ vertical-align: top; }}
</style></head><body>"""]
    left_items, right_items = b.header_items()
    so = b.so_item()
    ngay = b.ngay_item()
    vv = b.vv_items()
    b.declare("R49", None, "header_html_table") if not 0.35 <= look.left_frac <= 0.45 else None

    def cell(items):
        out = []
        for it in items:
            if it[0] in ("text", "vv"):
                _, texts, fmt, role = it
                for i, tx in enumerate(texts):
                    top_gap = "margin-top:6pt;" if it[0] == "vv" and i == 0 else ""
                    out.append(f'<p style="text-align:center;{top_gap}">'
                               + css_run(tx, fmt.get("size"), fmt.get("bold"), fmt.get("italic"), fmt.get("underline")) + "</p>")
            elif it[0] == "rule":
                n = underscores_for(it[1], it[2], True)
                out.append('<p style="text-align:center;line-height:100%">' + css_run("_" * n, it[2], True) + "</p>")
        return "".join(out)
    lw = int(look.left_frac * 100)
    parts.append(f'<table width="100%" cellpadding="0" cellspacing="0" style="border:none">'
                 f'<tr><td width="{lw}%" valign="top">{cell(left_items)}</td><td width="{100 - lw}%" valign="top">{cell(right_items)}</td></tr>'
                 f'<tr><td valign="top">{cell([so] + vv)}</td><td valign="top">{cell([ngay])}</td></tr></table>')
    if t.type_name:
        tl_fmt, ty_fmt, lines = b.title_parts()
        parts.append('<p style="text-align:center;margin-top:12pt">' + css_run(t.type_name, tl_fmt["size"], tl_fmt["bold"]) + "</p>")
        for x in lines:
            parts.append('<p style="text-align:center">' + css_run(x, ty_fmt["size"], ty_fmt["bold"]) + "</p>")
        widest = max(width_pt(x, sz["ty"], True) for x in t.trich_yeu)
        parts.append('<p style="text-align:center">' + css_run("_" * underscores_for(widest * 0.4, sz["ty"], True), sz["ty"], True) + "</p>")
    if t.kinh_gui:
        if len(t.kinh_gui) == 1:
            parts.append(f'<p style="text-align:center;margin-top:6pt">Kính gửi: {escape(t.kinh_gui[0])}.</p>')
        else:
            parts.append('<p style="margin-left:3.5cm;margin-top:6pt">Kính gửi:</p>')
            for i, x in enumerate(t.kinh_gui):
                end = "." if i == len(t.kinh_gui) - 1 else ";"
                parts.append(f'<p style="margin-left:5.2cm">- {escape(x)}{end}</p>')
    for kind, label, text in t.body:
        shown = f"{label} {text}" if label and kind not in ("p", "line", "chuong") else text
        if kind in ("h1", "h2"):
            parts.append(f'<p class="nd"><b>{escape(shown)}</b></p>')
        elif kind == "dash":
            parts.append(f'<p class="nd">- {escape(text)}</p>')
        else:
            parts.append(f'<p class="nd">{escape(shown)}</p>')
    items = b.noi_nhan_lines()
    head, item_fmt, label = b.nn_formats()
    lines, name, tf, nf = b.sig_lines()
    nn = css_run(label, head["size"], head["bold"], head["italic"]) + "".join(
        "<br/>" + css_run(x, item_fmt["size"]) for x in items)
    sig = "<br/>".join(css_run(x, tf["size"], tf["bold"]) for x in lines) + "<br/><br/><br/><br/>" + css_run(name, nf["size"], nf["bold"])
    parts.append(f'<p></p><table width="100%" cellpadding="0" cellspacing="0" style="border:none"><tr>'
                 f'<td width="45%" valign="top"><p>{nn}</p></td><td width="55%" valign="top"><p style="text-align:center">{sig}</p></td></tr></table>')
    parts.append("</body></html>")
    return "".join(parts)
