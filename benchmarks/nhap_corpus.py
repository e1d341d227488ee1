"""How much of a document ``bdg-docs nhap`` gives back: figures per file and per set.

    .venv/bin/python benchmarks/nhap_corpus.py          # every set, a line per file
    .venv/bin/python benchmarks/nhap_corpus.py --quiet  # the sets' figures only

Sets: the fixtures (render, nhap, render again: the text of the two renders, token by token in
document order, and whether their layout dumps are identical); the fixtures as LibreOffice saved
them (tests/data/word/lo_*); our plans and letter typed in Word (tests/data/word_plans/); the
checker's corpus (tests/data/word/) and the corpus written without reading bdg_docs
(tests/data/word_independent/): documents of the types nhap reads, and the ones it refuses.
For documents written elsewhere the text is compared in the order of its parts
(tests/fidelity.parts_text: header columns, body, Nơi nhận, signature), so that a layout (a
signature typed before Nơi nhận, a header in text boxes) does not count as lost words; the
document-order figure is printed too. Recall: share of the .docx's words found, in order, in the
render of the data; precision: share of the render's words found in the .docx.
"""
from __future__ import annotations

import argparse
import difflib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bdg_docs  # noqa: E402
from bdg_docs.errors import UnsupportedDocument  # noqa: E402
from bdg_docs.reader.dump import dump_docx  # noqa: E402
from tests.fidelity import docx_tokens, parts_fidelity  # noqa: E402

WORD = ROOT / "tests" / "data" / "word"
PLANS = ROOT / "tests" / "data" / "word_plans"
INDEPENDENT = ROOT / "tests" / "data" / "word_independent"


def document_order(made: bytes, source: bytes | Path) -> tuple[float, float]:
    ref = docx_tokens(source.read_bytes() if isinstance(source, Path) else source)
    gen = docx_tokens(made)
    matched = sum(b.size for b in difflib.SequenceMatcher(None, ref, gen, autojunk=False).get_matching_blocks())
    return matched / len(ref), matched / len(gen)


def measure(source: Path | bytes, name: str, *, original: bytes | None = None) -> dict | None:
    start = time.perf_counter()
    try:
        imported = bdg_docs.nhap(source, filename=f"{name}.docx")
    except UnsupportedDocument as exc:
        return {"name": name, "refused": str(exc).split(". Các loại")[0]}
    seconds = time.perf_counter() - start
    row = {"name": name, "loai": imported.loai, "read": imported.read, "placed": imported.placed,
           "review": imported.to_review, "valid": imported.valid, "seconds": seconds}
    if imported.valid:
        made = bdg_docs.render(imported.document)
        reference = original if original is not None else source
        row["parts"] = parts_fidelity(made, reference)
        row["order"] = document_order(made, reference)
        if original is not None:
            row["same_dump"] = dump_docx(made) == dump_docx(original)
        row["check_errors"] = len(bdg_docs.check(made).errors)
    return row


def line(row: dict) -> str:
    if "refused" in row:
        return f"  {row['name']:48} refused: {row['refused'][:90]}"
    head = f"  {row['name']:48} {row['loai']:22} read {row['read']:3} placed {row['placed']:3} review {row['review']:2}"
    if not row["valid"]:
        return head + "  data does not validate"
    (pr, pp), (orr, op) = row["parts"], row["order"]
    text = f"{head}  parts {pr:.4f}/{pp:.4f}  order {orr:.4f}/{op:.4f}  check errors {row['check_errors']}"
    if "same_dump" in row:
        text += "  dump " + ("identical" if row["same_dump"] else "DIFFERS")
    return text + f"  {row['seconds']:.2f}s"


def summary(title: str, rows: list[dict]) -> str:
    read = [r for r in rows if "refused" not in r]
    measured = [r for r in read if r["valid"]]
    if not measured:
        return f"{title}: {len(rows)} files, {len(rows) - len(read)} refused"
    low = min(min(r["parts"]) for r in measured)
    mean_r = sum(r["parts"][0] for r in measured) / len(measured)
    mean_p = sum(r["parts"][1] for r in measured) / len(measured)
    at_98 = sum(1 for r in measured if min(r["parts"]) >= 0.98)
    return (f"{title}: {len(rows)} files, {len(read)} read ({len(measured)} valid), {len(rows) - len(read)} refused; "
            f"parts recall {mean_r:.4f} precision {mean_p:.4f} (mean), lowest {low:.4f}, {at_98}/{len(measured)} at 0.98 or more")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="the sets' figures only")
    args = parser.parse_args()
    fixtures = sorted((ROOT / "fixtures").glob("*.yaml"))
    sets = {
        "fixtures (render, nhap, render)": [
            measure(bdg_docs.render(bdg_docs.load(p)), p.stem, original=bdg_docs.render(bdg_docs.load(p))) for p in fixtures],
        "fixtures saved by LibreOffice": [
            measure(WORD / f"lo_{p.stem}.docx", f"lo_{p.stem}", original=bdg_docs.render(bdg_docs.load(p))) for p in fixtures
            if (WORD / f"lo_{p.stem}.docx").exists()],
        "plans and letter typed in Word": [measure(p, p.stem) for p in sorted(PLANS.glob("*.docx"))],
        "checker corpus": [measure(p, p.stem) for p in sorted(WORD.glob("*.docx")) if not p.stem.startswith("lo_")
                           or not (ROOT / "fixtures" / f"{p.stem[3:]}.yaml").exists()],
        "independent corpus": [measure(p, p.stem) for p in sorted(INDEPENDENT.glob("*.docx"))],
    }
    for title, rows in sets.items():
        print(summary(title, [r for r in rows if r is not None]))
        if not args.quiet:
            for row in rows:
                if row is not None:
                    print(line(row))


if __name__ == "__main__":
    main()
