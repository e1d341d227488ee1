"""The prepared renderer: the same bytes as docxtpl's straightforward render, and the docxtpl
internals it relies on pinned, so that an upgrade of docxtpl that changes them fails here."""
from __future__ import annotations

import copy
import inspect
import json
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, time
from pathlib import Path

import pytest
from docxtpl import DocxTemplate
from hypothesis import given, settings
from hypothesis import strategies as st

import bdg_docs
from bdg_docs.reader.docx import read
from bdg_docs.rendering import engine
from bdg_docs.rendering.context import build_context
from bdg_docs.rendering.zipfile_fixed import read_zip, write_zip
from tests.conftest import all_fixtures
from tests.minimal import replace

HOSTILE = ["Tab\tgiữa dòng", "Hai dòng\nmột đoạn", "{{ 7*7 }} {% if x %} {# c #} {_{ }_} %_} 100% #1",
           "A & B <c> \"d\" 'e'"]


def _both(document: bdg_docs.VanBanHanhChinh, template: Path | None = None) -> tuple[bytes, bytes]:
    """The document rendered the straightforward way and from the prepared template."""
    page = document.page()
    path = template or engine.template_path()
    prepared = engine.prepare(path)
    context = build_context(page, prepared.geometry)
    created = datetime.combine(page.ngay_tep, time())
    return (engine.render_docx(path, context, created=created),
            prepared.render(context, created=created))


@pytest.mark.parametrize("path", all_fixtures(), ids=lambda p: p.stem)
def test_prepared_render_is_byte_identical_to_docxtpl_for_every_fixture(path: Path):
    reference, prepared = _both(bdg_docs.load(path))
    assert prepared == reference
    assert bdg_docs.render(bdg_docs.load(path)) == reference


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_prepared_render_is_byte_identical_for_awkward_text(text: str):
    document = bdg_docs.loads(replace("muc_dich: [Nâng cao nhận thức.]", f"muc_dich:\n- {json.dumps(text)}"))
    reference, prepared = _both(document)
    assert prepared == reference


def _template_with(tmp_path: Path, name: str, old: str, new: str) -> Path:
    parts = dict(read_zip(engine.template_path().read_bytes()))
    assert old.encode() in parts[name]
    parts[name] = parts[name].replace(old.encode(), new.encode())
    path = tmp_path / "mau.docx"
    path.write_bytes(write_zip(parts.items()))
    return path


def test_a_header_with_data_and_a_template_without_properties_render_identically(tmp_path: Path):
    document = bdg_docs.loads(replace("muc_dich: [Nâng cao nhận thức.]", 'muc_dich: ["Tab\\tvà\\ndòng"]'))
    header = _template_with(tmp_path, "word/header1.xml", "<w:t>2</w:t>", "<w:t>{{ ho_ten }} 2</w:t>")
    reference, prepared = _both(document, header)
    assert prepared == reference
    signer = document.page().ho_ten
    assert f"{signer} 2".encode() in dict(read_zip(prepared))["word/header1.xml"]
    untitled = _template_with(tmp_path, "docProps/core.xml", "<dc:title>{{ tieu_de_tep }}</dc:title>", "")
    reference, prepared = _both(document, untitled)
    assert prepared == reference


def test_a_line_feed_in_the_trich_yeu_is_a_line_break():
    document = bdg_docs.loads(replace("trich_yeu: Truyền thông về bình đẳng giới năm 2026",
                                      'trich_yeu: "Truyền thông về bình đẳng giới\\nnăm 2026"'))
    texts = [p.text for p in read(bdg_docs.render(document)).paragraphs]
    assert "Truyền thông về bình đẳng giới\nnăm\u00a02026" in texts


def test_a_template_is_prepared_once_and_again_when_it_changes(tmp_path: Path):
    path = engine.template_path()
    assert engine.prepare(path) is engine.prepare(path)
    changed = _template_with(tmp_path, "word/header1.xml", "<w:t>2</w:t>", "<w:t>3</w:t>")
    assert engine.prepare(changed) is not engine.prepare(path)


def test_an_unusable_template_is_a_template_error(tmp_path: Path):
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"khong phai zip")
    document = bdg_docs.loads(replace("", ""))
    with pytest.raises(bdg_docs.TemplateError):
        bdg_docs.render(document, template=broken)
    with pytest.raises(bdg_docs.TemplateError):
        bdg_docs.render(document, template=tmp_path / "khong_co.docx")


def test_threads_sharing_a_prepared_template_get_the_same_bytes():
    documents = [bdg_docs.loads(replace("dia_danh: Đông Sơn", f"dia_danh: Xã {i}")) for i in range(8)]
    alone = [bdg_docs.render(d) for d in documents]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(bdg_docs.render, documents * 3)) == alone * 3


# The docxtpl internals the prepared renderer repeats or calls (see bdg_docs.rendering.engine).
def _source(function) -> str:  # type: ignore[no-untyped-def]
    return inspect.getsource(function)


