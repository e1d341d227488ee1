"""Inline text: a paragraph's words with bold, italic, footnotes and citations.

Data writes them with a small markup, close to what officers see in Word:

==================  ============================================================
``**15/12/2026**``  bold (deadlines in the seeds are bold)
``*tháng 6*``       italic (the seeds italicise parenthetical asides)
``[^ghi_chu]``      a footnote; its text is under ``chu_thich: {ghi_chu: ...}``
``[@qd_1790]``      a cited document from ``van_ban`` (full form the first time)
``[=BĐG]``          an abbreviation from ``viet_tat`` (``Bình đẳng giới (BĐG)`` the first time)
``[$nam]``          a value the document type computes (the plan's year, a deadline)
``\\*``             a literal asterisk (likewise ``\\[`` and ``\\\\``)
==================  ============================================================

A line break inside the text stays inside its paragraph.

>>> Inline.parse("trước ngày **15 tháng 12** hằng năm").parts
(Span(text='trước ngày ', bold=False, italic=False), Span(text='15 tháng 12', bold=True, italic=False), Span(text=' hằng năm', bold=False, italic=False))
>>> Inline.parse("Chỉ thị[^1] và [@ct_21]").refs()
(('footnote', '1'), ('citation', 'ct_21'))
"""

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Union

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

from bdg_docs.errors import RuleViolation


@dataclass(frozen=True)
class Span:
    """A run of text, bold and/or italic."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class FootnoteRef:
    """A footnote mark ``[^label]``: the note is in the document's ``chu_thich``."""

    label: str


@dataclass(frozen=True)
class _KeyRef:
    """A reference by key; it takes the bold and italic of the text around it."""

    key: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class CitationRef(_KeyRef):
    """A cited document (``[@qd_1790]``)."""


@dataclass(frozen=True)
class AbbreviationRef(_KeyRef):
    """An abbreviation: its full form and the abbreviation the first time, the abbreviation after."""


@dataclass(frozen=True)
class VariableRef(_KeyRef):
    """A value the document computes from its data (``[$nam]``: the plan's year)."""


Part = Union[Span, FootnoteRef, CitationRef, AbbreviationRef, VariableRef]

# Reference sigils: what each kind is called in refs(), the part it makes, the section defining it.
_KINDS = {
    "^": ("footnote", "chu_thich"),
    "@": ("citation", "van_ban"),
    "=": ("abbreviation", "viet_tat"),
    "$": ("variable", "bien"),
}
_SIGIL = {kind: sigil for sigil, (kind, _) in _KINDS.items()}
_REF = re.compile(r"\[(?P<kind>[\^@=$])(?P<key>[\w.&-]+)\]")
_SPECIAL = re.compile(r"[\\*\[]")  # where markup may start
_STARS = re.compile(r"\*+")


