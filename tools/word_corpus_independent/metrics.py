"""Widths of text in Times New Roman, read from Liberation Serif (the same advance widths).

Used only to draw rule lines of a chosen length (a run of underscores, a shape, a bordered
paragraph) the way an officer sizes them by eye: the corpus declares a rule line too short or
too long only when it is clearly so.
"""
from __future__ import annotations

import struct
import unicodedata
from functools import lru_cache
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
FACES = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}


class Face:
    """Advance widths (font units) by code point, from the cmap and hmtx tables of a TrueType file."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        num_tables = struct.unpack(">H", data[4:6])[0]
        tables = {}
        for i in range(num_tables):
            tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
            tables[tag.decode()] = (offset, length)
        head = tables["head"][0]
        self.units = struct.unpack(">H", data[head + 18: head + 20])[0]
        hhea = tables["hhea"][0]
        num_hmetrics = struct.unpack(">H", data[hhea + 34: hhea + 36])[0]
        hmtx = tables["hmtx"][0]
        advances = [struct.unpack(">H", data[hmtx + 4 * i: hmtx + 4 * i + 2])[0] for i in range(num_hmetrics)]
        self.widths: dict[int, int] = {}
        cmap = tables["cmap"][0]
        n = struct.unpack(">H", data[cmap + 2: cmap + 4])[0]
        for i in range(n):
            platform, encoding, offset = struct.unpack(">HHI", data[cmap + 4 + 8 * i: cmap + 12 + 8 * i])
            sub = cmap + offset
            fmt = struct.unpack(">H", data[sub: sub + 2])[0]
            if fmt == 12 and platform == 3 and encoding == 10:
                groups = struct.unpack(">I", data[sub + 12: sub + 16])[0]
                for g in range(groups):
                    start, end, glyph = struct.unpack(">III", data[sub + 16 + 12 * g: sub + 28 + 12 * g])
                    for cp in range(start, end + 1):
                        gid = glyph + cp - start
                        self.widths[cp] = advances[min(gid, num_hmetrics - 1)]
            elif fmt == 4 and platform == 3 and encoding == 1 and not self.widths:
                segs = struct.unpack(">H", data[sub + 6: sub + 8])[0] // 2
                ends = struct.unpack(f">{segs}H", data[sub + 14: sub + 14 + 2 * segs])
                base = sub + 16 + 2 * segs
                starts = struct.unpack(f">{segs}H", data[base: base + 2 * segs])
                deltas = struct.unpack(f">{segs}h", data[base + 2 * segs: base + 4 * segs])
                ro_base = base + 4 * segs
                range_offsets = struct.unpack(f">{segs}H", data[ro_base: ro_base + 2 * segs])
                for s in range(segs):
                    for cp in range(starts[s], ends[s] + 1):
                        if cp == 0xFFFF:
                            continue
                        if range_offsets[s] == 0:
                            gid = (cp + deltas[s]) & 0xFFFF
                        else:
                            at = ro_base + 2 * s + range_offsets[s] + 2 * (cp - starts[s])
                            gid = struct.unpack(">H", data[at: at + 2])[0]
                            gid = (gid + deltas[s]) & 0xFFFF if gid else 0
                        self.widths[cp] = advances[min(gid, num_hmetrics - 1)]

    def width(self, text: str, size_pt: float) -> float:
        """Width in points of `text` set at `size_pt` (precomposed where the font has the letter)."""
        total = 0
        for ch in unicodedata.normalize("NFC", text):
            total += self.widths.get(ord(ch), self.widths.get(ord("n"), self.units // 2))
        return total * size_pt / self.units


@lru_cache(maxsize=None)
def face(bold: bool = False, italic: bool = False) -> Face:
    path = FONT_DIR / f"LiberationSerif-{FACES[(bold, italic)]}.ttf"
    if not path.exists():
        raise SystemExit(f"{path} is missing: install fonts-liberation2 to regenerate the corpus")
    return Face(path)


def width_pt(text: str, size_pt: float, bold: bool = False, italic: bool = False) -> float:
    return face(bold, italic).width(text, size_pt)


def underscores_for(width: float, size_pt: float, bold: bool = False) -> int:
    """How many underscores at `size_pt` make a line about `width` points long."""
    one = width_pt("_", size_pt, bold)
    return max(1, round(width / one))
