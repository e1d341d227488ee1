"""From a read .docx to a data file: the steps, in order.

1. the header and shared parts (:mod:`.shared`); the locality profile, when the issuer and the
   date match one (:mod:`.locality`);
2. the body rebuilt from its labels (:mod:`.outline`) and placed in the type's fields (one module
   per type, named as the type);
3. citations, abbreviations and year values found again in the order the library composes
   (:mod:`.references`); footnotes as ``chu_thich``;
4. what the profile supplies left out; the lines nothing took kept at the end for review;
5. the YAML text (:mod:`.yaml_text`), loaded back with the project's loader into the document's
   model; the page rules applied as render applies them (a paragraph italic as a whole written
   upright, for review; what is still refused becomes the import's problems); the model laid out
   and compared with the .docx, part by part: every difference is reported. A plan read as the
   annual plan that lacks what that type needs is read again as a communication plan (any plan),
   and the report says why.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from bdg_docs.compose import END_MARK
from bdg_docs.documents import DOCUMENT_TYPES
from bdg_docs.documents.base import VanBanHanhChinh
from bdg_docs.errors import InputError, Problem, UnsupportedDocument
from bdg_docs.layout import Paragraph
from bdg_docs.models.citation import VanBan
from bdg_docs.documents.hang_nam import VanBanHangNam
from bdg_docs.importing import (bao_cao_bdg_vstbcpn, cong_van_huong_dan, ke_hoach_bdg_vstbcpn, ke_hoach_truyen_thong,
                                locality, shared)
from bdg_docs.importing.kinds import TYPES
from bdg_docs.importing.outline import PLACEHOLDER, Para, Row, placeholder, read_body
from bdg_docs.importing.references import References, paras
from bdg_docs.importing.source import Review, Source
from bdg_docs.importing.text import Ref, Seg, markup, unformatted
from bdg_docs.importing.yaml_text import Commented, dump, plain_data
from bdg_docs.profiles import Profile, ProfileRegistry
from bdg_docs.reader import lines as L
from bdg_docs.reader.views import TableView

REVIEW = "cần xem lại"


@dataclass
class Imported:
    """A document read back: its type, its data (what the YAML file holds), the file's text, and
    what an officer must look at (``reviews``), with the counts of the report."""

    loai: str
    data: dict[str, Any]
    yaml: str
    reviews: tuple[Review, ...]
    read: int  # lines with words in the .docx (body, tables, text boxes, footnotes)
    placed: int  # of those, lines the data file holds or the library writes again
    to_review: int  # of the placed lines, those kept with "# cần xem lại"
    document: VanBanHanhChinh | None = field(default=None, repr=False)  # None when the data does not validate
    problems: tuple[str, ...] = ()  # the loader's messages when it does not

    @property
    def valid(self) -> bool:
        return self.document is not None

    def summary(self) -> str:
        """The report's last line: paragraphs read, placed, to review."""
        return f"Đã đọc {self.read} đoạn; đưa vào tệp {self.placed} đoạn; {self.to_review} đoạn cần xem lại."


