"""The shipped profiles, level periods and catalogue are restored as validated when the package was
built (bdg_docs/prepared_data.py): the file must be what validating the sources gives now, be used
only while its keys match, and the library read and validate the sources as before otherwise."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import date
from typing import Iterator

import pytest

from bdg_docs import prepared_data, profile_levels, profiles
from bdg_docs.catalogue import VanBan, shipped_catalogue
from bdg_docs.institutions import Cap
from bdg_docs.profiles import ProfileRegistry
from tests.conftest import ROOT, TRIEU_SON


def _tool():
    spec = importlib.util.spec_from_file_location("build_prepared_data", ROOT / "tools" / "build_prepared_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _clear() -> None:
    for cached in (prepared_data.shipped, profiles._shipped, shipped_catalogue, profile_levels._period):
        cached.cache_clear()


@pytest.fixture
def fresh() -> Iterator[None]:
    """The shipped data read again in the test, and again after it (with what the test changed undone)."""
    _clear()
    yield
    _clear()


def _everything(registry: ProfileRegistry) -> list[object]:
    """Every shipped profile resolved on every day a period of its own or of its level starts or ends, and the catalogue."""
    days = {date(2022, 3, 1), date(2026, 3, 1)}
    for key in registry.files():
        layer = registry._layer(key, 0)
        days |= {day for period in layer.giai_doan for day in (period.tu, period.den) if day}
    for cap in Cap:
        days |= {date.fromisoformat(raw[end]) for raw in profile_levels.levels()["cap"][cap.value]["giai_doan"]
                 for end in ("tu", "den") if raw.get(end)}
    resolved = []
    for key in registry.files():
        unit = registry.unit(key)
        resolved += [registry.resolve(key, day) for day in sorted(days) if unit.valid_on(day)]
    shipped = shipped_catalogue()
    return [*resolved, {key: shipped[key] for key in shipped}]


def test_the_prepared_shipped_data_is_current_and_used(fresh: None):
    committed = (ROOT / "bdg_docs" / "data" / prepared_data.PREPARED).read_bytes()
    assert _tool().build() == committed, "run: python tools/build_prepared_data.py"
    prepared = prepared_data.shipped()
    assert prepared is not None
    validated = prepared_data.validated()
    assert prepared["profiles"] == validated["profiles"] and prepared["levels"] == validated["levels"]
    assert dict(prepared["catalogue"]._entries) == dict(validated["catalogue"]._entries)
    registry = ProfileRegistry.shipped()
    assert all(registry._files[key] == [prepared["profiles"][key]] for key in registry.files())
    assert shipped_catalogue() is prepared["catalogue"]
    assert profile_levels.period(Cap.XA, date(2026, 3, 1)) in prepared["levels"]["xã"]


@pytest.mark.parametrize("stale", ["a source edited", "another pydantic", "not installed"])
def test_without_a_current_prepared_form_the_shipped_data_is_read_and_validated_the_same(
        fresh: None, monkeypatch: pytest.MonkeyPatch, stale: str):
    expected = _everything(ProfileRegistry.shipped())
    _clear()
    keys = prepared_data.keys()
    if stale == "a source edited":
        keys["sha256"]["dia_phuong/thanh_hoa.yaml"] = "0" * 64
    elif stale == "another pydantic":
        keys["pydantic"] += ".1"
    else:
        monkeypatch.setattr(prepared_data, "PREPARED", "absent.pickle")
    monkeypatch.setattr(prepared_data, "keys", lambda: keys)
    assert prepared_data.shipped() is None
    registry = ProfileRegistry.shipped()
    assert not any(isinstance(layer, profiles.ProfileFile) for layers in registry._files.values() for layer in layers)
    assert _everything(registry) == expected


def test_the_values_a_profile_and_the_catalogue_fill_a_document_with_are_those_pydantic_dumps():
    """``Model.field_values`` stands for ``model_dump`` where the fill dumps models of plain values."""
    registry = ProfileRegistry.shipped()
    for profile in _everything(registry)[:-1]:
        assert profile.co_quan.field_values() == profile.co_quan.model_dump()
        for signer in profile.nguoi_ky:
            assert signer.field_values(exclude_none=True) == signer.model_dump(exclude_none=True)
        for entry in profile.van_ban.values():
            assert entry.field_values(exclude_none=True) == entry.model_dump(exclude_none=True)
    for entry in shipped_catalogue()._entries.values():
        assert entry.van_ban() == entry.model_dump(include=set(VanBan.model_fields), exclude_none=True)


def test_a_one_file_render_builds_no_validator_for_the_shipped_profiles_and_catalogue(tmp_path):
    code = (f"from bdg_docs.cli import main\nmain(['render', {str(TRIEU_SON)!r}, '-o', {str(tmp_path)!r}])\n"
            "from bdg_docs.catalogue import VanBan, VanBanDanhMuc\nfrom bdg_docs import profile_facts, profile_levels\n"
            "print([m.__name__ for m in (profile_facts.ProfileFile, profile_facts.NguoiKy, profile_levels.MauGiaiDoan,"
            " VanBanDanhMuc, VanBan) if m.__pydantic_complete__])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.splitlines()[-1] == "[]"
    assert list(tmp_path.glob("*.docx"))
