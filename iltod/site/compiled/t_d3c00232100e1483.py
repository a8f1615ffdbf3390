from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'home.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_year = resolve('year')
    l_0_nation = resolve('nation')
    l_0_y = resolve('y')
    l_0_n = resolve('n')
    l_0__ = resolve('_')
    l_0_answers = resolve('answers')
    l_0_agency_count = resolve('agency_count')
    l_0_distribution = resolve('distribution')
    l_0_late = resolve('late')
    l_0_statuses = resolve('statuses')
    l_0_map = resolve('map')
    l_0_map_title = resolve('map_title')
    l_0_regions_list = resolve('regions_list')
    l_0_trends = resolve('trends')
    l_0_archives = resolve('archives')
    l_0_latest = resolve('latest')
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
    l_0_ui = context.vars['ui'] = environment.get_template('macros.html', 'home.html').make_module(context.get_all(), True, {'_': l_0__, 'late': l_0_late, 'n': l_0_n, 'ui': l_0_ui, 'y': l_0_y})
    context.exported_vars.discard('ui')
    yield '<div class="il-page il-home">\n<h1>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'site_name'))
    yield '</h1>\n<p class="il-lead">'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'about_data'))
    yield '. '
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_assessed_note'))
    yield '</p>\n\n<h2>'
    yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'figures'))
    if (undefined(name='year') if l_0_year is missing else l_0_year):
        pass
        yield ' — '
        yield escape((undefined(name='year') if l_0_year is missing else l_0_year))
    yield '</h2>\n'
    if (undefined(name='nation') if l_0_nation is missing else l_0_nation):
        pass
        (l_0_y, l_0_n, l_0__) = environment.getitem((undefined(name='nation') if l_0_nation is missing else l_0_nation), 0)
        context.vars.update({'_': l_0__, 'n': l_0_n, 'y': l_0_y})
        context.exported_vars.update(('n', 'y'))
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'average_bar'), (undefined(name='n') if l_0_n is missing else l_0_n), markup_join((context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'national'), ' ', (undefined(name='y') if l_0_y is missing else l_0_y), ))))
        yield '\n'
        if t_2((undefined(name='answers') if l_0_answers is missing else l_0_answers)):
            pass
            yield '<ul class="il-answers">\n  <li><a href="'
            yield escape(environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'late'))
            yield '">'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'see_late', n=environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'overdue')))
            yield '</a></li>\n  <li><a href="'
            yield escape(environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'ranking'))
            yield '">'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'see_ranking'))
            yield '</a></li>\n</ul>\n'
        yield '<dl class="il-figures">\n  <div><dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'average'))
        yield '</dt><dd>'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'average_text'), (undefined(name='n') if l_0_n is missing else l_0_n)))
        yield '</dd></div>\n  <div><dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'count_agencies'))
        yield '</dt><dd>'
        yield escape((undefined(name='agency_count') if l_0_agency_count is missing else l_0_agency_count))
        yield '</dd></div>\n  <div><dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'count_plans'))
        yield '</dt><dd>'
        yield escape(environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'plans'))
        yield '</dd></div>\n  <div><dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'count_measures'))
        yield '</dt><dd>'
        yield escape(environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'total'))
        yield '</dd></div>\n  <div><dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'count_assessed'))
        yield '</dt><dd>'
        yield escape(environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'assessed'))
        yield '</dd></div>\n  <div><dt>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'count_overdue'))
        yield '</dt><dd>'
        if t_2((undefined(name='answers') if l_0_answers is missing else l_0_answers)):
            pass
            yield '<a href="'
            yield escape(environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'late'))
            yield '">'
            yield escape(environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'overdue'))
            yield '</a>'
        else:
            pass
            yield escape(environment.getattr((undefined(name='n') if l_0_n is missing else l_0_n), 'overdue'))
        yield '</dd></div>\n</dl>\n'
    yield '\n'
    if (undefined(name='distribution') if l_0_distribution is missing else l_0_distribution):
        pass
        yield '<h2>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'by_status'))
        if (undefined(name='year') if l_0_year is missing else l_0_year):
            pass
            yield ' — '
            yield escape((undefined(name='year') if l_0_year is missing else l_0_year))
        yield '</h2>\n'
        l_0_late = (environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'dist_late') if t_2((undefined(name='answers') if l_0_answers is missing else l_0_answers)) else None)
        context.vars['late'] = l_0_late
        context.exported_vars.add('late')
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'distribution'), (undefined(name='distribution') if l_0_distribution is missing else l_0_distribution)[:1], (undefined(name='statuses') if l_0_statuses is missing else l_0_statuses), ((undefined(name='late') if l_0_late is missing else l_0_late)[:1] if (undefined(name='late') if l_0_late is missing else l_0_late) else None)))
        yield '\n'
    yield '\n'
    if (undefined(name='map') if l_0_map is missing else l_0_map):
        pass
        yield '<h2>'
        yield escape((undefined(name='map_title') if l_0_map_title is missing else l_0_map_title))
        if (undefined(name='year') if l_0_year is missing else l_0_year):
            pass
            yield ' — '
            yield escape((undefined(name='year') if l_0_year is missing else l_0_year))
        yield '</h2>\n<div class="il-map-and-list">\n'
        yield escape((undefined(name='map') if l_0_map is missing else l_0_map))
        yield '\n'
        if t_2((undefined(name='answers') if l_0_answers is missing else l_0_answers)):
            pass
            yield '<nav class="il-region-list" aria-label="'
            yield escape((undefined(name='regions_list') if l_0_regions_list is missing else l_0_regions_list))
            yield '">\n<ol>'
            for l_1_r in environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'regions'):
                l_1_link = resolve('link')
                l_1_anchors = resolve('anchors')
                _loop_vars = {}
                pass
                yield '<li class="il-band--'
                yield escape(environment.getattr(environment.getattr(l_1_r, 'bar'), 'state'))
                yield '"><a href="'
                yield escape(environment.getattr(environment.getattr(l_1_r, 'bar'), 'href'))
                yield '" class="il-region-list__name">'
                yield escape(environment.getattr(environment.getattr(l_1_r, 'bar'), 'label'))
                yield '</a> <a href="'
                yield escape(context.call((undefined(name='link') if l_1_link is missing else l_1_link), 'progress/', _loop_vars=_loop_vars))
                yield '#'
                yield escape(('averages' if (not t_3(environment.getattr(environment.getattr(l_1_r, 'bar'), 'value'))) else context.call(environment.getattr((undefined(name='anchors') if l_1_anchors is missing else l_1_anchors), 'get'), environment.getattr(environment.getattr(l_1_r, 'bar'), 'state'), 'status', _loop_vars=_loop_vars)))
                yield '" class="il-region-list__value">'
                yield escape(environment.getattr(environment.getattr(l_1_r, 'bar'), 'text'))
                yield '</a></li>'
            l_1_r = l_1_link = l_1_anchors = missing
            yield '</ol>\n</nav>\n'
        yield '</div>\n'
    yield '\n'
    if (t_1((undefined(name='distribution') if l_0_distribution is missing else l_0_distribution)) > 1):
        pass
        yield '<details class="il-by-region">\n<summary>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'by_status'))
        yield ': '
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'by_region'))
        yield '</summary>\n'
        l_0_late = (environment.getattr((undefined(name='answers') if l_0_answers is missing else l_0_answers), 'dist_late') if t_2((undefined(name='answers') if l_0_answers is missing else l_0_answers)) else None)
        context.vars['late'] = l_0_late
        context.exported_vars.add('late')
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'distribution'), (undefined(name='distribution') if l_0_distribution is missing else l_0_distribution)[1:], (undefined(name='statuses') if l_0_statuses is missing else l_0_statuses), ((undefined(name='late') if l_0_late is missing else l_0_late)[1:] if (undefined(name='late') if l_0_late is missing else l_0_late) else None)))
        yield '\n</details>\n'
    yield '\n'
    if (t_1((undefined(name='nation') if l_0_nation is missing else l_0_nation)) > 1):
        pass
        yield '<h2>'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'national'))
        yield '</h2>\n'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'years_table'), (undefined(name='nation') if l_0_nation is missing else l_0_nation), context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'national'), ((undefined(name='trends') if l_0_trends is missing else l_0_trends) if t_2((undefined(name='trends') if l_0_trends is missing else l_0_trends)) else None)))
        yield '\n'
    if (undefined(name='archives') if l_0_archives is missing else l_0_archives):
        pass
        yield '<p class="il-archives">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'archives'))
        yield ': '
        l_1_loop = missing
        for (l_1_y, l_1_url), l_1_loop in LoopContext(context.call(environment.getattr((undefined(name='archives') if l_0_archives is missing else l_0_archives), 'items')), undefined):
            _loop_vars = {}
            pass
            yield '<a href="'
            yield escape(l_1_url)
            yield '">'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'archive_search', year=l_1_y, _loop_vars=_loop_vars))
            yield '</a>'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ' · '
        l_1_loop = l_1_y = l_1_url = missing
        yield '</p>\n'
    if t_2((undefined(name='latest') if l_0_latest is missing else l_0_latest)):
        pass
        yield escape((undefined(name='latest') if l_0_latest is missing else l_0_latest))
    yield '</div>'

blocks = {}
debug_info = '1=47&5=50&6=52&8=56&9=62&10=64&11=67&12=69&14=72&15=76&19=81&20=85&21=89&22=93&23=97&24=101&28=115&29=118&30=124&31=127&34=130&35=133&37=139&38=141&39=144&40=146&46=168&48=171&49=175&50=178&54=181&55=184&56=186&58=188&59=191&61=207'
# Generated by scripts/compile-templates from home.html, Jinja 3.1.6
