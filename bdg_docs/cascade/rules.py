"""The rules that bring a province's plan down to its communes, held as data.

The shipped rules are ``bdg_docs/data/cap_xa.yaml`` (each with its source); a province adds or
replaces rules with a file of the same shape (``bdg-docs cap-xa ... --quy-tac FILE``): each entry
overrides the shipped entry of the same phrase or key, ``null`` removes it.

:class:`QuyTac` is the file as written (validated, with ``file:line`` messages); :func:`compile_rules`
turns it, for one province on one date, into :class:`Rule` objects whose patterns find the
province's phrases in a text (:meth:`Rules.find`): the longest match wins where two overlap.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from bdg_docs.errors import InputError, Problem, RuleViolation
from bdg_docs.models.base import FrozenDict, FrozenMapping, Model, Text
from bdg_docs.search import phrase_pattern

#: Names a phrase of the province may use, and names the commune's text may use.
BEN_TINH = frozenset({"tinh", "loai_tinh", "ten_tinh"})
BEN_XA = frozenset({"loai", "xa", "ten", "uy_ban", "chu_tri", "thon", "cap_tren"}) | BEN_TINH
#: Extra names of the opening paragraph and of the closing paragraphs.
MO_DAU = BEN_XA | {"dong_tu", "ke_hoach", "trich_yeu"}
KET_LUAN = BEN_XA | {"han_xa", "han_tinh", "han_tinh_6_thang"}
#: "Sở …": a name (capitalised words) follows the phrase.
TEN_SAU = "…"
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


def _names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def check_names(text: str, allowed: frozenset[str] | set[str], where: str = "") -> str:
    """``text`` uses only the ``{...}`` names in ``allowed``."""
    try:
        unknown = sorted(_names(text) - allowed)
    except ValueError:
        raise RuleViolation(f"dấu {{ }} không khớp trong '{text}'.", hint="Mỗi chỗ điền viết {ten_cho}.") from None
    if unknown:
        raise RuleViolation(f"'{{{unknown[0]}}}' không phải chỗ điền{where}.",
                            hint="Dùng một trong: " + ", ".join(f"{{{n}}}" for n in sorted(allowed)) + ".")
    return text


class CoQuanXa(Model):
    """What a province body becomes in the commune: an agency of the commune's profile by key
    (the first of ``khoa`` the profile has), or a name written out (``ten``)."""

    khoa: tuple[Text, ...] = Field(default=(), description="Khóa cơ quan của xã, theo thứ tự ưu tiên.")
    ten: Text | None = Field(default=None, description="Tên viết sẵn, có chỗ điền {loai}, {thon}, ...")
    luoc_bo_muc: Text | None = Field(default=None, description="Lý do lược bỏ mục riêng của cơ quan này ở Tổ chức thực hiện.")

    @model_validator(mode="before")
    @classmethod
    def _short(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"khoa": [value]}
        if isinstance(value, list):
            return {"khoa": value}
        if isinstance(value, dict) and isinstance(value.get("khoa"), str):
            return {**value, "khoa": (value["khoa"],)}
        return value

    @model_validator(mode="after")
    def _one(self) -> "CoQuanXa":
        if bool(self.khoa) == (self.ten is not None):
            raise RuleViolation("ghi khóa cơ quan của xã, hoặc 'ten', một trong hai.",
                                hint="Ví dụ: 'Sở Y tế: y_te', hoặc '{ten: \"các phòng, đơn vị thuộc Ủy ban nhân dân {loai}\"}'.")
        for key in self.khoa:
            if not _KEY.match(key):
                raise RuleViolation(f"'{key}' không phải khóa cơ quan.", hint="Khóa viết thường, không dấu: cong_an, mat_tran.")
        if self.ten is not None:
            check_names(self.ten, BEN_XA)
        return self


class MucMacDinh(Model):
    """An agency the commune's Tổ chức thực hiện always has, and its tasks when the province gives none."""

    vai_tro: Text | None = None
    de_nghi: bool = False
    cung_dong: bool = False
    noi_dung: tuple[Any, ...] = Field(min_length=1, description="Các đoạn, gạch đầu dòng (như trong văn bản).")


class HanBaoCao(Model):
    truoc_han_tinh: int = Field(ge=0, le=60, description="Số ngày xã báo cáo trước hạn của tỉnh.")
    truoc_han_xa: int = Field(ge=0, le=60, description="Số ngày các cơ quan, thôn báo cáo xã trước hạn xã báo cáo tỉnh.")