class Inline:
    """Parsed inline text. ``source`` is the markup it was read from."""

    __slots__ = ("parts", "source")

    def __init__(self, parts: tuple[Part, ...], source: str):
        self.parts = parts
        self.source = source

    # -- reading -------------------------------------------------------------------------
    @classmethod
    def parse(cls, source: str) -> "Inline":
        if _SPECIAL.search(source) is None:  # no markup: one plain span (most texts)
            return cls((Span(source, False, False),) if source else (), source)
        parts: list[Part] = []
        bold = italic = False
        buf: list[str] = []

        def flush() -> None:
            if buf:
                text = "".join(buf)
                last = parts[-1] if parts else None
                if isinstance(last, Span) and (last.bold, last.italic) == (bold, italic):
                    parts[-1] = Span(last.text + text, bold, italic)
                else:
                    parts.append(Span(text, bold, italic))
                buf.clear()

        i, n = 0, len(source)
        while i < n:
            special = _SPECIAL.search(source, i)  # the words up to the next backslash, * or [: one slice
            if special is None:
                buf.append(source[i:])
                break
            if special.start() > i:
                buf.append(source[i:special.start()])
                i = special.start()
            ch = source[i]
            if ch == "\\" and i + 1 < n and source[i + 1] in "\\*[]":
                buf.append(source[i + 1])
                i += 2
                continue
            if ch == "*":
                run = _STARS.match(source, i).end() - i  # type: ignore[union-attr]
                before = source[i - 1] if i > 0 else " "
                after = source[i + run] if i + run < n else " "
                # Like Markdown: a run opens before a word and closes after one; a * between
                # letters or digits (7*7) or between spaces is an ordinary character.
                opens = not after.isspace() and not before.isalnum()
                closes = not before.isspace() and not after.isalnum()
                closing = (run in (1, 3) and italic) or (run in (2, 3) and bold)
                if not ((closes and closing) or (opens and not closing)):
                    buf.append("*" * run)
                    i += run
                    continue
                if run > 3:
                    raise RuleViolation(
                        f"có {run} dấu * liền nhau ở vị trí {i + 1}.",
                        hint="Dùng *nghiêng*, **đậm** hoặc ***đậm nghiêng***; viết \\* cho dấu * thật.",
                    )
                flush()
                if run in (1, 3):
                    italic = not italic
                if run in (2, 3):
                    bold = not bold
                i += run
                continue
            if ch == "[":
                match = _REF.match(source, i)
                if match:
                    flush()
                    key = match["key"]
                    parts.append(_ref(match["kind"], key, bold, italic))
                    i = match.end()
                    continue
            buf.append(ch)
            i += 1
        flush()
        if bold or italic:
            which = "**" if bold else "*"
            raise RuleViolation(
                f"dấu {which} mở mà chưa đóng.",
                hint=f"Thêm {which} ở cuối đoạn chữ cần {'đậm' if bold else 'nghiêng'}, hoặc viết \\* cho dấu * thật.",
            )
        return cls(tuple(parts), source)

    @classmethod
    def literal(cls, text: str) -> "Inline":
        """Text taken as it is, with no markup (for callers that build documents in code)."""
        return cls((Span(text),) if text else (), escape(text))

    # -- using ---------------------------------------------------------------------------
    def refs(self) -> tuple[tuple[str, str], ...]:
        """References, in order: ``(kind, key)`` with kind ``footnote``, ``citation``,
        ``abbreviation`` or ``variable``."""
        if "[" not in self.source:
            return ()  # every reference is written with a [ (most texts have none)
        return tuple(_ref_kind(p) for p in self.parts if not isinstance(p, Span))

    @property
    def plain(self) -> str:
        """The words without markup (references shown as they are written)."""
        out = []
        for p in self.parts:
            if isinstance(p, Span):
                out.append(p.text)
            else:
                kind, key = _ref_kind(p)
                out.append(f"[{_SIGIL[kind]}{key}]")
        return "".join(out)

    def __iter__(self) -> Iterator[Part]:
        return iter(self.parts)

    def __bool__(self) -> bool:
        return bool(self.parts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Inline) and other.parts == self.parts

    def __hash__(self) -> int:
        return hash(self.parts)

    def __repr__(self) -> str:
        return f"Inline({self.source!r})"

    def __str__(self) -> str:
        return self.source

    # -- pydantic ------------------------------------------------------------------------
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        from bdg_docs.models.base import clean_text, text_from_mapping, typed_text

        def validate(value: Any, info: core_schema.ValidationInfo) -> Inline:
            value = text_from_mapping(value)
            if isinstance(value, Inline):
                inline = value
            elif isinstance(value, str):
                inline = cls.parse(clean_text(value))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                inline = cls.parse(clean_text(typed_text(value)))  # 12.500 as typed, not 12.5
            else:
                raise RuleViolation("phải là một đoạn chữ.", hint="Viết nội dung trong dấu nháy nếu cần.")
            _check_refs(inline, info.context)
            return inline

        return core_schema.with_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda v: v.source),
            json_schema_input_schema=core_schema.str_schema(),
        )


def escape(text: str) -> str:
    """Markup that reads back as exactly ``text``."""
    return re.sub(r"([\\*\[\]])", r"\\\1", text)


def _ref(sigil: str, key: str, bold: bool, italic: bool) -> Part:
    if sigil == "^":
        return FootnoteRef(key)
    cls = {"@": CitationRef, "=": AbbreviationRef, "$": VariableRef}[sigil]
    return cls(key, bold, italic)


def _ref_kind(part: Part) -> tuple[str, str]:
    if isinstance(part, FootnoteRef):
        return "footnote", part.label
    kind = {CitationRef: "citation", AbbreviationRef: "abbreviation", VariableRef: "variable"}[type(part)]
    return kind, part.key  # type: ignore[union-attr]


def defining_section(kind: str) -> str:
    """The document section that defines references of this kind (``van_ban`` for citations)."""
    return next(section for name, section in _KINDS.values() if name == kind)


def unknown_ref(kind: str, key: str, known: Iterable[str] = ()) -> RuleViolation:
    """The error for a reference to something the document does not define."""
    sigil = _SIGIL[kind]
    if kind == "footnote":
        return RuleViolation(f"chú thích [^{key}] chưa được khai báo.",
                             hint=f"Thêm '{key}: <nội dung>' vào mục chu_thich, hoặc sửa tên chú thích.")
    if kind == "citation":
        return RuleViolation(f"văn bản [@{key}] chưa được khai báo.",
                             hint=f"Thêm '{key}' vào mục van_ban (số, ngày, cơ quan, trích yếu), hoặc sửa khóa.")
    if kind == "abbreviation":
        return RuleViolation(f"chữ viết tắt [={key}] chưa được khai báo.",
                             hint=f"Thêm '{key}: <tên đầy đủ>' vào mục viet_tat, hoặc sửa chữ viết tắt.")
    names = ", ".join(f"[{sigil}{name}]" for name in sorted(known))
    return RuleViolation(f"[{sigil}{key}] không phải là giá trị loại văn bản này tính được.",
                         hint=f"Dùng một trong: {names}." if names else "Loại văn bản này không có giá trị nào để chèn.")


def _check_refs(inline: Inline, context: Any) -> None:
    """With a loading context, refuse references to things the document does not define."""
    if not isinstance(context, dict):
        return
    for kind, key in inline.refs():
        known = context.get(defining_section(kind))
        if known is not None and key not in known:
            raise unknown_ref(kind, key, known)
