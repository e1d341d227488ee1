"""The shipped template prepared when it was built, so that a one-file render loads nothing.

Preparing a template (:class:`bdg_docs.rendering.engine.PreparedTemplate`) imports docxtpl and
python-docx, loads the package, runs docxtpl's clean-up and saves it once to list and compress
the parts that never change: about 0.45 s, most of a one-file render. All of it depends only on
the template's bytes and the versions of docxtpl, python-docx, lxml and Jinja, so for the
shipped template it is done by ``tools/build_template.py`` and kept in :data:`PREPARED` (the
sources of the parts, the parts already compressed, the geometry, the variables...), with the
template's SHA-256 and those versions. The engine uses it when all of them match; any other
template, or another version of one of the libraries, is prepared as before. A test checks the
file is current, and ``tests/test_fast_path.py`` compares its renders with docxtpl's.
"""
from __future__ import annotations

import base64
from typing import Any

from bdg_docs.rendering.geometry import Geometry, TextStyle
from bdg_docs.rendering.zipfile_fixed import Deflated

PREPARED = "van_ban.prepared.json"
# The libraries whose behaviour the prepared state depends on: docxtpl's clean-up, python-docx's
# and lxml's serialisation, Jinja's compilation. Their versions are read from the installed
# distributions' metadata, which costs a few milliseconds instead of importing them.
LIBRARIES = ("docxtpl", "python-docx", "lxml", "jinja2")


def keys(data: bytes) -> dict[str, str]:
    """What the prepared form of the template whose bytes are ``data`` is valid for."""
    import hashlib
    from importlib.metadata import version

    return {"sha256": hashlib.sha256(data).hexdigest(), **{name: version(name) for name in LIBRARIES}}


def read(data: bytes) -> dict[str, Any] | None:
    """The shipped prepared form of the template whose bytes are ``data``; None for any other
    template or when a library is not the version it was prepared with."""
    import json
    from importlib import resources
    from importlib.metadata import PackageNotFoundError

    try:
        form = json.loads(resources.files("bdg_docs.templates").joinpath(PREPARED).read_bytes())
        matches = isinstance(form, dict) and form.get("keys") == keys(data)
    except (OSError, ValueError, PackageNotFoundError):  # not installed with the package: prepared as before
        return None
    return form if matches else None


def dumps(data: bytes, form: dict[str, Any]) -> str:
    """The content of :data:`PREPARED` for the template ``data`` prepared as ``form``."""
    import json

    return json.dumps({"keys": keys(data), **form}, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def entry(deflated: Deflated) -> list[Any]:
    return [deflated.crc, deflated.size, base64.b64encode(deflated.data).decode("ascii")]


def deflated(entry: list[Any]) -> Deflated:
    crc, size, data = entry
    return Deflated(crc, size, base64.b64decode(data))


def geometry(fields: dict[str, Any]) -> Geometry:
    """The geometry from ``dataclasses.asdict``: its text styles are dicts there."""
    return Geometry(**{name: TextStyle(**value) if isinstance(value, dict) else value for name, value in fields.items()})
