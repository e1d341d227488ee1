"""The YAML loader of bdg_docs (bdg_docs/yaml_reader.py) reads as ruamel.yaml does, only within
limits: comments, blank lines and marks come out the same; impossible dates and overlong numbers
stay text for validation to report; items and depth are counted while parsing."""
from __future__ import annotations

import inspect

import pytest
from ruamel.yaml import YAML
from ruamel.yaml.scanner import RoundTripScanner

from bdg_docs.yaml_reader import Scanner, loader
from tests.minimal import MINIMAL

TEXTS = [
    MINIMAL,
    "# đầu\n" + MINIMAL,
    "\ufeff# có BOM\r\n" + MINIMAL.replace("\n", "\r\n"),
    MINIMAL.replace("so:\n", "so: # ghi chú cuối dòng \ufeff x\n"),
    MINIMAL.replace("ky_hieu:", "\n\n# sau hai dòng trống\n\n\nky_hieu:"),
    MINIMAL.replace("ky_hieu:", "    # thụt lề\nky_hieu:"),
    MINIMAL + "# cuối tệp, không xuống dòng",
    MINIMAL + "\n\n\n",
    "a: [1, # trong ngoặc\n  2]\nb: {c: 1, # x\n  d: 2}\n",
    "a: 1\r# dòng kết thúc bằng CR\rb: 2\r",
    "a: 1 # NEL\x85b: 2\n",
    "a: 1 # LS\u2028b: 2\n",
    "a: |\n  khối # không phải chú thích\n  dòng hai\n# chú thích\nb: 2\n",
    "- x # một\n- y\n\n\n# hai\n- z\n",
]


def _dump(data) -> list:  # type: ignore[no-untyped-def]
    """Everything the round-trip loader keeps: values, comments and marks of every key and item."""
    out = []

    def walk(node, path):  # type: ignore[no-untyped-def]
        comments = getattr(node, "ca", None)
        if comments is not None:
            out.append((path, repr(comments.comment), repr(comments.items)))
        lc = getattr(node, "lc", None)
        if isinstance(node, dict):
            for key, value in node.items():
                out.append((path, key, lc.key(key), lc.value(key)))
                walk(value, (*path, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                out.append((path, i, lc.item(i)))
                walk(value, (*path, i))
        else:
            out.append((path, repr(node)))

    walk(data, ())
    return out


def _read(yaml: YAML, text: str) -> object:
    try:
        return _dump(yaml.load(text))
    except Exception as exc:  # the same error, at the same place
        return type(exc).__name__, str(exc)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_comments_blank_lines_and_marks_come_out_as_ruamel_reads_them(text: str):
    assert _read(loader(), text) == _read(YAML(typ="rt"), text)


def test_ruamel_scan_to_next_token_is_still_the_method_bdg_docs_replaces():
    """Scanner.scan_to_next_token repeats ruamel.yaml's with its two ``+= ch`` loops replaced; if
    an upgrade changes the original, read it again and bring the copy up to date."""
    source = inspect.getsource(RoundTripScanner.scan_to_next_token)
    for line in ["comment += ch", "ch = self.scan_line_break(empty_line=True)",
                 "comment = comment.rsplit('\\n', 1)[0] + '\\n'", "if self.reader.index == 0 and srp() == '\\uFEFF':",
                 "white_space = ' \\t' if self.flow_level > 0 else ' '", "if ch == '\\0':"]:
        assert line in source, line
    assert Scanner.scan_to_next_token is not RoundTripScanner.scan_to_next_token


def test_impossible_dates_and_overlong_numbers_stay_text():
    data = loader().load("a: 2022-02-30\nb: " + "9" * 5000 + "\nc: 2022-02-28\nd: 12\n")
    assert data["a"] == "2022-02-30" and data["b"] == "9" * 5000
    assert str(data["c"]) == "2022-02-28" and data["d"] == 12
