"""Token recall and precision of a rendered .docx against a reference transcript.

The same measure as the project's fidelity tool: both texts reduced to word and punctuation
tokens (NFC, markdown markers and footnote markers dropped, footnotes last), then aligned.
"""
from __future__ import annotations

import difflib
import re
import unicodedata

from bdg_docs.reader.docx import read

TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
FOOTNOTE_LINE = re.compile(r"^\s*<sup>\d+</sup>.*$", re.M)
MARKDOWN = [
    (re.compile(r"<sup>.*?</sup>"), " "),
    (re.compile(r"^\s*#+\s*", re.M), ""),
    (re.compile(r"\*+|_{2,}"), ""),
    (re.compile(r"^\s*(-{3,}|–{3,}|—{3,})\s*$", re.M), ""),
]


def tokens(text: str) -> list[str]:
    return TOKEN.findall(unicodedata.normalize("NFC", text))


def reference_tokens(text: str) -> list[str]:
    notes = FOOTNOTE_LINE.findall(text)
    text = FOOTNOTE_LINE.sub("", text) + "\n" + "\n".join(notes)
    text = re.sub(r"^\s*<sup>\d+</sup>", "", text, flags=re.M)
    for pattern, repl in MARKDOWN:
        text = pattern.sub(repl, text)
    return tokens(text)


def docx_tokens(data: bytes) -> list[str]:
    view = read(data)
    texts = [p.text for p in view.all_paragraphs()]
    texts += [p.text for _, paragraphs in sorted(view.footnotes.items()) for p in paragraphs]
    return tokens("\n".join(t.replace("\t", " ") for t in texts))


def fidelity(data: bytes, reference: str) -> tuple[float, float]:
    gen, ref = docx_tokens(data), reference_tokens(reference)
    matcher = difflib.SequenceMatcher(None, ref, gen, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / len(ref), matched / len(gen)


# What a fixture must reach against the document it reproduces.
MIN_RECALL, MIN_PRECISION = 0.98, 0.97


def assert_reproduces(data: bytes, seed: str) -> None:
    """A rendered fixture reproduces its seed (a file of tests/data/seeds) to the thresholds."""
    from tests.conftest import DATA

    reference = (DATA / "seeds" / seed).read_text(encoding="utf-8")
    recall, precision = fidelity(data, reference)
    assert recall >= MIN_RECALL and precision >= MIN_PRECISION, (recall, precision)
