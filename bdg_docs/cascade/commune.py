"""One commune's draft: the skeleton of the province's plan filled with the commune's names.

Filling writes the data file's values and comments and, in the same walk, the list of changes
the report shows (:class:`Change`): each substitution, each task left out, each warning, each
text the rules added. Tổ chức thực hiện is assembled here, because which of the commune's agencies
a province body becomes depends on the commune's profile: the tasks of several province bodies
that become one agency are joined under it (as bullets), and the lead unit, the Mặt trận and
the level below are always there (with the rules' tasks when the province gave them none).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bdg_docs.cascade.bring_down import Agencies, Entry, Omitted, Own, Piece, Skeleton, is_kept
from bdg_docs.cascade.emit import Commented, Comments, Flow
from bdg_docs.cascade.rules import Rules
from bdg_docs.cascade.text import Text, Xa

SOURCE = "từ kế hoạch tỉnh"


@dataclass(frozen=True)
class Change:
    """One line of a commune's report.

    ``kind``: ``thay`` (the province's words ``before`` became ``after``), ``luoc_bo`` (a task
    ``before`` left out, ``reason``), ``canh_bao`` (kept, ``reason`` says what to look at),
    ``them`` (``after``: text the rules wrote for the commune, ``reason`` why)."""

    kind: str
    place: str
    before: str = ""
    after: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Capital:
    """A run-in paragraph that becomes a bullet when tasks of several bodies are joined."""

    piece: Piece


class Filler:
    """Fills one skeleton for one commune; ``changes`` collects the report as it goes."""

    def __init__(self, sk: Skeleton, xa: Xa, rules: Rules):
        self.sk, self.xa, self.rules = sk, xa, rules
        self.changes: list[Change] = [Change("thay", place, before, after) for place, before, after in sk.changes]
        self.changes += [Change("canh_bao", place, reason=reason) for place, reason in sk.warnings]

    # ------------------------------------------------------------------------------ nodes
    def node(self, value: Any) -> Any:
        if isinstance(value, Piece):
            return self.piece(value)
        if isinstance(value, Capital):
            filled = self.piece(value.piece)
            return Commented(_capital(filled.value), filled.comments)
        if isinstance(value, Own):
            text = value.text.fill(self.xa)
            if value.why:
                self.changes.append(Change("them", value.why, after=_plain(text)))
            return text
        if isinstance(value, Omitted):
            return self.omitted(value)
        if isinstance(value, Agencies):
            return self.agencies(value)
        if isinstance(value, dict):
            return {k: self.node(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.node(v) for v in value]
        return value

    def piece(self, piece: Piece) -> Commented:
        text = piece.text.fill(self.xa)
        if piece.plain:
            text = _unescape(text)
        pairs = []
        for slot in piece.text.slots:
            after = _unescape(slot.fill(self.xa))
            pairs.append(f"«{slot.matched}» → «{after}»")
            self.changes.append(Change("thay", str(piece.place), slot.matched, after))
        comments = [f"{SOURCE}: {piece.place}; " + "; ".join(pairs)] if pairs else []
        if piece.warning:
            self.changes.append(Change("canh_bao", str(piece.place), _plain(piece.source), reason=piece.warning))
            comments.append(f"CẢNH BÁO: {piece.warning}")
        return Commented(text, tuple(comments))

    def omitted(self, node: Omitted) -> Comments:
        self.changes.append(Change("luoc_bo", str(node.place), _plain(node.source), reason=node.reason))
        return Comments((f"lược bỏ ({SOURCE}: {node.place}): «{_short(node.source)}» — {node.reason}",))

    def names(self, texts: tuple[Text, ...], place: str, *, record: bool = True) -> list[tuple[str | None, str]]:
        """(agency key or None, name) of each body, in order, once each; a name after the first
        that starts with a common word ("Các thôn, tổ dân phố") is written in lower case."""
        out: dict[str, tuple[str | None, str]] = {}
        for text in texts:
            slot = text.parts[0]
            if isinstance(slot, str):
                key, name = None, _unescape(slot)
            else:
                key = self.xa.agency(slot.rule.keys, slot.rule.phrase)[0] if slot.rule and slot.rule.keys else None
                name = _unescape(slot.fill(self.xa))
                if record:
                    self.changes.append(Change("thay", place, slot.matched, name))
            if out and name.split(" ", 1)[0] in self.xa.lower_words:
                name = name[:1].lower() + name[1:]
            out.setdefault(key or name, (key, name))
        return list(out.values())

    def agencies(self, node: Agencies) -> Commented:
        found = self.names(node.items, str(node.place))
        if node.besides is not None:
            lead = {name for _, name in self.names(node.besides.items, "", record=False)}
            found = [(k, n) for k, n in found if n not in lead]
        text = ", ".join(n for _, n in found)
        comments = [f"{SOURCE}: {node.place}; «{_plain(node.source)}» → «{text}»"]
        for left in node.left_out:
            self.changes.append(Change("luoc_bo", str(node.place), _plain(node.source), reason=left))
            comments.append(f"lược bỏ {left}")
        return Commented(text or None, tuple(comments))

    # ---------------------------------------------------------------- Tổ chức thực hiện
    def agencies_of_plan(self, entries: list[Entry | Omitted]) -> list[Any]:
        """The commune's Tổ chức thực hiện: province entries joined by agency, then the standing ones."""
        groups: dict[tuple[str, ...], list[tuple[Entry, list[tuple[str | None, str]]]]] = {}
        notes: list[Any] = []
        for entry in entries:
            if isinstance(entry, Omitted):
                notes.append(self.omitted(entry))
                continue
            names = self.names(tuple(Text((slot,)) for slot in entry.targets), str(entry.place))
            groups.setdefault(tuple(k or n for k, n in names), []).append((entry, names))
        standing = self.rules.source.xa.to_chuc_thuc_hien or {}
        lead = [g for g in groups if "chu_tri" in g]
        last = [g for g in groups if "cap_duoi" in g and g not in lead]
        middle = [g for g in groups if g not in lead and g not in last]
        present = {key for group in groups for key in group}
        added = {key: self.standing(key, spec) for key, spec in standing.items() if spec is not None and key not in present}
        out: list[Any] = [*notes]
        out += [self.entry(groups[g]) for g in lead] or ([added["chu_tri"]] if "chu_tri" in added else [])
        out += [self.entry(groups[g]) for g in middle]
        out += [entry for key, entry in added.items() if key not in ("chu_tri", "cap_duoi")]
        out += [self.entry(groups[g]) for g in last] or ([added["cap_duoi"]] if "cap_duoi" in added else [])
        return out

    def entry(self, members: list[tuple[Entry, list[tuple[str | None, str]]]]) -> Commented:
        first, names = members[0]
        distinct = list(dict.fromkeys(names + [n for _, ns in members[1:] for n in ns]))
        key = distinct[0][0] if len(distinct) == 1 else None
        name = Commented(Flow({"khoa": key}), (f"{distinct[0][1]} (theo hồ sơ)",)) if key else ", ".join(n for _, n in distinct)
        out: dict[str, Any] = {"co_quan": name}
        role = next((m.vai_tro for m, _ in members if m.vai_tro is not None), None)
        if role is not None:
            out["vai_tro"] = self.node(role)
        if any(m.de_nghi for m, _ in members):  # a mass organisation among them: "Đề nghị ..."
            out["de_nghi"] = True
        if len(members) == 1:
            if first.cung_dong:
                out["cung_dong"] = True
            content = first.noi_dung
        else:
            content = _joined([m for m, _ in members])
        if content:
            out["noi_dung"] = self.node(content)
        comments = [f"{SOURCE}: {m.place}: «{_plain(m.source)}» → «{', '.join(n for _, n in ns)}»" for m, ns in members]
        if len(members) > 1:
            comments.append(f"gộp việc của {len(members)} cơ quan của tỉnh vào một cơ quan của xã")
        for m, _ in members:
            for left in m.left_out:
                self.changes.append(Change("luoc_bo", str(m.place), _plain(m.source), reason=left))
                comments.append(f"lược bỏ {left}")
        return Commented(out, tuple(comments))

    def standing(self, key: str, spec: Any) -> Commented:
        """An agency the commune always has and the province gave no task: the rules' tasks."""
        self.xa.agency((key,))
        out: dict[str, Any] = {"co_quan": Flow({"khoa": key})}
        if spec.vai_tro:
            out["vai_tro"] = self.xa.format(spec.vai_tro)
        if spec.de_nghi:
            out["de_nghi"] = True
        if spec.cung_dong:
            out["cung_dong"] = True
        out["noi_dung"] = _format_blocks(spec.noi_dung, self.xa)
        name = self.xa.profile.agency(key)
        self.changes.append(Change("them", "Tổ chức thực hiện", after=name,
                                   reason="kế hoạch tỉnh không giao việc cho cơ quan này của xã: việc theo quy tắc"))
        return Commented(out, (f"{name}: kế hoạch tỉnh không giao việc tương ứng; việc theo quy tắc (bdg_docs/data/cap_xa.yaml)",))


