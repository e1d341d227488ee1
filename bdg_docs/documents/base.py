"""What every administrative document has; what documents with a type name, and Công văn, add.

:class:`VanBanHanhChinh` holds the parts of ND30 that all documents share: issuing body, number
and symbol, place and date, the documents it cites, footnotes, Nơi nhận and signature.
:class:`VanBanCoTenLoai` adds the type name and trích yếu of Mẫu 1.4 and the căn cứ lines;
:class:`VanBanCongVan` adds the ``V/v`` and ``Kính gửi`` of Mẫu 1.5.
A document type subclasses one of them, adds its own content and a ``compose`` method; the
shared ``page`` method lays out the rest.
"""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Annotated, Any, ClassVar, Iterable, Iterator

from pydantic import AfterValidator, BaseModel, Field, PrivateAttr, ValidationInfo, field_validator, model_validator

from bdg_docs.compose import Composer
from bdg_docs.documents.defaults import check_profile, fill, next_to_data_file
from bdg_docs.errors import Problem, RuleViolation
from bdg_docs.layout import Appendix, Block, NoiNhanLine, Page, Paragraph, Run, Style
from bdg_docs.models.base import FrozenDict, FrozenMapping, Int, Model, Text, text_from_mapping
from bdg_docs.models.citation import CanCu, VanBan
from bdg_docs.models.header import CoQuan, Ngay
from bdg_docs.models.inline import Inline, unknown_ref
from bdg_docs.models.signing import ChuKy, NoiNhan
from bdg_docs.nd30 import dates, kinh_gui, symbols, vv
from bdg_docs.nd30.header import format_trich_yeu, upper
from bdg_docs.profiles import ProfileRegistry


