"""The fast path gives what the straightforward path gives: the same data, lines, slips,
messages and output bytes.

The fast path reads YAML with the C parser of ruamel.yaml.clib (``bdg_docs.yaml_reader.compose``);
the straightforward path reads it with ruamel.yaml's Python parser. Every text below is read both
ways and must come out the same: every fixture, every starter and data file, the bad-input corpus
and the texts of the YAML reader's tests (which carry line numbers in their messages), the batch
benchmark's plans, and each fixture with the slips officers make typed into it (a comment cutting
a line, a bullet indented too deep or too little, a dash typed twice, a tab, an empty item, an
anchor, a missing colon, an unclosed quote, a control character...), and the data files
``bdg-docs nhap`` writes. The markup reader and the legacy-encoding check are compared with their
straightforward forms on generated text.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bdg_docs import slips, yaml_reader
from bdg_docs.api import render
from bdg_docs.documents.loading import load_text
from bdg_docs.errors import InputError, RuleViolation
from bdg_docs.layout import Page, Run
from bdg_docs.models.inline import _REF, Part, Span, _ref
from benchmarks.variants import plan
from tests.conftest import DATA
from tests.minimal import MINIMAL
from tests.strategies import PROPERTY, STRATEGIES
from tests.strategies.shared import Sample
from tests.test_yaml_reader import TEXTS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures").glob("*.yaml"))
STARTERS = sorted((ROOT / "bdg_docs" / "documents").glob("*.yaml"))
DATA_FILES = sorted((ROOT / "bdg_docs" / "data").glob("**/*.yaml"))
BAD = sorted((DATA / "bad").glob("*.yaml"))


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # the legacy-encoding cases: read as any text


# Slips typed into a line of a fixture: (name, change of the line).
SLIPS = {
    "hashtag": lambda line: line + " #binhdanggioi",
    "comment": lambda line: line + "   # ghi chú",
    "deeper": lambda line: "  " + line,
    "shallower": lambda line: line[2:] if line.startswith("  ") else line,
    "double dash": lambda line: line.replace("- ", "- - ", 1),
    "tab": lambda line: "\t" + line,
    "empty item": lambda line: line + "\n" + " " * (len(line) - len(line.lstrip())) + "-",
    "empty key": lambda line: line + "\nkhoa_trong:",
    "anchor": lambda line: line.replace(": ", ": &a ", 1).replace("- ", "- &b ", 1),
    "tag": lambda line: line.replace(": ", ": !x ", 1),
    "no colon": lambda line: line.replace(":", "", 1),
    "open quote": lambda line: line.replace(": ", ': "', 1),
    "control": lambda line: line + "\x07",
    "bullet in text": lambda line: line + "\n" + " " * (len(line) - len(line.lstrip()) + 4) + "- ý bị nhập",
    "blank and comment": lambda line: line + "\n\n   # ghi chú\n",
    "folded": lambda line: line.replace(": ", ": >\n    ", 1),
}


def _slipped(path: Path) -> list[tuple[str, str]]:
    """The fixture with each slip typed into a few of its lines (chosen by position, so that
    keys, list items and long texts are all hit)."""
    lines = _read(path).split("\n")
    out = []
    for n, (name, change) in enumerate(SLIPS.items()):
        for at in (n * 7 + 3, len(lines) * (n + 1) // (len(SLIPS) + 1)):
            at %= len(lines)
            changed = [*lines[:at], change(lines[at]), *lines[at + 1:]]
            out.append((f"{path.stem} {name} line {at + 1}", "\n".join(changed)))
    return out


CASES = [
    *((p.stem, _read(p)) for p in FIXTURES + STARTERS + DATA_FILES + BAD),
    *((f"yaml_reader {i}", text) for i, text in enumerate(TEXTS)),
    *((f"plan {n}", plan(n)) for n in (0, 1, 57)),
    ("minimal", MINIMAL),
    ("empty", ""),
    ("comments only", "# một\n\n# hai\n"),
    ("two documents", MINIMAL + "---\n" + MINIMAL),
    ("directive", "%YAML 1.1\n---\n" + MINIMAL.replace("cung_dong: true", "cung_dong: yes")),
    ("deep flow", "a: " + "[" * 200_000),
    ("deep block", "- " * 100_000 + "x"),
    ("many items", "a: [" + "1, " * 20_000 + "]"),
    ("aliases", "a: &x [1, 2, 3]\nb: [*x, *x, *x]\n"),
    *((f"alias at depth {n}", "a: &x 1\nb: " + "[" * n + "*x" + "]" * n + "\n") for n in (48, 49, 50)),
    *((f"depth {n}", "a: " + "[" * n + "1" + "]" * n + "\n") for n in (48, 49, 50)),
    ("anchor twice", "a: &x 1\nb: &x 2\nc: *x\n"),
    ("alias to nothing", "a: *x\n"),
    *((f"empty {i}", text) for i, text in enumerate([
        "a: &x\nb: 1\n", "a:\n- &x\n- y\n", "a: &x # c\n\nb: 1\n", "? \n: 1\n", "a:\n  b: &x\n\n  c: 1\n",
        "a:\n- x\n-\n- y\n", "a:\n- x\n- # c\n\n- y\n", "a: !x\nb:\n", "- - \n  -\n"])),
    ("folded after a list", MINIMAL.replace("- gach: [Thiết thực., Hiệu quả.]\n",
                                            "- gach:\n  - Thiết thực.\n- >\n  Một dòng\n  gấp lại.\n")),
    *(case for path in FIXTURES for case in _slipped(path)),
]


def _outcome(text: str) -> object:
    """Everything a reader of the text sees: the data with its lines and slips, and the document
    (its warnings and bytes), or every problem."""
    try:
        located, found = slips.read(text, filename="tep.yaml")
    except InputError as exc:
        return "read", exc.problems
    read = (repr(located.data), located.lines, found)
    try:
        document = load_text(text, filename="tep.yaml")
    except InputError as exc:
        return read, exc.problems
    except Exception as exc:  # noqa: BLE001 - a data file that is not a document (a profile)
        return read, type(exc).__name__
    return read, document.canh_bao(), render(document)


@pytest.mark.filterwarnings("ignore::ruamel.yaml.error.ReusedAnchorWarning")  # "anchor twice", as ruamel.yaml reads it
@pytest.mark.parametrize(("name", "text"), CASES, ids=[name for name, _ in CASES])
def test_the_c_parser_reads_as_the_python_parser(name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _outcome(text)
    monkeypatch.setattr(yaml_reader, "_CParser", None)
    assert _outcome(text) == fast


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_the_data_files_nhap_writes_are_read_alike(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """YAML written by a program (``bdg-docs nhap`` reading a rendered fixture back, with its
    review comments and gaps) is read the same both ways too."""
    from bdg_docs.api import load
    from bdg_docs.importing import import_docx

    text = import_docx(render(load(path))).yaml
    fast = _outcome(text)
    monkeypatch.setattr(yaml_reader, "_CParser", None)
    assert _outcome(text) == fast


def test_the_c_parser_is_installed_and_used() -> None:
    """ruamel.yaml.clib is a dependency: a fresh install reads with the C parser."""
    assert yaml_reader.PARSER == "C (ruamel.yaml.clib)"
    assert yaml_reader._CParser is not None


# ---------------------------------------------------------------- text checked once, in linear time
# The straightforward forms of what validation runs on every text, as they were before being made
# linear: Inline.parse one character at a time, legacy.detect examining every word.
def _parse_reference(source: str) -> tuple:
    parts: list[Part] = []
    bold = italic = False
    buf: list[str] = []

    def flush() -> None:
        if buf:
            text = "".join(buf)
            last = parts[-1] if parts else None
            if isinstance(last, Span) and (last.bold, last.italic) == (bold, italic):
                parts[-1] = Span(last.text + text, bold, italic)
            else:
                parts.append(Span(text, bold, italic))
            buf.clear()

    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\" and i + 1 < n and source[i + 1] in "\\*[]":
            buf.append(source[i + 1])
            i += 2
            continue
        if ch == "*":
            run = len(source) - len(source[i:].lstrip("*")) - i
            before = source[i - 1] if i > 0 else " "
            after = source[i + run] if i + run < n else " "
            # Like Markdown: a run opens before a word and closes after one; a * between
            # letters or digits (7*7) or between spaces is an ordinary character.
            opens = not after.isspace() and not before.isalnum()
            closes = not before.isspace() and not after.isalnum()
            closing = (run in (1, 3) and italic) or (run in (2, 3) and bold)
            if not ((closes and closing) or (opens and not closing)):
                buf.append("*" * run)
                i += run
                continue
            if run > 3:
                raise RuleViolation(
                    f"có {run} dấu * liền nhau ở vị trí {i + 1}.",
                    hint="Dùng *nghiêng*, **đậm** hoặc ***đậm nghiêng***; viết \\* cho dấu * thật.",
                )
            flush()
            if run in (1, 3):
                italic = not italic
            if run in (2, 3):
                bold = not bold
            i += run
            continue
        if ch == "[":
            match = _REF.match(source, i)
            if match:
                flush()
                key = match["key"]
                parts.append(_ref(match["kind"], key, bold, italic))
                i = match.end()
                continue
        buf.append(ch)
        i += 1
    flush()
    if bold or italic:
        which = "**" if bold else "*"
        raise RuleViolation(
            f"dấu {which} mở mà chưa đóng.",
            hint=f"Thêm {which} ở cuối đoạn chữ cần {'đậm' if bold else 'nghiêng'}, hoặc viết \\* cho dấu * thật.",
        )
    return tuple(parts)



def _detect_reference(text: str) -> str | None:
    from bdg_docs.legacy import _LATIN1, _VIETNAMESE, _WORD, is_syllable, to_unicode

    def legacy_words(words: list[str], encoding: str) -> int:
        count = 0
        for word in words:
            if len(word) < 2 or word.isascii() or max(word) > "\u00ff" or not any(c.isascii() for c in word):
                continue
            if not is_syllable(word) and is_syllable(to_unicode(word, encoding)):  # type: ignore[arg-type]
                count += 1
        return count

    if not _LATIN1.search(text):
        return None
    words = _WORD.findall(text)
    scores = {enc: legacy_words(words, enc) for enc in ("tcvn3", "vni")}
    best = max(scores, key=lambda enc: scores[enc])
    legacy_count, unicode_words = scores[best], sum(bool(_VIETNAMESE.search(w)) for w in words)
    if legacy_count <= unicode_words or legacy_count * 3 < len(words):
        return None
    return best if legacy_count >= 2 or (legacy_count == 1 and len(words) <= 2) else None


_WORDS = ["Cộng", "hòa", "xã", "hội", "Céng", "hoµ", "x·", "héi", "Coäng", "hoøa", "xaõ", "hoäi", "thông", "tác",
          "**đậm**", "*nghiêng*", "***", "\\*", "\\[", "[@ct_21]", "[^1]", "[=BĐG]", "[$nam]", "[", "]", "*", "7*7",
          "a", "ñ", "é", "Ð", "1.500", "\n", "  ", "chñ", "nghÜa", "ViÖt", "gioùi", "ñaúng", "x" * 20 + "é"]
_TEXTS = st.lists(st.sampled_from(_WORDS) | st.text(alphabet="aeoôêáàéủ*[]\\@^=$ \u00b5\u00b7\u00ff", max_size=6),
                  max_size=14).map(" ".join) | st.lists(st.sampled_from(_WORDS), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_inline_markup_is_read_as_one_character_at_a_time(text: str) -> None:
    from bdg_docs.errors import RuleViolation
    from bdg_docs.models.inline import Inline

    def outcome(parse):  # type: ignore[no-untyped-def]
        try:
            return parse(text)
        except RuleViolation as exc:
            return exc.message, exc.hint

    assert outcome(lambda t: Inline.parse(t).parts) == outcome(_parse_reference)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_legacy_text_is_told_as_examining_every_word(text: str) -> None:
    from bdg_docs import legacy

    assert legacy.detect(text) == _detect_reference(text)


@pytest.mark.parametrize("path", FIXTURES + STARTERS, ids=lambda p: p.stem)
def test_every_text_of_the_files_is_told_as_examining_every_word(path: Path) -> None:
    from bdg_docs import legacy

    for line in _read(path).splitlines():
        assert legacy.detect(line) == _detect_reference(line)


# ---------------------------------------------------------------- the body written without lxml
# The shipped template's document part is written from the rendered text (rendering/body_xml.py)
# instead of being parsed by docxtpl's fix_tables, moved into the document element and serialised.
def _document_part_both_ways(page: Page) -> tuple[bytes | None, bytes]:
    """The document part written from the text (None where that way declines), and the
    straightforward way."""
    from docx.opc.oxml import serialize_part_xml

    from bdg_docs.rendering import engine
    from bdg_docs.rendering.context import build_context
    from bdg_docs.rendering.sandbox import budget

    prepared = engine.prepare(engine.template_path())
    assert prepared._direct is not None
    context = build_context(page, prepared.geometry)
    with budget():
        body = prepared._body.render(context)
    return prepared._direct.xml(body), serialize_part_xml(prepared._document_tree(prepared._post_process(body)))


def _documents() -> list[tuple[str, str]]:
    from bdg_docs.api import load
    from bdg_docs.importing import import_docx

    texts = [(p.stem, _read(p)) for p in FIXTURES + STARTERS]
    texts += [(f"nhap {p.stem}", import_docx(render(load(p))).yaml) for p in FIXTURES]
    return texts


def page_of(text: str) -> Page | None:
    """The page of the document ``text`` holds; None for a starter with blanks for the officer to
    fill (nothing to render)."""
    try:
        return load_text(text, filename="tep.yaml").page()
    except InputError:
        return None


@pytest.mark.parametrize(("name", "text"), _documents(), ids=[name for name, _ in _documents()])
def test_the_document_part_written_from_the_text_is_what_lxml_writes(name: str, text: str) -> None:
    page = page_of(text)
    if page is None:
        return
    direct, straightforward = _document_part_both_ways(page)
    assert direct is None or direct == straightforward
    if "trieu_son" in name:  # a fixture with tables, footnotes, bold and italic text
        assert direct is not None


@pytest.mark.parametrize("loai", sorted(STRATEGIES))
def test_the_document_part_of_any_valid_document_is_written_as_lxml_writes_it(loai: str) -> None:
    from bdg_docs.documents import DOCUMENT_TYPES

    @PROPERTY
    @given(STRATEGIES[loai].documents())
    def prop(sample: Sample) -> None:
        direct, straightforward = _document_part_both_ways(DOCUMENT_TYPES[loai].model_validate(sample.data).page())
        assert direct is None or direct == straightforward

    prop()


_AWKWARD = st.text(alphabet="&<>\"'{}%#;_/ ađ\t\n", max_size=8)
_RUNS = st.lists(st.builds(Run, _AWKWARD, st.sampled_from([None, True, False]), st.sampled_from([None, True, False])),
                 max_size=4).map(tuple)


@settings(max_examples=300, deadline=None)
@given(so=_AWKWARD, ho_ten=_AWKWARD, style=st.sampled_from(["BDGThan", "BDG\"Than", "BDG'Than", "BDG#{%}&<>Than"]),
       than=st.lists(_RUNS, max_size=4), cells=st.lists(_RUNS, min_size=8, max_size=8))
def test_the_document_part_of_any_text_is_written_as_lxml_writes_it(so: str, ho_ten: str, style: str,
                                                                   than: list, cells: list) -> None:
    from dataclasses import replace

    from bdg_docs.layout import Cell, Paragraph, Table

    page = replace(_page(), so=so, ho_ten=ho_ten, than=(
        *(Paragraph(style, runs) for runs in than),
        Table(tuple("abcdefgh"), (tuple(Cell(runs) for runs in cells),))))
    direct, straightforward = _document_part_both_ways(page)
    assert direct is None or direct == straightforward
    if not any(char in so + ho_ten + style + "".join(r.text for runs in [*than, *cells] for r in runs) for char in "\t\n"):
        assert direct is not None  # declined only for what lxml writes another way


def _page() -> Page:
    from bdg_docs.api import load

    return load(next(p for p in FIXTURES if "trieu_son" in p.stem)).page()


_LABELS = ["Phần ", "PHẦN ", "thứ ", "Chương ", "CHƯƠNG ", "Tiểu mục ", "Mục ", "MỤC ", "Điều ", "ĐIỀU ", "I", "V", "X",
           "C", "1", "2", "3.2", ".", ". ", ":", " ", "\t", "a", "đ", ") ", "- ", "– ", "• ", "+ ", "b", "Lời "]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_LABELS), max_size=6).map("".join))
def test_a_body_line_has_the_role_of_the_first_pattern_it_opens_with(text: str) -> None:
    from bdg_docs.reader.lines import ROLES, body_role

    first = next(((role, m.group(0).strip()) for role, p in ROLES if (m := p.match(text))), ("doan", None))
    assert body_role(text) == first


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" \t\n\r\xa0\u2003\u3000\u0301\u0323aeêđ.Ệ", max_size=12))
def test_a_page_paragraph_is_read_with_its_white_space_collapsed(text: str) -> None:
    import unicodedata

    from bdg_docs.page_check import _norm

    assert _norm(text) == " ".join(unicodedata.normalize("NFC", text).split())


# ------------------------------------------------- the shipped template prepared when it was built
# A render of the shipped template restores its prepared state from templates/van_ban.prepared.json
# (rendering/prepared_form.py) instead of loading it with docxtpl and python-docx; the rare render
# that needs them (a tab or line feed in the body, core properties python-docx writes) loads the
# template then. Each is compared with the straightforward render_docx.
def _restored() -> object:
    """The shipped template prepared from its shipped form, nothing loaded yet."""
    from bdg_docs.rendering import engine

    prepared = engine.PreparedTemplate(engine.template_path().read_bytes())
    assert "_docxtpl" not in vars(prepared), "run: python tools/build_template.py"
    return prepared


def _rendered_both_ways(page: Page, prepared: object, **context: object) -> tuple[bytes, bytes]:
    """``page`` rendered from ``prepared`` and by render_docx, with ``context`` replacing entries."""
    from datetime import datetime, time

    from bdg_docs.rendering import engine
    from bdg_docs.rendering.context import build_context

    values = {**build_context(page, prepared.geometry), **context}  # type: ignore[attr-defined]
    created = datetime.combine(page.ngay_tep, time())
    return (prepared.render(values, created=created),  # type: ignore[attr-defined]
            engine.render_docx(engine.template_path(), values, created=created))


@pytest.fixture(scope="module")
def restored() -> object:
    return _restored()


@pytest.mark.parametrize(("name", "text"), _documents(), ids=[name for name, _ in _documents()])
def test_the_shipped_prepared_template_renders_every_document_as_docxtpl(name: str, text: str, restored: object) -> None:
    page = page_of(text)
    if page is None:
        return
    ours, straightforward = _rendered_both_ways(page, restored)
    assert ours == straightforward


@pytest.mark.parametrize("loai", sorted(STRATEGIES))
def test_the_shipped_prepared_template_renders_any_valid_document_as_docxtpl(loai: str, restored: object) -> None:
    from bdg_docs.documents import DOCUMENT_TYPES

    @settings(PROPERTY, max_examples=8)
    @given(STRATEGIES[loai].documents())
    def prop(sample: Sample) -> None:
        ours, straightforward = _rendered_both_ways(DOCUMENT_TYPES[loai].model_validate(sample.data).page(), restored)
        assert ours == straightforward

    prop()


@pytest.mark.parametrize("char", ["\t", "\n", "\r", "\a", "\f"], ids=repr)
def test_a_body_the_shipped_prepared_template_cannot_write_directly_is_loaded_and_written_as_docxtpl(char: str) -> None:
    from markupsafe import Markup

    prepared = _restored()
    ours, straightforward = _rendered_both_ways(_page(), prepared)
    assert ours == straightforward
    assert "_docxtpl" not in vars(prepared)  # nothing loaded for a quiet body
    ours, straightforward = _rendered_both_ways(_page(), prepared, so=Markup(f"một{char}hai"))
    assert ours == straightforward
    assert "_docxtpl" in vars(prepared)


@pytest.mark.parametrize("title", ["dòng\rhai", "dài " * 70, "A & B <c>"], ids=["CR", "long", "escaped"])
def test_core_properties_the_pattern_declines_are_loaded_and_written_as_python_docx(title: str) -> None:
    from markupsafe import Markup

    prepared = _restored()
    try:
        ours, straightforward = _rendered_both_ways(_page(), prepared, tieu_de_tep=Markup(title))
    except ValueError as exc:  # python-docx refuses a property longer than 255 characters
        assert len(title) > 255 and "255 char limit" in str(exc)
    else:
        assert ours == straightforward
    assert ("_docxtpl" in vars(prepared)) == (title != "A & B <c>")
