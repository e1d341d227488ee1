"""A text of the province's plan, brought down: what stays, and the places the rules replace.

The rules are matched on what a reader sees of the markup (:func:`view`): an abbreviation
``[=SNV]`` reads as its full form when that form is a body the rules know ("Sở Nội vụ"), else as
itself; a citation, footnote or computed value reads as one object no phrase crosses; ``*`` and
``**`` read as nothing. A match is cut back into the markup it came from; one that crosses bold or
italic markup cannot be replaced safely and is reported as such.

The result is a :class:`Text`: literal markup and :class:`Slot` s, filled for each commune by
:meth:`Text.fill` with the names of that commune (:class:`Xa`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Mapping

from bdg_docs.errors import BdgError
from bdg_docs.models.inline import escape

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.cascade.rules import Match, Rule, Rules
    from bdg_docs.profiles import Profile

OBJECT = "\ufffc"  # a citation, footnote or computed value, as the rules see it
_TOKEN = re.compile(r"\\[\\*\[\]]|\[(?P<kind>[\^@=$])(?P<key>[\w.&-]+)\]|\*+")


class CommuneError(BdgError):
    """A commune's profile lacks what the rules need (an agency key, its level below)."""


@dataclass(frozen=True)
class Segment:
    view_start: int
    view_end: int
    src_start: int
    src_end: int
    emphasis: bool = False


def view(source: str, expand: Mapping[str, str] = {}) -> tuple[str, list[Segment]]:
    """What a reader sees of ``source`` for matching, and how it maps back to the markup."""
    parts: list[str] = []
    segments: list[Segment] = []
    at = pos = 0

    def add(text: str, start: int, end: int, emphasis: bool = False) -> None:
        nonlocal pos
        segments.append(Segment(pos, pos + len(text), start, end, emphasis))
        parts.append(text)
        pos += len(text)

    for m in _TOKEN.finditer(source):
        if m.start() > at:
            for i in range(at, m.start()):
                add(source[i], i, i + 1)
        token = m.group()
        if token.startswith("\\"):
            add(token[1], m.start(), m.end())
        elif token.startswith("*"):
            add("", m.start(), m.end(), emphasis=True)
        elif m["kind"] == "=":
            add(expand.get(m["key"], m["key"]), m.start(), m.end())
        else:
            add(OBJECT, m.start(), m.end())
        at = m.end()
    for i in range(at, len(source)):
        add(source[i], i, i + 1)
    return "".join(parts), segments


def source_span(segments: list[Segment], start: int, end: int) -> tuple[int, int, bool]:
    """The markup span of the view span ``[start, end)``, and whether bold or italic markup lies inside."""
    inside = [s for s in segments if s.view_start < end and s.view_end > start
              or (s.emphasis and start < s.view_start < end)]
    visible = [s for s in inside if not s.emphasis]
    crosses = any(s.emphasis for s in inside)
    return visible[0].src_start, visible[-1].src_end, crosses


@dataclass(frozen=True)
class Slot:
    """A place the commune's names go: a rule's replacement of ``matched``, or text the rules write."""

    matched: str  # the province's words ("" for the commune's own text)
    rule: "Rule | None" = None
    template: str | None = None  # the rule's template, or the commune's own text (markup, {…} names)
    upper: bool = False  # the province's words start a sentence: so does the replacement

    def fill(self, xa: "Xa") -> str:
        if self.rule is not None and self.rule.keys:
            value = escape(xa.agency(self.rule.keys, self.rule.phrase)[1])
        else:
            value = xa.format(self.template or "")
        if self.upper:
            return value[:1].upper() + value[1:]
        if self.matched[:1].islower() and value.split(" ", 1)[0] in xa.lower_words:
            return value[:1].lower() + value[1:]
        return value


