"""Slips in a data file that YAML reads without a word, but not as the officer meant.

YAML is forgiving in ways that change text silently. Each slip below was seen in officers' files;
it is found from the parser's events or the composed nodes (their marks: line, column, style)
and the source text, in the walk that builds the data from them (:func:`read`), so it does not
depend on how a parser keeps comments:

* a comment after text on the same line: ``thẻ #binhdanggioi`` cuts the text at `` #``.
  A ``#`` glued to a word (a hashtag) is an error; after a list item's text, where a comment is
  unusual, a warning shows what was dropped;
* a bullet swallowed by indentation: a plain text one of whose continuation lines starts with
  ``- `` or ``+ `` (the bullet was typed deeper than the others) is an error;
* a bullet that lost its dash: a text right after a ``gach:`` (or ``cong:``) list, at the column
  of ``- gach:``, with no blank line before it, is a warning (a paragraph after a list is
  written with a blank line above it);
* a dash typed twice (``- - Phát thanh``) makes a list inside the list: an error;
* text starting with ``&`` or ``!`` loses that word (YAML reads an anchor or a tag): an error.

Errors refuse the file (nothing is written); warnings are printed as ``CẢNH BÁO`` with the line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from bdg_docs import lazy
from bdg_docs.errors import Problem
from bdg_docs.loading import Loc, Located, field_name, read_yaml

_LINE_BREAK = lazy.pattern(r"\r\n|[\n\r\x85\u2028\u2029]")  # the line breaks YAML counts
_COMMENT = re.compile(r"[ \t]+#")
_BULLET = lazy.pattern(r"[-+•–—]\s")
_LISTS = ("gach", "cong")
_STR = "tag:yaml.org,2002:str"


@dataclass(frozen=True)
class Slips:
    """What a data file's typing slips make: errors that stop it, warnings the document keeps."""

    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()


def read(text: str, *, filename: str | None = None) -> tuple[Located, Slips]:
    """A data file read by :func:`bdg_docs.loading.read_yaml`, and its slips, found in the same walk."""
    finder = _Finder(text, filename)
    located = read_yaml(text, filename=filename, watcher=finder)
    finder.unused_anchors()
    return located, Slips(tuple(finder.errors), tuple(finder.warnings))


