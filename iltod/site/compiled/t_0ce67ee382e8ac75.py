from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'agency.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_mn = resolve('mn')
    l_0_label = resolve('label')
    l_0_t = resolve('t')
    l_0_link = resolve('link')
    l_0_urls = resolve('urls')
    l_0_region = resolve('region')
    l_0_region_label = resolve('region_label')
    l_0_answers = resolve('answers')
    l_0_agency = resolve('agency')
    l_0_review = resolve('review')
    l_0_plans = resolve('plans')
    l_0_trend_chart = resolve('trend_chart')
    l_0_all_years = resolve('all_years')
    l_0_submit_url = resolve('submit_url')
    l_0_years = resolve('years')
    l_0_ui = missing
    try:
        t_1 = environment.filters['bdi']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bdi' found.")
    try:
        t_2 = environment.filters['mn']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'mn' found.")
    try:
        t_3 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('macros.html', 'agency.html').make_module(context.get_all(), True, {'ui': l_0_ui})
    context.exported_vars.discard('ui')
    yield '<div class="il-page il-agency">\n<h1'
    yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
    yield '>'
    yield escape(t_1((undefined(name='label') if l_0_label is missing else l_0_label)))
    yield '</h1>\n<dl class="il-fields">\n  <dt>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'region'))
    yield '</dt><dd><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), context.call(environment.getattr((undefined(name='urls') if l_0_urls is missing else l_0_urls), 'region'), environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'slug'))))
    yield '">'
    yield escape((undefined(name='region_label') if l_0_region_label is missing else l_0_region_label))
    yield '</a></dd>\n'
    if t_4((undefined(name='answers') if l_0_answers is missing else l_0_answers)):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'count_overdue'))
        yield '</dt><dd><a href="'
        yield escape(environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'late'))
        yield '">'
        yield escape(environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'overdue'))
        yield '</a></dd>'
    if environment.getattr((undefined(name='agency') if l_0_agency is missing else l_0_agency), 'parent'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'parent'))
        yield '</dt><dd'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        yield escape(environment.getattr((undefined(name='agency') if l_0_agency is missing else l_0_agency), 'parent'))
        yield '</dd>'
    if environment.getattr((undefined(name='agency') if l_0_agency is missing else l_0_agency), 'website'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'website'))
        yield '</dt><dd><a href="'
        yield escape(environment.getattr((undefined(name='agency') if l_0_agency is missing else l_0_agency), 'website'))
        yield '" rel="nofollow noopener">'
        yield escape(environment.getattr((undefined(name='agency') if l_0_agency is missing else l_0_agency), 'website'))
        yield '</a></dd>'
    yield '</dl>\n'
    if t_4((undefined(name='review') if l_0_review is missing else l_0_review)):
        pass
        yield escape((undefined(name='review') if l_0_review is missing else l_0_review))
    yield '<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'plans_by_year'))
    yield '</h2>\n<ul class="il-cards">\n'
    l_1_loop = missing
    for (l_1_pf, l_1_tally), l_1_loop in LoopContext((undefined(name='plans') if l_0_plans is missing else l_0_plans), undefined):
        l_1_plan_links = resolve('plan_links')
        l_1_trends = resolve('trends')
        _loop_vars = {}
        pass
        yield '  <li class="il-row"><a class="il-row__title" href="'
        yield escape(environment.getitem((undefined(name='plan_links') if l_1_plan_links is missing else l_1_plan_links), environment.getattr(environment.getattr(l_1_pf, 'plan'), 'year')))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_pf, 'plan'), 'year'))
        yield ': '
        yield escape(t_2(environment.getattr(environment.getattr(l_1_pf, 'plan'), 'title')))
        yield '</a>\n    <span class="il-muted">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'assessed_of', assessed=environment.getattr(l_1_tally, 'assessed'), total=environment.getattr(l_1_tally, 'total'), _loop_vars=_loop_vars))
        yield '</span>\n'
        if (t_4((undefined(name='trends') if l_1_trends is missing else l_1_trends)) and environment.getitem((undefined(name='trends') if l_1_trends is missing else l_1_trends), environment.getattr(l_1_loop, 'index0'))):
            pass
            yield '<span class="il-trend">'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'trend', _loop_vars=_loop_vars))
            yield ': '
            yield escape(environment.getitem((undefined(name='trends') if l_1_trends is missing else l_1_trends), environment.getattr(l_1_loop, 'index0')))
            yield '</span>'
        yield '    '
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'average_bar'), l_1_tally, markup_join((context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average', _loop_vars=_loop_vars), ' ', environment.getattr(environment.getattr(l_1_pf, 'plan'), 'year'), )), _loop_vars=_loop_vars))
        yield '</li>\n'
    l_1_loop = l_1_pf = l_1_tally = l_1_plan_links = l_1_trends = missing
    yield '</ul>\n'
    if t_4((undefined(name='trend_chart') if l_0_trend_chart is missing else l_0_trend_chart)):
        pass
        yield escape((undefined(name='trend_chart') if l_0_trend_chart is missing else l_0_trend_chart))
    if (undefined(name='all_years') if l_0_all_years is missing else l_0_all_years):
        pass
        yield '<p><a href="'
        yield escape((undefined(name='all_years') if l_0_all_years is missing else l_0_all_years))
        yield '">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'all_years_current'))
        yield '</a></p>'
    if (undefined(name='submit_url') if l_0_submit_url is missing else l_0_submit_url):
        pass
        yield '<p class="il-submit"><a href="'
        yield escape((undefined(name='submit_url') if l_0_submit_url is missing else l_0_submit_url))
        yield '" rel="nofollow">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'submit_report'))
        yield '</a></p>'
    if (undefined(name='years') if l_0_years is missing else l_0_years):
        pass
        yield '<h2>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'year_over_year'))
        yield '</h2>\n<table class="il-compact il-yoy">\n<thead><tr><th scope="col">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'objective'))
        yield '</th>'
        for l_1_y in environment.getattr((undefined(name='years') if l_0_years is missing else l_0_years), 'years'):
            _loop_vars = {}
            pass
            yield '<th scope="col">'
            yield escape(l_1_y)
            yield '</th>'
        l_1_y = missing
        yield '</tr></thead>\n<tbody>\n'
        for (l_1_number, l_1_title, l_1_cells) in environment.getattr((undefined(name='years') if l_0_years is missing else l_0_years), 'rows'):
            _loop_vars = {}
            pass
            yield '<tr class="il-row"><th scope="row" class="il-row__title">'
            yield escape(l_1_number)
            yield '. '
            yield escape(t_2(t_3(environment, l_1_title, 90, True, '…')))
            yield '</th>\n'
            for l_2_c in l_1_cells:
                _loop_vars = {}
                pass
                yield '<td class="il-row__percent">'
                if l_2_c:
                    pass
                    yield '<a href="'
                    yield escape(environment.getattr(l_2_c, 'href'))
                    yield '">'
                    yield escape(environment.getattr(l_2_c, 'text'))
                    yield '</a>'
                else:
                    pass
                    yield '—'
                yield '</td>'
            l_2_c = missing
            yield '</tr>\n'
        l_1_number = l_1_title = l_1_cells = missing
        yield '<tr><th scope="row">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average_short'))
        yield '</th>'
        for l_1_c in environment.getattr((undefined(name='years') if l_0_years is missing else l_0_years), 'totals'):
            _loop_vars = {}
            pass
            yield '<td><strong><a href="'
            yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), 'averages', _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_c, 'text'))
            yield '</a></strong></td>'
        l_1_c = missing
        yield '</tr>\n</tbody>\n</table>\n'
    yield '</div>'

blocks = {}
debug_info = '1=51&3=54&5=58&6=64&7=73&8=82&10=92&11=96&13=99&14=105&15=111&16=113&17=121&20=125&21=128&22=135&23=142&24=145&26=147&28=157&29=161&30=165&32=184'
# Generated by scripts/compile-templates from agency.html, Jinja 3.1.6
