"""What the documents say: issuers, signers, and the text of each type of Phụ lục III.

The wording follows the transcripts in /work/shared/seeds/ and the usual phrasing of Vietnamese
offices (Công văn hướng dẫn, Kế hoạch, Quyết định with căn cứ and Điều, Giấy mời, Biên bản,
Công điện ...). Names and numbers are invented. A body is a list of blocks:

    ("h1", "I.", "MỤC ĐÍCH, YÊU CẦU")     Roman heading (structure B)
    ("h2", "1.", "Mục đích")              titled khoản
    ("p", None, "text")                   running paragraph
    ("k", "1.", "text")                   untitled khoản (a numbered paragraph)
    ("d", "a)", "text")                   điểm
    ("dash", "-", "text")                 dash item
    ("chuong", "Chương I", "TITLE")       structure A chapter (label line + title line)
    ("dieu", "Điều 1.", "title or text")  article
    ("line", None, "Thời gian: ...")      labelled line of a Giấy mời, Biên bản ...
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Issuer:
    chu_quan: list[str]          # lines of the parent body (not bold), may be empty
    co_quan: list[str]           # lines of the issuing body (bold)
    abbr: str                    # issuer abbreviation in symbols (UBND, SNV ...)
    unit: str                    # drafting unit / field for a Công văn symbol (VX, VHXH ...)
    place: str                   # địa danh
    authority: str               # the body's name as the subject of a decision (QĐ, NQ)
    collective: str | None       # TM. <collective> when the body decides collectively
    head: str                    # head's post
    deputy: str                  # deputy's post
    luu_unit: str                # unit kept in the Lưu line
    kind: str = "ubnd"           # ubnd | so | phong | bo | hdnd | truong | van_phong
    full: str = ""               # the body's name in running text

    def __post_init__(self) -> None:
        if not self.full:
            level, _, name = self.co_quan[-1].partition(" ")
            if self.co_quan[0] in ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN"):
                self.full = f"{self.co_quan[0].capitalize()} {level.lower()} {name.title()}"
            else:
                self.full = " ".join(self.co_quan).capitalize()


ISSUERS = [
    Issuer([], ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"], "UBND", "VX", "Thanh Hóa",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "VX"),
    Issuer([], ["ỦY BAN NHÂN DÂN", "XÃ TRIỆU SƠN"], "UBND", "VHXH", "Triệu Sơn",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRIỆU SƠN", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "VHXH"),
    Issuer([], ["ỦY BAN NHÂN DÂN", "HUYỆN LỘC BÌNH"], "UBND", "LĐTBXH", "Lộc Bình",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LỘC BÌNH", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "LĐTBXH"),
    Issuer(["UBND TỈNH LẠNG SƠN"], ["SỞ NỘI VỤ"], "SNV", "CTTN", "Lạng Sơn",
           "GIÁM ĐỐC SỞ NỘI VỤ TỈNH LẠNG SƠN", None, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CTTN", "so", "Sở Nội vụ tỉnh Lạng Sơn"),
    Issuer(["UBND TỈNH NGHỆ AN"], ["SỞ Y TẾ"], "SYT", "NVY", "Nghệ An",
           "GIÁM ĐỐC SỞ Y TẾ TỈNH NGHỆ AN", None, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "NVY", "so", "Sở Y tế tỉnh Nghệ An"),
    Issuer(["UBND HUYỆN TRIỆU SƠN"], ["PHÒNG LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI"], "LĐTBXH", "BĐG", "Triệu Sơn",
           "TRƯỞNG PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", None, "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "BĐG", "phong",
           "Phòng Lao động - Thương binh và Xã hội huyện Triệu Sơn"),
    Issuer([], ["BỘ NỘI VỤ"], "BNV", "CTTN&BĐG", "Hà Nội",
           "BỘ TRƯỞNG BỘ NỘI VỤ", None, "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CTTN&BĐG", "bo", "Bộ Nội vụ"),
    Issuer([], ["HỘI ĐỒNG NHÂN DÂN", "XÃ NAM ĐÀN"], "HĐND", "TT", "Nam Đàn",
           "HỘI ĐỒNG NHÂN DÂN XÃ NAM ĐÀN", None, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TT", "hdnd"),
    Issuer(["UBND XÃ HOẰNG HÓA"], ["TRƯỜNG TIỂU HỌC", "HOẰNG ĐẠO"], "THHĐ", "CM", "Hoằng Hóa",
           "HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC HOẰNG ĐẠO", None, "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "CM", "truong",
           "Trường Tiểu học Hoằng Đạo"),
    Issuer([], ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH"], "UBND", "VHXH", "Hạc Thành",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "VHXH"),
    Issuer([], ["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU"], "UBND", "KT", "Cà Mau",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "KT"),
    Issuer(["UBND TỈNH QUẢNG NINH"], ["VĂN PHÒNG"], "VP", "TH", "Quảng Ninh",
           "CHÁNH VĂN PHÒNG UBND TỈNH QUẢNG NINH", None, "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TH", "van_phong",
           "Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh"),
]

NAMES = ["Nguyễn Văn Hùng", "Lê Thị Thu Hà", "Trần Minh Đức", "Phạm Thị Lan Anh", "Hoàng Văn Nam",
         "Đỗ Thị Hồng Nhung", "Vũ Quang Huy", "Bùi Thị Mai", "Lường Văn Chiến", "Hà Thị Thanh Xuân",
         "Đinh Công Tráng", "Mai Xuân Trường", "Lò Thị Duyên", "Tạ Đình Phong"]


@dataclass
class Text:
    """The words of one document; the builder lays them out."""
    type_name: str | None           # KẾ HOẠCH ... or None for a Công văn
    abbr: str | None                # type abbreviation in the symbol
    trich_yeu: list[str]            # lines (typed doc) or V/v lines (Công văn)
    kinh_gui: list[str] = field(default_factory=list)
    authority: str | None = None    # QĐ/NQ authority line
    can_cu: list[str] = field(default_factory=list)
    decide: str | None = None       # QUYẾT ĐỊNH: / QUYẾT NGHỊ:
    addressees_label: str | None = None   # Công điện: "CHỦ TỊCH ... điện:"
    body: list[tuple] = field(default_factory=list)
    noi_nhan: list[str] = field(default_factory=list)   # without the dash and final punctuation
    luu: str = "VT"
    kem_theo: str | None = None     # "(Ban hành kèm theo ...)" of an attached document


GENDER_P = [
    "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đảng, chính quyền đối với công tác bình đẳng giới và vì sự tiến bộ của phụ nữ; nâng cao nhận thức, trách nhiệm của cán bộ, công chức và Nhân dân trong việc thực hiện chính sách, pháp luật về bình đẳng giới",
    "Triển khai thực hiện toàn diện, có hiệu quả các nội dung của Chương trình Truyền thông về bình đẳng giới đến năm 2030, góp phần thực hiện các mục tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 trên địa bàn",
    "Tiếp tục đẩy mạnh thông tin, tuyên truyền, phổ biến các chủ trương, đường lối của Đảng và chính sách, pháp luật của Nhà nước về bình đẳng giới, phòng ngừa và ứng phó với bạo lực trên cơ sở giới bằng nhiều hình thức phù hợp với từng nhóm đối tượng",
    "Đổi mới, nâng cao chất lượng các hoạt động truyền thông, kết hợp truyền thông trực tiếp với truyền thông trên nền tảng số, quan tâm đến việc tiếp cận thông tin của người yếu thế, người khuyết tật và đồng bào dân tộc thiểu số",
    "Lồng ghép nội dung bình đẳng giới trong xây dựng và tổ chức thực hiện các chương trình, kế hoạch phát triển kinh tế - xã hội, xây dựng nông thôn mới và đô thị văn minh",
    "Tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới với chủ đề do cơ quan cấp trên hướng dẫn, bảo đảm thiết thực, tiết kiệm, hiệu quả",
    "Kiện toàn, nâng cao năng lực cho đội ngũ cán bộ làm công tác bình đẳng giới ở cơ sở; bố trí kinh phí thực hiện theo phân cấp ngân sách hiện hành và huy động các nguồn lực hợp pháp khác",
    "Định kỳ kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các cơ quan, đơn vị, doanh nghiệp trên địa bàn; kịp thời biểu dương các tập thể, cá nhân có thành tích tiêu biểu",
    "Nâng cao chất lượng thu thập, tổng hợp số liệu thống kê về giới; báo cáo kết quả thực hiện các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới theo đúng thời gian quy định",
    "Phát huy vai trò của Hội Liên hiệp Phụ nữ, Đoàn Thanh niên và các tổ chức đoàn thể trong tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia thực hiện bình đẳng giới",
    "Khuyến khích sự tham gia của nam giới, trẻ em trai trong các hoạt động thúc đẩy bình đẳng giới; phổ biến rộng rãi những tấm gương điển hình, người có uy tín trong cộng đồng",
    "Rà soát các hương ước, quy ước của thôn, bản, khu dân cư để kịp thời loại bỏ những nội dung mang tính định kiến giới, phân biệt đối xử về giới",
]

DISASTER_P = [
    "Theo dõi chặt chẽ diễn biến mưa lũ, kịp thời thông tin cảnh báo đến từng thôn, bản và người dân để chủ động các biện pháp phòng tránh",
    "Tổ chức kiểm tra, rà soát các khu vực có nguy cơ cao xảy ra lũ ống, lũ quét, sạt lở đất; chủ động sơ tán người dân ra khỏi khu vực nguy hiểm",
    "Bố trí lực lượng canh gác, hướng dẫn giao thông tại các ngầm, tràn, đoạn đường bị ngập sâu; kiên quyết không để người và phương tiện qua lại khi không bảo đảm an toàn",
    "Chuẩn bị đầy đủ lương thực, thuốc men, nhu yếu phẩm và phương tiện cứu hộ, cứu nạn theo phương châm bốn tại chỗ",
    "Kiểm tra, vận hành an toàn các hồ chứa nước, công trình thủy lợi; không để xảy ra sự cố ảnh hưởng đến khu vực hạ du",
]

ADMIN_P = [
    "Thực hiện nghiêm chế độ thông tin, báo cáo; bảo đảm số liệu đầy đủ, chính xác và gửi đúng thời hạn quy định",
    "Các cơ quan, đơn vị chủ động rà soát, cập nhật hồ sơ, tài liệu liên quan và phân công cán bộ đầu mối theo dõi, tổng hợp",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về cơ quan thường trực để được hướng dẫn",
    "Kinh phí thực hiện được bố trí trong dự toán ngân sách năm của cơ quan, đơn vị theo phân cấp quản lý hiện hành",
]


def sentences(rng: random.Random, pool: list[str], n: int) -> list[str]:
    picked = [pool[i % len(pool)] for i in rng.sample(range(len(pool) * 3), n)]
    return [s + ("." if not s.endswith(".") else "") for s in picked]


def diem_letters(n: int) -> list[str]:
    return ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"][:n]


def plan_body(rng: random.Random, long: bool, topic: str, what: str) -> list[tuple]:
    """Structure B: I./1./a)/- as in a Kế hoạch, Báo cáo, Hướng dẫn ..."""
    pool = GENDER_P if topic == "gender" else ADMIN_P + GENDER_P
    body: list[tuple] = [("p", None, f"Thực hiện Kế hoạch số 87/KH-UBND ngày 28/3/2025 của Ủy ban nhân dân tỉnh về {what}, "
                                      "Ủy ban nhân dân ban hành Kế hoạch thực hiện với những nội dung chủ yếu như sau:")]
    body.append(("h1", "I.", "MỤC ĐÍCH, YÊU CẦU"))
    body.append(("h2", "1.", "Mục đích"))
    body += [("p", None, s) for s in sentences(rng, pool, 2 if long else 1)]
    body.append(("h2", "2.", "Yêu cầu"))
    body += [("dash", "-", s) for s in sentences(rng, pool, 3 if long else 2)]
    body.append(("h1", "II.", "NHIỆM VỤ VÀ GIẢI PHÁP"))
    sections = 3 if long else 1
    for i in range(1, sections + 1):
        body.append(("h2", f"{i}.", ["Công tác tuyên truyền, phổ biến", "Nâng cao năng lực quản lý nhà nước",
                                     "Kiểm tra, giám sát", "Huy động nguồn lực"][i - 1]))
        n = rng.choice([2, 3, 4]) if long else 2
        for letter, s in zip(diem_letters(n), sentences(rng, pool, n)):
            body.append(("d", f"{letter})", s))
    body.append(("h1", "III.", "TỔ CHỨC THỰC HIỆN"))
    units = ["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Hội Liên hiệp Phụ nữ"]
    for i, u in enumerate(units[: 4 if long else 2], 1):
        body.append(("k", f"{i}.", f"{u}: {sentences(rng, pool, 1)[0]}"))
    if long:
        body += [("p", None, s) for s in sentences(rng, pool, 3)]
    body.append(("p", None, "Trên đây là Kế hoạch thực hiện; yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai "
                            "thực hiện, báo cáo kết quả về cơ quan thường trực trước ngày 15 tháng 12 để tổng hợp./."))
    return body


def report_body(rng: random.Random, long: bool) -> list[tuple]:
    body: list[tuple] = [("p", None, "Thực hiện Công văn số 739/BNV-CTTN&BĐG ngày 28/3/2025 của Bộ Nội vụ về hướng dẫn "
                                      "triển khai công tác bình đẳng giới năm 2025, Ủy ban nhân dân báo cáo kết quả như sau:")]
    body.append(("h1", "I.", "KẾT QUẢ THỰC HIỆN"))
    body.append(("h2", "1.", "Công tác chỉ đạo, điều hành"))
    body += [("p", None, s) for s in sentences(rng, GENDER_P, 2 if long else 1)]
    body.append(("h2", "2.", "Kết quả thực hiện các mục tiêu"))
    for letter, s in zip(diem_letters(3), sentences(rng, GENDER_P, 3)):
        body.append(("d", f"{letter})", s))
    body.append(("h1", "II.", "KHÓ KHĂN, VƯỚNG MẮC"))
    body += [("dash", "-", s) for s in sentences(rng, ADMIN_P, 2)]
    body.append(("h1", "III.", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TIẾP THEO"))
    body += [("p", None, s) for s in sentences(rng, GENDER_P, 3 if long else 1)]
    body.append(("p", None, "Trên đây là báo cáo kết quả thực hiện công tác bình đẳng giới năm 2025./."))
    return body


def letter_body(rng: random.Random, long: bool) -> list[tuple]:
    """A Công văn: prose, sometimes numbered points, as in seed 003."""
    body: list[tuple] = [("p", None, "Thực hiện Công văn số 702/SNV-CTTN ngày 11/3/2026 của Sở Nội vụ về việc hướng dẫn triển khai "
                                      "công tác bình đẳng giới năm 2026, Ủy ban nhân dân đề nghị các cơ quan, đơn vị triển khai "
                                      "thực hiện những nội dung sau:")]
    for i, s in enumerate(sentences(rng, GENDER_P, 4 if long else 2), 1):
        body.append(("k", f"{i}.", s))
        if long and i == 2:
            body += [("dash", "-", t) for t in sentences(rng, GENDER_P, 3)]
    body.append(("p", None, "Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện, báo cáo kết quả trước ngày 30/11/2026 "
                            "(qua Phòng Văn hóa - Xã hội) để tổng hợp./."))
    return body


def decision_articles(rng: random.Random, subject: str, dieu3: str) -> list[tuple]:
    return [
        ("dieu", "Điều 1.", f"{subject}"),
        ("dieu", "Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký."),
        ("dieu", "Điều 3.", f"{dieu3} chịu trách nhiệm thi hành Quyết định này./."),
    ]


def regulation_body(rng: random.Random, long: bool) -> list[tuple]:
    """Structure A: Chương, Điều, khoản, điểm (a Quy chế or Quy định attached to a decision)."""
    body: list[tuple] = [("chuong", "Chương I", "QUY ĐỊNH CHUNG")]
    body.append(("dieu", "Điều 1.", "Phạm vi điều chỉnh và đối tượng áp dụng"))
    body.append(("k", "1.", "Quy chế này quy định về nguyên tắc, chế độ trách nhiệm, lề lối làm việc và quan hệ công tác của "
                            "Ban Chỉ đạo công tác bình đẳng giới và vì sự tiến bộ của phụ nữ."))
    body.append(("k", "2.", "Quy chế này áp dụng đối với các thành viên Ban Chỉ đạo và các cơ quan, đơn vị có liên quan."))
    body.append(("dieu", "Điều 2.", "Nguyên tắc làm việc"))
    for letter, s in zip(diem_letters(3), sentences(rng, ADMIN_P, 3)):
        body.append(("d", f"{letter})", s))
    body.append(("chuong", "Chương II", "NHIỆM VỤ, QUYỀN HẠN"))
    body.append(("dieu", "Điều 3.", "Nhiệm vụ của Trưởng ban"))
    body += [("k", f"{i}.", s) for i, s in enumerate(sentences(rng, GENDER_P, 3 if long else 2), 1)]
    body.append(("dieu", "Điều 4.", "Nhiệm vụ của các thành viên"))
    body += [("k", f"{i}.", s) for i, s in enumerate(sentences(rng, GENDER_P, 3 if long else 2), 1)]
    body.append(("chuong", "Chương III", "TỔ CHỨC THỰC HIỆN"))
    body.append(("dieu", "Điều 5.", "Trong quá trình thực hiện, nếu có vướng mắc, các thành viên phản ánh về cơ quan thường trực "
                                    "để tổng hợp, báo cáo Trưởng ban xem xét, sửa đổi, bổ sung cho phù hợp./."))
    return body


def text_for(kind: str, rng: random.Random, iss: Issuer, long: bool, year: int) -> Text:
    """The words of a document of `kind` (a key of KINDS) issued by `iss`."""
    if kind == "kh":
        return Text("KẾ HOẠCH", "KH",
                    [f"Thực hiện công tác bình đẳng giới và vì sự tiến bộ", f"của phụ nữ năm {year}"]
                    if rng.random() < 0.5 else [f"Truyền thông về bình đẳng giới năm {year}"],
                    body=plan_body(rng, long, "gender", "thực hiện công tác bình đẳng giới"),
                    noi_nhan=["Sở Nội vụ (để b/c)", "TT Đảng ủy, HĐND (để b/c)", "Chủ tịch, các PCT UBND",
                              "Các cơ quan, đơn vị liên quan"], luu=f"VT, {iss.luu_unit}")
    if kind == "cv":
        return Text(None, None,
                    ["V/v triển khai công tác bình đẳng giới", f"năm {year} trên địa bàn"],
                    kinh_gui=["Các phòng, ban, ngành, đoàn thể", "Trưởng các thôn, khu phố"],
                    body=letter_body(rng, long),
                    noi_nhan=["Như trên", "Chủ tịch, các PCT UBND", "Đảng ủy (để b/c)"], luu=f"VT, {iss.luu_unit}")
    if kind == "cv1":
        return Text(None, None, [f"V/v báo cáo số liệu thống kê về giới năm {year}"],
                    kinh_gui=["Sở Nội vụ tỉnh Thanh Hóa"],
                    body=letter_body(rng, long),
                    noi_nhan=["Như trên", "Lưu hồ sơ"][:1], luu=f"VT, {iss.luu_unit}")
    if kind == "qd":
        subject = rng.choice([
            "Kiện toàn Ban Vì sự tiến bộ của phụ nữ, gồm các ông (bà) có tên trong danh sách kèm theo.",
            f"Ban hành Kế hoạch thực hiện Chương trình truyền thông về bình đẳng giới năm {year}.",
            "Thành lập Tổ công tác rà soát hương ước, quy ước của các thôn, khu dân cư."])
        return Text("QUYẾT ĐỊNH", "QĐ", [rng.choice([
                        "Về việc kiện toàn Ban Vì sự tiến bộ của phụ nữ",
                        f"Ban hành Kế hoạch truyền thông về bình đẳng giới năm {year}",
                        "Về việc thành lập Tổ công tác rà soát hương ước, quy ước"])],
                    authority=iss.authority,
                    can_cu=["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
                            "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
                            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
                            "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội"],
                    decide="QUYẾT ĐỊNH:",
                    body=decision_articles(rng, subject, "Chánh Văn phòng, Trưởng phòng Văn hóa - Xã hội và các cơ quan, cá nhân có liên quan"),
                    noi_nhan=["Như Điều 3", "Chủ tịch, các PCT UBND", "Lưu hồ sơ công việc"][:2], luu=f"VT, {iss.luu_unit}")
    if kind == "nq":
        return Text("NGHỊ QUYẾT", "NQ", [f"Về kế hoạch tổ chức các kỳ họp thường lệ năm {year}"],
                    authority=f"{iss.authority}\nKHÓA XXI, KỲ HỌP THỨ TÁM",
                    can_cu=["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
                            f"Xét Tờ trình số 15/TTr-TT ngày 02 tháng 12 năm {year - 1} của Thường trực Hội đồng nhân dân xã"],
                    decide="QUYẾT NGHỊ:",
                    body=[("dieu", "Điều 1.", f"Tổ chức 02 kỳ họp thường lệ trong năm {year}: kỳ họp giữa năm vào tháng 7 và kỳ họp cuối năm vào tháng 12."),
                          ("dieu", "Điều 2.", "Giao Thường trực Hội đồng nhân dân xã tổ chức thực hiện Nghị quyết này."),
                          ("dieu", "Điều 3.", f"Nghị quyết này đã được Hội đồng nhân dân xã khóa XXI, kỳ họp thứ tám thông qua ngày 20 tháng 12 năm {year - 1} và có hiệu lực từ ngày thông qua./.")],
                    noi_nhan=["TT HĐND, UBND xã", "Các đại biểu HĐND xã"], luu="VT")
    if kind == "bc":
        return Text("BÁO CÁO", "BC", [f"Kết quả thực hiện công tác bình đẳng giới năm {year}"],
                    body=report_body(rng, long),
                    noi_nhan=["Sở Nội vụ (để b/c)", "TT Đảng ủy, HĐND"], luu=f"VT, {iss.luu_unit}")
    if kind == "bc_len":
        return Text("BÁO CÁO", "BC", [f"Tình hình thực hiện Chiến lược quốc gia về bình đẳng giới", f"năm {year}"],
                    kinh_gui=["Ủy ban nhân dân tỉnh Thanh Hóa"], body=report_body(rng, long),
                    noi_nhan=["Như trên", "Sở Nội vụ"], luu=f"VT, {iss.luu_unit}")
    if kind == "ttr":
        return Text("TỜ TRÌNH", "TTr", [f"Về việc đề nghị phê duyệt kinh phí tổ chức Tháng hành động", f"vì bình đẳng giới năm {year}"],
                    kinh_gui=["Ủy ban nhân dân tỉnh Thanh Hóa"],
                    body=[("p", None, s) for s in sentences(rng, GENDER_P + ADMIN_P, 4 if long else 2)]
                    + [("p", None, "Kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./.")],
                    noi_nhan=["Như trên", "Sở Tài chính"], luu=f"VT, {iss.luu_unit}")
    if kind == "tb":
        return Text("THÔNG BÁO", "TB", ["Kết luận của Chủ tịch Ủy ban nhân dân tại cuộc họp", "giao ban công tác tháng 3"],
                    body=[("p", None, f"Ngày 10 tháng 3 năm {year}, Chủ tịch Ủy ban nhân dân chủ trì cuộc họp giao ban. "
                                      "Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch kết luận như sau:")]
                    + [("k", f"{i}.", s) for i, s in enumerate(sentences(rng, ADMIN_P + GENDER_P, 3 if long else 2), 1)]
                    + [("p", None, "Văn phòng thông báo để các cơ quan, đơn vị biết, thực hiện./.")],
                    noi_nhan=["Các thành viên UBND", "Các cơ quan, đơn vị liên quan"], luu=f"VT, {iss.luu_unit}")
    if kind == "ct":
        return Text("CHỈ THỊ", "CT", ["Về tăng cường công tác phòng, chống thiên tai", f"và tìm kiếm cứu nạn năm {year}"],
                    body=[("p", None, "Những năm gần đây, tình hình thiên tai diễn biến ngày càng phức tạp, khó lường, gây thiệt hại "
                                      "lớn về người và tài sản của Nhân dân. Để chủ động phòng, tránh, giảm nhẹ thiệt hại, "
                                      "Chủ tịch Ủy ban nhân dân yêu cầu:")]
                    + [("k", f"{i}.", s) for i, s in enumerate(sentences(rng, DISASTER_P, 4 if long else 3), 1)]
                    + [("p", None, "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị này./.")],
                    noi_nhan=["Ban Chỉ huy PCTT và TKCN tỉnh", "Các cơ quan, đơn vị"], luu=f"VT, {iss.luu_unit}")
    if kind == "hd":
        return Text("HƯỚNG DẪN", "HD", [f"Tổ chức các hoạt động hưởng ứng Tháng hành động", f"vì bình đẳng giới năm {year}"],
                    body=plan_body(rng, long, "gender", "hưởng ứng Tháng hành động vì bình đẳng giới"),
                    noi_nhan=["UBND các xã, phường", "Các cơ quan, đơn vị liên quan"], luu=f"VT, {iss.luu_unit}")
    if kind == "ctr":
        return Text("CHƯƠNG TRÌNH", "CTr", [f"Công tác trọng tâm năm {year}"],
                    body=plan_body(rng, long, "admin", "chương trình công tác năm"),
                    noi_nhan=["Các thành viên UBND", "Các cơ quan, đơn vị"], luu=f"VT, {iss.luu_unit}")
    if kind == "pa":
        return Text("PHƯƠNG ÁN", "PA", [f"Ứng phó với thiên tai trên địa bàn năm {year}"],
                    body=[("h1", "I.", "MỤC ĐÍCH, YÊU CẦU")] + [("dash", "-", s) for s in sentences(rng, DISASTER_P, 2)]
                    + [("h1", "II.", "CÁC BIỆN PHÁP ỨNG PHÓ")]
                    + [("k", f"{i}.", s) for i, s in enumerate(sentences(rng, DISASTER_P, 4 if long else 2), 1)]
                    + [("h1", "III.", "TỔ CHỨC THỰC HIỆN"), ("p", None, "Các cơ quan, đơn vị căn cứ Phương án này triển khai thực hiện./.")],
                    noi_nhan=["Ban Chỉ huy PCTT và TKCN tỉnh", "Các thôn, bản"], luu=f"VT, {iss.luu_unit}")
    if kind == "da":
        return Text("ĐỀ ÁN", "ĐA", [f"Nâng cao năng lực đội ngũ cán bộ làm công tác bình đẳng giới", f"giai đoạn {year} - 2030"],
                    body=plan_body(rng, long, "gender", "nâng cao năng lực đội ngũ cán bộ"),
                    noi_nhan=["Sở Nội vụ", "Các cơ quan, đơn vị"], luu=f"VT, {iss.luu_unit}")
    if kind == "qc":
        return Text("QUY CHẾ", "QC", ["Hoạt động của Ban Chỉ đạo công tác bình đẳng giới", "và vì sự tiến bộ của phụ nữ"],
                    body=regulation_body(rng, long), noi_nhan=[], luu="VT",
                    kem_theo=f"(Ban hành kèm theo Quyết định số 25/QĐ-UBND ngày 10 tháng 3 năm {year} của {iss.full})")
    if kind == "gm":
        return Text("GIẤY MỜI", "GM", [f"Dự Hội nghị triển khai công tác bình đẳng giới năm {year}"],
                    body=[("p", None, "Ủy ban nhân dân trân trọng kính mời:"),
                          ("line", None, "Đại diện lãnh đạo các cơ quan, đơn vị, đoàn thể; Trưởng các thôn, khu phố."),
                          ("line", None, f"Thời gian: 01 buổi, bắt đầu từ 07 giờ 30 phút, ngày 18 tháng 3 năm {year}."),
                          ("line", None, "Địa điểm: Hội trường Ủy ban nhân dân."),
                          ("line", None, "Nội dung: Triển khai kế hoạch công tác bình đẳng giới và vì sự tiến bộ của phụ nữ."),
                          ("p", None, "Rất mong các đại biểu tham dự đầy đủ, đúng thời gian./.")],
                    noi_nhan=["Như thành phần mời", "Chủ tịch, các PCT UBND"], luu="VT")
    if kind == "ggt":
        return Text("GIẤY GIỚI THIỆU", "GGT", [],
                    body=[("p", None, "Ủy ban nhân dân trân trọng giới thiệu:"),
                          ("line", None, "Ông (bà): Phạm Thị Lan Anh"),
                          ("line", None, "Chức vụ: Công chức Văn hóa - Xã hội"),
                          ("line", None, "Được cử đến: Sở Nội vụ tỉnh Thanh Hóa"),
                          ("line", None, "Về việc: Nộp báo cáo thống kê về giới và tiếp nhận tài liệu tập huấn."),
                          ("p", None, "Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ."),
                          ("p", None, f"Giấy này có giá trị đến hết ngày 30 tháng 4 năm {year}./.")],
                    noi_nhan=["Như trên"], luu="VT")
    if kind == "gnp":
        return Text("GIẤY NGHỈ PHÉP", "GNP", [],
                    body=[("p", None, f"Xét Đơn đề nghị nghỉ phép ngày 02 tháng 7 năm {year} của bà Hà Thị Thanh Xuân, "
                                      "Ủy ban nhân dân cấp cho:"),
                          ("line", None, "Bà: Hà Thị Thanh Xuân"),
                          ("line", None, "Chức vụ: Công chức Văn phòng - Thống kê"),
                          ("p", None, f"Được nghỉ phép năm {year} trong thời gian 10 ngày, kể từ ngày 15 tháng 7 năm {year} "
                                      f"đến hết ngày 28 tháng 7 năm {year} tại xã Triệu Sơn, tỉnh Thanh Hóa."),
                          ("p", None, f"Số ngày nghỉ phép nêu trên được tính vào thời gian nghỉ phép năm {year}./.")],
                    noi_nhan=["Bà Hà Thị Thanh Xuân"], luu="VT")
    if kind == "qyd":
        body: list[tuple] = [("chuong", "Chương I", "QUY ĐỊNH CHUNG"),
                             ("dieu", "Điều 1.", "Phạm vi điều chỉnh"),
                             ("p", None, "Quy định này quy định việc tiếp nhận, xử lý và trả lời phản ánh của người dân "
                                         "về bạo lực trên cơ sở giới trên địa bàn."),
                             ("dieu", "Điều 2.", "Đối tượng áp dụng"),
                             ("p", None, "Quy định này áp dụng đối với các cơ quan, đơn vị, thôn, khu phố và cá nhân có liên quan."),
                             ("chuong", "Chương II", "TIẾP NHẬN VÀ XỬ LÝ PHẢN ÁNH"),
                             ("muc", "Mục 1", "TIẾP NHẬN PHẢN ÁNH"),
                             ("dieu", "Điều 3.", "Hình thức tiếp nhận")]
        body += [("k", f"{i}.", s) for i, s in enumerate([
            "Trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân.",
            "Qua đường dây nóng, thư điện tử hoặc Cổng thông tin điện tử.",
            "Qua Trưởng thôn, khu phố và các tổ chức đoàn thể."], 1)]
        body += [("muc", "Mục 2", "XỬ LÝ PHẢN ÁNH"), ("dieu", "Điều 4.", "Thời hạn xử lý")]
        body += [("k", "1.", "Phản ánh được xử lý trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận."),
                 ("k", "2.", "Trường hợp phức tạp, thời hạn xử lý không quá 10 ngày làm việc./.")]
        return Text("QUY ĐỊNH", "QyĐ", ["Tiếp nhận, xử lý phản ánh về bạo lực trên cơ sở giới"],
                    body=body, noi_nhan=[], luu="VT",
                    kem_theo=f"(Ban hành kèm theo Quyết định số 31/QĐ-UBND ngày 18 tháng 3 năm {year} của {iss.full})")
    if kind == "tb_ho_so":
        return Text("THÔNG BÁO", "TB", ["Về việc tiếp nhận hồ sơ đề nghị hỗ trợ phụ nữ khởi nghiệp"],
                    body=[("p", None, f"Thực hiện Kế hoạch số 25/KH-UBND ngày 10 tháng 3 năm {year}, Ủy ban nhân dân "
                                      "thông báo việc tiếp nhận hồ sơ như sau:"),
                          ("line", None, "Đối tượng: Phụ nữ từ đủ 18 tuổi, cư trú trên địa bàn, có dự án khởi nghiệp."),
                          ("line", None, "Nơi nhận hồ sơ: Bộ phận Một cửa Ủy ban nhân dân, trong giờ hành chính."),
                          ("line", None, f"Thời hạn nhận hồ sơ: đến hết ngày 30 tháng 6 năm {year}."),
                          ("p", None, "Ủy ban nhân dân thông báo để các tổ chức, cá nhân biết, thực hiện./.")],
                    noi_nhan=["Các thôn, khu phố", "Hội Liên hiệp Phụ nữ"], luu=f"VT, {iss.luu_unit}")
    if kind == "bb":
        return Text("BIÊN BẢN", "BB", ["Họp Ban Vì sự tiến bộ của phụ nữ quý I"],
                    body=[("line", None, f"Thời gian bắt đầu: 14 giờ 00 phút, ngày 25 tháng 3 năm {year}."),
                          ("line", None, "Địa điểm: Phòng họp Ủy ban nhân dân."),
                          ("line", None, "Thành phần tham dự: Các thành viên Ban Vì sự tiến bộ của phụ nữ (có mặt 9/11 thành viên)."),
                          ("line", None, "Chủ trì: Ông Trần Minh Đức, Phó Chủ tịch UBND, Trưởng ban."),
                          ("line", None, "Thư ký: Bà Bùi Thị Mai, công chức Văn hóa - Xã hội."),
                          ("line", None, "Nội dung cuộc họp:"),
                          ] + [("k", f"{i}.", s) for i, s in enumerate(sentences(rng, GENDER_P, 3 if long else 2), 1)]
                    + [("p", None, f"Cuộc họp kết thúc vào 16 giờ 30 phút cùng ngày. Biên bản đã được thông qua trước các thành viên dự họp./.")],
                    noi_nhan=["Các thành viên Ban", "Lưu hồ sơ cuộc họp"][:1], luu="VT, hồ sơ")
    if kind == "cd":
        return Text("CÔNG ĐIỆN", "CĐ", ["Về việc chủ động ứng phó với mưa lũ, sạt lở đất"],
                    addressees_label=f"{iss.head} ỦY BAN NHÂN DÂN {iss.co_quan[-1]} điện:",
                    kinh_gui=["Giám đốc các Sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các xã, phường"],
                    body=[("p", None, "Theo tin của Đài Khí tượng Thủy văn tỉnh, từ đêm nay đến hết ngày mai trên địa bàn tỉnh "
                                      "có mưa to đến rất to, nguy cơ cao xảy ra lũ quét, sạt lở đất. Để chủ động ứng phó, "
                                      "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:")]
                    + [("k", f"{i}.", s) for i, s in enumerate(sentences(rng, DISASTER_P, 3), 1)]
                    + [("p", None, "Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.")],
                    noi_nhan=["Như trên", "Ban Chỉ huy PCTT và TKCN tỉnh"], luu=f"VT, {iss.luu_unit}")
    if kind == "pl":
        return Text("PHỤ LỤC", None, [f"DANH SÁCH THÀNH VIÊN BAN VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ NĂM {year}"],
                    kem_theo=f"(Kèm theo Quyết định số 25/QĐ-UBND ngày 10 tháng 3 năm {year} của {iss.full})")
    raise KeyError(kind)
