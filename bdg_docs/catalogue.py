"""The catalogue of cited documents: national laws, decrees, programmes and guidance letters.

Data cites them by key (``[@qd_1790_2021]``, ``can_cu: [{van_ban: luat_bdg_2006}]``) without
retyping number, date and issuer. The shipped file is ``bdg_docs/data/van_ban.yaml``, started
from ../shared/reference/legal-catalogue.yaml (``tools/import_catalogue.py``); each entry keeps
where its facts were checked (``source``), whether they were (``confirmed``) and its ``status``,
plus the dates the citation warnings need: the end of a programme's period (``het_han``) and
what replaced it (``thay_the_boi`` from ``ngay_thay_the``).

>>> cat = shipped_catalogue()
>>> cat["qd_1790_2021"].ngan()
'Quyết định số 1790/QĐ-TTg'
>>> [key for key, _ in cat.search("bao luc gioi 2232")]
['qd_2232_2020']
"""

from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Generic, Iterator, TypeVar

from pydantic import Field

from bdg_docs.models.base import Model, Text
from bdg_docs.models.citation import VanBan
from bdg_docs.search import matches


class VanBanDanhMuc(VanBan):
    """A catalogue entry: a cited document and what is known of its standing."""

    het_han: date | None = Field(default=None, description="Ngày hết thời kỳ (chương trình, hướng dẫn hằng năm).")
    thay_the_boi: Text | None = Field(default=None, description="Khóa văn bản thay thế, nếu đã bị thay thế.")
    ngay_thay_the: date | None = Field(default=None, description="Từ ngày nào văn bản thay thế có hiệu lực.")
    status: Text = Field(description="Tình trạng hiệu lực, như nguồn ghi.")
    source: Text = Field(description="Trang đã đối chiếu số, ngày, cơ quan, trích yếu.")
    confirmed: bool = Field(description="Đã đối chiếu với ít nhất một nguồn hay chưa.")
    notes: Text | None = None

    def tinh_trang(self) -> str:
        """The entry's standing in Vietnamese, from its dates (``status`` is the source's words).

        >>> shipped_catalogue()["luat_nsnn_2015"].tinh_trang()
        'đã được thay thế bởi [@luat_nsnn_2025] từ ngày 01/01/2026'
        """
        from bdg_docs.nd30.dates import format_ngay_ngan

        if self.thay_the_boi:
            since = f" từ ngày {format_ngay_ngan(self.ngay_thay_the)}" if self.ngay_thay_the else ""
            return f"đã được thay thế bởi [@{self.thay_the_boi}]{since}"
        if self.het_han:
            return f"có thời kỳ thực hiện đến ngày {format_ngay_ngan(self.het_han)}"
        return "còn hiệu lực theo nguồn đã đối chiếu" if self.confirmed else "chưa đối chiếu tình trạng"

    def van_ban(self) -> dict[str, Any]:
        """The citation fields alone, as a document's ``van_ban`` entry holds them."""
        return self.field_values(VanBan.model_fields, exclude_none=True)


class _CatalogueFile(Model):
    van_ban: dict[str, VanBanDanhMuc]


E = TypeVar("E")


class Keyed(Generic[E]):
    """Entries by key, read-only: the citation catalogue, the indicator catalogue."""

    def __init__(self, entries: dict[str, E]):
        self._entries = dict(entries)

    def __getitem__(self, key: str) -> E:
        return self._entries[key]

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str) -> E | None:
        return self._entries.get(key)


class Catalogue(Keyed[VanBanDanhMuc]):
    """Cited documents by key; ``search`` is accent-insensitive."""

    def __init__(self, entries: dict[str, VanBanDanhMuc]):
        super().__init__(entries)
        self._by_symbol = {e.so_ky_hieu: k for k, e in entries.items() if e.so_ky_hieu}

    def find(self, van_ban: VanBan) -> tuple[str, VanBanDanhMuc] | None:
        """The catalogue entry of a document a data file wrote out itself (same số, ký hiệu)."""
        key = self._by_symbol.get(van_ban.so_ky_hieu or "")
        return (key, self._entries[key]) if key else None

    def search(self, query: str) -> list[tuple[str, VanBanDanhMuc]]:
        return [(key, e) for key, e in self._entries.items()
                if matches(query, key, e.loai, e.so_ky_hieu or "", e.trich_yeu or "", e.co_quan or "", str(e.ngay.year) if e.ngay else "")]


def load_catalogue(path: str | Path) -> Catalogue:
    """A catalogue from a YAML file (``van_ban: {khoa: {...}}``); InputError names file:line."""
    from bdg_docs.loading import read_yaml_file, validate

    located = read_yaml_file(path, what="danh mục văn bản")
    return Catalogue(validate(_CatalogueFile, located, filename=str(path)).van_ban)


def catalogue() -> Catalogue:
    """The shipped catalogue (``bdg_docs.catalogue()``)."""
    return shipped_catalogue()


@lru_cache(maxsize=1)
def shipped_catalogue() -> Catalogue:
    """The catalogue shipped with the package (validated when it was built, see :mod:`bdg_docs.prepared_data`)."""
    from bdg_docs import prepared_data

    prepared = prepared_data.shipped()
    if prepared:
        return prepared["catalogue"]
    with resources.as_file(resources.files("bdg_docs") / "data" / prepared_data.CATALOGUE) as path:
        return load_catalogue(path)
