"""The shipped profiles, level periods and citation catalogue, validated when the package was built.

Reading the package's profile files (``data/dia_phuong/``) and catalogue (``data/van_ban.yaml``)
parses YAML and builds pydantic validators for ``ProfileFile``, the catalogue's entries and a
level's period (``profile_levels.MauGiaiDoan``) before validating them: about 5% of a
one-file render. None of it depends on the document, and the files only change with the
package, so ``tools/build_prepared_data.py`` validates them once and keeps the validated
objects in :data:`PREPARED`, with the SHA-256 of every source and the version of pydantic they
were validated with. :func:`shipped` gives them back when all of those match; otherwise (an
edited file, another pydantic) each file is read and validated as before. The profiles and
catalogues a user adds are always read and validated. A test checks the file is current.

The form is a pickle: the validated objects exactly, restored without validating. Unpickling
runs what the file names, so nothing but this file of the package's own data, shipped with its
code and as trusted, is ever unpickled. Its protocol is fixed and reads the same on every Python
3; what the validation depends on is pydantic and bdg_docs' own code (the test checks the file
against it), and Python only through its Unicode tables (NFC, white space), which do not change
for the characters of Vietnamese text: Python's version is not a key.
"""
from __future__ import annotations

import io
import pickle
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:  # pragma: no cover
    from importlib.abc import Traversable

PREPARED = "prepared.pickle"  # in bdg_docs/data
PROTOCOL = 5
CATALOGUE = "van_ban.yaml"
LEVELS = "ho_so_theo_cap.json"  # what profile_levels reads (built from the YAML people edit)


def _data() -> Traversable:
    return resources.files("bdg_docs") / "data"


def profile_sources() -> dict[str, Traversable]:
    """The shipped profile files by key (the file's name)."""
    folder = _data() / "dia_phuong"
    return {entry.name[:-5]: entry for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".yaml")}


def keys() -> dict[str, Any]:
    """What the prepared form is valid for: the digest of every source, and pydantic's version."""
    import hashlib

    import pydantic

    sources = {f"dia_phuong/{entry.name}": entry for entry in profile_sources().values()}
    sources.update({name: _data() / name for name in (CATALOGUE, LEVELS)})
    return {"pydantic": pydantic.VERSION,
            "sha256": {name: hashlib.sha256(entry.read_bytes()).hexdigest() for name, entry in sources.items()}}


@lru_cache(maxsize=1)
def shipped() -> dict[str, Any] | None:
    """The validated shipped data (``profiles``: key → ProfileFile, ``catalogue``: the Catalogue,
    ``levels``: level → its periods), read once per process; None when a key does not match."""
    try:
        file = (_data() / PREPARED).open("rb")
    except OSError:  # not installed with the package: everything is read and validated
        return None
    with file:
        if pickle.load(file) != keys():  # the keys come first: nothing else is restored for another pydantic
            return None
        return pickle.load(file)


def validated() -> dict[str, Any]:
    """The shipped data read and validated, as the library does without its prepared form."""
    from bdg_docs.catalogue import load_catalogue
    from bdg_docs.profile_facts import load_profile_file
    from bdg_docs.profile_levels import levels, validated_period

    def read(entry: Traversable, load: Any) -> Any:
        with resources.as_file(entry) as path:
            return load(path)

    return {"profiles": {key: read(entry, load_profile_file) for key, entry in profile_sources().items()},
            "catalogue": read(_data() / CATALOGUE, load_catalogue),
            "levels": {cap: tuple(validated_period(cap, i) for i in range(len(level["giai_doan"])))
                       for cap, level in levels()["cap"].items()}}


def dumps(form: dict[str, Any]) -> bytes:
    """The content of :data:`PREPARED` for the validated data ``form``: the same bytes every time."""
    out = io.BytesIO()
    out.write(pickle.dumps(keys(), protocol=PROTOCOL))
    _Pickler(out, protocol=PROTOCOL).dump(form)
    return out.getvalue()


class _Pickler(pickle.Pickler):
    """Writes a model's set of fields given sorted (a set is written in its order, which changes
    with each process's string hashing) and restores it with pydantic's own ``__setstate__``."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, BaseModel):
            state = obj.__getstate__()
            return _model, (type(obj), {**state, "__pydantic_fields_set__": sorted(state["__pydantic_fields_set__"])})
        return NotImplemented


def _model(cls: type[BaseModel], state: dict[str, Any]) -> BaseModel:
    """A model as :class:`_Pickler` wrote it (the file names this function: renamed, it must be built again)."""
    model = cls.__new__(cls)
    model.__setstate__({**state, "__pydantic_fields_set__": set(state["__pydantic_fields_set__"])})
    return model