class Importer:
    """Reads one document as one type."""

    def __init__(self, src: Source, loai: str, registry: ProfileRegistry, filename: str):
        self.src = src
        self.loai = loai
        self.model = DOCUMENT_TYPES[loai]
        self.registry = registry
        self.filename = filename
        self.profile: Profile | None = None
        self.notes: dict[str, Para] = {}
        self.refs: References | None = None
        self.nam = 0  # a yearly document's year, from its trích yếu or date
        self.labels_typed: dict[str, str] = {}  # where a label typed again was taken off → the review

    def review(self, where: str, message: str) -> None:
        self.src.review(where, message)

    # -- 1. header and shared parts -----------------------------------------------------------
    def header(self) -> dict[str, Any]:
        src = self.src
        data: dict[str, Any] = {"loai": self.loai}
        viet_tat = self.model.VIET_TAT
        co_quan = shared.issuer(src)
        so, ky_hieu = shared.number(src, viet_tat)
        if self.loai == cong_van_huong_dan.LOAI:
            trich_yeu = shared.vv(src) or shared.trich_yeu(src)
        else:
            trich_yeu = shared.trich_yeu(src) or shared.vv(src)
        if not trich_yeu:
            self.review("phần đầu", "không tìm thấy trích yếu: ghi 'trich_yeu'.")
            trich_yeu = PLACEHOLDER
        trich_yeu = shared.lower_case(src, trich_yeu)
        dia_danh, ngay = shared.place_and_date(src, shared.year_in(trich_yeu))
        if issubclass(self.model, VanBanHangNam):  # the library writes "năm N" after the trích yếu
            trich_yeu, nam = ke_hoach_bdg_vstbcpn.split_year(trich_yeu)
            self.nam = nam or ngay["nam"]
            data["nam"] = self.nam
        data["co_quan"] = co_quan
        data["so"] = Commented(so, after="để trống: dự thảo chưa có số" if so is None else None)
        data["ky_hieu"] = ky_hieu
        data["dia_danh"] = dia_danh
        draft = "ngay" not in ngay or "thang" not in ngay
        data["ngay"] = Commented(ngay, after="dự thảo: chưa ghi ngày, tháng" if draft else None)
        data["trich_yeu"] = trich_yeu
        if self.loai == cong_van_huong_dan.LOAI:
            names = shared.kinh_gui(src)
            if not names:
                self.review("phần đầu", "không tìm thấy Kính gửi: ghi 'kinh_gui'.")
                names = [PLACEHOLDER]
            data["kinh_gui"] = names
        span = (date(ngay["nam"], ngay.get("thang", 1), ngay.get("ngay", 1)), _bound(ngay))
        text = " ".join(p.text for p in src.view.all_paragraphs())
        self.profile = locality.find(self.registry, co_quan, span, " ".join([*co_quan.get("chu_quan", []), text]),
                                     self.review)
        return data

    # -- 2. body ------------------------------------------------------------------------------
    def body(self) -> tuple[dict[str, Any], list[Para]]:
        src = self.src
        can_cu = shared.can_cu(src)
        for item in src.parts.body:
            src.take(item.paragraph)
        for appendix in src.parts.appendices:
            src.take(appendix.heading, *appendix.title, appendix.kem_theo, appendix.rule, *appendix.body)
        table = self._indicator_table() if self.loai == bao_cao_bdg_vstbcpn.LOAI else None
        left = [p for p in src.leftovers() if not (table and isinstance(p, Row) and p.table == table[0].index)]
        roots = read_body(src.parts.body, lambda item: src.order(item.paragraph), lambda item: src.words(item.paragraph),
                          left, self.labels_typed.__setitem__)
        declare: list[Para] = []
        if self.loai == cong_van_huong_dan.LOAI:
            content = cong_van_huong_dan.content(roots, self.review)
            for para in can_cu:  # a letter has no căn cứ of its own: its lines open it
                para.review = "dòng căn cứ của công văn được ghi thành đoạn mở đầu"
            content["mo_dau"] = [*can_cu, *content["mo_dau"]]
            return content, declare
        content = {"can_cu": can_cu}
        if self.loai == bao_cao_bdg_vstbcpn.LOAI:
            own, declare = bao_cao_bdg_vstbcpn.content(roots, self.nam, table, self.review)
        elif self.loai == ke_hoach_bdg_vstbcpn.LOAI:
            own, declare = ke_hoach_bdg_vstbcpn.content(roots, self.nam, self.review)
        else:
            own = ke_hoach_truyen_thong.content(roots, self.review)
        content.update(own)
        return content, declare

    def _indicator_table(self) -> tuple[TableView, int] | None:
        """The report's indicator table in the body, its lines taken, and where it stands."""
        for block in self.src.view.blocks:
            if isinstance(block, TableView) and bao_cao_bdg_vstbcpn.indicator_table(block):
                lines = list(block.paragraphs())
                self.src.take_all(lines)
                return block, self.src.order(lines[0])
        return None

    # -- 3. references ------------------------------------------------------------------------
    def references(self, data: dict[str, Any], declare: list[Para]) -> None:
        from bdg_docs.catalogue import shipped_catalogue

        catalogue = shipped_catalogue()
        entries: dict[str, VanBan] = {key: VanBan.model_validate(catalogue[key].van_ban()) for key in catalogue}
        if self.profile is not None:
            entries.update(self.profile.van_ban)
        values = ke_hoach_bdg_vstbcpn.values(self.nam, dates=self.loai == ke_hoach_bdg_vstbcpn.LOAI) \
            if issubclass(self.model, VanBanHangNam) else None
        refs = References(entries, values=values)
        for para in declare:
            refs.declare_in(para)
        refs.resolve(paras(data), self._footnote)
        self.refs = refs
        if refs.abbreviations:
            data["viet_tat"] = dict(refs.abbreviations)
        van_ban = refs.van_ban()
        if van_ban:
            data["van_ban"] = van_ban
        if self.notes:
            data["chu_thich"] = dict(self.notes)
        if "can_cu" in data:
            data["can_cu"] = [self._can_cu(para, refs) for para in data["can_cu"]]

    def _footnote(self, key: str) -> Para | None:
        if key not in self.notes:
            note = self.src.footnote(key)
            if note is None:
                return None
            self.notes[key] = note
        return self.notes[key]

    def _can_cu(self, para: Para, refs: References) -> Any:
        """``Căn cứ [@luat_bdg_2006]`` as ``{van_ban: luat_bdg_2006}`` (with ``dong_tu`` when not the usual verb)."""
        items = para.items
        if len(items) == 2 and isinstance(items[0], Seg) and isinstance(items[1], Ref) and items[1].sigil == "@":
            verb = items[0].text.strip()
            if verb in ("Căn cứ", "Thực hiện") and items[0].text == verb + " " and not (items[0].bold or items[0].italic):
                entry = refs.entries[items[1].key]
                out: dict[str, Any] = {"van_ban": items[1].key}
                if verb != entry.dong_tu_mac_dinh:
                    out["dong_tu"] = verb
                return out
        return para

    # -- 4. the whole data --------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        head = self.header()
        ending = {"noi_nhan": shared.noi_nhan(self.src, nhu_tren=self.model.NHU_TREN), "chu_ky": shared.chu_ky(self.src)}
        content, declare = self.body()
        data = {**head, **content}
        self.references(data, declare)
        if self.loai == ke_hoach_bdg_vstbcpn.LOAI:
            ke_hoach_bdg_vstbcpn.finish(data, self.refs)
        if self.loai == bao_cao_bdg_vstbcpn.LOAI:
            bao_cao_bdg_vstbcpn.finish(data, self.refs, self.nam)
        if self.loai == cong_van_huong_dan.LOAI:
            attached = cong_van_huong_dan.attachments(cong_van_huong_dan.texts(data))
            if attached:
                data["kem_theo"] = attached
        data.update(ending)
        self._appendices(data)
        self._required(data)
        self._said_where_labels_were_typed(data)
        _without_end_mark(data)
        for name in ("can_cu", "muc_khac", "to_chuc_thuc_hien"):  # empty: the type's default
            if name in data and not data[name]:
                data.pop(name)
        if self.profile is not None:
            locality.leave_out(data, self.profile, viet_tat_loai=self.model.VIET_TAT)
            data = {"loai": data.pop("loai"), **({"nam": data.pop("nam")} if "nam" in data else {}),
                    "dia_phuong": Commented(self.profile.khoa, after=_profile_note(self.profile)), **data}
        return _ordered(data, self.loai)

    def _appendices(self, data: dict[str, Any]) -> None:
        """Appendices after the signature: kept at the end of the closing paragraphs, for review."""
        closing = data.setdefault("ket_luan", [])
        for appendix in self.src.parts.appendices:
            lines = [appendix.heading, *appendix.title, *([appendix.kem_theo] if appendix.kem_theo else []), *appendix.body]
            for n, line in enumerate(lines):
                why = "phụ lục sau phần ký: loại văn bản này không có phụ lục, giữ ở cuối nội dung" if n == 0 else None
                closing.append(self.src.para(line, review=why))

    def _said_where_labels_were_typed(self, data: dict[str, Any]) -> None:
        """The review of a label typed again above the first paragraph read from that line."""
        notes = dict(self.labels_typed)
        for para in paras(data):
            note = notes.pop(para.where, None)
            if note is not None:
                para.add_review(note)
        for where, note in notes.items():
            self.review(where, note)

    def _required(self, data: dict[str, Any]) -> None:
        """A field the type requires that the document lacks gets ``…`` and a line to review."""
        for name in _REQUIRED[self.loai]:
            if not data.get(name):
                data[name] = [_placeholder(name)]
        if self.loai == ke_hoach_truyen_thong.LOAI and not data.get("nhiem_vu"):
            data["nhiem_vu"] = {"nhom": [{"ten": _placeholder("nhiem_vu.nhom"), "noi_dung": [_placeholder("noi_dung")]}]}
        if self.loai == bao_cao_bdg_vstbcpn.LOAI:
            judged = data.setdefault("danh_gia", {})
            for name in ("ket_qua_dat_duoc", "han_che", "nguyen_nhan"):
                judged[name] = judged.get(name) or [_placeholder(f"danh_gia.{name}")]
            if not data.get("ket_qua_thuc_hien"):
                data["ket_qua_thuc_hien"] = [{"ten": _placeholder("ket_qua_thuc_hien"), "noi_dung": [_placeholder("noi_dung")]}]