def test_docxtpl_render_xml_part_still_does_what_the_prepared_renderer_repeats():
    source = _source(DocxTemplate.render_xml_part)
    for line in ['re.sub(r"<w:p([ >])", r"\\n<w:p\\1", src_xml)',
                 're.sub(r"\\n<w:p([ >])", r"<w:p\\1", dst_xml)',
                 '.replace("{_{", "{{")', '.replace("}_}", "}}")', '.replace("{_%", "{%")',
                 '.replace("%_}", "%}")', "self.resolve_listing(dst_xml)"]:
        assert line in source, line


def test_docxtpl_render_still_has_the_steps_the_prepared_renderer_takes():
    source = _source(DocxTemplate.render)
    steps = ["self.build_xml(", "self.fix_tables(", "self.fix_docpr_ids(", "self.map_tree(",
             "self.HEADER_URI", "self.FOOTER_URI", "self.render_properties(", "self.render_footnotes("]
    positions = [source.index(step) for step in steps]
    assert positions == sorted(positions)
    assert "self.patch_xml(xml)" in _source(DocxTemplate.build_xml)
    assert "self.docx_ids_index = 1000" in _source(DocxTemplate.render_init)
    assert "self.docx_ids_index += 1" in _source(DocxTemplate.fix_docpr_ids)
    assert (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI) == (engine.HEADER_URI, engine.FOOTER_URI)
    properties = _source(DocxTemplate.render_properties)
    live = [line.strip().strip('",') for line in properties.splitlines()
            if line.strip().startswith('"') and line.strip().endswith('",')]
    assert tuple(live) == engine.PROPERTIES
    footnotes = _source(DocxTemplate.render_footnotes)
    assert "for section in self.docx.sections:" in footnotes and "part._blob =" in footnotes


def test_docxtpl_resolve_listing_still_works_paragraph_by_paragraph():
    source = _source(DocxTemplate.resolve_listing)
    assert 'r"<w:p(?: [^>]*)?>.*?</w:p>"' in source
    for char in engine.LISTING:  # each written as an escape: "\t", "\a", ...
        assert '"%s"' % {"\t": "\\t", "\n": "\\n", "\a": "\\a", "\f": "\\f"}[char] in source
    quiet = '<w:p><w:r><w:t xml:space="preserve">một dòng</w:t></w:r></w:p>'
    assert DocxTemplate.resolve_listing(None, quiet) == quiet  # type: ignore[arg-type]


def test_a_template_without_the_header_table_is_a_template_error(tmp_path: Path):
    from docx import Document

    path = tmp_path / "trang.docx"
    Document().save(str(path))
    with pytest.raises(bdg_docs.TemplateError, match="thiếu"):
        bdg_docs.render(bdg_docs.loads(replace("", "")), template=path)


def test_a_template_of_several_sections_renders_its_footnotes_as_docxtpl_does(tmp_path: Path):
    """docxtpl renders the footnotes once per section; once they hold no tag, the prepared
    renderer stops (a template of thousands of sections would otherwise compile them each time)."""
    from tests.conftest import TRIEU_SON

    parts = dict(read_zip(engine.template_path().read_bytes()))
    body = parts["word/document.xml"].decode("utf-8")
    last = body[body.rindex("<w:sectPr"):body.rindex("</w:sectPr>") + len("</w:sectPr>")]
    section = f"<w:p><w:pPr>{last}</w:pPr></w:p>"  # a paragraph ending a section, as Word writes it
    parts["word/document.xml"] = body.replace("<w:body>", "<w:body>" + section * 3, 1).encode("utf-8")
    path = tmp_path / "nhieu_phan.docx"
    path.write_bytes(write_zip(parts.items()))
    document = bdg_docs.load(TRIEU_SON)
    assert document.chu_thich
    reference, prepared = _both(document, path)
    assert prepared == reference


_PROPERTY = st.text(alphabet="&<>\"' ađ{}%#\t\n\r\x01\ue000", max_size=6) | st.text(min_size=250, max_size=260)


@settings(max_examples=200, deadline=None)
@given(values=st.lists(_PROPERTY, min_size=3, max_size=3),
       created=st.datetimes(min_value=datetime(1980, 1, 1), max_value=datetime(2099, 12, 31)))
def test_the_core_properties_are_written_from_the_pattern_as_python_docx_writes_them(values: list[str], created: datetime):
    """The pattern's part, for the values it accepts, is python-docx's; python-docx refuses or
    writes the others itself."""
    from docx.opc.coreprops import CoreProperties
    from docx.opc.oxml import serialize_part_xml

    from bdg_docs.rendering.core_xml import CorePattern

    prepared = engine.prepare(engine.template_path())
    name, element = prepared._core
    properties = [prop for prop, _ in prepared._properties]
    pattern = CorePattern.of(element, properties)
    assert pattern is not None and len(properties) == 3
    core = CoreProperties(copy.deepcopy(element))
    try:
        for prop, value in zip(properties, values):
            setattr(core, prop, value)
    except ValueError:  # too long, or a character XML cannot hold
        assert not all(pattern.accepts(value) for value in values)
        return
    core.created = core.modified = created
    if all(pattern.accepts(value) for value in values):
        assert pattern.xml(values, created) == serialize_part_xml(core._element)
    else:
        assert any("\r" in value for value in values)
