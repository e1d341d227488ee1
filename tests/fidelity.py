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
RULES = re.compile(r"[_\-–—\s]+")  # a line of rules typed with underscores
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


def parts_text(data: bytes | str) -> str:
    """A document's text in the order of its parts, whatever its layout: the header row by row
    (issuer, Quốc hiệu and Tiêu ngữ; number, V/v and date), type name and trích yếu, Kính gửi, căn
    cứ, the body (with lines no part holds where they stand), Nơi nhận, signature, appendices,
    footnotes. Two layouts of the same document give the same text: a signature typed before Nơi
    nhận, a header in text boxes (which some files store twice) or placed by tabs. It is the order
    in which the fidelity tool reads bdg_docs' own output."""
    from bdg_docs.reader import find_parts
    from bdg_docs.reader import lines as L

    view = read(data)
    parts = find_parts(view)
    h = parts.header
    first: list = []
    if h is not None:
        first += [*h.chu_quan, *h.co_quan, h.quoc_hieu, h.tieu_ngu, h.so, *h.vv, h.ngay]
    first += [parts.type_line, *parts.trich_yeu]
    if parts.kinh_gui is not None:
        first += [parts.kinh_gui.heading, *parts.kinh_gui.items]
    first += parts.can_cu
    last: list = []
    if parts.noi_nhan is not None:
        last += [parts.noi_nhan.heading, *parts.noi_nhan.items]
    for signature in parts.signatures:
        last += signature.lines
    for appendix in parts.appendices:
        last += [appendix.heading, *appendix.title, appendix.kem_theo, *appendix.body]
    placed = {id(p) for p in first + last if p is not None}
    seen = {p.location.split(" (bên")[0] for p in first + last if p is not None}
    middle = []
    for item in L.flatten(view):
        base = item.line.location.split(" (bên")[0]
        if item.text and not L.is_rule(item.line) and not RULES.fullmatch(item.text) and id(item.line) not in placed \
                and base not in seen \
                and base.split(", dòng")[0] not in seen:
            middle.append(item.line)
    notes = [p for _, paragraphs in sorted(view.footnotes.items()) for p in paragraphs]
    lines = [p for p in first + middle + last + notes if p is not None]
    return "\n".join(p.text.replace("\t", " ") for p in lines)


def parts_fidelity(made: bytes, source: bytes | str) -> tuple[float, float]:
    """Recall and precision of ``made`` against ``source``, both read in the order of their parts."""
    gen, ref = tokens(parts_text(made)), tokens(parts_text(source))
    matcher = difflib.SequenceMatcher(None, ref, gen, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / len(ref), matched / len(gen)
