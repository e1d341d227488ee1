"""The ruamel.yaml loader data files and profiles are read with, kept within its limits.

:func:`bdg_docs.loading.read_yaml` uses it; these classes only change what would otherwise cost
without bound or raise a bare Python error:

- :class:`Scanner` reads a comment in one slice. ruamel.yaml's round-trip scanner adds a comment
  to a string one character at a time (``comment += ch``), which copies the string again and
  again once the memory allocator cannot grow it in place: a 2 MB comment line took over a
  minute. Runs of blank lines are collected in a list for the same reason.
- :class:`Composer` counts keys and list items, and how deep they nest, as it builds them, so
  that a file dense with items, or nested deep (ruamel.yaml's scanner slows down quadratically
  with flow nesting), is refused before it is all parsed. The count with aliases expanded is
  :func:`bdg_docs.loading.read_yaml`'s walker's, which works with any parser.
- :class:`Constructor` leaves a number with too many digits for Python (``so:`` of 4,400
  digits) and a date that does not exist (``2022-02-30``) as the text written, so that
  validation reports them with their field and line instead of a bare ``ValueError``.

:func:`compose` reads the text at C speed where it can. The C parser of ``ruamel.yaml.clib``
(libyaml's reader, scanner and parser, a dependency of bdg_docs) turns the text into events with
their marks, and :func:`_compose_events` builds from them the nodes :class:`Composer` builds,
with the same limits, anchors, tags and marks (about 3 ms instead of 60 for the 12-page Triệu
Sơn plan). The C parser's own composer is not used: it recurses without a depth limit (a file of
nested ``[`` crashes the process) and keeps no anchors. The Python parser reads instead whatever
the two could read differently, so that every node, message and line stays the same:

- a text with a tab, a byte-order mark, a line break other than LF and CR LF, or a ``%``
  directive (libyaml reads YAML 1.1 there, ruamel.yaml 1.2);
- a text the C parser refuses, or that passes a limit, or holds an alias to no anchor, an anchor
  used twice, or a second document: the Python parser reads it again for its message.

Where they differ otherwise, nothing read from the nodes depends on it: an empty value without
anchor or tag is placed by libyaml where its key's ``:`` ends, by ruamel.yaml at the next token,
and the line of a key or list item is its own.

:func:`c_parser` gives the C parser's events to :func:`bdg_docs.loading.read_yaml`, which builds
most files' data straight from them and composes nodes (here) only for a file it leaves to them.

Where ``ruamel.yaml.clib`` is not installed (a platform without its wheel), everything is read by
the Python parser, more slowly; :data:`PARSER` says which one is in use.
"""
from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.composer import Composer as _RuamelComposer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.scanner import RoundTripScanner

from bdg_docs import lazy
from bdg_docs.limits import MAX_YAML_DEPTH, MAX_YAML_ITEMS

try:
    from _ruamel_yaml import CParser as _CParser  # ruamel.yaml.clib
except ImportError:  # pragma: no cover - a platform without the C extension's wheel
    _CParser = None

#: The parser in use: "C (ruamel.yaml.clib)", or "Python (ruamel.yaml)" without the C extension.
PARSER = "C (ruamel.yaml.clib)" if _CParser is not None else "Python (ruamel.yaml)"

# What the C parser could read otherwise than ruamel.yaml's: tabs, a byte-order mark, line
# breaks other than LF and CR LF, and directives (``%YAML 1.1``) the C parser does not pass on.
_PYTHON_ONLY_CHARS = "\t\ufeff\x85\u2028\u2029"
_PYTHON_ONLY = lazy.pattern(f"[{_PYTHON_ONLY_CHARS}]|\r(?!\n)|^%", re.MULTILINE)
_LINE_END = lazy.pattern("[\0\r\n\x85\u2028\u2029]")


def _python_only(text: str) -> bool:
    """:data:`_PYTHON_ONLY` is in ``text``: looked for with substring searches first (a scan of
    the whole text in C for each), the expression only where a CR is."""
    if any(char in text for char in _PYTHON_ONLY_CHARS) or text.startswith("%") or "\n%" in text:
        return True
    return "\r" in text and _PYTHON_ONLY().search(text) is not None


class TooManyItems(Exception):
    """The file holds more keys and items than :data:`~bdg_docs.limits.MAX_YAML_ITEMS`."""


class TooDeep(Exception):
    """The file nests deeper than :data:`~bdg_docs.limits.MAX_YAML_DEPTH`."""


