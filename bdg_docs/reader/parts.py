"""Recognise the parts of an administrative document in a read .docx, however it was laid out.

:func:`find_parts` finds each part of Phụ lục I by its content and its position, not by one
layout: the header in a table, in paragraphs, in lines split with tabs or Shift+Enter, in text
boxes or frames; the number and symbol, the place and date; the type name and trích yếu (or the
``V/v`` of a Công văn); ``Kính gửi``; the căn cứ block; the body, each paragraph with its role
(``Chương``, ``Điều``, ``I.``, ``1.``, ``a)``, ``-``); the signature in a table, after tabs, by
indents or aligned right; Nơi nhận and its ``Lưu`` line; appendices and the block of a copy.

The result, :class:`Parts`, holds the lines of each part (:class:`ParagraphView` objects: a
line's ``location``, ``runs`` with bold and italic, numbering ``label``) and what kind of
document it is. Nothing is guessed: a document whose type cannot be told (two type names, a
type name and a ``V/v``) has ``kind == "can_xem_lai"`` and says why in ``review``; a Party
document (``ĐẢNG CỘNG SẢN VIỆT NAM``) has ``kind == "dang"`` and is not read further.

    parts = find_parts(read("cong_van.docx"))
    parts.kind, parts.header.so.text, [p.text for p in parts.noi_nhan.items]
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bdg_docs.nd30.loai import HINH_THUC_SAO, Loai
from bdg_docs.reader import lines as L
from bdg_docs.reader.lines import norm
from bdg_docs.reader.views import DocxView, ParagraphView, TableView

KINDS = ("co_ten_loai", "cong_van", "phu_luc", "ban_sao", "dang", "can_xem_lai", "khong_ro")


# ----------------------------------------------------------------------------- the parts
@dataclass
class Header:
    """The header (ô 1–4 and 5b): left column (issuer, number, V/v), right column (Quốc hiệu,
    Tiêu ngữ, place and date). ``layout``: ``table``, ``paragraphs``, ``tabs`` (columns split
    by tabs), ``frames`` (text boxes or frames)."""

    layout: str
    left: list[ParagraphView] = field(default_factory=list)
    right: list[ParagraphView] = field(default_factory=list)
    table: TableView | None = None
    quoc_hieu: ParagraphView | None = None
    tieu_ngu: ParagraphView | None = None
    tieu_ngu_rule: ParagraphView | None = None
    chu_quan: list[ParagraphView] = field(default_factory=list)
    co_quan: list[ParagraphView] = field(default_factory=list)
    co_quan_rule: ParagraphView | None = None
    so: ParagraphView | None = None
    ngay: ParagraphView | None = None
    vv: list[ParagraphView] = field(default_factory=list)
    dang: bool = False  # ĐẢNG CỘNG SẢN VIỆT NAM instead of the Quốc hiệu

    @property
    def aligned(self) -> bool:
        """Whether the lines' alignment means what it says: in a table or a box, a centred line
        is centred in its column; in paragraphs placed by tabs or spaces it is not."""
        return self.layout in ("table", "frames")


@dataclass
class KinhGui:
    """``Kính gửi:`` and its addressees (ô 9a); for a Công điện, ``<who> điện:`` and its list."""

    heading: ParagraphView
    items: list[ParagraphView] = field(default_factory=list)
    dien: bool = False


@dataclass
class Signature:
    """The signer's titles (``TM. ỦY BAN NHÂN DÂN``, ``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``) and name.
    ``layout``: ``table``, ``tabs``, ``indent``, ``right`` (aligned right) or ``paragraphs``."""

    titles: list[ParagraphView]
    name: ParagraphView | None
    layout: str

    @property
    def lines(self) -> list[ParagraphView]:
        return self.titles + ([self.name] if self.name is not None else [])


@dataclass
class NoiNhan:
    """``Nơi nhận:`` and the lines under it, the ``- Lưu: ...`` line last."""

    heading: ParagraphView
    items: list[ParagraphView] = field(default_factory=list)
    layout: str = "table"

    @property
    def luu(self) -> ParagraphView | None:
        return self.items[-1] if self.items and L.is_luu(norm(self.items[-1].text)) else None


@dataclass(frozen=True)
class BodyParagraph:
    """A paragraph of the body and its role: ``phan``, ``chuong``, ``muc`` (Mục 1), ``tieu_muc``,
    ``tieu_de`` (the title under them), ``dieu``, ``muc_la_ma`` (I.), ``khoan`` (1.), ``khoan_con``
    (1.1.), ``diem`` (a)), ``gach`` (-), ``cong`` (+), ``giua`` (another centred line) or ``doan``."""

    paragraph: ParagraphView
    role: str
    label: str | None = None
    empty_before: int = 0  # height of the empty lines typed between it and the previous paragraph (twips)


@dataclass
class Appendix:
    """A Phụ lục: its heading (``Phụ lục I``), title, ``(Kèm theo ...)`` line, rule and body."""

    heading: ParagraphView
    title: list[ParagraphView] = field(default_factory=list)
    kem_theo: ParagraphView | None = None
    rule: ParagraphView | None = None
    body: list[ParagraphView] = field(default_factory=list)


@dataclass
class BanSao:
    """The block of a copy (PL I, Phần II; Mẫu 3.1) under the copied document: its form
    (``SAO Y``), the copying body, its number, place and date, signature and Nơi nhận."""

    form: ParagraphView
    hinh_thuc: str  # SAO Y, SAO LỤC, TRÍCH SAO
    co_quan: list[ParagraphView] = field(default_factory=list)
    so: ParagraphView | None = None
    ngay: ParagraphView | None = None
    signature: Signature | None = None
    noi_nhan: NoiNhan | None = None

    @property
    def viet_tat(self) -> str:
        return HINH_THUC_SAO[self.hinh_thuc]


@dataclass
class Parts:
    """Everything recognised in one document. ``kind`` is one of :data:`KINDS`."""

    kind: str = "khong_ro"
    type_name: str | None = None  # "QUYẾT ĐỊNH"; "SAO Y" for a copy
    loai: Loai | None = None
    header: Header | None = None
    marks: list[ParagraphView] = field(default_factory=list)  # KHẨN, MẬT ... (ô 10a, 10b)
    pham_vi: ParagraphView | None = None  # LƯU HÀNH NỘI BỘ ... (ô 11)
    type_line: ParagraphView | None = None
    trich_yeu: list[ParagraphView] = field(default_factory=list)
    trich_yeu_rule: ParagraphView | None = None
    kem_theo: ParagraphView | None = None  # "(Ban hành kèm theo ...)": an attached document
    tham_quyen: list[ParagraphView] = field(default_factory=list)  # the issuing authority of a Quyết định, Nghị quyết
    quyet_nghi: ParagraphView | None = None  # "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"
    kinh_gui: KinhGui | None = None
    can_cu: list[ParagraphView] = field(default_factory=list)
    body: list[BodyParagraph] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    noi_nhan: NoiNhan | None = None
    appendices: list[Appendix] = field(default_factory=list)
    ban_sao: BanSao | None = None
    copy_of: tuple[str, str | None] | None = None  # kind and type name of the copied document
    review: list[str] = field(default_factory=list)  # why the type cannot be told

    @property
    def signature(self) -> Signature | None:
        """The (last) signer of the document; a Biên bản has two."""
        return self.signatures[-1] if self.signatures else None

    @property
    def attached(self) -> bool:
        """An attached document (Quy chế ban hành kèm theo Quyết định ...): no number or date of its own."""
        return self.kem_theo is not None and self.header is not None and self.header.so is None

    def found(self) -> list[str]:
        """Names of the parts found, for reports (``header``, ``so``, ``ngay``, ``body`` ...)."""
        h = self.header
        names = {
            "quoc_hieu": h is not None and h.quoc_hieu is not None, "co_quan": h is not None and bool(h.co_quan),
            "so": h is not None and h.so is not None, "ngay": h is not None and h.ngay is not None,
            "vv": h is not None and bool(h.vv), "ten_loai": self.type_line is not None,
            "trich_yeu": bool(self.trich_yeu), "kinh_gui": self.kinh_gui is not None, "can_cu": bool(self.can_cu),
            "noi_dung": bool(self.body), "chu_ky": bool(self.signatures), "noi_nhan": self.noi_nhan is not None,
            "phu_luc": bool(self.appendices), "ban_sao": self.ban_sao is not None,
        }
        return [name for name, present in names.items() if present]


def page_text_width(view: DocxView) -> int:
    """Width between the margins of the first section, in twips (A4 with 30/20 mm by default)."""
    s = view.sections[0] if view.sections else None
    if s is None or not s.page_width:
        return 9071
    return max(s.page_width - s.margins.get("left", 1701) - s.margins.get("right", 1134), 1000)


def find_parts(view: DocxView) -> Parts:
    """The parts of the document in ``view`` (see the module's documentation)."""
    from bdg_docs.reader.recognise import find_parts as recognise

    return recognise(view)
