from __future__ import annotations

import shutil
from functools import lru_cache
from pathlib import Path

import pytest

import bdg_docs

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DATA = Path(__file__).resolve().parent / "data"
TRIEU_SON = FIXTURES / "ke_hoach_truyen_thong_trieu_son_2022.yaml"
CONG_VAN_TRIEU_SON = FIXTURES / "cong_van_huong_dan_trieu_son_2022.yaml"


@lru_cache(maxsize=None)
def rendered(path: Path) -> bytes:
    """A fixture rendered once per test session."""
    return bdg_docs.render(bdg_docs.load(path))


@pytest.fixture(scope="session")
def trieu_son_docx() -> bytes:
    return rendered(TRIEU_SON)


@pytest.fixture(scope="session")
def cong_van_docx() -> bytes:
    return rendered(CONG_VAN_TRIEU_SON)


def all_fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("*.yaml"))


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def saved_by_libreoffice(folder: Path) -> dict[str, Path]:
    """Every fixture rendered, then opened and saved as .docx by LibreOffice in one run: stem → file."""
    import subprocess

    sources = []
    for path in all_fixtures():
        source = folder / "in" / f"{path.stem}.docx"
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(rendered(path))
        sources.append(source)
    result = subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(folder / "out"), *map(str, sources)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return {p.stem: folder / "out" / p.name for p in sources}


needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) không có trên máy này; cài libreoffice-writer-nogui để chạy kiểm thử PDF",
)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdffonts, pdftotext) không có trên máy này")