class PhanXa(Model):
    """What the commune's draft writes itself: opening, standing agencies, budget, closing."""

    mo_dau: FrozenMapping[Text] | None = None
    to_chuc_thuc_hien: FrozenMapping[MucMacDinh | None] | None = None
    kinh_phi: Text | None = None
    thang_hanh_dong: tuple[Text, ...] | None = None
    han_bao_cao: HanBaoCao | None = None
    ket_luan: FrozenMapping[tuple[Text, ...]] | None = None
    ket_luan_khong_han: tuple[Text, ...] | None = None
    ho_ten_chua_co: Text | None = None

    @field_validator("mo_dau")
    @classmethod
    def _mo_dau(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        for text in (value or {}).values():
            check_names(text, MO_DAU)
        return value

    @field_validator("ket_luan")
    @classmethod
    def _ket_luan(cls, value: dict[str, list[str]] | None) -> dict[str, list[str]] | None:
        for texts in (value or {}).values():
            for text in texts:
                check_names(text, KET_LUAN)
        return value

    @field_validator("kinh_phi", "ket_luan_khong_han", "thang_hanh_dong")
    @classmethod
    def _xa(cls, value: Any) -> Any:
        for text in [value] if isinstance(value, str) else value or []:
            check_names(text, BEN_XA)
        return value


class QuyTac(Model):
    """A rules file, as written: the shipped one, or a province's additions."""

    nguon: FrozenMapping[Text] = Field(default_factory=FrozenDict, description="Nguồn của từng mục quy tắc.")
    cum_tu: FrozenMapping[Text | None] = Field(default_factory=FrozenDict)
    co_quan: FrozenMapping[CoQuanXa | None] = Field(default_factory=FrozenDict)
    co_quan_theo_khoa: FrozenMapping[CoQuanXa | None] = Field(default_factory=FrozenDict)
    chi_cap_tinh: FrozenMapping[Text | None] = Field(default_factory=FrozenDict)
    ly_do: FrozenMapping[Text | None] = Field(default_factory=FrozenDict)
    trich_dan_bo: tuple[Text, ...] | None = None
    xem_lai: tuple[Text, ...] | None = None
    viet_thuong: tuple[Text, ...] | None = None
    loai_tinh_viet_hoa: tuple[Text, ...] | None = None
    xa: PhanXa = Field(default_factory=PhanXa)

    @field_validator("cum_tu")
    @classmethod
    def _cum_tu(cls, value: dict[str, str | None]) -> dict[str, str | None]:
        for phrase, text in value.items():
            check_names(phrase, BEN_TINH, f" của tỉnh (cụm từ '{phrase}')")
            if text is not None:
                check_names(text, BEN_XA, f" của xã (cụm từ '{phrase}')")
        return value

    @field_validator("co_quan", "chi_cap_tinh")
    @classmethod
    def _phrases(cls, value: dict[str, Any]) -> dict[str, Any]:
        for phrase in value:
            check_names(phrase, BEN_TINH, f" của tỉnh (cụm từ '{phrase}')")
        return value

    @field_validator("trich_dan_bo", "xem_lai")
    @classmethod
    def _tails(cls, value: list[str] | None) -> list[str] | None:
        for phrase in value or []:
            check_names(phrase, BEN_TINH)
        return value

    def merged(self, other: "QuyTac") -> "QuyTac":
        """These rules with ``other``'s laid over them, entry by entry (``None`` removes one)."""
        out: dict[str, Any] = {}
        for name in type(self).model_fields:
            mine, theirs = getattr(self, name), getattr(other, name)
            if name == "xa":
                out[name] = _merge_xa(mine, theirs)
            elif isinstance(mine, dict):
                out[name] = FrozenDict({k: v for k, v in {**mine, **theirs}.items() if v is not None})
            else:
                out[name] = theirs if name in other.model_fields_set else mine
        return QuyTac.model_construct(**out)

    def reason(self, text: str) -> str:
        """A reason written out, or named by its key in ``ly_do``."""
        return self.ly_do.get(text) or text


def _merge_xa(mine: PhanXa, theirs: PhanXa) -> PhanXa:
    out: dict[str, Any] = {}
    for name in PhanXa.model_fields:
        a, b = getattr(mine, name), getattr(theirs, name)
        if isinstance(a, dict) and isinstance(b, dict):
            out[name] = FrozenDict({k: v for k, v in {**a, **b}.items() if v is not None})
        else:
            out[name] = b if name in theirs.model_fields_set else a
    return PhanXa.model_construct(**out)


def load_rules(*paths: str | Path) -> QuyTac:
    """The shipped rules with each of ``paths`` (a province's files) laid over them, in order.

    Raises InputError (file:line) for a file that is not a valid rules file, and when a reason
    names a key of ``ly_do`` that does not exist."""
    from bdg_docs.loading import read_text, read_yaml, validate

    with resources.as_file(resources.files("bdg_docs") / "data" / "cap_xa.yaml") as shipped:
        sources = [Path(shipped), *map(Path, paths)]
    rules: QuyTac | None = None
    for path in sources:
        located = read_yaml(read_text(path, what="tệp quy tắc"), filename=str(path))
        layer = validate(QuyTac, located, filename=str(path))
        rules = layer if rules is None else rules.merged(layer)
    assert rules is not None
    _check_complete(rules, sources[-1])
    return rules


def _check_complete(rules: QuyTac, last: Path) -> None:
    missing = [name for name in PhanXa.model_fields if getattr(rules.xa, name) is None]
    if missing:
        raise InputError([Problem(f"xa.{missing[0]}", "quy tắc thiếu phần này.", hint="Xóa dòng 'null' của mục đó.", file=str(last))])
    for where, table in (("co_quan", rules.co_quan), ("co_quan_theo_khoa", rules.co_quan_theo_khoa)):
        for phrase, target in table.items():
            if target and target.luoc_bo_muc and " " not in target.luoc_bo_muc and target.luoc_bo_muc not in rules.ly_do:
                raise InputError([Problem(f"{where}.{phrase}", f"lý do '{target.luoc_bo_muc}' không có trong ly_do.",
                                          hint="Viết lý do thành câu, hoặc thêm khóa đó vào mục ly_do.", file=str(last))])
    for phrase, reason in rules.chi_cap_tinh.items():
        if reason and " " not in reason and reason not in rules.ly_do:
            raise InputError([Problem(f"chi_cap_tinh.{phrase}", f"lý do '{reason}' không có trong ly_do.",
                                      hint="Viết lý do thành câu, hoặc thêm khóa đó vào mục ly_do.", file=str(last))])


# ------------------------------------------------------------------------------- compiled
Kind = Literal["cum_tu", "co_quan", "chi_cap_tinh"]


@dataclass(frozen=True)
class Rule:
    """One rule for one province: what it finds, and what the commune writes instead (or why not)."""

    kind: Kind
    phrase: str  # as the rules write it ("trên địa bàn {tinh}"), or a name from the province's profile
    pattern: re.Pattern[str] = field(repr=False)
    template: str | None = None  # cum_tu, or a body written out: the commune's text with {…} names
    keys: tuple[str, ...] = ()  # a body: the commune's agency keys, in order of preference
    reason: str | None = None  # chi_cap_tinh: why a task naming it is left out
    entry_reason: str | None = None  # a body whose own Tổ chức thực hiện entry is left out
    name_follows: bool = False  # "Sở …": a capitalised name must follow

    @property
    def omits(self) -> bool:
        return self.kind == "chi_cap_tinh"


@dataclass(frozen=True)
class Match:
    rule: Rule
    start: int
    end: int
    text: str


class Rules:
    """The rules compiled for one province: :meth:`find` them in a text."""

    def __init__(self, source: QuyTac, rules: list[Rule], tails: list[re.Pattern[str]], values: dict[str, str],
                 review: list[re.Pattern[str]] | None = None):
        self.source = source
        self.rules = rules
        self.tails = tails
        self.values = values  # the province's names: tinh, loai_tinh, ten_tinh
        self.review = review or []  # the province's words a kept text should not still hold

    def find(self, text: str, kinds: frozenset[str] = frozenset({"cum_tu", "co_quan", "chi_cap_tinh"})) -> list[Match]:
        """Non-overlapping matches in ``text``, in text order: where two overlap, the longest, and
        a phrase before any name ("Sở …") only where no other rule matches."""
        found = []
        for rule in self.rules:
            if rule.kind not in kinds:
                continue
            for m in rule.pattern.finditer(text):
                end = m.end()
                if rule.name_follows:
                    end = _name_end(text, m.end())
                    if end is None:
                        continue
                found.append(Match(rule, m.start(), end, text[m.start():end]))
        found.sort(key=lambda m: (m.rule.name_follows, m.start - m.end, m.start))
        taken: list[Match] = []
        for match in found:
            if all(match.end <= t.start or match.start >= t.end for t in taken):
                taken.append(match)
        return sorted(taken, key=lambda m: m.start)

    def left_over(self, text: str, matches: list[Match]) -> str | None:
        """A word of the province (``xem_lai``) still in ``text`` outside the ``matches`` replaced."""
        for pattern in self.review:
            for m in pattern.finditer(text):
                if all(m.end() <= r.start or m.start() >= r.end for r in matches):
                    return m.group()
        return None

    def cut_tail(self, title: str) -> str:
        """A cited title without a trailing scope phrase that repeats its issuer (``trich_dan_bo``)."""
        for tail in self.tails:
            cut = tail.sub("", title).rstrip(" ,;")
            if cut != title and cut:
                return cut
        return title


def _name_end(text: str, at: int) -> int | None:
    """End of the capitalised name starting at ``at`` (to the next punctuation), or None."""
    if at >= len(text) or not text[at].isupper():
        return None
    stop = re.compile(r"[,;.:()\n]").search(text, at)
    return stop.start() if stop else len(text)


def compile_rules(rules: QuyTac, *, tinh: str, loai_tinh: str, ten_tinh: str,
                  agencies: dict[str, str] | None = None) -> Rules:
    """The rules for a province (``tỉnh Thanh Hóa``, ``tỉnh``, ``Thanh Hóa``) whose profile names
    its bodies ``agencies`` (key → name, ``chu_tri`` the lead) on the plan's date."""
    values = {"tinh": tinh, "loai_tinh": loai_tinh, "ten_tinh": ten_tinh}
    capital = loai_tinh in (rules.loai_tinh_viet_hoa or [])
    out: list[Rule] = []
    for phrase, text in rules.cum_tu.items():
        out.append(Rule("cum_tu", phrase, _compile(phrase, values, capital), template=text))
    seen = {_fold_key(_fill(p, values)) for p in (*rules.co_quan, *rules.chi_cap_tinh)}
    for phrase, target in rules.co_quan.items():
        out.append(_body(phrase, _compile(phrase, values, capital), target, rules))  # type: ignore[arg-type]
    for key, target in rules.co_quan_theo_khoa.items():
        name = (agencies or {}).get(key)
        if name and target and _fold_key(name) not in seen:
            seen.add(_fold_key(name))
            out.append(_body(name, _compile(name.replace("{", "{{").replace("}", "}}"), values, capital), target, rules))
    for phrase, reason in rules.chi_cap_tinh.items():
        follows = phrase.endswith(TEN_SAU)
        head = phrase[: -len(TEN_SAU)].rstrip() if follows else phrase
        pattern = _compile(head, values, capital, open_end=follows)
        out.append(Rule("chi_cap_tinh", phrase, pattern, reason=rules.reason(reason or ""), name_follows=follows))
    tails = [re.compile(r"\s*" + _pattern(p, values, capital) + r"\s*$") for p in rules.trich_dan_bo or []]
    review = [_compile(p, values, capital) for p in rules.xem_lai or []]
    return Rules(rules, out, tails, values, review)


def _body(phrase: str, pattern: re.Pattern[str], target: CoQuanXa, rules: QuyTac) -> Rule:
    return Rule("co_quan", phrase, pattern, template=target.ten, keys=tuple(target.khoa),
                entry_reason=rules.reason(target.luoc_bo_muc) if target.luoc_bo_muc else None)


def _fold_key(text: str) -> str:
    return " ".join(text.lower().split())


def _fill(phrase: str, values: dict[str, str]) -> str:
    return phrase.format_map(values)


def _pattern(phrase: str, values: dict[str, str], capital: bool) -> str:
    """The regular expression of a phrase with the province's names in place of ``{…}``."""
    out = []
    for literal, name, _, _ in string.Formatter().parse(phrase):
        out.append(phrase_pattern(literal) if literal else "")
        if name is None:
            continue
        value = values[name]
        if name == "loai_tinh" and capital:  # "Thành phố" stands for the city's name
            out.append(f"(?:{phrase_pattern(value)}|{phrase_pattern(value[:1].upper() + value[1:])})")
        elif name == "tinh":  # "Tỉnh Thanh Hóa" at the start of a line or a name
            out.append(f"(?:{phrase_pattern(value)}|{phrase_pattern(value[:1].upper() + value[1:])})")
        else:
            out.append(phrase_pattern(value))
    return "".join(out)


def _compile(phrase: str, values: dict[str, str], capital: bool, *, open_end: bool = False) -> re.Pattern[str]:
    """The phrase as a whole-word pattern; its first letter may be either case (start of a sentence)."""
    first = phrase[:1]
    variants = sorted({first.lower() + phrase[1:], first.upper() + phrase[1:]}) if first.isalpha() else [phrase]
    body = "|".join(_pattern(v, values, capital) for v in variants)
    end = r"\s+" if open_end else r"(?!\w)"
    return re.compile(r"(?<!\w)(?:" + body + ")" + end)


__all__ = ["CoQuanXa", "Match", "QuyTac", "Rule", "Rules", "check_names", "compile_rules", "load_rules"]
