"""The hostile corpus: one case per attack on the inputs bdg_docs reads, with its expected outcome.

Each case writes its input into a folder (``prepare(folder, scale)``) and says what to run:
``bdg-docs`` arguments (:class:`Cli`) or Python statements (:class:`Api`, with ``bdg_docs``
imported), and what must come of it: the exit status or the exception's class, and words of the
message. ``scale`` 2 doubles the hostile part of the input; a case marked ``doubling`` must take
at most about twice as long then (linear time).

This module uses only the standard library: ``benchmarks/hostile.py`` runs the same cases
against another checkout of bdg_docs (the figures before and after in docs/do-tin-cay.md).
``tests/test_hostile.py`` runs them in the test suite, each in a process of its own.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from tests.minimal import MINIMAL, replace

ROOT = Path(__file__).resolve().parent.parent.parent
TEMPLATE = ROOT / "bdg_docs" / "templates" / "van_ban.docx"
XA_TRIEU_SON = ROOT / "bdg_docs" / "data" / "dia_phuong" / "thanh_hoa.xa_trieu_son.yaml"
XA_FIXTURE = ROOT / "fixtures" / "ke_hoach_truyen_thong_xa_trieu_son_2026.yaml"
REPORT = ROOT / "fixtures" / "bao_cao_bdg_vstbcpn_xa_trieu_son_2026.yaml"


@dataclass(frozen=True)
class Cli:
    """``bdg-docs ARGS``: the exit status and what it prints on stderr."""

    args: tuple[str, ...]


@dataclass(frozen=True)
class Api:
    """Python statements run with ``bdg_docs`` imported: the exception they raise (or ``ok``)."""

    code: str


@dataclass(frozen=True)
class Case:
    name: str
    attack: str  # what the input does, for the list in docs/do-tin-cay.md
    prepare: Callable[[Path, int], Cli | Api]
    outcome: int | str  # exit status (Cli), or the exception's class name or "ok" (Api)
    says: tuple[str, ...] = ()  # words of the message
    doubling: bool = False  # time at most about doubles with scale 2
    written: bool = False  # a Cli case writes a .docx into ``out`` (else nothing at all)


# ------------------------------------------------------------------------------- helpers
def _write(folder: Path, name: str, data: str | bytes) -> str:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def _render(folder: Path, *paths: str, extra: tuple[str, ...] = ()) -> Cli:
    return Cli(("render", *paths, "-o", str(folder / "out"), *extra))


def _fifo(folder: Path, name: str) -> str:
    path = folder / name
    os.mkfifo(path)
    return str(path)


def _template_with(folder: Path, tag: str, *, name: str = "mau_tinh.docx") -> str:
    """The package's template with ``tag`` after the signer's name."""
    with zipfile.ZipFile(TEMPLATE) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    xml = xml.replace("{{ ho_ten }}", "{{ ho_ten }}" + tag.replace("&", "&amp;").replace("<", "&lt;")
                      .replace(">", "&gt;").replace("'", "&apos;"), 1)
    parts["word/document.xml"] = xml.encode("utf-8")
    return _zip(folder, name, parts)


def _zip(folder: Path, name: str, parts: dict[str, bytes]) -> str:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return _write(folder, name, buffer.getvalue())


def _render_with(folder: Path, template: str) -> Api:
    data = _write(folder, "kh.yaml", MINIMAL)
    return Api(f"bdg_docs.render(bdg_docs.load({data!r}), template={template!r})")


def _template_case(name: str, attack: str, tag: Callable[[int], str], says: tuple[str, ...],
                   doubling: bool = False) -> Case:
    return Case(name, attack, lambda folder, scale: _render_with(folder, _template_with(folder, tag(scale))),
                "TemplateError", says, doubling)


def _profile_case(folder: Path, profile: bytes, *, path: str | None = None) -> Cli:
    """The commune fixture with its profile given again by ``--dia-phuong`` (a province's file
    for the unit ``thanh_hoa.xa_trieu_son``), as ``profile``."""
    data = _write(folder, "kh.yaml", XA_FIXTURE.read_text(encoding="utf-8"))
    given = path or _write(folder, "thanh_hoa.xa_trieu_son.yaml", profile)
    return _render(folder, data, extra=("--dia-phuong", given))


def _profile_text() -> str:
    return XA_TRIEU_SON.read_text(encoding="utf-8")


def _report_result(value: str) -> str:
    """The annual report fixture with the first indicator's result written ``value``."""
    text = REPORT.read_text(encoding="utf-8")
    table = re.search(r"\n\s*dong:\n", text).start()  # type: ignore[union-attr]
    found = re.search(r"\n(\s+)ket_qua: [^\n]*", text[table:])
    assert found is not None
    start = table + found.start()
    return text[:start] + f"\n{found.group(1)}ket_qua: {value}" + text[table + found.end():]


