from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = None

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_chu_thich = resolve('chu_thich')
    pass
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    for l_1_ghi_chu in environment.call(context, environment.loop_items, (undefined(name='chu_thich') if l_0_chu_thich is missing else l_0_chu_thich), 209):
        _loop_vars = {}
        pass
        yield '<w:footnote w:id="'
        yield environment.output(environment.getattr(l_1_ghi_chu, 'id'))
        yield '"><w:p><w:pPr><w:pStyle w:val="BDGChuThich"/></w:pPr><w:r><w:rPr><w:rStyle w:val="BDGChuThichSo"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>'
        yield environment.output(environment.getattr(l_1_ghi_chu, 'runs'))
        yield '</w:p></w:footnote>'
    l_1_ghi_chu = missing
    yield '</w:footnotes>'

blocks = {}
debug_info = '2=13'