class Scanner(RoundTripScanner):
    """ruamel.yaml's round-trip scanner with comments and blank lines read in linear time.

    :meth:`scan_to_next_token` is ruamel.yaml's (0.18, 0.19), with its two ``+= ch`` loops
    replaced; ``tests/test_hostile.py`` pins the original so that an upgrade that changes it
    is noticed."""

    def scan_to_next_token(self) -> Any:
        srp = self.reader.peek
        srf = self.reader.forward
        if self.reader.index == 0 and srp() == "\uFEFF":
            srf()
        white_space = " \t" if self.flow_level > 0 else " "
        while True:
            while srp() in white_space:
                srf()
            ch = srp()
            if ch == "#":
                start_mark = self.reader.get_mark()
                pieces = [self._rest_of_line()]
                ch = self.scan_line_break()  # the blank lines after the comment
                while len(ch) > 0:
                    pieces.append(ch)
                    ch = self.scan_line_break()
                end_mark = self.reader.get_mark()
                if not self.flow_level:
                    self.allow_simple_key = True
                return "".join(pieces), start_mark, end_mark
            if self.scan_line_break() != "":
                start_mark = self.reader.get_mark()
                if not self.flow_level:
                    self.allow_simple_key = True
                ch = srp()
                if ch == "\n":  # empty top-level lines
                    start_mark = self.reader.get_mark()
                    pieces = []
                    while ch:
                        ch = self.scan_line_break(empty_line=True)
                        pieces.append(ch)
                    comment = "".join(pieces)
                    if srp() == "#":  # an empty line followed by an indented comment
                        comment = comment.rsplit("\n", 1)[0] + "\n"
                    end_mark = self.reader.get_mark()
                    return comment, start_mark, end_mark
            else:
                return None

    def _rest_of_line(self) -> str:
        """From ``#`` to the end of the line, the line break included (a line feed added at the
        end of the text), as ruamel.yaml's loop gathers it; moves the reader past it."""
        reader = self.reader
        buffer, start = reader.buffer, reader.pointer
        end = _LINE_END().search(buffer, start)
        stop = end.start() if end else len(buffer)
        # Past the comment's characters in one step (Reader.forward counts them one by one):
        # no line break among them, so only the column moves (a byte-order mark takes none).
        reader.pointer += stop - start
        reader.index += stop - start
        reader.column += (stop - start) - buffer.count("\uFEFF", start, stop)
        if stop < len(buffer) and buffer[stop] != "\0":
            reader.forward()  # the line break belongs to the comment
            return buffer[start:stop + 1]
        return buffer[start:stop] + "\n"


class Composer(_RuamelComposer):
    """ruamel.yaml's composer, refusing a file with too many keys and items, or nested too deep,
    as it parses it."""

    items = 0
    nesting = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if index is None or isinstance(index, int):  # a key (or the document), or a list item
            self.items += 1
            if self.items > MAX_YAML_ITEMS + 1:
                raise TooManyItems
        self.nesting += 1
        try:
            if self.nesting > MAX_YAML_DEPTH:
                raise TooDeep
            return super().compose_node(parent, index)
        finally:
            self.nesting -= 1


class Constructor(RoundTripConstructor):
    """ruamel.yaml's round-trip constructor, leaving what Python cannot hold as text."""

    def construct_yaml_int(self, node: Any) -> Any:
        try:
            return super().construct_yaml_int(node)
        except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
            return str(node.value)

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:  # 2022-02-30: validation says the day does not exist, with its line
            return str(node.value)


Constructor.add_default_constructor("int")
Constructor.add_default_constructor("timestamp")


def compose(text: str) -> tuple[Any, Any]:
    """The composed root node of ``text`` (None for an empty text), and the constructor to build
    its scalars with; errors are ruamel.yaml's Python parser's, and :class:`TooDeep` or
    :class:`TooManyItems`."""
    fast = c_parser(text)
    if fast is not None:
        try:
            return _compose_events(fast), fast.constructor
        except Exception:  # noqa: BLE001 - read again by the Python parser, for its message
            pass
    yaml = loader()
    return yaml.compose(text), yaml.constructor


def c_parser(text: str) -> Any:
    """The C parser over ``text`` (its events read one by one with ``get_event``, its
    ``constructor`` for scalars), or None where the Python parser reads the text."""
    return _CLoader(text) if _CParser is not None and not _python_only(text) else None


class Different(Exception):
    """The C parser's events hold what a reader of them leaves to a slower one (here
    :func:`_compose_events` to the Python parser)."""


