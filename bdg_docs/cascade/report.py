"""What an officer reads beside a commune's draft, and the summary of a batch (Markdown).

A commune's report lists every warning, every task left out and every substitution, each with
its place in the province's plan (section, item, line of the plan's file), so that the draft can
be checked against the plan line by line. The batch summary lists what is the same for every
commune once (tasks left out, substitutions by phrase), then each commune and what became of it.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable

from bdg_docs.cascade.commune import Change
from bdg_docs.cascade.emit import cell, table

if TYPE_CHECKING:  # pragma: no cover
    from bdg_docs.batch import Outcome
    from bdg_docs.cascade import Cascade, CommuneDraft

KINDS = {"canh_bao": "cảnh báo", "luoc_bo": "việc lược bỏ", "thay": "chỗ thay", "them": "đoạn xã tự ghi"}


def _counts(changes: Iterable[Change]) -> str:
    counted = Counter(c.kind for c in changes)
    return ", ".join(f"{counted[k]} {name}" for k, name in KINDS.items())


def _plan(cascade: "Cascade") -> str:
    source = f" (tệp `{cascade.source.name}`)" if cascade.source else ""
    return f"{cascade.citation()}{source}"


def _rules(cascade: "Cascade") -> str:
    return ", ".join(["`bdg_docs/data/cap_xa.yaml`", *(f"`{p}`" for p in cascade.rule_files)])


def data_header(cascade: "Cascade", profile: Any, stem: str, changes: tuple[Change, ...]) -> list[str]:
    """The first comment lines of a commune's data file."""
    return [
        f"Dự thảo kế hoạch của {' '.join(profile.co_quan.ten)}, đưa xuống từ",
        f"{_plan(cascade)} bằng bdg-docs cap-xa.",
        f"Đọc cùng tệp đối chiếu {stem}.doi_chieu.md: {_counts(changes)}.",
        "Dòng '# từ kế hoạch tỉnh:' cho biết đoạn lấy từ chỗ nào của kế hoạch tỉnh và đã thay những gì;",
        "dòng '# lược bỏ' là việc của tỉnh không đưa xuống xã. Tên cơ quan, địa danh, ký hiệu, nơi nhận,",
        f"chức danh người ký lấy từ hồ sơ địa phương (bdg-docs profiles {profile.khoa}). Số, ngày: ghi khi ban hành.",
    ]


def commune_report(cascade: "Cascade", profile: Any, stem: str, changes: tuple[Change, ...]) -> str:
    """A commune's report: warnings, tasks left out, substitutions, texts the rules wrote."""
    lines = [f"# Đối chiếu dự thảo của {profile.ten_day_du} với kế hoạch của tỉnh", "",
             f"- Dự thảo: `{stem}.yaml` (văn bản `{stem}.docx`), hồ sơ `{profile.khoa}`",
             f"- Kế hoạch của tỉnh: {_plan(cascade)}",
             f"- Quy tắc: {_rules(cascade)}",
             f"- Tóm tắt: {_counts(changes)}.", ""]
    lines += _sections(changes)
    return "\n".join(lines).rstrip() + "\n"


_TABLES = {
    "luoc_bo": ("Việc lược bỏ", ["Nội dung của tỉnh", "Lý do"], lambda c: [cell(c.before), cell(c.reason, None)]),
    "thay": ("Chỗ thay", ["Của tỉnh", "Của xã"], lambda c: [cell(c.before), cell(c.after)]),
}


def _sections(changes: Iterable[Change], kinds: tuple[str, ...] = ("canh_bao", "luoc_bo", "thay", "them")) -> list[str]:
    """The report's sections of these kinds of change, in that order."""
    changes = list(changes)
    out: list[str] = []
    for kind in kinds:
        these = [c for c in changes if c.kind == kind]
        if kind == "canh_bao" and these:
            out += ["## Cảnh báo: cần xem lại", ""]
            out += [f"{i}. {c.place}: {c.reason}" + (f" (đoạn: «{cell(c.before, 120)}»)" if c.before else "")
                    for i, c in enumerate(these, 1)]
        elif kind == "them" and these:
            out += ["## Đoạn xã tự ghi (theo quy tắc)", ""]
            out += [f"{i}. {c.place}: «{cell(c.after, 200)}»" + (f" ({c.reason})" if c.reason else "")
                    for i, c in enumerate(these, 1)]
        elif kind in _TABLES:
            title, head, row = _TABLES[kind]
            out += [f"## {title}", ""]
            out += table(["#", "Chỗ trong kế hoạch tỉnh", *head],
                         ([str(i), cell(c.place, None), *row(c)] for i, c in enumerate(these, 1))) if these else ["Không có."]
        else:
            continue
        out.append("")
    return out


def summary(cascade: "Cascade", rows: list[tuple[str, "Outcome", "CommuneDraft | None"]], chosen: str) -> str:
    """The batch summary: the plan, what is the same for every commune, then every commune."""
    drafts = [d for _, _, d in rows if d is not None]
    done = sum(o.ok for _, o, _ in rows)
    lines = [f"# Đưa kế hoạch của {cascade.province.ten_day_du} xuống các xã", "",
             f"- Kế hoạch của tỉnh: {_plan(cascade)}",
             f"- Quy tắc: {_rules(cascade)}",
             f"- Các xã: {chosen}",
             f"- Kết quả: {done} dự thảo đã tạo, {len(rows) - done} xã bỏ qua hoặc lỗi (xem bảng cuối).", ""]
    if drafts:
        example = drafts[0]
        lines += [f"Cảnh báo và việc lược bỏ dưới đây ghi theo dự thảo của {example.name}: việc lược bỏ như nhau ở mọi xã; "
                  "tên của từng xã ở tệp đối chiếu của xã đó.", ""]
        lines += _sections(example.changes, ("canh_bao", "luoc_bo"))
        swaps = Counter((c.before, c.after) for c in example.changes if c.kind == "thay")
        lines += ["## Chỗ thay theo cụm từ", ""]
        lines += table(["Của tỉnh", f"Của xã (ở {example.name})", "Số chỗ"],
                       ([cell(b), cell(a), str(n)] for (b, a), n in swaps.most_common())) if swaps else ["Không có."]
        lines.append("")
    lines += ["## Từng xã", ""]
    body = []
    for i, (key, outcome, draft) in enumerate(rows, 1):
        counts = [str(draft.count(k)) if draft else "" for k in ("thay", "luoc_bo", "canh_bao")]
        body.append([str(i), cell(draft.name if draft else key, None), f"`{key}`", cell(_status(outcome), 200), *counts,
                     str(len(outcome.warnings))])
    lines += table(["#", "Xã", "Khóa", "Kết quả", "Chỗ thay", "Lược bỏ", "Cảnh báo", "Cảnh báo khi tạo .docx"], body)
    return "\n".join(lines).rstrip() + "\n"


def _status(outcome: "Outcome") -> str:
    if outcome.ok:
        return "đã tạo"
    if outcome.status == "exists":
        return "bỏ qua: tệp đã có (dùng --force để ghi đè)"
    if outcome.problems:
        return "lỗi: " + "; ".join(str(p) for p in outcome.problems)
    return f"lỗi: {outcome.message}"


__all__ = ["commune_report", "data_header", "summary"]
