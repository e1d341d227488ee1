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
import re
from typing import Any

from bdg_docs.rendering.geometry import Geometry, TextStyle
from bdg_docs.rendering.zipfile_fixed import Deflated

PREPARED = "van_ban.prepared.json"
# The libraries whose behaviour the prepared state depends on: docxtpl's clean-up, python-docx's
# and lxml's serialisation (Jinja's compilation is keyed by templates/van_ban.jinja.json).
LIBRARIES = ("docxtpl", "docx", "lxml")
# How each of them states its version, in its __init__.py.
_VERSION = re.compile(r"""^__version__ = ["']([^"']+)["']""", re.MULTILINE)


def keys(data: bytes) -> dict[str, str]:
    """What the prepared form of the template whose bytes are ``data`` is valid for."""
    import hashlib

    return {"sha256": hashlib.sha256(data).hexdigest(), **{name: version(name) for name in ("jinja2", *LIBRARIES)}}


def version(package: str) -> str:
    """The ``__version__`` of an installed package, read from its source rather than imported
    (importing them is what restoring the template saves, and a one-file render does not import
    Jinja; importlib.metadata would cost about as much as it saves, scanning every installed
    package); empty when it cannot be read."""
    from importlib.util import find_spec

    spec = find_spec(package)
    try:
        with open(spec.origin, encoding="utf-8") as source:  # type: ignore[union-attr,arg-type]
            found = _VERSION.search(source.read())
    except (AttributeError, TypeError, OSError, ValueError):
        return ""
    return found.group(1) if found else ""


def read(data: bytes) -> dict[str, Any] | None:
    """The shipped prepared form of the template whose bytes are ``data``; None for any other
    template or when a library is not the version it was prepared with."""
    import json
    from importlib import resources

    try:
        form = json.loads(resources.files("bdg_docs.templates").joinpath(PREPARED).read_bytes())
    except (OSError, ValueError):  # not installed with the package: prepared as before
        return None
    current = keys(data)
    return form if isinstance(form, dict) and all(current.values()) and form.get("keys") == current else None


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
