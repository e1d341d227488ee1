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
