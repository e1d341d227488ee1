"""Writing a data file as officers and the starter files write them: block YAML, lists under
their key, short mappings on one line (``ngay: {nam: 2022}``), Vietnamese comments above what
needs them, and every text quoted exactly when YAML would read it otherwise.

A text is written plain only when YAML cannot take it for something else (a number, a date,
``true``, a list, a comment, a mapping key); otherwise in single quotes, or in double quotes
with escapes when it holds a line break or a character YAML does not print. :func:`dump` reads
its own output back with the project's loader and raises if any value differs: a data file
written here always means what the document said.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# YAML's printable characters (YAML 1.2, 5.1) less the ones a YAML reader may take for a line
# break (U+0085, U+2028, U+2029) or a byte-order mark: others are written as escapes in double quotes.
_NOT_PRINTABLE = re.compile("[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_SPECIAL_WORDS = frozenset({"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"})
_KEY = re.compile(r"^[^\W\d][\w.&-]*$")
COMMENT_COLUMN = 32


@dataclass
class Commented:
    """A value with comments: lines above its key or list item, and one after a short value."""

    value: Any
    above: list[str] = field(default_factory=list)
    after: str | None = None


def plain_ok(text: str) -> bool:
    """``text`` can be written without quotes and read back as the same string."""
    if not text or text != text.strip() or _NOT_PRINTABLE.search(text) or "\n" in text or "\t" in text:
        return False
    if text[0] in _INDICATORS or ": " in text or " #" in text or text.endswith(":"):
        return False
    if text.lower() in _SPECIAL_WORDS or not any(ch.isalpha() for ch in text):
        return False
    # a number in any of YAML's forms (0x1F, 0o17, 1e5, 12:30, .inf) starts so and has no space
    return not (text[0] in "+.0123456789" and " " not in text)


def scalar(value: Any) -> str:
    """One value as YAML writes it on a line."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if plain_ok(text):
        return text
    if "\n" not in text and "\t" not in text and not _NOT_PRINTABLE.search(text):
        return "'" + text.replace("'", "''") + "'"
    return _double(text)