class _Finder:
    """The watcher of :func:`bdg_docs.loading.read_yaml`'s walk: shown each node once, where it
    is written, it notes the slips there."""

    def __init__(self, text: str, filename: str | None):
        # Only LF and CR LF end a line in most files: split on LF then, in one pass in C.
        plain = "\r" not in text and not any(char in text for char in "\x85\u2028\u2029")
        self.lines = text.split("\n") if plain else _LINE_BREAK().split(text)
        self.filename = filename
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.visits: dict[int, list[Any]] = {}  # id(node) -> [node, loc, times seen]
        from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

        self.kinds = MappingNode, ScalarNode, SequenceNode  # imported once per file, not per node

    def problem(self, loc: Loc, line: int, message: str, hint: str) -> Problem:
        return Problem(field_name(loc), message, hint=hint, file=self.filename, line=line + 1)

    def seen(self, node: Any, loc: Loc) -> bool:
        """Whether ``node`` is seen for the first time (a node seen again is an alias's)."""
        seen = self.visits.get(id(node))
        if seen is not None:
            seen[2] += 1
            return False
        self.visits[id(node)] = [node, loc, 1]
        return True

    def clear(self) -> None:
        """Forget what was found: the walk starts again (over nodes composed by the Python parser)."""
        self.errors.clear()
        self.warnings.clear()
        self.visits.clear()

    def item(self, sequence: Any, i: int, loc: Loc) -> None:
        """The slips of a list's item ``i`` (a node) that show against the list: a dash typed
        twice, one lost."""
        MappingNode, ScalarNode, SequenceNode = self.kinds  # noqa: N806
        item = sequence.value[i]
        if isinstance(item, SequenceNode) and not item.flow_style:
            self.double_dash(loc, item.start_mark.line, item.value[0] if item.value else None)
        if i and isinstance(item, ScalarNode) and isinstance(sequence.value[i - 1], MappingNode):
            block = sequence.value[i - 1]
            self.after_list(loc, item, [str(k.value) for k, _ in block.value], block.start_mark.line)

    # -- the slips ------------------------------------------------------------------------
    def scalar(self, node: Any, loc: Loc, in_list: bool, tag: str, style: str | None) -> None:
        """The slips of a text (a node or a parser's event: its value and marks), given its tag
        and style."""
        if tag.startswith("!"):
            self.errors.append(self.problem(
                loc, node.start_mark.line, f"chữ bắt đầu bằng '{tag}' bị YAML hiểu là một thẻ (tag) và bỏ đi.",
                f"Đặt cả đoạn trong dấu nháy: {_quoted(f'{tag} {node.value}')}."))
        if tag != _STR or style is not None:
            return  # quoted and block text is taken as written
        self.comment_after(node, loc, in_list)
        self.swallowed(node, loc, in_list)

    def comment_after(self, node: Any, loc: Loc, in_list: bool) -> None:
        end = node.end_mark
        rest = self.lines[end.line][end.column:] if end.line < len(self.lines) else ""
        match = _COMMENT.match(rest)
        if match is None:
            return
        comment = rest[match.end() - 1:].rstrip()
        shown = f"{node.value} {comment}"
        if len(comment) > 1 and not comment[1].isspace() and comment[1] != "#":
            self.errors.append(self.problem(
                loc, end.line, f"đoạn chữ bị cắt ở '{_tail(node.value)}': YAML hiểu ' #' là bắt đầu ghi chú, "
                               f"nên '{_head(comment)}' không được in.",
                f"Đặt cả đoạn trong dấu nháy: {_quoted(shown)}. Nếu đó đúng là ghi chú, viết '# ' (có dấu cách sau #)."))
        elif in_list:
            self.warnings.append(self.problem(
                loc, end.line, f"phần sau ' #' không được in (YAML coi là ghi chú): '{_head(comment)}'.",
                f"Nếu đó là nội dung, đặt cả dòng trong dấu nháy: - {_quoted(shown)}. "
                "Nếu là ghi chú, chuyển lên một dòng riêng."))

    def swallowed(self, node: Any, loc: Loc, in_list: bool) -> None:
        start, end = node.start_mark, node.end_mark
        for number in range(start.line + 1, min(end.line, len(self.lines) - 1) + 1):
            line = self.lines[number].lstrip()
            if not _BULLET().match(line):
                continue
            dash = self.lines[start.line].rfind("-", 0, start.column) if in_list else -1
            where = (f"thẳng cột với dấu '-' ở dòng {start.line + 1} ({dash} dấu cách đầu dòng)" if dash >= 0
                     else "thành một mục riêng của danh sách")
            self.errors.append(self.problem(
                loc, number, f"dòng '{_head(line)}' bị nhập vào đoạn chữ ở dòng {start.line + 1}: "
                             "nó thụt lề sâu hơn, nên YAML đọc nó là phần tiếp của đoạn trên.",
                f"Viết '{line[:1]}' {where}; nếu đó đúng là chữ trong đoạn, đặt cả đoạn trong dấu nháy."))
            return

    def after_list(self, loc: Loc, item: Any, keys: Any, block_line: int) -> None:
        """A text list item (a node or an event) after a group item with these keys, starting at
        ``block_line`` (0-based): a bullet that lost its dash, if the group is a ``gach:`` list."""
        key = next((str(k) for k in keys if str(k) in _LISTS), None)
        if key is None:
            return
        line = item.start_mark.line
        above = line - 1
        while above > block_line and self.lines[above].lstrip().startswith("#"):
            above -= 1  # comment lines between do not count
        if above <= block_line or not self.lines[above].strip():
            return  # a blank line above: a paragraph after the list, as meant
        self.warnings.append(self.problem(
            loc, line, f"đoạn '{_head(_plain_value(item))}' đứng ngay sau danh sách '{key}' (dòng {block_line + 1}) "
                       f"nhưng thụt lề bằng dòng '- {key}:', nên được in thành đoạn văn riêng, không có dấu '-'.",
            "Nếu đó là một ý của danh sách: thụt vào thẳng cột với các ý ở trên. "
            "Nếu đúng là đoạn văn riêng: để một dòng trống phía trên nó."))

    def double_dash(self, loc: Loc, line: int, first: Any) -> None:
        """A list item that is a block list (``- - x``) at ``line`` (0-based), whose first item
        is ``first`` (a node or an event; None or an end event for none)."""
        self.errors.append(self.problem(
            loc, line, "mục này bắt đầu bằng hai dấu '-': YAML đọc thành một danh sách trong danh sách.",
            f"Mỗi ý chỉ một dấu '-' rồi một dấu cách: '- {_head(_plain_value(first))}'."))

    def unused_anchors(self) -> None:
        for node, loc, times in self.visits.values():
            anchor = getattr(node, "anchor", None)
            name = getattr(anchor, "value", anchor)
            if name and times == 1:
                self.errors.append(self.problem(
                    loc, node.start_mark.line, f"chữ bắt đầu bằng '&{name}' bị YAML hiểu là một nhãn (anchor) và bỏ đi.",
                    f"Đặt cả đoạn trong dấu nháy: {_quoted(f'&{name} {_plain_value(node)}')}."))


def _plain_value(node: Any) -> str:
    """A scalar's text as read (without the fold marks ruamel.yaml's parser leaves in a ``>``
    block), or ``...`` for a list or group (a node or an event), or nothing (None)."""
    value = getattr(node, "value", None)
    return value.replace("\a", "") if isinstance(value, str) else "..."


def _quoted(text: str) -> str:
    """``text`` in the YAML quotes that keep it as it is."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"


def _head(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 1] + "…"


def _tail(text: str, size: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else "…" + text[-(size - 1):]


def drop_consequences(slip_errors: tuple[Problem, ...], problems: Iterator[Problem] | tuple[Problem, ...]) -> list[Problem]:
    """``problems`` without those at or under a field a slip error names (they follow from it)."""
    fields = [p.field for p in slip_errors if p.field]
    return [p for p in problems
            if not any(p.field == f or p.field.startswith((f + ".", f + "[")) for f in fields)]


__all__ = ["Slips", "drop_consequences", "read"]
