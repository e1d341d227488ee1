"""Every fixture rendered, read back with ``nhap`` and rendered again gives the same document:
the same text (recall and precision 1.0), the same layout dump (so the snapshots of
tests/documents agree), with nothing to review; and the same through a copy LibreOffice saved."""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.reader.dump import dump_docx
from tests.conftest import DATA, all_fixtures, needs_libreoffice, rendered, saved_by_libreoffice
from tests.fidelity import docx_tokens
from tests.importing import assert_loads_without_slips


def _same_text(made: bytes, original: bytes) -> tuple[float, float]:
    """Recall and precision of ``made`` against ``original``, token by token, in order."""
    ref, gen = docx_tokens(original), docx_tokens(made)
    matched = sum(b.size for b in difflib.SequenceMatcher(None, ref, gen, autojunk=False).get_matching_blocks())
    return matched / len(ref), matched / len(gen)


def _again(source: bytes | Path, name: str) -> tuple[bdg_docs.importing.Imported, bytes]:  # type: ignore[name-defined]
    imported = bdg_docs.nhap(source, filename=f"{name}.docx")
    assert imported.valid, imported.problems
    assert_loads_without_slips(imported.yaml)
    return imported, bdg_docs.render(imported.document)


@pytest.mark.parametrize("path", all_fixtures(), ids=lambda p: p.stem)
def test_render_nhap_render_gives_the_same_document(path: Path):
    first = rendered(path)
    imported, second = _again(first, path.stem)
    assert imported.reviews == ()
    assert imported.read == imported.placed and imported.to_review == 0
    assert _same_text(second, first) == (1.0, 1.0)
    assert dump_docx(second) == dump_docx(first)


@pytest.mark.parametrize("path", all_fixtures(), ids=lambda p: p.stem)
def test_the_imported_data_file_lays_out_as_the_fixture(path: Path):
    imported = bdg_docs.nhap(rendered(path), filename=f"{path.stem}.yaml")
    again, original = bdg_docs.loads(imported.yaml, filename=f"{path.stem}.yaml").page(), bdg_docs.load(path).page()
    assert [_shown(p) for p in again.than] == [_shown(p) for p in original.than]
    for name in ("co_quan", "chu_quan", "so", "dia_danh_ngay", "trich_yeu", "vv", "kinh_gui", "chuc_danh", "ho_ten",
                 "noi_nhan"):
        assert getattr(again, name) == getattr(original, name), name


def _shown(block: object) -> tuple[str | None, str]:
    """A body block's style and words (a table by its cells)."""
    if hasattr(block, "rows"):
        return None, repr([[("".join(r.text for r in c.runs)) for c in row] for row in block.rows])  # type: ignore[attr-defined]
    return block.style, block.text  # type: ignore[attr-defined]


SAVED_COPIES = [p for p in all_fixtures() if (DATA / "word" / f"lo_{p.stem}.docx").exists()]


def test_the_corpus_keeps_a_libreoffice_copy_of_most_fixtures():
    assert len(SAVED_COPIES) >= 5


@pytest.mark.parametrize("path", SAVED_COPIES, ids=lambda p: p.stem)
def test_a_copy_libreoffice_saved_reads_back_the_same(path: Path):
    """The corpus keeps fixtures as LibreOffice saved them (tests/data/word/lo_<fixture>.docx; every
    fixture, with this machine's LibreOffice, in the next test)."""
    first = rendered(path)
    _, second = _again(DATA / "word" / f"lo_{path.stem}.docx", path.stem)
    assert _same_text(second, first) == (1.0, 1.0)
    assert dump_docx(second) == dump_docx(first)


@pytest.mark.libreoffice
@needs_libreoffice
def test_copies_libreoffice_saves_now_read_back_the_same(tmp_path: Path):
    """The same with this machine's LibreOffice, one run for every fixture."""
    saved = saved_by_libreoffice(tmp_path)
    for path in all_fixtures():
        _, second = _again(saved[path.stem], path.stem)
        assert _same_text(second, rendered(path)) == (1.0, 1.0), path.name
        assert dump_docx(second) == dump_docx(rendered(path)), path.name


def test_an_annual_plan_read_back_rolls_forward_as_the_original_does():
    """nhap then render --year N+1 is the officer's yearly task: it gives what the data file would."""
    path = next(p for p in all_fixtures() if p.stem.startswith("ke_hoach_bdg_vstbcpn"))
    original = bdg_docs.load(path)
    imported = bdg_docs.nhap(rendered(path))
    assert imported.data["nam"] == original.nam
    year = original.nam + 1
    rolled, expected = bdg_docs.roll_forward(imported.document, year), bdg_docs.roll_forward(original, year)
    assert dump_docx(bdg_docs.render(rolled)) == dump_docx(bdg_docs.render(expected))
    assert [p.message for p in rolled.canh_bao()] == [p.message for p in expected.canh_bao()]
    with pytest.raises(bdg_docs.InputError, match="không còn cấp huyện"):  # a district's plan stops at 2025, as the original's
        bdg_docs.roll_forward(imported.document, original.nam + 2)
