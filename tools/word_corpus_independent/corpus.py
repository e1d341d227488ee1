"""The documents of the independent corpus: what each is, how it was made, what is wrong with it.

Each entry names a Phụ lục III type (a key of `content.text_for`), an issuer, the way the file was
made (python-docx; python-docx then opened and saved by LibreOffice; then through .odt; a web
page made .docx by LibreOffice), a few choices of layout (the rest drawn from the name), and the
defects planted. About a third carry no defect at all.
"""
from __future__ import annotations

# way: P python-docx | L python-docx, then LibreOffice docx -> docx | O python-docx -> .odt -> .docx
#      H HTML -> .docx (LibreOffice)
# Layout keys are fields of build.Look; "party" and "copy" select the other kinds.
DOCS: list[dict] = [
    # ---- Kế hoạch
    dict(name="kh_tinh_bang", kind="kh", iss=0, way="P", long=True, look=dict(header="table2", signature="table")),
    dict(name="kh_xa_tab", kind="kh", iss=1, way="P", long=True, look=dict(header="tabs", signature="tabs", numbering="auto"),
         defects=["ngay_month0", "so_nozero"]),
    dict(name="kh_huyen_hop_chu", kind="kh", iss=2, way="P", long=True,
         look=dict(header="textbox", header_br=True, rules="shape", signature="table", sig_br=True),
         defects=["tn_endash", "sig_kslash"]),
    dict(name="kh_so_le_mac_dinh", kind="kh", iss=3, way="P", long=True,
         look=dict(header="table1", rules="border", fonts="direct", margins=(1440, 1440, 1800, 1800), page_number="none"),
         defects=["kh_nhu_tren"]),
    dict(name="kh_phuong_lo", kind="kh", iss=9, way="L", long=True,
         look=dict(header="table3", rules="shape", signature="rows", numbering="auto")),
    dict(name="kh_huyen_odt", kind="kh", iss=2, way="O", long=True, look=dict(header="table2", rules="border"),
         defects=["ty_caps", "no_end_mark"]),
    dict(name="kh_kieu_heading", kind="kh", iss=0, way="P", long=True, look=dict(heading_styles=True, fonts="style")),
    dict(name="kh_heading_mac_dinh", kind="kh", iss=1, way="P", long=True, look=dict(fonts="docdefaults"),
         defects=["heading_style"]),
    dict(name="kh_du_thao", kind="kh", iss=1, way="P", long=True, look=dict(draft=True, header="table1")),
    dict(name="kh_chu_cai_tu_dong", kind="kh", iss=0, way="P", long=True, look=dict(numbering="auto"),
         defects=["auto_letters6"]),
    dict(name="kh_phu_luc", kind="kh", iss=0, way="P", long=True, look=dict(appendix=True)),
    dict(name="kh_phu_luc_lo", kind="kh", iss=9, way="L", long=True, look=dict(appendix=True, header="table3"),
         defects=["kemtheo_upright"]),
    dict(name="kh_giay_letter", kind="kh", iss=1, way="P", long=False, look=dict(paper="Letter", fonts="docdefaults")),
    dict(name="kh_calibri", kind="kh", iss=2, way="P", long=False, look=dict(fonts="calibri")),
    dict(name="kh_theme_tnr", kind="kh", iss=0, way="P", long=True, look=dict(fonts="theme")),
    dict(name="kh_arial", kind="kh", iss=9, way="P", long=True, look=dict(fonts="direct"), defects=["font_arial_par"]),
    dict(name="kh_luu_hanh", kind="kh", iss=4, way="P", long=False, look=dict(pham_vi="LƯU HÀNH NỘI BỘ")),
    dict(name="kh_dong_chinh_xac", kind="kh", iss=0, way="P", long=True, look=dict(line=(360, "exact"), spacing=(0, 120))),
    dict(name="kh_tab_dau_dong", kind="kh", iss=1, way="P", long=True, look=dict(tab_indent=True, body_style=True)),
    dict(name="kh_list_number", kind="kh", iss=2, way="P", long=True, look=dict(numbering="liststyle")),
    dict(name="kh_noi_nhan_xuong_dong", kind="kh", iss=0, way="P", long=False, look=dict(nn_br=True, sig_br=True)),
    dict(name="kh_le_hep", kind="kh", iss=3, way="P", long=False, look=dict(margins=(850, 850, 1701, 850))),
    dict(name="kh_hoa", kind="kh", iss=0, way="P", long=True, look=dict(hoa_spelling=True, rules="underline")),
    dict(name="kh_chu_ky_hang", kind="kh", iss=3, way="P", long=True, look=dict(signature="rows", header_br=True),
         defects=["sig_no_post"]),
    dict(name="kh_cot_trai_hep", kind="kh", iss=10, way="P", long=True, look=dict(left_frac=0.31),
         defects=["cq_notbold"]),
    dict(name="kh_html", kind="kh", iss=1, way="H", long=False, look=dict(), defects=["ty_notbold"]),
    dict(name="kh_gach_dau_dong", kind="kh", iss=9, way="P", long=True, look=dict(dash_bullets=True, body_style=True)),
    # ---- Công văn
    dict(name="cv_xa_bang", kind="cv", iss=1, way="P", long=False, look=dict(header="table2")),
    dict(name="cv_huyen_tab", kind="cv", iss=2, way="P", long=False, look=dict(header="tabs", signature="tabs"),
         defects=["vv_bold", "cv_no_nhu_tren"]),
    dict(name="cv_bo_hop_chu", kind="cv", iss=6, way="P", long=True, look=dict(header="textbox", rules="shape"),
         defects=["so_space", "ngay_day1"]),
    dict(name="cv_mot_noi", kind="cv1", iss=3, way="P", long=False, look=dict(header="table2")),
    dict(name="cv_phuong_lo", kind="cv", iss=9, way="L", long=False, look=dict(header="table1", header_br=True),
         defects=["kg_noend"]),
    dict(name="cv_phong_odt", kind="cv", iss=5, way="O", long=False, look=dict(header="table2")),
    dict(name="cv_kinh_gui_giua", kind="cv", iss=0, way="P", long=True, look=dict(kg_layout="center"),
         defects=["sym_cv_type", "luu_nodot"]),
    dict(name="cv_html", kind="cv", iss=1, way="H", long=False, look=dict(), defects=["nn_item_size13"]),
    dict(name="cv_html_sach", kind="cv1", iss=4, way="H", long=False, look=dict()),
    dict(name="cv_nfd", kind="cv", iss=1, way="P", long=False, look=dict(), defects=["nfd"]),
    dict(name="cv_chu_xanh", kind="cv", iss=0, way="P", long=False, look=dict(fonts="direct"), defects=["color_run"]),
    dict(name="cv_ky_thut_le", kind="cv", iss=1, way="P", long=False, look=dict(signature="indent_after")),
    dict(name="cv_kinh_gui_cung_dong", kind="cv", iss=10, way="P", long=False, look=dict(), defects=["kg_firstline"]),
    dict(name="cv_so_thuong", kind="cv", iss=4, way="P", long=False, look=dict(header="table3"), defects=["cqu_bold"]),
    # ---- Quyết định, Nghị quyết, Quy chế
    dict(name="qd_xa_kien_toan", kind="qd", iss=1, way="P", long=False, look=dict(), defects=["cc_upright"]),
    dict(name="qd_dieu_tu_dong", kind="qd", iss=0, way="P", long=False, look=dict(numbering="auto")),
    dict(name="qd_ky_hieu_d", kind="qd", iss=9, way="P", long=False, look=dict(header="table3"),
         defects=["sym_d", "name_degree"]),
    dict(name="qd_so_lo", kind="qd", iss=3, way="L", long=False, look=dict(header="table1", header_br=True),
         defects=["cc_lastsemi", "ngay_jan"]),
    dict(name="qd_huyen_hop_chu", kind="qd", iss=2, way="P", long=False, look=dict(header="textbox"),
         defects=["qh_notbold", "sig_tm_slash"]),
    dict(name="qd_so_y_te_odt", kind="qd", iss=4, way="O", long=False, look=dict()),
    dict(name="qd_gach_noi_khong_ngat", kind="qd", iss=1, way="P", long=False, look=dict(nbh_symbol=True)),
    dict(name="nq_hdnd", kind="nq", iss=7, way="P", long=False, look=dict()),
    dict(name="qc_kem_theo", kind="qc", iss=1, way="P", long=True, look=dict()),
    dict(name="qc_kem_theo_tu_dong", kind="qc", iss=0, way="P", long=True, look=dict(numbering="auto"),
         defects=["tn_notbold"]),
    # ---- copies
    dict(name="sy_qd", kind="qd", iss=0, way="P", long=False, look=dict(), copy="SAO Y"),
    dict(name="sy_qd_lo", kind="qd", iss=1, way="L", long=False, look=dict(), copy="SAO Y", defects=["copy_month0"]),
    dict(name="trs_cv", kind="cv", iss=2, way="P", long=False, look=dict(), copy="TRÍCH SAO", defects=["sao_notbold"]),
    dict(name="sl_bc", kind="bc", iss=3, way="P", long=False, look=dict(header="table3"), copy="SAO LỤC"),
    # ---- Báo cáo, Tờ trình
    dict(name="bc_tinh_bang_so_lieu", kind="bc", iss=0, way="P", long=True, look=dict(table_in_body=True)),
    dict(name="bc_len_kinh_gui", kind="bc_len", iss=1, way="P", long=True, look=dict(), defects=["body_left", "nn_notitalic"]),
    dict(name="bc_phong_lo", kind="bc", iss=5, way="L", long=True, look=dict(signature="tabs"), defects=["h1_lower"]),
    dict(name="bc_len_odt", kind="bc_len", iss=2, way="O", long=False, look=dict()),
    dict(name="bc_tieu_de_trong_bang", kind="bc", iss=0, way="P", long=True, look=dict(header="span")),
    dict(name="bc_chu_thich", kind="bc", iss=3, way="P", long=True, look=dict(footnote=True)),
    dict(name="ttr_xa", kind="ttr", iss=1, way="P", long=False, look=dict()),
    dict(name="ttr_tab", kind="ttr", iss=3, way="P", long=False, look=dict(header="tabs"), defects=["kg_bold", "so_year"]),
    # ---- Thông báo, Giấy mời, Giấy giới thiệu, Biên bản, Công điện, Chỉ thị
    dict(name="tb_van_phong", kind="tb", iss=11, way="P", long=False, look=dict()),
    dict(name="tb_xa", kind="tb", iss=1, way="P", long=False, look=dict(), defects=["tl_notbold", "luu_nocolon"]),
    dict(name="tb_phuong_lo", kind="tb", iss=9, way="L", long=False, look=dict()),
    dict(name="gm_xa", kind="gm", iss=1, way="P", long=False, look=dict()),
    dict(name="gm_tab", kind="gm", iss=0, way="P", long=False, look=dict(header="tabs", signature="tabs"),
         defects=["ngay_upright", "sig_notbold"]),
    dict(name="gm_html", kind="gm", iss=9, way="H", long=False, look=dict()),
    dict(name="ggt_xa", kind="ggt", iss=1, way="P", long=False, look=dict()),
    dict(name="ggt_lo", kind="ggt", iss=9, way="L", long=False, look=dict(), defects=["so_bold"]),
    dict(name="bb_hop", kind="bb", iss=1, way="P", long=False, look=dict()),
    dict(name="bb_hop_loi", kind="bb", iss=9, way="P", long=False, look=dict(), defects=["ty_rule_missing", "nn_item_nosemi"]),
    dict(name="cd_khan", kind="cd", iss=10, way="P", long=False, look=dict(mark="KHẨN")),
    dict(name="cd_hoa_toc", kind="cd", iss=0, way="P", long=False, look=dict(mark="HỎA TỐC", spacing=(0, 0)),
         defects=["mark_notbold"]),
    dict(name="ct_tinh", kind="ct", iss=0, way="P", long=False, look=dict()),
    dict(name="ct_lo", kind="ct", iss=10, way="L", long=False, look=dict(), defects=["tn_rule_short"]),
    # ---- Hướng dẫn, Chương trình, Phương án, Đề án
    dict(name="hd_so", kind="hd", iss=3, way="P", long=True, look=dict(line=(480, "auto"))),
    dict(name="hd_odt", kind="hd", iss=0, way="O", long=True, look=dict()),
    dict(name="ctr_xa", kind="ctr", iss=1, way="P", long=True, look=dict(dash_bullets=True)),
    dict(name="pa_huyen", kind="pa", iss=2, way="P", long=False, look=dict(), defects=["cq_rule_long"]),
    dict(name="da_so", kind="da", iss=3, way="P", long=True, look=dict(body_style=True)),
    # ---- appendix on its own, Party, type not told
    dict(name="pl_rieng", kind="pl", iss=1, way="P", long=False, look=dict(), appendix_file=True),
    dict(name="pl_rieng_lo", kind="pl", iss=0, way="L", long=False, look=dict(), appendix_file=True,
         defects=["kemtheo_upright"]),
    dict(name="dang_ke_hoach", kind="kh", iss=1, way="P", long=False, look=dict(), party=True),
    dict(name="dang_lo", kind="bc", iss=1, way="L", long=False, look=dict(signature="tabs"), party=True),
    dict(name="xem_lai_qd_vv", kind="qd", iss=1, way="P", long=False, look=dict(), add_vv=True),
]

