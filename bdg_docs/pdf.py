"""From .docx to PDF with LibreOffice headless, one LibreOffice run for a whole batch.

Starting LibreOffice costs seconds, converting one document a fraction of that, so every file of
a batch goes to a single ``soffice --convert-to pdf`` run. That run uses a private user profile in
a temporary folder: it works beside a LibreOffice the officer has open, and leaves their settings
alone. It converts into the temporary folder; each PDF is then moved into place atomically and an
existing PDF is kept unless overwriting was asked for, as for .docx files.

LibreOffice stamps the conversion time, a random ID and a checksum of both into each PDF. They are
replaced, keeping their length so the PDF's cross-reference table stays valid, by the document's
own date and a digest of the .docx: the same .docx gives the same PDF bytes.

Fonts: the template asks for Times New Roman; on Linux, fontconfig gives LibreOffice its metric
twin Liberation Serif, which must be version 2 (``fonts-liberation2``): version 1 lacks most
Vietnamese letters and LibreOffice would mix in another font.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from bdg_docs.errors import OutputExistsError, PdfError
from bdg_docs.files import disk_full, os_reason, write_atomic

INSTALL_HINT = (
    "Cài LibreOffice và phông Liberation 2 (đủ chữ tiếng Việt), trên Debian/Ubuntu: "
    "sudo apt-get install --no-install-recommends libreoffice-writer-nogui fonts-liberation2 "
    "(gói fonts-liberation 1.x thiếu phần lớn chữ có dấu, LibreOffice sẽ trộn phông khác)."
)
SOFFICE_NAMES = ("soffice", "libreoffice")
DISK_HINT = "Giải phóng chỗ trên ổ đĩa (hoặc chọn thư mục khác bằng -o) rồi chạy lại; tệp .docx vẫn còn."


@dataclass(frozen=True)
class Converted:
    """What became of one .docx: the PDF written, or why there is none."""

    source: Path
    pdf: Path | None = None
    error: str | None = None


def find_soffice(search_path: str | None) -> str | None:
    """The LibreOffice program found on ``search_path`` (a PATH-style string), or None."""
    for name in SOFFICE_NAMES:
        found = shutil.which(name, path=search_path)
        if found:
            return found
    return None


def default_timeout(count: int) -> float:
    """Seconds to wait for one run: LibreOffice's start-up, then a generous time per document."""
    return 120.0 + 15.0 * count


def convert(docx_files: Sequence[str | Path], out_dir: str | Path, *, soffice: str | Path,
            overwrite: bool = False, timeout: float | None = None) -> list[Converted]:
    """Convert ``docx_files`` to ``out_dir/<stem>.pdf`` in one LibreOffice run.

    Returns one :class:`Converted` per file, in the given order. Raises :class:`PdfError` when
    LibreOffice is missing, fails as a whole or runs past ``timeout`` seconds (default:
    :func:`default_timeout`); nothing is written then.
    """
    sources = [Path(p) for p in docx_files]
    out = Path(out_dir)
    _refuse_same_stem(sources)
    results: dict[Path, Converted] = {}
    todo = []
    for source in sources:
        target = out / f"{source.stem}.pdf"
        if not overwrite and target.exists():
            results[source] = Converted(source, error=str(OutputExistsError(str(target))))
        else:
            todo.append(source)
    if todo:
        try:
            out.mkdir(parents=True, exist_ok=True)
            # Inside out_dir: the PDFs are then on the same file system as their targets. Every
            # way out of this block (an error, Ctrl+C, SIGTERM through the command line) stops
            # LibreOffice first (_run), then removes its profile and the PDFs not yet placed.
            with tempfile.TemporaryDirectory(prefix=".bdg-pdf-", dir=out, ignore_cleanup_errors=True) as work:
                made = Path(work) / "pdf"
                _run(soffice, todo, Path(work), made, default_timeout(len(todo)) if timeout is None else timeout)
                for source in todo:
                    results[source] = _place(source, made / f"{source.stem}.pdf", out, overwrite)
        except OSError as exc:
            raise PdfError(f"Không tạo được PDF trong {out}: {os_reason(exc)}."
                           + (f" {DISK_HINT}" if disk_full(exc) else " Tệp .docx vẫn còn.")) from None
    return [results[source] for source in sources]


