"""The one module that uses docxtpl: template in, .docx bytes out.

docxtpl does the template work (its clean-up of tags split across runs, the ``{%p %}`` and
``{{r }}`` tags, rendering the body, headers and footnotes). It renders in a sandboxed Jinja
environment with autoescaping, and everything from data arrives already escaped (see
:mod:`bdg_docs.rendering.context`); the shipped template's parts run from the code Jinja
generated for them, without importing Jinja where they can (:mod:`bdg_docs.rendering.generated`). The output is zipped with fixed times and order so the same
input gives the same bytes.

Two ways to render, with the same bytes out (a test compares them for every fixture):

- :func:`render_docx`, the straightforward way: a ``DocxTemplate`` loaded, rendered and saved
  for every document. It is the reference.
- :func:`prepare` then :meth:`PreparedTemplate.render`: everything that does not depend on the
  data is done once per template and process (loading the package, docxtpl's clean-up of the
  XML, compiling each part with Jinja, serialising and compressing the parts that never change).
  A render is then the Jinja rendering, docxtpl's post-processing of the result, and the zip;
  the shipped template's body, and the core properties, are written as text without lxml or
  python-docx (:mod:`bdg_docs.rendering.body_xml`, :mod:`bdg_docs.rendering.core_xml`).
  It is several times faster, which matters when a province renders a document per commune.
  The shipped template is restored prepared as it was built (:mod:`bdg_docs.rendering.prepared_form`),
  so that one render need not import docxtpl and python-docx.

The prepared path calls docxtpl methods its documentation does not promise (``patch_xml``,
``resolve_listing``, ``fix_tables``) and repeats the few lines of ``render_xml_part`` around the
Jinja call. ``tests/rendering/test_engine.py`` pins each of them, so an upgrade of docxtpl that
changes them fails the tests instead of changing documents.
"""
from __future__ import annotations

import copy
import dataclasses
import io
import re
from datetime import datetime
from functools import cached_property, lru_cache
from importlib import resources
from itertools import zip_longest
from pathlib import Path
from typing import Any

from bdg_docs.errors import TemplateError
from bdg_docs.nd30.page import CELL_MARGIN
from bdg_docs.rendering import prepared_form
from bdg_docs.rendering.body_xml import DirectBody
from bdg_docs.rendering.core_xml import CorePattern
from bdg_docs.rendering.geometry import Geometry, TextStyle
from bdg_docs.rendering.zipfile_fixed import Deflated, normalise, read_zip, write_zip

DEFAULT_TEMPLATE = "van_ban.docx"
HEADER_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
FOOTER_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"
# The core properties docxtpl renders as templates (DocxTemplate.render_properties).
PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
# Characters docxtpl's resolve_listing turns into tabs, breaks and new paragraphs.
LISTING = ("\t", "\n", "\a", "\f")
# The paragraphs resolve_listing works on, matched as it matches them.
_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)
_UNESCAPES = (("{_{", "{{"), ("}_}", "}}"), ("{_%", "{%"), ("%_}", "%}"))


def template_path(name: str = DEFAULT_TEMPLATE) -> Path:
    path = Path(str(resources.files("bdg_docs.templates").joinpath(name)))
    if not path.is_file():
        raise TemplateError(f"Không tìm thấy mẫu {name}.")
    return path


def _jinja_env():  # type: ignore[no-untyped-def]
    from bdg_docs.rendering.sandbox import BudgetedEnvironment

    # Immutable sandbox, autoescaping, strict undefined values (what the sandbox refuses raises
    # instead of printing nothing) and a budget of steps and text for every render.
    return BudgetedEnvironment()


def geometry(path: Path) -> Geometry:
    """Read the sizes the renderer needs from a template (once per template)."""
    return prepare(path).geometry


def _geometry(doc: Any) -> Geometry:
    section = doc.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin

    def style(name: str) -> TextStyle:
        try:
            font = doc.styles[name].font
        except KeyError:
            raise TemplateError(f"Mẫu thiếu kiểu '{name}'.") from None
        if font.size is None:
            raise TemplateError(f"Kiểu '{name}' trong mẫu không có cỡ chữ.")
        return TextStyle(font.size.pt, bold=bool(font.bold), italic=bool(font.italic))

    if not doc.tables:
        raise TemplateError("Mẫu thiếu bảng đầu văn bản (cơ quan ban hành, Quốc hiệu).")
    header = doc.tables[0]
    widths = [col.width for col in header.columns]
    return Geometry(
        text_width=int(text_width) // 635,
        header_left=widths[0].twips - 2 * CELL_MARGIN,
        header_right=widths[1].twips - 2 * CELL_MARGIN,
        co_quan=style("BDG Cơ quan ban hành"),
        tieu_ngu=style("BDG Tiêu ngữ"),
        trich_yeu=style("BDG Trích yếu"),
        vv=style("BDG Trích yếu công văn"),
    )


