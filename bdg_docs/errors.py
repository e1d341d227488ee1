"""The exceptions bdg_docs raises, in one tree.

    BdgError
    ├── RuleViolation     a value breaks a Decree 30 rule (also a ValueError)
    ├── InputError        a document file or model is invalid; lists every Problem
    ├── TemplateError     a template is missing, damaged or does not fit its model
    ├── OutputExistsError the target file exists and overwriting was not asked for
    ├── PdfError          LibreOffice is missing, failed or took too long (PDF conversion)
    ├── UnreadableFile    an input file is missing, not a regular file, or over its size limit
    └── UnsupportedDocument  a .docx read back (nhap) is of a type bdg_docs does not build

Messages are written for officers, in Vietnamese: what is wrong and what to write instead.
"""
from __future__ import annotations

from dataclasses import dataclass


class BdgError(Exception):
    """Base class of every error bdg_docs raises on purpose."""


class RuleViolation(BdgError, ValueError):
    """A value breaks a rule of Nghị định 30/2020/NĐ-CP (or a rule of this library).

    ``rule`` is the rule ID of the spec (``R17``) when there is one; ``hint`` says what to
    write instead. Being a ``ValueError``, it can be raised inside pydantic validators,
    which then report it against the field that holds the value. A validator that checks a
    whole list, group or model points at the part it means with ``where`` (``("dong", 2, "ket_qua")``,
    ``("dia_phuong",)``, positions from 0), so that the message names that part and its line.
    """

    def __init__(self, message: str, *, rule: str | None = None, hint: str | None = None,
                 where: tuple[str | int, ...] = ()):
        super().__init__(message)
        self.message = message
        self.rule = rule
        self.hint = hint
        self.where = where

    def __str__(self) -> str:
        return self.message + (f" {self.hint}" if self.hint else "")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is, what is wrong, what to write instead."""

    field: str
    message: str
    hint: str | None = None
    file: str | None = None
    line: int | None = None
    rule: str | None = None

    @property
    def where(self) -> str:
        """``file:line`` (or what is known of it) for messages."""
        if self.file and self.line:
            return f"{self.file}:{self.line}"
        if self.file:
            return self.file
        if self.line:
            return f"dòng {self.line}"
        return ""

    def __str__(self) -> str:
        head = f"{self.where}: " if self.where else ""
        text = f"{head}trường '{self.field}': {self.message}" if self.field else f"{head}{self.message}"
        if self.hint:
            text += f" {self.hint}"
        return text


class InputError(BdgError):
    """A document is invalid. ``problems`` lists every problem found, in file order."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(problems)
        super().__init__(self._summary())

    def _summary(self) -> str:
        count = len(self.problems)
        head = "Dữ liệu không hợp lệ" + (f" ({count} lỗi)" if count > 1 else "") + ":"
        return "\n".join([head, *(f"  - {p}" for p in self.problems)])


class TemplateError(BdgError):
    """A template cannot be used: missing, damaged, unsafe, too costly, or not matching its model.

    ``template`` is the template's file name; ``tag`` the Jinja tag that failed, as written in
    the template (``{{ x * 9 }}``), when the failure is in one.
    """

    def __init__(self, message: str, *, template: str | None = None, tag: str | None = None):
        super().__init__(message)
        self.template = template
        self.tag = tag


class OutputExistsError(BdgError, FileExistsError):
    """The output file exists already and ``overwrite`` was not asked for."""

    def __init__(self, path: str):
        self.path = path
        super().__init__(
            f"Tệp {path} đã có; không ghi đè để giữ bản đã sửa. "
            "Muốn ghi đè, dùng --force (hoặc overwrite=True)."
        )


class PdfError(BdgError):
    """A PDF could not be made: LibreOffice is missing, failed, or did not finish in time.

    The message says what to do (the install command when LibreOffice is missing). The .docx
    files are not affected: they are written before conversion starts.
    """


class UnreadableFile(BdgError):
    """An input file cannot be read within its limits: missing, not a regular file (a folder, a
    FIFO, a device), not readable, or larger than its limit (:mod:`bdg_docs.limits`).

    Raised by :func:`bdg_docs.files.read_input`; ``reason`` says what is wrong (no final full
    stop) and ``hint`` what to do, in Vietnamese. Each reader turns it into its own error (InputError for data files and
    profiles, TemplateError for templates, DocxReadError for the checker).
    """

    def __init__(self, path: str, reason: str, hint: str | None = None):
        self.path = path
        self.reason = reason
        self.hint = hint
        super().__init__((f"{path}: " if path else "") + f"{reason}." + (f" {hint}" if hint else ""))


class UnsupportedDocument(BdgError):
    """A document read back with ``nhap`` is of a type bdg_docs does not build (a Quyết định, a
    Party document, a copy), its type cannot be told, or its data would be larger than a data
    file may be (:mod:`bdg_docs.limits`). The message names what it is and the types that can be
    read, or the limit."""
