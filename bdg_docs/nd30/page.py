"""Page setup, font and the size ranges of each element (spec §1, §2.2b).

Ranges are what ND30 allows (checked by models and the checker); the template's chosen values
must lie inside them, which a test asserts.
"""
from __future__ import annotations

FONT = "Times New Roman"

# A4 in twips (1 mm ≈ 56.69 twips), with the tolerance of R1.
PAGE_WIDTH = 11906
PAGE_HEIGHT = 16838
PAGE_TOLERANCE = 20

# Margins (R3–R6) in millimetres, as ND30 states them. A margin is compared after rounding to
# the nearest millimetre, so Word's inch default of 25.4 mm (1440 twips) counts as 25 mm, and the
# 1418 twips of ND30's own sample file as 25 mm too; 25.5 mm does not.
TWIPS_PER_MM = 1440 / 25.4
MARGIN_TOP = (20, 25)
MARGIN_BOTTOM = (20, 25)
MARGIN_LEFT = (30, 35)
MARGIN_RIGHT = (15, 20)


def margin_mm(twips: int) -> float:
    """A margin in millimetres (1440 twips → 25.4)."""
    return twips / TWIPS_PER_MM


def margin_ok(twips: int, allowed: tuple[int, int]) -> bool:
    """Whether a margin rounds to a whole millimetre inside the range ND30 allows.

    >>> margin_ok(1440, MARGIN_TOP), margin_ok(1446, MARGIN_TOP), margin_ok(1134, MARGIN_TOP), margin_ok(1440, MARGIN_LEFT)
    (True, False, True, False)
    """
    low, high = allowed
    return low <= int(margin_mm(twips) + 0.5) <= high

# Font sizes in points: (smallest, largest) per element.
SIZE = {
    "quoc_hieu": (12, 13),
    "tieu_ngu": (13, 14),
    "chu_quan": (12, 13),
    "co_quan": (12, 13),
    "so": (13, 13),
    "ngay": (13, 14),
    "ten_loai": (13, 14),
    "trich_yeu": (13, 14),
    "vv": (12, 13),
    "kinh_gui": (13, 14),
    "than": (13, 14),
    "chuc_vu": (13, 14),
    "ho_ten": (13, 14),
    "noi_nhan_tieu_de": (12, 12),
    "noi_nhan": (11, 11),
    "so_trang": (13, 14),
    "dau": (13, 14),  # urgency and secrecy marks, circulation label (R44, R45)
    "phu_luc": (14, 14),  # "Phụ lục I" (R47)
    "ten_phu_luc": (13, 14),  # appendix title and its "(Kèm theo ...)" line
}

def validate_chu_dung(text: str, italic_share: float) -> str:
    """R28: a body paragraph is upright. A lead-in that ends with ':' may be in italics, as
    ``- *Một số nhiệm vụ, giải pháp cụ thể:*`` is in the seeds."""
    from bdg_docs.errors import RuleViolation

    if italic_share > 0.9 and not text.endswith(":"):
        raise RuleViolation("đoạn nội dung in nghiêng cả đoạn.", rule="R28", hint="Phần nội dung dùng chữ đứng.")
    return text


# Body paragraph format (R28–R30), in twips / points.
FIRST_LINE_INDENT = (540, 740)  # 1 cm = 567, 1.27 cm = 720
MIN_PARAGRAPH_GAP = 120  # 6 pt, before + after
LINE_SPACING_AUTO = (240, 360)  # single to 1.5 lines, in 240ths

# Rule lines: share of the text width above them (R13, R16, R25).
RULE_TIEU_NGU = (0.85, 1.15)
RULE_SHORT = (0.28, 0.55)  # accepted by the checker
RULE_SHORT_TARGET = 0.4  # what bdg_docs draws: between 1/3 and 1/2

# The header table's left column (twips): issuer, number and, in a Công văn, the V/v under it.
# The template is built with these (tools/build_template.py); a V/v is measured against them.
HEADER_LEFT_COLUMN = 3685
CELL_MARGIN = 108  # left and right padding of every table cell
HEADER_LEFT_TEXT = HEADER_LEFT_COLUMN - 2 * CELL_MARGIN

# The V/v of a Công văn (R26): its size in the template, and the lines it may take at most.
VV_SIZE = 12
VV_MAX_LINES = 4