def _refuse_same_stem(sources: list[Path]) -> None:
    seen: dict[str, Path] = {}
    for source in sources:
        if source.stem in seen:
            raise PdfError(f"Hai tệp {seen[source.stem]} và {source} cùng tên, sẽ ra cùng một tệp PDF; "
                           "đổi tên một tệp.")
        seen[source.stem] = source


def _run(soffice: str | Path, sources: list[Path], work: Path, made: Path, timeout: float) -> None:
    args = [
        str(soffice),
        f"-env:UserInstallation={(work / 'profile').absolute().as_uri()}",
        "--headless", "--norestore", "--nolockcheck",
        "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(made),
        *(str(source.absolute()) for source in sources),  # absolute: a name starting with '-' is no option
    ]
    try:
        # A session of its own, so that a timeout can stop LibreOffice and the helpers it starts.
        process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, start_new_session=True)
    except OSError as exc:
        raise PdfError(f"Không chạy được LibreOffice ({soffice}: {exc.strerror}). {INSTALL_HINT}") from None
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise PdfError(f"LibreOffice chưa chuyển xong sang PDF sau {timeout:.0f} giây nên đã bị dừng. "
                       "Đóng các cửa sổ LibreOffice đang treo rồi chạy lại; tệp .docx vẫn còn.") from None
    except BaseException:  # Ctrl+C, SIGTERM: LibreOffice stops too, before its profile is removed
        _stop(process)
        raise
    if process.returncode != 0 and not any(made.glob("*.pdf")):
        if _disk_nearly_full(work):
            raise PdfError(f"LibreOffice không ghi được PDF: ổ đĩa chứa {work.parent} gần đầy. {DISK_HINT}")
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"mã thoát {process.returncode}"]
        raise PdfError(f"LibreOffice không chuyển được sang PDF ({detail[0]}). {INSTALL_HINT}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and the helpers it started (its own process group), and wait for it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate()


LOW_DISK_BYTES = 50_000_000
"""Below this much free space, a failed conversion is put down to a full disk: LibreOffice's
profile alone takes some megabytes."""


def _disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_DISK_BYTES
    except OSError:
        return False


def _place(source: Path, made: Path, out: Path, overwrite: bool) -> Converted:
    if not made.exists():
        if _disk_nearly_full(out):
            return Converted(source, error=f"LibreOffice không tạo được PDF từ {source}: ổ đĩa gần đầy. {DISK_HINT}")
        return Converted(source, error=f"LibreOffice không tạo được PDF từ {source} (tệp .docx hỏng?).")
    target = out / f"{source.stem}.pdf"
    data = stable_pdf(made.read_bytes(), source.read_bytes())
    try:
        write_atomic(target, data, overwrite=overwrite)
    except OutputExistsError as exc:  # appeared while LibreOffice was running
        return Converted(source, error=str(exc))
    return Converted(source, pdf=target)


_CREATED = re.compile(rb"<dcterms:created[^>]*>(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)")
_PDF_DATE = re.compile(rb"/CreationDate\(D:(\d{14})([^)]*)\)")
_PDF_ID = re.compile(rb"(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>)")
_PDF_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}")


def stable_pdf(pdf: bytes, docx: bytes) -> bytes:
    """``pdf`` with its creation time, ID and checksum taken from ``docx``, not the clock and chance.

    Every replacement has the length of what it replaces, so the byte offsets in the PDF's
    cross-reference table stay right.
    """
    stamp = _docx_created(docx)
    pdf = _PDF_DATE.sub(lambda m: b"/CreationDate(D:" + stamp + _utc(m.group(2)) + b")", pdf)
    digest = hashlib.md5(docx).hexdigest().upper().encode()
    pdf = _PDF_ID.sub(lambda m: m.group(1) + digest + m.group(2) + digest + m.group(3), pdf)
    return _PDF_CHECKSUM.sub(lambda m: m.group(1) + digest, pdf)


def _docx_created(docx: bytes) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as z:
            found = _CREATED.search(z.read("docProps/core.xml"))
    except (zipfile.BadZipFile, KeyError):
        found = None
    return b"".join(found.groups()) if found else b"19800101000000"


def _utc(zone: bytes) -> bytes:
    """The time zone part rewritten as UTC, same length: ``Z'`` stays, ``+07'00'`` becomes ``+00'00'``."""
    return re.sub(rb"\d", b"0", zone)


__all__ = ["Converted", "INSTALL_HINT", "convert", "default_timeout", "find_soffice", "stable_pdf"]