_REQUIRED = {
    "ke_hoach_truyen_thong": ("mo_dau", "muc_dich", "yeu_cau", "ket_luan"),
    "ke_hoach_bdg_vstbcpn": ("mo_dau", "muc_dich", "yeu_cau", "ket_luan"),
    "cong_van_huong_dan": ("mo_dau", "noi_dung", "ket_luan"),
    "bao_cao_bdg_vstbcpn": ("mo_dau", "lanh_dao_chi_dao", "phuong_huong", "de_xuat", "ket_luan"),
}


def _without_end_mark(data: dict[str, Any]) -> None:
    """The body's last paragraph without the ``./.`` the library writes at the end of the content."""
    last = None
    for last in paras(data):
        pass
    if last is not None and last.items and isinstance(last.items[-1], Seg) and last.items[-1].text.endswith(END_MARK):
        tail = last.items[-1]
        last.items[-1] = Seg(tail.text[:-len(END_MARK)] + ".", tail.bold, tail.italic)


def _placeholder(name: str) -> Para:
    return placeholder(f"văn bản gốc không có phần này ({name}): viết vào đây")


# Where each field goes in the file: the starter files' order.
_ORDER = ("loai", "nam", "dia_phuong", "co_quan", "so", "ky_hieu", "dia_danh", "ngay", "trich_yeu", "kinh_gui",
          "viet_tat", "van_ban", "chu_thich", "ke_hoach_cap_tren", "ke_hoach", "can_cu")


