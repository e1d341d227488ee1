"""A small valid guidance letter, as YAML text, for tests that change one thing in it."""

MINIMAL_CONG_VAN = """\
loai: cong_van_huong_dan
co_quan:
  ten: [Ủy ban nhân dân, xã Đông Sơn]
so: 12
ky_hieu: UBND-VHXH
dia_danh: Đông Sơn
ngay: {ngay: 5, thang: 3, nam: 2026}
trich_yeu: hướng dẫn công tác bình đẳng giới năm 2026
kinh_gui:
- Các ban, ngành, đoàn thể xã
- Trưởng các thôn
mo_dau: "Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị thực hiện những nội dung sau:"
noi_dung:
- Tổ chức tuyên truyền về bình đẳng giới.
- tieu_de: Báo cáo kết quả
  noi_dung:
  - gach: [Báo cáo 6 tháng., Báo cáo năm.]
ket_luan:
- Đề nghị các cơ quan, đơn vị triển khai thực hiện.
noi_nhan:
  danh_sach: [Sở Nội vụ (để báo cáo)]
  luu: VHXH
chu_ky:
  chuc_danh: [KT. Chủ tịch, Phó Chủ tịch]
  ho_ten: Nguyễn Văn An
"""
