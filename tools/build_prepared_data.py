"""Write bdg_docs/data/prepared.pickle: the shipped profiles, level periods and citation catalogue, validated.

    python tools/build_prepared_data.py

Run it after editing a profile of bdg_docs/data/dia_phuong/, the catalogue (van_ban.yaml) or the
level profiles (ho_so_theo_cap.json, after tools/build_levels.py), and after upgrading pydantic:
until then the library does not use the file but reads and validates those files as before
(bdg_docs/prepared_data.py says why). A test rebuilds it and compares bytes.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bdg_docs import prepared_data  # noqa: E402

TARGET = ROOT / "bdg_docs" / "data" / prepared_data.PREPARED


def build() -> bytes:
    """The content of TARGET: every source read and validated the straightforward way, then pickled."""
    return prepared_data.dumps(prepared_data.validated())


def main() -> None:
    TARGET.write_bytes(build())
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(prepared_data.keys()['sha256'])} files validated")


if __name__ == "__main__":
    main()