def render_docx(path: Path, context: dict[str, Any], *, created: datetime) -> bytes:
    """Render one document the straightforward way (load, render, save); deterministic bytes."""
    from docxtpl import DocxTemplate

    from bdg_docs.rendering.inspect import check_variables

    from bdg_docs.rendering.sandbox import budget

    template = DocxTemplate(io.BytesIO(_template_bytes(path)))
    env = _jinja_env()
    check_variables(path, template, context, env)
    with budget():
        template.render(context, jinja_env=env, autoescape=True)
    props = template.docx.core_properties
    props.created = created
    props.modified = created
    buf = io.BytesIO()
    template.save(buf)
    return normalise(buf.getvalue())


def prepare(path: Path) -> PreparedTemplate:
    """The template at ``path``, prepared once per process (and again if its content changes).

    The file is read again only when its size, time of change or inode changes (a template
    edited or replaced); the same content read from another file is the same prepared template."""
    import os

    try:
        found = os.stat(path)
    except OSError:
        return _prepared(_template_bytes(path))  # _template_bytes says what is wrong
    key = (os.fspath(path), found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)
    prepared = _by_file.get(key)
    if prepared is None:
        prepared = _prepared(_template_bytes(path))
        if len(_by_file) >= 8:
            _by_file.clear()
        _by_file[key] = prepared
    return prepared


_by_file: dict[tuple[Any, ...], PreparedTemplate] = {}


def _template_bytes(path: Path) -> bytes:
    """A template file, read within MAX_TEMPLATE_FILE_BYTES, whose parts inflate to at most
    MAX_TEMPLATE_FILE_BYTES, the XML ones to at most MAX_TEMPLATE_XML_BYTES (python-docx inflates
    every part of a template, so a zip bomb is stopped here first)."""
    from bdg_docs.errors import UnreadableFile
    from bdg_docs.files import inflate, read_input
    from bdg_docs.limits import MAX_TEMPLATE_FILE_BYTES, MAX_TEMPLATE_XML_BYTES

    name = Path(path).name
    try:
        data = read_input(path, MAX_TEMPLATE_FILE_BYTES, what="mẫu")
        inflate(data, MAX_TEMPLATE_XML_BYTES, wanted=lambda part: part.endswith((".xml", ".rels")),
                what="phần XML của mẫu")
        inflate(data, MAX_TEMPLATE_FILE_BYTES, what="mẫu")
    except UnreadableFile as exc:
        raise TemplateError(f"Không đọc được mẫu {name}: {exc.reason}." + (f" {exc.hint}" if exc.hint else ""),
                            template=name) from None
    return data


@lru_cache(maxsize=8)
def _prepared(data: bytes) -> PreparedTemplate:
    return PreparedTemplate(data)