def _compose_events(parser: Any) -> Any:
    """The root node built from the C parser's events as :class:`Composer` builds it from ruamel.yaml's
    (the same nodes, marks, tags, anchors, and keys and items counted the same way), or None for
    an empty text. Anything unusual (an alias to no anchor, an anchor used twice, a second
    document, a limit passed) raises: the Python parser reads the text again for its message."""
    from ruamel.yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
                                    SequenceStartEvent)
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    get_event, resolve = parser.get_event, parser.resolve
    resolve_scalar = scalar_resolver(parser)
    anchors: dict[Any, Any] = {}
    items = 0

    def node(event: Any, depth: int) -> Any:
        nonlocal items
        if depth > MAX_YAML_DEPTH:
            raise TooDeep
        kind = type(event)
        if kind is AliasEvent:
            return anchors[event.anchor]  # a KeyError for an alias to no anchor
        anchor = event.anchor
        if anchor is not None and anchor in anchors:
            raise Different  # ruamel.yaml warns about it
        tag = event.ctag
        if kind is ScalarEvent:
            if tag is None or str(tag) == "!":
                tag = resolve_scalar(event.value, event.implicit)
            made = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style or None,
                              anchor=anchor)
        elif kind is SequenceStartEvent or kind is MappingStartEvent:
            mapping = kind is MappingStartEvent
            cls, end = (MappingNode, MappingEndEvent) if mapping else (SequenceNode, SequenceEndEvent)
            if tag is None or str(tag) == "!":
                tag = resolve(cls, None, event.implicit)
            made = cls(tag, [], event.start_mark, None, flow_style=event.flow_style, anchor=anchor)
            if anchor is not None:
                anchors[anchor] = made
            append = made.value.append
            event = get_event()
            while type(event) is not end:
                items += 1  # a key and its value count once, as Composer counts them
                if items > MAX_YAML_ITEMS + 1:
                    raise TooManyItems
                child = node(event, depth + 1)
                append((child, node(get_event(), depth + 1)) if mapping else child)
                event = get_event()
            made.end_mark = event.end_mark
            return made
        else:
            raise Different
        if anchor is not None:
            anchors[anchor] = made
        return made

    def document(event: Any) -> Any:
        nonlocal items
        items += 1  # the document, as Composer counts it
        return node(event, 1)

    return one_document(parser, document)


def one_document(parser: Any, root: Any) -> Any:
    """``root(event)`` of the first event of the one document in the C parser's events, or None
    for an empty text; :class:`Different` for a text that is not one document."""
    from ruamel.yaml.events import DocumentStartEvent, StreamEndEvent

    get_event = parser.get_event
    get_event()  # the stream's start
    event = get_event()
    if type(event) is StreamEndEvent:
        return None
    if type(event) is not DocumentStartEvent:
        raise Different
    made = root(get_event())
    get_event()  # the document's end
    if type(get_event()) is not StreamEndEvent:
        raise Different  # a second document: ruamel.yaml says it expects one
    return made


def scalar_resolver(parser: Any) -> Any:
    """``parser.resolve`` for a scalar, with the resolvers of each first character looked up once
    per text (ruamel.yaml's resolver works out the YAML version and joins the lists each time)."""
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.tag import Tag

    if parser.yaml_path_resolvers:
        return lambda value, implicit: parser.resolve(ScalarNode, value, implicit)
    table, default = parser.versioned_resolver, parser.DEFAULT_SCALAR_TAG
    any_first = table.get(None, [])
    by_first: dict[str, list[Any]] = {}

    def resolve_scalar(value: str, implicit: Any) -> Any:
        if implicit[0]:
            first = value[:1]
            resolvers = by_first.get(first)
            if resolvers is None:
                resolvers = by_first[first] = table.get(first, []) + any_first
            for tag, regexp in resolvers:
                if regexp.match(value):
                    return Tag(suffix=tag)
        return default

    return resolve_scalar


if _CParser is not None:
    from ruamel.yaml.resolver import VersionedResolver

    class _CLoader(_CParser, VersionedResolver):  # type: ignore[misc, valid-type]
        """The C reader, scanner and parser, resolving tags as ``YAML(typ="rt")`` does (YAML 1.2),
        feeding :func:`_compose_events` and :class:`Constructor`."""

        allow_duplicate_keys = False
        comment_handling = None
        processing_version = (1, 2)  # a text with a %YAML directive is read by the Python parser

        def __init__(self, text: str):
            _CParser.__init__(self, text)
            VersionedResolver.__init__(self, version=None, loadumper=self)
            self._parser = self._resolver = self
            self.constructor = Constructor(loader=self)


def loader() -> Any:
    """A round-trip YAML loader (line of every key and item kept; duplicate keys refused)."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    yaml.Scanner = Scanner
    yaml.Composer = Composer
    yaml.Constructor = Constructor
    return yaml