@dataclass(frozen=True)
class Text:
    """Markup of the commune's draft: literal pieces of the province's text and :class:`Slot` s."""

    parts: tuple[str | Slot, ...]

    @classmethod
    def own(cls, template: str) -> "Text":
        """Text the commune's draft writes itself (markup with {…} names)."""
        return cls((Slot("", template=template),))

    def fill(self, xa: "Xa") -> str:
        return "".join(p if isinstance(p, str) else p.fill(xa) for p in self.parts)

    @property
    def slots(self) -> list[Slot]:
        return [p for p in self.parts if isinstance(p, Slot) and p.matched]

    def refs(self, sigil: str) -> set[str]:
        """Keys of the references of one kind (``@``, ``^``, ``=``) left in the literal pieces."""
        return {m["key"] for p in self.parts if isinstance(p, str)
                for m in _TOKEN.finditer(p) if m["kind"] == sigil}


def split(source: str, matches: "list[Match]", segments: list[Segment]) -> Text:
    """``source`` with each match replaced by a :class:`Slot` (matches must not cross markup)."""
    parts: list[str | Slot] = []
    at = 0
    for m in matches:
        start, end, _ = source_span(segments, m.start, m.end)
        if start > at:
            parts.append(source[at:start])
        parts.append(Slot(m.text, m.rule, m.rule.template, upper=m.text[:1].isupper() and _starts_sentence(source, start)))
        at = end
    if at < len(source):
        parts.append(source[at:])
    return Text(tuple(parts))


def _starts_sentence(source: str, at: int) -> bool:
    before = source[:at].rstrip(" *")
    return not before or before[-1] in ".:;!?\n"


def drop_refs(text: Text, sigil: str, keys: set[str]) -> Text:
    """``text`` without its references of one kind to ``keys`` (footnotes that were left out)."""
    if not keys:
        return text
    pattern = re.compile(r"\[" + re.escape(sigil) + "(" + "|".join(map(re.escape, sorted(keys))) + r")\]")
    return Text(tuple(pattern.sub("", p) if isinstance(p, str) else p for p in text.parts))


@dataclass
class Xa:
    """A commune's names, for filling :class:`Text`: its profile, and the names the rules use."""

    profile: "Profile"
    names: dict[str, str]
    lower_words: tuple[str, ...] = ()
    _escaped: dict[str, str] = field(default_factory=dict, repr=False)

    def name(self, key: str, value: str) -> None:
        """Set one of the names (the commune's trích yếu, once it is written)."""
        self.names[key] = value
        self._escaped.clear()

    def agency(self, keys: tuple[str, ...], phrase: str = "") -> tuple[str, str]:
        """The first of ``keys`` the commune's profile has, and its name."""
        have = self.profile.agency_keys()
        for key in keys:
            if key in have:
                return key, self.profile.agency(key)
        raise CommuneError(f"hồ sơ {self.profile.ten_day_du} ({self.profile.khoa}) không có cơ quan "
                           f"{' hay '.join(repr(k) for k in keys)}" + (f" mà quy tắc '{phrase}' cần" if phrase else "") +
                           f". Thêm vào hồ sơ của xã (co_quan_thuc_hien), hoặc sửa quy tắc (--quy-tac).")

    def format(self, template: str) -> str:
        if not self._escaped:
            self._escaped.update({k: escape(v) for k, v in self.names.items()})
        try:
            return template.format_map(self._escaped)
        except KeyError as exc:
            what = _PROFILE_FIELD.get(exc.args[0], f"'{exc.args[0]}'")
            raise CommuneError(f"hồ sơ {self.profile.ten_day_du} ({self.profile.khoa}) thiếu {what} mà quy tắc cần. "
                               "Thêm vào hồ sơ của xã (bdg-docs profiles, --dia-phuong).") from None


# Names the rules use that come from a commune's profile: which field of the profile gives them.
_PROFILE_FIELD = {"thon": "cơ quan 'cap_duoi' (các thôn, tổ dân phố) ở co_quan_thuc_hien",
                  "chu_tri": "đơn vị tham mưu (don_vi_chu_tri)"}


__all__ = ["CommuneError", "OBJECT", "Segment", "Slot", "Text", "Xa", "drop_refs", "source_span", "split", "view"]
