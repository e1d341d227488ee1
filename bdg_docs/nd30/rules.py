"""The checkable rules of spec §5 (R1–R50), with their level and source.

``MUST`` rules come from the text of Nghị định 30/2020/NĐ-CP (Phụ lục I) and are errors;
``SHOULD`` rules come from its sample layouts or common practice and are warnings.
The summaries are in Vietnamese because the checker shows them to officers.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Level(str, Enum):
    MUST = "MUST"
    SHOULD = "SHOULD"

    @property
    def severity(self) -> str:
        return "error" if self is Level.MUST else "warning"


@dataclass(frozen=True)
class Rule:
    """A checkable rule of the layout spec (§5): its ID, level, what it says and where it comes from."""

    id: str
    level: Level
    summary: str
    source: str


def _rules(*rows: tuple[str, str, str, str]) -> dict[str, Rule]:
    return {rid: Rule(rid, Level(level), summary, source) for rid, level, summary, source in rows}


RULES: dict[str, Rule] = _rules(
    ("R1", "MUST", "Khổ giấy A4 (210 × 297 mm).", "PL I, I.1"),
    ("R2", "MUST", "Trình bày theo chiều dài khổ A4 (trừ phần có bảng rộng).", "PL I, I.2"),
    ("R3", "MUST", "Lề trên 20–25 mm.", "PL I, I.3"),
    ("R4", "MUST", "Lề dưới 20–25 mm.", "PL I, I.3"),
    ("R5", "MUST", "Lề trái 30–35 mm.", "PL I, I.3"),
    ("R6", "MUST", "Lề phải 15–20 mm.", "PL I, I.3"),
    ("R7", "MUST", "Phông chữ Times New Roman cho mọi đoạn chữ.", "PL I, I.4"),
    ("R8", "MUST", "Chữ màu đen.", "PL I, I.4"),
    ("R9", "SHOULD", "Chữ Unicode dựng sẵn (NFC), không dùng phông TCVN3/VNI.", "PL I, I.4"),
    ("R10", "MUST", "Số trang ở giữa lề trên, cỡ 13–14, đứng; trang đầu không đánh số.", "PL I, I.7"),
    ("R11", "MUST", "Quốc hiệu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', in hoa, cỡ 12–13, đậm.", "PL I, II.1.a"),
    ("R12", "MUST", "Tiêu ngữ: 'Độc lập - Tự do - Hạnh phúc' (gạch nối '-'), cỡ 13–14, đậm, căn giữa.", "PL I, II.1.b"),
    ("R13", "MUST", "Đường kẻ liền dưới Tiêu ngữ, dài bằng dòng chữ.", "PL I, II.1.c"),
    ("R14", "MUST", "Tên cơ quan ban hành in hoa, cỡ 12–13, đậm, căn giữa ở cột trái.", "PL I, II.2"),
    ("R15", "MUST", "Tên cơ quan chủ quản in hoa, cỡ 12–13, không đậm, trên tên cơ quan ban hành.", "PL I, II.2"),
    ("R16", "MUST", "Đường kẻ dưới tên cơ quan ban hành dài 1/3–1/2 dòng chữ, căn giữa.", "PL I, II.2.b"),
    ("R17", "MUST", "Dòng số: 'Số: 05/KH-UBND' (số dưới 10 viết 01–09, không có dấu cách trong ký hiệu), cỡ 13, không đậm.", "PL I, II.3"),
    ("R18", "MUST", "Ký hiệu văn bản có tên loại bắt đầu bằng chữ viết tắt tên loại (KH-); công văn không có chữ viết tắt tên loại.", "PL I, II.3.b; PL III"),
    ("R19", "MUST", "Số văn bản hành chính không có năm.", "PL I, II.3"),
    ("R20", "MUST", "Ngày tháng: ngày 01–09 có số 0; chỉ tháng 01, 02 có số 0 ('tháng 3', không 'tháng 03').", "PL I, II.4.b"),
    ("R21", "MUST", "Dòng địa danh, ngày tháng in nghiêng, cỡ 13–14, cùng hàng với dòng số.", "PL I, II.4.c"),
    ("R22", "MUST", "Ngày tháng có thật; địa danh viết hoa chữ đầu.", "PL I, II.4"),
    ("R23", "MUST", "Tên loại 'KẾ HOẠCH' in hoa, đậm, cỡ 13–14, căn giữa.", "PL I, II.5.a"),
    ("R24", "MUST", "Trích yếu dưới tên loại: đậm, cỡ 13–14, căn giữa, chữ thường.", "PL I, II.5.a"),
    ("R25", "MUST", "Đường kẻ dưới trích yếu dài 1/3–1/2 dòng chữ, căn giữa.", "PL I, II.5.a"),
    ("R26", "MUST", "Công văn: trích yếu 'V/v ...' ở cột trái dưới dòng số, cỡ 12–13, không đậm, cách dòng số 6pt.", "PL I, II.5.b"),
    ("R27", "MUST", "Công văn: 'Kính gửi:' cỡ 13–14; nhiều nơi thì mỗi nơi một dòng '- ...;', dòng cuối kết thúc '.'.", "PL I, II.9.b"),
    ("R28", "MUST", "Nội dung: căn đều hai bên, cỡ 13–14, thụt đầu dòng 1–1,27 cm.", "PL I, II.6.e"),
    ("R29", "MUST", "Khoảng cách giữa các đoạn tối thiểu 6pt.", "PL I, II.6.e"),
    ("R30", "MUST", "Khoảng cách dòng từ đơn đến 1,5 dòng.", "PL I, II.6.e"),
    ("R31", "MUST", "Căn cứ in nghiêng, cỡ 13–14; mỗi căn cứ kết thúc ';', căn cứ cuối kết thúc '.'.", "PL I, II.6.a"),
    ("R32", "MUST", "Mục 'I.' in hoa, đậm; khoản '1.' đậm khi có tiêu đề; điểm 'a)' không đậm.", "PL I, II.6.d"),
    ("R33", "SHOULD", "Điểm theo thứ tự chữ cái tiếng Việt a, b, c, d, đ, e, g, h, ... (không f, j, w, z).", "PL I, II.6.d"),
    ("R34", "MUST", "Quyền hạn, chức vụ người ký in hoa, đậm, cỡ 13–14, căn giữa.", "PL I, II.7.đ"),
    ("R35", "MUST", "Chữ viết tắt quyền hạn: TM., KT., TL., TUQ., Q. (không 'T/M', 'K/T').", "PL I, II.7.b; Điều 13"),
    ("R36", "MUST", "Sau dòng KT./TL./TUQ. phải có dòng chức vụ của người ký.", "PL I, II.7.b; Điều 13"),
    ("R37", "MUST", "Họ tên người ký: đậm, cỡ 13–14, chữ thường, không ghi học hàm, học vị.", "PL I, II.7.c"),
    ("R38", "MUST", "'Nơi nhận:' cỡ 12, đậm nghiêng, sát lề trái, ngang dòng chức vụ người ký.", "PL I, II.9.d"),
    ("R39", "MUST", "Mỗi nơi nhận cỡ 11, bắt đầu '- ', kết thúc ';'.", "PL I, II.9.d"),
    ("R40", "MUST", "Dòng cuối: '- Lưu: VT, <đơn vị>.'", "PL I, II.9.d"),
    ("R41", "MUST", "Công văn: nơi nhận đầu tiên là '- Như trên;'.", "PL I, II.9.b"),
    ("R42", "SHOULD", "Văn bản có tên loại không ghi 'Như trên'.", "PL III, Mẫu 1.4"),
    ("R43", "SHOULD", "Ký hiệu người soạn thảo, số bản: chữ in hoa và số (vd. 'PL.(300)'), cỡ 11.", "PL I, III.3"),
    ("R44", "MUST", "Dấu mức độ khẩn/mật đúng chữ, in hoa, đậm, trong khung.", "PL I, III.2"),
    ("R45", "MUST", "Chỉ dẫn phạm vi lưu hành in hoa, đậm, trong khung, trên Quốc hiệu.", "PL I, III.2.c"),
    ("R46", "MUST", "Địa chỉ cơ quan ở cuối trang đầu, cỡ 11–12, dưới đường kẻ.", "PL I, III.4"),
    ("R47", "MUST", "Phụ lục: 'Phụ lục I' cỡ 14 đậm căn giữa; tên phụ lục in hoa; dòng '(Kèm theo ...)' in nghiêng.", "PL I, III.1"),
    ("R48", "SHOULD", "Nội dung kết thúc bằng './.'.", "PL III, Mẫu 1.4, 1.5"),
    ("R49", "SHOULD", "Phần đầu trình bày bằng bảng 2 cột không viền; cột trái 35–45%.", "PL III, Mẫu 1.4, 1.5"),
    ("R50", "MUST", "Chữ viết tắt tên loại dùng 'Đ' (QĐ, HĐ, ĐA), không viết 'D' thay 'Đ'.", "PL III"),
)
