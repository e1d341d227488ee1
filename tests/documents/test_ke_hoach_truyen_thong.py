"""The communication plan: the Triệu Sơn fixture, the task-group forms, the shared parts."""
from __future__ import annotations

import pytest

import bdg_docs
from bdg_docs.documents.base import VanBanCoTenLoai
from bdg_docs.documents.ke_hoach_truyen_thong import KeHoachTruyenThong
from bdg_docs.models.body import CoQuanThucHien
from bdg_docs.models.header import CoQuan, Ngay
from bdg_docs.models.signing import ChuKy, NoiNhan
from bdg_docs.reader.dump import dump_docx
from tests.conftest import TRIEU_SON
from tests.fidelity import assert_reproduces
from tests.minimal import MINIMAL, replace, reported


def test_layout_dump_snapshot(trieu_son_docx, snapshot):
    assert dump_docx(trieu_son_docx) == snapshot


def test_the_fixture_reproduces_seed_000(trieu_son_docx):
    assert_reproduces(trieu_son_docx, "000_7e074601f5e48d8c.txt")


def test_the_plan_is_built_on_the_shared_models():
    fields = KeHoachTruyenThong.model_fields
    assert issubclass(KeHoachTruyenThong, VanBanCoTenLoai)
    assert (fields["co_quan"].annotation, fields["ngay"].annotation) == (CoQuan, Ngay)
    assert (fields["noi_nhan"].annotation, fields["chu_ky"].annotation) == (NoiNhan, ChuKy)
    assert fields["to_chuc_thuc_hien"].annotation == tuple[CoQuanThucHien, ...]


def test_sections_are_numbered_from_the_structure():
    page = bdg_docs.lay_out(bdg_docs.load(TRIEU_SON))
    headings = [p.text for p in page.than if p.style == "BDGMuc"]
    assert headings == ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. NỘI DUNG THỰC HIỆN",
                        "IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN"]
    texts = [p.text for p in page.than]
    assert "3. Phòng Giáo dục và Đào tạo: tiếp tục" in " ".join(texts)
    assert any(t.startswith("12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện") for t in texts)
    assert texts[-1].endswith("triển khai thực hiện./.")


def _plan(group_yaml: str):
    text = replace("  - ten: Tuyên truyền\n    noi_dung:\n    - gach: [Tổ chức tuyên truyền.]\n", group_yaml)
    return [p.text for p in bdg_docs.lay_out(bdg_docs.loads(text)).than]


def test_a_task_group_with_method_and_specific_tasks():
    texts = _plan("  - ten: Đổi mới hình thức\n    phuong_thuc: Kết hợp trực tiếp và gián tiếp.\n"
                  "    giai_phap: [Tổ chức tọa đàm;, Phát hành tờ rơi.]\n")
    i = texts.index("1. Đổi mới hình thức")
    assert texts[i + 1:i + 5] == ["- Phương thức thực hiện: Kết hợp trực tiếp và gián tiếp.",
                                  "- Một số nhiệm vụ, giải pháp cụ thể:", "+ Tổ chức tọa đàm;", "+ Phát hành tờ rơi."]


def test_a_task_group_of_activities():
    texts = _plan("  - ten: Các hoạt động\n    hoat_dong:\n    - ten: Tập huấn cán bộ\n      chu_tri: Sở Nội vụ\n"
                  "      phoi_hop: Sở Y tế\n      thoi_gian: Hằng năm\n    - ten: Hội thi\n      chu_tri: Đoàn xã\n"
                  "      thoi_gian: Quý IV\n")
    i = texts.index("1. Các hoạt động")
    assert texts[i + 1:i + 8] == ["a) Hoạt động 1: Tập huấn cán bộ", "- Chủ trì: Sở Nội vụ", "- Phối hợp: Sở Y tế",
                                  "- Thời gian thực hiện: Hằng năm", "b) Hoạt động 2: Hội thi", "- Chủ trì: Đoàn xã",
                                  "- Thời gian thực hiện: Quý IV"]


def test_a_task_group_must_use_exactly_one_form():
    with pytest.raises(bdg_docs.InputError, match="đúng một cách trình bày"):
        _plan("  - ten: Hai cách\n    noi_dung: [Một đoạn.]\n    phuong_thuc: Một phương thức.\n")


def test_further_sections_come_after_kinh_phi_and_shift_the_numbers():
    text = replace("to_chuc_thuc_hien:", "muc_khac:\n- tieu_de: Thu thập số liệu và báo cáo\n  noi_dung: [Báo cáo hằng năm.]\nto_chuc_thuc_hien:")
    headings = [p.text for p in bdg_docs.lay_out(bdg_docs.loads(text)).than if p.style == "BDGMuc"]
    assert headings[-2:] == ["IV. THU THẬP SỐ LIỆU VÀ BÁO CÁO", "V. TỔ CHỨC THỰC HIỆN"]


def test_can_cu_lines_are_italic_with_ND30_punctuation():
    text = replace("mo_dau:", "van_ban:\n  luat:\n    loai: Luật\n    ngay: 2006-11-29\n    trich_yeu: Luật Bình đẳng giới\n"
                   "can_cu:\n- van_ban: luat\n- Căn cứ tình hình thực tế của xã\nmo_dau:", MINIMAL)
    page = bdg_docs.lay_out(bdg_docs.loads(text))
    assert [p.text for p in page.can_cu] == ["Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
                                             "Căn cứ tình hình thực tế của xã."]
    assert {p.style for p in page.can_cu} == {"BDGCanCu"}


def test_a_plan_without_kinh_phi_or_agencies_numbers_the_sections_it_has():
    """Plans typed elsewhere (and read back with nhap) may have no Kinh phí section, and a Tổ chức
    thực hiện written as paragraphs: those are the closing paragraphs under its heading."""
    text = replace("kinh_phi: Ngân sách xã.\n", "")
    text = replace("to_chuc_thuc_hien:\n- co_quan: Phòng Văn hóa - Xã hội\n  cung_dong: true\n  noi_dung: [chủ trì thực hiện.]\n",
                   "", text)
    texts = [p.text for p in bdg_docs.lay_out(bdg_docs.loads(text)).than]
    headings = [t for t in texts if t[:3] in ("I. ", "II.", "III", "IV.")]
    assert headings == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN"]
    assert texts[-2:] == ["III. TỔ CHỨC THỰC HIỆN", "Đề nghị các cơ quan triển khai thực hiện./."]


def test_a_kinh_phi_written_empty_is_refused_on_its_field_not_at_render():
    problems = reported(replace("kinh_phi: Ngân sách xã.\n", "kinh_phi: {}\n"), "kh.yaml")
    assert [(p.field, p.message) for p in problems] == [("kinh_phi", "mục không có nội dung.")]
