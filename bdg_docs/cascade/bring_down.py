"""A province's plan read once, against the rules: the skeleton of every commune's draft.

Each text of the plan becomes a :class:`Piece` (its words, with :class:`~bdg_docs.cascade.text.Slot` s
where the rules replace the province's phrases), an :class:`Omitted` (a task the rules say the
commune has no part in, with the reason), or a piece kept with a warning (a target naming a
province body: targets stay as the province set them). A task list left empty is left out with
its tasks; a section the plan needs and that is left empty makes the plan one the rules cannot
bring down (:class:`~bdg_docs.errors.InputError`, saying which section and why).

Nothing here depends on the commune: :mod:`bdg_docs.cascade.commune` fills the skeleton with
each commune's names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bdg_docs.cascade.rules import Rules
from bdg_docs.cascade.text import OBJECT, Slot, Text, drop_refs, source_span, split, view
from bdg_docs.errors import InputError, Problem
from bdg_docs.loading import Located
from bdg_docs.models.body import CongBlock, DiemBlock, GachBlock, Khoan, Muc
from bdg_docs.models.inline import Inline, escape
from bdg_docs.nd30.dates import han_trong_cau
from bdg_docs.nd30.numbering import diem_letter

ALL = frozenset({"cum_tu", "co_quan", "chi_cap_tinh"})
SCOPE = frozenset({"cum_tu"})
NAMES = frozenset({"co_quan", "chi_cap_tinh"})
# Between names of bodies: commas, semicolons and "và" (and).
_SEPARATORS = re.compile(r"^(?:[\s,;]|và(?!\w))+|(?:[\s,;]|(?<!\w)và)+$")
SHORT = 70  # characters of a title quoted in a place


@dataclass(frozen=True)
class Place:
    """Where a text is in the province's plan: the sections above it, and its line in the file."""

    label: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.label} (dòng {self.line})" if self.line else self.label


@dataclass(frozen=True)
class Piece:
    """A text of the province brought down (``plain``: a field without markup, the trích yếu)."""

    text: Text
    place: Place
    source: str
    plain: bool = False
    warning: str | None = None  # kept as the province wrote it: what to look at


@dataclass(frozen=True)
class Omitted:
    """A task of the province the commune's draft leaves out, and why."""

    place: Place
    source: str
    reason: str


@dataclass(frozen=True)
class Own:
    """Text the commune's draft writes itself (the rules' text), and why it is there."""

    text: Text
    why: str


@dataclass(frozen=True)
class Agencies:
    """Names of bodies (an activity's Chủ trì or Phối hợp), each brought down on its own."""

    items: tuple[Text, ...]
    place: Place
    source: str
    left_out: tuple[str, ...] = ()  # bodies of the province named here that the commune has no part for
    besides: "Agencies | None" = None  # Phối hợp: leave out what Chủ trì already names


@dataclass(frozen=True)
class Entry:
    """An agency of the province's Tổ chức thực hiện and its tasks, for the commune's agency."""

    targets: tuple[Slot, ...]
    place: Place
    source: str
    left_out: tuple[str, ...]
    vai_tro: Piece | None
    de_nghi: bool
    cung_dong: bool
    noi_dung: list[Any]


@dataclass
class Skeleton:
    """The commune's draft before names: its fields in order, and what holds for every commune."""

    loai: str
    fields: dict[str, Any]
    plan_key: str
    plan_citation: dict[str, Any]
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (place, what to look at)
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (place, before, after): the same for every commune
    deadlines: dict[str, str] = field(default_factory=dict)  # names of the closing paragraphs: han_xa, han_tinh, ...
    sections: dict[str, str] = field(default_factory=dict)  # field → its place in the province's plan


def is_kept(node: Any) -> bool:
    return not isinstance(node, Omitted)


def kept(nodes: list[Any]) -> list[Any]:
    return [n for n in nodes if is_kept(n)]


