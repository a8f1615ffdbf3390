from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'objective.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_link = resolve('link')
    l_0_urls = resolve('urls')
    l_0_plan = resolve('plan')
    l_0_t = resolve('t')
    l_0_objective = resolve('objective')
    l_0_tally = resolve('tally')
    l_0_review = resolve('review')
    l_0_trend_chart = resolve('trend_chart')
    l_0_rows = resolve('rows')
    l_0_edit_url = resolve('edit_url')
    l_0_ui = missing
    try:
        t_1 = environment.filters['mn']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'mn' found.")
    try:
        t_2 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('macros.html', 'objective.html').make_module(context.get_all(), True, {'ui': l_0_ui})
    context.exported_vars.discard('ui')
    yield '<div class="il-page il-objective">\n<p class="il-kicker"><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), context.call(environment.getattr((undefined(name='urls') if l_0_urls is missing else l_0_urls), 'plan'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'agency'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'))))
    yield '">'
    yield escape(t_1(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title')))
    yield ' · '
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'))
    yield '</a></p>\n<h1>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'objective'))
    yield ' '
    yield escape(environment.getattr((undefined(name='objective') if l_0_objective is missing else l_0_objective), 'number'))
    yield '. '
    yield escape(t_1(environment.getattr((undefined(name='objective') if l_0_objective is missing else l_0_objective), 'title')))
    yield '</h1>\n'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'average_bar'), (undefined(name='tally') if l_0_tally is missing else l_0_tally), markup_join((context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average'), ' ', context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'objective'), ' ', environment.getattr((undefined(name='objective') if l_0_objective is missing else l_0_objective), 'number'), ))))
    yield '\n'
    if t_2((undefined(name='review') if l_0_review is missing else l_0_review)):
        pass
        yield escape((undefined(name='review') if l_0_review is missing else l_0_review))
    if t_2((undefined(name='trend_chart') if l_0_trend_chart is missing else l_0_trend_chart)):
        pass
        yield escape((undefined(name='trend_chart') if l_0_trend_chart is missing else l_0_trend_chart))
    yield '<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'measures'))
    yield '</h2>\n<ul class="il-cards il-measure-list">\n'
    for l_1_row in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        _loop_vars = {}
        pass
        yield '  <li class="il-row"><a class="il-row__title" href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_row, 'url'), _loop_vars=_loop_vars))
        yield '"><strong class="il-row__number">'
        yield escape(environment.getattr(environment.getattr(l_1_row, 'measure'), 'number'))
        yield '.</strong> '
        yield escape(t_1(environment.getattr(environment.getattr(l_1_row, 'measure'), 'text')))
        yield '</a>\n    <div class="il-row__percent">'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'measure_bar'), l_1_row, _loop_vars=_loop_vars))
        yield '</div>\n    '
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'overdue_mark'), l_1_row, _loop_vars=_loop_vars))
        yield '</li>\n'
    l_1_row = missing
    yield '</ul>\n'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'edit_link'), (undefined(name='edit_url') if l_0_edit_url is missing else l_0_edit_url)))
    yield '\n</div>'

blocks = {}
debug_info = '1=34&3=37&4=43&5=49&6=51&7=54&8=58&10=60&11=64&12=70&13=72&16=76'
# Generated by scripts/compile-templates from objective.html, Jinja 3.1.6
