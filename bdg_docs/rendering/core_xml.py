"""The core properties part (docProps/core.xml) from a pattern python-docx writes once.

docxtpl sets the properties a template renders (title, subject, author...) and python-docx the
creation and modification dates, on a copy of the template's core properties, and serialises it:
a fraction of a millisecond for a part of a few hundred bytes. :class:`CorePattern` has
python-docx write the part once per template with a marker in place of each value, and a render
puts the values where the markers are, written as lxml writes text (``&``, ``<`` and ``>``
escaped) and dates as python-docx writes them. A value that python-docx or lxml would refuse or
write another way (longer than 255 characters, a carriage return, a character XML cannot hold)
is left to them, with the ones after it. ``tests/rendering/test_engine.py`` compares both ways.
"""
from __future__ import annotations

import copy
from datetime import datetime
from typing import Any, Sequence

from bdg_docs.models.base import NOT_XML

# python-docx's format of the created and modified dates (CT_CoreProperties._set_element_datetime).
DATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_MARK = "\ue000{}\ue001"  # private-use characters: no value or template text holds them
_MARKED_DATE = datetime(1901, 2, 3, 4, 5, 6)
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_LONGEST = 255  # python-docx refuses a longer property


class CorePattern:
    """The core properties part of a template with places for its rendered properties and dates."""

    def __init__(self, pieces: list[str], slots: list[int]) -> None:
        self._pieces = pieces  # the text around the places
        self._slots = slots  # what goes in each place: a property's index, or -1 for the date

    @classmethod
    def of(cls, element: Any, properties: Sequence[str]) -> CorePattern | None:
        """For the core properties ``element`` whose ``properties`` are rendered per document;
        None when the part cannot be cut at the markers (a template whose part holds them)."""
        from docx.opc.coreprops import CoreProperties
        from docx.opc.oxml import serialize_part_xml

        core = CoreProperties(copy.deepcopy(element))
        for index, prop in enumerate(properties):
            setattr(core, prop, _MARK.format(index))
        core.created = core.modified = _MARKED_DATE
        text = serialize_part_xml(core._element).decode("utf-8")
        marks = {_MARK.format(index): index for index in range(len(properties))}
        marks[_MARKED_DATE.strftime(DATE_FORMAT)] = -1
        pieces, slots = [text], []
        while True:
            found = [(pieces[-1].find(mark), mark) for mark in marks if mark in pieces[-1]]
            if not found:
                break
            at, mark = min(found)
            rest = pieces.pop()
            pieces += [rest[:at], rest[at + len(mark):]]
            slots.append(marks[mark])
        if sorted(slots) != sorted([*range(len(properties)), -1, -1]) or "\ue000" in "".join(pieces):
            return None
        return cls(pieces, slots)

    @staticmethod
    def accepts(value: str) -> bool:
        """Whether ``value`` is written here as python-docx and lxml write it (not refused, no
        carriage return, which lxml writes as a reference)."""
        return len(value) <= _LONGEST and "\r" not in value and not NOT_XML.search(value)

    def xml(self, values: Sequence[str], created: datetime) -> bytes:
        """The part with the rendered ``values`` (in the order of the properties, each one
        :meth:`accepts`) and the date ``created``."""
        texts = []
        for value in values:
            for char, escaped in _ESCAPES:
                if char in value:
                    value = value.replace(char, escaped)
            texts.append(value)
        date = created.strftime(DATE_FORMAT)
        out = [self._pieces[0]]
        for slot, piece in zip(self._slots, self._pieces[1:]):
            out.append(date if slot < 0 else texts[slot])
            out.append(piece)
        return "".join(out).encode("utf-8")
