"""Warnings on what a document cites and names: the document renders, the officer checks.

* a cited programme past its end (QĐ 2232/QĐ-TTg ran 2021–2025) or a replaced document;
* a cited document not issued yet (``du_thao``: a draft of the superior's plan), until its number and date are written;
* a document that speaks for a day from 01/3/2025 (``ngay_cuoi()``) naming Bộ/Sở/Phòng Lao động -
  Thương binh và Xã hội as a current actor (its gender-equality work went to Bộ/Sở Nội vụ; at
  commune level to Phòng Văn hóa - Xã hội); as the issuer of a cited document it is history;
* citations written as free text: the số, ký hiệu checked for shape and for D written for Đ,
  the date for being a real day (the rules of ``bdg_docs.nd30``);
* placeholders of the starter files left in (``Tên Xã``, ``Nguyễn Văn A``, the made-up
  ``01/KH-UBND`` of the superior's plan): :data:`bdg_docs.starter_text.MAU_CHU`, ``MAU_VAN_BAN``;
  and a field holding only ``…`` (:data:`CHO_TRONG`), the gap ``bdg-docs nhap`` leaves where the
  document it read had nothing.

Each warning is a :class:`~bdg_docs.errors.Problem` naming the field, as input errors do.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator

from bdg_docs import lazy
from bdg_docs.errors import Problem, RuleViolation
from bdg_docs.institutions import LDTBXH_SAP_NHAP, TEN_LDTBXH
from bdg_docs.loading import field_name
from bdg_docs.models.citation import VanBan
from bdg_docs.models.inline import Inline, Span
from bdg_docs.nd30 import dates, symbols

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.documents.base import VanBanHanhChinh

# A citation written out in running text: type, "số", số ký hiệu, and the date if given.
TRICH_DAN = re.compile(
    r"\b(?P<loai>Luật|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Công văn|Văn bản|Hướng dẫn|Thông báo)"
    r"\s+số\s+(?P<so>\d[^\s,;()]*?)[.]?(?=[\s,;()]|$)"
    r"(?:\s+ngày\s+(?P<ngay>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
)
# "... số 702/SLĐTBXH-BĐG ngày 11/3/2022 của " right before a name: the issuer of a cited document.
CITED_ISSUER = lazy.pattern(r"số\s+\d\S*(?:\s+ngày\s+(?:[\d/]+|\d+\s+tháng\s+\d+\s+năm\s+\d{4}))?\s+(?:của|do)\s+$")


def citation_warnings(doc: "VanBanHanhChinh") -> Iterator[Problem]:
    from bdg_docs.catalogue import shipped_catalogue

    catalogue = shipped_catalogue()
    earliest = doc.ngay.earliest()
    cited = list(_cited(doc))
    for key, where in cited:
        entry = doc.van_ban[key]
        found = (key, catalogue[key]) if key in catalogue else catalogue.find(entry)
        if found is not None:
            yield from _standing(found[1], entry, earliest, where, catalogue)
    for key, where in cited:
        entry = doc.van_ban[key]
        if entry.du_thao:
            yield Problem(f"van_ban.{key}", f"{entry.ngan()} được trích dẫn khi còn là dự thảo: số, ngày ban hành in bằng '…'.",
                          hint=f"Khi văn bản được ban hành, ghi số, ngày ở van_ban.{key} rồi xóa dòng 'du_thao'.")
    for key, entry in doc.van_ban.items():
        if entry.so_ky_hieu and not (entry.du_thao and not entry.so_ky_hieu[:1].isdigit()):  # a draft's number is to come
            yield from _symbol(entry.so_ky_hieu, f"van_ban.{key}.so_ky_hieu")
    texts = _texts(doc)
    # Searched in all the words at once first: most documents name no such agency.
    merged = doc.ngay_cuoi() >= LDTBXH_SAP_NHAP and TEN_LDTBXH().search(_joined(texts)) is not None
    for loc, _, text in texts:
        if merged and TEN_LDTBXH().search(text):
            yield from _ldtbxh(text, field_name(loc))
        if "số" not in text:  # TRICH_DAN needs it: most texts cite nothing
            continue
        name = field_name(loc)
        for match in TRICH_DAN.finditer(text):
            yield from _symbol(match["so"], name)
            if match["ngay"]:
                try:
                    dates.parse_ngay_trich_dan(match["ngay"])
                except RuleViolation as exc:
                    yield Problem(name, f"trích dẫn '{match.group(0)}': {exc.message}", hint=exc.hint, rule=exc.rule)


CHO_TRONG = "…"
"""A text field holding only this is a gap still to write: ``bdg-docs nhap`` writes it where the
document it read had nothing for a field the data needs."""


def placeholder_warnings(doc: "VanBanHanhChinh") -> Iterator[Problem]:
    """One warning per placeholder of the starter files the document still holds, and one for the
    gaps (:data:`CHO_TRONG`) left to write."""
    from bdg_docs.starter_text import MAU_CHU, MAU_VAN_BAN

    gaps = [field_name(loc) for loc, leaf, text in _texts(doc) if _gap(leaf, text)]
    if gaps:
        more = f" (và {len(gaps) - 1} chỗ khác)" if len(gaps) > 1 else ""
        yield Problem(gaps[0], f"chỗ '{CHO_TRONG}' còn trống, chưa viết{more}.",
                      hint="Viết nội dung vào chỗ đó (xem các dòng '# cần xem lại' của tệp), hoặc bỏ phần đó.")
    found: dict[str, list[str]] = {}
    texts = _texts(doc)
    joined = _joined(texts)
    present = [(word, pattern) for word, pattern in _placeholder_patterns().items() if word in joined]
    for loc, _, text in texts if present else ():  # most documents hold none
        for word, pattern in present:
            if word in text and pattern.search(text):
                found.setdefault(word, []).append(field_name(loc))
    for word, fields in found.items():
        more = f" (và {len(fields) - 1} chỗ khác)" if len(fields) > 1 else ""
        yield Problem(fields[0], f"'{word}' là chữ mẫu ({MAU_CHU[word]}), chưa được thay{more}.",
                      hint=f"Thay '{word}' bằng {MAU_CHU[word]} thật ở mọi chỗ.")
    for key, entry in doc.van_ban.items():
        if entry.ngay is None:  # a cited draft: warned as such
            continue
        what = MAU_VAN_BAN.get((entry.so_ky_hieu or "", entry.ngay.day, entry.ngay.month))
        if what is not None:
            yield Problem(f"van_ban.{key}", f"'{entry.ngan()} ngày {dates.format_ngay_ngan(entry.ngay)}' là số, ngày mẫu "
                                            f"({what}), chưa được thay.",
                          hint="Ghi số, ký hiệu, ngày và cơ quan ban hành của văn bản thật.")


@lru_cache(maxsize=1)
def _placeholder_patterns() -> dict[str, re.Pattern[str]]:
    """Each placeholder as a whole word."""
    from bdg_docs.starter_text import MAU_CHU

    return {word: re.compile(rf"(?<!\w){re.escape(word)}(?!\w)") for word in MAU_CHU}


def _cited(doc: "VanBanHanhChinh") -> Iterator[tuple[str, str]]:
    """Each cited key once, with the field that first cites it."""
    seen: set[str] = set()
    for i, line in enumerate(getattr(doc, "can_cu", []) or []):
        if line.van_ban and line.van_ban not in seen:
            seen.add(line.van_ban)
            yield line.van_ban, f"can_cu[{i + 1}]"
    for loc, inline, text in _texts(doc):
        if not isinstance(inline, Inline) or _REF not in text:  # a reference reads as _REF
            continue
        for kind, key in inline.refs():
            if kind == "citation" and key not in seen and key in doc.van_ban:
                seen.add(key)
                yield key, field_name(loc)


def _standing(entry: Any, cited: VanBan, earliest: date, where: str, catalogue: Any) -> Iterator[Problem]:
    if entry.het_han and earliest > entry.het_han:
        yield Problem(where, f"{cited.ngan()} đã hết thời kỳ thực hiện (đến {dates.format_ngay_ngan(entry.het_han)}), "
                             "không còn là căn cứ hiện hành.",
                      hint="Bỏ trích dẫn này hoặc thay bằng văn bản đang có hiệu lực (xem: bdg-docs citations).")
    if entry.thay_the_boi and entry.ngay_thay_the and earliest >= entry.ngay_thay_the:
        replacement = catalogue.get(entry.thay_the_boi)
        new = replacement.day_du() if replacement else entry.thay_the_boi
        yield Problem(where, f"{cited.ngan()} đã được thay thế từ ngày {dates.format_ngay_ngan(entry.ngay_thay_the)}.",
                      hint=f"Trích dẫn [@{entry.thay_the_boi}]: {new}.")


def _symbol(so_ky_hieu: str, where: str) -> Iterator[Problem]:
    try:
        symbols.validate_so_ky_hieu_trich_dan(so_ky_hieu)
    except RuleViolation as exc:
        yield Problem(where, exc.message, hint=exc.hint, rule=exc.rule)


def _ldtbxh(text: str, where: str) -> Iterator[Problem]:
    for match in TEN_LDTBXH().finditer(text):
        if CITED_ISSUER().search(text[:match.start()]):
            continue  # the issuer of a document cited: history, not a current actor
        new = {"Bộ": "Bộ Nội vụ", "Sở": "Sở Nội vụ", "Phòng": "Phòng Văn hóa - Xã hội (cấp xã)"}.get(
            match["cap"] or "", "ngành Nội vụ (Bộ, Sở Nội vụ; ở xã: Phòng Văn hóa - Xã hội)")
        yield Problem(where, f"'{match.group(0)}': ngành Lao động - Thương binh và Xã hội đã sáp nhập vào ngành Nội vụ "
                             f"từ {dates.format_ngay_ngan(LDTBXH_SAP_NHAP)}.",
                      hint=f"Ghi cơ quan hiện nay: {new}.")


def _gap(leaf: Inline | str, text: str) -> bool:
    """A text that is only the gap :data:`CHO_TRONG` (``text``: as :func:`_texts` reads it)."""
    return text.strip() == CHO_TRONG and (isinstance(leaf, str) or all(isinstance(p, Span) for p in leaf))


def _texts(doc: "VanBanHanhChinh") -> tuple[tuple[tuple, Inline | str, str], ...]:
    """The document's own words (:func:`~bdg_docs.documents.base.leaves` outside ``NOT_WORDS``):
    each text with its field and as a reader sees it (citations left out); made once per document,
    from the walk its validation made."""
    if doc._texts is None:
        from bdg_docs.documents.base import leaves

        found = doc._leaves if doc._leaves is not None else leaves(doc)
        doc._texts = tuple((where, leaf, _seen(leaf) if isinstance(leaf, Inline) else leaf)
                           for where, leaf, aside in found if not aside)
    return doc._texts  # type: ignore[no-any-return]


_REF = " … "  # a reference (citation, footnote...) as the warnings read it: no words of their own


def _seen(inline: Inline) -> str:
    parts = inline.parts
    if len(parts) == 1 and isinstance(parts[0], Span):  # most texts: words only
        return parts[0].text
    return "".join([p.text if isinstance(p, Span) else _REF for p in parts])


def _joined(texts: tuple[tuple[tuple, Inline | str, str], ...]) -> str:
    """All the texts in one, a line apart, to search them in one pass first: what a pattern
    without anchors finds in one text it finds here (it may also find a match across two texts,
    which the search text by text then sets aside)."""
    return "\n".join([text for _, _, text in texts])
