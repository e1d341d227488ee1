"""The fast path gives what the straightforward path gives: the same data, lines, slips,
messages and output bytes.

The fast path reads YAML with the C parser of ruamel.yaml.clib (``bdg_docs.yaml_reader.compose``);
the straightforward path reads it with ruamel.yaml's Python parser. Every text below is read both
ways and must come out the same: every fixture, every starter and data file, the bad-input corpus
and the texts of the YAML reader's tests (which carry line numbers in their messages), the batch
benchmark's plans, and each fixture with the slips officers make typed into it (a comment cutting
a line, a bullet indented too deep or too little, a dash typed twice, a tab, an empty item, an
anchor, a missing colon, an unclosed quote, a control character...).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bdg_docs import slips, yaml_reader
from bdg_docs.api import render
from bdg_docs.documents.loading import load_text
from bdg_docs.errors import InputError
from bdg_docs.loading import read_yaml
from benchmarks.variants import plan
from tests.conftest import DATA
from tests.minimal import MINIMAL
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
        located = read_yaml(text, filename="tep.yaml")
    except InputError as exc:
        return "read", exc.problems
    found = slips.find(located, text, filename="tep.yaml")
    read = (repr(located.data), located.lines, found)
    try:
        document = load_text(text, filename="tep.yaml")
    except InputError as exc:
        return read, exc.problems
    except Exception as exc:  # noqa: BLE001 - a data file that is not a document (a profile)
        return read, type(exc).__name__
    return read, document.canh_bao(), render(document)


@pytest.mark.parametrize(("name", "text"), CASES, ids=[name for name, _ in CASES])
def test_the_c_parser_reads_as_the_python_parser(name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _outcome(text)
    monkeypatch.setattr(yaml_reader, "_CParser", None)
    assert _outcome(text) == fast


def test_the_c_parser_is_installed_and_used() -> None:
    """ruamel.yaml.clib is a dependency: a fresh install reads with the C parser."""
    assert yaml_reader.PARSER == "C (ruamel.yaml.clib)"
    assert yaml_reader._CParser is not None
