"""A small valid communication plan, as YAML text, for tests that change one thing in it."""

MINIMAL = """\
loai: ke_hoach_truyen_thong
co_quan:
  ten: [Ủy ban nhân dân, xã Đông Sơn]
so:
ky_hieu: KH-UBND
dia_danh: Đông Sơn
ngay: {ngay: 5, thang: 3, nam: 2026}
trich_yeu: Truyền thông về bình đẳng giới năm 2026
mo_dau:
- Ủy ban nhân dân xã ban hành Kế hoạch như sau:
muc_dich: [Nâng cao nhận thức.]
yeu_cau:
- gach: [Thiết thực., Hiệu quả.]
nhiem_vu:
  nhom:
  - ten: Tuyên truyền
    noi_dung:
    - gach: [Tổ chức tuyên truyền.]
kinh_phi: Ngân sách xã.
to_chuc_thuc_hien:
- co_quan: Phòng Văn hóa - Xã hội
  cung_dong: true
  noi_dung: [chủ trì thực hiện.]
ket_luan:
- Đề nghị các cơ quan triển khai thực hiện.
noi_nhan:
  danh_sach: [Sở Nội vụ (để b/c)]
  luu: VHXH
chu_ky:
  chuc_danh: [KT. Chủ tịch, Phó Chủ tịch]
  ho_ten: Nguyễn Văn An
"""


def replace(old: str, new: str, text: str = MINIMAL) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def reported(text: str, filename: str) -> list:
    """The problems loading ``text`` raises (it must be refused), each naming ``filename``."""
    import pytest

    import bdg_docs
    from bdg_docs.errors import InputError

    with pytest.raises(InputError) as exc:
        bdg_docs.loads(text, filename=filename)
    problems = exc.value.problems
    assert all(p.file == filename for p in problems)
    return problems


def assert_reported(text: str, filename: str, field: str, line: int, words: str) -> None:
    """Loading ``text`` is refused with a problem at ``field`` on ``line`` that says ``words``."""
    found = reported(text, filename)
    assert any(p.field == field and p.line == line and words in p.message + (p.hint or "") for p in found), found