# What a reader of the file needs to know about a field, said above it (as the starter files do).
COMMENTS = {
    "viet_tat": "Chữ viết tắt, dùng bằng [=...]: lần đầu ghi tên đầy đủ và chữ viết tắt, các lần sau ghi tắt.",
    "van_ban": "Văn bản được trích dẫn bằng [@khoa]: văn bản riêng của văn bản này, và chỗ viết khác danh mục "
               "(bdg-docs citations) hay hồ sơ địa phương.",
    "chu_thich": "Chú thích cuối trang, dùng bằng [^khoa].",
    "ke_hoach_cap_tren": "Kế hoạch năm của cấp trên (khóa trong van_ban), trích dẫn ở đoạn mở đầu: năm sau thay bằng "
                         "kế hoạch năm mới.",
    "ke_hoach": "Kế hoạch được báo cáo: khóa trong van_ban, năm của kế hoạch.",
    "can_cu": "Căn cứ (in nghiêng): chương trình thêm ';' và '.' cuối dòng.",
    "kinh_gui": "Kính gửi: mỗi nơi một dòng; chương trình thêm '- ', ';' và '.'.",
    "mo_dau": "Đoạn mở đầu.",
    "muc_dich": "MỤC ĐÍCH, YÊU CẦU - 1. Mục đích",
    "yeu_cau": "2. Yêu cầu",
    "muc_tieu": "MỤC TIÊU: chung, cụ thể",
    "nhiem_vu": "Các nhóm nhiệm vụ 1., 2., ... (tên nhóm in đậm)",
    "noi_dung_hoat_dong": "NỘI DUNG HOẠT ĐỘNG: các nhóm 1., 2., ...; nhóm Tháng hành động chỉ ghi 'thang_hanh_dong: true' "
                          "(tên và ngày do chương trình ghi theo năm).",
    "kinh_phi": "KINH PHÍ THỰC HIỆN",
    "muc_khac": "Các mục khác, đặt sau mục Kinh phí.",
    "to_chuc_thuc_hien": "TỔ CHỨC THỰC HIỆN: từng cơ quan; {khoa: ...} là tên trong hồ sơ địa phương; cung_dong: tên và "
                         "nội dung trên một dòng; de_nghi: 'Đề nghị ...'.",
    "lanh_dao_chi_dao": "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI",
    "ket_qua_thuc_hien": "KẾT QUẢ THỰC HIỆN: các nhóm của kế hoạch; mỗi hoạt động một 'ket_qua'.",
    "bang_chi_tieu": "Bảng kết quả thực hiện các chỉ tiêu: mỗi hàng một khóa chỉ tiêu (bdg-docs indicators).",
    "danh_gia": "ĐÁNH GIÁ CHUNG",
    "phuong_huong": "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM SAU (chương trình ghi năm)",
    "de_xuat": "ĐỀ XUẤT, KIẾN NGHỊ",
    "ket_luan": "Các đoạn kết (chương trình thêm './.' cuối nội dung).",
    "kem_theo": "Tài liệu gửi kèm công văn (nhắc đến trong nội dung).",
    "noi_nhan": "Nơi nhận: chỉ ghi tên; chương trình thêm '- ', ';' và dòng Lưu ('luu').",
    "chu_ky": "Người ký: chức danh (TM., KT., TL., ...) và họ tên.",
}


