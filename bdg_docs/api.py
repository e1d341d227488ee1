"""The library's entry points: load a data file, render a document::

    import bdg_docs
    plan = bdg_docs.load("fixtures/ke_hoach_truyen_thong_trieu_son_2022.yaml")
    data = bdg_docs.render(plan)
    bdg_docs.render_to(plan, "out/ke_hoach.docx")
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bdg_docs.documents.base import VanBanHanhChinh
from bdg_docs.errors import InputError
from bdg_docs.files import write_atomic
from bdg_docs.layout import Page
from bdg_docs.documents.loading import load_path, load_text
from bdg_docs.profiles import Profiles, profile_registry

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.importing import Imported


def load(path: str | Path, *, dia_phuong: Profiles = None) -> VanBanHanhChinh:
    """Read and validate a document's YAML file. Raises :class:`~bdg_docs.errors.InputError`.

    ``dia_phuong`` adds locality profiles (files or folders) to the shipped ones.
    """
    return load_path(path, profiles=profile_registry(dia_phuong))


def loads(text: str, *, filename: str | None = None, dia_phuong: Profiles = None) -> VanBanHanhChinh:
    """Validate a document from YAML text; ``filename`` only names it in messages."""
    return load_text(text, filename=filename, profiles=profile_registry(dia_phuong))


def lay_out(document: VanBanHanhChinh) -> Page:
    """The laid-out document: every paragraph and its style, before the template."""
    return document.page()


def render(document: VanBanHanhChinh, *, template: str | Path | None = None) -> bytes:
    """The .docx bytes of a document. The same document always gives the same bytes.

    Raises :class:`~bdg_docs.errors.InputError` when the laid-out page would break a Decree 30
    rule (``document.page_problems()``): what is written passes :func:`bdg_docs.check`.
    """
    from bdg_docs.rendering import render_page

    problems = document.page_problems()
    if problems:
        raise InputError(problems)
    return render_page(document.page(), template=template)


def render_to(document: VanBanHanhChinh, path: str | Path, *, overwrite: bool = False,
              template: str | Path | None = None) -> Path:
    """Render to a file, atomically; an existing file is kept unless ``overwrite``."""
    data = render(document, template=template)
    return write_atomic(path, data, overwrite=overwrite)


def nhap(source: str | Path | bytes, *, loai: str | None = None, dia_phuong: Profiles = None,
         filename: str | None = None) -> "Imported":
    """Read a .docx (ours, or written in Word by anyone) into a data file of one of bdg_docs' types.

    The type is recognised (``loai`` forces ``ke_hoach_truyen_thong``, ``cong_van_huong_dan``,
    ``ke_hoach_bdg_vstbcpn``); ``dia_phuong`` adds locality profiles; ``filename`` names the file
    in the data's comments and messages. Returns an :class:`~bdg_docs.importing.Imported`: ``loai``,
    ``data`` (the data file's content), ``yaml`` (its text), ``reviews`` (what to look at), the counts,
    and ``document`` (the validated model) when the data validates and renders; otherwise
    ``problems`` says what to fix in the file, by field and line. Raises
    :class:`~bdg_docs.reader.DocxReadError` for a file that is not a readable .docx and
    :class:`~bdg_docs.errors.UnsupportedDocument` for a type bdg_docs does not build.
    """
    from bdg_docs.importing import import_docx

    return import_docx(source, loai=loai, dia_phuong=dia_phuong, filename=filename)


def render_file(source: str | Path, out_dir: str | Path, *, overwrite: bool = False) -> Path:
    """Load ``source`` (YAML) and write ``out_dir/<stem>.docx``; nothing is written if it is invalid."""
    document = load(source)
    return render_to(document, Path(out_dir) / f"{Path(source).stem}.docx", overwrite=overwrite)
