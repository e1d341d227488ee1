"""Build tests/data/word/: Word-style documents made without bdg_docs' renderer, for the checker.

    python tools/make_word_corpus.py            # rewrites the corpus (the same bytes every time)

Each ``NAME.docx`` has a sidecar ``NAME.yaml``: how it was made, the kind and type name the
checker must recognise, and the defects planted in it (rule and the text of the place), or none.
Documents are made four ways:

- ``ooxml``: WordprocessingML written by hand (tools/word_corpus/ooxml.py), laid out at random
  (seeded) the ways offices do: header as a table, two tables, paragraphs placed by tabs or
  indents, text boxes or frames; lines split by Shift+Enter; signature in a table, one row per
  line, after tabs, indented or aligned right; automatic numbering; PAGE fields with or without
  a stored result; every type of Phụ lục III, appendices, copies, a Party document;
- ``python-docx``: python-docx with its default template and its list styles;
- ``libreoffice``: some of the above, and bdg_docs' own rendered fixtures, opened and saved as
  .docx by LibreOffice (``soffice --convert-to docx``); skipped, keeping the committed files,
  where LibreOffice is not installed.

The ``held_out`` set (names starting ``ho_``) is drawn with other seeds from the same generator
after the checker was tuned on the rest; benchmarks/checker_corpus.py reports both.
"""
from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import asdict
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.word_corpus import content, defects, with_html, with_python_docx  # noqa: E402
from tools.word_corpus.layout import Look, render  # noqa: E402

OUT = ROOT / "tests" / "data" / "word"

# Kinds of document and how many of each, in the development set and in the held-out set.
KINDS = ["KH", "QĐ", "NQ", "CT", "QC", "QC_KEM", "TB", "HD", "CTr", "PA", "ĐA", "BC", "BC_LEN", "TTr", "CV", "CV",
         "CĐ", "GM", "GGT", "GNP", "BB", "PL"]
KINDS_HELD_OUT = KINDS + ["TC", "DA", "GUQ", "PB"]  # Mẫu 1.4 types the development set does not have
SPECIAL = ["DANG", "HAI_TEN_LOAI", "TEN_LOAI_VV", "KH_PHU_LUC", "QĐ_SAO_Y", "CV_TRICH_SAO", "BC_SAO_LUC"]


def random_look(rng: random.Random, doc: content.Doc) -> Look:
    look = Look()
    look.header = rng.choice(["table", "table", "table1", "table2", "table3", "table_flow", "tabs", "stacked", "boxes",
                              "boxes_vml", "frames"])
    look.header_breaks = look.header not in ("tabs",) and rng.random() < 0.35
    look.stacked_right_first = rng.random() < 0.3
    look.rules = rng.choice(["border", "shape", "underscore", "vml"])
    look.signature = "table" if doc.second_signer else rng.choice(["table", "table", "rows", "tabs", "tabs2", "indent",
                                                                    "right"])
    look.sig_breaks = look.signature in ("table", "indent", "right") and rng.random() < 0.3
    look.numbering = rng.choice(["manual", "manual", "auto"])
    look.fonts = rng.choice(["style", "direct"])
    look.qh_size, look.tn_size, look.head_size = rng.choice([12, 13]), rng.choice([13, 14]), rng.choice([12, 13])
    look.date_size, look.type_size = rng.choice([13, 14]), rng.choice([13, 14])
    look.body_size, look.sig_size = rng.choice([13, 14]), rng.choice([13, 14])
    look.before, look.after = rng.choice([(120, 0), (0, 120), (60, 60), (120, 120), (240, 0)])
    look.line, look.line_rule = rng.choice([(240, "auto"), (276, "auto"), (312, "auto"), (360, "auto"),
                                            (int(look.body_size * 26), "exact"), (300, "atLeast")])
    look.first_line = rng.choice([567, 720, 709])
    look.margins = rng.choice([(1134, 1134, 1701, 1134), (1134, 1134, 1701, 850), (1418, 1134, 1985, 1134),
                               (1440, 1440, 1701, 1134), (1134, 1134, 1814, 964)])
    width = look.width
    left = int(width * rng.choice([0.38, 0.4, 0.42]))
    look.header_grid = (left, width - left)
    if doc.one_page:
        look.page_number = rng.choice(["none", "none", "field", "simple", "no_result"])
    else:
        look.page_number = rng.choice(["field", "simple", "no_result"])
    return look


QUIRKS = ["split_runs", "sdt", "tracked", "data_table", "signed", "draft", "wide_table", "tab_kinh_gui"]


