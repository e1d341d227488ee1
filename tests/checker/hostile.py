"""Hostile .docx files for the reader and the checker, each built at a size ``n``: the cases of
the hardening review (non-finite numbers, text that made regular expressions backtrack, a header
shared by many sections, masses of paragraphs, understated zip sizes) and a few more.

``GROWING`` cases must cost time in proportion to ``n`` (tests double ``n`` and compare);
``REFUSED`` cases must end in a DocxReadError, early. benchmarks/hostile_docx.py times them.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import Callable

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:v="urn:schemas-microsoft-com:vml"'
SECT = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>'
        '<w:titlePg/></w:sectPr>')
HEADER = f'<w:hdr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "/></w:p></w:hdr>'


def package(body: str, *, styles: str = "", numbering: str = "", sect: str = SECT, header: str = "") -> bytes:
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "word/document.xml": f"<w:document {W}><w:body>{body}{sect}</w:body></w:document>",
        "word/_rels/document.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                        '<Relationship Id="rIdH" Type="header" Target="header1.xml"/></Relationships>',
        "word/header1.xml": HEADER.replace("</w:hdr>", header + "</w:hdr>"),
    }
    if styles:
        parts["word/styles.xml"] = f"<w:styles {W}>{styles}</w:styles>"
    if numbering:
        parts["word/numbering.xml"] = f"<w:numbering {W}>{numbering}</w:numbering>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return out.getvalue()


def p(text: str, rpr: str = "", ppr: str = "") -> str:
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def header_table(left: str, right: str) -> str:
    cell = '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{}</w:tc>'
    return (f'<w:tbl><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr>'
            f'{cell.format(left)}{cell.format(right)}</w:tr></w:tbl>')


RIGHT = p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "<w:b/>") + p("Độc lập - Tự do - Hạnh phúc", "<w:b/>")


def non_finite(n: int) -> bytes:
    """Numbers Word would never write: inf, Infinity, 1e400, NaN, '-', huge and negative."""
    bad = ['<w:sz w:val="inf"/>', '<w:sz w:val="1e400"/>', '<w:sz w:val="NaN"/>', '<w:sz w:val="-"/>',
           '<w:sz w:val="99999999999999999999"/>']
    ppr = ['<w:ind w:left="Infinity" w:firstLine="-inf"/>', '<w:spacing w:before="1e400" w:line="-" w:lineRule="exact"/>',
           '<w:ind w:hanging="nan"/>', '<w:spacing w:after="-999999999999"/>', '<w:framePr w:w="inf" w:x="1e999"/>']
    vml = '<w:r><w:pict><v:line from="-" to="1e400pt,x"/><v:shape style="width:infpt;margin-left:-"/></w:pict></w:r>'
    body = "".join(p(f"Đoạn {i} có số lạ", bad[i % 5], ppr[i % 5]).replace("</w:p>", vml + "</w:p>") for i in range(n))
    return package(header_table(p("Số: 05/KH-UBND", '<w:sz w:val="1e400"/>'), RIGHT) + body,
                   sect=SECT.replace('w:top="1134"', 'w:top="Infinity"').replace('w:w="11906"', 'w:w="-1e400"'))


def ngay_thang_in_header(n: int) -> bytes:
    """A header cell of "ngày tháng " repeated (a cubic regular expression once took 60 s on 2,000)."""
    return package(header_table(p("ỦY BAN NHÂN DÂN", "<w:b/>") + p("ngày tháng " * n), RIGHT + p("ngày tháng " * n)))


def date_line_dots(n: int) -> bytes:
    """A date line with long runs of dots where the day and month go, and no year: patterns that
    can backtrack try every way to share the dots out before they fail."""
    line = f"Hà Nội, ngày {'.' * n} tháng {'.' * n} năm"
    return package(header_table(p("Số: 05/KH-UBND"), RIGHT + p(line, "<w:i/>")))


def sections_sharing_a_header(n: int) -> bytes:
    """``n`` sections, every one pointing at the same header part (of 300 paragraphs)."""
    body = "".join(f'<w:p><w:pPr>{SECT}</w:pPr><w:r><w:t>Mục {i}</w:t></w:r></w:p>' for i in range(n))
    return package(body, header="".join(p(f"Dòng đầu trang {i}") for i in range(300)))


def empty_paragraphs(n: int) -> bytes:
    return package("<w:p/>" * n)


def runs_in_one_paragraph(n: int) -> bytes:
    runs = "".join(f'<w:r><w:rPr>{"<w:b/>" if i % 2 else ""}</w:rPr><w:t>x</w:t></w:r>' for i in range(n))
    return package(header_table(p("Số: 05/KH-UBND"), RIGHT) + f"<w:p>{runs}</w:p>")


def long_word_in_header(n: int) -> bytes:
    """An issuer line of one very long "word": measuring it must not be quadratic."""
    return package(header_table(p("Ủ" * n, "<w:b/>") + p("Số: 05/KH-UBND"), RIGHT)
                   + p("KẾ HOẠCH", "<w:b/>", '<w:jc w:val="center"/>') + p("X" * n, "<w:b/>", '<w:jc w:val="center"/>'))


def style_chain(n: int) -> bytes:
    """``n`` paragraph styles, each based on the previous; every paragraph uses the last."""
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="S{i}"><w:basedOn w:val="S{i - 1}"/>'
                     f'<w:rPr><w:sz w:val="{24 + i % 4}"/></w:rPr></w:style>' for i in range(n))
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="S{i}"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>' for i in range(0, n, 7))
    return package(body, styles=styles)


def signature_like_lines(n: int) -> bytes:
    """Lines that look like signature titles, then "Nơi nhận:" (the signature is searched upwards)."""
    lines = "".join(p(f"GIÁM ĐỐC SỞ {i}", "<w:b/>") for i in range(n))
    return package(header_table(p("Số: 05/KH-UBND"), RIGHT) + p("KẾ HOẠCH") + lines + p("Nơi nhận:") + p("- Lưu: VT."))


def numbered_paragraphs(n: int) -> bytes:
    numbering = ('<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
                 '<w:lvlText w:val="%1)%1%1%1"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="upperRoman"/>'
                 '<w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    body = "".join(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{i % 2}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                   f'<w:r><w:t>Mục {i}</w:t></w:r></w:p>' for i in range(n))
    return package(body, numbering=numbering)


GROWING: dict[str, tuple[Callable[[int], bytes], int]] = {  # builder, n for the ratio test
    "non_finite": (non_finite, 200),
    "ngay_thang_in_header": (ngay_thang_in_header, 4000),
    "date_line_dots": (date_line_dots, 20000),
    "sections_sharing_a_header": (sections_sharing_a_header, 500),
    "empty_paragraphs": (empty_paragraphs, 3000),
    "runs_in_one_paragraph": (runs_in_one_paragraph, 3000),
    "long_word_in_header": (long_word_in_header, 40000),
    "style_chain": (style_chain, 1500),
    "signature_like_lines": (signature_like_lines, 800),
    "numbered_paragraphs": (numbered_paragraphs, 1000),
}


# -- refused ------------------------------------------------------------------------------
def understated_zip(inflated: int = 20_000_000) -> bytes:
    """document.xml whose zip entries claim 200 bytes but inflate to ``inflated`` (a zip bomb)."""
    xml = b"<w:document " + W.encode() + b"><w:body><w:p><w:r><w:t>" 
    filler = b" " * inflated
    data = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressed = data.compress(xml) + data.compress(filler) + data.flush()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
    raw = bytearray(out.getvalue())
    # Replace the member's data with the bomb, keeping the small sizes in both headers.
    local = raw.index(b"PK\x03\x04")
    name_len, extra_len = struct.unpack("<HH", raw[local + 26:local + 30])
    start = local + 30 + name_len + extra_len
    old_size = struct.unpack("<I", raw[local + 18:local + 22])[0]
    central = raw.index(b"PK\x01\x02")
    head, tail = raw[:start], raw[start + old_size:]
    crc = zlib.crc32(xml + filler) & 0xFFFFFFFF
    head[local + 14:local + 18] = struct.pack("<I", crc)
    head[local + 18:local + 22] = struct.pack("<I", len(compressed))
    tail_central = central - (start + old_size)
    tail[tail_central + 16:tail_central + 20] = struct.pack("<I", crc)
    tail[tail_central + 20:tail_central + 24] = struct.pack("<I", len(compressed))
    end = tail.index(b"PK\x05\x06")
    offset = struct.unpack("<I", tail[end + 16:end + 20])[0]
    tail[end + 16:end + 20] = struct.pack("<I", offset + len(compressed) - old_size)
    return bytes(head) + compressed + bytes(tail)


def too_many_paragraphs() -> bytes:
    return empty_paragraphs(150_000)


def deep_nesting(depth: int = 5000) -> bytes:
    return package("<w:sdt><w:sdtContent>" * depth + "<w:p/>" + "</w:sdtContent></w:sdt>" * depth)


def highly_compressible() -> bytes:
    """A small .docx whose document part inflates to tens of megabytes of one repeated element."""
    return package("<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 900_000)


def too_many_styles() -> bytes:
    return package(p("x"), styles="".join(f'<w:style w:styleId="S{i}"/>' for i in range(20_000)))


REFUSED: dict[str, tuple[Callable[[], bytes], str]] = {  # builder, words the message must hold
    "understated_zip": (understated_zip, "hỏng"),  # zipfile stops at the stated size: the data is damaged
    "too_many_paragraphs": (too_many_paragraphs, "hơn 100.000 đoạn"),
    "deep_nesting": (deep_nesting, "hỏng"),
    "highly_compressible": (highly_compressible, "quá lớn"),
    "too_many_styles": (too_many_styles, "kiểu định dạng"),
}
