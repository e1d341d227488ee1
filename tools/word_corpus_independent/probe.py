"""Probe the checker with documents drawn at random from the corpus's ways of making files.

    .venv/bin/python -m tools.word_corpus_independent.probe 300          # 300 documents, seed 1
    .venv/bin/python -m tools.word_corpus_independent.probe 300 --seed 7

Each document is made by python-docx only (no LibreOffice, so the page count is unknown and
page numbers, R10, are not scored); its type, issuer, layout and up to three defects are drawn
from the same choices as the corpus. The script prints the false findings and the misses, grouped
by rule, for a person to read: a probe finds where to look, the corpus measures.
"""
from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks.checker_corpus import matches
from bdg_docs.checker import check

from .__main__ import make, soffice
from .content import ISSUERS

KINDS = ["kh", "cv", "cv1", "qd", "nq", "bc", "bc_len", "ttr", "tb", "ct", "hd", "ctr", "pa", "da", "qc", "qyd",
         "gm", "ggt", "gnp", "bb", "cd", "tb_ho_so"]
HEADINGS = {"kh", "hd", "ctr", "da", "bc", "bc_len", "pa"}
DIEM = {"kh", "hd", "ctr", "da", "bc", "bc_len", "qc"}
ADDRESSED = {"cv", "cv1", "bc_len", "ttr"}
GENERIC = ["so_nozero", "so_space", "so_bold", "so_nocolon", "so_year", "ngay_month0", "ngay_day1", "ngay_jan",
           "ngay_numeric", "ngay_upright", "ngay_size12", "ngay_invalid", "ngay_lowerplace", "qh_size14", "qh_notbold",
           "tn_endash", "tn_nospace", "tn_notbold", "tn_size12", "tn_rule_short", "tn_rule_missing", "cq_notbold",
           "cq_size14", "cq_rule_long", "cq_rule_missing", "sig_kslash", "sig_tm_slash", "sig_kt_nodot", "sig_no_post",
           "sig_notbold", "sig_size12", "name_degree", "name_caps", "name_notbold", "nn_notitalic", "nn_size14",
           "nn_item_size13", "nn_item_nosemi", "luu_nocolon", "luu_nodot", "luu_vanthu", "font_arial_par", "nfd",
           "color_run", "no_end_mark", "body_left", "body_noindent", "body_size12", "vntime"]


def draw(rng: random.Random, n: int) -> dict:
    kind = rng.choice(KINDS)
    iss = rng.randrange(len(ISSUERS))
    if kind == "nq":
        iss = 7
    look = dict(
        header=rng.choice(["table2", "table2", "table1", "table3", "span", "tabs", "textbox"]),
        header_br=rng.random() < 0.3, rules=rng.choice(["underscore", "border", "shape", "underline"]),
        signature=rng.choice(["table", "table", "rows", "tabs", "right", "indent_after"]), sig_br=rng.random() < 0.2,
        sign_mark=rng.choice([None, None, "image", "da_ky"]), footer_address=rng.random() < 0.2,
        nn_br=rng.random() < 0.2, numbering=rng.choice(["manual", "manual", "auto", "liststyle"]),
        dash_bullets=rng.random() < 0.2, caps=rng.random() < 0.15, kg_table=rng.random() < 0.2,
        blank_lines=rng.random() < 0.1, nbsp=rng.random() < 0.2, body_style=rng.random() < 0.3,
        heading_styles=rng.random() < 0.2, tab_indent=rng.random() < 0.1, title_br=rng.random() < 0.3,
        sig_cols=rng.choice([2, 2, 3]), quirks=rng.choice([[], ["split_runs"], ["split_runs", "proof", "bookmarks"]]),
        mark=rng.choice([None, None, None, "KHẨN", "HỎA TỐC", "MẬT"]), draft=rng.random() < 0.1,
        footnote=rng.random() < 0.1, table_in_body=rng.random() < 0.15, nbh_symbol=rng.random() < 0.1,
        page_number="header")
    if look["blank_lines"]:
        look["spacing"] = (0, 0)
    if kind in ("bb",) or look["header"] == "span":
        look["signature"] = "table"
    pool = list(GENERIC)
    if kind in ADDRESSED:
        pool += ["kg_bold", "kg_noend", "kg_misaligned"]
    if kind in ("cv", "cv1"):
        pool += ["vv_bold", "vv_size14", "cv_no_nhu_tren", "sym_cv_type"]
    else:
        pool += ["tl_notbold", "tl_size12", "ty_caps", "ty_notbold", "ty_size12", "ty_rule_missing", "ty_rule_long"]
    if kind == "kh":
        pool.append("kh_nhu_tren")
    if kind in ("qd", "nq"):
        pool += ["cc_upright", "cc_lastsemi"]
    if kind in ("qd", "da", "cd"):
        pool.append("sym_d")
    if kind in HEADINGS:
        pool += ["h1_lower", "h_notbold"]
    if kind in DIEM:
        pool += ["diem_bold"]
    if look["mark"]:
        pool.append("mark_notbold")
    if ISSUERS[iss].chu_quan:
        pool.append("cqu_bold")
    if kind == "bb":
        pool = [d for d in pool if not d.startswith(("sig_", "name_"))]
    if kind in ("ggt", "gnp"):
        pool = [d for d in pool if not d.startswith("ty_")]
    if kind in ("qc", "qyd"):
        pool = [d for d in pool if not d.startswith(("so_", "ngay_", "nn_", "luu_", "mark_"))]
    if kind in ("gm", "ggt", "gnp", "bb"):
        pool = [d for d in pool if d not in ("body_left", "body_noindent")]
    defects = rng.sample(pool, rng.choice([0, 0, 1, 2, 3]))
    prefixes = [d for d in defects if d in ("sig_kslash", "sig_tm_slash", "sig_kt_nodot", "sig_no_post")]
    defects = [d for d in defects if d not in prefixes[1:]]  # one slip per title line
    for group in ("ngay_", "so_", "sym_", "name_"):
        same = [d for d in defects if d.startswith(group)]
        defects = [d for d in defects if d not in same[1:]]  # one slip per line
    if look["draft"]:
        defects = [d for d in defects if not d.startswith(("so_", "ngay_"))]
    doc = dict(name=f"probe_{n}", kind=kind, iss=iss, way="P", long=rng.random() < 0.4, look=look, defects=defects)
    special = rng.random()
    if special < 0.05 and kind not in ("qc", "qyd", "bb"):
        doc["copy"] = rng.choice(["SAO Y", "SAO LỤC", "TRÍCH SAO"])
        doc["defects"] = [d for d in defects if d not in ("sig_no_post",)]
    elif special < 0.08:
        doc.update(kind="pl", appendix_file=True, defects=[])
    elif special < 0.11 and kind in ("kh", "bc"):
        doc.update(party=True, defects=[])
    elif special < 0.16 and kind in ("kh", "bc", "hd"):
        look.update(appendix=True, landscape_appendix=rng.random() < 0.5)
    return doc


