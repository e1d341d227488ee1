"""Writing output files so that an officer's work is never lost.

A file is written to a temporary name in the target folder, then moved into place in one step:
an interruption leaves either the old file or the new one, never half of one. An existing file
is kept unless overwriting was asked for.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bdg_docs.errors import OutputExistsError


def write_atomic(path: str | Path, data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` in one step; refuse to replace an existing file unless ``overwrite``."""
    path = Path(path)
    if not overwrite and path.exists():
        raise OutputExistsError(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if overwrite:
            os.replace(tmp, path)
        else:
            _move_no_clobber(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


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
