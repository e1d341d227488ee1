"""Write the independent corpus of Word documents into tests/data/word_independent/.

    .venv/bin/python -m tools.word_corpus_independent            # all documents
    .venv/bin/python -m tools.word_corpus_independent kh_xa_tab  # only these (for a look)

Made without reading the checker: documents as offices make them (see corpus.py), each with a
sidecar in the format of tests/data/word/ (kind, type_name, defects with rule and place) plus
`tolerated` (findings that are neither required nor false) and `pages` (counted by rendering the
file with LibreOffice). Held-out documents (a third, chosen by a hash of the name) are written
with the prefix `ho_`. Needs LibreOffice (soffice), poppler-utils and fonts-liberation2.
Deterministic: the same run gives the same files (zip dates and document properties fixed).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .build import Builder, Look
from .content import ISSUERS, NAMES, text_for
from .corpus import DOCS, expected_kind
from .html import page as html_page

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "word_independent"
FIXED = dt.datetime(2026, 1, 1, 8, 0, 0)
WAYS = {"P": "python-docx", "L": "python-docx, then opened and saved as .docx by LibreOffice",
        "O": "python-docx, saved as .odt by LibreOffice, then as .docx", "H": "HTML, made .docx by LibreOffice",
        "D": "python-docx, saved as a Word 97 .doc by LibreOffice, then as .docx"}


def held_out(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3 == 0


def signer_lines(iss, kind: str, rng: random.Random) -> list[str]:
    deputy = rng.random() < 0.5
    if iss.kind == "hdnd":
        return ["CHỦ TỊCH"]
    if iss.collective and kind in ("kh", "ct", "tb", "gm", "ggt", "bc", "bc_len", "ttr", "hd", "ctr", "pa", "da", "qc"):
        return ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] if deputy else ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    if iss.collective:            # Công văn, Công điện, a decision of the chairman
        return ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] if deputy else ["CHỦ TỊCH"]
    return [f"KT. {iss.head}", iss.deputy] if deputy else [iss.head]


def look_for(doc: dict, rng: random.Random) -> Look:
    """The document's own choices, and for the rest what offices commonly do, drawn at random."""
    base = dict(
        margins=rng.choice([(1134, 1134, 1701, 850), (1418, 1134, 1985, 1134), (1134, 1134, 1701, 1134),
                            (1247, 1247, 1814, 964), (1440, 1440, 1701, 1021)]),
        fonts=rng.choice(["style", "style", "direct", "docdefaults", "theme"]),
        body_size=rng.choice([13, 14, 14]),
        left_frac=rng.choice([0.38, 0.40, 0.42, 0.44]),
        rules=rng.choice(["underscore", "underscore", "border", "shape"]),
        pn_field=rng.choice(["simple", "simple_none", "complex", "complex_none"]),
        first_line=rng.choice([567, 720, 709]),
        spacing=rng.choice([(120, 0), (0, 120), (120, 120), (60, 60)]),
        line=rng.choice([(240, "auto"), (276, "auto"), (312, "auto"), (360, "auto"), (340, "exact")]),
        title_br=rng.random() < 0.3,
        header_spacing=rng.choice([0, 0, 60]),
        page_number="header" if doc["long"] else rng.choice(["header", "none", "none"]),
        quirks=rng.choice([[], [], ["split_runs"], ["split_runs", "proof"], ["bookmarks"]]),
    )
    if base["spacing"] == (60, 60):
        base["spacing"] = (60, 60) if rng.random() < 0.5 else (120, 0)
    if base["fonts"] == "direct" and "heading_style" in doc.get("defects", []):
        base["fonts"] = "style"
    if base["line"][1] == "exact" and base["body_size"] == 14:
        base["line"] = (340, "exact")
    if doc.get("copy"):
        base["page_number"] = "header"
    base.update(doc.get("look", {}))
    if doc["way"] == "H":
        base.update(fonts="style", page_number="none", rules="underscore")
    return Look(**base)