class PreparedTemplate:
    """A template loaded, cleaned and compiled once, ready to render many documents.

    Safe to share between threads: a render reads the prepared state and builds new objects.
    """

    def __init__(self, data: bytes, *, shipped: bool = True) -> None:
        self._data = data
        self.sources: list[str] = []  # what Jinja compiled, in order (tools/build_template.py)
        # The shipped template, prepared when it was built, for these versions of the libraries
        # (rendering/prepared_form.py): nothing to load, and docxtpl and python-docx not imported.
        form = prepared_form.read(data) if shipped else None
        if form is None:
            self._load(data)
        else:
            self._restore(form)

    def _load(self, data: bytes) -> None:
        from docxtpl import DocxTemplate

        from bdg_docs.rendering.inspect import declared_variables, template_variables

        # A broken package raises here; bdg_docs.rendering.inspect.template_errors names it.
        self._docxtpl = DocxTemplate(io.BytesIO(data))
        doc = self._docxtpl.get_docx()
        self.geometry = _geometry(doc)
        package = doc.part.package
        core = doc.core_properties  # python-docx adds default properties here if there are none
        saved = read_zip(_save(doc))
        self._order = [name for name, _ in saved]
        self._sections = len(doc.sections)
        # The body: docxtpl's clean-up, then compiled; the document element around it kept empty.
        body = self._source(self._docxtpl.get_xml())
        self._body = self._template(body)
        self._skeleton = _empty_body(doc)
        # The shipped template's body is written without parsing it again (rendering/body_xml.py).
        self._direct = DirectBody.of(body, self._skeleton) if _digest(body) in _shipped().get("parts", ()) else None
        self._document = _entry(doc.part)
        # Headers and footers, re-read and re-serialised as docxtpl does.
        self._parts = []
        constant: dict[str, Deflated] = {}
        for rel in doc.part.rels.values():
            if rel.reltype in (HEADER_URI, FOOTER_URI) and not rel.is_external and rel.target_part.blob:
                xml = self._docxtpl.get_part_xml(rel.target_part)
                encoding = self._docxtpl.get_headers_footers_encoding(xml)
                source = self._source(xml)
                part = (_entry(rel.target_part), self._template(source), encoding)
                if _has_jinja(source):
                    self._parts.append(part)
                else:  # no Jinja syntax: the same in every document, so rendered once here
                    constant[part[0]] = Deflated.of(self._header(*part[1:], {}))
        self._footnotes = [(_entry(part), self._template(self._source(part.blob.decode("utf-8"))))
                           for part in package.parts if part.content_type == FOOTNOTES_TYPE]
        self._core = _entry(next(part for part in package.parts if part.content_type == CORE_TYPE))
        self._core_element, properties = self._core_properties(core)
        self._properties = [(prop, self._template(source)) for prop, source in properties]
        self._core_pattern = CorePattern.of(self._core_element, [prop for prop, _ in self._properties])
        # Every other part is the same in every document: serialised and compressed once.
        dynamic = {self._document, self._core, *constant, *(p[0] for p in self._parts),
                   *(f[0] for f in self._footnotes)}
        self._static = {name: Deflated.of(blob) for name, blob in saved if name not in dynamic}
        self._static.update(constant)
        # After compiling every part: a tag Jinja cannot compile is then named in the error. The
        # shipped template's variables were listed when it was built.
        self.variables = declared_variables(data) or frozenset(template_variables(self._docxtpl, self._env))

    def _restore(self, form: dict[str, Any]) -> None:
        """The state :meth:`_load` computes, from :meth:`form` (sources compiled, nothing loaded)."""
        self.geometry = prepared_form.geometry(form["geometry"])
        self._order = form["order"]
        self._sections = form["sections"]
        self._body = self._template(form["body"])
        self._direct = None if form["direct"] is None else DirectBody.from_state(form["direct"])
        self._document = form["document"]
        self._parts = [(name, self._template(source), encoding) for name, source, encoding in form["headers"]]
        self._footnotes = [(name, self._template(source)) for name, source in form["footnotes"]]
        self._core = form["core"]
        self._properties = [(prop, self._template(source)) for prop, source in form["properties"]]
        self._core_pattern = None if form["core_pattern"] is None else CorePattern(*form["core_pattern"])
        self._static = {name: prepared_form.deflated(entry) for name, entry in form["static"].items()}
        self.variables = frozenset(form["variables"])

    def form(self) -> dict[str, Any]:
        """What :meth:`_restore` needs, as JSON values (tools/build_template.py ships it)."""
        return {
            "geometry": dataclasses.asdict(self.geometry), "order": self._order, "sections": self._sections,
            "body": self._body.bdg_source, "direct": None if self._direct is None else self._direct.state(),
            "document": self._document,
            "headers": [[name, template.bdg_source, encoding] for name, template, encoding in self._parts],
            "footnotes": [[name, template.bdg_source] for name, template in self._footnotes],
            "core": self._core, "properties": [[prop, template.bdg_source] for prop, template in self._properties],
            "core_pattern": None if self._core_pattern is None else self._core_pattern.state(),
            "static": {name: prepared_form.entry(deflated) for name, deflated in sorted(self._static.items())},
            "variables": sorted(self.variables),
        }

    @cached_property
    def _env(self) -> Any:
        """The Jinja environment, made when a part is compiled or rendered by Jinja (the parts
        of the shipped template run without it: rendering/generated.py)."""
        return _jinja_env()

    # What only the rare render needs (docxtpl's post-processing of a text with a tab or a line
    # feed, a body parsed again, core properties python-docx writes): loaded from the template
    # on first use when it was restored from its prepared form, set by _load otherwise.
    @cached_property
    def _docxtpl(self) -> Any:
        from docxtpl import DocxTemplate

        return DocxTemplate(io.BytesIO(self._data))

    @cached_property
    def _skeleton(self) -> Any:
        return _empty_body(self._docxtpl.get_docx())

    @cached_property
    def _core_element(self) -> Any:
        return self._core_properties(self._docxtpl.get_docx().core_properties)[0]

    def render(self, context: dict[str, Any], *, created: datetime, path: Path = Path("mẫu")) -> bytes:
        """The .docx bytes for ``context``: the same as :func:`render_docx` gives, after the same
        check of the template's variables against the context (``path`` names it in messages)."""
        from bdg_docs.rendering.budget import budget
        from bdg_docs.rendering.inspect import check_context

        check_context(path, self.variables, context)
        with budget():
            return self._render_parts(context, created)

    def _render_parts(self, context: dict[str, Any], created: datetime) -> bytes:
        parts: dict[str, bytes | Deflated] = dict(self._static)
        body = self._body.render(context)
        direct = self._direct and self._direct.xml(body)
        parts[self._document] = direct or _serialize(self._document_tree(self._post_process(body)))
        for name, template, encoding in self._parts:
            parts[name] = self._header(template, encoding, context)
        for name, template in self._footnotes:
            xml = self._render(template, context)
            for _ in range(1, self._sections):  # docxtpl renders footnotes once per section
                if not _has_jinja(xml):  # nothing left to render: the same text every time
                    break
                xml = self._render(self._compile(xml), context)
            parts[name] = xml.encode("utf-8")
        parts[self._core] = self._core_part(context, created)
        return write_zip((name, parts[name]) for name in self._order)

    def _core_part(self, context: dict[str, Any], created: datetime) -> bytes:
        """The core properties with the templated ones rendered, in order, and the dates: from
        the pattern (rendering/core_xml.py) while it accepts the values, by python-docx from the
        first it does not."""
        values: list[str] = []
        for prop, template in self._properties:
            values.append(template.render(context))
            if self._core_pattern is None or not self._core_pattern.accepts(values[-1]):
                break
        else:
            if self._core_pattern is not None:
                return self._core_pattern.xml(values, created)
        from docx.opc.coreprops import CoreProperties

        core = CoreProperties(copy.deepcopy(self._core_element))
        for (prop, template), value in zip_longest(self._properties, values):
            setattr(core, prop, template.render(context) if value is None else value)
        core.created = core.modified = created
        return _serialize(core._element)

    def _core_properties(self, core: Any) -> tuple[Any, list[tuple[str, str]]]:
        """The core properties with the ones that are not templates already rendered, and the
        sources of the others. Setting a property that is absent appends its element, so the
        constant ones are set here in docxtpl's order; the others exist, so setting them later
        moves nothing."""
        from docx.opc.coreprops import CoreProperties

        element = copy.deepcopy(core._element)
        templates = []
        for prop in PROPERTIES:
            source = getattr(core, prop)
            if _has_jinja(source):
                templates.append((prop, source))
            else:
                setattr(CoreProperties(element), prop, self._env.from_string(source).render())
        return element, templates

    def _template(self, source: str) -> Any:
        """A part of the template compiled; a part of the shipped template from the code Jinja
        generated for it when the template was built (:data:`GENERATED`), when it is there for
        this version of Jinja, run without Jinja where it can be (rendering/generated.py)."""
        from bdg_docs.rendering.generated import GeneratedPart, Unsupported, code

        self.sources.append(source)
        path = _generated().get(_digest(source))
        if path is None:
            return self._env.from_string(source)
        compiled = code(path)
        try:
            return GeneratedPart(source, compiled, lambda: self._env.from_generated(source, compiled))
        except Unsupported:
            return self._env.from_generated(source, compiled)

    def _header(self, template: Any, encoding: str, context: dict[str, Any]) -> bytes:
        """A header or footer: rendered, then read and written again as python-docx does
        (DocxTemplate.map_headers_footers_xml makes a new XmlPart of it)."""
        from docx.oxml.parser import parse_xml

        return _serialize(parse_xml(self._render(template, context).encode(encoding)))

    def _source(self, xml: str) -> str:
        """docxtpl's clean-up of a part (DocxTemplate.patch_xml).

        DocxTemplate.render_xml_part also puts each paragraph on a line of its own before
        rendering, for the line numbers of Jinja's errors, and joins the lines again after. The
        output is the same without that round trip (whitespace control can only remove those
        line feeds earlier, and text from data cannot contain ``<w:p``), so it is left out: it
        costs two passes over the whole document."""
        return self._docxtpl.patch_xml(xml)

    def _compile(self, xml: str) -> Any:
        return self._env.from_string(self._source(xml))

    def _render(self, template: Any, context: dict[str, Any]) -> str:
        """Render a compiled part and post-process it as DocxTemplate.render_xml_part does."""
        return self._post_process(template.render(context))

    def _post_process(self, xml: str) -> str:
        for escaped, tag in _UNESCAPES:
            if escaped in xml:
                xml = xml.replace(escaped, tag)
        if any(char in xml for char in LISTING):
            # resolve_listing, applied only to the paragraphs it would change
            xml = _PARAGRAPH.sub(lambda m: self._docxtpl.resolve_listing(m.group(0))
                                 if any(char in m.group(0) for char in LISTING) else m.group(0), xml)
        return xml

    def _document_tree(self, body: str) -> Any:
        """The document element with the rendered ``body`` in it (DocxTemplate.map_tree).

        The body's children are moved one by one: lxml moves a whole tree from one document
        to another in a time that grows with the square of its ``xml:space`` attributes (one
        per run), 3.5 s for a plan of 8,000 bullets instead of 20 ms."""
        from docx.oxml.ns import qn

        tree = self._docxtpl.fix_tables(body)
        # DocxTemplate.fix_docpr_ids: drawing ids numbered from 1001 in each render
        for number, element in enumerate(tree.iter(qn("wp:docPr")), start=1001):
            element.attrib["id"] = str(number)
        root = copy.deepcopy(self._skeleton)
        body = root.body
        body.attrib.update(tree.attrib)
        for child in list(tree):
            body.append(child)
        return root