class VanBanHanhChinh(Model):
    """The shared parts of an administrative document (ND30 Phụ lục I, ô 1–4, 7, 9b)."""

    TEN_LOAI: ClassVar[str]  # "Kế hoạch", "Công văn"
    VIET_TAT: ClassVar[str | None]  # Phụ lục III abbreviation: "KH"; None for a Công văn
    NHU_TREN: ClassVar[bool] = False  # Nơi nhận starts with "Như trên" (Công văn)
    BIEN: ClassVar[frozenset[str]] = frozenset()  # names text may insert with [$ten]; see bien()

    co_quan: CoQuan = Field(description="Cơ quan ban hành (và cơ quan chủ quản nếu có).")
    so: Int | None = Field(default=None, description="Số văn bản; để trống khi là dự thảo.")
    ky_hieu: Text = Field(description="Ký hiệu, ví dụ KH-UBND.")
    dia_danh: Text = Field(description="Địa danh ghi trước ngày tháng, ví dụ 'Triệu Sơn'.")
    ngay: Ngay = Field(description="Ngày ban hành; ngày, tháng để trống khi là dự thảo.")
    dia_phuong: Text | None = Field(default=None, description="Khóa hồ sơ địa phương (ví dụ trieu_son): cơ quan, địa danh, nơi nhận, người ký lấy từ đó.")
    van_ban: FrozenMapping[VanBan] = Field(default_factory=FrozenDict, description="Các văn bản được trích dẫn, theo khóa [@khoa].")
    chu_thich: FrozenMapping[Inline] = Field(default_factory=FrozenDict, description="Chú thích cuối trang, theo khóa [^khoa].")
    viet_tat: FrozenMapping[Text] = Field(default_factory=FrozenDict, description="Chữ viết tắt và tên đầy đủ, dùng bằng [=BĐG]: lần đầu ghi 'Bình đẳng giới (BĐG)', sau ghi 'BĐG'.")
    noi_nhan: NoiNhan = Field(description="Nơi nhận và đơn vị lưu.")
    chu_ky: ChuKy = Field(description="Quyền hạn, chức vụ và họ tên người ký.")

    _source: Any = PrivateAttr(default=None)  # bdg_docs.loading.Source when read from a file
    _page: Any = PrivateAttr(default=None)  # the laid-out page, made once (the model is frozen)
    _leaves: Any = PrivateAttr(default=None)  # every text with its field (leaves()), walked when validated
    _texts: Any = PrivateAttr(default=None)  # its own words as a reader sees them, for the warnings (warnings.py)

    @model_validator(mode="before")
    @classmethod
    def _from_profile(cls, data: Any, info: ValidationInfo) -> Any:
        """What the document does not write comes from its profile and the catalogue; a profile
        that cannot be applied is the one problem reported."""
        context = info.context if isinstance(info.context, dict) else {}
        check_profile(data, _profiles(context), context.get("thu_muc"))
        if context.get("filled") is data:
            return data  # filled already by the loader, which needed the filled keys first
        return fill(data, viet_tat_loai=getattr(cls, "VIET_TAT", None), profiles=_profiles(context))

    @field_validator("dia_phuong")
    @classmethod
    def _dia_phuong(cls, key: str | None, info: ValidationInfo) -> str | None:
        """The unit (a key, a former key or a full name) exists and could issue a document on this date.

        A name is kept as the unit's key, so that the document stays with that unit (rolled forward
        to a later year, it does not move to another unit of the same name)."""
        if key is None:
            return None
        profiles = _profiles(info.context) or ProfileRegistry.shipped()
        ngay = info.data.get("ngay")
        try:
            found = profiles.key_of(key) if ngay is None else profiles.resolve(key, ngay.earliest(), ngay.bound()).khoa
            return key if key in profiles else found
        except RuleViolation as exc:
            folder = info.context.get("thu_muc") if isinstance(info.context, dict) else None
            raise next_to_data_file(exc, key, folder, profiles) from None

    @field_validator("so")
    @classmethod
    def _so(cls, so: int | None) -> int | None:
        return None if so is None else symbols.validate_so(so)

    @field_validator("ky_hieu")
    @classmethod
    def _ky_hieu(cls, ky_hieu: str) -> str:
        return symbols.validate_ky_hieu(ky_hieu, loai=cls.VIET_TAT)

    @field_validator("dia_danh")
    @classmethod
    def _dia_danh(cls, place: str) -> str:
        if not place[:1].isupper():
            raise RuleViolation(f"địa danh '{place}' phải viết hoa chữ cái đầu.", rule="R22",
                                hint=f"Viết '{place[:1].upper()}{place[1:]}'.")
        if "," in place:
            raise RuleViolation(f"địa danh '{place}' có dấu phẩy.", rule="R20",
                                hint="Chỉ ghi tên địa danh; thư viện tự thêm dấu phẩy trước chữ 'ngày'.")
        return place

    @model_validator(mode="after")
    def _references(self) -> "VanBanHanhChinh":
        """Every reference points at something defined, and every footnote and abbreviation is used."""
        defined = {"footnote": self.chu_thich, "citation": self.van_ban, "abbreviation": self.viet_tat,
                   "variable": self.BIEN}
        used: dict[str, set[str]] = {"footnote": set(), "abbreviation": set()}
        self._leaves = leaves(self)  # walked once: the warnings read the same texts
        for inline in _inlines(self._leaves):
            for kind, key in inline.refs():
                if key not in defined[kind]:
                    raise unknown_ref(kind, key, defined[kind])
                used.get(kind, set()).add(key)
        for kind, section, hint in (("footnote", "chú thích", "Thêm [^khoa] vào chỗ cần chú thích, hoặc xóa chú thích đó."),
                                    ("abbreviation", "chữ viết tắt", "Dùng [=VIET_TAT] ở chỗ nhắc đến lần đầu, hoặc xóa khỏi viet_tat.")):
            unused = sorted(set(defined[kind]) - used[kind])
            if unused:
                raise RuleViolation(f"{section} {', '.join(unused)} không được dùng ở đâu.", hint=hint)
        return self

    def bien(self) -> dict[str, Run]:
        """The values text inserts with ``[$ten]`` (names in :attr:`BIEN`), computed from the data.

        A run's ``bold`` set to True makes the value bold wherever it appears (deadlines)."""
        return {}

    def ngay_cuoi(self) -> date:
        """The last day the document speaks for: its date (a draft's latest possible day).

        Types whose content runs past their date (an annual plan's deadlines) extend it; the
        warnings about institutions merged in 2025 compare with it.
        """
        return self.ngay.bound()

    def canh_bao(self) -> tuple[Problem, ...]:
        """What an officer must still check before signing; the document renders anyway.

        Warnings, not errors: ``Problem.field`` names the field (dotted, as in input errors), and
        for a document read from a file, the file and line. In order: slips in the file's text
        (:mod:`bdg_docs.slips`), placeholders of the starter files, out-of-date citations, then
        what the document type adds (:meth:`canh_bao_loai`).
        """
        from bdg_docs.documents.warnings import citation_warnings, placeholder_warnings

        source = self._source
        found = [*(source.warnings if source else ()), *placeholder_warnings(self), *citation_warnings(self),
                 *self.canh_bao_loai()]
        return tuple(source.locate(p) for p in found) if source else tuple(found)

    def canh_bao_loai(self) -> Iterable[Problem]:
        """The warnings a document type adds to :meth:`canh_bao` (overridden by types)."""
        return ()

    # -- where the document came from ------------------------------------------------------
    def attach_source(self, source: Any) -> None:
        """Remember the file a document was read from (:class:`bdg_docs.loading.Source`), so that
        warnings and later errors name its lines. Called by the loader."""
        self._source = source

    def __eq__(self, other: object) -> bool:
        """Documents are equal when their fields are: where one was read from, and its laid-out
        page, are not part of what it says."""
        if not isinstance(other, BaseModel):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def _copy_context(self) -> Any:
        return {"profiles": self._source.profiles} if self._source is not None else None

    def _after_copy(self, original: Model) -> None:
        self._source = original._source  # type: ignore[attr-defined]  # the page is made again

    def locate(self, problem: Problem) -> Problem:
        """``problem`` with the file and line of its field, when the document was read from a file."""
        return self._source.locate(problem) if self._source is not None else problem

    # -- layout ----------------------------------------------------------------------------
    def composer(self) -> Composer:
        return Composer(self.van_ban, self.chu_thich, viet_tat=self.viet_tat, bien=self.bien())

    def compose(self, composer: Composer) -> "Body":
        """The document's own part: căn cứ and body paragraphs. Each type writes its own."""
        raise NotImplementedError

    def page(self) -> Page:
        """Lay the document out: the shared parts here, the body from :meth:`compose`. The page
        is made once per document (documents are frozen)."""
        if self._page is None:
            self._page = self._lay_out()
        return self._page

    def page_problems(self) -> tuple[Problem, ...]:
        """The rules the laid-out page breaks (:mod:`bdg_docs.page_check`), each naming its field
        (and line, for a document read from a file): what :func:`bdg_docs.render` refuses."""
        from bdg_docs.page_check import check

        return tuple(self.locate(p) for p in check(self, self.page()))

    def _lay_out(self) -> Page:
        composer = self.composer()
        body = self.compose(composer)
        return Page(
            loai_van_ban=self.TEN_LOAI,
            ngay_tep=date(self.ngay.nam, self.ngay.thang or 1, self.ngay.ngay or 1),
            chu_quan=tuple(self.co_quan.dong_chu_quan),
            co_quan=tuple(self.co_quan.dong_ten),
            so=symbols.format_so(self.so, self.ky_hieu),
            dia_danh_ngay=dates.format_dia_danh_ngay(self.dia_danh, self.ngay.ngay, self.ngay.thang, self.ngay.nam),
            chuc_danh=self.chu_ky.dong_chuc_danh,
            ho_ten=self.chu_ky.ho_ten,
            noi_nhan=tuple(
                NoiNhanLine(Style.NOI_NHAN_NHOM if kind == "nhom" else Style.NOI_NHAN, text)
                for kind, text in self.noi_nhan.lines(nhu_tren=self.NHU_TREN)
            ),
            can_cu=body.can_cu,
            than=body.than,
            chu_thich=tuple(composer.footnotes),
            phu_luc=body.phu_luc,
            **self.page_header(),
        )

    def page_header(self) -> dict[str, Any]:
        """What goes between the header table and the body: differs by document type."""
        return {}