def _aliases(repeat: int) -> str:
    """A valid plan whose first bullet, 19,720 characters long, is repeated by aliases."""
    return replace("muc_dich: [Nâng cao nhận thức.]",
                   "muc_dich: [&dai " + "Tuyên truyền bình đẳng giới. " * 680 + ", " + ", ".join(["*dai"] * repeat) + "]")


# --------------------------------------------------------------------------------- cases
DATA_FILES = [
    Case("fifo_du_lieu", "a FIFO given as the data file (reading it would block for ever)",
         lambda f, s: _render(f, _fifo(f, "kh.yaml")), 1, ("đường ống (FIFO)",)),
    Case("thiet_bi_du_lieu", "/dev/zero given as the data file (endless zeros)",
         lambda f, s: _render(f, "/dev/zero"), 1, ("thiết bị",)),
    Case("thu_muc_du_lieu", "a folder named like a data file",
         lambda f, s: (f / "kh.yaml").mkdir() or _render(f, str(f / "kh.yaml")), 1, ("thư mục",)),
    Case("tep_9_9_mb", "a 9.9 MB data file whose first line is a comment",
         lambda f, s: _render(f, _write(f, "kh.yaml", "# " + "x" * 9_900_000 + "\n" + MINIMAL)), 1,
         ("lớn hơn 1 MB",)),
    Case("binh_luan_dai", "a first line that is a comment of 0.4 MB (quadratic in ruamel.yaml's scanner)",
         lambda f, s: _render(f, _write(f, "kh.yaml", "# " + "x" * 400_000 * s + "\n" + MINIMAL)), 0,
         doubling=True, written=True),
    Case("binh_luan_cuoi_dong", "a comment of 0.3 MB at the end of a line",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("so:\n", "so: # " + "x" * 300_000 * s + "\n"))), 0,
         doubling=True, written=True),
    Case("dong_trong", "100,000 blank lines before the first key",
         lambda f, s: _render(f, _write(f, "kh.yaml", "\n" * 100_000 * s + MINIMAL)), 0,
         doubling=True, written=True),
    Case("chuoi_dai", "a trích yếu of 400,000 characters on one line",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("trich_yeu: Truyền", "trich_yeu: " + "x" * 400_000 * s + " Truyền"))),
         1, ("quá giới hạn 20.000 ký tự",), doubling=True),
    Case("tu_dai", "a trích yếu that is one word of 9,000 characters (wrapped into lines)",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("trich_yeu: Truyền", "trich_yeu: " + "x" * 9_000 * s + " Truyền"))),
         0, doubling=True, written=True),
    Case("nhieu_gach", "a plan of 500 bullets (placing the body was quadratic in lxml)",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("muc_dich: [Nâng cao nhận thức.]", "muc_dich:\n- gach:\n" + "".join(
             f"  - Ý thứ {i} về bình đẳng giới, tuyên truyền cho cán bộ và nhân dân.\n" for i in range(500 * s))))),
         0, doubling=True, written=True),
    Case("bi_danh_chu_dai", "aliases repeating a 20,000-character bullet: a 100 kB file that would make "
                            "a 266 MB document",
         lambda f, s: _render(f, _write(f, "kh.yaml", _aliases(5_000))), 1, ("MAX_YAML_TEXT",)),
    Case("bi_danh_long_nhau", "nested aliases (\"billion laughs\")",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("muc_dich: [Nâng cao nhận thức.]", "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                                    + "".join(f"{c}: &{c} [" + ", ".join([f"*{p}"] * 10) + "]\n"
                                              for p, c in zip("abcdefgh", "bcdefghi")) + "muc_dich: *i"))),
         1, ("MAX_YAML_ITEMS",)),
    Case("nhieu_muc", "200,000 list items in 400 kB (each costs the parser)",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("muc_dich: [Nâng cao nhận thức.]",
                                                              "muc_dich: [" + "x," * 200_000 + "x]"))),
         1, ("MAX_YAML_ITEMS",)),
    Case("long_sau", "lists nested 50,000 deep",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("muc_dich: [Nâng cao nhận thức.]",
                                                              "muc_dich: " + "[" * 50_000 + "]" * 50_000))),
         1, ("lồng quá sâu", "MAX_YAML_DEPTH")),
    Case("so_4400_chu_so", "so: a number of 4,400 digits (more than Python converts)",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("so:\n", "so: " + "9" * 4_400 + "\n"))), 1,
         (":4: trường 'so': là một số quá dài",)),
    Case("so_rat_lon", "so: a number of 50 digits",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("so:\n", "so: " + "9" * 50 + "\n"))), 1,
         (":4: trường 'so': số văn bản quá lớn",)),
    Case("so_true", "so: true (Python counts a bool as the number 1)",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("so:\n", "so: true\n"))), 1,
         (":4: trường 'so': phải là một số, không phải true",)),
    Case("ngay_30_02", "a cited document dated 2022-02-30",
         lambda f, s: _render(f, _write(f, "kh.yaml", replace("mo_dau:\n", "van_ban:\n  qd:\n    loai: Quyết định\n"
                                    "    so_ky_hieu: 1/QĐ-UBND\n    ngay: 2022-02-30\n    co_quan: UBND tỉnh\nmo_dau:\n")
                                    .replace("như sau:", "như sau [@qd]:"))), 1,
         (":13: trường 'van_ban.qd.ngay': ngày 30 tháng 2 năm 2022 không có thật",)),
    Case("chi_tieu_nan", "an indicator's result written .nan in an annual report",
         lambda f, s: _render(f, _write(f, "bc.yaml", _report_result(".nan"))), 1,
         ("ket_qua': không phải là một số",)),
    Case("chi_tieu_1000_chu_so", "an indicator's result of 1,000 digits (babel formats 28)",
         lambda f, s: _render(f, _write(f, "bc.yaml", _report_result("9" * 1_000))), 1,
         ("MAX_NUMBER_DIGITS",)),
    Case("utf16_khong_bom", "a data file saved as UTF-16 without a byte-order mark",
         lambda f, s: _render(f, _write(f, "kh.yaml", MINIMAL.encode("utf-16-le"))), 0, written=True),
]

