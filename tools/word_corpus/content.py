"""What the corpus documents say: one builder per type of Phụ lục III, filled from small pools
of places, bodies, signers and subjects with a seeded random generator (same seed, same text).

The texts follow Nghị định 30 (numbers 01–09, months 3–12 unpadded, KT./TM. stacks, Nơi nhận
ending with ``- Lưu: VT, ...``); defects are planted afterwards by ``defects.py``.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Doc:
    """A document's text, part by part, before it is laid out."""

    kind: str  # co_ten_loai, cong_van, phu_luc, ban_sao, dang, can_xem_lai
    abbr: str | None  # Phụ lục III abbreviation, None for a Công văn
    chu_quan: list[str]
    co_quan: list[str]
    so: str | None
    ngay: str | None
    quoc_hieu: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    tieu_ngu: str = "Độc lập - Tự do - Hạnh phúc"
    type_names: list[str] = field(default_factory=list)
    trich_yeu: list[str] = field(default_factory=list)
    vv: list[str] = field(default_factory=list)
    kem_theo: str | None = None
    tham_quyen: list[str] = field(default_factory=list)
    kinh_gui: list[str] = field(default_factory=list)  # one: on the Kính gửi line
    dien: str | None = None
    dien_items: list[str] = field(default_factory=list)
    can_cu: list[str] = field(default_factory=list)
    quyet_nghi: str | None = None
    body: list[tuple[str, str]] = field(default_factory=list)  # (role, text)
    titles: list[str] = field(default_factory=list)
    name: str = ""
    second_signer: tuple[list[str], str] | None = None  # Biên bản: the secretary
    noi_nhan: list[str] = field(default_factory=list)  # items, Lưu last
    marks: list[str] = field(default_factory=list)
    pham_vi: str | None = None
    appendix: dict | None = None
    copy: dict | None = None
    party: bool = False
    one_page: bool = False


PROVINCES = [("THANH HÓA", "Thanh Hóa"), ("NGHỆ AN", "Nghệ An"), ("LẠNG SƠN", "Lạng Sơn"), ("CÀ MAU", "Cà Mau"),
             ("QUẢNG NINH", "Quảng Ninh"), ("ĐẮK LẮK", "Đắk Lắk"), ("TUYÊN QUANG", "Tuyên Quang"), ("LÂM ĐỒNG", "Lâm Đồng")]
CITIES = [("THÀNH PHỐ HÀ NỘI", "Hà Nội"), ("THÀNH PHỐ ĐÀ NẴNG", "Đà Nẵng"), ("THÀNH PHỐ HẢI PHÒNG", "Hải Phòng"),
          ("THÀNH PHỐ CẦN THƠ", "Cần Thơ")]
COMMUNES = [("XÃ TRIỆU SƠN", "Triệu Sơn"), ("XÃ NGA SƠN", "Nga Sơn"), ("PHƯỜNG HOÀN KIẾM", "Hoàn Kiếm"),
            ("XÃ LỘC BÌNH", "Lộc Bình"), ("PHƯỜNG VINH PHÚ", "Vinh Phú")]
DEPARTMENTS = [("SỞ NỘI VỤ", "SNV", "Sở Nội vụ", "Giám đốc Sở Nội vụ"), ("SỞ Y TẾ", "SYT", "Sở Y tế", "Giám đốc Sở Y tế"),
               ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT", "Sở Giáo dục và Đào tạo", "Giám đốc Sở Giáo dục và Đào tạo"),
               ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch",
                "Giám đốc Sở Văn hóa, Thể thao và Du lịch")]
NAMES = ["Nguyễn Văn An", "Lê Thị Hồng", "Trần Quốc Bảo", "Phạm Thị Thu Hà", "Hoàng Minh Đức", "Vũ Thị Lan",
         "Đặng Văn Hùng", "Bùi Thị Mai", "Đỗ Trọng Nghĩa", "Ngô Thị Phương", "Lò Văn Sơn", "Hà Thị Yến"]
