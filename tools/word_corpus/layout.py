"""Laying a corpus document out the ways offices do it in Word.

A :class:`Look` says how: the header as a table (one or two rows, or two tables), as paragraphs
placed by tabs or by indents, in text boxes or in frames, its lines split by paragraphs or by
Shift+Enter; rule lines as borders, shapes, VML lines or underscores; the signature in a table
(one row, or one row per line), after tabs beside Nơi nhận, indented, or aligned right; manual or
automatic numbering; fonts set in the defaults or on every run; sizes, spacing and margins within
what Nghị định 30 allows. ``fmt`` and ``para`` hold the overrides the defects plant.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tools.word_corpus.content import Doc
from tools.word_corpus.ooxml import (Fmt, Ids, Numbering, Package, Para, cell, frame, line_shape, page_field, para,
                                     run, section, table, text_box)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bdg_docs.nd30 import metrics  # noqa: E402

FONT = "Times New Roman"


@dataclass
class Look:
    header: str = "table"  # table, table1, table2, tabs, stacked, boxes, boxes_vml, frames
    header_breaks: bool = False
    rules: str = "border"  # border, shape, underscore, vml
    signature: str = "table"  # table, rows, tabs, indent, right
    sig_breaks: bool = False
    numbering: str = "manual"  # manual, auto
    fonts: str = "style"  # style, direct
    qh_size: float = 12
    tn_size: float = 13
    head_size: float = 13  # issuer lines
    date_size: float = 14
    type_size: float = 14
    body_size: float = 14
    sig_size: float = 14
    before: int = 120
    after: int = 0
    line: int = 240
    line_rule: str = "auto"
    first_line: int = 567
    margins: tuple[int, int, int, int] = (1134, 1134, 1701, 1134)  # top, bottom, left, right
    page: tuple[int, int] = (11906, 16838)
    landscape: bool = False
    page_number: str = "field"  # simple, field, no_result, none, footer
    title_page: bool = True
    table_borders: bool = False
    header_grid: tuple[int, int] = (3700, 5371)
    stacked_right_first: bool = False
    fmt: dict[str, dict] = field(default_factory=dict)  # element → Fmt fields to override
    para: dict[str, dict] = field(default_factory=dict)  # element → Para fields to override
    no_rule: set[str] = field(default_factory=set)  # tieu_ngu, co_quan, trich_yeu
    rule_factor: dict[str, float] = field(default_factory=dict)
    text: dict[str, str] = field(default_factory=dict)  # element → replacement text (whole line)
    # Word's habits that change nothing on the page: runs split for revision marks, proofing and
    # bookmark marks between them, the header in a content control, tracked changes, hyperlinks,
    # a data table and a footnote in the body, a picture in the signature, "(Đã ký)", a draft's
    # blank number and date, sub-items "1.1.", a wide table in a landscape section.
    quirks: set[str] = field(default_factory=set)

    @property
    def width(self) -> int:
        w = self.page[1] if self.landscape else self.page[0]
        return w - self.margins[2] - self.margins[3]


class Layout:
    def __init__(self, doc: Doc, look: Look):
        self.doc, self.look = doc, look
        self.ids = Ids()
        self.body: list[str] = []
        self.numbering = Numbering()
        self.nums: dict[str, int] = {}
        self.lists: list[str] = []  # extra w:num elements (restarted lists)
        self.next_num = 10

    # -- formatting helpers ------------------------------------------------------------------
    def f(self, element: str, **base) -> Fmt:  # type: ignore[no-untyped-def]
        if self.look.fonts == "direct":
            base.setdefault("font", FONT)
        base.update(self.look.fmt.get(element, {}))
        return Fmt(**base)

    def p(self, element: str, **base) -> Para:  # type: ignore[no-untyped-def]
        base.update(self.look.para.get(element, {}))
        return Para(**base)

    def line(self, element: str, text: str, fmt: Fmt, props: Para | None = None) -> str:
        return para(self.look.text.get(element, text), props or Para(), fmt)

    # -- rule lines --------------------------------------------------------------------------
    def rule(self, element: str, above: str, size: float, bold: bool, column: int, *, factor: float) -> list[str]:
        """A rule under ``above`` in a column ``column`` twips wide, drawn the Look's way."""
        if element in self.look.no_rule:
            return []
        factor = self.look.rule_factor.get(element, factor)
        widest = max(metrics.text_width(line, size, bold=bold)  # as Word wraps it in its column
                     for part in above.split("\n") for line in metrics.wrap(part, column - 216, size, bold=bold))
        length = int(widest * factor)
        how = self.look.rules
        if how == "border":
            side = max((column - 216 - length) // 2, 0)
            return [para("", Para(jc="center", left=side, right=side, border_bottom=True, line=60, rule="exact"))]
        if how in ("shape", "vml"):
            x = max((column - 216 - length) // 2, 0)
            return [para([line_shape(length, x, self.ids, vml=how == "vml")], Para(jc="center", line=120, rule="exact"))]
        count = max(int(length / metrics.text_width("_", size)), 3)
        return [para("_" * count, Para(jc="center"), self.f("rule", sz=size))]

    # -- header ------------------------------------------------------------------------------
    def left_column(self, column: int) -> list[str]:
        d, k = self.doc, self.look
        out: list[str] = []
        issuer = [*d.chu_quan, *d.co_quan]
        if k.header_breaks and len(issuer) > 1:
            runs = [run(d.chu_quan[0], self.f("chu_quan", sz=k.head_size)) + "<w:r><w:br/></w:r>" if d.chu_quan else ""]
            runs.append(run("\n".join(d.co_quan), self.f("co_quan", sz=k.head_size, b=True)))
            out.append(para(runs, self.p("co_quan", jc="center")))
        else:
            out += [self.line("chu_quan", x, self.f("chu_quan", sz=k.head_size), self.p("chu_quan", jc="center")) for x in d.chu_quan]
            out += [self.line("co_quan", x, self.f("co_quan", sz=k.head_size, b=True), self.p("co_quan", jc="center"))
                    for x in d.co_quan]
        out += self.rule("co_quan", max(d.co_quan, key=len) if d.co_quan else "X", k.head_size, True, column, factor=0.4)
        out += self.so_block()
        return out

    def so_block(self) -> list[str]:
        d = self.doc
        out = []
        if d.so:
            out.append(self.line("so", d.so, self.f("so", sz=13), self.p("so", jc="center", before=120)))
        if d.vv:
            out.append(self.line("vv", "\n".join(d.vv), self.f("vv", sz=12), self.p("vv", jc="center", before=120)))
        out += [self.line("mark", m, self.f("mark", sz=13, b=True), self.p("mark", jc="center", before=120)) for m in d.marks]
        return out

    def right_column(self, column: int, with_date: bool = True) -> list[str]:
        d, k = self.doc, self.look
        out: list[str] = []
        if k.header_breaks and d.tieu_ngu:
            runs = [run(d.quoc_hieu, self.f("quoc_hieu", sz=k.qh_size, b=True)) + "<w:r><w:br/></w:r>",
                    run(self.look.text.get("tieu_ngu", d.tieu_ngu), self.f("tieu_ngu", sz=k.tn_size, b=True))]
            out.append(para(runs, self.p("quoc_hieu", jc="center")))
        else:
            out.append(self.line("quoc_hieu", d.quoc_hieu, self.f("quoc_hieu", sz=k.qh_size, b=True), self.p("quoc_hieu", jc="center")))
            if d.tieu_ngu:
                out.append(self.line("tieu_ngu", d.tieu_ngu, self.f("tieu_ngu", sz=k.tn_size, b=True), self.p("tieu_ngu", jc="center")))
        out += self.rule("tieu_ngu", d.tieu_ngu or d.quoc_hieu, k.tn_size, True, column, factor=1.0)
        if with_date and d.ngay:
            out.append(self.date())
        return out

    def date(self) -> str:
        return self.line("ngay", self.doc.ngay or "", self.f("ngay", sz=self.look.date_size, i=True),
                         self.p("ngay", jc="center", before=120))

    def header(self) -> None:
        d, k = self.doc, self.look
        lw, rw = k.header_grid
        if d.pham_vi:
            self.body.append(para(d.pham_vi, Para(jc="left"), self.f("pham_vi", sz=13, b=True)))
        if k.header == "table":
            issuer = self.left_column(lw)
            split = next(i for i, x in enumerate(issuer) if "Số" in x and "w:t" in x) if d.so else len(issuer)
            right = self.right_column(rw, with_date=False)
            rows = [[cell(issuer[:split], lw), cell(right, rw)],
                    [cell(issuer[split:], lw), cell([self.date()] if d.ngay else [], rw)]]
            self.body.append(table(rows, [lw, rw], borders=k.table_borders))
        elif k.header == "table3":  # a narrow empty column between the two
            widths = [lw - 150, 300, rw - 150]
            issuer = self.left_column(widths[0])
            split = next(i for i, x in enumerate(issuer) if "Số" in x and "w:t" in x) if d.so else len(issuer)
            rows = [[cell(issuer[:split], widths[0]), cell([], widths[1]), cell(self.right_column(widths[2], False), widths[2])],
                    [cell(issuer[split:], widths[0]), cell([], widths[1]), cell([self.date()] if d.ngay else [], widths[2])]]
            self.body.append(table(rows, widths, borders=k.table_borders))
        elif k.header == "table_flow":  # the number and date typed under the table, placed by tabs
            issuer = self.left_column(lw)
            split = next(i for i, x in enumerate(issuer) if "Số" in x and "w:t" in x) if d.so else len(issuer)
            self.body.append(table([[cell(issuer[:split], lw), cell(self.right_column(rw, False), rw)]], [lw, rw]))
            row = ["<w:r><w:tab/></w:r>", run(self.look.text.get("so", d.so or ""), self.f("so", sz=13))]
            if d.ngay:
                row += ["<w:r><w:tab/></w:r>", run(self.look.text.get("ngay", d.ngay), self.f("ngay", sz=k.date_size, i=True))]
            self.body.append(para(row, Para(tabs=[("center", lw // 2), ("center", lw + rw // 2)], before=120)))
            for v in d.vv:
                self.body.append(para(["<w:r><w:tab/></w:r>", run(v, self.f("vv", sz=12))], Para(tabs=[("center", lw // 2)])))
            for m in d.marks:
                self.body.append(para(["<w:r><w:tab/></w:r>", run(m, self.f("mark", sz=13, b=True))],
                                      Para(tabs=[("center", lw // 2)], before=120)))
        elif k.header == "table1":
            self.body.append(table([[cell(self.left_column(lw), lw), cell(self.right_column(rw), rw)]], [lw, rw],
                                   borders=k.table_borders))
        elif k.header == "table2":
            issuer = self.left_column(lw)
            split = next(i for i, x in enumerate(issuer) if "Số" in x and "w:t" in x) if d.so else len(issuer)
            self.body.append(table([[cell(issuer[:split], lw), cell(self.right_column(rw, False), rw)]], [lw, rw]))
            self.body.append(table([[cell(issuer[split:], lw), cell([self.date()] if d.ngay else [], rw)]], [lw, rw]))
        elif k.header == "tabs":
            self.tab_header()
        elif k.header == "stacked":  # left block, then right block pushed right by its indent
            left = [_shift(x, right=k.width - lw) for x in self.left_column(lw + 216)]
            right = [_shift(x, left=lw) for x in self.right_column(k.width - lw + 216)]
            self.body += (right + left) if k.stacked_right_first else (left + right)
        elif k.header in ("boxes", "boxes_vml"):
            vml = k.header == "boxes_vml"
            # The boxes have no inner margins: their text wraps at the box's width (+216 undoes the cell margins).
            left = text_box(self.left_column(lw + 216), 0, 0, lw, 1800, self.ids, vml_only=vml)
            right = text_box(self.right_column(rw - 100 + 216), lw + 100, 0, rw - 100, 1800, self.ids, vml_only=vml)
            self.body.append(para([left, right], Para()))
            self.body += [para("", Para())] * 5
        elif k.header == "frames":
            left = [x.replace("<w:pPr>", f"<w:pPr>{frame(0, lw)}", 1) if "<w:pPr>" in x else
                    x.replace("<w:p>", f"<w:p><w:pPr>{frame(0, lw)}</w:pPr>", 1) for x in self.left_column(lw)]
            right = [x.replace("<w:pPr>", f"<w:pPr>{frame(lw + 150, rw - 150)}", 1) if "<w:pPr>" in x else
                     x.replace("<w:p>", f"<w:p><w:pPr>{frame(lw + 150, rw - 150)}</w:pPr>", 1) for x in self.right_column(rw)]
            self.body += left + right + [para("", Para())]

    def tab_header(self) -> None:
        """Each line holds both columns, placed by centre tab stops; rule lines are underscores."""
        d, k = self.doc, self.look
        lw, rw = k.header_grid
        stops = [("center", lw // 2), ("center", lw + rw // 2)]
        left = [(x, self.f("chu_quan", sz=k.head_size)) for x in d.chu_quan] + \
               [(x, self.f("co_quan", sz=k.head_size, b=True)) for x in d.co_quan]
        widest = max((metrics.text_width(x, k.head_size, bold=True) for x in d.co_quan), default=1500)
        under_left = "_" * max(int(widest * 0.4 / metrics.text_width("_", k.head_size)), 3)
        under_right = "_" * int(metrics.text_width(d.tieu_ngu or d.quoc_hieu, k.tn_size, bold=True)
                                / metrics.text_width("_", k.tn_size))
        right = [(d.quoc_hieu, self.f("quoc_hieu", sz=k.qh_size, b=True))]
        if d.tieu_ngu:
            right.append((self.look.text.get("tieu_ngu", d.tieu_ngu), self.f("tieu_ngu", sz=k.tn_size, b=True)))
        if "co_quan" not in k.no_rule:
            left.append((under_left, self.f("rule", sz=k.head_size)))
        if "tieu_ngu" not in k.no_rule:
            right.append((under_right, self.f("rule", sz=k.tn_size)))
        for i in range(max(len(left), len(right))):
            runs = []
            if i < len(left):
                runs += ["<w:r><w:tab/></w:r>", run(*left[i])]
            if i < len(right):
                runs += ["<w:r><w:tab/></w:r>" * (1 if i < len(left) else 2), run(*right[i])]
            self.body.append(para(runs, Para(tabs=stops)))
        row = []
        if d.so:
            row += ["<w:r><w:tab/></w:r>", run(self.look.text.get("so", d.so), self.f("so", sz=13))]
        if d.ngay:
            row += ["<w:r><w:tab/></w:r>" * (1 if d.so else 2),
                    run(self.look.text.get("ngay", d.ngay), self.f("ngay", sz=k.date_size, i=True))]
        self.body.append(para(row, Para(tabs=stops, before=120)))
        for v in d.vv:
            self.body.append(para(["<w:r><w:tab/></w:r>", run(v, self.f("vv", sz=12))], Para(tabs=stops)))
        for m in d.marks:
            self.body.append(para(["<w:r><w:tab/></w:r>", run(m, self.f("mark", sz=13, b=True))], Para(tabs=stops, before=120)))

    # -- opening -----------------------------------------------------------------------------
    def opening(self) -> None:
        d, k = self.doc, self.look
        for name in d.type_names:
            self.body.append(self.line("type", name, self.f("type", sz=k.type_size, b=True), self.p("type", jc="center", before=240)))
        for t in d.trich_yeu:
            self.body.append(self.line("trich_yeu", t, self.f("trich_yeu", sz=k.type_size, b=True), self.p("trich_yeu", jc="center")))
        if d.kem_theo:
            self.body.append(self.line("kem_theo", d.kem_theo, self.f("kem_theo", sz=k.type_size, i=True), self.p("kem_theo", jc="center")))
        if d.type_names:
            self.body += self.rule("trich_yeu", d.trich_yeu[0] if d.trich_yeu else d.type_names[0], k.type_size, True,
                                   k.width + 216, factor=0.4)
        for t in d.tham_quyen:
            self.body.append(self.line("tham_quyen", t, self.f("tham_quyen", sz=k.type_size, b=True),
                                       self.p("tham_quyen", jc="center", before=120)))
        if d.kinh_gui:
            if len(d.kinh_gui) == 1:
                self.body.append(self.line("kinh_gui", f"Kính gửi: {d.kinh_gui[0]}", self.f("kinh_gui", sz=k.body_size),
                                           self.p("kinh_gui", jc="center", before=240)))
            else:
                self.body.append(self.line("kinh_gui", "Kính gửi:", self.f("kinh_gui", sz=k.body_size),
                                           self.p("kinh_gui", left=1985, before=240)))
                for i, x in enumerate(d.kinh_gui):
                    end = "." if i == len(d.kinh_gui) - 1 else ";"
                    if "tab_kinh_gui" in k.quirks:  # aligned with tabs typed before each dash
                        text = self.look.text.get(f"kinh_gui_{i}", f"- {x}{end}")
                        self.body.append(para(["<w:r><w:tab/><w:tab/><w:tab/><w:tab/></w:r>", run(text, self.f("kinh_gui", sz=k.body_size))],
                                              self.p("kinh_gui_item")))
                        continue
                    self.body.append(self.line(f"kinh_gui_{i}", f"- {x}{end}", self.f("kinh_gui", sz=k.body_size),
                                               self.p("kinh_gui_item", left=2985)))
        if d.dien:
            self.body.append(self.line("dien", d.dien, self.f("dien", sz=k.body_size, b=True), self.p("dien", jc="center", before=240)))
            self.body += [self.line("dien_item", x, self.f("kinh_gui", sz=k.body_size), self.p("dien_item", left=2000))
                          for x in d.dien_items]
        for i, c in enumerate(d.can_cu):
            self.body.append(self.line(f"can_cu_{i}", c, self.f("can_cu", sz=k.body_size, i=True), self.body_props("can_cu")))
        if d.quyet_nghi:
            self.body.append(self.line("quyet_nghi", d.quyet_nghi, self.f("quyet_nghi", sz=k.body_size, b=True),
                                       self.p("quyet_nghi", jc="center", before=120, after=120)))

    def body_props(self, element: str, **extra) -> Para:  # type: ignore[no-untyped-def]
        k = self.look
        base = dict(jc="both", first=k.first_line, before=k.before, after=k.after, line=k.line, rule=k.line_rule)
        base.update(extra)
        return self.p(element, **base)

    # -- body --------------------------------------------------------------------------------
    def list_id(self, kind: str, restart: bool) -> int:
        if restart or kind not in self.nums:
            self.next_num += 1
            abstract = Numbering.NUMS[kind]
            self.lists.append(f'<w:num w:numId="{self.next_num}"><w:abstractNumId w:val="{abstract}"/>'
                              f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
            self.nums[kind] = self.next_num
        return self.nums[kind]

    def content(self) -> None:
        d, k = self.doc, self.look
        auto = k.numbering == "auto"
        for n, (role, text) in enumerate(d.body):
            if n == 3 and "data_table" in k.quirks:
                self.data_table()
            if n == 2 and "tracked" in k.quirks and role == "doan" and not auto:
                fmt = self.f(f"body_{n}", sz=k.body_size)
                runs = [run(text[:30], fmt), f'<w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r>{fmt.rpr()}'
                        '<w:delText>đoạn đã xóa </w:delText></w:r></w:del>',
                        f'<w:ins w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">{run(text[30:60], fmt)}</w:ins>',
                        f'<w:hyperlink w:anchor="_top" w:history="1">{run(text[60:], fmt)}</w:hyperlink>']
                self.body.append(para(runs, self.body_props(f"body_{n}")))
                continue
            element = f"body_{n}"
            size = k.body_size
            if role in ("chuong", "tieu_de"):
                props = self.p(element, jc="center", before=max(k.before, 120), after=k.after)
                self.body.append(self.line(element, text, self.f(element, sz=size, b=True), props))
                continue
            if role == "dieu":
                label, _, rest = text.partition(". ")
                runs = [run(label + ". ", self.f(element, sz=size, b=True)), run(rest, self.f(element + "_rest", sz=size))]
                self.body.append(para(runs, self.body_props(element)))
                continue
            bold = role == "muc_la_ma" or (role == "khoan" and not text.endswith((".", ":", ";")))
            fmt = self.f(element, sz=size, b=bold)
            if auto and role in ("muc_la_ma", "khoan", "diem", "gach"):
                kind = {"muc_la_ma": "roman", "khoan": "decimal", "diem": "letter", "gach": "bullet"}[role]
                label, _, rest = text.partition(" ")
                restart = label in ("1.", "a)")
                self.numbering.used = True
                props = self.body_props(element, num=(self.list_id(kind, restart), 0))
                self.body.append(para(rest, props, fmt))
                continue
            self.body.append(self.line(element, text, fmt, self.body_props(element)))

    # -- signature and Nơi nhận --------------------------------------------------------------
    def nn_lines(self) -> list[tuple[str, Fmt]]:
        d = self.doc
        head = (self.look.text.get("nn_head", "Nơi nhận:"), self.f("nn_head", sz=12, b=True, i=True))
        items = [(self.look.text.get(f"nn_{i}", x), self.f(f"nn_item_{i}", sz=11)) for i, x in enumerate(d.noi_nhan)]
        return [head, *items] if d.noi_nhan else []

    def sig_lines(self, titles: list[str], name: str, copy: bool = False) -> list[tuple[str, Fmt]]:
        k = self.look
        if copy:  # the copy's own signer: the document's defects are not his
            return [(t, Fmt(b=True, sz=k.sig_size, font=FONT if k.fonts == "direct" else None)) for t in titles] + \
                   [(name, Fmt(b=True, sz=k.sig_size, font=FONT if k.fonts == "direct" else None))]
        lines = [(self.look.text.get(f"title_{i}", t), self.f(f"sig_title_{i}", sz=k.sig_size, b=True)) for i, t in enumerate(titles)]
        return lines + [(self.look.text.get("name", name), self.f("sig_name", sz=k.sig_size, b=True))]

    def signature(self) -> None:
        d, k = self.doc, self.look
        nn = self.nn_lines()
        sig = self.sig_lines(d.titles, d.name)
        how = k.signature
        lw, rw = 4100, k.width - 4100
        left_p = Para(jc="left")
        centre = Para(jc="center")
        blank = [para("", Para())] * 3
        if d.second_signer is not None:  # Biên bản: the secretary on the left, the chair on the right
            second = self.sig_lines(*d.second_signer)
            row1 = [cell([para(t, centre, f) for t, f in second[:-1]] + blank + [para(*second[-1][:1], centre, second[-1][1])], lw),
                    cell([para(t, centre, f) for t, f in sig[:-1]] + blank + [para(sig[-1][0], centre, sig[-1][1])], rw)]
            row2 = [cell([para(t, left_p, f) for t, f in nn], lw), cell([], rw)]
            self.body.append(para("", Para()))
            self.body.append(table([row1, row2], [lw, rw]))
            return
        sig_paras = self.sig_paragraphs(sig, centre)
        if how == "table":
            self.body.append(para("", Para()))
            self.body.append(table([[cell([para(t, left_p, f) for t, f in nn], lw), cell(sig_paras, rw)]], [lw, rw]))
        elif how == "rows":
            rows = [[cell([para(*nn[0][:1], left_p, nn[0][1])], lw), cell([para(t, centre, f) for t, f in sig[:-1]], rw)],
                    [cell([para(t, left_p, f) for t, f in nn[1:]], lw), cell(blank, rw)],
                    [cell([], lw), cell([para(sig[-1][0], centre, sig[-1][1])], rw)]]
            self.body.append(para("", Para()))
            self.body.append(table(rows, [lw, rw]))
        elif how == "tabs":
            stop = [("center", lw + rw // 2)]
            right = [x for x in sig[:-1]] + [("", None)] * 3 + [sig[-1]]
            for i in range(max(len(nn), len(right))):
                runs = []
                if i < len(nn):
                    runs.append(run(*nn[i]))
                if i < len(right) and right[i][0]:
                    runs += ["<w:r><w:tab/></w:r>", run(*right[i])]
                self.body.append(para(runs, Para(tabs=stop, before=120 if i == 0 else None)))
        elif how == "tabs2":  # Nơi nhận first, then the signature pushed right with tabs (no custom stops)
            self.body.append(para("", Para()))
            self.body += [para(t, left_p, f) for t, f in nn]
            pad = "<w:r><w:tab/><w:tab/><w:tab/><w:tab/><w:tab/><w:tab/></w:r>"
            self.body += [para([pad, run(t, f)], Para()) for t, f in sig[:-1]] + blank + [para([pad, run(*sig[-1])], Para())]
        else:
            indent = Para(jc="center", left=lw) if how == "indent" else Para(jc="right")
            block = [para(t, indent, f) for t, f in sig[:-1]] + blank + [para(sig[-1][0], indent, sig[-1][1])]
            if k.sig_breaks:
                block = [para(["<w:r><w:br/></w:r>".join(run(t, f) for t, f in sig[:-1])], indent)] + blank + block[-1:]
            self.body.append(para("", Para()))
            self.body += block + [para(t, left_p, f) for t, f in nn]

    def sig_paragraphs(self, sig: list[tuple[str, Fmt]], centre: Para) -> list[str]:
        blank = [para("", Para())] * 3
        if "signed" in self.look.quirks:  # "(Đã ký)" and a picture of the seal where the signature goes
            blank = [para("", Para()), para(["<w:r><w:drawing><wp:inline><wp:extent cx=\"914400\" cy=\"914400\"/>"
                                              '<wp:docPr id="900" name="Picture 1"/><a:graphic><a:graphicData '
                                              'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic>'
                                              "</wp:inline></w:drawing></w:r>"], centre),
                     para("(Đã ký)", centre, self.f("placeholder", sz=self.look.sig_size, i=True))]
        if self.look.sig_breaks:
            titles = "<w:r><w:br/></w:r>".join(run(t, f) for t, f in sig[:-1])
            return [para([titles], centre)] + blank + [para(sig[-1][0], centre, sig[-1][1])]
        return [para(t, centre, f) for t, f in sig[:-1]] + blank + [para(sig[-1][0], centre, sig[-1][1])]

    # -- appendix, copy ----------------------------------------------------------------------
    def appendix(self) -> None:
        a, k = self.doc.appendix, self.look
        if a is None:
            return
        first = bool(self.body)
        self.body.append(self.line("appendix_heading", a["heading"], self.f("appendix_heading", sz=14, b=True),
                                   self.p("appendix_heading", jc="center", page_break_before=first)))
        for t in a["title"]:
            self.body.append(self.line("appendix_title", t, self.f("appendix_title", sz=14, b=True), self.p("appendix_title", jc="center")))
        self.body.append(self.line("appendix_kem", a["kem_theo"], self.f("appendix_kem", sz=14, i=True), self.p("appendix_kem", jc="center")))
        self.body += self.rule("appendix", a["title"][0], 14, True, k.width + 216, factor=0.4)
        self.body += [para(x, self.body_props("appendix_body"), self.f("appendix_body", sz=k.body_size)) for x in a["body"]]

    def copy(self) -> None:
        c, k = self.doc.copy, self.look
        if c is None:
            return
        lw, rw = k.header_grid
        self.body.append(para("", Para(border_bottom=True)))
        left = [para(x, Para(jc="center"), self.f("copy_co_quan", sz=13, b=True)) for x in c["co_quan"]]
        left += self.rule("copy", c["co_quan"][0], 13, True, lw, factor=0.4)
        left.append(self.line("copy_so", c["so"], self.f("copy_so", sz=13), Para(jc="center", before=120)))
        right = [self.line("copy_form", c["form"], self.f("copy_form", sz=14, b=True), Para(jc="center")),
                 self.line("copy_ngay", c["ngay"], self.f("copy_ngay", sz=14, i=True), Para(jc="center", before=120))]
        self.body.append(table([[cell(left, lw), cell(right, rw)]], [lw, rw]))
        nn = [("Nơi nhận:", self.f("copy_nn", sz=12, b=True, i=True))] + [(x, self.f("copy_nn_item", sz=11)) for x in c["noi_nhan"]]
        sig = self.sig_lines(c["titles"], c["name"], copy=True)
        self.body.append(table([[cell([para(t, Para(jc="left"), f) for t, f in nn], 4100),
                                 cell(self.sig_paragraphs(sig, Para(jc="center")), k.width - 4100)]], [4100, k.width - 4100]))

    def data_table(self) -> None:
        """A bordered table of figures in the body, as reports have (small type, not body text)."""
        k = self.look
        widths = [700, k.width - 3700, 1500, 1500]
        head = [cell([para(x, Para(jc="center"), self.f("data", sz=12, b=True))], w, borders=True)
                for x, w in zip(["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"], widths)]
        rows = [head] + [[cell([para(x, Para(jc="center" if j != 1 else "left"), self.f("data", sz=12))], w, borders=True)
                          for j, (x, w) in enumerate(zip([str(i), f"Chỉ tiêu số {i}", "100%", f"{90 + i}%"], widths))]
                         for i in range(1, 4)]
        self.body.append(table(rows, widths, borders=True))

    def wide_table(self) -> None:
        """A last section turned landscape for a wide table (allowed by PL I, I.2)."""
        k = self.look
        top, bottom, left, right = k.margins
        self.body.append(para([], Para()).replace("<w:p>", "<w:p><w:pPr>" + section(
            top=top, bottom=bottom, left=left, right=right, width=k.page[0], height=k.page[1],
            title_page=k.title_page) + "</w:pPr>", 1).replace("<w:pPr></w:pPr>", ""))
        widths = [1000] + [1800] * 7
        rows = [[cell([para(f"Cột {j}", Para(jc="center"), self.f("data", sz=12, b=True))], w, borders=True)
                 for j, w in enumerate(widths)]]
        self.body.append(para("BẢNG TỔNG HỢP SỐ LIỆU", Para(jc="center", page_break_before=False), self.f("data", sz=14, b=True)))
        self.body.append(table(rows, widths, borders=True))
        k.landscape = True

    # -- page --------------------------------------------------------------------------------
    def headers(self) -> tuple[dict[str, str], dict[str, str]]:
        k = self.look
        fmt = self.f("page_number", sz=14)
        how = k.page_number
        if how == "none":
            return {}, {}
        field_xml = page_field(fmt, simple=how == "simple", result=None if how == "no_result" else "2")
        number = para([field_xml], self.p("page_number", jc="center"))
        if how == "footer":
            return ({"first": ""} if k.title_page else {}), {"default": number}
        return {"default": number, **({"first": ""} if k.title_page else {})}, {}

    def build(self) -> bytes:
        d, k = self.doc, self.look
        if "draft" in k.quirks and d.so and d.ngay:
            head, _, symbol = d.so.partition("/")
            d.so = "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/" + symbol
            place = d.ngay.partition(",")[0]
            d.ngay = f"{place}, ngày      tháng      năm {d.ngay[-4:]}"
        if d.party or d.kind != "phu_luc":
            self.header()
            if "sdt" in k.quirks and self.body and self.body[0].startswith("<w:tbl>"):
                self.body[0] = ('<w:sdt><w:sdtPr><w:alias w:val="Phần đầu"/><w:id w:val="1"/></w:sdtPr>'
                                f"<w:sdtContent>{self.body[0]}</w:sdtContent></w:sdt>")
            self.opening()
            self.content()
            self.signature()
        self.appendix()
        self.copy()
        if "wide_table" in k.quirks:
            self.wide_table()
        if "split_runs" in k.quirks:
            self.body = [_split_runs(x) for x in self.body]
        top, bottom, left, right = k.margins
        sect = section(top=top, bottom=bottom, left=left, right=right, width=k.page[0], height=k.page[1],
                       title_page=k.title_page, landscape=k.landscape)
        headers, footers = self.headers()
        numbering = None
        if self.numbering.used:
            xml = self.numbering.xml(k.first_line)
            numbering = xml.replace("</w:numbering>", "".join(self.lists) + "</w:numbering>")
        package = Package(self.body, sect, default_font=FONT if k.fonts == "style" else "Calibri",
                          default_size=k.body_size, headers=headers, footers=footers, numbering=numbering)
        return package.build()


def _split_runs(xml: str) -> str:
    """Cut runs in two the way Word does for revision marks, with proofing marks and a bookmark."""
    def cut(match: "re.Match[str]") -> str:
        rpr, text = match.group(1) or "", match.group(2)
        if len(text) < 8:
            return match.group(0)
        k = len(text) // 2
        return (f'<w:r w:rsidR="00A1B2C3">{rpr}<w:t xml:space="preserve">{text[:k]}</w:t></w:r><w:proofErr w:type="spellStart"/>'
                f'<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
                f'<w:r w:rsidR="00D4E5F6">{rpr}<w:t xml:space="preserve">{text[k:]}</w:t></w:r><w:proofErr w:type="spellEnd"/>')
    return re.sub(r'<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t xml:space="preserve">([^<]*)</w:t></w:r>',
                  lambda m: cut(m) if m.group(1) is not None else cut_plain(m), xml)


def cut_plain(match: "re.Match[str]") -> str:
    return match.group(0)


def _shift(xml: str, *, left: int = 0, right: int = 0) -> str:
    """Add to a paragraph's left and right indents (inserting them where it has none)."""
    match = re.search(r'<w:ind( w:left="(\d+)")?( w:right="(\d+)")?([^>]*)/>', xml)
    if match:
        new = (f'<w:ind w:left="{int(match.group(2) or 0) + left}" w:right="{int(match.group(4) or 0) + right}"'
               f'{match.group(5)}/>')
        return xml[:match.start()] + new + xml[match.end():]
    ind = f'<w:ind w:left="{left}" w:right="{right}"/>'
    if "<w:jc " in xml:
        return xml.replace("<w:jc ", ind + "<w:jc ", 1)
    if "<w:pPr>" in xml:
        return xml.replace("</w:pPr>", ind + "</w:pPr>", 1)
    return xml.replace("<w:p>", f"<w:p><w:pPr>{ind}</w:pPr>", 1)


def render(doc: Doc, look: Look) -> bytes:
    return Layout(doc, look).build()