def _ordered(data: dict[str, Any], loai: str) -> dict[str, Any]:
    """The fields in the starter files' order, each with what a reader needs to know about it."""
    head = {key: data[key] for key in _ORDER if key in data}
    tail = {key: data[key] for key in ("kem_theo", "noi_nhan", "chu_ky") if key in data}
    body = {key: value for key, value in data.items() if key not in head and key not in tail}
    out = {**head, **body, **tail}
    for key, value in out.items():
        note = COMMENTS.get(key)
        if key == "noi_dung" and loai == cong_van_huong_dan.LOAI:
            note = "Các nội dung 1., 2., ...: một đoạn, hoặc tieu_de (in đậm) với noi_dung."
        if key == "noi_nhan" and loai == cong_van_huong_dan.LOAI:
            note = "Nơi nhận: chỉ ghi tên; chương trình thêm '- Như trên;' đầu danh sách, '- ', ';' và dòng Lưu ('luu')."
        if note:
            out[key] = Commented(value.value, [note, *value.above], value.after) if isinstance(value, Commented) \
                else Commented(value, [note])
    return out


def _bound(ngay: dict[str, Any]) -> date:
    from bdg_docs.models.header import Ngay

    return Ngay.model_validate(ngay).bound()


def _profile_note(profile: Profile) -> str:
    return f"hồ sơ địa phương ({profile.ten_day_du}): cơ quan, địa danh, ký hiệu, nơi nhận, người ký"


# -------------------------------------------------------------------- 5. the file
def file_data(value: Any, review: Callable[[str, str], None]) -> Any:
    """Paragraphs as their markup, with ``# cần xem lại`` above those to review."""
    if isinstance(value, Para):
        text, lost = markup(value.items)
        notes = [value.review] if value.review else []
        if lost:
            notes.append("chữ đậm, nghiêng giữa một từ không ghi lại được: xem lại định dạng")
        for note in notes:
            review(value.where, note)
        return Commented(text, above=[f"{REVIEW}: {note}" for note in notes]) if notes else text
    if isinstance(value, Commented):
        inner = file_data(value.value, review)
        if isinstance(inner, Commented):
            return Commented(inner.value, [*value.above, *inner.above], value.after or inner.after)
        return Commented(inner, value.above, value.after)
    if isinstance(value, dict):
        return {key: file_data(item, review) for key, item in value.items()}
    if isinstance(value, list):
        return [file_data(item, review) for item in value]
    return value


