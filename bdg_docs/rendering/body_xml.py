"""The document part written straight from the rendered body, without parsing it again.

After Jinja, docxtpl parses the rendered body with lxml (``fix_tables``), python-docx moves it into
the document element and serialises that. For the shipped template, whose tables have a fixed
number of cells in every row and which holds no drawing, comment or namespace of its own, what
comes out is the rendered text with three spellings changed: the character references
:mod:`bdg_docs.rendering.ooxml` writes for ``# { } %`` become the characters, ``&quot;`` becomes a
quote outside tags (lxml writes the reference only in attributes), and an element with nothing in
it is closed in its start tag. Parsing, moving and serialising cost about half of a render;
:class:`DirectBody` makes those changes itself and puts the text between the start and the end
of the document element.

Why these changes are all there is to do: the template's own text was written by lxml, and
text from data arrives escaped by ooxml, so every ``&`` in the rendered body starts ``&amp;``,
``&lt;``, ``&gt;`` or one of ooxml's references, and every ``<`` and ``>`` is a tag's. An element
can be empty only where the template puts Jinja right after a start tag: with attributes, that is
found by its ``"></``; a start tag without attributes is never followed by Jinja in a template
:meth:`DirectBody.of` accepts.

The engine uses it only for the shipped template's body (known by its digest), and only when the
text holds none of a tab, line feed, carriage return, bell or form feed (docxtpl's
post-processing rewrites them in text, and a parser normalises them in attributes). Otherwise it takes the
straightforward way.
``tests/test_fast_path.py`` compares both on every fixture, starter, property-test document and
data file ``bdg-docs nhap`` writes, and on generated text.
"""
from __future__ import annotations

import copy
from typing import Any

from bdg_docs import lazy
from bdg_docs.rendering.ooxml import ESCAPES

END = "</w:body>"
# The character references ooxml writes so that text never reads as a template tag, and the
# characters lxml writes for them.
_REFERENCES = tuple((reference, char) for char, reference in ESCAPES if reference.startswith("&#"))
# Text lxml writes another way, or docxtpl's post-processing would change (see the module's docstring).
_UNSURE = ("\t", "\n", "\r", "\a", "\f")
# In a template: what the body's text must not hold for the reasoning above (a comment, a
# processing instruction, a namespace declared inside, a drawing docxtpl renumbers, an entity,
# the braces docxtpl unescapes after rendering).
_TEMPLATE_UNSURE = ("<!", "<?", "xmlns", "docPr", "&", "{_", "_}")
# A start tag without attributes followed by Jinja, or by its end tag.
_BARE = lazy.pattern(r"<[\w:]+>(?:\{|</)")
# An element with nothing between its start and end tags, which lxml writes as <name .../>.
_EMPTY = lazy.pattern(r"<([^<>/\s]+)((?: [^<>]*)?)(?<!/)></\1>")
# The empty element of every paragraph: docxtpl leaves an empty run on each side of a {{r ...}} tag.
_EMPTY_TEXT = '<w:t xml:space="preserve"></w:t>'
_EMPTY_TEXT_CLOSED = '<w:t xml:space="preserve"/>'


class DirectBody:
    """The document part around a rendered body: the document element's start and end, as
    python-docx writes them, and the start tag of the template's body."""

    def __init__(self, start: str, head: bytes, tail: bytes) -> None:
        self._start = start
        self._head = head
        self._tail = tail

    @classmethod
    def of(cls, source: str, skeleton: Any) -> DirectBody | None:
        """For a body ``source`` that starts with a static ``<w:body>`` tag declaring only the
        namespaces the document element declares and holds nothing the module's reasoning
        excludes, and ``skeleton``, the document element with an empty body; None for any other."""
        from docx.opc.oxml import serialize_part_xml
        from docx.oxml.ns import qn
        from lxml import etree

        start = source[:source.find(">") + 1]
        if not start.startswith("<w:body") or "{" in start or not source.endswith(END):
            return None
        inner = source[len(start):-len(END)]
        if any(mark in inner for mark in _TEMPLATE_UNSURE) or _BARE().search(inner):
            return None
        body = etree.fromstring(start + END)
        if body.attrib or not body.nsmap.items() <= skeleton.nsmap.items():
            return None
        root = copy.deepcopy(skeleton)
        etree.SubElement(root.body, qn("w:p"))  # where the body's content goes
        head, *tail = serialize_part_xml(root).split(b"<w:p/>")
        if len(tail) != 1 or not head.endswith(b"<w:body>"):
            return None
        return cls(start, head, tail[0])

    def state(self) -> list[str]:
        """What :meth:`from_state` takes again (the shipped template's prepared form)."""
        return [self._start, self._head.decode("utf-8"), self._tail.decode("utf-8")]

    @classmethod
    def from_state(cls, state: list[str]) -> DirectBody:
        start, head, tail = state
        return cls(start, head.encode("utf-8"), tail.encode("utf-8"))

    def xml(self, body: str) -> bytes | None:
        """The document part for ``body`` (the template rendered, before docxtpl's
        post-processing, which has nothing to do on a body this accepts), as lxml and
        python-docx would write it; None when it cannot be sure of that."""
        if not (body.startswith(self._start) and body.endswith(END)):
            return None
        inner = body[len(self._start):-len(END)]
        if any(mark in inner for mark in _UNSURE):
            return None
        for reference, char in _REFERENCES:
            if reference in inner:
                inner = inner.replace(reference, char)
        if "&quot;" in inner:
            inner = _quotes(inner)
        inner = inner.replace(_EMPTY_TEXT, _EMPTY_TEXT_CLOSED)
        if '"></' in inner:
            inner = _EMPTY().sub(r"<\1\2/>", inner)
        return self._head + inner.encode("utf-8") + self._tail


def _quotes(inner: str) -> str:
    """``&quot;`` as lxml writes it: a quote in text, the reference inside a tag (where the last
    ``<`` or ``>`` before it is a ``<``: neither is written otherwise)."""
    pieces = inner.split("&quot;")
    out = [pieces[0]]
    opening, closing = pieces[0].rfind("<"), pieces[0].rfind(">")
    in_tag = opening > closing
    for piece in pieces[1:]:
        out.append("&quot;" if in_tag else '"')
        out.append(piece)
        opening, closing = piece.rfind("<"), piece.rfind(">")
        if opening != closing:  # the piece holds a < or a >
            in_tag = opening > closing
    return "".join(out)
