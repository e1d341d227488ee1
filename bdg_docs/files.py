"""Reading input files within their limits, and writing output files so that an officer's work
is never lost.

Input: :func:`read_input` reads every file bdg_docs is given (data files, profiles, templates,
Word files to check). A FIFO, a device or a folder is refused by its type before it is opened
(reading ``/dev/zero`` or a FIFO would never end), and a file is read in chunks that stop at its
limit, whatever size it claims.

Output: a file is written to a temporary name in the target folder, then moved into place in one
step: an interruption leaves either the old file or the new one, never half of one. An existing
file is kept unless overwriting was asked for. New files get the permissions the umask gives
(``umask 077`` keeps drafts private on a shared server).
"""
from __future__ import annotations

import errno
import io
import os
import stat
import zipfile
from pathlib import Path
from typing import Callable

from bdg_docs.errors import OutputExistsError, UnreadableFile
from bdg_docs.limits import READ_CHUNK_BYTES

# What a file that is not a regular file is, for messages.
_KINDS = ((stat.S_ISDIR, "một thư mục"), (stat.S_ISFIFO, "một đường ống (FIFO)"),
          (stat.S_ISCHR, "một thiết bị"), (stat.S_ISBLK, "một thiết bị"), (stat.S_ISSOCK, "một socket"))
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def read_input(path: str | os.PathLike[str], limit: int, *, what: str = "tệp") -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises :class:`~bdg_docs.errors.UnreadableFile` (message in Vietnamese) when the file is
    missing or unreadable, is not a regular file (checked before opening, and again on the open
    file), or holds more than ``limit`` bytes (checked before reading, and while reading).
    ``what`` names the kind of file in the size message: ``"tệp dữ liệu"``, ``"mẫu"``...
    Callers turn the error into their own (InputError, TemplateError, DocxReadError).
    """
    name = os.fspath(path)
    try:
        _refuse_special(name, os.stat(name))
        fd = os.open(name, _OPEN_FLAGS)  # O_NONBLOCK: a FIFO put in its place cannot block the open
    except OSError as exc:
        raise UnreadableFile(name, os_reason(exc)) from None
    try:
        info = os.fstat(fd)
        _refuse_special(name, info)
        _refuse_size(name, info.st_size, limit, what)
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, min(READ_CHUNK_BYTES, limit + 1 - size))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            _refuse_size(name, size, limit, what)  # a file that grew, or lied about its size
    except OSError as exc:
        raise UnreadableFile(name, os_reason(exc)) from None
    finally:
        os.close(fd)


def inflate(data: bytes, limit: int, *, wanted: Callable[[str], bool] = lambda name: True,
            what: str = "tệp") -> dict[str, bytes]:
    """The parts of the zip ``data`` that ``wanted`` selects (by name), inflated.

    Their size is counted while inflating, in chunks, and inflating stops once the total passes
    ``limit``, whatever the zip's headers claim: a zip bomb costs ``limit`` bytes, not what it
    expands to. Raises :class:`~bdg_docs.errors.UnreadableFile` over the limit; a damaged zip
    raises what :mod:`zipfile` and :mod:`zlib` raise (``BadZipFile``, ``zlib.error``, ...).
    """
    parts: dict[str, bytes] = {}
    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not wanted(info.filename):
                continue
            _refuse_inflated(total + info.file_size, limit, what)  # what the header admits to
            chunks = []
            with archive.open(info) as member:
                while chunk := member.read(READ_CHUNK_BYTES):
                    total += len(chunk)
                    _refuse_inflated(total, limit, what)
                    chunks.append(chunk)
            parts[info.filename] = b"".join(chunks)
    return parts


def _refuse_inflated(size: int, limit: int, what: str) -> None:
    if size > limit:
        raise UnreadableFile("", f"{what} giải nén ra hơn {megabytes(limit)}, quá giới hạn",
                             "Kiểm tra đây có đúng là tệp Word (.docx) không.")


def _refuse_special(name: str, info: os.stat_result) -> None:
    for test, kind in _KINDS:
        if test(info.st_mode):
            raise UnreadableFile(name, f"đây là {kind}, không phải một tệp", "Chọn đúng tệp cần đọc.")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile(name, "đây không phải một tệp thường", "Chọn đúng tệp cần đọc.")


def _refuse_size(name: str, size: int, limit: int, what: str) -> None:
    if size > limit:
        raise UnreadableFile(name, f"tệp lớn hơn {megabytes(limit)}, giới hạn của một {what}",
                             "Kiểm tra có chọn nhầm tệp không.")


def megabytes(size: int) -> str:
    """A size for messages: ``1 MB``, ``0,5 MB`` (Vietnamese decimal comma)."""
    value = size / 1_000_000
    return f"{value:.0f} MB" if value >= 10 or value == int(value) else f"{value:.1f} MB".replace(".", ",")


_REASONS = {
    errno.ENOENT: "không tìm thấy tệp",
    errno.ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
    errno.EISDIR: "đây là một thư mục, không phải một tệp",
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không có quyền truy cập",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "đã hết dung lượng được cấp trên ổ đĩa",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.EEXIST: "đã có một tệp cùng tên",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.ELOOP: "đường dẫn có liên kết vòng",
    errno.EIO: "lỗi đọc/ghi ổ đĩa",
}


def os_reason(exc: OSError) -> str:
    """What an operating system error means, in Vietnamese (the system's own words otherwise)."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


def disk_full(exc: BaseException) -> bool:
    """Whether an error means the disk (or the user's quota) is full."""
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def check_output_folder(folder: str | Path) -> str | None:
    """Why files cannot be written into ``folder`` (it or a parent is a file), or None.

    A folder that does not exist yet is fine: it is made when the first file is written."""
    folder = Path(folder)
    for path in (folder, *folder.parents):
        if path.exists():
            return None if path.is_dir() else f"{path} là một tệp, không phải thư mục"
    return None


def write_atomic(path: str | Path, data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` in one step; refuse to replace an existing file unless ``overwrite``."""
    path = Path(path)
    if not overwrite and path.exists():
        raise OutputExistsError(str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # the folder, or one above it, is a file
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path.parent)) from None
    tmp, fd = _create_temporary(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            _move_no_clobber(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def _create_temporary(path: Path) -> tuple[str, int]:
    """A new hidden file next to ``path``, created with mode 0666 so that the umask decides
    who may read it (``tempfile.mkstemp`` would make it private whatever the umask says)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        tmp = str(path.parent / f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            return tmp, os.open(tmp, flags, 0o666)
        except FileExistsError:  # pragma: no cover - 32 random bits
            continue


def _move_no_clobber(tmp: str, path: Path) -> None:
    """Move without ever replacing a file that appeared meanwhile (a hard link fails if it exists)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise OutputExistsError(str(path)) from None
    except OSError:  # file systems without hard links
        if path.exists():
            raise OutputExistsError(str(path)) from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)