def quirks(rng: random.Random, doc: content.Doc, declared: list[dict]) -> set[str]:
    """Some of Word's habits, none of which changes what the page shows (see Look.quirks)."""
    chosen = set(rng.sample(QUIRKS, rng.choice([0, 1, 1, 2, 3])))
    if any(d["rule"] in ("R17", "R18", "R19", "R20", "R22", "R50") for d in declared) or doc.kind != "co_ten_loai" \
            and doc.kind != "cong_van":
        chosen.discard("draft")
    if any(d["rule"] in ("R1", "R2", "R3", "R4", "R5", "R6") for d in declared) or doc.second_signer or doc.copy:
        chosen.discard("wide_table")
    if len(doc.body) < 5:
        chosen.discard("data_table")
    return chosen


def special(kind: str, seed: int, rng: random.Random) -> tuple[content.Doc, str, str | None]:
    """Documents built from another: a Party document, ambiguous ones, appendices and copies."""
    w = content.Writer(seed)
    if kind == "DANG":
        return content.build("DANG", seed), "dang", None
    if kind == "HAI_TEN_LOAI":
        doc = content.build("QĐ", seed)
        doc.type_names = ["QUYẾT ĐỊNH", "KẾ HOẠCH"]
        return doc, "can_xem_lai", "QUYẾT ĐỊNH"
    if kind == "TEN_LOAI_VV":
        doc = content.build("BC", seed)
        doc.vv = [f"V/v báo cáo {w.subject}"]
        return doc, "can_xem_lai", "BÁO CÁO"
    if kind == "KH_PHU_LUC":
        doc = content.with_appendix(content.build("KH", seed), w)
        return doc, "co_ten_loai", "KẾ HOẠCH"
    base, form = {"QĐ_SAO_Y": ("QĐ", "SAO Y"), "CV_TRICH_SAO": ("CV", "TRÍCH SAO"), "BC_SAO_LUC": ("BC", "SAO LỤC")}[kind]
    return content.with_copy(content.build(base, seed), w, form), "ban_sao", form


def expected(doc: content.Doc) -> tuple[str, str | None]:
    if doc.kind == "phu_luc":
        return "phu_luc", "PHỤ LỤC"
    return doc.kind, (doc.type_names[0] if doc.type_names and doc.kind == "co_ten_loai" else None)


def sidecar(way: str, kind: str, type_name: str | None, declared: list[dict], look: Look | None, note: str) -> str:
    lines = [f"# {note}", f"way: {way}", f"kind: {kind}", f"type_name: {json.dumps(type_name, ensure_ascii=False)}"]
    if look is not None:
        shown = {k: v for k, v in asdict(look).items() if k in ("header", "header_breaks", "rules", "signature",
                                                                 "sig_breaks", "numbering", "fonts", "page_number")}
        shown["quirks"] = sorted(look.quirks)
        lines.append(f"look: {json.dumps(shown, ensure_ascii=False)}")
    if not declared:
        lines.append("defects: []")
    else:
        lines.append("defects:")
        for d in declared:
            lines.append(f"  - {{rule: {d['rule']}, at: {json.dumps(d['at'], ensure_ascii=False)}, defect: {d['defect']}}}")
    return "\n".join(lines) + "\n"


def normalise(data: bytes) -> bytes:
    """Rezip with fixed times and order, so that regenerating gives the same bytes."""
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()


def write(name: str, data: bytes, meta: str) -> None:
    (OUT / f"{name}.docx").write_bytes(normalise(data))
    (OUT / f"{name}.yaml").write_text(meta, encoding="utf-8")


def generate(prefix: str, seed0: int, kinds: list[str], per_kind: int) -> list[str]:
    names = []
    for name, data, meta in ooxml_documents(prefix, seed0, kinds, per_kind):
        write(name, data, meta)
        names.append(name)
    return names


def ooxml_documents(prefix: str, seed0: int, kinds: list[str], per_kind: int):  # type: ignore[no-untyped-def]
    """(name, .docx bytes before normalising, sidecar) of each hand-written document."""
    n = 0
    for kind in kinds:
        for k in range(per_kind):
            n += 1
            seed = seed0 + n
            rng = random.Random(seed * 7919)
            if kind in SPECIAL:
                doc, want_kind, want_type = special(kind, seed, rng)
            else:
                doc = content.build(kind, seed)
                want_kind, want_type = expected(doc)
            look = random_look(rng, doc)
            count = 0 if want_kind in ("dang", "can_xem_lai") else rng.choice([0, 1, 1, 2, 3])
            declared = defects.plant(doc, look, rng, count)
            look.quirks = quirks(rng, doc, declared)
            if look.header not in ("table", "table1", "table2", "table3", "table_flow") and want_kind not in ("dang", "phu_luc"):
                # R49 (practice): the samples lay the header out as a borderless two-column table.
                declared.append({"rule": "R49", "at": None, "defect": "header_not_a_table"})
            name = f"{prefix}{n:02d}_{kind.lower().replace('đ', 'd')}"
            note = f"{kind}: raw WordprocessingML, header {look.header}, signature {look.signature}"
            yield name, render(doc, look), sidecar("ooxml", want_kind, want_type, declared, look, note)


