"""Read a document's data file: its type chosen by ``loai``, filled from its locality profile, validated.

YAML reading and validation with file:line messages are :mod:`bdg_docs.loading`'s; this module
adds what only documents have: the ``loai`` key, the profiles and the file's bytes and encoding.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from bdg_docs.documents import DOCUMENT_TYPES
from bdg_docs.documents.defaults import fill
from bdg_docs.errors import InputError, Problem
from bdg_docs.loading import Located, read_yaml, validate


def load_text(text: str, *, filename: str | None = None, profiles: Any = None, folder: Path | None = None) -> Any:
    """Validate a document's YAML text; the model class is chosen by its ``loai`` key.

    ``profiles`` (a :class:`~bdg_docs.profiles.ProfileRegistry`) adds locality profiles to the
    shipped ones; the document's ``dia_phuong`` key is looked up there. ``folder``, the data
    file's folder, lets an unknown key that is a profile file there say to add ``--dia-phuong``.
    """
    located = read_yaml(text, filename=filename)
    data = located.data
    if not isinstance(data, dict):
        raise InputError([Problem("", "tệp phải bắt đầu bằng các trường 'khóa: giá trị' (loai, co_quan, ...).",
                                  file=filename, line=1)])
    kinds = ", ".join(sorted(DOCUMENT_TYPES))
    if "loai" not in data:
        raise InputError([Problem("loai", "thiếu trường 'loai' (loại văn bản).", hint=f"Ghi một trong: {kinds}.",
                                  file=filename, line=1)])
    model = DOCUMENT_TYPES.get(str(data["loai"]))
    if model is None:
        close = difflib.get_close_matches(str(data["loai"]), list(DOCUMENT_TYPES), n=1)
        hint = f"Có phải là '{close[0]}'?" if close else f"Ghi một trong: {kinds}."
        raise InputError([Problem("loai", f"không biết loại văn bản '{data['loai']}'.", hint=hint,
                                  file=filename, line=located.line(("loai",)))])
    filled = fill(data, viet_tat_loai=getattr(model, "VIET_TAT", None), profiles=profiles)
    context: dict[str, Any] = {key: _keys(filled.get(key)) for key in ("van_ban", "chu_thich", "viet_tat")}
    context["bien"] = model.BIEN
    context["profiles"] = profiles
    context["thu_muc"] = folder
    return validate(model, Located(filled, located.lines), filename=filename, context=context)


def _keys(section: Any) -> set[str] | None:
    """Keys a document defines for [@...] or [^...] references (None: the section is malformed)."""
    if section is None:
        return set()
    return set(section) if isinstance(section, dict) else None


MAX_FILE_BYTES = 10_000_000
"""A data file larger than this is not a document's data (a plan with 2,000 bullets is ~300 kB)."""


def load_path(path: str | Path, *, profiles: Any = None) -> Any:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem("", f"không tìm thấy tệp {path}.", file=str(path))]) from None
    except OSError as exc:
        raise InputError([Problem("", f"không đọc được tệp {path} ({exc.strerror}).", file=str(path))]) from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError([Problem("", f"tệp lớn {len(data) // 1_000_000} MB, quá giới hạn {MAX_FILE_BYTES // 1_000_000} MB "
                                      "của một tệp dữ liệu.", hint="Kiểm tra có chọn nhầm tệp không.", file=str(path))])
    try:  # Notepad's "Unicode" is UTF-16 with a byte-order mark
        text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError([_not_utf8(data, exc.start, str(path))]) from None
    return load_text(text, filename=str(path), profiles=profiles, folder=path.parent)


def _not_utf8(data: bytes, start: int, filename: str) -> Problem:
    """A file saved in an 8-bit encoding: say which, if it is a legacy Vietnamese one."""
    from bdg_docs import legacy

    line = data.count(b"\n", 0, start) + 1
    encoding = legacy.detect(data.split(b"\n")[line - 1].decode("latin-1"))  # the line that is not UTF-8
    if encoding is not None:
        return Problem("", f"tệp được lưu bằng bảng mã {legacy.NAMES[encoding]}, không phải Unicode (UTF-8).",
                       hint=f"Chuyển sang Unicode: bdg-docs chuyen_ma {filename} (ghi ra tệp mới), "
                            "hoặc mở bằng Notepad và lưu lại với Encoding: UTF-8.", file=filename, line=line)
    return Problem("", f"tệp không phải văn bản UTF-8 (byte {start + 1}).",
                   hint="Lưu tệp với mã UTF-8 (Notepad: Save As, Encoding: UTF-8).", file=filename, line=line)


__all__ = ["MAX_FILE_BYTES", "load_path", "load_text"]
