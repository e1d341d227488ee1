"""From a province's plan to a draft for each of its communes (``bdg-docs cap-xa``).

A province issues its plan (the communication plan, or the annual BĐG–VSTBCPN plan); each of its
communes must issue its own that carries it out. :func:`cap_xa` reads the province's plan once,
against the rules of ``bdg_docs/data/cap_xa.yaml`` (and a province's own rules file); then
:meth:`Cascade.draft` writes any commune's draft: a data file whose header, place, symbol, Nơi
nhận and signer come from the commune's profile, whose opening cites the province's plan, whose
content is the province's brought down a level, and whose closing sets the commune's reporting
deadlines, ahead of the province's; with the list of every change (:class:`Change`)::

    cascade = bdg_docs.cascade("ke_hoach_truyen_thong_thanh_hoa_2026.yaml")
    draft = cascade.draft("thanh_hoa.xa_trieu_son")
    draft.data          # the data file (YAML, with "# từ kế hoạch tỉnh:" comments)
    draft.report        # the changes, for the officer who reads the draft (Markdown)
    cascade.write("out", tat_ca=True, workers=2)   # every commune: data files, reports, .docx

What holds for every commune is worked out once; a draft costs the commune's names.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from bdg_docs.cascade.commune import Change, Filler
from bdg_docs.cascade.emit import Commented, Flow, dump
from bdg_docs.cascade.plans import KINDS, skeleton
from bdg_docs.cascade.rules import compile_rules, load_rules
from bdg_docs.cascade.text import CommuneError, Xa
from bdg_docs.errors import InputError, Problem, RuleViolation
from bdg_docs.institutions import CAP_HUYEN_CHAM_DUT, Cap, cap_tu_ten
from bdg_docs.nd30.dates import format_ngay_ngan

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.cascade.batch import CascadeResult
    from bdg_docs.documents.base import VanBanHanhChinh
    from bdg_docs.register import Unit

REPORT = ".doi_chieu.md"  # a commune's report: <stem>.doi_chieu.md beside <stem>.yaml


@dataclass(frozen=True)
class CommuneDraft:
    """One commune's draft: its file name (``stem``), data file, changes and report."""

    key: str
    name: str  # "xã Triệu Sơn"
    stem: str
    data: str
    changes: tuple[Change, ...]
    report: str

    def count(self, kind: str) -> int:
        return sum(c.kind == kind for c in self.changes)


