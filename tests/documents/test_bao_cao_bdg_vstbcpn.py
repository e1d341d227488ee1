"""The annual report: the commune fixture, its indicator table in the body or as an appendix,
the plan it reports on, warnings, bad input, and the PDF through LibreOffice."""
from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.cli import main
from bdg_docs.documents.bao_cao_bdg_vstbcpn import CHO_GHI_TAY, BaoCaoBdgVstbcpn
from bdg_docs.documents.base import VanBanCoTenLoai
from bdg_docs.layout import Table
from bdg_docs.reader.docx import read
from bdg_docs.reader.dump import dump_docx
from tests.conftest import FIXTURES, SOFFICE, needs_libreoffice, rendered

XA_TRIEU_SON = FIXTURES / "bao_cao_bdg_vstbcpn_xa_trieu_son_2026.yaml"
TEXT = XA_TRIEU_SON.read_text(encoding="utf-8")
APPENDIX = ("bang_chi_tieu:\n", "bang_chi_tieu:\n  phu_luc: true\n")


def change(old: str, new: str, text: str = TEXT) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def problems(text: str) -> list[bdg_docs.Problem]:
    with pytest.raises(bdg_docs.InputError) as info:
        bdg_docs.loads(text, filename="bc.yaml")
    return list(info.value.problems)


def blocks(text: str = TEXT) -> tuple:
    return bdg_docs.lay_out(bdg_docs.loads(text)).than


def body(text: str = TEXT) -> list[str]:
    return [b.text for b in blocks(text) if not isinstance(b, Table)]


def table(text: str = TEXT) -> Table:
    return next(b for b in blocks(text) if isinstance(b, Table))


def cells(row: tuple) -> list[str]:
    return ["".join(r.text for r in cell.runs) for cell in row]


# -- the fixture --------------------------------------------------------------------------------
def test_layout_dump_snapshot(snapshot):
    assert dump_docx(rendered(XA_TRIEU_SON)) == snapshot


def test_layout_dump_snapshot_with_the_table_as_an_appendix(snapshot):
    assert dump_docx(bdg_docs.render(bdg_docs.loads(change(*APPENDIX)))) == snapshot


@pytest.mark.parametrize("variant", ["trong thân", "phụ lục"])
def test_the_report_passes_the_checker_with_no_finding_and_no_warning(variant: str):
    text = TEXT if variant == "trong thân" else change(*APPENDIX)
    report = bdg_docs.loads(text)
    assert report.canh_bao() == ()
    result = bdg_docs.check(bdg_docs.render(report))
    assert list(result.findings) == [], [str(f) for f in result.findings]
    assert (result.kind, result.type_name) == ("co_ten_loai", "BÁO CÁO")


def test_the_report_is_a_typed_document_registered_under_its_name():
    assert issubclass(BaoCaoBdgVstbcpn, VanBanCoTenLoai)
    assert bdg_docs.DOCUMENT_TYPES["bao_cao_bdg_vstbcpn"] is BaoCaoBdgVstbcpn
    page = bdg_docs.lay_out(bdg_docs.load(XA_TRIEU_SON))
    assert (page.ten_loai, page.so) == ("BÁO CÁO", "Số:\xa0\xa0\xa0\xa0\xa0\xa0/BC-UBND")
    assert page.trich_yeu.endswith("trên địa bàn xã Triệu Sơn năm\u00a02026")
    assert page.co_quan == ("ỦY BAN NHÂN DÂN", "XÃ TRIỆU SƠN")


def test_sections_follow_the_report_outline_and_the_plan_is_cited_first():
    texts = body()
    assert texts[0].startswith("Thực hiện Kế hoạch số 12/KH-UBND ngày 20/02/2026 của Ủy ban nhân dân xã Triệu Sơn về")
    assert [t for t in texts if re.match(r"^[IVX]+\. ", t)] == [
        "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027", "V. ĐỀ XUẤT, KIẾN NGHỊ"]
    assert [t for t in texts if re.match(r"^\d\. ", t)][:6] == [
        "1. Tuyên truyền nâng cao nhận thức, thay đổi hành vi về bình đẳng giới",
        "2. Nâng cao năng lực quản lý nhà nước về bình đẳng giới",
        "3. Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới "
        "từ ngày 15/11/2026 đến ngày 15/12/2026",
        "4. Công tác kiểm tra, giám sát",
        "5. Kết quả thực hiện các chỉ tiêu về bình đẳng giới năm\xa02026",
        "6. Kinh phí thực hiện"]
    assert texts[-1].endswith("xã Triệu Sơn./.")


def test_only_results_are_printed_not_the_planned_activities():
    texts = body()
    assert "- Tổ chức 02 lớp tập huấn cho 86 học viên là cán bộ, công chức xã, trưởng thôn, tổ dân phố và chi hội trưởng phụ nữ." in texts
    assert not any("Tập huấn kiến thức về giới cho cán bộ" in t for t in texts)