def import_document(src: Source, loai: str, registry: ProfileRegistry, filename: str, *, forced: bool,
                    origin: str | None = None) -> Imported:
    """Read ``src`` as ``loai``; an annual plan lacking its parts is read as a communication plan.
    ``filename`` names the data file in messages; ``origin``, the .docx it is read from (its header says so)."""
    importer = Importer(src, loai, registry, filename)
    try:
        data = importer.data()
    except ke_hoach_bdg_vstbcpn.NotThisType as exc:
        if forced:
            raise UnsupportedDocument(f"văn bản không đọc được như {TYPES[loai]} ({loai}): {exc}; bỏ --loai để "
                                      "chương trình tự chọn loại") from None
        fresh = Source(src.view, src.parts)
        fresh.review("", f"văn bản giống kế hoạch năm BĐG–VSTBCPN nhưng {exc}: đọc như kế hoạch "
                         f"({ke_hoach_truyen_thong.LOAI}); chọn --loai {loai} để đọc như kế hoạch năm.")
        return import_document(fresh, ke_hoach_truyen_thong.LOAI, registry, filename, forced=True, origin=origin)
    header = _header(loai, origin or filename, importer.profile)
    content, text, reviews, document, problems = _written(data, header, filename, registry)
    page = document.page_problems() if document is not None else ()
    if _upright(data, page):
        content, text, reviews, document, problems = _written(data, header, filename, registry)
        page = document.page_problems() if document is not None else ()
    if page:  # what render would refuse: the officer fixes it in the file first
        document, problems = None, tuple(str(p) for p in page)
    src.reviews.extend(reviews)
    if document is not None:
        verify(document, src)
    review_count = len({r.where or r.message for r in src.reviews})  # places to look at, each once
    read = src.counts()
    return Imported(loai=loai, data=plain_data(content), yaml=text, reviews=tuple(src.reviews), read=read,
                    placed=read - len(src.left()), to_review=review_count, document=document, problems=problems)


def _written(data: dict[str, Any], header: list[str], filename: str, registry: ProfileRegistry) \
        -> tuple[Any, str, list[Review], VanBanHanhChinh | None, tuple[str, ...]]:
    """The file's data and text, the reviews its paragraphs carry, and the document it loads as."""
    reviews: list[Review] = []
    content = file_data(data, lambda where, message: reviews.append(Review(where, message)))
    try:
        text = dump(content, header)  # within what the loader reads
    except InputError as exc:
        raise UnsupportedDocument(f"văn bản quá dài để ghi thành một tệp dữ liệu: {exc.problems[0].message.rstrip('.')}; "
                                  "bdg-docs render không đọc được tệp như vậy. Chia thành các văn bản nhỏ hơn.") from None
    return (content, text, reviews, *_validate(text, filename, registry))


def _upright(data: dict[str, Any], page: tuple[Problem, ...]) -> bool:
    """Paragraphs the page rules refuse for being italic as a whole (R28: running text is upright)
    written upright, each with a line to review. True when one was."""
    from bdg_docs.loading import loc_of

    changed = False
    for problem in page:
        para = _para_at(data, loc_of(problem.field)) if problem.rule == "R28" else None
        if para is None:
            continue
        para.items = unformatted(para.items, bold=False, italic=True)
        para.add_review(UPRIGHT)
        changed = True
    return changed


UPRIGHT = "cả đoạn in nghiêng trong bản gốc, ghi lại chữ đứng (nội dung văn bản viết chữ đứng)"


def _para_at(value: Any, loc: tuple) -> Para | None:
    """The paragraph of the data at a field's location (or the paragraph a model field is read from)."""
    for part in (*loc, None):
        while isinstance(value, Commented):
            value = value.value
        if isinstance(value, Para) or part is None:
            break
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
            value = value[part]
        else:
            return None
    return value if isinstance(value, Para) else None


def _validate(text: str, filename: str, registry: ProfileRegistry) -> tuple[VanBanHanhChinh | None, tuple[str, ...]]:
    from bdg_docs.documents.loading import load_text

    try:
        return load_text(text, filename=filename, profiles=registry), ()
    except InputError as exc:
        return None, tuple(str(p) for p in exc.problems)