class Cascade:
    """A province's plan read once against the rules, ready to be brought down to its communes."""

    def __init__(self, plan: "VanBanHanhChinh", *, source: Path | None = None, quy_tac: Sequence[str | Path] = (),
                 dia_phuong: Sequence[str | Path] = ()):
        from bdg_docs.api import profile_registry
        from bdg_docs.loading import read_text, read_yaml

        self.plan = plan
        self.source = source
        self.rule_files = tuple(map(Path, quy_tac))
        self.profile_paths = tuple(map(str, dia_phuong))
        self.registry = profile_registry(list(self.profile_paths) or None)
        if plan.loai not in KINDS:
            raise InputError([Problem("loai", f"cap-xa đưa xuống xã kế hoạch truyền thông hoặc kế hoạch năm, không đưa '{plan.loai}'.",
                                      hint="Dùng tệp có 'loai: ke_hoach_truyen_thong' hoặc 'loai: ke_hoach_bdg_vstbcpn'.")])
        self.day = plan.ngay.earliest()
        self.province = self.registry.unit(self._province_key())
        self.province_profile = self.registry.resolve(self.province.key, self.day, plan.ngay.bound())
        rules = load_rules(*self.rule_files)
        p = self.province_profile
        agencies = {k: p.agency(k) for k in p.agency_keys()}
        self.rules = compile_rules(rules, tinh=p.ten_day_du, loai_tinh=p.loai_don_vi, ten_tinh=p.ten, agencies=agencies)
        lines = read_yaml(read_text(source, what="tệp dữ liệu"), filename=str(source)) if source else None
        self.skeleton = skeleton(plan, self.rules, lines, self.province_profile)

    # -------------------------------------------------------------------------- province
    def _province_key(self) -> str:
        """The province that issued the plan: its profile, or the name in its header."""
        plan = self.plan
        where = f"kế hoạch do '{' '.join(plan.co_quan.ten)}' ban hành"
        if cap_tu_ten(plan.co_quan.ten) is not Cap.TINH:
            raise InputError([Problem("co_quan", f"{where}, không phải Ủy ban nhân dân một tỉnh, thành phố: cap-xa đưa kế hoạch "
                                                 "của tỉnh xuống các xã của tỉnh.",
                                      hint="Dùng kế hoạch của Ủy ban nhân dân tỉnh (dia_phuong: <khóa tỉnh>, ví dụ thanh_hoa).")])
        if self.day < CAP_HUYEN_CHAM_DUT:
            raise InputError([Problem("ngay", f"kế hoạch ghi năm {plan.ngay.nam}, trước ngày {format_ngay_ngan(CAP_HUYEN_CHAM_DUT)}: "
                                              "khi đó kế hoạch tỉnh được đưa xuống cấp huyện, không phải các xã.",
                                      hint="cap-xa dùng cho kế hoạch từ ngày 01/7/2025 (chính quyền hai cấp); "
                                           "với dự thảo, ghi tháng ban hành ('ngay: {thang: 3, nam: 2026}').")])
        try:
            key = self.registry.key_of(plan.dia_phuong or plan.co_quan.ten[-1], self.day, plan.ngay.bound())
        except RuleViolation as exc:
            raise InputError([Problem("dia_phuong", f"{where}: không biết của tỉnh nào ({exc.message})",
                                      hint="Ghi 'dia_phuong: <khóa tỉnh>' trong kế hoạch (xem: bdg-docs profiles <tên tỉnh>).")]) from None
        unit = self.registry.unit(key)
        if unit.cap is not Cap.TINH:
            raise InputError([Problem("dia_phuong", f"{where}, hồ sơ '{key}' là {unit.ten_day_du}, không phải một tỉnh.",
                                      hint="cap-xa đưa kế hoạch của tỉnh xuống các xã; kế hoạch của xã không đưa xuống được.")])
        return key

    # -------------------------------------------------------------------------- communes
    def communes(self) -> list["Unit"]:
        """Every commune of the province on the plan's date, in the register's order."""
        return [u for u in self.registry.children(self.province.key, self.day) if u.cap is Cap.XA]

    def commune_key(self, text: str) -> str:
        """The key of a commune of the province named by key or name (``--xa``).

        RuleViolation when it is unknown (with close names), not a commune, not of this province,
        or did not exist on the plan's date (with its successors or predecessors)."""
        from bdg_docs import profile_lookup as lookup

        text = text.strip()
        tries = [text] if "," in text or text in self.registry else [f"{text}, {self.province.ten_day_du}", text]
        error: RuleViolation | None = None
        for attempt in tries:
            try:
                key = self.registry.key_of(attempt, self.day, self.plan.ngay.bound())
                break
            except RuleViolation as exc:
                error = error or exc
        else:
            assert error is not None
            raise error
        unit = self.registry.unit(key)
        if unit.cap is not Cap.XA:
            raise RuleViolation(f"'{text}' là {unit.ten_day_du}, không phải một xã, phường, đặc khu.",
                                hint=f"Chọn các xã của {self.province.ten_day_du}: bdg-docs profiles {self.province.key} "
                                     f"--ngay {self.day.isoformat()}.")
        if not unit.valid_on(self.day):
            raise lookup.outside_dates(self.registry, unit, self.day)
        if unit.thuoc != self.province.key:
            parent = self.registry.unit(unit.thuoc) if unit.thuoc else None
            raise RuleViolation(f"{unit.ten_day_du} thuộc {parent.ten_day_du if parent else 'đơn vị khác'}, không thuộc "
                                f"{self.province.ten_day_du} của kế hoạch.",
                                hint=f"Chọn các xã của {self.province.ten_day_du} (bdg-docs profiles {self.province.key} "
                                     f"--ngay {self.day.isoformat()}), hoặc dùng kế hoạch của tỉnh đó.")
        return key

    def stem(self, key: str) -> str:
        """The file name (without extension) of a commune's draft: ``ke_hoach_truyen_thong_xa_trieu_son_2026``."""
        own = key[len(self.province.key) + 1:] if key.startswith(self.province.key + ".") else key.replace(".", "_")
        return f"{self.plan.loai}_{own}_{getattr(self.plan, 'nam', self.plan.ngay.nam)}"

    @property
    def summary_stem(self) -> str:
        return f"{self.plan.loai}_{self.province.key}_{getattr(self.plan, 'nam', self.plan.ngay.nam)}"

    # ----------------------------------------------------------------------------- drafts
    def draft(self, key: str) -> CommuneDraft:
        """The draft of one commune (a key of :meth:`communes`). CommuneError when its profile
        lacks an agency the rules need."""
        plan, sk = self.plan, self.skeleton
        when = {**({"thang": plan.ngay.thang} if plan.ngay.thang else {}), "nam": plan.ngay.nam}
        span = (date(plan.ngay.nam, plan.ngay.thang or 1, 1), plan.ngay.bound())
        profile = self.registry.resolve(key, *span)
        xa = Xa(profile, self._names(profile), tuple(self.rules.source.viet_thuong or ()))
        filler = Filler(sk, xa, self.rules)
        data: dict[str, Any] = {"loai": plan.loai}
        if "nam" in sk.fields:
            data["nam"] = sk.fields["nam"]
        data["dia_phuong"] = Commented(key, (f"hồ sơ địa phương: {profile.ten_day_du} (xem: bdg-docs profiles {key})",))
        data["so"] = Commented(None, ("để trống: dự thảo chưa có số",))
        data["ngay"] = Commented(Flow(when), ("dự thảo: ghi ngày khi ban hành (sau ngày của kế hoạch tỉnh)",))
        for name, value in sk.fields.items():
            if name == "nam":
                continue
            filled = filler.agencies_of_plan(value) if name == "to_chuc_thuc_hien" else filler.node(value)
            if name == "trich_yeu":
                words = " ".join(filled.value.split())
                xa.name("trich_yeu", words[:1].lower() + words[1:])
            where = sk.sections.get(name)
            if where and isinstance(filled, Commented):  # a single text says its place itself
                filled = Commented(filled.value, filled.comments or (f"từ kế hoạch tỉnh: {where}",))
            elif where:
                filled = Commented(filled, (f"từ kế hoạch tỉnh: {where}",))
            data[name] = filled
        signer = profile.nguoi_ky[0] if profile.nguoi_ky else None
        if signer is None or signer.ho_ten is None:
            placeholder = self.rules.source.xa.ho_ten_chua_co
            data["chu_ky"] = Commented({"ho_ten": placeholder}, ("họ tên người ký: hồ sơ của xã chưa ghi, sửa lại",))
            filler.changes.append(Change("canh_bao", "Chữ ký", after=str(placeholder),
                                         reason=f"hồ sơ của xã chưa ghi họ tên người ký: sửa '{placeholder}' thành họ tên người ký"))
        changes = tuple(filler.changes)
        from bdg_docs.cascade.report import commune_report, data_header

        stem = self.stem(key)
        header = data_header(self, profile, stem, changes)
        return CommuneDraft(key, profile.ten_day_du, stem, dump(data, header), changes,
                            commune_report(self, profile, stem, changes))

    def _names(self, profile: Any) -> dict[str, str]:
        province = self.province_profile
        names = dict(self.rules.values)
        names.update({"loai": profile.loai_don_vi, "xa": profile.ten_day_du, "ten": profile.ten,
                      "uy_ban": " ".join(profile.co_quan.ten),
                      "cap_tren": f"{province.don_vi_chu_tri.ten} {province.ten_day_du}" if province.don_vi_chu_tri
                      else " ".join(province.co_quan.ten)})
        if profile.don_vi_chu_tri is not None:
            names["chu_tri"] = profile.don_vi_chu_tri.ten
        if "cap_duoi" in profile.co_quan_thuc_hien:
            below = profile.agency("cap_duoi")
            names["thon"] = below[:1].lower() + below[1:]
        names.update(self.skeleton.deadlines)
        return names

    def citation(self) -> str:
        """The province's plan as the drafts cite it: ``Kế hoạch số 58/KH-UBND``."""
        from bdg_docs.models.citation import VanBan

        return VanBan.model_validate(self.skeleton.plan_citation).day_du()

    def write(self, out_dir: str | Path, communes: Sequence[str] | None = None, **options: Any) -> "CascadeResult":
        """Write the drafts of ``communes`` (keys; all of them when None) to ``out_dir``: see
        :func:`bdg_docs.cascade.batch.write_drafts` for the options."""
        from bdg_docs.cascade.batch import write_drafts

        keys = [u.key for u in self.communes()] if communes is None else list(communes)
        return write_drafts(self, keys, Path(out_dir), **options)


def cap_xa(plan: "str | Path | VanBanHanhChinh", *, quy_tac: Sequence[str | Path] = (),
           dia_phuong: str | Path | Sequence[str | Path] = ()) -> Cascade:
    """Read a province's plan (a data file, or a loaded document) for bringing it down to its communes.

    ``quy_tac``: a province's rules files, laid over the shipped rules; ``dia_phuong``: profile
    files or folders (the communes' signers, agencies) besides the shipped ones. Raises
    InputError when the plan is invalid, not a province's, dated before 01/7/2025, of a type
    that is not brought down, or when the rules leave a section the plan needs empty."""
    from bdg_docs.api import load

    paths = [dia_phuong] if isinstance(dia_phuong, (str, Path)) else list(dia_phuong)
    if isinstance(plan, (str, Path)):
        source = Path(plan)
        return Cascade(load(source, dia_phuong=[str(p) for p in paths] or None), source=source, quy_tac=quy_tac,
                       dia_phuong=paths)
    return Cascade(plan, quy_tac=quy_tac, dia_phuong=paths)


__all__ = ["Cascade", "Change", "CommuneDraft", "CommuneError", "REPORT", "cap_xa"]
