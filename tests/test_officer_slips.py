"""One test per slip officers were seen to make (issue 13, "Why"): each ends in a refusal that
names the line and says what to write, or in a document written with a CẢNH BÁO naming the line;
never in a finished-looking document that is changed, doubled, or failed by our own checker."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.cli import main
from tests.conftest import FIXTURES
from tests.minimal import MINIMAL, assert_reported, replace

COMMUNE = (FIXTURES / "ke_hoach_truyen_thong_xa_trieu_son_2026.yaml").read_text(encoding="utf-8")
ANNUAL = (FIXTURES / "ke_hoach_bdg_vstbcpn_loc_binh_2024.yaml").read_text(encoding="utf-8")


def commune(old: str, new: str) -> str:
    return replace(old, new, COMMUNE)


def render_cli(text: str, tmp_path: Path, capsys, *extra: str) -> tuple[int, str, Path]:
    source = tmp_path / "ke_hoach.yaml"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    status = main(["render", str(source), "-o", str(out), *extra])
    return status, capsys.readouterr().err.replace(str(source), "ke_hoach.yaml"), out / "ke_hoach.docx"


# -- a number typed by hand is doubled ------------------------------------------------------------
@pytest.mark.parametrize(("old", "new", "field", "line", "typed"), [
    ("  - ten: Tuyên truyền", "  - ten: 1. Tuyên truyền", "nhiem_vu.nhom[1].ten", 16, "'1.'"),
    ("nhiem_vu:\n  nhom:", "nhiem_vu:\n  tieu_de: III. Nhiệm vụ và giải pháp\n  nhom:", "nhiem_vu.tieu_de", 15, "'III.'"),
    ("- gach: [Thiết thực., Hiệu quả.]", "- gach: [Thiết thực., '- Hiệu quả.']", "yeu_cau[1].gach[2]", 13, "'-'"),
    ("  noi_dung: [chủ trì thực hiện.]", "  noi_dung: [a) chủ trì thực hiện.]", "", 0, ""),  # a paragraph may be numbered by hand
])
def test_a_label_the_library_writes_is_refused_when_typed(old, new, field, line, typed):
    text = replace(old, new)
    if not field:
        bdg_docs.render(bdg_docs.loads(text))  # no label is written before a paragraph: nothing doubled
        return
    assert_reported(text, "kh.yaml", field, line, f"bắt đầu bằng {typed}")
    assert_reported(text, "kh.yaml", field, line, "Viết '")  # the text to write instead


def test_a_dash_typed_twice_says_so_with_the_text_to_write():
    text = replace("- gach: [Thiết thực., Hiệu quả.]", "- gach:\n  - - Thiết thực.\n  - Hiệu quả.")
    assert_reported(text, "kh.yaml", "yeu_cau[1].gach[1]", 14, "hai dấu '-'")
    assert_reported(text, "kh.yaml", "yeu_cau[1].gach[1]", 14, "'- Thiết thực.'")


def test_a_bullet_opening_with_a_signed_figure_is_not_taken_for_a_typed_dash():
    text = replace("- gach: [Thiết thực., Hiệu quả.]", "- gach: [Thiết thực., '-5% số vụ bạo lực gia đình so với năm trước.']")
    document = bdg_docs.loads(text)
    assert [str(g.noi_dung) for g in document.yeu_cau[0].gach][-1] == "-5% số vụ bạo lực gia đình so với năm trước."
    assert bdg_docs.check(bdg_docs.render(document)).ok


# -- YAML changes the text quietly ------------------------------------------------------------------
def test_text_cut_by_a_hashtag_is_refused_with_the_quoted_line(tmp_path, capsys):
    text = commune("các nhóm Zalo của xã, thôn, tổ dân phố.", "các nhóm Zalo của xã với thẻ #binhdanggioi và trên loa.")
    status, err, docx = render_cli(text, tmp_path, capsys)
    assert status == 1 and not docx.exists()
    assert "ke_hoach.yaml:33:" in err and "#binhdanggioi và trên loa." in err and 'dấu nháy: "Tuyên truyền' in err


def test_a_bullet_indented_too_deep_is_not_merged_into_the_one_above(tmp_path, capsys):
    text = commune("  - Lồng ghép truyền thông về bình đẳng giới trong các chương trình",
                   "    - Lồng ghép truyền thông về bình đẳng giới trong các chương trình")
    status, err, docx = render_cli(text, tmp_path, capsys)
    assert status == 1 and not docx.exists()
    assert "ke_hoach.yaml:26:" in err and "bị nhập vào đoạn chữ ở dòng 25" in err and "thẳng cột" in err


def test_a_bullet_indented_too_little_is_written_with_a_warning_naming_its_line(tmp_path, capsys):
    text = commune("  - Lồng ghép truyền thông về bình đẳng giới trong các chương trình",
                   "- Lồng ghép truyền thông về bình đẳng giới trong các chương trình")
    status, err, docx = render_cli(text, tmp_path, capsys)
    assert status == 0 and docx.exists()
    assert "CẢNH BÁO ke_hoach.yaml:26:" in err and "không có dấu '-'" in err


def test_a_paragraph_after_a_list_with_a_blank_line_above_is_as_meant(tmp_path, capsys):
    text = commune("  - Lồng ghép truyền thông về bình đẳng giới trong các chương trình",
                   "\n- Lồng ghép truyền thông về bình đẳng giới trong các chương trình")
    status, err, _ = render_cli(text, tmp_path, capsys)
    assert status == 0 and "CẢNH BÁO" not in err


def test_a_comment_after_a_list_item_is_shown_as_a_warning(tmp_path, capsys):
    text = commune("các nhóm Zalo của xã, thôn, tổ dân phố.", "các nhóm Zalo của xã # và trên loa.")
    status, err, _ = render_cli(text, tmp_path, capsys)
    assert status == 0 and "CẢNH BÁO ke_hoach.yaml:" in err and "không được in" in err


def test_numbers_in_text_keep_the_digits_typed():
    document = bdg_docs.loads(commune("thoi_gian: Quý II năm 2026", "thoi_gian: 1.50"))
    assert document.nhiem_vu.nhom[1].hoat_dong[0].thoi_gian.plain == "1.50"
    document = bdg_docs.loads(replace("  noi_dung: [chủ trì thực hiện.]", "  noi_dung: [0123]"))
    assert document.to_chuc_thuc_hien[0].noi_dung[0].plain == "0123"


# -- the renderer writes what the checker calls an error ----------------------------------------------
def test_a_trich_yeu_in_capitals_is_refused_not_written(tmp_path, capsys):
    text = commune("trich_yeu: Truyền thông về bình đẳng giới năm 2026 trên địa bàn xã Triệu Sơn",
                   "trich_yeu: TRUYỀN THÔNG VỀ BÌNH ĐẲNG GIỚI NĂM 2026")
    status, err, docx = render_cli(text, tmp_path, capsys)
    assert status == 1 and not docx.exists()
    assert "ke_hoach.yaml:9:" in err and "in hoa toàn bộ" in err and "'Truyền thông về bình đẳng giới năm 2026'" in err


def test_a_bold_title_ending_with_a_full_stop_is_refused(tmp_path, capsys):
    status, err, docx = render_cli(commune("  - ten: Các hoạt động cụ thể", "  - ten: Các hoạt động cụ thể."),
                                   tmp_path, capsys)
    assert status == 1 and not docx.exists()
    assert "ke_hoach.yaml:35:" in err and "R32" not in err and "Bỏ dấu '.' ở cuối tiêu đề" in err


@pytest.mark.parametrize("year", ["26", "10000", "2101"])
def test_a_year_out_of_range_gets_the_one_message(year, tmp_path, capsys):
    source = tmp_path / "kh.yaml"
    source.write_text(ANNUAL, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["render", str(source), "-o", str(tmp_path / "out"), "--year", year])
    assert exit_.value.code == 2
    assert f"năm {year} không hợp lệ: ghi năm đủ 4 chữ số, từ 2000 đến 2100." in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    with pytest.raises(bdg_docs.InputError, match=f"năm {year} không hợp lệ: ghi năm đủ 4 chữ số"):
        bdg_docs.loads(replace("ngay: {ngay: 5, thang: 3, nam: 2026}", f"ngay: {{nam: {year}}}"))


# -- placeholders of the starter files --------------------------------------------------------------
@pytest.mark.parametrize("kind", ["ke-hoach-truyen-thong", "cong-van-huong-dan", "ke-hoach-bdg-vstbcpn"])
def test_a_starter_rendered_as_it_is_names_every_placeholder(kind, tmp_path, capsys):
    source = tmp_path / "moi.yaml"
    assert main(["new", kind, "-o", str(source), "--year", "2026"]) == 0
    capsys.readouterr()
    assert main(["render", str(source), "-o", str(tmp_path / "out")]) == 0  # still renders, for trying the tool
    err = capsys.readouterr().err
    starter = source.read_text(encoding="utf-8")
    for placeholder in ("Tên Xã", "Nguyễn Văn A", "01/KH-UBND ngày 15/01/2026", "01/QĐ-UBND ngày 05/01/2026"):
        number = placeholder.split(" ngày ")[0]
        if number in starter:
            assert f"'{placeholder}" in err or f"số {placeholder}'" in err, (placeholder, err)
    assert all(line.startswith("CẢNH BÁO moi.yaml:") or line.startswith("CẢNH BÁO " + str(source) + ":")
               for line in err.splitlines() if line.startswith("CẢNH BÁO"))


# -- one mistake, one message ----------------------------------------------------------------------
@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ("ngay: {thang: 3, nam: 2026}", "ngay: {ngay: 31, thang: 2, nam: 2026}", "ngay", "không có thật"),
    ("dia_phuong: xa_trieu_son", "dia_phuong: xa_trieu_sonn", "dia_phuong", "xa_trieu_son (xã Triệu Sơn"),
    ("ngay: {thang: 3, nam: 2026}", "ngay: {ngay: 5, thang: 3, nam: 2024}", "dia_phuong", "từ ngày 01/7/2025"),
    ("ngay: {thang: 3, nam: 2026}", "ngay: mồng 8 tháng chạp", "ngay", "ngay: 08/12/2026"),
    ("ngay: {thang: 3, nam: 2026}", "", "ngay", "thiếu"),
])
def test_when_the_profile_cannot_be_applied_that_is_the_one_problem(old, new, field, words):
    with pytest.raises(bdg_docs.InputError) as info:
        bdg_docs.loads(commune(old, new), filename="kh.yaml")
    (problem,) = info.value.problems
    assert problem.field == field and words in problem.message + (problem.hint or "") and problem.line


@pytest.mark.parametrize("written", ["08/12/2026", "8/12/2026", "ngày 08 tháng 12 năm 2026", "'  /12/2026'",
                                     "tháng 12 năm 2026", "2026-12-08"])
def test_the_date_forms_officers_type_are_read(written):
    document = bdg_docs.loads(commune("ngay: {thang: 3, nam: 2026}", f"ngay: {written}"))
    assert (document.ngay.thang, document.ngay.nam) == (12, 2026) and document.ngay.ngay in (8, None)


# -- the signature never alone, the trích yếu not broken before its number -----------------------------
def _document_xml(document) -> str:
    return zipfile.ZipFile(io.BytesIO(bdg_docs.render(document))).read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.stem)
def test_the_last_paragraph_keeps_with_the_signature(fixture):
    xml = _document_xml(bdg_docs.load(fixture))
    signature = xml.rindex("<w:tbl>")
    last = xml.rindex("<w:p>", 0, signature)
    assert "<w:keepNext/>" in xml[last:signature] and xml[last:signature].count("<w:keepNext/>") == 1


def test_a_number_stays_with_its_word_in_the_trich_yeu():
    document = bdg_docs.loads(commune("trich_yeu: Truyền thông về bình đẳng giới năm 2026 trên địa bàn xã Triệu Sơn",
                                      "trich_yeu: Thực hiện Kế hoạch số 87/KH-UBND năm 2026"))
    xml = _document_xml(document)
    assert "Kế hoạch số\u00a087/KH-UBND năm\u00a02026" in xml
    report = bdg_docs.check(bdg_docs.render(document))
    assert report.ok and "87/KH-UBND" not in " ".join(f.excerpt for f in report.findings)


# -- small things -----------------------------------------------------------------------------------
def test_a_second_render_reports_the_datas_errors_before_the_file_that_exists(tmp_path, capsys):
    status, _, docx = render_cli(MINIMAL, tmp_path, capsys)
    assert status == 0 and docx.exists()
    status, err, _ = render_cli(replace("ngay: {ngay: 5, thang: 3, nam: 2026}", "ngay: {ngay: 31, thang: 2, nam: 2026}"),
                                tmp_path, capsys)
    assert status == 1 and "không có thật" in err and "đã có" not in err


def test_new_says_what_to_run_next(tmp_path, capsys):
    target = tmp_path / "kh.yaml"
    assert main(["new", "ke-hoach-truyen-thong", "-o", str(target), "--year", "2026"]) == 0
    assert f"bdg-docs render {target} -o out" in capsys.readouterr().out


def test_citations_say_their_standing_in_vietnamese(capsys):
    assert main(["citations", "2232", "--day-du"]) == 0
    out = capsys.readouterr().out
    assert "tình trạng: có thời kỳ thực hiện đến ngày 31/12/2025" in out
    assert "tình trạng: expired" not in out