def _joined(entries: list[Entry]) -> list[Any]:
    """The tasks of several province bodies under one commune agency: run-in paragraphs become bullets."""
    out: list[Any] = []
    for entry in entries:
        content = list(entry.noi_dung)
        if entry.cung_dong:
            at = next(i for i, n in enumerate(content) if is_kept(n))
            content[at] = {"gach": [Capital(content[at])]}
        for node in content:
            if isinstance(node, dict) and "gach" in node and out and isinstance(out[-1], dict) and "gach" in out[-1]:
                out[-1] = {"gach": [*out[-1]["gach"], *node["gach"]]}
            else:
                out.append(node)
    return out


def _format_blocks(blocks: list[Any], xa: Xa) -> list[Any]:
    out: list[Any] = []
    for block in blocks:
        if isinstance(block, str):
            out.append(xa.format(block))
        elif isinstance(block, dict):
            out.append({k: _format_blocks(v, xa) if isinstance(v, list) else v for k, v in block.items()})
    return out


def _capital(markup: str) -> str:
    at = len(markup) - len(markup.lstrip("*"))
    return markup[:at] + markup[at:at + 1].upper() + markup[at + 1:]


def _unescape(markup: str) -> str:
    return re.sub(r"\\([\\*\[\]])", r"\1", markup)


def _plain(markup: str) -> str:
    """What a reader sees of markup, on one line (bold and italic marks dropped)."""
    return " ".join(_unescape(re.sub(r"(?<!\\)\*+", "", markup)).split())


def _short(markup: str, limit: int = 90) -> str:
    text = _plain(markup)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


__all__ = ["Change", "Filler", "SOURCE"]