@dataclass(frozen=True)
class Body:
    """What a document type composes: căn cứ lines, body, and appendices after the signature.
    A plain dataclass: the composer made every part, so there is nothing to validate."""

    can_cu: tuple[Paragraph, ...] = ()
    than: tuple[Block, ...] = ()
    phu_luc: tuple[Appendix, ...] = ()


class VanBanCoTenLoai(VanBanHanhChinh):
    """A document with a type name (ND30 Mẫu 1.4): ``KẾ HOẠCH`` and its trích yếu, căn cứ lines."""

    trich_yeu: Text = Field(description="Trích yếu dưới tên loại; xuống dòng bằng \\n nếu muốn ngắt dòng.")
    can_cu: tuple[CanCu, ...] = Field(default=(), description="Các dòng căn cứ (in nghiêng), nếu có.")

    def noi_dung_trich_yeu(self) -> str:
        """The words under the type name (a type may add to them: the plan's year)."""
        return self.trich_yeu

    def page_header(self) -> dict[str, Any]:
        return {"ten_loai": upper(self.TEN_LOAI), "trich_yeu": format_trich_yeu(self.noi_dung_trich_yeu())}


TenKinhGui = Annotated[Text, AfterValidator(kinh_gui.validate_ten)]
"""A recipient under Kính gửi, with no ND30 punctuation (the library adds it)."""


