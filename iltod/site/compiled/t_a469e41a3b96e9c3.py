from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'measure.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_row = resolve('row')
    l_0_link = resolve('link')
    l_0_urls = resolve('urls')
    l_0_plan = resolve('plan')
    l_0_objective = resolve('objective')
    l_0_t = resolve('t')
    l_0_review = resolve('review')
    l_0_trend_chart = resolve('trend_chart')
    l_0_mn = resolve('mn')
    l_0_gallery = resolve('gallery')
    l_0_timeline = resolve('timeline')
    l_0_site = resolve('site')
    l_0_edit_url = resolve('edit_url')
    l_0_ui = l_0_measure = l_0_a = missing
    try:
        t_1 = environment.filters['bdi']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bdi' found.")
    try:
        t_2 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_3 = environment.filters['mn']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'mn' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('macros.html', 'measure.html').make_module(context.get_all(), True, {'a': l_0_a, 'measure': l_0_measure, 'ui': l_0_ui})
    context.exported_vars.discard('ui')
    (l_0_measure, l_0_a) = (environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'measure'), environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'a'))
    context.vars.update({'a': l_0_a, 'measure': l_0_measure})
    context.exported_vars.update(('a', 'measure'))
    yield '<div class="il-page il-measure">\n<p class="il-kicker"><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), context.call(environment.getattr((undefined(name='urls') if l_0_urls is missing else l_0_urls), 'objective'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'agency'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'), environment.getattr((undefined(name='objective') if l_0_objective is missing else l_0_objective), 'number'))))
    yield '">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'objective'))
    yield ' '
    yield escape(environment.getattr((undefined(name='objective') if l_0_objective is missing else l_0_objective), 'number'))
    yield '. '
    yield escape(t_3(environment.getattr((undefined(name='objective') if l_0_objective is missing else l_0_objective), 'title')))
    yield '</a></p>\n<h1><span class="il-number">'
    yield escape(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'number'))
    yield '.</span> '
    yield escape(t_3(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'text')))
    yield '</h1>\n<section class="il-measure__progress" aria-label="'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'percent'))
    yield '">\n'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'measure_bar'), (undefined(name='row') if l_0_row is missing else l_0_row)))
    yield '\n'
    if environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'overdue'):
        pass
        yield '<p><a href="'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), 'overdue'))
        yield '" class="il-overdue">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'overdue'))
        yield '</a></p>'
    yield '</section>\n'
    if t_4((undefined(name='review') if l_0_review is missing else l_0_review)):
        pass
        yield escape((undefined(name='review') if l_0_review is missing else l_0_review))
    if t_4((undefined(name='trend_chart') if l_0_trend_chart is missing else l_0_trend_chart)):
        pass
        yield escape((undefined(name='trend_chart') if l_0_trend_chart is missing else l_0_trend_chart))
    yield '<dl class="il-fields">\n  <dt>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'timeframe'))
    yield '</dt><dd>'
    if environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'timeframe'):
        pass
        yield escape(t_3(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'timeframe')))
    else:
        pass
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_stated'))
    if environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'due'):
        pass
        yield ' <span class="il-muted">('
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'due'))
        yield ': '
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'due'), 'isoformat')))
        yield ')</span>'
    yield '</dd>\n  <dt>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'indicators'))
    yield '</dt>\n  <dd>'
    if environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'indicators'):
        pass
        yield '<ul class="il-indicators"'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        for l_1_i in environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'indicators'):
            l_1_is_subitem = resolve('is_subitem')
            _loop_vars = {}
            pass
            yield '<li'
            if context.call((undefined(name='is_subitem') if l_1_is_subitem is missing else l_1_is_subitem), l_1_i, _loop_vars=_loop_vars):
                pass
                yield ' class="il-subitem"'
            yield '>'
            yield escape(t_1(l_1_i))
            yield '</li>'
        l_1_i = l_1_is_subitem = missing
        yield '</ul>'
    else:
        pass
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_stated'))
    yield '</dd>\n  <dt>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'target'))
    yield '</dt><dd>'
    if environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'target'):
        pass
        yield escape(t_3(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'target')))
    else:
        pass
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_stated'))
    yield '</dd>\n'
    def t_6(fiter):
        for l_1_key in fiter:
            if environment.getitem((undefined(name='measure') if l_0_measure is missing else l_0_measure), l_1_key):
                yield l_1_key
    for l_1_key in t_6(('baseline', 'target_level', 'responsible')):
        _loop_vars = {}
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), l_1_key, _loop_vars=_loop_vars))
        yield '</dt><dd class="il-text"'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        yield escape(t_1(environment.getitem((undefined(name='measure') if l_0_measure is missing else l_0_measure), l_1_key)))
        yield '</dd>'
    l_1_key = missing
    yield '  <dt>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'budget'))
    yield '</dt>\n  <dd>'
    if t_5(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'budget')):
        pass
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_stated'))
    elif (environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'budget') == '-'):
        pass
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'budget_none'))
    else:
        pass
        if (not t_5(environment.getattr(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'budget'), 'spent'))):
            pass
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'budget_spent'))
            yield ': '
            yield escape(t_2('%g', environment.getattr(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'budget'), 'spent')))
        if environment.getattr(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'budget'), 'source'):
            pass
            yield ' · '
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'budget_source'))
            yield ': '
            yield escape(t_3(environment.getattr(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'budget'), 'source')))
        if environment.getattr(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'budget'), 'text'):
            pass
            yield ' '
            yield escape(t_3(environment.getattr(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'budget'), 'text')))
    yield '</dd>\n  <dt>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'result'))
    yield '</dt><dd class="il-text">'
    if environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'result'):
        pass
        yield escape(t_3(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'result')))
    else:
        pass
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_stated'))
    yield '</dd>\n  <dt>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'percent'))
    yield '</dt><dd>'
    if (not t_5(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'percent'))):
        pass
        yield '<a href="'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'status')))
        yield '">'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'percent_text'), environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'percent')))
        yield '</a>'
    else:
        pass
        yield '—'
    yield ' · '
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'status_word'), environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'status')))
    yield '</dd>\n'
    if environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'notes'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'notes'))
        yield '</dt><dd class="il-text"'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        yield escape(t_1(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'notes')))
        yield '</dd>'
    yield '</dl>\n<section class="il-attachments">\n<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'attachments'))
    yield '</h2>\n'
    if environment.getattr(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'counts'), 'total'):
        pass
        yield '<dl class="il-figures il-figures--small">\n  <div><dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'att_total'))
        yield '</dt><dd>'
        yield escape(environment.getattr(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'counts'), 'total'))
        yield '</dd></div>\n  <div><dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'att_files'))
        yield '</dt><dd>'
        yield escape(environment.getattr(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'counts'), 'files'))
        yield '</dd></div>\n  <div><dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'att_images'))
        yield '</dt><dd>'
        yield escape(environment.getattr(environment.getattr((undefined(name='row') if l_0_row is missing else l_0_row), 'counts'), 'images'))
        yield '</dd></div>\n</dl>\n'
        if (environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'attachments') and environment.getattr(environment.getattr((undefined(name='measure') if l_0_measure is missing else l_0_measure), 'attachments'), 'declared')):
            pass
            yield '<p class="il-muted">'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'attachments_declared'))
            yield '</p>'
    else:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_attachments'))
        yield '</p>\n'
    if t_4((undefined(name='gallery') if l_0_gallery is missing else l_0_gallery)):
        pass
        yield escape((undefined(name='gallery') if l_0_gallery is missing else l_0_gallery))
    yield '</section>\n'
    if t_4((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline)):
        pass
        yield escape((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline))
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'feedback'):
        pass
        yield '<p class="il-feedback"><a href="'
        yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'feedback'))
        yield '">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'feedback_no_account'))
        yield '</a></p>'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'edit_link'), (undefined(name='edit_url') if l_0_edit_url is missing else l_0_edit_url)))
    yield '\n</div>'

blocks = {}
debug_info = '1=55&2=57&4=61&5=69&6=73&7=75&8=77&10=85&11=88&13=92&14=108&15=110&16=132&17=141&18=157&19=159&20=167&21=172&22=178&23=183&24=192&25=207&28=217&29=219&31=222&32=226&33=230&35=234&37=242&39=244&41=248&42=251&43=258'
# Generated by scripts/compile-templates from measure.html, Jinja 3.1.6