PROFILES = [
    Case("ho_so_utf16", "a locality profile saved as UTF-16 (Notepad's \"Unicode\")",
         lambda f, s: _profile_case(f, _profile_text().encode("utf-16")), 0, written=True),
    Case("ho_so_cp1258", "a locality profile saved in Windows-1258",
         lambda f, s: _profile_case(f, _profile_text().encode("cp1258", "replace")), 1,
         ("thanh_hoa.xa_trieu_son.yaml:1: tệp không phải văn bản UTF-8",)),
    Case("ho_so_12_mb", "a locality profile of 12 MB",
         lambda f, s: _profile_case(f, _profile_text().encode() + b"# " + b"x" * 12_000_000 + b"\n"), 1,
         ("không đọc được hồ sơ địa phương: tệp lớn hơn 1 MB",)),
    Case("ho_so_fifo", "a FIFO given as a locality profile",
         lambda f, s: _profile_case(f, b"", path=_fifo(f, "thanh_hoa.xa_trieu_son.yaml")), 1, ("đường ống (FIFO)",)),
    Case("ho_so_khong_doc_duoc", "a locality profile that cannot be opened (a file where a folder should be)",
         lambda f, s: _profile_case(f, b"", path=_write(f, "tep", "x") + "/thanh_hoa.xa_trieu_son.yaml"), 1,
         ("không đọc được hồ sơ địa phương",)),
]