GENERATED = "van_ban.jinja.json"
"""The Python code Jinja generates for each part of the shipped template, for one version of
Jinja: a one-file render does not parse and translate the whole template again, nor compile the
code (tools/build_template.py writes the files, a test checks they are current). This index
names the version and the parts, by the digest of each part's source; the code of a part is in
:data:`GENERATED_CODE`/``<digest>.code``, whose bytecode Python keeps in ``__pycache__`` as for a
module (compiling it costs about 10 ms a run). It is not a module (``.code``, not ``.py``): it
runs only in the namespace Jinja gives it, so nothing should import or collect it."""
GENERATED_CODE = "van_ban_jinja"


@lru_cache(maxsize=1)
def _generated() -> dict[str, Path]:
    """The file of each part's code, by the digest of the part's source; empty when the files
    are for another version of Jinja (every part is then compiled as Jinja does). The version
    is read without importing Jinja, which the shipped template's parts do without."""
    index = _shipped()
    if not index.get("jinja2") or index.get("jinja2") != prepared_form.version("jinja2"):
        return {}
    folder = Path(str(resources.files("bdg_docs.templates").joinpath(GENERATED_CODE)))
    return {digest: path for digest in index.get("parts", ()) if (path := folder / f"{digest}.code").is_file()}


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    """What :data:`GENERATED` holds: the Jinja version and the digests of the parts' sources."""
    import json

    try:
        shipped = json.loads(template_path(GENERATED).read_bytes())
    except (OSError, ValueError):  # not installed with the package: every part compiled
        return {}
    return shipped if isinstance(shipped, dict) else {}