KIND_TYPE = {"kh": "KẾ HOẠCH", "cv": None, "cv1": None, "qd": "QUYẾT ĐỊNH", "nq": "NGHỊ QUYẾT", "bc": "BÁO CÁO",
             "bc_len": "BÁO CÁO", "ttr": "TỜ TRÌNH", "tb": "THÔNG BÁO", "ct": "CHỈ THỊ", "hd": "HƯỚNG DẪN",
             "ctr": "CHƯƠNG TRÌNH", "pa": "PHƯƠNG ÁN", "da": "ĐỀ ÁN", "qc": "QUY CHẾ", "gm": "GIẤY MỜI",
             "ggt": "GIẤY GIỚI THIỆU", "bb": "BIÊN BẢN", "cd": "CÔNG ĐIỆN", "pl": "PHỤ LỤC"}


def expected_kind(doc: dict) -> tuple[str, str | None]:
    """The kind and type name the checker should report for `doc`."""
    if doc.get("party"):
        return "dang", None
    if doc.get("copy"):
        return "ban_sao", doc["copy"]
    if doc.get("appendix_file"):
        return "phu_luc", "PHỤ LỤC"
    if doc.get("add_vv"):
        return "can_xem_lai", KIND_TYPE[doc["kind"]]
    type_name = KIND_TYPE[doc["kind"]]
    return ("cong_van", None) if type_name is None else ("co_ten_loai", type_name)
