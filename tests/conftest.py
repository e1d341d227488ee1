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
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) không có trên máy này; cài libreoffice-writer-nogui để chạy kiểm thử PDF",
)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdffonts, pdftotext) không có trên máy này")
