"""Nothing an officer has is lost: inputs and templates are never changed, a failed or
interrupted batch keeps every finished document, a damaged .docx never crashes the checker."""
from __future__ import annotations

import functools
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bdg_docs
from bdg_docs.cli import main
from bdg_docs.rendering import engine
from tests.conftest import TRIEU_SON
from tests.minimal import MINIMAL, replace
from tests.strategies import QUICK


def digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_rendering_changes_neither_the_data_file_nor_the_template(tmp_path: Path):
    template = engine.template_path()
    before = digest(TRIEU_SON), digest(template)
    assert main(["render", str(TRIEU_SON), "-o", str(tmp_path), "--force"]) == 0
    bdg_docs.render(bdg_docs.load(TRIEU_SON), template=template)
    assert (digest(TRIEU_SON), digest(template)) == before


def test_a_template_object_is_never_reused_stale():
    """Rendering another document in between gives the same bytes again (no state kept)."""
    first, other = bdg_docs.loads(MINIMAL), bdg_docs.load(TRIEU_SON)
    a = bdg_docs.render(first)
    bdg_docs.render(other)
    assert bdg_docs.render(first) == a


def test_a_failed_batch_keeps_finished_documents_and_lists_the_failures(tmp_path: Path, capsys):
    good = [tmp_path / f"tot_{i}.yaml" for i in range(2)]
    for path in good:
        path.write_text(MINIMAL, encoding="utf-8")
    bad = tmp_path / "sai.yaml"
    bad.write_text(replace("ky_hieu: KH-UBND", "ky_hieu: UBND-KH"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["render", str(good[0]), str(bad), str(good[1]), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert f"LỖI {bad}" in captured.err and "2 tệp đã tạo, 1 tệp lỗi" in captured.err
    assert sorted(p.name for p in out.iterdir()) == ["tot_0.docx", "tot_1.docx"]


def test_an_interrupted_batch_keeps_finished_documents_and_leaves_no_partial_file(tmp_path: Path, monkeypatch):
    import bdg_docs.files as files

    sources = []
    for i in range(3):
        sources.append(tmp_path / f"kh_{i}.yaml")
        sources[-1].write_text(MINIMAL, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "kh_1.docx").write_bytes(b"ban cu da sua")  # an older file the interrupted write must keep
    real_fsync, calls = files.os.fsync, []

    def interrupt(fd: int) -> None:  # Ctrl+C while the second file is being written
        calls.append(fd)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", interrupt)
    assert main(["render", *map(str, sources), "-o", str(out), "--force"]) == 130  # interrupted
    assert sorted(p.name for p in out.iterdir()) == ["kh_0.docx", "kh_1.docx"]  # no temporary file left
    assert zipfile.is_zipfile(out / "kh_0.docx")
    assert (out / "kh_1.docx").read_bytes() == b"ban cu da sua"


@functools.lru_cache(maxsize=1)
def _good_docx() -> bytes:
    return bdg_docs.render(bdg_docs.loads(MINIMAL))


@QUICK
@given(data=st.data())
def test_checking_a_damaged_docx_never_crashes(data: st.DataObject):
    """Truncated, bit-flipped, or with a part damaged: a Report or a DocxReadError, nothing else."""
    good_docx = _good_docx()
    how = data.draw(st.sampled_from(["truncate", "flip", "part"]))
    if how == "truncate":
        damaged = good_docx[: data.draw(st.integers(0, len(good_docx) - 1))]
    elif how == "flip":
        blob = bytearray(good_docx)
        for at in data.draw(st.lists(st.integers(0, len(blob) - 1), min_size=1, max_size=8)):
            blob[at] ^= data.draw(st.integers(1, 255))
        damaged = bytes(blob)
    else:
        with zipfile.ZipFile(io.BytesIO(good_docx)) as z:
            parts = {name: z.read(name) for name in z.namelist()}
        name = data.draw(st.sampled_from(sorted(parts)))
        content = parts[name]
        cut = data.draw(st.integers(0, len(content)))
        parts[name] = content[:cut] + data.draw(st.binary(max_size=20)) + content[cut + 1:]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for part_name, part in parts.items():
                z.writestr(part_name, part)
        damaged = buf.getvalue()
    try:
        bdg_docs.check(damaged)
    except bdg_docs.DocxReadError as exc:
        assert str(exc)


def test_a_zip_bomb_is_refused_without_reading_it(tmp_path: Path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b" " * 300_000_000)
    with pytest.raises(bdg_docs.DocxReadError, match="quá lớn"):
        bdg_docs.check(buf.getvalue())


# ------------------------------------------------------------------------ reading input
def test_read_input_refuses_what_is_not_a_regular_file_by_its_type(tmp_path: Path):
    import os

    from bdg_docs.errors import UnreadableFile
    from bdg_docs.files import read_input

    fifo = tmp_path / "ong.yaml"
    os.mkfifo(fifo)  # opening it to read would block until a writer came
    for path, kind in ((fifo, "FIFO"), (tmp_path, "thư mục"), (Path("/dev/zero"), "thiết bị"),
                       (tmp_path / "khong_co.yaml", "không tìm thấy tệp")):
        with pytest.raises(UnreadableFile, match=kind):
            read_input(path, 1000)
    regular = tmp_path / "a.yaml"
    regular.write_bytes(b"x" * 1000)
    (tmp_path / "lien_ket.yaml").symlink_to(regular)
    assert read_input(tmp_path / "lien_ket.yaml", 1000) == b"x" * 1000
    with pytest.raises(UnreadableFile, match="lớn hơn"):
        read_input(regular, 999)


def test_read_input_stops_at_its_limit_when_the_file_says_it_is_smaller(tmp_path: Path, monkeypatch):
    """A file that grows while read, or a system file that claims 0 bytes, is read to the limit only."""
    import os

    import bdg_docs.files as files
    from bdg_docs.errors import UnreadableFile

    path = tmp_path / "a.yaml"
    path.write_bytes(b"x" * 5000)
    real = os.fstat

    def claims_nothing(fd: int):  # type: ignore[no-untyped-def]
        info = list(real(fd))
        info[6] = 0  # st_size
        return os.stat_result(info)

    monkeypatch.setattr(files.os, "fstat", claims_nothing)
    monkeypatch.setattr(files, "READ_CHUNK_BYTES", 1024)
    with pytest.raises(UnreadableFile, match="lớn hơn"):
        files.read_input(path, 3000)


def test_inflate_counts_what_it_inflates_and_stops_at_the_limit():
    from bdg_docs.errors import UnreadableFile
    from bdg_docs.files import inflate

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.xml", b"<a/>" * 1000)
        z.writestr("b.bin", b"\0" * 10_000_000)
    assert inflate(buf.getvalue(), 5000, wanted=lambda name: name.endswith(".xml")) == {"a.xml": b"<a/>" * 1000}
    with pytest.raises(UnreadableFile, match="giải nén ra hơn"):
        inflate(buf.getvalue(), 1_000_000)


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_get_the_permissions_the_umask_gives(tmp_path: Path, umask: int, mode: int):
    import os

    from bdg_docs.files import write_atomic

    before = os.umask(umask)
    try:
        for overwrite in (False, True):
            target = write_atomic(tmp_path / "van_ban.docx", b"x", overwrite=overwrite)
            assert target.stat().st_mode & 0o777 == mode
    finally:
        os.umask(before)
    assert [p.name for p in tmp_path.iterdir()] == ["van_ban.docx"]


def test_writing_into_a_folder_that_is_a_file_says_so(tmp_path: Path):
    from bdg_docs.files import check_output_folder, os_reason, write_atomic

    blocked = tmp_path / "ra"
    blocked.write_text("x")
    assert check_output_folder(blocked / "con") == f"{blocked} là một tệp, không phải thư mục"
    assert check_output_folder(tmp_path / "moi" / "con") is None
    with pytest.raises(NotADirectoryError) as failed:
        write_atomic(blocked / "van_ban.docx", b"x")
    assert "không phải thư mục" in os_reason(failed.value)


def test_a_directory_entry_stating_an_unknown_zip_version_is_a_read_error():
    """A damaged central directory can state a zip version zipfile refuses with NotImplementedError."""
    blob = bytearray(_good_docx())
    entry = blob.find(b"PK\x01\x02")  # the first central directory entry
    blob[entry + 6] = 72  # "version needed to extract": 7.2
    with pytest.raises(bdg_docs.DocxReadError, match="không phải .docx"):
        bdg_docs.check(bytes(blob))