def convert(paths: list[Path], way: str, tmp: Path) -> list[Path]:
    """The documents as LibreOffice saves them: docx again (L), through .odt (O) or .doc (D)."""
    if way == "P":
        return paths
    profile, out = tmp / "profile", tmp / f"out_{way}"
    out.mkdir()
    if way == "L":
        soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out)] + [str(p) for p in paths], profile)
    else:
        middle = tmp / f"mid_{way}"
        middle.mkdir()
        ext, filt = ("odt", "odt") if way == "O" else ("doc", "doc:MS Word 97")
        soffice(["--convert-to", filt, "--outdir", str(middle)] + [str(p) for p in paths], profile)
        soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out)]
                + [str(middle / f"{p.stem}.{ext}") for p in paths], profile)
    return [out / p.name for p in paths]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--way", choices=["P", "L", "O", "D"], default="P",
                        help="P python-docx; L, O, D then saved by LibreOffice (docx, via .odt, via .doc)")
    parser.add_argument("--show", type=int, default=3, help="examples shown per rule")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    false, missed = Counter(), Counter()
    examples: dict[str, list[str]] = {}
    findings = declared = 0
    tmp = Path(tempfile.mkdtemp(prefix="probe_"))
    made = []
    for n in range(args.count):
        doc = draw(rng, n)
        try:
            b, d = make(doc)
        except (AssertionError, StopIteration, ValueError, IndexError) as exc:
            print(f"  (skipped {doc['name']}: {type(exc).__name__} {exc})")
            continue
        if b.unused():
            continue
        if doc.get("party"):
            b.declared = []  # out of scope for Decree 30, as in the corpus: nothing is a defect
        path = tmp / f"{doc['name']}.docx"
        d.save(path)
        made.append((doc, b, path))
    if args.way == "D":  # a Word 97 .doc loses the lines drawn inside text boxes: the truth would change
        made = [m for m in made if not (m[0]["look"]["header"] == "textbox" and m[0]["look"]["rules"] == "shape")]
    files = convert([path for _, _, path in made], args.way, tmp)
    for (doc, b, _), path in zip(made, files):
        report = check(path)
        wanted = [{"rule": x.rule, "at": x.at} for x in b.declared] + [
            {"rule": r, "at": a} for r, a, _ in b.tolerated] + [{"rule": "R10", "at": None}]
        required = [{"rule": x.rule, "at": x.at, "defect": x.defect} for x in b.declared if x.rule != "R10"]
        for f in report.findings:
            findings += 1
            if not any(matches(f, w) for w in wanted):
                false[f.rule] += 1
                examples.setdefault(f"false {f.rule}", []).append(f"{doc['name']} {doc['kind']} {doc['look']}: {f}")
        for w in required:
            declared += 1
            if not any(matches(f, w) for f in report.findings):
                missed[w["rule"]] += 1
                examples.setdefault(f"missed {w['rule']}", []).append(
                    f"{doc['name']} {doc['kind']} {w['defect']} at {w['at']!r} {doc['look']}")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(made)} documents ({args.way}): {findings} findings, {sum(false.values())} false; "
          f"{declared} declared, {sum(missed.values())} missed")
    for key, items in sorted(examples.items(), key=lambda kv: -len(kv[1])):
        print(f"{key}: {len(items)}")
        for line in items[:args.show]:
            print("   ", line[:900])


if __name__ == "__main__":
    main()
