"""Write bdg_docs/nd30/metrics.json: advance widths of Liberation Serif.

Liberation Serif is metric-compatible with Times New Roman (same advance widths), so
its table lets bdg_docs measure text the way Word lays it out in Times New Roman:
the length of the rule lines under the Tiêu ngữ, the issuer and the trích yếu, and
how many lines a `V/v` line takes in its column.

Run once when the character set changes (needs fontTools and Debian's
fonts-liberation2; neither is needed at run time):

    python tools/gen_metrics.py /usr/share/fonts/truetype/liberation2
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

STYLES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}

VIETNAMESE = "ĂăÂâĐđÊêÔôƠơƯưĨĩŨũ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
PUNCTUATION = "\u00a0–—‘’“”…•"


def charset() -> str:
    ascii_ = "".join(chr(c) for c in range(0x20, 0x7F))
    latin1 = "".join(chr(c) for c in range(0xC0, 0x100))
    return "".join(sorted(set(ascii_ + latin1 + VIETNAMESE + PUNCTUATION)))


def main(font_dir: str) -> None:
    chars = charset()
    out: dict[str, object] = {
        "source": "Liberation Serif 2.x (fonts-liberation2), metric-compatible with Times New Roman",
        "units_per_em": None,
        "chars": chars,
        "widths": {},
    }
    for style, filename in STYLES.items():
        font = TTFont(Path(font_dir) / filename)
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        out["units_per_em"] = font["head"].unitsPerEm
        out["widths"][style] = [hmtx[cmap[ord(c)]][0] if ord(c) in cmap else None for c in chars]
    target = Path(__file__).resolve().parent.parent / "bdg_docs" / "nd30" / "metrics.json"
    target.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {target} ({len(chars)} characters)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation2")
