from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = None

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_chu_quan = resolve('chu_quan')
    l_0_co_quan = resolve('co_quan')
    l_0_ke_co_quan = resolve('ke_co_quan')
    l_0_ke_tieu_ngu = resolve('ke_tieu_ngu')
    l_0_so = resolve('so')
    l_0_vv = resolve('vv')
    l_0_dia_danh_ngay = resolve('dia_danh_ngay')
    l_0_ten_loai = resolve('ten_loai')
    l_0_trich_yeu = resolve('trich_yeu')
    l_0_ke_trich_yeu = resolve('ke_trich_yeu')
    l_0_kinh_gui = resolve('kinh_gui')
    l_0_can_cu = resolve('can_cu')
    l_0_than = resolve('than')
    l_0_noi_nhan = resolve('noi_nhan')
    l_0_chuc_danh = resolve('chuc_danh')
    l_0_ho_ten = resolve('ho_ten')
    l_0_phu_luc = resolve('phu_luc')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:tbl><w:tblPr><w:tblW w:w="9071" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid><w:gridCol w:w="3685"/><w:gridCol w:w="5386"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="3685" w:type="dxa"/></w:tcPr>'
    for l_1_dong in environment.call(context, environment.loop_items, (undefined(name='chu_quan') if l_0_chu_quan is missing else l_0_chu_quan), 99):
        _loop_vars = {}
        pass
        yield '<w:p><w:pPr><w:pStyle w:val="BDGChuQuan"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield environment.output(l_1_dong)
        yield '</w:t></w:r></w:p>'
    l_1_dong = missing
    for l_1_dong in environment.call(context, environment.loop_items, (undefined(name='co_quan') if l_0_co_quan is missing else l_0_co_quan), 98):
        _loop_vars = {}
        pass
        yield '<w:p><w:pPr><w:pStyle w:val="BDGCoQuan"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield environment.output(l_1_dong)
        yield '</w:t></w:r></w:p>'
    l_1_dong = missing
    yield environment.output((undefined(name='ke_co_quan') if l_0_ke_co_quan is missing else l_0_ke_co_quan))
    yield '</w:tc><w:tc><w:tcPr><w:tcW w:w="5386" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGQuocHieu"/></w:pPr><w:r><w:t xml:space="preserve">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="BDGTieuNgu"/></w:pPr><w:r><w:t xml:space="preserve">Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p>'
    yield environment.output((undefined(name='ke_tieu_ngu') if l_0_ke_tieu_ngu is missing else l_0_ke_tieu_ngu))
    yield '</w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="3685" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGSo"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield environment.output((undefined(name='so') if l_0_so is missing else l_0_so))
    yield '</w:t></w:r></w:p>'
    if (undefined(name='vv') if l_0_vv is missing else l_0_vv):
        pass
        yield '<w:p><w:pPr><w:pStyle w:val="BDGVv"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield environment.output((undefined(name='vv') if l_0_vv is missing else l_0_vv))
        yield '</w:t></w:r></w:p>'
    yield '</w:tc><w:tc><w:tcPr><w:tcW w:w="5386" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGNgay"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield environment.output((undefined(name='dia_danh_ngay') if l_0_dia_danh_ngay is missing else l_0_dia_danh_ngay))
    yield '</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    if (undefined(name='ten_loai') if l_0_ten_loai is missing else l_0_ten_loai):
        pass
        yield '<w:p><w:pPr><w:pStyle w:val="BDGTenLoai"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield environment.output((undefined(name='ten_loai') if l_0_ten_loai is missing else l_0_ten_loai))
        yield '</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="BDGTrichYeu"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield environment.output((undefined(name='trich_yeu') if l_0_trich_yeu is missing else l_0_trich_yeu))
        yield '</w:t></w:r></w:p>'
        yield environment.output((undefined(name='ke_trich_yeu') if l_0_ke_trich_yeu is missing else l_0_ke_trich_yeu))
    if (undefined(name='kinh_gui') if l_0_kinh_gui is missing else l_0_kinh_gui):
        pass
        yield '<w:p><w:pPr><w:pStyle w:val="BDGKinhGui"/></w:pPr><w:r><w:t xml:space="preserve">Kính gửi:'
        if (t_1((undefined(name='kinh_gui') if l_0_kinh_gui is missing else l_0_kinh_gui)) == 1):
            pass
            yield ' '
            yield environment.output(environment.getitem((undefined(name='kinh_gui') if l_0_kinh_gui is missing else l_0_kinh_gui), 0))
        yield '</w:t></w:r></w:p>'
        if (t_1((undefined(name='kinh_gui') if l_0_kinh_gui is missing else l_0_kinh_gui)) > 1):
            pass
            for l_1_dong in environment.call(context, environment.loop_items, (undefined(name='kinh_gui') if l_0_kinh_gui is missing else l_0_kinh_gui), 102):
                _loop_vars = {}
                pass
                yield '<w:p><w:pPr><w:pStyle w:val="BDGKinhGuiMuc"/></w:pPr><w:r><w:t xml:space="preserve">'
                yield environment.output(l_1_dong)
                yield '</w:t></w:r></w:p>'
            l_1_dong = missing
    for l_1_doan in environment.call(context, environment.loop_items, (undefined(name='can_cu') if l_0_can_cu is missing else l_0_can_cu), 140):
        _loop_vars = {}
        pass
        yield '<w:p><w:pPr><w:pStyle w:val="BDGCanCu"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
        yield environment.output(l_1_doan)
        yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p>'
    l_1_doan = missing
    for l_1_doan in environment.call(context, environment.loop_items, (undefined(name='than') if l_0_than is missing else l_0_than), 4427):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_doan, 'bang'):
            pass
            yield '<w:tbl><w:tblPr><w:tblW w:w="9071" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid><w:gridCol w:w="454"/><w:gridCol w:w="2268"/><w:gridCol w:w="907"/><w:gridCol w:w="1077"/><w:gridCol w:w="1020"/><w:gridCol w:w="964"/><w:gridCol w:w="1020"/><w:gridCol w:w="1361"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="454" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
            yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_1_doan, 'bang'), 'tieu_de'), 0))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="2268" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
            yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_1_doan, 'bang'), 'tieu_de'), 1))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="907" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
            yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_1_doan, 'bang'), 'tieu_de'), 2))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1077" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
            yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_1_doan, 'bang'), 'tieu_de'), 3))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1020" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
            yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_1_doan, 'bang'), 'tieu_de'), 4))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="964" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
            yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_1_doan, 'bang'), 'tieu_de'), 5))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1020" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
            yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_1_doan, 'bang'), 'tieu_de'), 6))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1361" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
            yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_1_doan, 'bang'), 'tieu_de'), 7))
            yield '</w:t></w:r></w:p></w:tc></w:tr>'
            for l_2_dong in environment.call(context, environment.loop_items, environment.getattr(environment.getattr(l_1_doan, 'bang'), 'dong'), 1801, _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                yield '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="454" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 0), 'style'))
                yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 0), 'runs'))
                yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="2268" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 1), 'style'))
                yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 1), 'runs'))
                yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="907" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 2), 'style'))
                yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 2), 'runs'))
                yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1077" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 3), 'style'))
                yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 3), 'runs'))
                yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1020" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 4), 'style'))
                yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 4), 'runs'))
                yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="964" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 5), 'style'))
                yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 5), 'runs'))
                yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1020" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 6), 'style'))
                yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 6), 'runs'))
                yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1361" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 7), 'style'))
                yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                yield environment.output(environment.getattr(environment.getitem(l_2_dong, 7), 'runs'))
                yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc></w:tr>'
            l_2_dong = missing
            yield '</w:tbl>'
        else:
            pass
            yield '<w:p><w:pPr><w:pStyle w:val="'
            yield environment.output(environment.getattr(l_1_doan, 'style'))
            yield '"/>'
            if environment.getattr(l_1_doan, 'keep_next'):
                pass
                yield '<w:keepNext/>'
            yield '</w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
            yield environment.output(environment.getattr(l_1_doan, 'runs'))
            yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p>'
    l_1_doan = missing
    yield '<w:tbl><w:tblPr><w:tblW w:w="9071" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="240" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid><w:gridCol w:w="4253"/><w:gridCol w:w="4818"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="4253" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGNoiNhanTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">Nơi nhận:</w:t></w:r></w:p>'
    for l_1_dong in environment.call(context, environment.loop_items, (undefined(name='noi_nhan') if l_0_noi_nhan is missing else l_0_noi_nhan), 89):
        _loop_vars = {}
        pass
        yield '<w:p><w:pPr><w:pStyle w:val="'
        yield environment.output(environment.getattr(l_1_dong, 'style'))
        yield '"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield environment.output(environment.getattr(l_1_dong, 'text'))
        yield '</w:t></w:r></w:p>'
    l_1_dong = missing
    yield '</w:tc><w:tc><w:tcPr><w:tcW w:w="4818" w:type="dxa"/></w:tcPr>'
    for l_1_dong in environment.call(context, environment.loop_items, (undefined(name='chuc_danh') if l_0_chuc_danh is missing else l_0_chuc_danh), 98):
        _loop_vars = {}
        pass
        yield '<w:p><w:pPr><w:pStyle w:val="BDGChucVu"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield environment.output(l_1_dong)
        yield '</w:t></w:r></w:p>'
    l_1_dong = missing
    yield '<w:p><w:pPr><w:pStyle w:val="BDGHoTen"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield environment.output((undefined(name='ho_ten') if l_0_ho_ten is missing else l_0_ho_ten))
    yield '</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    l_1_loop = missing
    for l_1_pl, l_1_loop in LoopContext(environment.call(context, environment.loop_items, (undefined(name='phu_luc') if l_0_phu_luc is missing else l_0_phu_luc), 5178), undefined):
        _loop_vars = {}
        pass
        yield '<w:p><w:pPr><w:pStyle w:val="BDGNgatMuc"/><w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderPage"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'
        if (not environment.getattr(l_1_loop, 'first')):
            pass
            yield '<w:pgNumType w:start="1"/>'
        yield '<w:cols w:space="720"/><w:titlePg/></w:sectPr></w:pPr></w:p><w:p><w:pPr><w:pStyle w:val="BDGPhuLuc"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield environment.output(environment.getattr(l_1_pl, 'nhan'))
        yield '</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="BDGTenPhuLuc"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield environment.output(environment.getattr(l_1_pl, 'ten'))
        yield '</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="BDGKemTheo"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield environment.output(environment.getattr(l_1_pl, 'kem_theo'))
        yield '</w:t></w:r></w:p>'
        for l_2_doan in environment.call(context, environment.loop_items, environment.getattr(l_1_pl, 'than'), 4427, _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_doan, 'bang'):
                pass
                yield '<w:tbl><w:tblPr><w:tblW w:w="9071" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid><w:gridCol w:w="454"/><w:gridCol w:w="2268"/><w:gridCol w:w="907"/><w:gridCol w:w="1077"/><w:gridCol w:w="1020"/><w:gridCol w:w="964"/><w:gridCol w:w="1020"/><w:gridCol w:w="1361"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="454" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
                yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_2_doan, 'bang'), 'tieu_de'), 0))
                yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="2268" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
                yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_2_doan, 'bang'), 'tieu_de'), 1))
                yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="907" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
                yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_2_doan, 'bang'), 'tieu_de'), 2))
                yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1077" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
                yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_2_doan, 'bang'), 'tieu_de'), 3))
                yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1020" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
                yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_2_doan, 'bang'), 'tieu_de'), 4))
                yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="964" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
                yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_2_doan, 'bang'), 'tieu_de'), 5))
                yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1020" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
                yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_2_doan, 'bang'), 'tieu_de'), 6))
                yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1361" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="BDGBangTieuDe"/></w:pPr><w:r><w:t xml:space="preserve">'
                yield environment.output(environment.getitem(environment.getattr(environment.getattr(l_2_doan, 'bang'), 'tieu_de'), 7))
                yield '</w:t></w:r></w:p></w:tc></w:tr>'
                for l_3_dong in environment.call(context, environment.loop_items, environment.getattr(environment.getattr(l_2_doan, 'bang'), 'dong'), 1801, _loop_vars=_loop_vars):
                    _loop_vars = {}
                    pass
                    yield '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="454" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 0), 'style'))
                    yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 0), 'runs'))
                    yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="2268" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 1), 'style'))
                    yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 1), 'runs'))
                    yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="907" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 2), 'style'))
                    yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 2), 'runs'))
                    yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1077" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 3), 'style'))
                    yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 3), 'runs'))
                    yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1020" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 4), 'style'))
                    yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 4), 'runs'))
                    yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="964" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 5), 'style'))
                    yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 5), 'runs'))
                    yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1020" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 6), 'style'))
                    yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 6), 'runs'))
                    yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="1361" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 7), 'style'))
                    yield '"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                    yield environment.output(environment.getattr(environment.getitem(l_3_dong, 7), 'runs'))
                    yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p></w:tc></w:tr>'
                l_3_dong = missing
                yield '</w:tbl>'
            else:
                pass
                yield '<w:p><w:pPr><w:pStyle w:val="'
                yield environment.output(environment.getattr(l_2_doan, 'style'))
                yield '"/>'
                if environment.getattr(l_2_doan, 'keep_next'):
                    pass
                    yield '<w:keepNext/>'
                yield '</w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r>'
                yield environment.output(environment.getattr(l_2_doan, 'runs'))
                yield '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p>'
        l_2_doan = missing
    l_1_loop = l_1_pl = missing
    yield '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderPage"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'
    if (undefined(name='phu_luc') if l_0_phu_luc is missing else l_0_phu_luc):
        pass
        yield '<w:pgNumType w:start="1"/>'
    yield '<w:cols w:space="720"/><w:titlePg/></w:sectPr></w:body>'

blocks = {}
debug_info = '1=35'