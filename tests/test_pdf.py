"""PDF through LibreOffice: every fixture and starter, checked with poppler; the failures officers meet."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.cli import main
from bdg_docs.errors import PdfError
from bdg_docs.pdf import convert, stable_pdf
from bdg_docs.reader.docx import read
from bdg_docs.starters import kinds, starter
from tests.conftest import SOFFICE, all_fixtures, needs_libreoffice, needs_poppler

VIETNAMESE = set("ươạệựđăâêôảẩẫậắằẳẵặẻẽẹếềểễỉịọỏốồổỗộớờởỡợụủứừửữỳỵỷỹ")
FONTS_ALLOWED = ("LiberationSerif", "TimesNewRoman")


def _inputs(folder: Path) -> list[Path]:
    """Every fixture and every starter, as data files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for path in all_fixtures():
        paths.append(folder / path.name)
        shutil.copy(path, paths[-1])
    for kind in kinds():
        paths.append(folder / f"moi_{kind}.yaml")
        paths[-1].write_text(starter(kind, nam=2026), encoding="utf-8")
    return paths


@lru_cache(maxsize=1)
def _batch(root: Path) -> tuple[Path, ...]:
    """All inputs rendered to .docx and PDF by one ``bdg-docs render --pdf`` (once per session)."""
    sources = _inputs(root / "in")
    assert main(["render", *map(str, sources), "-o", str(root / "out"), "--pdf"]) == 0
    return tuple(sources)


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, tuple[Path, ...]]:
    root = tmp_path_factory.mktemp("pdf")
    return root / "out", _batch(root)


def _words(text: str) -> Counter[str]:
    """Letter-only words: footnote numbers and page numbers, which move around, are not words.

    Hyphens are dropped: pdftotext joins ``NQ-`` at a line end with ``CP`` on the next line.
    """
    return Counter(re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text).replace("-", "")))


@needs_libreoffice
@needs_poppler
def test_every_document_becomes_a_pdf_with_its_own_fonts_and_intact_vietnamese(batch):
    out, sources = batch
    for source in sources:
        pdf, docx = out / f"{source.stem}.pdf", out / f"{source.stem}.docx"
        view = read(docx.read_bytes())
        text = "\n".join(p.text for p in view.paragraphs) + "\n".join(
            p.text for notes in view.footnotes.values() for p in notes)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        # A4 at 13-14 pt holds about 1,800-2,600 characters; header and signature take room.
        assert len(text) / 3500 <= pages <= len(text) / 1200 + 2, (source.name, pages, len(text))
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        names = [line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]]
        assert names and all(name.replace("-", "").startswith(FONTS_ALLOWED) for name in names), names
        extracted = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                                   capture_output=True, text=True, check=True).stdout
        missing = _words(text) - _words(extracted)
        assert not missing, (source.name, list(missing.items())[:10])
        assert VIETNAMESE & set(extracted) >= VIETNAMESE & set(text) >= set("ươạệự")


@needs_libreoffice
def test_the_same_docx_gives_the_same_pdf_bytes(batch, tmp_path: Path):
    out, sources = batch
    docx = [out / f"{source.stem}.docx" for source in sources[:1]]
    (again,) = convert(docx, tmp_path, soffice=SOFFICE)
    assert again.error is None
    assert again.pdf.read_bytes() == (out / f"{sources[0].stem}.pdf").read_bytes()


@needs_libreoffice
def test_a_second_pdf_run_refuses_and_leaves_both_files_as_they_were(batch, capsys):
    out, sources = batch
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert main(["render", str(sources[0]), "-o", str(out), "--pdf"]) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert "--force" in capsys.readouterr().err


