"""Break a good .docx in one place, to see that the checker names exactly that rule."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from bdg_docs.rendering.zipfile_fixed import read_zip, write_zip


@dataclass(frozen=True)
class Edit:
    """Replace ``old`` by ``new`` in a part (the ``nth`` occurrence, counted from 1)."""

    part: str
    old: str
    new: str
    nth: int = 1

    def apply(self, xml: str) -> str:
        starts = [m.start() for m in re.finditer(re.escape(self.old), xml)]
        assert len(starts) >= self.nth, f"{self.old!r} occurs {len(starts)} times in {self.part}"
        at = starts[self.nth - 1]
        return xml[:at] + self.new + xml[at + len(self.old):]


def mutate(data: bytes, *edits: Edit) -> bytes:
    parts = dict(read_zip(data))
    for edit in edits:
        parts[edit.part] = edit.apply(parts[edit.part].decode("utf-8")).encode("utf-8")
    return write_zip(parts.items())


def in_style(data: bytes, style_id: str, old: str, new: str) -> bytes:
    """Replace ``old`` by ``new`` inside the definition of one style."""
    parts = dict(read_zip(data))
    xml = parts["word/styles.xml"].decode("utf-8")
    start = xml.index(f'w:styleId="{style_id}"')
    end = xml.index("</w:style>", start)
    block = xml[start:end]
    assert old in block, f"{old!r} not in style {style_id}"
    parts["word/styles.xml"] = (xml[:start] + block.replace(old, new, 1) + xml[end:]).encode("utf-8")
    return write_zip(parts.items())


Mutation = Callable[[bytes], bytes]


def in_document(old: str, new: str, nth: int = 1) -> Mutation:
    """A mutation replacing text in word/document.xml."""
    return lambda data: mutate(data, Edit("word/document.xml", old, new, nth))


def in_style_of(style_id: str, old: str, new: str) -> Mutation:
    """A mutation replacing text inside one style's definition."""
    return lambda data: in_style(data, style_id, old, new)


def mutation_ids(mutations: list[tuple[str, Mutation]]) -> list[str]:
    return [f"{rule}-{i}" for i, (rule, _) in enumerate(mutations)]


def assert_only_rule(data: bytes, rule: str) -> None:
    """The checker names exactly ``rule`` on a broken file, with a message, location and hint."""
    from bdg_docs.checker import check

    report = check(data)
    assert report.rules() == {rule}, "\n".join(map(str, report.findings))
    finding = report.findings[0]
    assert finding.hint and finding.message and finding.location
