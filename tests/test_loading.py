"""Bad input gets a clear Vietnamese message naming the field and the line; nothing is written."""
from pathlib import Path

import pytest

import bdg_docs
from bdg_docs.errors import InputError
from tests.minimal import MINIMAL, assert_reported, replace, reported


def problems(text: str):
    return reported(text, "ke_hoach.yaml")


def test_the_minimal_plan_is_valid():
    plan = bdg_docs.loads(MINIMAL)
    assert plan.trich_yeu == "Truyền thông về bình đẳng giới năm 2026"


@pytest.mark.parametrize(
    ("old", "new", "field", "line", "words"),
    [
        ("  ho_ten: Nguyễn Văn An\n", "", "chu_ky.ho_ten", 29, "thiếu trường bắt buộc 'ho_ten'"),
        ("[KT. Chủ tịch, Phó Chủ tịch]", "[T/M Ủy ban nhân dân, Chủ tịch]", "chu_ky.chuc_danh", 30, "T/M"),
        ("[KT. Chủ tịch, Phó Chủ tịch]", "[KT. Chủ tịch]", "chu_ky.chuc_danh", 30, "phải có dòng chức vụ"),
        ("{ngay: 5, thang: 3, nam: 2026}", "{ngay: 31, thang: 2, nam: 2026}", "ngay", 7, "không có thật"),
        ("ky_hieu: KH-UBND", "ky_hieu: UBND-KH", "ky_hieu", 5, "phải bắt đầu bằng 'KH-'"),
        ("trich_yeu:", "trich_yue:", "trich_yue", 8, "không có trong mẫu"),
        ("so:\n", "so: năm\n", "so", 4, "số nguyên"),
        ("  luu: VHXH", "  luu: VHXH\n  luuu: x", "noi_nhan.luuu", 29, "không có trong mẫu"),
        ("dia_danh: Đông Sơn", "dia_danh: đông Sơn", "dia_danh", 6, "viết hoa"),
        ("[Sở Nội vụ (để b/c)]", "[Như trên, Sở Nội vụ]", "noi_nhan.danh_sach[1]", 27, "Như trên"),
        ("muc_dich: [Nâng cao nhận thức.]", "muc_dich: [Nâng cao **nhận thức.]", "muc_dich[1]", 11, "chưa đóng"),
        ("muc_dich: [Nâng cao nhận thức.]", "muc_dich:\n- Xem thêm[^ghi_chu].", "muc_dich[1]", 12, "chưa được khai báo"),
    ],
)
def test_bad_input_names_field_and_line(old, new, field, line, words):
    assert_reported(replace(old, new), "ke_hoach.yaml", field, line, words)


def test_a_recipient_with_punctuation_gets_one_message_not_the_group_alternative():
    found = problems(replace("[Sở Nội vụ (để b/c)]", "['Sở Nội vụ (để b/c);']"))
    assert [(p.field, p.line) for p in found] == [("noi_nhan.danh_sach[1]", 27)]
    assert "dấu câu" in found[0].message


def test_a_typo_in_a_field_name_gets_a_suggestion():
    found = {p.field: p for p in problems(replace("trich_yeu:", "trich_yue:"))}
    assert found["trich_yue"].hint == "Có phải là 'trich_yeu'?"
    assert "thiếu trường bắt buộc 'trich_yeu'" in found["trich_yeu"].message


def test_unknown_document_type_and_missing_type():
    (problem,) = problems(replace("loai: ke_hoach_truyen_thong", "loai: ke_hoach_truyen_tong"))
    assert problem.field == "loai" and "ke_hoach_truyen_thong" in problem.hint
    (problem,) = problems(replace("loai: ke_hoach_truyen_thong\n", ""))
    assert problem.field == "loai"


def test_yaml_syntax_errors_and_duplicate_keys_have_lines():
    (problem,) = problems(replace("dia_danh: Đông Sơn", "dia_danh: Đông Sơn\ndia_danh: Khác"))
    assert "lặp" in problem.message and problem.line == 7
    (problem,) = problems(replace("ky_hieu: KH-UBND", "ky_hieu: [KH-UBND"))
    assert "cú pháp" in problem.message and problem.line is not None


def test_every_problem_is_reported_at_once():
    text = replace("ky_hieu: KH-UBND", "ky_hieu: UBND-KH", replace("  ho_ten: Nguyễn Văn An\n", ""))
    assert {p.field for p in problems(text)} >= {"ky_hieu", "chu_ky.ho_ten"}


def test_messages_read_as_one_block(tmp_path: Path):
    source = tmp_path / "sai.yaml"
    source.write_text(replace("ky_hieu: KH-UBND", "ky_hieu: UBND-KH"), encoding="utf-8")
    with pytest.raises(InputError) as exc:
        bdg_docs.render_file(source, tmp_path / "out")
    assert f"{source}:5: trường 'ky_hieu'" in str(exc.value)
    assert not (tmp_path / "out").exists()


def test_text_is_stored_as_nfc():
    plan = bdg_docs.loads(replace("trich_yeu: Truyền thông", "trich_yeu: Truye\u0302\u0300n tho\u0302ng"))
    assert plan.trich_yeu.startswith("Truyền thông")