class VanBanCongVan(VanBanHanhChinh):
    """A Công văn (ND30 Mẫu 1.5): no type name; ``V/v`` under the number, ``Kính gửi``, and a
    Nơi nhận that starts with ``- Như trên;``. Its symbol has no type abbreviation (R18)."""

    TEN_LOAI: ClassVar[str] = "Công văn"
    VIET_TAT: ClassVar[str | None] = None
    NHU_TREN: ClassVar[bool] = True

    trich_yeu: Text = Field(description="Trích yếu sau 'V/v' (thư viện tự viết 'V/v'); tối đa 4 dòng ở cột trái.")
    kinh_gui: tuple[TenKinhGui, ...] = Field(description="Các nơi nhận để thực hiện, mỗi nơi một mục, không ghi '-' hay ';'.")

    @field_validator("trich_yeu")
    @classmethod
    def _vv(cls, text: str) -> str:
        return vv.validate_vv(text)

    @field_validator("kinh_gui", mode="before")
    @classmethod
    def _kinh_gui_items(cls, items: Any) -> Any:
        if items is None:
            return []
        if isinstance(items, str):
            return [items]
        return [text_from_mapping(i) for i in items] if isinstance(items, list) else items

    @field_validator("kinh_gui")
    @classmethod
    def _kinh_gui(cls, names: list[str]) -> list[str]:
        return kinh_gui.validate_danh_sach(names)

    def page_header(self) -> dict[str, Any]:
        return {"vv": vv.format_vv(self.trich_yeu), "kinh_gui": tuple(kinh_gui.format_kinh_gui(self.kinh_gui))}


def _profiles(context: Any) -> ProfileRegistry | None:
    """Profiles a caller passed in the validation context (``{"profiles": registry}``)."""
    return context.get("profiles") if isinstance(context, dict) else None


# Fields whose texts are not the document's own words: the cited documents' entries (the
# warnings check them as citations), keys and symbols.
NOT_WORDS = frozenset({"van_ban", "dia_phuong", "ky_hieu", "loai"})

Leaf = tuple[tuple, "Inline | str", bool]


def inlines(value: Any) -> Iterator[Inline]:
    """Every Inline inside a model, in field order."""
    return _inlines(leaves(value))


def _inlines(found: Iterable[Leaf]) -> Iterator[Inline]:
    return (leaf for _, leaf, _ in found if isinstance(leaf, Inline))


def leaves(value: Any) -> tuple[Leaf, ...]:
    """Every Inline and text inside a model, in field order: its location, itself, and whether it
    lies in a field of :data:`NOT_WORDS`. Walked into one list (nested generators would pass each
    leaf up every level)."""
    found: list[Leaf] = []
    _walk(value, (), False, found)
    return tuple(found)


def _walk(value: Any, loc: tuple, aside: bool, found: list[Leaf]) -> None:
    if isinstance(value, (Inline, str)):
        found.append((loc, value, aside))
    elif isinstance(value, BaseModel):
        for name in _fields(type(value)):
            _walk(getattr(value, name), loc + (name,), aside or name in NOT_WORDS, found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, loc + (key,), aside, found)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _walk(item, loc + (i,), aside, found)


@lru_cache(maxsize=None)
def _fields(model: type[BaseModel]) -> tuple[str, ...]:
    """A model's field names (pydantic's ``model_fields`` is a property, slow to ask for every node)."""
    return tuple(model.model_fields)
