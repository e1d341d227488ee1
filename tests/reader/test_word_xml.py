"""Reading Word's XML (bdg_docs.reader.docx): what Word shows but does not store as text, and
what it stores but does not show."""
from __future__ import annotations

from bdg_docs.reader.docx import FrameView, ParagraphView, read
from tests.checker.hostile import SECT, p, package

NUMBERING = ('<w:abstractNum w:abstractNumId="1">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>'
             '<w:rPr><w:b/></w:rPr></w:lvl>'
             '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
             '</w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
             '<w:lvlText w:val="\uf0b7"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
             '</w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>')


def _numbered(level: int, text: str, num: int = 1) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
            f'<w:r><w:t>{text}</w:t></w:r></w:p>')


def _texts(data: bytes) -> list[str]:
    return [b.text for b in read(data).blocks if isinstance(b, ParagraphView)]


def test_automatic_numbering_shows_the_labels_word_computes():
    body = "".join([_numbered(0, "MỤC ĐÍCH"), _numbered(1, "Mục đích"), _numbered(2, "Một"), _numbered(2, "Hai"),
                    _numbered(1, "Yêu cầu"), _numbered(2, "Ba"), _numbered(0, "NỘI DUNG"), _numbered(1, "Khoản"),
                    _numbered(0, "Lại từ đầu", num=2), _numbered(0, "Gạch", num=3)])
    view = read(package(body, numbering=NUMBERING))
    assert [b.text for b in view.paragraphs] == [
        "I. MỤC ĐÍCH", "1. Mục đích", "a) Một", "b) Hai", "2. Yêu cầu", "a) Ba", "II. NỘI DUNG", "1. Khoản",
        "I. Lại từ đầu", "• Gạch"]
    label = view.paragraphs[1].runs[0]
    assert (label.label, label.bold, view.paragraphs[1].label) == (True, True, "1.")
    assert not view.paragraphs[1].runs[1].bold


def test_a_page_field_is_seen_with_or_without_a_stored_number():
    stored = '<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
    bare = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    for inner in (stored, bare, '<w:fldSimple w:instr=" PAGE "/>'):
        view = read(package(f"<w:p>{inner}</w:p>"))
        (run,) = [r for r in view.paragraphs[0].runs if r.field]
        assert run.field.strip() == "PAGE"


def test_soft_line_breaks_make_lines_of_one_paragraph():
    view = read(package('<w:p><w:pPr><w:spacing w:before="120"/><w:ind w:firstLine="567"/></w:pPr><w:r><w:t>ỦY BAN NHÂN DÂN</w:t>'
                        '<w:br/><w:t>TỈNH THANH HÓA</w:t></w:r></w:p>'))
    first, second = view.paragraphs[0].lines()
    assert (first.text, second.text) == ("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA")
    assert (first.space_before, second.space_before, first.first_line, second.first_line) == (120, 0, 567, 0)
    assert second.location == "đoạn 1, dòng 2"


def test_a_text_box_is_read_once_apart_from_the_paragraph_that_anchors_it():
    box = ('<w:txbxContent><w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p></w:txbxContent>')
    xml = ('<w:p><w:r><w:t>Neo </w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           '<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           '<wp:positionH relativeFrom="margin"><wp:posOffset>2540000</wp:posOffset></wp:positionH><wp:extent cx="3175000" cy="635000"/>'
           '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>'
           f'<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>{box}</wps:txbx>'
           '<wps:bodyPr lIns="0" rIns="0"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           f'<mc:Fallback><w:pict><v:shape style="margin-left:200pt;width:250pt"><v:textbox>{box}</v:textbox></v:shape></w:pict>'
           '</mc:Fallback></mc:AlternateContent></w:r></w:p>')
    view = read(package(xml))
    anchor, frame = view.blocks
    assert anchor.text == "Neo "
    assert isinstance(frame, FrameView) and frame.kind == "text_box"
    assert [q.text for q in frame.paragraphs] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert (frame.x, frame.width, frame.paragraphs[0].room) == (4000, 5000, 5000)


def test_consecutive_paragraphs_in_one_frame_make_one_frame():
    frame = '<w:framePr w:w="3600" w:hAnchor="margin" w:x="0"/>'
    xml = p("SỞ NỘI VỤ", ppr=frame) + p("Số: 05/KH-SNV", ppr=frame) + p("Thân bài")
    block, body = read(package(xml)).blocks
    assert isinstance(block, FrameView) and [q.text for q in block.paragraphs] == ["SỞ NỘI VỤ", "Số: 05/KH-SNV"]
    assert body.text == "Thân bài"


def test_content_controls_tracked_changes_and_hidden_text():
    xml = ('<w:sdt><w:sdtContent><w:tbl><w:tr><w:tc><w:p><w:r><w:t>trong bảng</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
           '</w:sdtContent></w:sdt><w:p><w:r><w:t>giữ </w:t></w:r><w:del><w:r><w:delText>xóa </w:delText></w:r></w:del>'
           '<w:moveFrom><w:r><w:t>chuyển đi </w:t></w:r></w:moveFrom><w:ins><w:r><w:t>thêm </w:t></w:r></w:ins>'
           '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn </w:t></w:r><w:hyperlink><w:r><w:t>liên kết</w:t></w:r></w:hyperlink></w:p>')
    view = read(package(xml))
    assert view.tables[0].rows[0][0].paragraphs[0].text == "trong bảng"
    assert view.paragraphs[0].text == "giữ thêm liên kết"


def test_runs_formatted_alike_are_merged():
    runs = "".join(f'<w:r w:rsidR="00{i}"><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{w} </w:t></w:r>'
                   for i, w in enumerate(["Ủy", "ban", "nhân", "dân"]))
    (run,) = read(package(f"<w:p>{runs}</w:p>")).paragraphs[0].runs
    assert run.text == "Ủy ban nhân dân " and run.bold


def test_sections_inherit_headers_and_a_shared_header_is_read_once():
    without = SECT.replace('<w:headerReference w:type="default" r:id="rIdH"/>', "")
    body = "".join(f"<w:p><w:pPr>{without if i % 2 else SECT}</w:pPr></w:p><w:p/>" for i in range(6))
    view = read(package(body))
    headers = [s.headers["default"] for s in view.sections]
    assert len(view.sections) == 7 and all(h is headers[0] for h in headers)
    assert view.paragraphs[1].section_start and not view.paragraphs[0].section_start


def test_numbers_word_would_not_write_are_ignored():
    xml = p("x", '<w:sz w:val="inf"/><w:sz w:val="28"/>', '<w:ind w:left="Infinity" w:firstLine="567"/><w:spacing w:before="1e400"/>')
    para = read(package(xml)).paragraphs[0]
    assert (para.ind_left, para.first_line, para.space_before, para.runs[0].size) == (0, 567, 0, 10.0)


def test_tab_stops_are_read():
    para = read(package(p("a\tb", ppr='<w:tabs><w:tab w:val="center" w:pos="6500"/><w:tab w:val="clear" w:pos="720"/>'
                                      '<w:tab w:val="left" w:pos="1800"/></w:tabs>'))).paragraphs[0]
    assert para.tabs == (1800, 6500)
