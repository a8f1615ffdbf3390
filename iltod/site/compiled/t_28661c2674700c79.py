from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/review_summary.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_link = resolve('link')
    l_0_tr = resolve('tr')
    l_0_f = resolve('f')
    l_0_word = resolve('word')
    l_0_explain = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_explain = context.call((undefined(name='link') if l_0_link is missing else l_0_link), 'progress/')
    context.vars['explain'] = l_0_explain
    context.exported_vars.add('explain')
    yield '<section class="il-two il-two--summary" aria-labelledby="il-two-summary">\n<h2 id="il-two-summary"><a href="'
    yield escape((undefined(name='explain') if l_0_explain is missing else l_0_explain))
    yield '#assessment">'
    yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'two_averages'))
    yield '</a></h2>\n<dl class="il-figures il-figures--small">\n  <div><dt>'
    yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'agency_average'))
    yield '</dt><dd>'
    if (not t_3(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'agency_average'))):
        pass
        yield '<a href="'
        yield escape((undefined(name='explain') if l_0_explain is missing else l_0_explain))
        yield '#averages">'
        yield escape(t_1('%g', environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'agency_average')))
        yield '%</a>'
    else:
        pass
        yield '—'
    yield '</dd></div>\n  <div><dt>'
    yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'reviewer_average'))
    yield '</dt><dd>'
    if (not t_3(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'reviewer_average'))):
        pass
        yield '<a href="'
        yield escape((undefined(name='explain') if l_0_explain is missing else l_0_explain))
        yield '#both-averages">'
        yield escape(t_1('%g', environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'reviewer_average')))
        yield '%</a>'
    else:
        pass
        yield escape(context.call((undefined(name='word') if l_0_word is missing else l_0_word), ('no-evidence' if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'reviewed') else 'not-reviewed')))
    yield '</dd></div>\n</dl>\n<p class="il-muted">'
    yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'reviewed_of', reviewed=environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'reviewed'), total=environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'total')))
    yield '.\n'
    def t_4(fiter):
        for (l_1_o, l_1_n) in fiter:
            if l_1_n:
                yield (l_1_o, l_1_n)
    l_1_loop = missing
    for (l_1_o, l_1_n), l_1_loop in LoopContext(t_4(context.call(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'observations'))), undefined):
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='word') if l_0_word is missing else l_0_word), l_1_o, _loop_vars=_loop_vars))
        yield ': <strong>'
        yield escape(l_1_n)
        yield '</strong>'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' · '
    l_1_loop = l_1_o = l_1_n = missing
    yield '</p>\n<p class="il-flags-count"><a href="'
    yield escape((undefined(name='explain') if l_0_explain is missing else l_0_explain))
    yield '#honesty-flags">'
    yield escape(context.call((undefined(name='tr') if l_0_tr is missing else l_0_tr), 'flags'))
    yield '</a>: <strong>'
    yield escape(t_2(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'flags')))
    yield '</strong>'
    if environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'flags'):
        pass
        yield ' ('
        def t_5(fiter):
            for (l_1_c, l_1_n) in fiter:
                if l_1_n:
                    yield (l_1_c, l_1_n)
        l_1_loop = missing
        for (l_1_c, l_1_n), l_1_loop in LoopContext(t_5(context.call(environment.getattr((undefined(name='f') if l_0_f is missing else l_0_f), 'flag_counts'))), undefined):
            _loop_vars = {}
            pass
            yield '<a href="'
            yield escape((undefined(name='explain') if l_0_explain is missing else l_0_explain))
            yield '#honesty-flags">'
            yield escape(context.call((undefined(name='word') if l_0_word is missing else l_0_word), l_1_c, _loop_vars=_loop_vars))
            yield '</a>: '
            yield escape(l_1_n)
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ' · '
        l_1_loop = l_1_c = l_1_n = missing
        yield ')'
    yield '</p>\n</section>'

blocks = {}
debug_info = '3=34&5=38&7=42&8=55&10=68&11=70&12=87'
# Generated by scripts/compile-templates from partials/review_summary.html, Jinja 3.1.6
