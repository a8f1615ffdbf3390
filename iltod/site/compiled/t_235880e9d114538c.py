from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'plan.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_link = resolve('link')
    l_0_urls = resolve('urls')
    l_0_agency = resolve('agency')
    l_0_mn = resolve('mn')
    l_0_label = resolve('label')
    l_0_plan = resolve('plan')
    l_0_t = resolve('t')
    l_0_scale_words = resolve('scale_words')
    l_0_last_updated = resolve('last_updated')
    l_0_tally = resolve('tally')
    l_0_review = resolve('review')
    l_0_objectives = resolve('objectives')
    l_0_rows = resolve('rows')
    l_0_data_json = resolve('data_json')
    l_0_data_csv = resolve('data_csv')
    l_0_print_url = resolve('print_url')
    l_0_office = resolve('office')
    l_0_submit_url = resolve('submit_url')
    l_0_edit_url = resolve('edit_url')
    l_0_ui = missing
    try:
        t_1 = environment.filters['bdi']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'bdi' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('macros.html', 'plan.html').make_module(context.get_all(), True, {'ui': l_0_ui})
    context.exported_vars.discard('ui')
    yield '<div class="il-page il-plan">\n<p class="il-kicker"><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), context.call(environment.getattr((undefined(name='urls') if l_0_urls is missing else l_0_urls), 'agency'), environment.getattr((undefined(name='agency') if l_0_agency is missing else l_0_agency), 'slug'))))
    yield '"'
    yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
    yield '>'
    yield escape(t_1((undefined(name='label') if l_0_label is missing else l_0_label)))
    yield '</a> · '
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'))
    yield '</p>\n<h1'
    yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
    yield '>'
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'))
    yield '</h1>\n<dl class="il-fields">\n  <dt>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'period'))
    yield '</dt><dd>'
    yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'))
    yield ', '
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), markup_join(('period.', environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'period'), ))))
    yield '</dd>\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'reported'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'reported'))
        yield '</dt><dd>'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'reported'), 'isoformat')))
        yield '</dd>'
    yield '  <dt>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'scale'))
    yield '</dt><dd>'
    if t_3((undefined(name='scale_words') if l_0_scale_words is missing else l_0_scale_words)):
        pass
        yield '<a href="'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'explain'), 'scale'))
        yield '">'
        yield escape((undefined(name='scale_words') if l_0_scale_words is missing else l_0_scale_words))
        yield '</a>'
    else:
        pass
        yield escape((context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'scale_free') if (environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'scale') == 'free') else t_2(context.eval_ctx, environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'scale'), ' / ')))
    yield '</dd>\n'
    if (t_3((undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated)) and (undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated)):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'last_updated'))
        yield '</dt><dd><time datetime="'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated), 'date'), 'isoformat')))
        yield '">'
        yield escape(context.call(environment.getattr(context.call(environment.getattr(environment.getattr((undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated), 'date'), 'date')), 'isoformat')))
        yield '</time></dd>'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'source'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'source'))
        yield '</dt><dd'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        yield escape(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'source'))
        yield '</dd>'
    yield '</dl>\n<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average'))
    yield '</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'average_bar'), (undefined(name='tally') if l_0_tally is missing else l_0_tally), markup_join((context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average'), ' ', environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'), ))))
    yield '\n<p class="il-muted">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'assessed_of', assessed=environment.getattr((undefined(name='tally') if l_0_tally is missing else l_0_tally), 'assessed'), total=environment.getattr((undefined(name='tally') if l_0_tally is missing else l_0_tally), 'total')))
    yield '. '
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_assessed_note'))
    yield '</p>\n'
    if t_3((undefined(name='review') if l_0_review is missing else l_0_review)):
        pass
        yield escape((undefined(name='review') if l_0_review is missing else l_0_review))
    yield '\n<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'objectives'))
    yield '</h2>\n<ol class="il-objectives">\n'
    for (l_1_o, l_1_otally, l_1_orows) in (undefined(name='objectives') if l_0_objectives is missing else l_0_objectives):
        l_1_ordinal_mn = resolve('ordinal_mn')
        _loop_vars = {}
        pass
        yield '  <li value="'
        yield escape(environment.getattr(l_1_o, 'number'))
        yield '" id="'
        yield escape(context.call(environment.getattr((undefined(name='urls') if l_0_urls is missing else l_0_urls), 'anchor'), context.call(environment.getattr((undefined(name='urls') if l_0_urls is missing else l_0_urls), 'objective'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'agency'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'), environment.getattr(l_1_o, 'number'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
        yield '" class="il-row"><a class="il-row__title" href="'
        yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), context.call(environment.getattr((undefined(name='urls') if l_0_urls is missing else l_0_urls), 'objective'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'agency'), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'), environment.getattr(l_1_o, 'number'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
        yield '"'
        yield escape((undefined(name='mn') if l_0_mn is missing else l_0_mn))
        yield '>'
        yield escape(context.call((undefined(name='ordinal_mn') if l_1_ordinal_mn is missing else l_1_ordinal_mn), environment.getattr(l_1_o, 'number'), _loop_vars=_loop_vars))
        yield '. '
        yield escape(environment.getattr(l_1_o, 'title'))
        yield '</a>\n    <div class="il-row__percent">'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'average_bar'), l_1_otally, markup_join((context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'objective', _loop_vars=_loop_vars), ' ', environment.getattr(l_1_o, 'number'), )), _loop_vars=_loop_vars))
        yield '</div></li>\n'
    l_1_o = l_1_otally = l_1_orows = l_1_ordinal_mn = missing
    yield '</ol>\n\n<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'all_measures'))
    yield '</h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'measures_table'), (undefined(name='rows') if l_0_rows is missing else l_0_rows), (undefined(name='link') if l_0_link is missing else l_0_link)))
    yield '\n\n<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'data_downloads'))
    yield '</h2>\n<ul class="il-downloads">\n  <li><a href="'
    yield escape((undefined(name='data_json') if l_0_data_json is missing else l_0_data_json))
    yield '" download>JSON</a></li>\n  <li><a href="'
    yield escape((undefined(name='data_csv') if l_0_data_csv is missing else l_0_data_csv))
    yield '" download>CSV</a></li>\n  <li><a href="'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), (undefined(name='print_url') if l_0_print_url is missing else l_0_print_url)))
    yield '">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'print_view'))
    yield '</a></li>\n'
    for l_1_d in (undefined(name='office') if l_0_office is missing else l_0_office):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(environment.getattr(l_1_d, 'href'))
        yield '" download>'
        yield escape(environment.getattr(l_1_d, 'label'))
        yield '</a></li>'
    l_1_d = missing
    yield '</ul>\n'
    if (undefined(name='submit_url') if l_0_submit_url is missing else l_0_submit_url):
        pass
        yield '<p class="il-submit"><a href="'
        yield escape((undefined(name='submit_url') if l_0_submit_url is missing else l_0_submit_url))
        yield '" rel="nofollow">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'submit_report'))
        yield '</a></p>'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'edit_link'), (undefined(name='edit_url') if l_0_edit_url is missing else l_0_edit_url)))
    yield '\n</div>'

blocks = {}
debug_info = '1=49&3=52&4=60&6=64&7=70&8=78&9=91&10=100&12=110&13=112&14=114&15=118&17=122&19=124&20=129&21=141&25=145&26=147&28=149&30=151&31=153&32=155&33=159&35=169&36=176'
# Generated by scripts/compile-templates from plan.html, Jinja 3.1.6