def test_the_indicator_table_columns_and_values():
    t = table()
    assert t.header == ("TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", "Kết quả năm 2026", "Tỷ lệ đạt", "So với năm 2025",
                        "Ghi chú")
    rows = [cells(r) for r in t.rows]
    assert rows[0] == ["1", "Số cuộc truyền thông, phổ biến, cập nhật thông tin về pháp luật, chính sách về bình đẳng "
                            "giới trong năm", "cuộc", "ít nhất 2 (năm 2030)", "12", "600%", "tăng 2", ""]
    assert rows[2] == ["3", "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã", "%", "25", "22,7", "90,8%", "tăng 2,2", ""]
    assert rows[5][3:6] == ["200", "91", "45,5%"]  # 0.455 as a share
    assert rows[6][4:7] == ["4.234,5", "", "tăng 284,5"]  # 1234.5-style numbers; no target, no share
    assert [r.style for r in t.rows[0]][:4] == ["BDGBangSo", "BDGBang", "BDGBangSo", "BDGBangSo"]


def test_a_target_that_is_a_ceiling_gets_no_share():
    text = change("  - chi_tieu: nq28_3_2a\n    ket_qua: 100\n", "  - chi_tieu: nq28_2_2\n    ket_qua: 28\n")
    row = cells(table(text).rows[3])
    assert row[3:6] == ["dưới 25 (năm 2030)", "28", ""]


def test_the_budget_is_in_figures_and_in_words():
    assert ("Kinh phí được giao năm 2026: 20.000.000 đồng (bằng chữ: Hai mươi triệu đồng); đã sử dụng: 15.500.000 đồng "
            "(bằng chữ: Mười lăm triệu năm trăm nghìn đồng), đạt 77,5% kinh phí được giao.") in body()


def test_the_word_table_repeats_its_header_row_and_rows_do_not_split():
    data = rendered(XA_TRIEU_SON)
    view = read(data)
    header, indicators, signature = view.tables
    assert (header.header_rows, indicators.header_rows, signature.header_rows) == (0, 1, 0)
    assert not indicators.borderless and sum(indicators.grid) == 9071  # as wide as the text
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    table_xml = re.findall(r"<w:tbl>.*?</w:tbl>", xml, flags=re.S)[1]
    rows = re.findall(r"<w:tr>.*?</w:tr>", table_xml, flags=re.S)
    assert len(rows) == 8 and all("<w:cantSplit/>" in r for r in rows) and "<w:tblHeader/>" in rows[0]
    sizes = {r.size for _, _, c in indicators.cells() for p in c.paragraphs for r in p.visible_runs}
    assert sizes == {12.0}  # Decree 30 sizes for a table: 12–13 pt


# -- the appendix -------------------------------------------------------------------------------
def test_as_an_appendix_the_table_follows_the_signature_on_pages_numbered_from_1():
    text = change(*APPENDIX)
    page = bdg_docs.lay_out(bdg_docs.loads(text))
    assert not any(isinstance(b, Table) for b in page.than)
    assert "Kết quả thực hiện các chỉ tiêu chi tiết tại Phụ lục kèm theo Báo cáo này." in [
        b.text for b in page.than if not isinstance(b, Table)]
    (appendix,) = page.phu_luc
    assert appendix.label == "Phụ lục"
    assert appendix.title == "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU VỀ BÌNH ĐẲNG GIỚI NĂM\xa02026"
    assert appendix.kem_theo == ("(Kèm theo Báo cáo số \xa0\xa0\xa0\xa0\xa0\xa0/BC-UBND ngày \xa0\xa0\xa0\xa0\xa0 tháng 12 "
                                 "năm 2026 của Ủy ban nhân dân xã Triệu Sơn)")
    view = read(bdg_docs.render(bdg_docs.loads(text)))
    main_section, appendix_section = view.sections
    assert (main_section.page_start, appendix_section.page_start) == (None, 1)
    assert appendix_section.title_page and "default" in appendix_section.headers


def test_a_numbered_report_names_its_number_and_date_in_the_appendix():
    text = change("so:\nngay: {thang: 12, nam: 2026}", "so: 45\nngay: {ngay: 10, thang: 12, nam: 2026}", change(*APPENDIX))
    (appendix,) = bdg_docs.lay_out(bdg_docs.loads(text)).phu_luc
    assert appendix.kem_theo == "(Kèm theo Báo cáo số 45/BC-UBND ngày 10 tháng 12 năm 2026 của Ủy ban nhân dân xã Triệu Sơn)"


