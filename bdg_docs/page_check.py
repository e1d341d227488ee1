"""Rules that need the laid-out page, applied to it before anything is written.

A document that renders without a ``CẢNH BÁO`` passes ``bdg-docs check`` with no error. What the
data alone decides is checked when it is read (the models call :mod:`bdg_docs.nd30`). What
depends on how a paragraph reads once the library has numbered, bolded and ended it is checked
here, on the :class:`~bdg_docs.layout.Page`, with the same :mod:`bdg_docs.nd30` functions the
checker applies to a .docx:

* a line the reader takes for a heading (``I.``, ``1.``, ``a)``, ``Điều 1.``, ``Mục 2``: the
  roles of :func:`bdg_docs.reader.lines.body_role`) is formatted as one (R32): a bold title ending
  with a full stop, a paragraph typed ``a) ...`` in bold, ``Mục 2 của Kế hoạch ...`` not bold;
* a paragraph of running text is upright (R28): not a whole paragraph in ``*italics*``;
* the căn cứ lines read as căn cứ, and the body's first paragraph does not (R31): an opening
  ``Căn cứ tình hình thực tế, ...`` would be read as one;
* a trích yếu is not typed in capitals (R24); no line of the issuer is only a secrecy or urgency
  word (R44, R45); the number and date lines read back as written (R17, R20).

Each problem names the field the paragraph was written from (``Paragraph.source``).
"""
from __future__ import annotations

import unicodedata
from typing import Any, Iterator

from pydantic import BaseModel

from bdg_docs.errors import Problem, RuleViolation
from bdg_docs.layout import Page, Paragraph, Run, Style
from bdg_docs.nd30 import can_cu, dates, page as nd30_page, symbols
from bdg_docs.nd30.header import la_chu_in_hoa
from bdg_docs.nd30.loai import CAN_CU_MO_DAU
from bdg_docs.nd30.numbering import TIEU_DE_KIEM, validate_tieu_de
from bdg_docs.reader.lines import body_role, is_mark, is_pham_vi


def check(document: Any, page: Page) -> list[Problem]:
    """Every rule of the page ``document`` lays out that the page breaks, as input problems."""
    found: list[Problem] = []
    found += _header(page)
    found += _can_cu(document, page)
    found += _body(document, page)
    found += _marks(page)
    return found


def _norm(text: str) -> str:
    """The text as the checker reads it: NFC, white space collapsed."""
    text = unicodedata.normalize("NFC", text)
    # Most paragraphs are already so: their only white space is single spaces between words
    # (every other white space character is unprintable), and one pass tells it.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _visible(p: Paragraph) -> list[Run]:
    return [r for r in p.runs if r.footnote is None and r.text.strip()]


def _bold(p: Paragraph, run: Run) -> bool:
    return run.bold if run.bold is not None else p.style in Style.BOLD


def _italic_share(p: Paragraph) -> float:
    runs = _visible(p)
    total = sum(len(r.text) for r in runs)
    italic = sum(len(r.text) for r in runs if (r.italic if r.italic is not None else p.style in Style.ITALIC))
    return italic / total if total else 0.0


def _excerpt(text: str, size: int = 50) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


# ---------------------------------------------------------------------------- the rules
def _header(page: Page) -> Iterator[Problem]:
    if page.trich_yeu is not None and la_chu_in_hoa(_norm(page.trich_yeu)):
        words = _norm(page.trich_yeu)
        yield Problem("trich_yeu", f"trích yếu '{_excerpt(words)}' viết in hoa toàn bộ; trích yếu in đậm, chữ thường.",
                      hint=f"Viết chữ thường, chỉ viết hoa chữ đầu và tên riêng, ví dụ '{_excerpt(words.capitalize())}'.",
                      rule="R24")
    for field, parse, line in (("so", symbols.parse_dong_so, page.so), ("ngay", dates.parse_dong_ngay, page.dia_danh_ngay)):
        try:
            parse(_norm(line))
        except RuleViolation as exc:
            yield Problem(field, f"dòng '{_norm(line)}': {exc.message}", hint=exc.hint, rule=exc.rule)


def _can_cu(document: Any, page: Page) -> Iterator[Problem]:
    for i, p in enumerate(page.can_cu):
        text = _norm(p.text)
        if not can_cu.la_dong_can_cu(text, _italic_share(p)):
            starts = ", ".join(f"'{word}'" for word in (*CAN_CU_MO_DAU[:-1], can_cu.THUC_HIEN))
            yield Problem(_field(document, p.source), f"dòng căn cứ '{_excerpt(text)}' không bắt đầu bằng một trong "
                                                      f"{starts} nên không được đọc là căn cứ.",
                          hint="Mở đầu bằng 'Căn cứ ...' hoặc 'Thực hiện ...'; nếu đó là một đoạn văn, chuyển xuống 'mo_dau'.",
                          rule="R31")
        try:
            can_cu.validate_dau_cuoi(text, cuoi=i == len(page.can_cu) - 1)
        except RuleViolation as exc:
            yield Problem(_field(document, p.source), exc.message, hint=exc.hint, rule=exc.rule)


