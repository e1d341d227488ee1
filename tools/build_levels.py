"""Write bdg_docs/data/ho_so_theo_cap.json from ho_so_theo_cap.yaml (run after editing the YAML).

    python tools/build_levels.py

The YAML, with its comments and sources, is what people edit; the library reads the JSON, which
loads in a millisecond where the YAML parser takes tens (a batch pays it on its first document).
The file is validated first, so a mistake is reported with its YAML line; a test checks that the
two files hold the same data. Then run tools/build_prepared_data.py (the periods validated).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bdg_docs.profile_levels import JSON, YAML, from_yaml  # noqa: E402


def main() -> None:
    data = from_yaml(YAML.read_text(encoding="utf-8"), filename=str(YAML))
    JSON.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"{YAML.name} → {JSON}")


if __name__ == "__main__":
    main()