def test_without_libreoffice_pdf_is_refused_before_anything_is_written(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # a folder without soffice
    out = tmp_path / "out"
    assert main(["render", str(all_fixtures()[0]), "-o", str(out), "--pdf"]) == 2
    err = capsys.readouterr().err
    assert "libreoffice-writer-nogui" in err and "fonts-liberation2" in err and "apt-get install" in err
    assert not out.exists()


def _fake_soffice(folder: Path, script: str) -> Path:
    program = folder / "soffice"
    program.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    program.chmod(0o755)
    return program


def test_a_hung_libreoffice_is_stopped_after_the_timeout_and_nothing_is_left(tmp_path: Path, trieu_son_docx):
    docx = tmp_path / "van_ban.docx"
    docx.write_bytes(trieu_son_docx)
    out = tmp_path / "out"
    with pytest.raises(PdfError, match="chưa chuyển xong sang PDF sau 1 giây"):
        convert([docx], out, soffice=_fake_soffice(tmp_path, "sleep 30\n"), timeout=1)
    assert list(out.iterdir()) == []  # no PDF, no temporary folder


def test_libreoffice_failing_says_what_to_install(tmp_path: Path, trieu_son_docx):
    docx = tmp_path / "van_ban.docx"
    docx.write_bytes(trieu_son_docx)
    with pytest.raises(PdfError, match="fonts-liberation2"):
        convert([docx], tmp_path / "out", soffice=_fake_soffice(tmp_path, "echo 'hỏng' >&2; exit 1\n"))


def test_a_file_libreoffice_skips_is_reported_and_the_others_are_placed(tmp_path: Path, trieu_son_docx):
    for name in ("a", "b"):
        (tmp_path / f"{name}.docx").write_bytes(trieu_son_docx)
    # Writes a PDF for a.docx only, as LibreOffice does when it cannot open one file.
    script = 'for last; do :; done\nout=""; prev=""\nfor arg; do [ "$prev" = --outdir ] && out="$arg"; prev="$arg"; done\n' \
             'mkdir -p "$out"; printf "%%PDF-1.6 a" > "$out/a.pdf"\n'
    results = convert([tmp_path / "a.docx", tmp_path / "b.docx"], tmp_path / "out",
                      soffice=_fake_soffice(tmp_path, script))
    assert [r.pdf for r in results] == [tmp_path / "out" / "a.pdf", None]
    assert "không tạo được PDF" in results[1].error
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.pdf"]


def test_stable_pdf_replaces_the_clock_and_the_random_id_keeping_lengths(trieu_son_docx):
    pdf = (b"%PDF-1.6\n<</CreationDate(D:20261124042645+07'00')>>\ntrailer\n<</ID [ <" + b"A" * 32
           + b">\n<" + b"B" * 32 + b"> ]\n/DocChecksum /" + b"C" * 32 + b"\n>>")
    fixed = stable_pdf(pdf, trieu_son_docx)
    assert len(fixed) == len(pdf)
    assert b"D:20220101000000+00'00'" in fixed  # the document's date (a 2022 draft)
    assert b"A" * 32 not in fixed and b"C" * 32 not in fixed
    assert fixed == stable_pdf(pdf.replace(b"A" * 32, b"D" * 32), trieu_son_docx)


def test_a_full_disk_is_named_as_such_not_a_missing_libreoffice(tmp_path: Path, trieu_son_docx, monkeypatch):
    from collections import namedtuple

    import bdg_docs.pdf as pdf

    docx = tmp_path / "van_ban.docx"
    docx.write_bytes(trieu_son_docx)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(pdf.shutil, "disk_usage", lambda path: usage(10**10, 10**10 - 1000, 1000))
    with pytest.raises(PdfError, match="gần đầy") as failed:
        convert([docx], tmp_path / "out", soffice=_fake_soffice(tmp_path, "echo 'write error' >&2; exit 1\n"))
    assert "fonts-liberation2" not in str(failed.value) and "Giải phóng chỗ" in str(failed.value)


def test_a_disk_full_while_placing_the_pdf_is_a_pdf_error_that_says_so(tmp_path: Path, trieu_son_docx, monkeypatch):
    import errno

    import bdg_docs.pdf as pdf

    docx = tmp_path / "van_ban.docx"
    docx.write_bytes(trieu_son_docx)
    script = 'prev=""\nfor arg; do [ "$prev" = --outdir ] && out="$arg"; prev="$arg"; done\n' \
             'mkdir -p "$out"; printf "%%PDF-1.6 x" > "$out/van_ban.pdf"\n'

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf, "write_atomic", full)
    with pytest.raises(PdfError, match="ổ đĩa đã đầy"):
        convert([docx], tmp_path / "out", soffice=_fake_soffice(tmp_path, script))
    assert list((tmp_path / "out").iterdir()) == []  # LibreOffice's folder removed