def make(doc: dict):
    rng = random.Random(doc["name"])
    iss = ISSUERS[doc["iss"]]
    year = rng.choice([2022, 2023, 2024, 2025, 2026, 2026])
    month = rng.choice([1, 2, 3, 3, 4, 6, 8, 9, 10, 11, 12])
    day = rng.choice([3, 5, 8, 12, 15, 20, 25, 28])
    number = rng.choice([3, 7, 12, 25, 48, 112, 156, 203])
    defects = set(doc.get("defects", []))
    # the date and signature must be such that the planted slip is one
    if {"ngay_month0", "copy_month0"} & defects or doc.get("look", {}).get("tracked"):
        month = rng.choice([3, 4, 6, 8, 9])
    if "ngay_jan" in defects:
        month = rng.choice([1, 2])
    if "ngay_day1" in defects:
        day = rng.choice([3, 5, 8])
    text = text_for(doc["kind"], rng, iss, doc["long"], year)
    look = look_for(doc, rng)
    look.way = WAYS[doc["way"]]
    sign = signer_lines(iss, doc["kind"], rng)
    if {"sig_kslash", "sig_no_post", "sig_kt_nodot"} & defects and not any(x.startswith("KT.") for x in sign):
        sign = (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] if iss.collective
                else [f"KT. {iss.head}", iss.deputy])
    if "sig_tm_slash" in defects and not any(x.startswith("TM.") for x in sign):
        sign = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    b = Builder(look, text, iss, rng, defects, (day, month, year), number, rng.choice(NAMES), sign)
    b.add_vv = bool(doc.get("add_vv"))
    if doc["way"] == "H":
        html = html_page(b)
        return b, html
    if doc.get("appendix_file"):
        d = b.build_phu_luc()
    else:
        copy = None
        if doc.get("copy"):
            copy = (doc["copy"], rng.choice([4, 9, 15, 31]), (min(day + 3, 28), month, year))
        d = b.build(party=bool(doc.get("party")), copy=copy)
    cp = d.core_properties
    cp.created = cp.modified = FIXED
    cp.last_modified_by = cp.author = "Văn thư"
    cp.revision = 1
    cp.title = text.type_name or "Công văn"
    return b, d


