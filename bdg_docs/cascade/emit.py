"""Writing a commune's draft: its data file (YAML with comments) and its report (Markdown).

The data file is written line by line, so that each brought-down text can carry the comment that
says where it came from (``# từ kế hoạch tỉnh: ...``) and each left-out task stays visible as a
comment where it was. Text values are double-quoted (JSON string syntax, which YAML reads as
written), so that no officer's text is read as YAML syntax.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable


@dataclass(frozen=True)
class Commented:
    """A value with comment lines written above it."""

    value: Any
    comments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comments:
    """Comment lines standing alone (a task left out), in a list or among a mapping's keys."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Flow:
    """A small mapping written on one line: ``{thang: 3, nam: 2026}``."""

    value: dict[str, Any]


def dump(data: dict[str, Any], header: Iterable[str] = ()) -> str:
    """The YAML text of ``data``, after the ``header`` comment lines."""
    lines = [f"# {line}".rstrip() for line in header]
    _mapping(data, 0, lines)
    return "\n".join(lines) + "\n"


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Flow):
        return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in value.value.items()) + "}"
    return json.dumps(str(value), ensure_ascii=False)


def _comments(comments: Iterable[str], indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for comment in comments:
        lines.extend(f"{pad}# {part}".rstrip() for part in comment.splitlines() or [""])


def _is_block(value: Any) -> bool:
    return isinstance(value, dict) or (isinstance(value, list) and bool(value))


def _mapping(data: dict[str, Any], indent: int, lines: list[str], first_prefix: str | None = None) -> None:
    """A block mapping; ``first_prefix`` ("- ") puts its first key on a list item's line."""
    pad = " " * indent
    prefix = first_prefix
    for key, value in data.items():
        comments: tuple[str, ...] = ()
        if isinstance(value, Commented):
            comments, value = value.comments, value.value
        entries = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else None
        if entries and all(isinstance(v, Comments) for v in entries):
            value = Comments(tuple(line for v in entries for line in v.lines))  # everything in it was left out
        if isinstance(value, Comments):
            _comments(value.lines, indent, lines)
            continue
        if prefix is not None:  # comments of a list item's first key go above the dash
            _comments(comments, indent - len(prefix), lines)
            head, prefix = (" " * (indent - len(prefix))) + prefix, None
        else:
            _comments(comments, indent, lines)
            head = pad
        if _is_block(value):
            lines.append(f"{head}{key}:")
            _block(value, indent + 2, lines)
        else:
            lines.append(f"{head}{key}: {_scalar(value)}".rstrip())


def _block(value: Any, indent: int, lines: list[str]) -> None:
    if isinstance(value, dict):
        _mapping(value, indent, lines)
        return
    pad = " " * indent
    for item in value:
        comments: tuple[str, ...] = ()
        if isinstance(item, Commented):
            comments, item = item.comments, item.value
        if isinstance(item, Comments):
            _comments(item.lines, indent, lines)
            continue
        if isinstance(item, dict):
            _comments(comments, indent, lines)
            _mapping(item, indent + 2, lines, first_prefix="- ")
        elif isinstance(item, list):
            _comments(comments, indent, lines)
            lines.append(f"{pad}-")
            _block(item, indent + 2, lines)
        else:
            _comments(comments, indent, lines)
            lines.append(f"{pad}- {_scalar(item)}")


# ------------------------------------------------------------------------------- reports
def cell(text: str, limit: int | None = 160) -> str:
    """Text for a Markdown table cell: one line, ``|`` escaped, long text shortened."""
    text = " ".join(str(text).split()).replace("|", "\\|")
    if limit is not None and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return text


def table(head: list[str], rows: Iterable[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


__all__ = ["Comments", "Commented", "Flow", "cell", "dump", "table"]
