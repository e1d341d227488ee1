"""Starter files: a commented YAML an officer fills in, one per document type.

A document type provides its starter as a YAML file next to its module, with the same name
(``documents/ke_hoach_truyen_thong.py`` → ``documents/ke_hoach_truyen_thong.yaml``): a complete,
valid document with a Vietnamese comment on every field. Its first line is ``# <what it is>``,
which ``bdg-docs new`` lists. ``${nam}`` stands for the year of the plan; the caller gives it
(the library does not read the clock). Where the text names the locality it writes ``${ten}``
(the name), ``${cap}`` (xã, phường, tỉnh...), ``${chu_tri}`` (the lead unit for gender equality),
``${cap_tren}`` (the unit reported to) and ``${co_quan_cap_tren}`` (the superior issuing body):
without a profile these read as a commune's placeholders (``Tên Xã``, ``xã``, ...); with one,
:mod:`bdg_docs.starter_profile` fills in the profile's names and leaves out the fields the profile
supplies. A type is offered by ``bdg-docs new`` as soon as its file exists: nothing else to register.

Officers name a kind with hyphens (``ke-hoach-truyen-thong``); the ``loai`` key with
underscores is accepted too.
"""
from __future__ import annotations

from importlib import resources

from typing import TYPE_CHECKING

from bdg_docs.errors import InputError, Problem
from bdg_docs.starter_text import PLACEHOLDERS, field_span, fill_placeholders

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.profiles import ProfileRegistry

YEAR = "${nam}"


def kind_name(loai: str) -> str:
    """The officers' name of a document type: ``ke_hoach_truyen_thong`` → ``ke-hoach-truyen-thong``."""
    return loai.replace("_", "-")


def kinds() -> dict[str, str]:
    """Every document type that has a starter: its officers' name → what it is (Vietnamese)."""
    from bdg_docs.documents import DOCUMENT_TYPES

    found = {}
    for loai in sorted(DOCUMENT_TYPES):
        text = _text(loai)
        if text is not None:
            found[kind_name(loai)] = text.splitlines()[0].lstrip("# ").strip()
    return found


def starter(kind: str, *, nam: int, dia_phuong: str | None = None,
            profiles: "ProfileRegistry | None" = None, names: dict[str, str] | None = None) -> str:
    """The starter YAML of ``kind`` (``ke-hoach-truyen-thong`` or ``ke_hoach_truyen_thong``) for year ``nam``.

    With ``dia_phuong`` (a unit's key or full name, in ``profiles``, the shipped ones by default)
    the starter names that locality, writes ``dia_phuong: <key>`` and leaves out what the profile supplies,
    showing it in comments. Raises :class:`InputError` naming the kinds there are when ``kind``
    is not one of them, and on ``dia_phuong`` when the key is unknown or the locality could not
    issue a document in ``nam``. Without a profile, ``names`` gives the locality placeholders'
    values (``{"ten": "Đông Sơn", "cap": "xã", ...}``; the ones not given stay placeholders).
    """
    from bdg_docs.errors import RuleViolation
    from bdg_docs.nd30.dates import validate_nam
    from bdg_docs.starter_profile import profiled  # only when a starter is made

    loai = _loai(kind)
    text = _text(loai)
    assert text is not None  # _loai checked it
    try:
        validate_nam(int(nam))
    except RuleViolation as exc:
        raise InputError([Problem("nam", exc.message, hint=exc.hint, rule=exc.rule)]) from None
    text = text.replace(YEAR, str(int(nam)))
    if dia_phuong is None:
        return fill_placeholders(text, {**PLACEHOLDERS, **(names or {})})
    return profiled(text, loai, nam=int(nam), key=dia_phuong, profiles=profiles)


def _loai(kind: str) -> str:
    loai = kind.strip().replace("-", "_")
    text = _text(loai)
    if text is None:
        import difflib  # a message's suggestion: imported only when there is a mistake to name

        names = list(kinds())
        close = difflib.get_close_matches(kind_name(loai), names, n=1)
        hint = f"Có phải là '{close[0]}'?" if close else "Các loại có: " + ", ".join(names) + "."
        raise InputError([Problem("LOẠI", f"không có tệp khởi đầu cho loại văn bản '{kind}'.", hint=hint)])
    return loai


def _text(loai: str) -> str | None:
    from bdg_docs.documents import DOCUMENT_TYPES

    model = DOCUMENT_TYPES.get(loai)
    if model is None:
        return None
    package, _, module = model.__module__.rpartition(".")
    source = resources.files(package) / f"{module}.yaml"
    return source.read_text(encoding="utf-8") if source.is_file() else None


__all__ = ["PLACEHOLDERS", "field_span", "fill_placeholders", "kind_name", "kinds", "starter"]
