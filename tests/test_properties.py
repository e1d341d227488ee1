"""Property tests over every document type that has a strategy (tests/strategies/).

Any valid document renders to a .docx that python-docx re-opens, whose text is exactly the
input text (NFC) in the right places, whose Jinja-looking text was never evaluated, and which
passes the Decree 30 checker. Example counts are fixed (tests/strategies/__init__.py).
"""
from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from hypothesis import given

import bdg_docs
from bdg_docs.documents import DOCUMENT_TYPES
from tests.strategies import PROPERTY, STRATEGIES
from tests.strategies.shared import Sample

TYPES = sorted(STRATEGIES)


def places(data: bytes) -> dict[str, list[str]]:
    """The texts of a rendered file by place, read back with python-docx."""
    doc = Document(io.BytesIO(data))
    # the signature table is the last with Nơi nhận (an appendix's tables may follow it)
    bottom = [t for t in doc.tables if t.cell(0, 0).text.startswith("Nơi nhận")][-1]
    header = doc.tables[0]
    out = {
        "than": [p.text for p in doc.paragraphs],
        "co_quan": [p.text for p in header.cell(0, 0).paragraphs],
        "so": [p.text for p in header.cell(1, 0).paragraphs],
        "noi_nhan": [p.text for p in bottom.cell(0, 0).paragraphs],
        "chu_ky": [p.text for p in bottom.cell(0, 1).paragraphs],
        "chu_thich": [],
        # body tables and appendix tables, cell by cell, row by row
        "bang": [c.text for t in doc.tables if t not in (header, bottom) for row in t.rows for c in row.cells],
    }
    for part in doc.part.package.iter_parts():
        if str(part.partname) == "/word/footnotes.xml":
            root = parse_xml(part.blob)
            out["chu_thich"] = [Paragraph(p, None).text.strip() for p in root.iter(qn("w:p"))]
    return out


def assert_in_order(wanted: list[str], found: list[str], place: str) -> None:
    """Each wanted text is a whole paragraph of ``found``, in the order given."""
    position = 0
    for text in wanted:
        try:
            position = found.index(text, position) + 1
        except ValueError:
            raise AssertionError(f"{place}: {text!r} not found (in order) among {found[position:position + 8]!r}") from None


def render_and_verify(loai: str, sample: Sample) -> bytes:
    document = DOCUMENT_TYPES[loai].model_validate(sample.data)
    data = bdg_docs.render(document)
    found = places(data)
    for place, wanted in sample.expect.items():
        assert_in_order(wanted, found[place], place)
    report = bdg_docs.check(data)
    assert report.ok, [str(f) for f in report.errors]
    return data


@pytest.mark.parametrize("loai", TYPES)
def test_any_valid_document_renders_its_text_exactly_and_passes_the_checker(loai: str):
    @PROPERTY
    @given(STRATEGIES[loai].documents())
    def prop(sample: Sample) -> None:
        render_and_verify(loai, sample)

    prop()


def test_every_document_type_has_a_strategy():
    assert set(STRATEGIES) == set(DOCUMENT_TYPES), "add tests/strategies/<loai>.py for the new type"