def soffice(args: list[str], profile: Path) -> None:
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"] + args
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def normalise(path: Path) -> None:
    """Fixed dates inside and on the zip entries, so the same run writes the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", r"\g<1>2026-01-01T08:00:00Z", text)
                text = re.sub(r"(<cp:revision>)[^<]*", r"\g<1>1", text)
                data = text.encode("utf-8")
            if info.filename == "docProps/app.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<TotalTime>)[^<]*", r"\g<1>0", text)
                text = re.sub(r"(<Application>)[^<]*", r"\g<1>LibreOffice", text) if "LibreOffice" in text else text
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def pdf_facts(pdf: Path) -> tuple[int, set[str]]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
    names = {re.sub(r"^[A-Z]{6}\+", "", line.split()[0]) for line in fonts if line.strip()}
    return pages, names


def yaml_scalar(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, list):
        return "[" + ", ".join(yaml_scalar(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"'


def sidecar(doc: dict, b: Builder, pages: int, fonts: set[str], tolerated: list) -> str:
    kind, type_name = expected_kind(doc)
    lines = [f"# {doc['name']}: {doc['kind']} from {' '.join(ISSUERS[doc['iss']].co_quan)}; {WAYS[doc['way']]}",
             f"way: {WAYS[doc['way']]}",
             f"kind: {kind}",
             f"type_name: {yaml_scalar(type_name)}",
             f"pages: {pages}",
             "look: " + json.dumps({k: v for k, v in sorted(vars(b.look).items()) if k != "quirks"}, ensure_ascii=False),
             "fonts_in_pdf: " + yaml_scalar(sorted(fonts))]
    if b.declared:
        lines.append("defects:")
        for d in b.declared:
            lines.append(f"  - {{rule: {d.rule}, at: {yaml_scalar(d.at)}, defect: {d.defect}}}")
    else:
        lines.append("defects: []")
    if tolerated:
        lines.append("tolerated:")
        for rule, at, why in tolerated:
            lines.append(f"  - {{rule: {rule}, at: {yaml_scalar(at)}, why: {yaml_scalar(why)}}}")
    return "\n".join(lines) + "\n"


def page_number_truth(doc: dict, b: Builder, pages: int) -> list:
    """R10 by the page count: a number is needed from page 2, and page 1 shows none."""
    where = b.look.page_number
    tolerated = []
    if where in ("none", "footer", "right", "small", "first") and pages > 1:
        b.declare("R10", None, f"page_number_{where}")
    elif where == "first" and pages == 1:
        tolerated.append(("R10", None, "a one-page document showing its number on page 1"))
    return tolerated


def main(argv: list[str]) -> None:
    selected = [d for d in DOCS if not argv or d["name"] in argv]
    names = [d["name"] for d in DOCS]
    assert len(names) == len(set(names)), "two documents with one name"
    with tempfile.TemporaryDirectory(prefix="word_indep_") as tmp:
        tmp = Path(tmp)
        profile = tmp / "profile"
        stage, final = tmp / "stage", tmp / "final"
        for d in (stage, final, tmp / "lo", tmp / "odt", tmp / "odt_docx", tmp / "html", tmp / "pdf"):
            d.mkdir()
        builders = {}
        for doc in selected:
            b, made = make(doc)
            if b.unused():
                raise SystemExit(f"{doc['name']}: defects not planted: {sorted(b.unused())}")
            builders[doc["name"]] = b
            if doc["way"] == "H":
                (tmp / "html" / f"{doc['name']}.html").write_text(made, encoding="utf-8")
            else:
                made.save(stage / f"{doc['name']}.docx")
        by_way = {w: [d["name"] for d in selected if d["way"] == w] for w in "PLOHD"}
        for n in by_way["P"]:
            shutil.copy(stage / f"{n}.docx", final / f"{n}.docx")
        docx_filter = "docx:MS Word 2007 XML"
        if by_way["L"]:
            soffice(["--convert-to", docx_filter, "--outdir", str(tmp / "lo")]
                    + [str(stage / f"{n}.docx") for n in by_way["L"]], profile)
            for n in by_way["L"]:
                shutil.copy(tmp / "lo" / f"{n}.docx", final / f"{n}.docx")
        if by_way["O"]:
            soffice(["--convert-to", "odt", "--outdir", str(tmp / "odt")]
                    + [str(stage / f"{n}.docx") for n in by_way["O"]], profile)
            soffice(["--convert-to", docx_filter, "--outdir", str(tmp / "odt_docx")]
                    + [str(tmp / "odt" / f"{n}.odt") for n in by_way["O"]], profile)
            for n in by_way["O"]:
                shutil.copy(tmp / "odt_docx" / f"{n}.docx", final / f"{n}.docx")
        if by_way["D"]:
            (tmp / "doc").mkdir()
            (tmp / "doc_docx").mkdir()
            soffice(["--convert-to", "doc:MS Word 97", "--outdir", str(tmp / "doc")]
                    + [str(stage / f"{n}.docx") for n in by_way["D"]], profile)
            soffice(["--convert-to", docx_filter, "--outdir", str(tmp / "doc_docx")]
                    + [str(tmp / "doc" / f"{n}.doc") for n in by_way["D"]], profile)
            for n in by_way["D"]:
                shutil.copy(tmp / "doc_docx" / f"{n}.docx", final / f"{n}.docx")
        if by_way["H"]:
            soffice(["--infilter=HTML (StarWriter)", "--convert-to", docx_filter, "--outdir", str(final)]
                    + [str(tmp / "html" / f"{n}.html") for n in by_way["H"]], profile)
        for doc in selected:
            normalise(final / f"{doc['name']}.docx")
        soffice(["--convert-to", "pdf", "--outdir", str(tmp / "pdf")]
                + [str(final / f"{d['name']}.docx") for d in selected], profile)
        OUT.mkdir(parents=True, exist_ok=True)
        for doc in selected:
            name = doc["name"]
            b = builders[name]
            pages, fonts = pdf_facts(tmp / "pdf" / f"{name}.pdf")
            strange = {f for f in fonts if not f.startswith("LiberationSerif")}
            wants_other = b.look.fonts == "calibri" or {"font_arial_par", "heading_style", "vntime"} & b.defects
            if strange and not wants_other:
                raise SystemExit(f"{name}: fonts other than Times New Roman in the rendered file: {sorted(strange)}")
            tolerated = page_number_truth(doc, b, pages) + b.tolerated
            if doc.get("party"):
                b.declared = []               # out of scope for Decree 30: nothing is a defect
            stem = ("ho_" if held_out(name) else "") + name
            for old in OUT.glob(f"*{name}.*"):
                if old.stem in (name, "ho_" + name):
                    old.unlink()
            shutil.copy(final / f"{name}.docx", OUT / f"{stem}.docx")
            (OUT / f"{stem}.yaml").write_text(sidecar(doc, b, pages, fonts, tolerated), encoding="utf-8")
            print(f"{stem}: {pages} page(s), {len(b.declared)} defect(s)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main(sys.argv[1:])
