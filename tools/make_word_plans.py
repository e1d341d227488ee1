"""Build tests/data/word_plans/: our plans and letter as an officer would type them in Word.

    python tools/make_word_plans.py            # rewrites the folder (the same bytes every time)

Each fixture of a type ``bdg-docs nhap`` reads (the communication plans, the Công văn, the annual
plan) is laid out by bdg_docs, then its text is written again, without bdg_docs' template, by the
corpus writer of tools/word_corpus (the one the checker's corpus uses), in two ways offices type:

- ``a``: the header as paragraphs placed by indents, its lines split with Shift+Enter, Word's
  automatic numbering (I., 1., a), bullets), fonts and bold set by hand on every run, the signature
  indented with its title lines split by Shift+Enter;
- ``b``: the header as lines of two columns placed by tabs, numbers typed, underscores as rule
  lines, the signature after tabs beside Nơi nhận.

What the writer has no form for is left as plain text: bold or italic inside a paragraph, footnote
marks (the footnote's text stays out). ``tests/importing/test_word_plans.py`` reads them back.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bdg_docs  # noqa: E402
from bdg_docs.layout import Paragraph, Style  # noqa: E402
from bdg_docs.reader import lines as L  # noqa: E402
from tools.make_word_corpus import normalise  # noqa: E402
from tools.word_corpus.content import Doc  # noqa: E402
from tools.word_corpus.layout import Look, render  # noqa: E402

OUT = ROOT / "tests" / "data" / "word_plans"
FIXTURES = ["ke_hoach_truyen_thong_trieu_son_2022", "ke_hoach_truyen_thong_xa_trieu_son_2026",
            "ke_hoach_bdg_vstbcpn_loc_binh_2024", "cong_van_huong_dan_trieu_son_2022"]
LOOKS = {
    "a": dict(header="stacked", header_breaks=True, numbering="auto", fonts="direct", signature="indent",
              sig_breaks=True, rules="border"),
    "b": dict(header="tabs", numbering="manual", fonts="style", signature="tabs", rules="underscore"),
}


def role(paragraph: Paragraph) -> str:
    """The corpus writer's role of a body paragraph, from bdg_docs' style and label."""
    text = paragraph.text
    if paragraph.style == Style.MUC:
        return "muc_la_ma"
    if paragraph.style == Style.KHOAN_TIEU_DE:
        return "khoan"
    found, _ = L.body_role(text)
    return found if found in ("khoan", "diem", "gach") else "doan"


def doc_of(fixture: str) -> Doc:
    document = bdg_docs.load(ROOT / "fixtures" / f"{fixture}.yaml")
    page = bdg_docs.lay_out(document)
    body = [("doan", p.text) for p in page.can_cu] if page.kinh_gui else []
    body += [(role(p), p.text) for p in page.than if isinstance(p, Paragraph)]
    kind = "cong_van" if page.vv else "co_ten_loai"
    return Doc(kind, document.VIET_TAT, list(page.chu_quan), list(page.co_quan), " ".join(page.so.split()),
               page.dia_danh_ngay.replace("\u00a0", " "), type_names=[page.ten_loai] if page.ten_loai else [],
               trich_yeu=(page.trich_yeu or "").split("\n") if page.trich_yeu else [],
               vv=page.vv.split("\n") if page.vv else [], kinh_gui=list(_kinh_gui(page.kinh_gui)),
               can_cu=[] if page.kinh_gui else [p.text for p in page.can_cu], body=body,
               titles=list(page.chuc_danh), name=page.ho_ten, noi_nhan=[line.text for line in page.noi_nhan])


def _kinh_gui(lines: tuple[str, ...]) -> list[str]:
    return [line.lstrip("- ").rstrip(";.") for line in lines]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for fixture in FIXTURES:
        for name, settings in LOOKS.items():
            look = Look(**settings)  # type: ignore[arg-type]
            data = render(doc_of(fixture), look)
            (OUT / f"{fixture}_{name}.docx").write_bytes(normalise(data))
    print(f"wrote {len(FIXTURES) * len(LOOKS)} files to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