def _body(document: Any, page: Page) -> Iterator[Problem]:
    opening = True  # the first paragraphs of the body, where a căn cứ line would be read
    for p in page.than:
        if not isinstance(p, Paragraph):
            continue  # a table: the checker reads its cells for marks only
        text = _norm(p.text)
        if not text:
            continue
        if opening and can_cu.la_dong_can_cu(text, _italic_share(p)):
            yield Problem(_field(document, p.source), f"đoạn '{_excerpt(text)}' đứng đầu nội dung và bắt đầu như một dòng căn cứ, "
                                 "nên sẽ được đọc là căn cứ (in nghiêng, kết thúc bằng ';' hoặc '.').",
                          hint="Chuyển câu đó lên 'can_cu' (chương trình in nghiêng), hoặc mở đầu đoạn bằng chữ khác.",
                          rule="R31")
            continue
        opening = False
        role, label = body_role(text)
        if role != "doan" and role not in TIEU_DE_KIEM:
            continue  # a bullet: nothing of its format to check
        runs = _visible(p)
        try:
            if role == "doan":
                nd30_page.validate_chu_dung(text, _italic_share(p))
            else:
                validate_tieu_de(role, label, text, all_bold=bool(runs) and all(_bold(p, r) for r in runs),
                                 upper=text == text.upper(), first_bold=bool(runs) and _bold(p, runs[0]))
        except RuleViolation as exc:
            yield Problem(_field(document, p.source), f"đoạn '{_excerpt(text)}': {exc.message}", hint=_data_hint(exc, p),
                          rule=exc.rule)


def _data_hint(exc: RuleViolation, p: Paragraph) -> str:
    """What to change in the data file, rather than in Word."""
    if exc.rule == "R28":
        return "Bỏ dấu * bao quanh cả đoạn: nội dung viết chữ đứng, chỉ in nghiêng vài chữ."
    if p.style in Style.BOLD:
        return "Bỏ dấu '.' ở cuối tiêu đề (tiêu đề in đậm không có dấu chấm); nếu đó là một câu, ghi nó thành đoạn văn."
    return ("Đoạn này bắt đầu như một tiêu đề (I., 1., a)) mà không được trình bày như tiêu đề: bỏ số, chữ ở đầu "
            "(chương trình tự đánh số mục, khoản, điểm) hoặc bỏ chữ đậm.")


def _marks(page: Page) -> Iterator[Problem]:
    """The issuer's lines stand where the reader looks for secrecy and urgency marks (R44) and the
    circulation label (R45): none may be only such a word."""
    lines = [*((f"co_quan.chu_quan[{i}]", t) for i, t in enumerate(page.chu_quan, 1)),
             *((f"co_quan.ten[{i}]", t) for i, t in enumerate(page.co_quan, 1))]
    for field, text in lines:
        line = _norm(text)
        if is_mark(line) or is_pham_vi(line):
            yield Problem(field, f"dòng chỉ có chữ '{line}' sẽ được đọc là dấu mức độ mật, khẩn hoặc chỉ dẫn "
                                 "phạm vi lưu hành, mà không được trình bày như vậy.",
                          hint="Ghi tên cơ quan ban hành; dấu mật, khẩn do văn thư đóng trên bản phát hành.",
                          rule="R44" if is_mark(line) else "R45")


# ---------------------------------------------------------------------- where it came from
def _field(document: Any, source: object) -> str:
    """The field name of ``source`` (an Inline or a model inside ``document``), found by identity."""
    from bdg_docs.loading import field_name

    if source is None:
        return ""
    loc = _find(document, source, ())
    if loc is None:
        return ""
    if isinstance(source, BaseModel) and "tieu_de" in type(source).model_fields:
        loc += ("tieu_de",)
    return field_name(loc)


def _find(value: Any, target: object, loc: tuple) -> tuple | None:
    if value is target:
        return loc
    if isinstance(value, BaseModel):
        items: Any = ((name, getattr(value, name)) for name in type(value).model_fields)
    elif isinstance(value, dict):
        items = value.items()
    elif isinstance(value, (list, tuple)):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        found = _find(item, target, loc + (key,))
        if found is not None:
            return found
    return None


__all__ = ["check"]