def _double(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif _NOT_PRINTABLE.match(ch):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def key_text(key: str) -> str:
    """A mapping key: plain when it is a word (``qd_1790_2021``, ``BĐG``), quoted otherwise."""
    if _KEY.match(key) and key.lower() not in _SPECIAL_WORDS:
        return key
    if "\n" not in key and "\t" not in key and not _NOT_PRINTABLE.search(key):
        return "'" + key.replace("'", "''") + "'"
    return _double(key)


# Values short enough to stand in a mapping on one line, needing no quotes even inside { }:
# a key (``chu_tri``) or a few words (``về việc``).
_FLOW_WORD = re.compile(r"^(?:[a-z][a-z0-9_]{0,30}|[^\W\d][\w ]{0,11})$")
FLOW_WIDTH = 60


def _flow(value: dict[str, Any]) -> str | None:
    """A short mapping on one line (``{ngay: 5, thang: 3, nam: 2026}``, ``{khoa: chu_tri}``), else None."""
    if not value or len(value) > 3:
        return None
    parts = []
    for key, item in value.items():
        if isinstance(item, bool) or item is None or isinstance(item, int):
            parts.append(f"{key_text(key)}: {scalar(item)}")
        elif isinstance(item, str) and _FLOW_WORD.match(item) and plain_ok(item):
            parts.append(f"{key_text(key)}: {item}")
        else:
            return None
    text = "{" + ", ".join(parts) + "}"
    return text if len(text) <= FLOW_WIDTH else None


def _comments(lines: list[str], indent: str) -> list[str]:
    return [f"{indent}# {' '.join(line.split())}".rstrip() for line in lines]


def _with_after(line: str, after: str | None) -> str:
    if not after:
        return line
    return f"{line.ljust(COMMENT_COLUMN - 1)} # {' '.join(after.split())}" if len(line) < COMMENT_COLUMN else f"{line}  # {after}"


def _emit(value: Any, indent: str, out: list[str]) -> None:
    """A mapping's entries at ``indent``."""
    for key, item in value.items():
        above: list[str] = []
        after = None
        if isinstance(item, Commented):
            above, after, item = item.above, item.after, item.value
        out.extend(_comments(above, indent))
        head = f"{indent}{key_text(key)}:"
        if isinstance(item, dict) and item:
            flow = _flow(item)
            if flow is not None:
                out.append(_with_after(f"{head} {flow}", after))
            else:
                out.append(_with_after(head, after))
                _emit(item, indent + "  ", out)
        elif isinstance(item, list) and item:
            out.append(_with_after(head, after))
            _emit_list(item, indent, out)
        elif isinstance(item, (list, dict)):
            out.append(_with_after(f"{head} {'[]' if isinstance(item, list) else '{}'}", after))
        else:
            text = scalar(item)
            out.append(_with_after(f"{head} {text}" if text else head, after))


def _emit_list(items: list[Any], indent: str, out: list[str]) -> None:
    """List items at ``indent`` (``- ...``), mappings with their first key on the dash's line.

    A text after a mapping has a blank line above it, as officers set a paragraph apart from the
    bullets above it (a text right under a ``gach:`` list would read as a bullet that lost its dash)."""
    before: Any = None
    for item in items:
        above: list[str] = []
        after = None
        if isinstance(item, Commented):
            above, after, item = item.above, item.after, item.value
        if isinstance(before, dict) and before and not isinstance(item, (dict, list)):
            out.append("")
        before = item
        out.extend(_comments(above, indent))
        if isinstance(item, dict) and item:
            flow = _flow(item)
            if flow is not None:
                out.append(_with_after(f"{indent}- {flow}", after))
                continue
            inner: list[str] = []
            _emit(item, indent + "  ", inner)
            first = next(i for i, line in enumerate(inner) if not line.lstrip().startswith("#"))
            inner[first] = f"{indent}- {inner[first][len(indent) + 2:]}"
            out.extend(inner)
        elif isinstance(item, list):
            raise ValueError("a list inside a list is not a shape of the data format")
        else:
            text = scalar(item)
            out.append(_with_after(f"{indent}- {text}" if text else f"{indent}-", after))


def dump(data: dict[str, Any], header: list[str] | None = None) -> str:
    """The YAML text of ``data`` (plain values and :class:`Commented`), header comments first.

    Raises :class:`~bdg_docs.errors.InputError` when the text would be beyond what the loader
    reads (:data:`~bdg_docs.limits.MAX_YAML_FILE_BYTES` and the limits of the YAML reader)."""
    from bdg_docs.errors import InputError, Problem
    from bdg_docs.limits import MAX_YAML_FILE_BYTES, written

    out = _comments(header or [], "")
    _emit(data, "", out)
    text = "\n".join(out) + "\n"
    size = len(text.encode("utf-8"))
    if size > MAX_YAML_FILE_BYTES:
        raise InputError([Problem("", f"tệp dữ liệu sẽ có {written(size)} byte, quá giới hạn "
                                      f"{written(MAX_YAML_FILE_BYTES)} byte (MAX_YAML_FILE_BYTES).")])
    _check(text, data)
    return text


def plain_data(value: Any) -> Any:
    """The data without its comments."""
    if isinstance(value, Commented):
        return plain_data(value.value)
    if isinstance(value, dict):
        return {k: plain_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    return value


def _check(text: str, data: dict[str, Any]) -> None:
    """The text reads back, with the project's loader, as exactly the data."""
    from bdg_docs.loading import read_yaml

    back = read_yaml(text, filename="nhap").data
    want = plain_data(data)
    if back != want:
        raise AssertionError(f"YAML written does not read back as the data: {_first_difference(back, want)}")


def _first_difference(a: Any, b: Any, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in {*a, *b}:
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {a!r} != {b!r}"


__all__ = ["Commented", "dump", "key_text", "plain_data", "plain_ok", "scalar"]
