"""What the checker reports: findings, each tied to a rule of spec §5, and its coverage.

A report says what it found *and what it could look at*: ``evaluated`` lists the rules checked,
``not_evaluated`` the rules that apply to this kind of document but could not be checked (a part
absent or unreadable, or a rule that cannot be decided on this layout), each with the reason.
"No error" is only said of the rules that were evaluated.

Text taken from a checked document (excerpts, and the values quoted in messages) never carries
control characters into a report: C0 and C1 controls and the invisible format characters
(U+202E RIGHT-TO-LEFT OVERRIDE and the like) are shown as ``\\u202e``.
"""
from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from bdg_docs.nd30.rules import RULES
from bdg_docs.reader.views import ParagraphView

# Rules no layout lets the checker evaluate (documented in docs/nd30-rules.md).
NEVER_EVALUATED = frozenset({"R46"})


def visible(text: str) -> str:
    """``text`` with control and invisible format characters written as ``\\uXXXX``."""
    if text.isprintable() or all(unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs") for ch in text):
        return text
    return "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") else ch
                   for ch in text)


@dataclass(frozen=True)
class Finding:
    """One place where a document breaks a rule."""

    rule: str  # "R17"
    severity: str  # "error" (ND30 text) or "warning" (sample, practice, or not decidable here)
    location: str  # "bảng 1, hàng 2, ô 1, đoạn 1"
    excerpt: str  # a short piece of the text there
    message: str  # what is wrong, in Vietnamese
    hint: str  # how to fix it, in Vietnamese

    def __str__(self) -> str:
        where = f"{self.location}" + (f" «{self.excerpt}»" if self.excerpt else "")
        label = "LỖI" if self.severity == "error" else "CẢNH BÁO"
        return f"{label} {self.rule} [{where}]: {self.message} → {self.hint}"


@dataclass
class Report:
    """The findings for one document, what the checker recognised in it, and what it checked.

    ``kind``: ``co_ten_loai`` (a document with a type name: Kế hoạch, Quyết định, Báo cáo ...),
    ``cong_van``, ``phu_luc`` (an appendix on its own), ``ban_sao`` (a copy; ``copy_of`` is what
    it copies), ``dang`` (a Party document: out of scope), ``can_xem_lai`` (the type cannot be
    told; ``review`` says why) or ``khong_ro``."""

    kind: str
    type_name: str | None  # "KẾ HOẠCH" for a typed document
    findings: list[Finding] = field(default_factory=list)
    evaluated: list[str] = field(default_factory=list)
    not_evaluated: dict[str, str] = field(default_factory=dict)  # rule → why it could not be checked
    parts: list[str] = field(default_factory=list)  # the parts found (Parts.found())
    review: list[str] = field(default_factory=list)
    note: str | None = None  # said of the whole document (a Party document is out of scope)
    copy_of: dict[str, Any] | None = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def complete(self) -> bool:
        """Every rule that applies to this kind of document was evaluated."""
        return not self.not_evaluated and self.kind not in ("dang", "can_xem_lai", "khong_ro")

    def rules(self) -> set[str]:
        return {f.rule for f in self.findings}

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind, "type_name": self.type_name, "ok": self.ok, "complete": self.complete,
            "errors": len(self.errors), "warnings": len(self.warnings),
            "findings": [asdict(f) for f in self.findings],
            "parts": list(self.parts),
            "evaluated": list(self.evaluated),
            "not_evaluated": [{"rule": rule, "reason": reason} for rule, reason in self.not_evaluated.items()],
        }
        if self.review:
            out["review"] = list(self.review)
        if self.note:
            out["note"] = self.note
        if self.copy_of:
            out["copy_of"] = dict(self.copy_of)
        return out


class Collector:
    """Collects findings while the rules run, one per rule and place, and what was checked."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self._seen: set[tuple[str, str]] = set()
        self._checked: set[str] = set()
        self._cannot: dict[str, str] = {}

    def add(self, rule: str, where: ParagraphView | str | None, message: str, hint: str,
            severity: str | None = None) -> None:
        """A finding; ``severity`` overrides the rule's level (a warning where the checker cannot be sure)."""
        if isinstance(where, ParagraphView):
            location, excerpt = where.location, where.excerpt()
        else:
            location, excerpt = where or "toàn văn bản", ""
        self._checked.add(rule)
        if (rule, location) in self._seen:
            return
        self._seen.add((rule, location))
        level = severity or RULES[rule].level.severity
        self.findings.append(Finding(rule, level, visible(location), visible(excerpt), visible(message), visible(hint)))

    def checked(self, *rules: str) -> None:
        """The rules were evaluated (with or without findings)."""
        self._checked.update(rules)

    def cannot(self, rule: str, reason: str) -> None:
        """The rule applies but could not be evaluated, for ``reason``."""
        self._cannot.setdefault(rule, reason)

    def report(self, kind: str, type_name: str | None, **extra: Any) -> Report:
        evaluated = sorted(self._checked - NEVER_EVALUATED, key=_order)
        not_evaluated = {rule: reason for rule, reason in sorted(self._cannot.items(), key=lambda kv: _order(kv[0]))
                         if rule not in self._checked}
        return Report(kind, type_name, self.findings, evaluated, not_evaluated, **extra)


def _order(rule: str) -> int:
    return int(rule[1:]) if rule[1:].isdigit() else 0
