"""Very large documents (2,000 bullets, 500 recipients) and a bounded sample of property-test
documents opened by LibreOffice headless: it must convert every one without error."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings

from tests.conftest import SOFFICE, needs_libreoffice
from tests.strategies import PROPERTY, STRATEGIES
from tests.strategies.shared import EMOJI, JINJA, XML, Sample, nfc
from tests.test_properties import render_and_verify

LIBREOFFICE_SAMPLE = 3  # documents per type from the property strategies


def large_sample() -> Sample:
    """A plan with 2,000 bullets and 500 recipients, hostile text in each."""
    hostile = XML + JINJA + EMOJI
    sample = Sample({
        "loai": "ke_hoach_truyen_thong", "ky_hieu": "KH-UBND", "dia_danh": "Đông Sơn",
        "co_quan": {"ten": ["Ủy ban nhân dân", "xã Đông Sơn"]}, "ngay": {"nam": 2026},
        "trich_yeu": "Truyền thông về bình đẳng giới năm 2026",
        "mo_dau": ["Ủy ban nhân dân xã ban hành Kế hoạch như sau:"],
        "yeu_cau": ["Thiết thực, hiệu quả."],
        "nhiem_vu": {"nhom": [{"ten": "Tuyên truyền", "noi_dung": ["Tổ chức tuyên truyền."]}]},
        "kinh_phi": "Ngân sách xã.",
        "to_chuc_thuc_hien": [{"co_quan": "Công chức Văn hóa - Xã hội", "noi_dung": ["Chủ trì thực hiện."]}],
        "ket_luan": ["Đề nghị các cơ quan triển khai thực hiện."],
        "chu_ky": {"chuc_danh": ["KT. Chủ tịch", "Phó Chủ tịch"], "ho_ten": "Nguyễn Văn An"},
    })
    bullets = [f"Ý thứ {i} {hostile[i % len(hostile)]} về bình đẳng giới" for i in range(1, 2001)]
    sample.data["muc_dich"] = [{"gach": [b.replace("\\", "\\\\").replace("*", "\\*") for b in bullets]}]
    for bullet in bullets:
        sample.want("than", "- " + nfc(bullet))
    names = [f"Ủy ban nhân dân {hostile[i % len(hostile)]} xã số {i}" for i in range(1, 501)]
    sample.data["noi_nhan"] = {"danh_sach": names, "luu": "VHXH"}
    for name in names:
        sample.want("noi_nhan", f"- {name};")
    return sample


def test_2000_bullets_and_500_recipients_render_exactly_and_pass_the_checker():
    render_and_verify("ke_hoach_truyen_thong", large_sample())


def _samples() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for loai, module in sorted(STRATEGIES.items()):
        @settings(PROPERTY, max_examples=LIBREOFFICE_SAMPLE)
        @given(module.documents())
        def collect(sample: Sample) -> None:
            out.append((loai, render_and_verify(loai, sample)))

        collect()
    out.append(("lon", render_and_verify("ke_hoach_truyen_thong", large_sample())))
    return out


@pytest.mark.libreoffice
@needs_libreoffice
def test_libreoffice_converts_a_bounded_sample(tmp_path: Path):
    files = []
    for i, (loai, data) in enumerate(_samples()):
        files.append(tmp_path / f"{i:02d}_{loai}.docx")
        files[-1].write_bytes(data)
    profile = (tmp_path / "lo_profile").as_uri()  # its own profile: other soffice runs do not interfere
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *map(str, files)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    for docx in files:
        pdf = tmp_path / "pdf" / f"{docx.stem}.pdf"
        assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"), (docx.name, result.stdout, result.stderr)
    print(f"LibreOffice converted {len(files)} documents")
