"""Read a document's data file: its type chosen by ``loai``, filled from its locality profile, validated.

YAML reading and validation with file:line messages are :mod:`bdg_docs.loading`'s; this module
adds what only documents have: the ``loai`` key and the profiles.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bdg_docs import slips
from bdg_docs.documents import DOCUMENT_TYPES
from bdg_docs.documents.defaults import fill
from bdg_docs.errors import InputError, Problem
from bdg_docs.loading import Located, Source, read_text, validate


def load_text(text: str, *, filename: str | None = None, profiles: Any = None, folder: Path | None = None) -> Any:
    """Validate a document's YAML text; the model class is chosen by its ``loai`` key.

    ``profiles`` (a :class:`~bdg_docs.profiles.ProfileRegistry`) adds locality profiles to the
    shipped ones; the document's ``dia_phuong`` key is looked up there. ``folder``, the data
    file's folder, lets an unknown key that is a profile file there say to add ``--dia-phuong``.
    Slips YAML lets through (:mod:`bdg_docs.slips`) are errors reported with the others, or
    warnings the document keeps for :meth:`~bdg_docs.documents.base.VanBanHanhChinh.canh_bao`.
    """
    located, slipped = slips.read(text, filename=filename)
    try:
        document = _validate(located, filename, profiles, folder)
    except InputError as exc:
        found = [*slipped.errors, *slips.drop_consequences(slipped.errors, exc.problems)]
        raise InputError(sorted(found, key=lambda p: p.line or 0)) from None
    if slipped.errors:
        raise InputError(slipped.errors)
    document.attach_source(Source(filename, located, slipped.warnings, profiles))
    return document


def _validate(located: Located, filename: str | None, profiles: Any, folder: Path | None) -> Any:
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
        import difflib  # a message's suggestion: imported only when there is a mistake to name

        close = difflib.get_close_matches(str(data["loai"]), list(DOCUMENT_TYPES), n=1)
        hint = f"Có phải là '{close[0]}'?" if close else f"Ghi một trong: {kinds}."
        raise InputError([Problem("loai", f"không biết loại văn bản '{data['loai']}'.", hint=hint,
                                  file=filename, line=located.line(("loai",)))])
    filled = fill(data, viet_tat_loai=getattr(model, "VIET_TAT", None), profiles=profiles)
    context: dict[str, Any] = {key: _keys(filled.get(key)) for key in ("van_ban", "chu_thich", "viet_tat")}
    context["bien"] = model.BIEN
    context["profiles"] = profiles
    context["thu_muc"] = folder
    context["filled"] = filled  # the model's own fill is not run again on it
    return validate(model, Located(filled, located.lines), filename=filename, context=context)


def _keys(section: Any) -> set[str] | None:
    """Keys a document defines for [@...] or [^...] references (None: the section is malformed)."""
    if section is None:
        return set()
    return set(section) if isinstance(section, dict) else None


def load_path(path: str | Path, *, profiles: Any = None) -> Any:
    """Read and validate a document's data file (within MAX_YAML_FILE_BYTES, UTF-8 or UTF-16)."""
    text = read_text(path, what="tệp dữ liệu")
    return load_text(text, filename=str(path), profiles=profiles, folder=Path(path).parent)


__all__ = ["load_path", "load_text"]