def python_docx_set(prefix: str, seed0: int) -> list[str]:
    names = []
    for n, (kind, contextual) in enumerate([("KH", False), ("CV", False), ("QĐ", False), ("BC", True), ("HD", False)], 1):
        doc = content.build(kind, seed0 + n)
        want_kind, want_type = expected(doc)
        has_list = any((role == "khoan" and text.endswith(".")) or role == "gach" for role, text in doc.body)
        declared = [{"rule": "R29", "at": None, "defect": "contextual_spacing"}] if contextual and has_list else []
        name = f"{prefix}pd{n:02d}_{kind.lower().replace('đ', 'd')}"
        note = f"{kind}: python-docx default template, List Number/List Bullet styles" + (
            ", their contextual spacing kept" if contextual else "")
        write(name, with_python_docx.build(doc, contextual=contextual),
              sidecar("python-docx", want_kind, want_type, declared, None, note))
        names.append(name)
    return names


def convert(soffice: str, files: list[Path], tmpdir: Path, *options: str) -> None:
    """One LibreOffice run saving ``files`` as .docx into ``tmpdir/out`` (its own profile)."""
    subprocess.run([soffice, f"-env:UserInstallation={(tmpdir / 'profile').as_uri()}", "--headless", *options,
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmpdir / "out"), *map(str, files)],
                   check=True, capture_output=True, timeout=600)


def html_set(prefix: str, seed0: int, kinds: list[str]) -> None:
    """Short documents written as web pages, made into .docx by LibreOffice's HTML import."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice not found: the html_* files are kept as they are")
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        metas = {}
        for n, kind in enumerate(kinds, 1):
            doc = content.build(kind, seed0 + n)
            name = f"{prefix}html{n:02d}_{kind.lower().replace('đ', 'd')}"
            (tmpdir / f"{name}.html").write_text(with_html.build(doc), encoding="utf-8")
            # A page has no page number: only documents of one page are made this way.
            metas[name] = sidecar("libreoffice-html", *expected(doc), [], None,
                                  f"{kind}: written as HTML, opened and saved as .docx by LibreOffice")
        convert(soffice, [tmpdir / f"{name}.html" for name in metas], tmpdir, "--infilter=HTML (StarWriter)")
        for name, meta in metas.items():
            write(name, (tmpdir / "out" / f"{name}.docx").read_bytes(), meta)


def libreoffice_set(sources: list[str]) -> None:
    """Our fixtures rendered, and some corpus files, opened and saved by LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice not found: the lo_* files are kept as they are")
        return
    import bdg_docs

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        inputs = []
        for fixture in sorted((ROOT / "fixtures").glob("*.yaml")):
            path = tmpdir / f"lo_{fixture.stem}.docx"
            document = bdg_docs.load(fixture)
            path.write_bytes(bdg_docs.render(document))
            name = document.TEN_LOAI.upper()
            want = ("cong_van", None) if name == "CÔNG VĂN" else ("co_ten_loai", name)
            inputs.append((path, sidecar("libreoffice", *want, [], None,
                                         f"bdg_docs fixture {fixture.name} rendered, then saved as .docx by LibreOffice")))
        for name in sources:
            path = tmpdir / f"lo_{name}.docx"
            shutil.copy(OUT / f"{name}.docx", path)
            meta = (OUT / f"{name}.yaml").read_text(encoding="utf-8").replace("way: ooxml", "way: libreoffice", 1)
            inputs.append((path, "# saved again by LibreOffice\n" + meta))
        convert(soffice, [p for p, _ in inputs], tmpdir)
        for path, meta in inputs:
            write(path.stem, (tmpdir / "out" / path.name).read_bytes(), meta)


DEVELOPMENT = ("", 1000, KINDS + SPECIAL, 2)
HELD_OUT = ("ho_", 9000, KINDS_HELD_OUT + SPECIAL, 1)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    keep_lo = shutil.which("soffice") is None and shutil.which("libreoffice") is None
    for old in OUT.glob("*"):
        if old.suffix in (".docx", ".yaml") and not (keep_lo and old.name.startswith(("lo_", "html", "ho_html"))):
            old.unlink()
    names = generate(*DEVELOPMENT)
    python_docx_set("", 5000)
    html_set("", 6000, ["CV", "GM", "GGT", "GNP"])
    held_out = generate(*HELD_OUT)
    # LibreOffice moves a content control around a table into its first paragraph and drops the
    # formatting of that paragraph's first run: such files would carry a defect LibreOffice made.
    with_sdt = {n for n in names + held_out if '"sdt"' in (OUT / f"{n}.yaml").read_text(encoding="utf-8")}
    libreoffice_set([n for i, n in enumerate(names) if i % 7 == 0 and n not in with_sdt] + held_out[:1])
    print(f"{len(list(OUT.glob('*.docx')))} documents in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
