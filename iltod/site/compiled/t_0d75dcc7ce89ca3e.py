from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'print.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_label = resolve('label')
    l_0_plan = resolve('plan')
    l_0_t = resolve('t')
    l_0_mn = resolve('mn')
    l_0_tally = resolve('tally')
    l_0_namespace = resolve('namespace')
    l_0_objectives = resolve('objectives')
    l_0_ui = l_0_row = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['mn']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'mn' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('macros.html', 'print.html').make_module(context.get_all(), True, {'row': l_0_row, 'ui': l_0_ui})
    context.exported_vars.discard('ui')
    yield '<div class="il-page il-print">\n<p class="il-kicker">'
    yield escape(t_2((undefined(name='label') if l_0_label is missing else l_0_label)))
    yield ' · '
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'))
    yield ', '
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), markup_join(('period.', environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'period'), ))))
    yield '</p>\n<h1'
    yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
    yield '>'
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))
    yield '</h1>\n<p>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average'))
    yield ': <strong>'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'average_text'), (undefined(name='tally') if l_0_tally is missing else l_0_tally)))
    yield '</strong>\n  · '
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'assessed_of', assessed=environment.getattr((undefined(name='tally') if l_0_tally is missing else l_0_tally), 'assessed'), total=environment.getattr((undefined(name='tally') if l_0_tally is missing else l_0_tally), 'total')))
    yield '</p>\n<table class="il-report">\n  <thead><tr>\n    <th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'number'))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'measure'))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'timeframe'))
    yield '</th>\n    <th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'indicators'))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'target'))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'budget'))
    yield '</th>\n    <th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'result'))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'percent'))
    yield '</th>\n  </tr></thead>\n  <tbody>\n'
    l_0_row = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), n=0)
    context.vars['row'] = l_0_row
    context.exported_vars.add('row')
    l_1_loop = missing
    for (l_1_o, l_1_otally, l_1_orows), l_1_loop in LoopContext((undefined(name='objectives') if l_0_objectives is missing else l_0_objectives), undefined):
        l_1_ordinal_mn = resolve('ordinal_mn')
        _loop_vars = {}
        pass
        yield '    <tr class="il-report__section"><th colspan="8" scope="rowgroup"'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        yield escape(context.call((undefined(name='ordinal_mn') if l_1_ordinal_mn is missing else l_1_ordinal_mn), environment.getattr(l_1_o, 'number'), _loop_vars=_loop_vars))
        yield '. '
        yield escape(environment.getattr(l_1_o, 'title'))
        yield '</th></tr>\n'
        l_2_loop = missing
        for l_2_r, l_2_loop in LoopContext(l_1_orows, undefined):
            l_2_m = l_2_counts = missing
            _loop_vars = {}
            pass
            if not isinstance(l_0_row, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_row['n'] = (environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'n') + 1)
            (l_2_m, l_2_counts) = (environment.getattr(l_2_r, 'measure'), environment.getattr(l_2_r, 'counts'))
            _loop_vars.update({'counts': l_2_counts, 'm': l_2_m})
            yield '    <tr class="il-row">\n      <td class="il-report__n">'
            yield escape(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'n'))
            yield '</td>\n      <td class="il-row__title"'
            yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
            yield '>'
            yield escape(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'number'))
            yield '. '
            yield escape(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'text'))
            yield '</td>\n      <td data-label="'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'timeframe', _loop_vars=_loop_vars))
            yield '"'
            if environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'timeframe'):
                pass
                yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
            yield '>'
            yield escape((environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'timeframe') or context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_stated', _loop_vars=_loop_vars)))
            yield '</td>\n      <td data-label="'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'indicators', _loop_vars=_loop_vars))
            yield '"'
            yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
            yield '>'
            l_3_loop = missing
            for l_3_i, l_3_loop in LoopContext(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'indicators'), undefined):
                _loop_vars = {}
                pass
                yield escape(l_3_i)
                if (not environment.getattr(l_3_loop, 'last')):
                    pass
                    yield '<br>'
            l_3_loop = l_3_i = missing
            yield '</td>\n      <td data-label="'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'target', _loop_vars=_loop_vars))
            yield '">'
            yield escape(t_2((environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'target') or '')))
            def t_4(fiter):
                for l_3_key in fiter:
                    if environment.getitem((undefined(name='m') if l_2_m is missing else l_2_m), l_3_key):
                        yield l_3_key
            for l_3_key in t_4(('baseline', 'target_level', 'responsible')):
                _loop_vars = {}
                pass
                yield '<br>'
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), l_3_key, _loop_vars=_loop_vars))
                yield ': '
                yield escape(t_2(environment.getitem((undefined(name='m') if l_2_m is missing else l_2_m), l_3_key)))
            l_3_key = missing
            yield '</td>\n      <td data-label="'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'budget', _loop_vars=_loop_vars))
            yield '"'
            yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
            yield '>'
            if (environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'budget') == '-'):
                pass
                yield '-'
            elif environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'budget'):
                pass
                if (not t_3(environment.getattr(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'budget'), 'spent'))):
                    pass
                    yield escape(t_1('%g', environment.getattr(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'budget'), 'spent')))
                yield ' '
                yield escape((environment.getattr(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'budget'), 'source') or ''))
                yield ' '
                yield escape((environment.getattr(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'budget'), 'text') or ''))
            yield '</td>\n      <td class="il-text" data-label="'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'result', _loop_vars=_loop_vars))
            yield '">'
            yield escape(t_2((environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'result') or '')))
            if environment.getattr((undefined(name='counts') if l_2_counts is missing else l_2_counts), 'total'):
                pass
                yield '\n'
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'attachments', _loop_vars=_loop_vars))
                yield ': '
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'att_total', _loop_vars=_loop_vars))
                yield ' '
                yield escape(environment.getattr((undefined(name='counts') if l_2_counts is missing else l_2_counts), 'total'))
                yield ', '
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'att_files', _loop_vars=_loop_vars))
                yield ' '
                yield escape(environment.getattr((undefined(name='counts') if l_2_counts is missing else l_2_counts), 'files'))
                yield ', '
                yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'att_images', _loop_vars=_loop_vars))
                yield ' '
                yield escape(environment.getattr((undefined(name='counts') if l_2_counts is missing else l_2_counts), 'images'))
            yield '</td>\n      <td class="il-row__percent" data-label="'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'percent', _loop_vars=_loop_vars))
            yield '"><a href="'
            yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), (environment.getattr(environment.getattr(l_2_r, 'a'), 'band') if (not t_3(environment.getattr(environment.getattr(l_2_r, 'a'), 'percent'))) else environment.getattr(environment.getattr(l_2_r, 'a'), 'status')), _loop_vars=_loop_vars))
            yield '">'
            yield escape((context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'percent_text'), environment.getattr(environment.getattr(l_2_r, 'a'), 'percent'), _loop_vars=_loop_vars) if (not t_3(environment.getattr(environment.getattr(l_2_r, 'a'), 'percent'))) else context.call((undefined(name='t') if l_0_t is missing else l_0_t), markup_join(('status.', environment.getattr(environment.getattr(l_2_r, 'a'), 'status'), )), _loop_vars=_loop_vars)))
            yield '</a>'
            if environment.getattr(environment.getattr(l_2_r, 'a'), 'overdue'):
                pass
                yield ' '
                yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'overdue_mark'), l_2_r, _loop_vars=_loop_vars))
            yield '</td>\n    </tr>\n'
        l_2_loop = l_2_r = l_2_m = l_2_counts = missing
    l_1_loop = l_1_o = l_1_otally = l_1_orows = l_1_ordinal_mn = missing
    yield '  </tbody>\n</table>\n<p class="il-muted">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'about_data'))
    yield '. '
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_assessed_note'))
    yield '</p>\n</div>'

blocks = {}
debug_info = '1=37&5=40&6=46&7=50&8=54&11=56&12=62&13=68&16=72&17=76&18=81&19=88&20=94&21=95&23=98&24=100&25=106&26=114&27=128&28=144&29=161&31=167&32=181&38=195'
# Generated by scripts/compile-templates from print.html, Jinja 3.1.6
