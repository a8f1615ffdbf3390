from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'region.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_label = resolve('label')
    l_0_review = resolve('review')
    l_0_answers = resolve('answers')
    l_0_t = resolve('t')
    l_0_rows = resolve('rows')
    l_0_chart = resolve('chart')
    l_0_chart_rows = resolve('chart_rows')
    l_0_by_year = resolve('by_year')
    l_0_trends = resolve('trends')
    l_0_trend_chart = resolve('trend_chart')
    l_0_ui = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('macros.html', 'region.html').make_module(context.get_all(), True, {'ui': l_0_ui})
    context.exported_vars.discard('ui')
    yield '<div class="il-page il-region">\n<h1>'
    yield escape((undefined(name='label') if l_0_label is missing else l_0_label))
    yield '</h1>\n'
    if t_2((undefined(name='review') if l_0_review is missing else l_0_review)):
        pass
        yield escape((undefined(name='review') if l_0_review is missing else l_0_review))
    if (t_2((undefined(name='answers') if l_0_answers is missing else l_0_answers)) and environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'year')):
        pass
        yield '<p class="il-answers-line">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'count_overdue'))
        yield ' ('
        yield escape(environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'year'))
        yield '): <a href="'
        yield escape(environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'late'))
        yield '"><strong>'
        yield escape(environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'overdue'))
        yield '</strong></a></p>'
    yield '<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ranking'))
    yield '</h2>\n<p class="il-muted">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ranking_note'))
    yield '</p>\n<table class="il-compact il-ranking">\n<thead><tr><th scope="col">#</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'agency'))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average_short'))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'assessed_share'))
    yield '</th></tr></thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext((undefined(name='rows') if l_0_rows is missing else l_0_rows), undefined):
        l_1_mn = resolve('mn')
        l_1_link = resolve('link')
        _loop_vars = {}
        pass
        yield '<tr class="il-row"><td>'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '</td>\n  <th scope="row" class="il-row__title"'
        yield escape((undefined(name='mn') if l_1_mn is missing else l_1_mn))
        yield '><a href="'
        yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_r, 'url'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_r, 'label'))
        yield '</a>'
        if environment.getattr(l_1_r, 'year'):
            pass
            yield ' <span class="il-muted">('
            yield escape(environment.getattr(l_1_r, 'year'))
            yield ')</span>'
        yield '</th>\n  <td class="il-row__percent"><a href="'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), 'averages', _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_r, 'bar'), 'text'))
        yield '</a></td>\n  <td>'
        if environment.getattr(l_1_r, 'tally'):
            pass
            yield escape(environment.getattr(environment.getattr(l_1_r, 'tally'), 'assessed'))
            yield '/'
            yield escape(environment.getattr(environment.getattr(l_1_r, 'tally'), 'total'))
            if (not t_3(environment.getattr(environment.getattr(l_1_r, 'tally'), 'assessed_share'))):
                pass
                yield ' (<a href="'
                yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), 'averages', _loop_vars=_loop_vars))
                yield '">'
                yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'percent_text'), environment.getattr(environment.getattr(l_1_r, 'tally'), 'assessed_share'), _loop_vars=_loop_vars))
                yield '</a>)'
        else:
            pass
            yield '—'
        yield '</td></tr>\n'
    l_1_loop = l_1_r = l_1_mn = l_1_link = missing
    yield '</tbody>\n</table>\n<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'chart_agencies'))
    yield '</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'chart'), (undefined(name='chart') if l_0_chart is missing else l_0_chart), (undefined(name='chart_rows') if l_0_chart_rows is missing else l_0_chart_rows), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'chart_agencies'), agency_text=True))
    yield '\n'
    if (undefined(name='by_year') if l_0_by_year is missing else l_0_by_year):
        pass
        yield '<h2>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average'))
        yield '</h2>\n'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'years_table'), (undefined(name='by_year') if l_0_by_year is missing else l_0_by_year), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average'), ((undefined(name='trends') if l_0_trends is missing else l_0_trends) if (t_2((undefined(name='trends') if l_0_trends is missing else l_0_trends)) and (t_1((undefined(name='by_year') if l_0_by_year is missing else l_0_by_year)) > 1)) else None)))
        yield '\n'
        if t_2((undefined(name='trend_chart') if l_0_trend_chart is missing else l_0_trend_chart)):
            pass
            yield escape((undefined(name='trend_chart') if l_0_trend_chart is missing else l_0_trend_chart))
    yield '</div>'

blocks = {}
debug_info = '1=40&3=43&4=45&5=48&6=60&7=62&9=64&11=71&12=77&13=79&14=91&15=95&19=113&20=115&21=117&22=120&24=122&25=124'
# Generated by scripts/compile-templates from region.html, Jinja 3.1.6
