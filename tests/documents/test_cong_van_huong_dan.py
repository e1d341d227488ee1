"""The guidance letter: the Triệu Sơn fixture, the Mẫu 1.5 parts, bad input and warnings."""
from __future__ import annotations

from itertools import groupby
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.cli import main
from bdg_docs.documents.base import VanBanCoTenLoai, VanBanCongVan, VanBanHanhChinh
from bdg_docs.documents.cong_van_huong_dan import CongVanHuongDan
from bdg_docs.documents.ke_hoach_truyen_thong import KeHoachTruyenThong
from bdg_docs.nd30.metrics import text_width
from bdg_docs.reader.docx import read
from bdg_docs.reader.dump import dump_docx
from tests.conftest import CONG_VAN_TRIEU_SON
from tests.fidelity import assert_reproduces
from tests.minimal import assert_reported, replace
from tests.minimal_cong_van import MINIMAL_CONG_VAN


def _letter(old: str = "", new: str = "") -> CongVanHuongDan:
    return bdg_docs.loads(replace(old, new, MINIMAL_CONG_VAN) if old else MINIMAL_CONG_VAN)


def test_layout_dump_snapshot(cong_van_docx, snapshot):
    assert dump_docx(cong_van_docx) == snapshot


def test_the_fixture_reproduces_seed_003(cong_van_docx):
    assert_reproduces(cong_van_docx, "003_b2a0d9e2fb1c0845.txt")


def test_the_fixture_loads_as_a_guidance_letter_without_warnings():
    letter = bdg_docs.load(CONG_VAN_TRIEU_SON)
    assert isinstance(letter, CongVanHuongDan)
    assert letter.canh_bao() == ()


def test_header_noi_nhan_and_signature_are_the_shared_ones():
    """Both types inherit the same fields and the same page(): one definition of each part."""
    assert issubclass(CongVanHuongDan, VanBanCongVan) and not issubclass(CongVanHuongDan, VanBanCoTenLoai)
    for name in ("co_quan", "so", "ky_hieu", "dia_danh", "ngay", "van_ban", "noi_nhan", "chu_ky"):
        assert CongVanHuongDan.model_fields[name].annotation == VanBanHanhChinh.model_fields[name].annotation \
            == KeHoachTruyenThong.model_fields[name].annotation
    assert CongVanHuongDan.page is KeHoachTruyenThong.page is VanBanHanhChinh.page


def test_the_header_of_both_types_uses_the_same_template_parts(cong_van_docx, trieu_son_docx):
    def header_and_signature_styles(data: bytes) -> list[list[str]]:
        """The styles of the header and signature tables, in order, repeats (more lines) merged."""
        tables = read(data).tables
        styles = [[p.style_id for _, _, cell in t.cells() for p in cell.paragraphs if p.style_id != "BDGVv"]
                  for t in (tables[0], tables[-1])]
        return [[style for style, _ in groupby(table)] for table in styles]

    assert header_and_signature_styles(cong_van_docx) == header_and_signature_styles(trieu_son_docx)


def test_vv_sits_under_the_number_in_the_left_column(cong_van_docx):
    left = [p for p in read(cong_van_docx).tables[0].rows[1][0].paragraphs if p.text]
    assert [p.style_id for p in left] == ["BDGSo", "BDGVv"]
    assert left[0].text.endswith("/UBND-LĐTBXH")
    vv = left[1]
    # a number stays with its word: a no-break space, which readers take for a space
    assert vv.text == "V/v hướng dẫn triển khai thực hiện công tác bình đẳng giới năm\u00a02022 trên địa bàn huyện Triệu Sơn"
    assert vv.space_before >= 120 and {(r.size, r.bold, r.italic) for r in vv.visible_runs} == {(12, False, False)}


def test_no_type_name_line_and_kinh_gui_dashes_under_the_colon(cong_van_docx):
    view = read(cong_van_docx)
    texts = [p.text for p in view.paragraphs if p.text]
    assert texts[:3] == ["Kính gửi:", "- Các phòng, ban, ngành đoàn thể cấp huyện;", "- Chủ tịch UBND các xã, thị trấn."]
    assert not any(p.style_id in ("BDGTenLoai", "BDGTrichYeu") for p in view.paragraphs)
    head, *items = [p for p in view.paragraphs if p.style_id in ("BDGKinhGui", "BDGKinhGuiMuc")]
    colon = head.ind_left + text_width("Kính gửi", 14)
    assert {p.ind_left for p in items} == {items[0].ind_left}
    assert abs(items[0].ind_left - colon) < 57  # within 1 mm of the colon


@pytest.mark.parametrize("written", ["kinh_gui: [Trưởng các thôn]\n", "kinh_gui: Trưởng các thôn\n"])
def test_a_single_recipient_stands_on_the_kinh_gui_line(written):
    letter = _letter("kinh_gui:\n- Các ban, ngành, đoàn thể xã\n- Trưởng các thôn\n", written)
    texts = [p.text for p in read(bdg_docs.render(letter)).paragraphs if p.text]
    assert texts[0] == "Kính gửi: Trưởng các thôn"
    assert bdg_docs.check(bdg_docs.render(letter)).findings == []