def _header(loai: str, filename: str, profile: Profile | None) -> list[str]:
    lines = [f"{TYPES[loai]}: nhập từ {filename} bằng 'bdg-docs nhap'.",
             "Xem các dòng \"# cần xem lại\" rồi tạo văn bản: bdg-docs render <tệp này> -o out --pdf"]
    if loai == ke_hoach_bdg_vstbcpn.LOAI:
        lines.append("Năm sau: bdg-docs render <tệp này> -o out --year <năm mới> (các ngày theo năm tự đổi).")
    lines += ["Trong các đoạn chữ: **đậm**, *nghiêng*, [^khoa] chú thích cuối trang, [@khoa] văn bản được trích dẫn",
              "(lần đầu ghi đủ, sau ghi gọn), [=BĐG] chữ viết tắt" + (", [$nam] năm của kế hoạch." if loai ==
                                                                   ke_hoach_bdg_vstbcpn.LOAI else "."),
              "Số mục (I., 1., a)), dấu '-' đầu nơi nhận và dòng Lưu do chương trình tự viết."]
    return lines


# -------------------------------------------------------------------- 6. the comparison
def verify(document: VanBanHanhChinh, src: Source) -> None:
    """The imported document laid out again, compared with the .docx part by part."""
    page = document.page()
    parts = src.parts
    header = parts.header
    pairs = [
        ("cơ quan ban hành", [*(header.chu_quan if header else []), *(header.co_quan if header else [])],
         [*page.chu_quan, *page.co_quan]),
        ("số, ký hiệu", [header.so] if header and header.so else [], [page.so]),
        ("địa danh, ngày tháng", [header.ngay] if header and header.ngay else [], [page.dia_danh_ngay]),
        ("trích yếu", [*parts.trich_yeu, *(header.vv if header else [])],
         [*(page.trich_yeu or "").split("\n"), *((page.vv or "").split("\n") if page.vv else [])]),
        ("chữ ký", parts.signature.lines if parts.signature else [], [*page.chuc_danh, page.ho_ten]),
        ("nơi nhận", parts.noi_nhan.items if parts.noi_nhan else [], [line.text for line in page.noi_nhan]),
    ]
    said = {r.where for r in src.reviews}
    for what, lines, made in pairs:
        before = " ".join(L.norm(p.text) for p in lines)
        after = " ".join(L.norm(t) for t in made if t)
        if _words(before) != _words(after) and before and not any(p.location in said for p in lines):
            src.review(what, _changed(before, after))
    body_before = [L.norm(p.text) for p in parts.can_cu] + [L.norm(b.paragraph.text) for b in parts.body]
    body_after = [L.norm(p.text) for p in page.can_cu] + [L.norm(p.text) for p in page.than if isinstance(p, Paragraph)]
    matcher = difflib.SequenceMatcher(None, body_before, body_after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        was = " / ".join(body_before[i1:i2])
        now = " / ".join(body_after[j1:j2])
        where = parts.body[max(0, min(i1 - len(parts.can_cu), len(parts.body) - 1))].paragraph.location if parts.body else ""
        if was and now:
            src.review(where, _changed(was, now))
        elif now:
            src.review(where, f"văn bản tạo lại thêm '{_short(now)}'.")
        else:
            src.review(where, f"văn bản tạo lại thiếu '{_short(was)}'.")


def _words(text: str) -> list[str]:
    return text.replace("\u00a0", " ").split()


def _changed(was: str, now: str, size: int = 80) -> str:
    """What the document made again writes instead of the original, from where they differ."""
    was, now = " ".join(was.split()), " ".join(now.split())
    same = len(os.path.commonprefix([was, now]))
    cut = max(0, same - size // 2) if max(len(was), len(now)) > size else 0
    cut = was.rfind(" ", 0, cut) + 1 if cut else 0  # from a word's start
    lead = "…" if cut else ""
    return f"văn bản tạo lại ghi '{lead}{_short(now[cut:], size)}' (bản gốc: '{lead}{_short(was[cut:], size)}')."


def _short(text: str, size: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


__all__ = ["Imported", "Importer", "REVIEW", "file_data", "import_document", "verify"]