def test_the_checker_audits_the_appendix_after_the_signature():
    data = bdg_docs.render(bdg_docs.loads(change(*APPENDIX)))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    wrong = xml.replace('<w:pStyle w:val="BDGPhuLuc"/></w:pPr>', '<w:pStyle w:val="BDGPhuLuc"/><w:jc w:val="left"/></w:pPr>')
    assert wrong != xml
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, content in parts.items():
            z.writestr(name, wrong.encode("utf-8") if name == "word/document.xml" else content)
    assert [f.rule for f in bdg_docs.check(buffer.getvalue()).findings] == ["R47"]


# -- warnings ----------------------------------------------------------------------------------
def test_an_activity_without_its_result_is_printed_with_a_line_to_fill_in_and_warned():
    text = change("    ket_qua: Tổ chức 02 lớp tập huấn cho 86 học viên là cán bộ, công chức xã, trưởng thôn, tổ dân phố và "
                  "chi hội trưởng phụ nữ.\n", "    ket_qua:\n")
    report = bdg_docs.loads(text)
    assert f"- Tập huấn kiến thức về giới cho cán bộ, công chức xã và trưởng thôn, tổ dân phố: {CHO_GHI_TAY}" in body(text)
    (warning,) = report.canh_bao()
    assert warning.field == "ket_qua_thuc_hien[2].hoat_dong" and "1 hoạt động chưa ghi kết quả (hoạt động 1)" in warning.message
    assert bdg_docs.check(bdg_docs.render(report)).ok


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ("  - chi_tieu: nq28_3_2a\n", "  - chi_tieu: nq28_4_1\n", "bang_chi_tieu.dong[4].chi_tieu", "chưa được đối chiếu"),
    ("ngay: {thang: 12, nam: 2026}", "ngay: {ngay: 20, thang: 12, nam: 2026}", "ngay", "sau hạn 15/12/2026"),
    ("  da_su_dung: 15.500.000", "  da_su_dung: 25.500.000", "kinh_phi.da_su_dung", "lớn hơn kinh phí được giao"),
    ("  nam: 2026\n  han_bao_cao", "  nam: 2026\n  du_thao: true\n  han_bao_cao", "ke_hoach.du_thao", "bản dự thảo"),
])
def test_what_an_officer_must_still_check_is_warned(old, new, field, words):
    warnings = bdg_docs.loads(change(old, new)).canh_bao()
    assert any(w.field == field and words in w.message and w.hint for w in warnings), warnings


# -- bad input ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("old", "new", "field", "words", "hint"), [
    # a percentage above 100 where the unit is %
    ("    ket_qua: 34,3\n", "    ket_qua: 134,3\n", "bang_chi_tieu.dong[5].ket_qua", "134,3% nằm ngoài khoảng 0–100%", "0 đến 100"),
    ("    nam_truoc: 88,9\n", "    nam_truoc: 188,9\n", "bang_chi_tieu.dong[2].nam_truoc", "nằm ngoài khoảng 0–100%", "0 đến 100"),
    # a result with the wrong unit
    ("    ket_qua: 22,7\n", "    ket_qua: 22,7 người\n", "bang_chi_tieu.dong[3].ket_qua", "đơn vị 'người'", "'%'"),
    ("    ket_qua: 12\n", "    ket_qua: 12%\n", "bang_chi_tieu.dong[1].ket_qua", "tính bằng 'cuộc'", "'cuộc'"),
    # an indicator key that does not exist, with a did-you-mean
    ("  - chi_tieu: nq28_2_3\n", "  - chi_tieu: nq28_23\n", "bang_chi_tieu.dong[3].chi_tieu", "không có chỉ tiêu 'nq28_23'",
     "Có phải là 'nq28_2_3'?"),
    ("  - chi_tieu: xa_ts_nu_hdnd\n", "  - chi_tieu: xa_ts_nu_hdn\n", "bang_chi_tieu.dong[5].chi_tieu", "không có chỉ tiêu",
     "Có phải là 'xa_ts_nu_hdnd'?"),
    # a table row with missing cells
    ("  - chi_tieu: nq28_3_2a\n    ket_qua: 100\n", "  - chi_tieu: nq28_3_2a\n", "bang_chi_tieu.dong[4]", "thiếu ô 'ket_qua'",
     "ket_qua"),
    ("  - chi_tieu: nq28_3_2a\n    ket_qua: 100\n", "  - ket_qua: 100\n", "bang_chi_tieu.dong[4]", "thiếu ô 'chi_tieu'",
     "chi_tieu"),
    # a report year before the plan's
    ("ke_hoach:\n  van_ban: kh_12_2026\n  nam: 2026", "ke_hoach:\n  van_ban: kh_12_2026\n  nam: 2027", "ke_hoach.nam",
     "báo cáo năm 2026 về kế hoạch năm 2027", "2027"),
    # and the other slips
    ("    ket_qua: 91\n", "    ket_qua: -91\n", "bang_chi_tieu.dong[6].ket_qua", "số âm", "từ 0"),
    ("    ket_qua: 91\n", '    ket_qua: "9.1"\n', "bang_chi_tieu.dong[6].ket_qua", "viết không đúng cách", "1.234,5"),
    ("  duoc_giao: 20.000.000", "  duoc_giao: 20.000.000,5", "kinh_phi.duoc_giao", "số đồng chẵn", "20.000.000"),
    ("  duoc_giao: 20.000.000", "  duoc_giao: 20 triệu", "kinh_phi.duoc_giao", "đơn vị 'triệu'", "20.000.000"),
    ("ngay: {thang: 12, nam: 2026}", "ngay: {thang: 3, nam: 2028}", "nam", "ngày ban hành ghi năm 2028", "2027"),
])
def test_bad_input_names_the_field_and_its_line_and_says_what_to_write(old, new, field, words, hint):
    found = problems(change(old, new))
    assert any(p.field == field and words in p.message and hint in (p.hint or "") and p.line and p.file == "bc.yaml"
               for p in found), found