class Compiler:
    """Reads one plan against the rules; ``lines`` (the plan's YAML) gives each place its line."""

    def __init__(self, plan: Any, rules: Rules, lines: Located | None):
        self.plan = plan
        self.rules = rules
        self.lines = lines
        self.expand = self._abbreviations()
        self.dropped_notes: set[str] = set()  # footnotes left out: their references go too

    # ------------------------------------------------------------------------------ places
    def place(self, loc: tuple[Any, ...], label: str) -> Place:
        return Place(label, self.lines.line(loc) if self.lines is not None else None)

    @staticmethod
    def short(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= SHORT else text[:SHORT].rsplit(" ", 1)[0] + " …"

    # ------------------------------------------------------------------------------- texts
    def _abbreviations(self) -> dict[str, str]:
        """Abbreviations whose full form the rules know ("Sở Nội vụ" for [=SNV]) read as that form."""
        out = {}
        for key, full in getattr(self.plan, "viet_tat", {}).items():
            if self.rules.find(full):
                out[key] = full
        return out

    def text(self, value: Inline | str, loc: tuple[Any, ...], label: str, ctx: str = "viec") -> Piece | Omitted:
        """A text brought down. ``ctx``: ``viec`` (a task: every rule; a province-only phrase
        leaves it out), ``muc_tieu`` (a target) and ``trich_yeu`` (scope phrases only; a body of
        the province is kept, with a warning)."""
        plain = isinstance(value, str)
        source = escape(value) if plain else value.source
        seen, segments = view(source, self.expand)
        place = self.place(loc, label)
        matches = self.rules.find(seen, ALL if ctx == "viec" else SCOPE)
        warning = None
        if ctx == "viec":
            omit = next((m for m in matches if m.rule.omits), None)
            if omit is not None:
                return Omitted(place, source, f"nhắc «{omit.text}»: {omit.rule.reason}")
        else:
            named = [m for m in self.rules.find(seen) if m.rule.kind != "cum_tu"]
            if named:
                warning = (f"giữ như kế hoạch tỉnh; còn nhắc «{named[0].text}» của tỉnh: xem lại cho đúng với "
                           f"{'chỉ tiêu' if ctx == 'muc_tieu' else 'trích yếu'} của xã")
        crossing = [m for m in matches if source_span(segments, m.start, m.end)[2]]
        if crossing:
            if ctx == "viec":
                return Omitted(place, source, f"«{crossing[0].text}» nằm giữa chữ đậm, nghiêng: không thay được, sửa tay")
            warning = warning or f"«{crossing[0].text}» nằm giữa chữ đậm, nghiêng: không thay được, sửa tay"
            matches = [m for m in matches if m not in crossing]
        left = self.rules.left_over(seen, matches)
        if left is not None and warning is None:
            warning = f"còn chữ «{left}» của kế hoạch tỉnh mà quy tắc không biết thay bằng gì: xem lại"
        text = drop_refs(split(source, matches, segments), "^", self.dropped_notes)
        return Piece(text, place, source, plain, warning)

    def blocks(self, blocks: list[Any], loc: tuple[Any, ...], label: str, ctx: str = "viec") -> list[Any]:
        """Paragraphs, bullets and điểm: each kept, or left out with its sub-items."""
        out: list[Any] = []
        counts = {"doan": 0, "y": 0}
        for i, block in enumerate(blocks):
            here = (*loc, i)
            if isinstance(block, Inline):
                counts["doan"] += 1
                out.append(self.text(block, here, f"{label} › đoạn {counts['doan']}", ctx))
            elif isinstance(block, GachBlock):
                items = []
                for j, bullet in enumerate(block.gach):
                    counts["y"] += 1
                    items.append(self._bullet(bullet, (*here, "gach", j), f"{label} › ý {counts['y']}", ctx))
                out.extend(items if not kept(items) else [{"gach": items}])
            elif isinstance(block, CongBlock):
                items = [self.text(sub, (*here, "cong", j), f"{label} › ý {j + 1}", ctx) for j, sub in enumerate(block.cong)]
                out.extend(items if not kept(items) else [{"cong": items}])
            elif isinstance(block, DiemBlock):
                items = [self.numbered(d, (*here, "diem", j), f"{label} › điểm {diem_letter(j + 1)})", ctx)
                         for j, d in enumerate(block.diem)]
                out.extend(items if not kept(items) else [{"diem": items}])
        return out

    def _bullet(self, bullet: Any, loc: tuple[Any, ...], label: str, ctx: str) -> Any:
        head = self.text(bullet.noi_dung, loc, label, ctx)
        if not is_kept(head) or not (bullet.cong or bullet.mot_lan):
            return head
        subs = [self.text(sub, (*loc, "cong", k), f"{label} › ý nhỏ {k + 1}", ctx) for k, sub in enumerate(bullet.cong)]
        return {"noi_dung": head, **({"cong": subs} if subs else {}), **({"mot_lan": True} if bullet.mot_lan else {})}

    def numbered(self, item: Khoan | Any, loc: tuple[Any, ...], label: str, ctx: str = "viec") -> Any:
        """A khoản or điểm: its title, then content starting as its form requires."""
        title = None
        if item.tieu_de is not None:
            title = self.text(item.tieu_de, (*loc, "tieu_de"), label, ctx)
            if not is_kept(title):
                return title
        content = self.blocks(item.noi_dung, (*loc, "noi_dung"), label, ctx)
        left = kept(content)
        if not left:
            return Omitted(self.place(loc, label), _source(item.tieu_de) or "", "mọi việc trong mục đều chỉ của tỉnh")
        cung_dong = item.cung_dong and isinstance(left[0], Piece)
        if (title is None or cung_dong) and not isinstance(left[0], Piece):
            return Omitted(self.place(loc, label), _source(item.tieu_de) or "", "đoạn mở đầu của mục chỉ của tỉnh")
        return {**({"tieu_de": title} if title else {}), **({"cung_dong": True} if cung_dong else {}), "noi_dung": content}

    def section(self, section: Muc, loc: tuple[Any, ...]) -> Any:
        """A further section (``muc_khac``): its title, paragraphs and khoản."""
        label = str(section.tieu_de)
        title = self.text(section.tieu_de, (*loc, "tieu_de"), label)
        if not is_kept(title):
            return title
        content = self.blocks(section.noi_dung, (*loc, "noi_dung"), label)
        khoan = [self.numbered(k, (*loc, "khoan", j), f"{label} › khoản {j + 1}") for j, k in enumerate(section.khoan)]
        if not kept(content) and not kept(khoan):
            return Omitted(self.place(loc, label), escape(section.tieu_de), "mọi việc trong mục đều chỉ của tỉnh")
        return {"tieu_de": title, **({"noi_dung": content} if content else {}), **({"khoan": khoan} if khoan else {})}

    def required(self, nodes: list[Any], name: str) -> list[Any]:
        """A section the document must have: refuse the plan when the rules leave nothing of it."""
        if not kept(nodes):
            reasons = "; ".join(sorted({n.reason for n in nodes if isinstance(n, Omitted)})) or "mục trống"
            raise InputError([Problem(name, f"quy tắc không đưa được mục này xuống xã: mọi nội dung đều bị lược bỏ ({reasons}).",
                                      hint="Viết nội dung chung cho cấp xã trong kế hoạch tỉnh, hoặc sửa quy tắc (--quy-tac).")])
        return nodes

    # -------------------------------------------------------------------------- agencies
    def agencies(self, value: Inline, loc: tuple[Any, ...], label: str, *, strict: bool) -> Agencies | Omitted:
        """Names of bodies. ``strict``: every word must be a body the rules know (a Chủ trì, an
        agency of Tổ chức thực hiện); otherwise words the rules do not know stay as written."""
        source = value.source
        seen, segments = view(source, self.expand)
        place = self.place(loc, label)
        items: list[Text] = []
        left_out: list[str] = []
        at = 0
        for m in [*self.rules.find(seen, NAMES), None]:
            gap = _SEPARATORS.sub("", seen[at: m.start if m else len(seen)])
            if gap:
                if strict or OBJECT in gap:
                    return Omitted(place, source, f"không nhận ra cơ quan «{gap}» trong quy tắc (mục co_quan)")
                items.append(Text((escape(gap),)))
            if m is None:
                break
            at = m.end
            if m.rule.omits:
                left_out.append(f"«{m.text}»: {m.rule.reason}")
            else:
                items.append(Text((Slot(m.text, m.rule, m.rule.template, upper=True),)))
        if not items:
            return Omitted(place, source, "; ".join(left_out) or "không có tên cơ quan")
        return Agencies(tuple(items), place, source, tuple(left_out))


def _source(value: Any) -> str | None:
    if value is None:
        return None
    return value.source if isinstance(value, Inline) else escape(str(value))


# ------------------------------------------------------------------------------- deadlines
def back_to_weekday(day: date) -> date:
    """A deadline falling on Saturday or Sunday moves back to the Friday before."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def earlier(day: date, days: int) -> date:
    return back_to_weekday(day - timedelta(days=days))


def plan_deadlines(texts: list[str], year: int) -> list[date]:
    """The reporting deadlines written in a plan's closing texts ("trước ngày 30/11/2026")."""
    return sorted({d for text in texts for d in han_trong_cau(text, year)})

