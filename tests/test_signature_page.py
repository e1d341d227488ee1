"""The signature is never alone on the last page: checked in LibreOffice on a sweep of lengths.

The 2026 commune plan with 0 to 40 extra bullets, the guidance letter, the annual plan and the
annual report with 0 to 40 in steps of 4, and every fixture (the 12-page Triệu Sơn plan among
them) go through one LibreOffice run; on the page of ``Nơi nhận`` in each PDF, body text stands
above it. Before the last paragraph kept with the signature table, 15 of these 79 documents put
Nơi nhận and the signature alone on their page (10 of the commune plan's 41 lengths, 2 of the
annual plan's 11, 2 of the report's 11, and the Triệu Sơn plan); now none does, and at least two
lines of body text stand above.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.pdf import convert
from tests.conftest import FIXTURES, SOFFICE, all_fixtures, needs_libreoffice, needs_poppler

# (fixture, the bullet extra bullets go before, how many extra bullets): the commune plan at every
# length from 0 to 40, the other types every fourth length.
SWEEPS = [
    ("ke_hoach_truyen_thong_xa_trieu_son_2026", "      - Tổ chức các hoạt động hưởng ứng Tháng hành động", range(0, 41)),
    ("cong_van_huong_dan_trieu_son_2022", "    - Xây dựng Kế hoạch triển khai thực hiện Tháng hành động", range(0, 41, 4)),
    ("ke_hoach_bdg_vstbcpn_loc_binh_2024", "    - Chú trọng đưa thông điệp bình đẳng giới", range(0, 41, 4)),
    ("bao_cao_bdg_vstbcpn_xa_trieu_son_2026", "      - Thăm hỏi, tặng quà 12 phụ nữ", range(0, 41, 4)),
]


def with_bullets(stem: str, anchor: str, count: int) -> str:
    """The fixture ``stem`` with ``count`` extra bullets before ``anchor``, indented like it."""
    text = (FIXTURES / f"{stem}.yaml").read_text(encoding="utf-8")
    assert anchor in text
    indent = anchor[:len(anchor) - len(anchor.lstrip())]
    extra = "".join(f"{indent}- Bổ sung hoạt động truyền thông số {n + 1} tại các thôn, tổ dân phố trên địa bàn.\n"
                    for n in range(count))
    return text.replace(anchor, extra + anchor, 1)


def signature_page(pdf: Path) -> tuple[int, list[str]]:
    """The number of pages, and the lines above ``Nơi nhận`` on its page (the last page of the
    document, or the one before its appendices), the page number left out."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    signed = [page for page in pages if "Nơi nhận" in page][-1]
    lines = [line for line in signed.splitlines() if line.strip()]
    head = next(i for i, line in enumerate(lines) if "Nơi nhận" in line)
    return len(pages), [line for line in lines[:head] if not re.fullmatch(r"\s*\d+\s*", line)]


@pytest.mark.libreoffice
@needs_libreoffice
@needs_poppler
def test_the_page_of_the_signature_always_carries_body_text_above_noi_nhan(tmp_path: Path):
    docs = []
    for stem, anchor, lengths in SWEEPS:
        for count in lengths:
            document = bdg_docs.loads(with_bullets(stem, anchor, count))
            docs.append(bdg_docs.render_to(document, tmp_path / f"{stem}_{count:02d}.docx"))
    docs += [bdg_docs.render_to(bdg_docs.load(f), tmp_path / f"{f.stem}.docx") for f in all_fixtures()]
    converted = convert(docs, tmp_path, soffice=SOFFICE)
    figures = {}
    for item in converted:
        assert item.pdf is not None, item.error
        figures[item.source.stem] = signature_page(item.pdf)
    alone = [name for name, (_, above) in figures.items() if not above]
    pages = sorted({count for count, _ in figures.values()})
    fewest = min(len(above) for _, above in figures.values())
    print(f"\n{len(figures)} documents ({len(SWEEPS)} types at {sum(len(r) for *_, r in SWEEPS)} lengths, and the fixtures), "
          f"{pages[0]}–{pages[-1]} pages; fewest body lines above Nơi nhận on a last page: {fewest}")
    assert not alone, f"Nơi nhận and the signature alone on the last page: {alone}"
