"""Pictures of the first page of each document type for the officers' guide, from real output.

For every document type with a starter: the starter (year 2026, as ``bdg-docs new`` writes it) is
rendered to .docx, converted to PDF by LibreOffice (bdg_docs.pdf) and its first page drawn by
poppler's pdftoppm into ``docs/img/<loai>.png``. Run after changing a starter or the template:

    .venv/bin/python tools/first_page.py

Needs LibreOffice and poppler-utils. The same inputs give the same PNG bytes (the PDF is made
reproducible by bdg_docs.pdf), so a test can check the committed pictures are current.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "img"
YEAR = 2026
DPI = 50  # enough to see the layout, small enough to keep in git


def build(out_dir: Path) -> list[Path]:
    """Write ``<loai>.png`` for every document type into ``out_dir``; return the paths."""
    import bdg_docs
    from bdg_docs.pdf import convert, find_soffice
    from bdg_docs.starters import kinds, starter

    soffice = find_soffice(os.environ.get("PATH"))
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit("cần LibreOffice (soffice) và poppler-utils (pdftoppm)")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as work:
        docx = []
        for kind in kinds():
            loai = kind.replace("-", "_")
            document = bdg_docs.loads(starter(kind, nam=YEAR), filename=f"{loai}.yaml")
            docx.append(bdg_docs.render_to(document, Path(work) / f"{loai}.docx"))
        for result in convert(docx, work, soffice=soffice):
            if result.pdf is None:
                raise SystemExit(result.error)
            target = out_dir / f"{result.source.stem}.png"
            subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile",
                            str(result.pdf), str(target.with_suffix(""))], check=True)
            written.append(target)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else IMAGES):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