def test_items_are_numbered_titles_bold_and_the_body_ends_with_the_end_mark():
    page = bdg_docs.lay_out(_letter())
    assert [(p.style, p.text) for p in page.than] == [
        ("BDGMoDau", "Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị thực hiện những nội dung sau:"),
        ("BDGThan", "1. Tổ chức tuyên truyền về bình đẳng giới."),
        ("BDGKhoanTieuDe", "2. Báo cáo kết quả"),
        ("BDGThan", "- Báo cáo 6 tháng."),
        ("BDGThan", "- Báo cáo năm."),
        ("BDGThan", "Đề nghị các cơ quan, đơn vị triển khai thực hiện./."),
    ]
    assert page.vv == "V/v hướng dẫn công tác bình đẳng giới năm\u00a02026"
    assert page.ten_loai is None and page.so == "Số: 12/UBND-VHXH"


def test_noi_nhan_starts_with_nhu_tren_added_by_the_library():
    page = bdg_docs.lay_out(_letter())
    assert [line.text for line in page.noi_nhan] == ["- Như trên;", "- Sở Nội vụ (để báo cáo);", "- Lưu: VT, VHXH."]


def test_italics_inside_a_bullet_are_kept(cong_van_docx):
    bullet = next(p for p in read(cong_van_docx).paragraphs if "tiếng dân tộc" in p.text)
    italic = "".join(r.text for r in bullet.visible_runs if r.italic)
    assert italic == "đặc biệt là các sản phẩm truyền thông bằng tiếng dân tộc"


def test_vv_typed_with_its_prefix_is_accepted_once():
    assert _letter("trich_yeu: hướng", "trich_yeu: V/v hướng").trich_yeu == "hướng dẫn công tác bình đẳng giới năm 2026"


LONG_VV = "trich_yeu: " + "hướng dẫn triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ " * 3


@pytest.mark.parametrize(
    ("old", "new", "field", "line", "words"),
    [
        ("kinh_gui:\n- Các ban, ngành, đoàn thể xã\n- Trưởng các thôn\n", "kinh_gui: []\n", "kinh_gui", 9, "Kính gửi"),
        ("kinh_gui:\n- Các ban, ngành, đoàn thể xã\n- Trưởng các thôn\n", "kinh_gui:\n", "kinh_gui", 9, "Kính gửi"),
        ("- Trưởng các thôn\n", "- Trưởng các thôn;\n", "kinh_gui[2]", 11, "dấu câu ở cuối"),
        ("- Trưởng các thôn\n", "- Như trên\n", "kinh_gui[2]", 11, "Như trên"),
        ("trich_yeu: hướng dẫn công tác bình đẳng giới năm 2026", "trich_yeu: V/v", "trich_yeu", 8, "V/v"),
        ("trich_yeu: hướng dẫn công tác bình đẳng giới năm 2026", "trich_yeu: ''", "trich_yeu", 8, "V/v"),
        ("trich_yeu: hướng dẫn công tác bình đẳng giới năm 2026", LONG_VV, "trich_yeu", 8, "tối đa 4 dòng"),
        ("ky_hieu: UBND-VHXH", "ky_hieu: KH-UBND", "ky_hieu", 5, "không được bắt đầu bằng chữ viết tắt tên loại"),
        ("ky_hieu: UBND-VHXH", "ky_hieu: CV-UBND", "ky_hieu", 5, "không được bắt đầu bằng chữ viết tắt tên loại"),
        ("danh_sach: [Sở Nội vụ (để báo cáo)]", "danh_sach: [Như trên, Sở Nội vụ (để báo cáo)]",
         "noi_nhan.danh_sach[1]", 21, "Như trên"),
        ("danh_sach: [Sở Nội vụ (để báo cáo)]", "danh_sach: [\"- Như trên;\", Sở Nội vụ]",
         "noi_nhan.danh_sach[1]", 21, "Như trên"),
        ("noi_dung:\n- Tổ chức tuyên truyền về bình đẳng giới.\n- tieu_de: Báo cáo kết quả\n  noi_dung:\n"
         "  - gach: [Báo cáo 6 tháng., Báo cáo năm.]\n", "noi_dung: []\n", "noi_dung", 13, "không được để trống"),
    ],
)
def test_bad_input_names_field_and_line(old, new, field, line, words):
    assert_reported(replace(old, new, MINIMAL_CONG_VAN), "cong_van.yaml", field, line, words)


def test_bad_input_writes_nothing(tmp_path: Path, capsys):
    source = tmp_path / "cong_van.yaml"
    source.write_text(replace("ky_hieu: UBND-VHXH", "ky_hieu: KH-UBND", MINIMAL_CONG_VAN), encoding="utf-8")
    assert main(["render", str(source), "-o", str(tmp_path / "out")]) == 1
    assert f"{source}:5: trường 'ky_hieu'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_attachment_the_text_does_not_mention_is_a_warning():
    letter = _letter("ket_luan:", "kem_theo: [đề cương báo cáo]\nket_luan:")
    (warning,) = letter.canh_bao()
    assert warning.field == "kem_theo[1]" and "đề cương báo cáo" in warning.message


def test_text_that_mentions_an_attachment_with_none_listed_is_a_warning():
    letter = _letter("Báo cáo năm.]", "Báo cáo năm (có đề cương gửi kèm theo).]")
    (warning,) = letter.canh_bao()
    assert warning.field == "kem_theo" and "kem_theo" in warning.hint


def test_render_prints_attachment_warnings_and_still_writes(tmp_path: Path, capsys):
    source = tmp_path / "cong_van.yaml"
    source.write_text(replace("ket_luan:", "kem_theo: [biểu mẫu]\nket_luan:", MINIMAL_CONG_VAN), encoding="utf-8")
    assert main(["render", str(source), "-o", str(tmp_path)]) == 0
    assert "CẢNH BÁO" in capsys.readouterr().err and (tmp_path / "cong_van.docx").exists()
