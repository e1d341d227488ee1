"""Rendering: deterministic bytes, real footnotes, escaping, and the template kept in sync."""
import io
import json
import zipfile
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.reader.docx import read
from tests.conftest import ROOT, TRIEU_SON, all_fixtures
from tests.minimal import replace


@pytest.mark.parametrize("path", all_fixtures(), ids=lambda p: p.stem)
def test_rendering_twice_gives_identical_bytes(path: Path):
    plan = bdg_docs.load(path)
    assert bdg_docs.render(plan) == bdg_docs.render(bdg_docs.load(path))


def test_zip_entries_have_fixed_times_and_order(trieu_son_docx: bytes):
    with zipfile.ZipFile(io.BytesIO(trieu_son_docx)) as z:
        infos = z.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_the_footnote_is_a_word_footnote_with_the_seed_text(trieu_son_docx: bytes):
    with zipfile.ZipFile(io.BytesIO(trieu_son_docx)) as z:
        assert "word/footnotes.xml" in z.namelist()
        document = z.read("word/document.xml").decode()
    assert '<w:footnoteReference w:id="1"/>' in document
    view = read(trieu_son_docx)
    assert list(view.footnotes) == [1]
    note = view.footnotes[1][0].text
    assert note.startswith(" Cụ thể như: Bộ luật Lao động (sửa đổi) năm 2019")
    assert "Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ" in note
    assert note.endswith("trên địa bàn tỉnh Thanh Hóa.")
    marked = [p for p in view.paragraphs if any(r.footnote == 1 for r in p.runs)]
    assert len(marked) == 1 and "giai đoạn 2021-2030" in marked[0].text


def test_citations_are_full_the_first_time_and_short_after():
    text = replace("mo_dau:\n- Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
                   "van_ban:\n  qd:\n    loai: Quyết định\n    so_ky_hieu: 1790/QĐ-TTg\n    ngay: 2021-10-23\n"
                   "    co_quan: Thủ tướng Chính phủ\n    trich_yeu: phê duyệt Chương trình\n"
                   "mo_dau:\n- 'Thực hiện [@qd], theo [@qd]:'")
    page = bdg_docs.lay_out(bdg_docs.loads(text))
    assert page.than[0].text == ("Thực hiện Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ "
                                 "về phê duyệt Chương trình, theo Quyết định số 1790/QĐ-TTg:")


def test_xml_and_template_characters_in_data_appear_literally():
    hostile = "A & B <c> \"d\" 'e' {{ 7*7 }} {% if x %} {# c #} {_{"
    text = replace("muc_dich: [Nâng cao nhận thức.]", f"muc_dich:\n- {json.dumps(hostile)}")
    data = bdg_docs.render(bdg_docs.loads(text))
    texts = [p.text for p in read(data).paragraphs]
    assert hostile in texts
    assert "49" not in " ".join(texts)


def test_template_is_built_from_its_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_template", ROOT / "tools" / "build_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "bdg_docs" / "templates" / "van_ban.docx").read_bytes()
    assert module.build() == committed, "run: python tools/build_template.py"


def test_the_shipped_template_variables_are_those_its_inspection_finds():
    """A one-file render reads the shipped template's variables from the file built with it
    instead of parsing the template again: the file must list what inspection finds now."""
    from docxtpl import DocxTemplate

    from bdg_docs.rendering import engine
    from bdg_docs.rendering.inspect import SHIPPED_VARIABLES, declaration, declared_variables, template_variables

    data = engine.template_path().read_bytes()
    shipped = (ROOT / "bdg_docs" / "templates" / SHIPPED_VARIABLES).read_text(encoding="utf-8")
    assert shipped == declaration(data), "run: python tools/build_template.py"
    inspected = template_variables(DocxTemplate(engine.template_path()), engine._jinja_env())
    assert declared_variables(data) == inspected
    assert engine.PreparedTemplate(data).variables == inspected
    assert declared_variables(data + b" ") is None  # any other template is inspected


def test_the_code_jinja_generates_for_the_shipped_template_is_current():
    """A one-file render runs the shipped template's parts from the Python code Jinja generated
    for them when it was built, kept in files so that Python caches their bytecode: the files
    must hold what this Jinja generates now, for every part and nothing else, and be used."""
    from bdg_docs.rendering import engine
    from bdg_docs.rendering.generated import GeneratedPart

    data = engine.template_path().read_bytes()
    folder = ROOT / "bdg_docs" / "templates"
    expected = engine.generated(data)
    shipped = {name: (folder / name).read_text(encoding="utf-8")
               for name in [engine.GENERATED, *(str(path.relative_to(folder))
                                                for path in (folder / engine.GENERATED_CODE).glob("*.code"))]}
    assert shipped == expected, "run: python tools/build_template.py"
    prepared = engine.PreparedTemplate(data)
    assert all(engine._digest(source) in engine._generated() for source in prepared.sources)
    assert prepared._body.bdg_source == prepared.sources[0]
    body_code = engine._generated()[engine._digest(prepared.sources[0])]
    assert isinstance(prepared._body, GeneratedPart)  # run without Jinja (rendering/generated.py)
    assert prepared._body.root_render_func.__code__.co_filename == str(body_code)


def test_the_shipped_prepared_template_is_current_and_used():
    """A one-file render restores the shipped template prepared when it was built: the file must
    hold what preparing it the straightforward way gives now, and be used only for that template."""
    import importlib.util

    from bdg_docs.rendering import engine, prepared_form

    spec = importlib.util.spec_from_file_location("build_template", ROOT / "tools" / "build_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = engine.template_path().read_bytes()
    shipped = (ROOT / "bdg_docs" / "templates" / prepared_form.PREPARED).read_text(encoding="utf-8")
    assert shipped == module.prepared(data), "run: python tools/build_template.py"
    restored = engine.PreparedTemplate(data)
    assert "_docxtpl" not in vars(restored)
    assert restored.form() == engine.PreparedTemplate(data, shipped=False).form()
    assert restored.sources == [source for source in engine.PreparedTemplate(data, shipped=False).sources
                                if source in restored.sources]
    assert prepared_form.read(data + b" ") is None  # any other template is prepared as before
    import docx
    import docxtpl
    import jinja2
    import lxml

    versions = {"docxtpl": docxtpl.__version__, "docx": docx.__version__, "lxml": lxml.__version__,
                "jinja2": jinja2.__version__}
    assert {name: prepared_form.keys(data)[name] for name in versions} == versions  # read without importing them


def test_render_to_refuses_to_overwrite_and_writes_atomically(tmp_path: Path):
    plan = bdg_docs.load(TRIEU_SON)
    target = tmp_path / "ke_hoach.docx"
    target.write_bytes(b"ban da sua")
    with pytest.raises(bdg_docs.OutputExistsError):
        bdg_docs.render_to(plan, target)
    assert target.read_bytes() == b"ban da sua"
    bdg_docs.render_to(plan, target, overwrite=True)
    assert target.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["ke_hoach.docx"]