def test_the_line_of_a_bad_row_is_the_rows_own():
    text = change("    ket_qua: 34,3\n", "    ket_qua: 134,3\n")
    (problem,) = problems(text)
    assert text.splitlines()[problem.line - 1].strip() == "ket_qua: 134,3"


def test_the_opening_must_cite_the_plan_and_the_trich_yeu_has_no_year():
    (problem,) = problems(change("Thực hiện [@kh_12_2026];", "Thực hiện Kế hoạch năm;"))
    assert problem.field == "mo_dau" and "kh_12_2026" in problem.message
    (problem,) = problems(change("trên địa bàn xã Triệu Sơn\n\nviet_tat", "trên địa bàn xã Triệu Sơn năm 2026\n\nviet_tat"))
    assert problem.field == "trich_yeu" and "không ghi năm" in problem.message


def test_a_localitys_own_indicator_may_not_take_a_national_key():
    text = change("  xa_ts_clb_gia_dinh:\n", "  nq28_2_3:\n")
    text = text.replace("chi_tieu: xa_ts_clb_gia_dinh", "chi_tieu: nq28_2_3")
    (problem,) = problems(text)
    assert problem.field == "bang_chi_tieu" and "trùng khóa" in problem.message


def test_an_invalid_report_writes_nothing(tmp_path: Path, capsys):
    source = tmp_path / "bc.yaml"
    source.write_text(change("    ket_qua: 34,3\n", "    ket_qua: 134,3\n"), encoding="utf-8")
    assert main(["render", str(source), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "bc.yaml:" in err and "bang_chi_tieu.dong[5].ket_qua" in err and "134,3%" in err
    assert not (tmp_path / "out" / "bc.docx").exists()


# -- LibreOffice --------------------------------------------------------------------------------
def _pdf_pages(docx: bytes, folder: Path) -> list[str]:
    (folder / "bc.docx").write_bytes(docx)
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{folder / 'profile'}", "--convert-to", "pdf",
                    "--outdir", str(folder), str(folder / "bc.docx")], capture_output=True, timeout=180, check=True)
    text = subprocess.run(["pdftotext", "-layout", str(folder / "bc.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")


@pytest.mark.libreoffice
@needs_libreoffice
@pytest.mark.parametrize("variant", ["trong thân", "phụ lục"])
def test_in_libreoffice_the_table_header_repeats_on_every_page_and_numbers_read_the_vietnamese_way(variant, tmp_path):
    rows = "".join(f"  - chi_tieu: xa_ts_thu_nhap_nu\n    ket_qua: 1.{i:03d},5\n    nam_truoc: \"1.{i:03d}\"\n"
                   f"    ghi_chu: Thôn số {i}, số liệu của Trạm Y tế và Hội Liên hiệp Phụ nữ xã\n" for i in range(60))
    text = change("  dong:\n", "  dong:\n" + rows)
    if variant == "phụ lục":
        text = change(*APPENDIX, text)
    pages = _pdf_pages(bdg_docs.render(bdg_docs.loads(text)), tmp_path)
    with_rows = [p for p in pages if re.search(r"1\.0\d\d,5", p)]
    assert len(with_rows) >= 3, "the long table should cross at least two page breaks"
    for page in with_rows:
        assert "Đơn vị" in page and "Ghi chú" in page, page[:400]  # the header row, repeated
    joined = "\n".join(pages)
    assert "1.000,5" in joined and "1.059,5" in joined and "4.234,5" in joined and "45,5%" in joined and "tăng 0,5" in joined
    assert "1000.234" not in joined and "1,000" not in joined