SUBJECTS = ["công tác bình đẳng giới và vì sự tiến bộ của phụ nữ", "Tháng hành động vì bình đẳng giới",
            "phòng, chống bạo lực trên cơ sở giới", "công tác cán bộ nữ", "phòng, chống bạo lực gia đình",
            "truyền thông về bình đẳng giới", "hỗ trợ phụ nữ khởi nghiệp", "chăm sóc sức khỏe sinh sản vị thành niên"]


class Writer:
    """Texts for one document, from a seeded generator."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.year = self.rng.choice([2025, 2026])
        self.subject = self.rng.choice(SUBJECTS)
        self.number = self.rng.choice([1, 3, 5, 7, 9, 12, 15, 26, 48, 112, 205, 1390])
        self.day = self.rng.randint(1, 28)
        self.month = self.rng.randint(1, 12)
        self.level = self.rng.choice(["tinh", "tinh", "so", "so", "xa", "thanh_pho"])
        if self.level == "tinh":
            upper, self.place = self.rng.choice(PROVINCES)
            self.chu_quan, self.co_quan, self.issuer_abbr = [], ["ỦY BAN NHÂN DÂN", f"TỈNH {upper}"], "UBND"
            self.issuer, self.head, self.collective = f"Ủy ban nhân dân tỉnh {self.place}", "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"
        elif self.level == "thanh_pho":
            upper, self.place = self.rng.choice(CITIES)
            self.chu_quan, self.co_quan, self.issuer_abbr = [], ["ỦY BAN NHÂN DÂN", upper], "UBND"
            self.issuer, self.head, self.collective = f"Ủy ban nhân dân thành phố {self.place}", "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"
        elif self.level == "xa":
            upper, self.place = self.rng.choice(COMMUNES)
            self.chu_quan, self.co_quan, self.issuer_abbr = [], ["ỦY BAN NHÂN DÂN", upper], "UBND"
            kind = "xã" if upper.startswith("XÃ") else "phường"
            self.issuer, self.head, self.collective = f"Ủy ban nhân dân {kind} {self.place}", "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"
        else:
            upper, self.place = self.rng.choice(PROVINCES)
            dept, abbr, name, _ = self.rng.choice(DEPARTMENTS)
            self.chu_quan, self.co_quan, self.issuer_abbr = [f"UBND TỈNH {upper}"], [dept], abbr
            self.issuer, self.head, self.collective = name, "GIÁM ĐỐC", None
        self.names = self.rng.sample(NAMES, 3)

    # -- shared parts ------------------------------------------------------------------------
    def so(self, abbr: str | None, unit: str = "VX") -> str:
        number = f"{self.number:02d}"
        symbol = f"{abbr}-{self.issuer_abbr}" if abbr else f"{self.issuer_abbr}-{unit}"
        return f"Số: {number}/{symbol}"

    def ngay(self) -> str:
        month = f"{self.month:02d}" if self.month <= 2 else str(self.month)
        return f"{self.place}, ngày {self.day:02d} tháng {month} năm {self.year}"

    def date_words(self) -> str:
        month = f"{self.month:02d}" if self.month <= 2 else str(self.month)
        return f"ngày {self.day:02d} tháng {month} năm {self.year}"

    def titles(self) -> list[str]:
        if self.collective:
            return self.rng.choice([[f"TM. {self.collective}", self.head],
                                    [f"TM. {self.collective}", f"KT. {self.head}", f"PHÓ {self.head}"]])
        return self.rng.choice([[self.head], [f"KT. {self.head}", f"PHÓ {self.head}"],
                                [f"TL. {self.head}", "CHÁNH VĂN PHÒNG"]])

    def noi_nhan(self, first: list[str] | None = None) -> list[str]:
        others = self.rng.sample(["Bộ Nội vụ (để báo cáo)", "Thường trực Tỉnh ủy (để báo cáo)", "Các sở, ban, ngành tỉnh",
                                  "Ủy ban nhân dân các xã, phường", "Hội Liên hiệp Phụ nữ tỉnh", "Cổng thông tin điện tử tỉnh",
                                  "Chủ tịch, các Phó Chủ tịch UBND tỉnh"], 3)
        unit = self.rng.choice(["VX", "NV", "KGVX", "VP", "TCCB"])
        tail = self.rng.choice(["", "", f", {self.rng.choice(['PL', 'NVA', 'HTM'])}.({self.rng.choice([5, 10, 30])})"])
        items = [*(first or []), *others]
        return [f"- {x};" for x in items] + [f"- Lưu: VT, {unit}{tail}."]

    def prose(self, n: int) -> list[tuple[str, str]]:
        pool = [
            f"Nâng cao nhận thức, trách nhiệm của các cấp, các ngành và toàn xã hội về {self.subject}, góp phần thực hiện "
            f"thắng lợi các mục tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 trên địa bàn.",
            "Các cơ quan, đơn vị chủ động xây dựng kế hoạch, lồng ghép nội dung bình đẳng giới vào chương trình công tác, "
            "bảo đảm thiết thực, hiệu quả, tránh hình thức, phù hợp với điều kiện thực tế của từng địa phương.",
            "Tăng cường công tác kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới; kịp thời phát hiện, "
            "biểu dương các điển hình tiên tiến và chấn chỉnh những hạn chế, thiếu sót trong quá trình triển khai.",
            f"Bố trí kinh phí thực hiện từ nguồn ngân sách nhà nước được giao trong dự toán năm {self.year} của các cơ quan, "
            "đơn vị và các nguồn huy động hợp pháp khác theo quy định của pháp luật.",
            "Đẩy mạnh ứng dụng công nghệ thông tin trong công tác truyền thông, đa dạng hóa hình thức tuyên truyền, "
            "chú trọng vùng đồng bào dân tộc thiểu số, vùng sâu, vùng xa và nhóm phụ nữ yếu thế.",
            "Thu thập, cập nhật số liệu thống kê về giới đầy đủ, chính xác, phục vụ công tác đánh giá, dự báo và "
            "xây dựng chính sách; bảo đảm chế độ thông tin, báo cáo định kỳ đúng thời hạn quy định.",
        ]
        self.rng.shuffle(pool)
        return [("doan", pool[k % len(pool)]) for k in range(n)]

    def diem(self, n: int) -> list[tuple[str, str]]:
        texts = ["Tổ chức quán triệt, phổ biến nội dung kế hoạch đến cán bộ, công chức, viên chức.",
                 "Lồng ghép nội dung bình đẳng giới trong các hội nghị, sinh hoạt chuyên đề.",
                 "Biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc.",
                 "Tổng hợp, báo cáo kết quả thực hiện về cơ quan thường trực đúng thời hạn.",
                 "Phối hợp với Hội Liên hiệp Phụ nữ tổ chức các hoạt động hưởng ứng.",
                 "Rà soát, đề xuất sửa đổi các quy định còn bất cập."]
        letters = "abcdđeghik"
        return [("diem", f"{letters[k]}) {texts[k % len(texts)]}") for k in range(n)]

    def bullets(self, n: int) -> list[tuple[str, str]]:
        texts = ["Tổ chức các lớp tập huấn cho đội ngũ cán bộ làm công tác bình đẳng giới;",
                 "Xây dựng, nhân rộng các mô hình điểm về phòng, chống bạo lực gia đình;",
                 "Phát hành tài liệu tuyên truyền bằng tiếng Việt và tiếng dân tộc thiểu số;",
                 "Tổ chức đối thoại chính sách với phụ nữ tại cơ sở."]
        return [("gach", f"- {texts[k % len(texts)]}") for k in range(n)]


# -------------------------------------------------------------------------------- types
def ke_hoach_like(w: Writer, abbr: str, type_name: str, lead: str) -> Doc:
    """Mẫu 1.4: Kế hoạch, Hướng dẫn, Chương trình, Phương án, Đề án, Chỉ thị, Thông báo, Báo cáo."""
    body = [("doan", f"{w.issuer} ban hành {lead} {w.subject} năm {w.year} như sau:"),
            ("muc_la_ma", "I. MỤC ĐÍCH, YÊU CẦU"), ("khoan", "1. Mục đích"), *w.prose(2),
            ("khoan", "2. Yêu cầu"), *w.diem(w.rng.choice([3, 4])),
            ("muc_la_ma", "II. NHIỆM VỤ, GIẢI PHÁP"), ("khoan", "1. Công tác truyền thông"), *w.prose(1),
            *([("khoan_con", "1.1. Truyền thông trên các phương tiện thông tin đại chúng"), *w.prose(1)]
              if w.rng.random() < 0.4 else []),
            *w.bullets(w.rng.choice([2, 3])), ("khoan", "2. Công tác kiểm tra, giám sát"), *w.prose(2),
            ("muc_la_ma", "III. TỔ CHỨC THỰC HIỆN"), *w.prose(2)]
    body[-1] = ("doan", body[-1][1] + "/.")
    can_cu = []
    if w.rng.random() < 0.5:
        can_cu = ["Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
                  "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia "
                  "về bình đẳng giới giai đoạn 2021 - 2030."]
    return Doc("co_ten_loai", abbr, w.chu_quan, w.co_quan, w.so(abbr), w.ngay(), type_names=[type_name],
               trich_yeu=[f"{lead.capitalize()} {w.subject} năm {w.year}"], can_cu=can_cu, body=body,
               titles=w.titles(), name=w.names[0], noi_nhan=w.noi_nhan())


def quyet_dinh(w: Writer) -> Doc:
    head = f"{w.head} ỦY BAN NHÂN DÂN TỈNH {w.place.upper()}" if w.collective else f"{w.head} {w.co_quan[-1]}"
    doc = Doc("co_ten_loai", "QĐ", w.chu_quan, w.co_quan, w.so("QĐ"), w.ngay(), type_names=["QUYẾT ĐỊNH"],
              trich_yeu=[f"Về việc thành lập Ban Chỉ đạo {w.subject} năm {w.year}"], tham_quyen=[head],
              can_cu=["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                      "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
                      f"Theo đề nghị của Chánh Văn phòng tại Tờ trình số 18/TTr-VP ngày 02 tháng 02 năm {w.year}."],
              quyet_nghi="QUYẾT ĐỊNH:",
              body=[("dieu", f"Điều 1. Thành lập Ban Chỉ đạo {w.subject} năm {w.year}, gồm các ông (bà) có tên sau:"),
                    ("khoan", f"1. Ông (bà) {w.names[1]}, Phó Chủ tịch, Trưởng ban."),
                    ("khoan", "2. Ông (bà) Giám đốc Sở Nội vụ, Phó Trưởng ban thường trực."),
                    ("dieu", "Điều 2. Ban Chỉ đạo có nhiệm vụ giúp người đứng đầu chỉ đạo, đôn đốc, kiểm tra việc "
                             "thực hiện các nhiệm vụ được giao; Ban tự giải thể sau khi hoàn thành nhiệm vụ."),
                    ("dieu", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, "
                             "đơn vị có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")],
              titles=[f"KT. {w.head}", f"PHÓ {w.head}"] if w.rng.random() < 0.5 else [w.head],
              name=w.names[0], noi_nhan=w.noi_nhan(["Như Điều 3"]))
    return doc


def nghi_quyet(w: Writer) -> Doc:
    upper = w.place.upper()
    return Doc("co_ten_loai", "NQ", [], ["HỘI ĐỒNG NHÂN DÂN", f"TỈNH {upper}"], w.so("NQ").replace("UBND", "HĐND"),
               w.ngay(), type_names=["NGHỊ QUYẾT"], trich_yeu=[f"Về việc thông qua Đề án {w.subject} giai đoạn 2026 - 2030"],
               tham_quyen=[f"HỘI ĐỒNG NHÂN DÂN TỈNH {upper}", "KHÓA XVIII, KỲ HỌP THỨ 12"],
               can_cu=["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                       "Xét Tờ trình số 25/TTr-UBND ngày 10 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh; "
                       "ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp."],
               quyet_nghi="QUYẾT NGHỊ:",
               body=[("dieu", f"Điều 1. Thông qua Đề án {w.subject} giai đoạn 2026 - 2030."),
                     ("dieu", "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này."),
                     ("dieu", "Điều 3. Nghị quyết này được Hội đồng nhân dân tỉnh khóa XVIII, kỳ họp thứ 12 thông qua "
                              "và có hiệu lực kể từ ngày thông qua./.")],
               titles=["CHỦ TỊCH"], name=w.names[0], noi_nhan=w.noi_nhan(["Ủy ban Thường vụ Quốc hội"]))


def quy_che(w: Writer, attached: bool) -> Doc:
    """Quy chế (QC) or Quy định (QyĐ), with chapters and articles; attached to a decision or on its own."""
    abbr, name = w.rng.choice([("QC", "QUY CHẾ"), ("QyĐ", "QUY ĐỊNH")])
    body = [("chuong", "Chương I"), ("tieu_de", "QUY ĐỊNH CHUNG"),
            ("dieu", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
            ("khoan", f"1. {name.capitalize()} này quy định nguyên tắc, chế độ làm việc của Ban Chỉ đạo."),
            ("khoan", "2. Đối tượng áp dụng gồm thành viên Ban Chỉ đạo và các cơ quan, đơn vị có liên quan."),
            ("dieu", "Điều 2. Nguyên tắc làm việc"), *w.diem(3),
            ("chuong", "Chương II"), ("tieu_de", "TỔ CHỨC THỰC HIỆN"),
            ("dieu", "Điều 3. Trách nhiệm thi hành"),
            ("doan", "Thành viên Ban Chỉ đạo, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thực hiện "
                     f"{name.capitalize()} này. Trong quá trình thực hiện, nếu có vướng mắc, phản ánh về cơ quan thường trực "
                     "để tổng hợp, báo cáo xem xét, sửa đổi, bổ sung cho phù hợp./.")]
    doc = Doc("co_ten_loai", abbr, w.chu_quan, w.co_quan, None if attached else w.so(abbr), None if attached else w.ngay(),
              type_names=[name], trich_yeu=[f"Làm việc của Ban Chỉ đạo {w.subject}"], body=body,
              titles=w.titles(), name=w.names[0], noi_nhan=[] if attached else w.noi_nhan())
    if attached:
        doc.kem_theo = (f"(Ban hành kèm theo Quyết định số {w.number:02d}/QĐ-{w.issuer_abbr} "
                        f"{w.date_words()} của {w.issuer})")
    return doc


def bao_cao(w: Writer, upward: bool) -> Doc:
    doc = ke_hoach_like(w, "BC", "BÁO CÁO", "kết quả thực hiện")
    doc.trich_yeu = [f"Kết quả thực hiện {w.subject} năm {w.year - 1}"]
    doc.can_cu = []
    doc.body[0] = ("doan", f"Thực hiện chỉ đạo của cấp trên, {w.issuer} báo cáo kết quả thực hiện {w.subject} như sau:")
    if upward:
        doc.kinh_gui = [w.rng.choice(["Bộ Nội vụ", f"Ủy ban nhân dân tỉnh {w.place}"])]
        doc.noi_nhan = w.noi_nhan(["Như trên"])
    return doc


def to_trinh(w: Writer) -> Doc:
    return Doc("co_ten_loai", "TTr", w.chu_quan, w.co_quan, w.so("TTr"), w.ngay(), type_names=["TỜ TRÌNH"],
               trich_yeu=[f"Về việc đề nghị phê duyệt Kế hoạch {w.subject} năm {w.year}"],
               kinh_gui=[f"Ủy ban nhân dân tỉnh {w.place}"],
               body=[("doan", f"Căn cứ chức năng, nhiệm vụ được giao, {w.issuer} kính trình Ủy ban nhân dân tỉnh xem xét, "
                              f"phê duyệt Kế hoạch {w.subject} năm {w.year}, với các nội dung chính như sau:"),
                     ("khoan", "1. Sự cần thiết ban hành Kế hoạch"), *w.prose(2),
                     ("khoan", "2. Nội dung chủ yếu của Kế hoạch"), *w.prose(2),
                     ("doan", f"{w.issuer} kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.")],
               titles=w.titles(), name=w.names[0], noi_nhan=w.noi_nhan(["Như trên"]))


def cong_van(w: Writer) -> Doc:
    n = w.rng.choice([1, 2, 3])
    recipients = ["Các sở, ban, ngành cấp tỉnh", "Ủy ban nhân dân các xã, phường", "Hội Liên hiệp Phụ nữ tỉnh"][:n]
    body = [("doan", f"Thực hiện Kế hoạch số 112/KH-UBND ngày 05 tháng 02 năm {w.year} của Ủy ban nhân dân tỉnh về "
                     f"{w.subject}, {w.issuer} đề nghị các cơ quan, đơn vị triển khai thực hiện một số nội dung sau:"),
            ("khoan", f"1. Tổ chức các hoạt động truyền thông về {w.subject}, bảo đảm thiết thực, hiệu quả."),
            ("khoan", "2. Lồng ghép nội dung bình đẳng giới trong xây dựng và thực hiện kế hoạch công tác."),
            ("khoan", f"3. Báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm {w.year} để tổng hợp."),
            ("doan", "Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.")]
    return Doc("cong_van", None, w.chu_quan, w.co_quan, w.so(None, w.rng.choice(["VX", "NV", "VP", "KGVX"])), w.ngay(),
               vv=[f"V/v triển khai {w.subject}", f"năm {w.year}"] if w.rng.random() < 0.4 else [f"V/v triển khai {w.subject} năm {w.year}"],
               kinh_gui=recipients, body=body, titles=w.titles(), name=w.names[0], noi_nhan=w.noi_nhan(["Như trên"]))


def cong_dien(w: Writer) -> Doc:
    who = f"{w.head} ỦY BAN NHÂN DÂN TỈNH {w.place.upper()}" if w.collective else f"{w.head} {w.co_quan[-1]}"
    return Doc("co_ten_loai", "CĐ", w.chu_quan, w.co_quan, w.so("CĐ"), w.ngay(), type_names=["CÔNG ĐIỆN"],
               trich_yeu=["Về việc bảo đảm an toàn cho phụ nữ và trẻ em trong mùa mưa bão"], dien=f"{who} điện:",
               dien_items=["- Giám đốc các sở, ban, ngành tỉnh;", "- Chủ tịch Ủy ban nhân dân các xã, phường."],
               body=[("doan", "Để chủ động ứng phó với mưa lũ, bảo vệ an toàn tính mạng của người dân, nhất là phụ nữ và "
                              "trẻ em, yêu cầu các cơ quan, đơn vị khẩn trương thực hiện các nội dung sau:"),
                     ("khoan", "1. Rà soát, sơ tán người dân ở vùng nguy hiểm đến nơi an toàn."),
                     ("khoan", "2. Bố trí lực lượng trực 24/24 giờ, báo cáo tình hình về Văn phòng trước 16 giờ hằng ngày./.")],
               titles=w.titles(), name=w.names[0], noi_nhan=w.noi_nhan(), one_page=True)


def giay_moi(w: Writer) -> Doc:
    return Doc("co_ten_loai", "GM", w.chu_quan, w.co_quan, w.so("GM"), w.ngay(), type_names=["GIẤY MỜI"],
               trich_yeu=[f"Dự Hội nghị sơ kết {w.subject}"],
               body=[("doan", f"{w.issuer} trân trọng kính mời: Đại diện lãnh đạo các sở, ban, ngành và Ủy ban nhân dân các xã, phường."),
                     ("doan", f"Tới dự: Hội nghị sơ kết 6 tháng đầu năm {w.year} về {w.subject}."),
                     ("doan", f"Chủ trì: Đồng chí {w.names[1]}, Phó Chủ tịch."),
                     ("doan", f"Thời gian: 08 giờ 00, ngày 20 tháng 7 năm {w.year}."),
                     ("doan", "Địa điểm: Hội trường tầng 3, trụ sở cơ quan."),
                     ("doan", "Đề nghị đại biểu nghiên cứu tài liệu trước khi đến dự hội nghị./.")],
               titles=w.titles(), name=w.names[0], noi_nhan=w.noi_nhan(), one_page=True)


def giay_gioi_thieu(w: Writer) -> Doc:
    return Doc("co_ten_loai", "GGT", w.chu_quan, w.co_quan, w.so("GGT"), w.ngay(), type_names=["GIẤY GIỚI THIỆU"],
               body=[("doan", f"{w.issuer} trân trọng giới thiệu:"), ("doan", f"Ông (bà): {w.names[1]}"),
                     ("doan", "Chức vụ: Chuyên viên phòng Công tác thanh niên và Bình đẳng giới"),
                     ("doan", "Được cử đến: Hội Liên hiệp Phụ nữ tỉnh"),
                     ("doan", f"Về việc: Phối hợp khảo sát thực trạng {w.subject}."),
                     ("doan", "Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ."),
                     ("doan", f"Giấy này có giá trị đến hết ngày 30 tháng 6 năm {w.year}./.")],
               titles=w.titles(), name=w.names[0], noi_nhan=["- Như trên;", "- Lưu: VT."], one_page=True)


def giay_nghi_phep(w: Writer) -> Doc:
    return Doc("co_ten_loai", "GNP", w.chu_quan, w.co_quan, w.so("GNP"), w.ngay(), type_names=["GIẤY NGHỈ PHÉP"],
               body=[("doan", f"Xét Đơn đề nghị nghỉ phép ngày 02 tháng 02 năm {w.year} của bà {w.names[1]},"),
                     ("doan", f"{w.issuer} cấp cho:"), ("doan", f"Bà: {w.names[1]}"), ("doan", "Chức vụ: Chuyên viên"),
                     ("doan", f"Được nghỉ phép trong thời gian 07 ngày, kể từ ngày 10 tháng 3 năm {w.year} đến hết ngày "
                              f"16 tháng 3 năm {w.year} tại xã Nga Sơn, tỉnh Thanh Hóa."),
                     ("doan", "Số ngày nghỉ phép nêu trên được tính vào thời gian nghỉ hằng năm có hưởng lương./.")],
               titles=w.titles(), name=w.names[0], noi_nhan=[f"- Bà {w.names[1]};", "- Lưu: VT, TCCB."], one_page=True)


def bien_ban(w: Writer) -> Doc:
    return Doc("co_ten_loai", "BB", w.chu_quan, w.co_quan, w.so("BB"), None, type_names=["BIÊN BẢN"],
               trich_yeu=[f"Cuộc họp Ban Chỉ đạo {w.subject}"],
               body=[("doan", f"Thời gian bắt đầu: 08 giờ 00, ngày 15 tháng 4 năm {w.year}."),
                     ("doan", "Địa điểm: Phòng họp số 2, trụ sở cơ quan."),
                     ("doan", "Thành phần tham dự: Các thành viên Ban Chỉ đạo (có danh sách kèm theo)."),
                     ("doan", f"Chủ trì (chủ tọa): Ông (bà) {w.names[0]}."),
                     ("doan", f"Thư ký (người ghi biên bản): Ông (bà) {w.names[2]}."),
                     ("doan", "Nội dung (theo diễn biến cuộc họp):"), *w.prose(2),
                     ("doan", f"Cuộc họp kết thúc vào 11 giờ 00 cùng ngày, ngày 15 tháng 4 năm {w.year}./.")],
               titles=["CHỦ TỌA"], name=w.names[0], second_signer=(["THƯ KÝ"], w.names[2]),
               noi_nhan=["- Các thành viên Ban Chỉ đạo;", "- Lưu: VT, Hồ sơ."])


def phu_luc(w: Writer) -> Doc:
    return Doc("phu_luc", None, [], [], None, None,
               appendix={"heading": "Phụ lục I", "title": [f"DANH MỤC HOẠT ĐỘNG VỀ {w.subject.upper()}"],
                         "kem_theo": f"(Kèm theo Kế hoạch số {w.number:02d}/KH-{w.issuer_abbr} {w.date_words()} của {w.issuer})",
                         "body": [f"{k}. {t}" for k, t in enumerate(["Tổ chức Tháng hành động vì bình đẳng giới.",
                                                                     "Tập huấn nghiệp vụ cho cán bộ cơ sở.",
                                                                     "Kiểm tra, giám sát tại các xã, phường."], start=1)]})


def dang(w: Writer) -> Doc:
    upper = w.place.upper()
    return Doc("dang", None, [f"ĐẢNG BỘ TỈNH {upper}"], ["TỈNH ỦY", "*"], f"Số {w.number}-KH/TU", w.ngay(),
               quoc_hieu="ĐẢNG CỘNG SẢN VIỆT NAM", tieu_ngu="", type_names=["KẾ HOẠCH"],
               trich_yeu=[f"Thực hiện Chỉ thị của Ban Bí thư về {w.subject}"], body=w.prose(4),
               titles=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], name=w.names[0],
               noi_nhan=["- Ban Bí thư Trung ương Đảng,", "- Các đảng bộ trực thuộc,", "- Lưu Văn phòng Tỉnh ủy."], party=True)


TYPED_14 = [("KH", "KẾ HOẠCH", "kế hoạch thực hiện"), ("HD", "HƯỚNG DẪN", "hướng dẫn thực hiện"),
            ("CTr", "CHƯƠNG TRÌNH", "chương trình hành động về"), ("PA", "PHƯƠNG ÁN", "phương án triển khai"),
            ("ĐA", "ĐỀ ÁN", "đề án nâng cao hiệu quả"), ("CT", "CHỈ THỊ", "chỉ thị về tăng cường"),
            ("TB", "THÔNG BÁO", "thông báo kết luận về"), ("TC", "THÔNG CÁO", "thông cáo về"),
            ("DA", "DỰ ÁN", "dự án hỗ trợ"), ("GUQ", "GIẤY ỦY QUYỀN", "ủy quyền giải quyết"),
            ("PB", "PHIẾU BÁO", "phiếu báo về")]


def build(kind: str, seed: int) -> Doc:
    """A document of ``kind`` (a Phụ lục III abbreviation, ``CV``, ``PL``, ``DANG``, ``QC_KEM``...)."""
    w = Writer(seed)
    for abbr, name, lead in TYPED_14:
        if kind == abbr:
            return ke_hoach_like(w, abbr, name, lead)
    builders = {"QĐ": lambda: quyet_dinh(w), "NQ": lambda: nghi_quyet(w), "QC": lambda: quy_che(w, False),
                "QC_KEM": lambda: quy_che(w, True), "BC": lambda: bao_cao(w, False), "BC_LEN": lambda: bao_cao(w, True),
                "TTr": lambda: to_trinh(w), "CV": lambda: cong_van(w), "CĐ": lambda: cong_dien(w),
                "GM": lambda: giay_moi(w), "GGT": lambda: giay_gioi_thieu(w), "GNP": lambda: giay_nghi_phep(w),
                "BB": lambda: bien_ban(w), "PL": lambda: phu_luc(w), "DANG": lambda: dang(w)}
    return builders[kind]()


def with_copy(doc: Doc, w: Writer, form: str) -> Doc:
    """The document as a copy: the copy's block under it (PL I, Phần II; Mẫu 3.1)."""
    abbr = {"SAO Y": "SY", "SAO LỤC": "SL", "TRÍCH SAO": "TrS"}[form]
    doc.copy = {"form": form, "co_quan": ["VĂN PHÒNG"] if w.collective else ["VĂN PHÒNG SỞ"],
                "so": f"Số: {w.rng.choice([2, 11, 34]):02d}/{abbr}-VP", "ngay": f"{w.place}, ngày 20 tháng 3 năm {w.year}",
                "titles": ["TL. CHỦ TỊCH" if w.collective else "TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"], "name": w.names[2],
                "noi_nhan": ["- Các phòng chuyên môn;", "- Lưu: VT."]}
    return doc


def with_appendix(doc: Doc, w: Writer) -> Doc:
    doc.appendix = phu_luc(w).appendix
    return doc
