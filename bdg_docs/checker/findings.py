"""What the checker reports: findings, each tied to a rule of spec §5."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from bdg_docs.nd30.rules import RULES
from bdg_docs.reader.docx import ParagraphView


@dataclass(frozen=True)
class Finding:
    """One place where a document breaks a rule."""

    rule: str  # "R17"
    severity: str  # "error" (ND30 text) or "warning" (sample, practice)
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
    """The findings for one document, and what the checker recognised in it."""

    kind: str  # "co_ten_loai" (Kế hoạch and other typed documents), "cong_van", or "khong_ro"
    type_name: str | None  # "KẾ HOẠCH" for a typed document
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def rules(self) -> set[str]:
        return {f.rule for f in self.findings}

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "type_name": self.type_name, "ok": self.ok,
                "errors": len(self.errors), "warnings": len(self.warnings),
                "findings": [asdict(f) for f in self.findings]}


class Collector:
    """Collects findings while the rules run."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def add(self, rule: str, where: ParagraphView | str | None, message: str, hint: str) -> None:
        if isinstance(where, ParagraphView):
            location, excerpt = where.location, where.excerpt()
        else:
            location, excerpt = where or "toàn văn bản", ""
        severity = RULES[rule].level.severity
        self.findings.append(Finding(rule, severity, location, excerpt, message, hint))
