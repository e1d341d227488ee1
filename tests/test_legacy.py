"""Legacy Vietnamese encodings: detection, conversion, the bdg-docs chuyen_ma command."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bdg_docs import legacy
from bdg_docs.cli import main
from tests.minimal import MINIMAL, replace
from tests.strategies import QUICK
from tests.strategies.shared import VIET

UNICODE = "Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc Ủy ban nhân dân huyện Triệu Sơn".split()


def test_both_encodings_are_detected_and_converted():
    assert legacy.convert("UBND huyÖn TriÖu S¬n") == "UBND huyện Triệu Sơn"
    assert legacy.convert("Ñoäc laäp - Töï do - Haïnh phuùc") == "Độc lập - Tự do - Hạnh phúc"
    assert legacy.detect("café Noël «Luật» © 2024 Müller") is None


@QUICK
@given(st.lists(st.sampled_from(UNICODE + VIET), min_size=1, max_size=12))
def test_unicode_vietnamese_is_never_taken_for_legacy(words: list[str]):
    text = " ".join(words)
    assert legacy.detect(text) is None
    assert legacy.convert(text) == text


def test_chuyen_ma_writes_a_new_unicode_file_that_renders(tmp_path: Path, capsys):
    source = tmp_path / "cu.yaml"
    text = replace("ho_ten: Nguyễn Văn An", "ho_ten: NguyÔn V¨n An")
    source.write_text(text, encoding="utf-8")
    assert main(["chuyen_ma", str(source)]) == 0
    fixed = tmp_path / "cu.unicode.yaml"
    assert fixed.read_text(encoding="utf-8") == MINIMAL
    assert source.read_text(encoding="utf-8") == text  # the original is kept
    assert main(["chuyen_ma", str(source)]) == 1  # and the result is not overwritten silently
    assert "--force" in capsys.readouterr().err
    assert main(["render", str(fixed), "-o", str(tmp_path / "out")]) == 0
