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
"""
from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.composer import Composer as _RuamelComposer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.scanner import RoundTripScanner

from bdg_docs.limits import MAX_YAML_DEPTH, MAX_YAML_ITEMS

_LINE_END = re.compile("[\0\r\n\x85\u2028\u2029]")


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
        end = _LINE_END.search(buffer, start)
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


def loader() -> Any:
    """A round-trip YAML loader (line of every key and item kept; duplicate keys refused)."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    yaml.Scanner = Scanner
    yaml.Composer = Composer
    yaml.Constructor = Constructor
    return yaml