TEMPLATES = [
    _template_case("mau_vong_lap_long", "nested loops of 100,000 × 100,000",
                   lambda s: "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
                   ("thẻ «{% for b in range(100000) %}»", "MAX_TEMPLATE_STEPS")),
    _template_case("mau_loc_vong_lap", "a loop whose 'if' skips every item, nested",
                   lambda s: "{% for a in range(100000) %}{% for b in range(100000) if false %}{% endfor %}{% endfor %}",
                   ("MAX_TEMPLATE_STEPS",)),
    _template_case("mau_de_quy", "a macro calling itself",
                   lambda s: "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", ("thẻ «{{ f() }}»", "MAX_TEMPLATE_DEPTH")),
    _template_case("mau_vong_lap_de_quy", "a recursive loop calling itself",
                   lambda s: "{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}", ("MAX_TEMPLATE_DEPTH",)),
    _template_case("mau_nhan_chuoi", "'x' * 10**9", lambda s: "{{ 'x' * 1000000000 }}", ("MAX_TEMPLATE_TEXT",)),
    _template_case("mau_luy_thua", "10 ** 1000000", lambda s: "{{ 10 ** 1000000 }}", ("số quá lớn",)),
    _template_case("mau_tran_so", "2.0 ** 10000 (OverflowError)", lambda s: "{{ 2.0 ** 10000 }}", ("quá lớn",)),
    _template_case("mau_do_rong", "'{:>999999999}'.format(1)", lambda s: "{{ '{:>999999999}'.format(1) }}",
                   ("MAX_TEMPLATE_NUMBER",)),
    _template_case("mau_phan_tram", "'%0999999999d' % 1", lambda s: "{{ '%0999999999d' % 1 }}", ("MAX_TEMPLATE_NUMBER",)),
    _template_case("mau_can_giua", "'x'|center(999999999), folded while compiling",
                   lambda s: "{{ 'x'|center(999999999) }}", ("MAX_TEMPLATE_NUMBER",)),
    _template_case("mau_gap_doi", "a string doubled 60 times with ~",
                   lambda s: "{% set ns = namespace(s='x') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
                   ("MAX_TEMPLATE_TEXT",)),
    _template_case("mau_thay_the", "replace() doubling a string 60 times",
                   lambda s: "{% set ns = namespace(s='ab') %}{% for i in range(60) %}{% set ns.s = ns.s.replace('a', 'aa') %}{% endfor %}",
                   ("MAX_TEMPLATE_TEXT",)),
    _template_case("mau_tong_lap", "range(100000)|sum 100,000 times",
                   lambda s: "{% for i in range(100000) %}{{ range(100000)|sum }}{% endfor %}", ("MAX_TEMPLATE_STEPS",)),
    _template_case("mau_chu_tinh", "a loop writing 1,000 characters 100,000 times",
                   lambda s: "{% for i in range(100000) %}" + "x" * 1_000 + "{% endfor %}", ("MAX_TEMPLATE_TEXT",)),
    _template_case("mau_lipsum", "lipsum(n=100000)", lambda s: "{{ lipsum(n=100000) }}", ("lipsum",)),
    _template_case("mau_include", "{% include %} (no loader: TypeError)", lambda s: "{% include 'x' %}",
                   ("thẻ «{% include 'x' %}»",)),
    _template_case("mau_chia_0", "1/0", lambda s: "{{ 1/0 }}", ("thẻ «{{ 1/0 }}»", "ZeroDivisionError")),
    _template_case("mau_sai_kieu", "'a' + 1 (TypeError)", lambda s: "{{ 'a' + 1 }}", ("thẻ «{{ 'a' + 1 }}»",)),
    _template_case("mau_sai_cu_phap", "{% if %}", lambda s: "{% if %}", ("thẻ «{% if %}»", "sai cú pháp")),
    _template_case("mau_bo_loc_ngau_nhien", "|random (not reproducible)", lambda s: "{{ [1, 2]|random }}",
                   ("không có bộ lọc 'random'",)),
    _template_case("mau_thoat_sandbox", "''.__class__.__mro__", lambda s: "{{ ''.__class__.__mro__ }}",
                   ("không an toàn",)),
    Case("mau_fifo", "a FIFO given as the template", lambda f, s: _render_with(f, _fifo(f, "mau.docx")),
         "TemplateError", ("đường ống (FIFO)",)),
    Case("mau_bom_zip", "a template whose styles part inflates to 50 MB",
         lambda f, s: _render_with(f, _bomb(f)), "TemplateError", ("giải nén ra hơn 5 MB",)),
    Case("mau_qua_lon", "a 25 MB template", lambda f, s: _render_with(f, _sparse(f, "mau.docx", 25_000_000)),
         "TemplateError", ("lớn hơn 20 MB",)),
    Case("mau_xml_long_sau", "a template whose XML nests 100,000 deep",
         lambda f, s: _render_with(f, _nested_xml(f)), "TemplateError", ("Mẫu mau.docx",)),
]