def generated(data: bytes) -> dict[str, str]:
    """The files of :data:`GENERATED` for the template whose bytes are ``data``: the index, and
    the code of each part (by its path under the templates folder)."""
    import json

    import jinja2

    env = _jinja_env()
    parts = {_digest(source): env.compile(source, raw=True) for source in PreparedTemplate(data, shipped=False).sources}
    index = json.dumps({"jinja2": jinja2.__version__, "parts": sorted(parts)}, indent=1) + "\n"
    return {GENERATED: index, **{f"{GENERATED_CODE}/{digest}.code": code for digest, code in sorted(parts.items())}}


def _digest(source: str) -> str:
    import hashlib

    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def _has_jinja(source: str) -> bool:
    """Whether a template has any Jinja syntax; without any, it renders as its own text."""
    return any(mark in source for mark in ("{{", "{%", "{#"))


def _entry(part: Any) -> str:
    """A part's name inside the zip."""
    return str(part.partname).lstrip("/")


def _empty_body(doc: Any) -> Any:
    """The document element with an empty body (a rendered body goes in a copy of it)."""
    skeleton = copy.deepcopy(doc.element)
    for child in list(skeleton.body):
        skeleton.body.remove(child)
    return skeleton


def _serialize(element: Any) -> bytes:
    from docx.opc.oxml import serialize_part_xml

    return serialize_part_xml(element)


def _save(doc: Any) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
