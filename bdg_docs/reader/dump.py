"""A readable dump of a .docx layout: one line per paragraph, tables cell by cell.

Snapshot tests hold this text (never zip bytes), so a change in layout shows as a readable diff:

    đoạn 3 | BDGThan | both ind 0/0/567 sp 120/0 line 240auto | 14: "- Tập trung huy động..."
"""
from __future__ import annotations

from itertools import groupby

from bdg_docs.reader.docx import DocxView, FrameView, ParagraphView, RunView, SectionView, read


def _runs(runs: list[RunView]) -> str:
    out = []
    key = lambda r: (r.size, r.bold, r.italic, r.footnote, r.superscript)  # noqa: E731
    for (size, bold, italic, footnote, sup), group in groupby(runs, key=key):
        if footnote is not None:
            out.append(f"[^{footnote}]")
            continue
        text = "".join(r.text for r in group)
        if not text:
            continue
        marks = ("B" if bold else "") + ("I" if italic else "") + ("^" if sup else "")
        size_text = f"{size:g}" if size else "?"
        out.append(f"{size_text}{marks}:{text!r}")
    return " ".join(out) if out else "(trống)"


def paragraph_line(p: ParagraphView) -> str:
    border = (" kẻ-dưới" if p.border_bottom else "") + (" kẻ-trên" if p.border_top else "")
    line = f"{p.line}{p.line_rule}" if p.line is not None else "-"
    return (f"{p.location} | {p.style_id} | {p.alignment} ind {p.ind_left}/{p.ind_right}/{p.first_line} "
            f"sp {p.space_before}/{p.space_after} line {line}{border} | {_runs(p.runs)}")


def _section(i: int, s: SectionView) -> list[str]:
    m = s.margins
    lines = [f"mục {i}: trang {s.page_width}x{s.page_height} {s.orientation}; lề trên {m.get('top')} "
             f"dưới {m.get('bottom')} trái {m.get('left')} phải {m.get('right')}; trang đầu riêng: {s.title_page}"
             + (f"; đánh số trang từ {s.page_start}" if s.page_start is not None else "")]
    for kind in sorted(s.headers):
        for p in s.headers[kind]:
            field = next((r.field.strip() for r in p.runs if r.field), None)
            lines.append(f"  {paragraph_line(p)}" + (f" [trường {field}]" if field else ""))
    return lines


def dump(view: DocxView) -> str:
    lines: list[str] = []
    for block in view.blocks:
        if isinstance(block, ParagraphView):
            lines.append(paragraph_line(block))
        elif isinstance(block, FrameView):
            kind = "khung chữ" if block.kind == "text_box" else "khung (frame)"
            where = f"x {block.x}" if block.x is not None else f"căn {block.align}"
            lines.append(f"{kind} {block.index} ({where}; rộng {block.width})")
            lines.extend(f"  {paragraph_line(p)}" for p in block.paragraphs)
        else:
            kind = "không viền" if block.borderless else "có viền"
            repeat = f"; lặp {block.header_rows} hàng tiêu đề mỗi trang" if block.header_rows else ""
            lines.append(f"bảng {block.index} ({kind}; cột {'/'.join(map(str, block.grid))}{repeat})")
            for _, _, cell in block.cells():
                for p in cell.paragraphs:
                    lines.append(f"  {paragraph_line(p)}")
    for i, section in enumerate(view.sections, start=1):
        lines.extend(_section(i, section))
    for fid, paragraphs in sorted(view.footnotes.items()):
        for p in paragraphs:
            lines.append(paragraph_line(p))
    return "\n".join(lines) + "\n"


def dump_docx(source: bytes | str) -> str:
    return dump(read(source))