DOCUMENTS = [
    Case("trich_yeu_5_trieu", "model_copy(update={'trich_yeu': 'x' * 5_000_000}), then render",
         lambda f, s: Api(f"bdg_docs.render(bdg_docs.load({_write(f, 'kh.yaml', MINIMAL)!r})"
                          ".model_copy(update={'trich_yeu': 'x' * 5_000_000}))"),
         "InputError", ("MAX_TEXT",)),
    Case("dieu_khien_ban_sao", "a control character put in by model_copy, then render",
         lambda f, s: Api(f"bdg_docs.render(bdg_docs.load({_write(f, 'kh.yaml', MINIMAL)!r})"
                          ".model_copy(update={'trich_yeu': 'a\\x01b'}))"),
         "InputError", ("ký tự điều khiển U+0001",)),
    Case("ngay_30_02_api", "a cited document dated 2022-02-30 through bdg_docs.load",
         lambda f, s: Api(f"bdg_docs.load({_write(f, 'kh.yaml', replace('mo_dau:', 'van_ban: {qd: {loai: Quyết định, so_ky_hieu: 1/QĐ-UBND, ngay: 2022-02-30, co_quan: UBND tỉnh}}' + chr(10) + 'mo_dau:').replace('như sau:', 'như sau [@qd]:'))!r})"),
         "InputError", ("ngày 30 tháng 2 năm 2022 không có thật",)),
    Case("thu_muc_ra_la_tep", "-o names a file, not a folder",
         lambda f, s: Cli(("render", _write(f, "kh.yaml", MINIMAL), "-o", _write(f, "out", "x"))), 2,
         ("là một tệp, không phải thư mục",)),
]

CHECKER = [
    Case("fifo_docx", "a FIFO given to bdg-docs check", lambda f, s: Cli(("check", _fifo(f, "vb.docx"))), 2,
         ("đường ống (FIFO)",)),
    Case("thiet_bi_docx", "/dev/zero given to bdg-docs check", lambda f, s: Cli(("check", "/dev/zero")), 2,
         ("thiết bị",)),
]


def _bomb(folder: Path) -> str:
    with zipfile.ZipFile(TEMPLATE) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    styles = parts["word/styles.xml"].decode("utf-8")
    parts["word/styles.xml"] = re.sub("(<w:styles[^>]*>)", lambda m: m.group(1) + "<!--" + " " * 50_000_000 + "-->",
                                      styles, count=1).encode("utf-8")
    return _zip(folder, "mau.docx", parts)


def _nested_xml(folder: Path) -> str:
    with zipfile.ZipFile(TEMPLATE) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    parts["word/document.xml"] = xml.replace("<w:body>", "<w:body>" + "<w:customXml>" * 100_000
                                             + "</w:customXml>" * 100_000, 1).encode("utf-8")
    return _zip(folder, "mau.docx", parts)


def _sparse(folder: Path, name: str, size: int) -> str:
    path = folder / name
    with open(path, "wb") as handle:
        handle.truncate(size)
    return str(path)


CASES: list[Case] = [*DATA_FILES, *PROFILES, *TEMPLATES, *DOCUMENTS, *CHECKER]
